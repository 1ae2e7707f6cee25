#include "util/buf.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int reserve(dg_buf *b, size_t extra)
{
  if (b->failed) return DG_ENOMEM;
  if (dg_grow((void **)&b->ptr, &b->cap, b->len + extra + 1, 1) < 0) {
    b->failed = 1;
    return DG_ENOMEM;
  }
  return 0;
}

int dg_buf_put(dg_buf *b, const char *s, size_t n)
{
  if (reserve(b, n) < 0) return DG_ENOMEM;
  if (n) memcpy(b->ptr + b->len, s, n);
  b->len += n;
  b->ptr[b->len] = '\0';
  return 0;
}

int dg_buf_puts(dg_buf *b, const char *s) { return dg_buf_put(b, s, strlen(s)); }

int dg_buf_putc(dg_buf *b, char c) { return dg_buf_put(b, &c, 1); }

int dg_buf_printf(dg_buf *b, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) return dg_error_set(DG_EARG, "bad format");
  if ((size_t)n < sizeof small) return dg_buf_put(b, small, (size_t)n);
  if (reserve(b, (size_t)n) < 0) return DG_ENOMEM;
  va_start(ap, fmt);
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 0;
}

char *dg_buf_detach(dg_buf *b, size_t *len)
{
  if (b->failed) { dg_buf_free(b); dg_error_oom(); return NULL; }
  if (!b->ptr) {
    if (reserve(b, 0) < 0) return NULL;
    b->ptr[0] = '\0';
  }
  char *p = b->ptr;
  if (len) *len = b->len;
  b->ptr = NULL;
  b->len = b->cap = 0;
  return p;
}

void dg_buf_clear(dg_buf *b) { b->len = 0; if (b->ptr) b->ptr[0] = '\0'; }

void dg_buf_free(dg_buf *b)
{
  dg_free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
  b->failed = 0;
}
