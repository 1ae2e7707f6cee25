/* The library's last-error slot (thread-local), in the style of libgit2's
 * git_error_last(): functions return a negative dg_error_code and leave the
 * detail here. The library never prints. */
#ifndef DG_UTIL_ERROR_H
#define DG_UTIL_ERROR_H
#include "diplograph.h"

/* Set the last error; returns `code` so callers can `return dg_error_set(...)`. */
int dg_error_set(int code, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;
/* Attach a location to the current error (file may be NULL; -1 = unknown). */
void dg_error_locate(const char *file, long line, long column, long offset);

#endif
