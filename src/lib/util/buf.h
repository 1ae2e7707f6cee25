/* A growable byte buffer, always NUL-terminated. */
#ifndef DG_UTIL_BUF_H
#define DG_UTIL_BUF_H
#include <stddef.h>

typedef struct {
  char *ptr;
  size_t len, cap;
  int failed; /* sticky: set once an append ran out of memory */
} dg_buf;

#define DG_BUF_INIT {NULL, 0, 0, 0}

int dg_buf_put(dg_buf *b, const char *s, size_t n);
int dg_buf_puts(dg_buf *b, const char *s);
int dg_buf_putc(dg_buf *b, char c);
int dg_buf_printf(dg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;
/* Hand the contents to the caller (who frees with dg_free / free). */
char *dg_buf_detach(dg_buf *b, size_t *len);
void dg_buf_clear(dg_buf *b);
void dg_buf_free(dg_buf *b);

#endif
