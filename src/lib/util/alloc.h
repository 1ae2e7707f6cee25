/* Allocation wrappers: every library allocation goes through these so that
 * tests can inject failures (fail the Nth allocation) and check that each
 * path ends in DG_ENOMEM without a crash or a leak. */
#ifndef DG_UTIL_ALLOC_H
#define DG_UTIL_ALLOC_H
#include <stddef.h>

void *dg_malloc(size_t n);
void *dg_calloc(size_t count, size_t size);
void *dg_realloc(void *p, size_t n);
/* Grow an array to hold at least `need` items of `size` bytes; *cap updated.
 * Returns 0 or DG_ENOMEM (with the error set); *arr untouched on failure. */
int dg_grow(void **arr, size_t *cap, size_t need, size_t size);
char *dg_strdup(const char *s);
char *dg_strndup(const char *s, size_t n);
void dg_free(void *p);

#endif
