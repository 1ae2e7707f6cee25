/* Unit tests for util/sort.c: dg_sort orders like qsort, keeps equal
 * elements in their order (stability), passes its context to the comparator,
 * handles every length around its run and merge boundaries, and sorts
 * elements of any size. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "util/sort.h"

typedef struct {
  int key;
  int seq; /* position before sorting */
} item;

static int by_key(const void *a, const void *b, void *ctx)
{
  int *calls = ctx;
  if (calls) (*calls)++;
  const item *x = a, *y = b;
  return (x->key > y->key) - (x->key < y->key);
}

static unsigned next(unsigned *state) { return *state = *state * 1103515245u + 12345u; }

/* n items with keys in [0, range), sorted; checked ordered and stable. */
static void check_sorted_stable(size_t n, int range, unsigned seed)
{
  item *v = malloc((n + 1) * sizeof *v);
  assert_non_null(v);
  for (size_t i = 0; i < n; i++) {
    v[i].key = (int)((next(&seed) >> 8) % (unsigned)range);
    v[i].seq = (int)i;
  }
  dg_sort(v, n, sizeof *v, by_key, NULL);
  for (size_t i = 1; i < n; i++) {
    assert_true(v[i - 1].key <= v[i].key);
    if (v[i - 1].key == v[i].key) assert_true(v[i - 1].seq < v[i].seq); /* stable */
  }
  free(v);
}

static void orders_and_keeps_ties(void **state)
{
  (void)state;
  /* every length up to a few merge levels, few and many distinct keys */
  for (size_t n = 0; n <= 200; n++) {
    check_sorted_stable(n, 3, (unsigned)n + 1);
    check_sorted_stable(n, 1000, (unsigned)n + 7);
  }
  check_sorted_stable(5000, 2, 42);
  check_sorted_stable(5000, 50, 43);
  check_sorted_stable(20000, 20000, 44);
}

static void sorted_and_reversed_input(void **state)
{
  (void)state;
  item v[257];
  for (int i = 0; i < 257; i++) v[i] = (item){256 - i, i};
  dg_sort(v, 257, sizeof *v, by_key, NULL);
  for (int i = 0; i < 257; i++) assert_int_equal(v[i].key, i);
  dg_sort(v, 257, sizeof *v, by_key, NULL); /* already sorted: unchanged */
  for (int i = 0; i < 257; i++) assert_int_equal(v[i].key, i);
  for (int i = 0; i < 257; i++) v[i] = (item){7, i}; /* all equal: unchanged */
  dg_sort(v, 257, sizeof *v, by_key, NULL);
  for (int i = 0; i < 257; i++) assert_int_equal(v[i].seq, i);
}

/* The comparator reads its table from the context: indices sorted by the
 * values they point at, as merge and export sort their orders. */
static int by_value(const void *a, const void *b, void *ctx)
{
  const double *values = ctx;
  double x = values[*(const size_t *)a], y = values[*(const size_t *)b];
  return (x > y) - (x < y);
}

static void passes_context(void **state)
{
  (void)state;
  const double values[6] = {3.5, -1.0, 2.0, 3.5, 0.0, 2.0};
  size_t idx[6] = {0, 1, 2, 3, 4, 5};
  dg_sort(idx, 6, sizeof *idx, by_value, (void *)values);
  const size_t want[6] = {1, 4, 2, 5, 0, 3};
  for (int i = 0; i < 6; i++) assert_int_equal(idx[i], want[i]);
  int calls = 0;
  item v[50];
  for (int i = 0; i < 50; i++) v[i] = (item){i % 5, i};
  dg_sort(v, 50, sizeof *v, by_key, &calls);
  assert_true(calls > 0);
  for (int i = 1; i < 50; i++) assert_true(v[i - 1].key < v[i].key || v[i - 1].seq < v[i].seq);
}

/* Elements larger than the swap buffer, and of an odd size. */
typedef struct {
  char name[150];
  int key;
} big;

static int by_big(const void *a, const void *b, void *ctx)
{
  (void)ctx;
  const big *x = a, *y = b;
  return (x->key > y->key) - (x->key < y->key);
}

static int by_byte(const void *a, const void *b, void *ctx)
{
  (void)ctx;
  return *(const unsigned char *)a - *(const unsigned char *)b;
}

static void any_element_size(void **state)
{
  (void)state;
  big v[60];
  for (int i = 0; i < 60; i++) {
    v[i].key = (i * 37) % 11;
    memset(v[i].name, 'a' + i % 26, sizeof v[i].name);
    v[i].name[sizeof v[i].name - 1] = '\0';
    v[i].name[0] = (char)i; /* remembers the position */
  }
  dg_sort(v, 60, sizeof *v, by_big, NULL);
  for (int i = 1; i < 60; i++) {
    assert_true(v[i - 1].key <= v[i].key);
    if (v[i - 1].key == v[i].key) assert_true(v[i - 1].name[0] < v[i].name[0]);
    assert_int_equal(v[i].name[1], 'a' + v[i].name[0] % 26); /* moved whole */
  }
  char s[] = "the quick brown fox jumps over the lazy dog";
  dg_sort(s, strlen(s), 1, by_byte, NULL);
  assert_string_equal(s, "        abcdeeefghhijklmnoooopqrrsttuuvwxyz");
  dg_sort(NULL, 0, 4, by_byte, NULL); /* nothing to do */
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(orders_and_keeps_ties),
    cmocka_unit_test(sorted_and_reversed_input),
    cmocka_unit_test(passes_context),
    cmocka_unit_test(any_element_size),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
