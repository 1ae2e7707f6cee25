/* A growable array of owned strings. */
#ifndef DG_UTIL_STRV_H
#define DG_UTIL_STRV_H
#include <stddef.h>

typedef struct {
  char **v;
  size_t n, cap;
} dg_strv;

/* Append a copy of s: 0 or DG_ENOMEM (error set). */
int dg_strv_push(dg_strv *v, const char *s);
/* Free the strings and the array; leaves v empty. */
void dg_strv_free(dg_strv *v);
#endif
