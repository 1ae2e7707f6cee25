/* A stable, re-entrant sort with a context pointer: equal elements keep
 * their order, so output never depends on how a sort breaks ties, and the
 * comparator reads what it needs from `ctx` instead of a file-scope variable
 * (so sorting is safe in several threads at once). */
#ifndef DG_UTIL_SORT_H
#define DG_UTIL_SORT_H
#include <stddef.h>

typedef int (*dg_sort_cmp)(const void *a, const void *b, void *ctx);

/* Sort n elements of `size` bytes at base, in place, by cmp (negative, 0,
 * positive as for qsort). Allocates nothing and cannot fail: insertion sort
 * of short runs, then in-place merges (SymMerge, Kim and Kutzner 2004, as
 * Go's sort.Stable): O(n log n) comparisons, O(n log^2 n) moves. */
void dg_sort(void *base, size_t n, size_t size, dg_sort_cmp cmp, void *ctx);

#endif
