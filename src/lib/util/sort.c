#include "util/sort.h"
#include <string.h>

typedef struct {
  unsigned char *base;
  size_t size;
  dg_sort_cmp cmp;
  void *ctx;
} sorter;

static int less(const sorter *s, size_t i, size_t j)
{
  return s->cmp(s->base + i * s->size, s->base + j * s->size, s->ctx) < 0;
}

static void swap(const sorter *s, size_t i, size_t j)
{
  unsigned char *a = s->base + i * s->size, *b = s->base + j * s->size, t[64];
  for (size_t k = 0; k < s->size; k += sizeof t) {
    size_t c = s->size - k < sizeof t ? s->size - k : sizeof t;
    memcpy(t, a + k, c);
    memcpy(a + k, b + k, c);
    memcpy(b + k, t, c);
  }
}

static void insertion(const sorter *s, size_t a, size_t b)
{
  for (size_t i = a + 1; i < b; i++)
    for (size_t j = i; j > a && less(s, j, j - 1); j--) swap(s, j, j - 1);
}

/* Swap the n elements at a with the n at b (the ranges do not overlap). */
static void swap_range(const sorter *s, size_t a, size_t b, size_t n)
{
  for (size_t i = 0; i < n; i++) swap(s, a + i, b + i);
}

/* Rotate [a, b) and [b, c) so that the second block comes first. */
static void rotate(const sorter *s, size_t a, size_t m, size_t b)
{
  size_t i = m - a, j = b - m;
  while (i != j) {
    if (i > j) {
      swap_range(s, m - i, m, j);
      i -= j;
    } else {
      swap_range(s, m - i, m + j - i, i);
      j -= i;
    }
  }
  swap_range(s, m - i, m, i);
}

/* Merge the sorted runs [a, m) and [m, b) in place, stably. */
static void sym_merge(const sorter *s, size_t a, size_t m, size_t b)
{
  if (m - a == 1) { /* one element on the left: insert it by binary search */
    size_t i = m, j = b;
    while (i < j) {
      size_t h = i + (j - i) / 2;
      if (less(s, h, a)) i = h + 1;
      else j = h;
    }
    for (size_t k = a; k < i - 1; k++) swap(s, k, k + 1);
    return;
  }
  if (b - m == 1) { /* one element on the right */
    size_t i = a, j = m;
    while (i < j) {
      size_t h = i + (j - i) / 2;
      if (!less(s, m, h)) i = h + 1;
      else j = h;
    }
    for (size_t k = m; k > i; k--) swap(s, k, k - 1);
    return;
  }
  size_t mid = a + (b - a) / 2, n = mid + m, start, r;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  size_t p = n - 1;
  while (start < r) {
    size_t c = start + (r - start) / 2;
    if (!less(s, p - c, c)) start = c + 1;
    else r = c;
  }
  size_t end = n - start;
  if (start < m && m < end) rotate(s, start, m, end);
  if (a < start && start < mid) sym_merge(s, a, start, mid);
  if (mid < end && end < b) sym_merge(s, mid, end, b);
}

void dg_sort(void *base, size_t n, size_t size, dg_sort_cmp cmp, void *ctx)
{
  enum { RUN = 20 };
  sorter s = {base, size, cmp, ctx};
  if (n < 2 || size == 0) return;
  size_t block = RUN, a = 0;
  for (; a + block <= n; a += block) insertion(&s, a, a + block);
  insertion(&s, a, n);
  for (; block < n; block *= 2) {
    for (a = 0; a + 2 * block <= n; a += 2 * block) sym_merge(&s, a, a + block, a + 2 * block);
    if (a + block < n) sym_merge(&s, a, a + block, n);
  }
}
