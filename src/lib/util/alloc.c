#include "util/alloc.h"
#include "util/error.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Failure injection: when dg_alloc_fail_at > 0, the allocation with that
 * ordinal fails (counted from the last dg_alloc_fail_after() call). */
static long fail_at = 0;
static long counter = 0;

void dg_alloc_fail_after(long n) { fail_at = n; counter = 0; }
long dg_alloc_count(void) { return counter; }

/* Counting only when injection is on (n > 0 fails the nth; n < 0 only
 * counts) keeps threads off shared state otherwise. */
static int should_fail(void)
{
  if (fail_at == 0) return 0;
  return ++counter == fail_at;
}

/* The one place the out-of-memory error is set: callers of dg_malloc & co.
 * (and of everything built on them) only return DG_ENOMEM, as libgit2's
 * callers of git__malloc do. */
int dg_error_oom(void) { return dg_error_set(DG_ENOMEM, "out of memory"); }

static void *checked(void *p)
{
  if (!p) dg_error_oom();
  return p;
}

void *dg_malloc(size_t n)
{
  return checked(should_fail() ? NULL : malloc(n ? n : 1));
}

void *dg_calloc(size_t count, size_t size)
{
  return checked(should_fail() ? NULL : calloc(count ? count : 1, size ? size : 1));
}

void *dg_realloc(void *p, size_t n)
{
  return checked(should_fail() ? NULL : realloc(p, n ? n : 1));
}

void dg_free(void *p) { free(p); }

int dg_grow(void **arr, size_t *cap, size_t need, size_t size)
{
  if (need <= *cap) return 0;
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2) return dg_error_set(DG_ENOMEM, "array too large");
    ncap *= 2;
  }
  if (ncap > SIZE_MAX / size) return dg_error_set(DG_ENOMEM, "array too large");
  void *p = dg_realloc(*arr, ncap * size);
  if (!p) return DG_ENOMEM;
  *arr = p;
  *cap = ncap;
  return 0;
}

char *dg_strndup(const char *s, size_t n)
{
  char *d = dg_malloc(n + 1);
  if (!d) return NULL;
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *dg_strdup(const char *s) { return s ? dg_strndup(s, strlen(s)) : NULL; }
