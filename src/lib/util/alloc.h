/* Allocation wrappers: every library allocation goes through these so that
 * tests can inject failures (fail the Nth allocation) and check that each
 * path ends in DG_ENOMEM without a crash or a leak.
 *
 * On failure each of them (and dg_grow, dg_strdup, dg_strndup) has already
 * set the error (DG_ENOMEM, "out of memory"): a caller only returns
 * DG_ENOMEM, it does not set the message again. */
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
/* Set the out-of-memory error and return DG_ENOMEM: for a failure that did
 * not come straight from the wrappers above (an allocation made by a
 * dependency with its own allocator, a sticky "failed" flag reported later). */
int dg_error_oom(void);

/* For tests: n > 0 makes the nth allocation from now fail; n < 0 only
 * counts; 0 turns injection off. dg_alloc_count() is the count so far. */
void dg_alloc_fail_after(long n);
long dg_alloc_count(void);

#endif
