/* Allocation-failure injection along a run of the examples, as SQLite and
 * libxml2 test theirs: for each N, the Nth allocation fails; the run must end
 * in DG_ENOMEM (or succeed when N is past the last allocation), never crash.
 * Under the sanitizer build, leaks on every failure path are found too. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "diplograph.h"
#include "util/alloc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dg_alloc_fail_after(long n);
long dg_alloc_count(void);

static dg_gazetteer *gz;
static char *texts[5];
static size_t lens[5];
static const char *const files[5] = {"000_204569f33e398112.txt", "001_29545feb8c6a7bee.txt",
                                     "002_6b8b9ed6641d091a.txt", "003_469223795f5003b4.txt",
                                     "004_f9fca1b2d2a158b7.txt"};
static const char *const published[5] = {NULL, "2022-12-29", "2022-12-29", "2023-04-26", "2023-05-10"};

/* One run: extract the five articles, merge, export in three formats. */
static int run(void)
{
  dg_graph *g = NULL;
  int rc = dg_graph_new(&g);
  for (int i = 0; rc == 0 && i < 5; i++) {
    dg_document *d = NULL;
    dg_extraction *x = NULL;
    rc = dg_document_from_memory(&d, files[i], texts[i], lens[i]);
    if (rc == 0) rc = dg_document_set_published(d, published[i]);
    if (rc == 0) rc = dg_extract(&x, gz, d, NULL);
    if (rc == 0) { /* the line `extract` writes, read back as `merge` does */
      char *line = NULL;
      size_t len = 0;
      rc = dg_export_extraction(&line, &len, x);
      if (rc == 0) {
        dg_extraction_free(x);
        x = NULL;
        rc = dg_extraction_parse(&x, line, len, "sweep");
      }
      dg_string_free(line);
    }
    if (rc == 0) rc = dg_graph_add(g, x);
    dg_extraction_free(x);
    dg_document_free(d);
  }
  if (rc == 0) rc = dg_graph_build(g, gz);
  static const dg_format formats[] = {DG_FORMAT_JSON, DG_FORMAT_GRAPHML, DG_FORMAT_CSV, DG_FORMAT_DOT};
  for (size_t f = 0; rc == 0 && f < sizeof formats / sizeof *formats; f++) {
    dg_export_options o = DG_EXPORT_OPTIONS_INIT;
    char *out = NULL;
    o.format = formats[f];
    rc = dg_export(&out, NULL, g, &o);
    dg_string_free(out);
  }
  dg_graph_free(g);
  return rc;
}

static void sweep(void **state)
{
  (void)state;
  /* DG_SWEEP_N=n runs only that n: to debug a finding, e.g. under gdb with
   * a breakpoint on dg_malloc returning NULL. */
  const char *only = getenv("DG_SWEEP_N");
  if (only) {
    dg_alloc_fail_after(atol(only));
    int rc = run();
    dg_alloc_fail_after(0);
    print_message("with allocation %s failing: %d\n", only, rc);
    return;
  }
  dg_alloc_fail_after(-1); /* count without failing */
  assert_int_equal(run(), 0);
  long total = dg_alloc_count();
  assert_true(total > 1000);
  /* Every N up to 3000, then every 37th: all early paths, a sample after. */
  long runs = 0;
  for (long n = 1; n <= total + 1; n += n < 3000 ? 1 : 37) {
    dg_alloc_fail_after(n);
    int rc = run();
    long used = dg_alloc_count();
    dg_alloc_fail_after(0);
    if (n <= used) {
      if (rc != DG_ENOMEM) fail_msg("allocation %ld of %ld failed, but the run returned %d", n, total, rc);
      /* the error was set where the allocation failed, and not lost since */
      const dg_error *e = dg_error_last();
      if (e->code != DG_ENOMEM || e->message[0] == '\0')
        fail_msg("allocation %ld of %ld failed, but the error is %d '%s'", n, total, e->code, e->message);
    } else {
      assert_int_equal(rc, 0);
    }
    runs++;
  }
  print_message("allocation sweep: %ld allocations in a run, %ld runs\n", total, runs);
}

static char *slurp(const char *path, size_t *len)
{
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)n + 1);
  assert_non_null(s);
  assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  *len = (size_t)n;
  return s;
}

int main(void)
{
  const char *dir = getenv("DG_EXAMPLES");
  char path[1024];
  if (!dir) dir = "examples";
  for (int i = 0; i < 5; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    texts[i] = slurp(path, &lens[i]);
  }
  if (dg_gazetteer_new(&gz) != 0) return 1;
  const struct CMUnitTest tests[] = {cmocka_unit_test(sweep)};
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  dg_gazetteer_free(gz);
  for (int i = 0; i < 5; i++) free(texts[i]);
  return rc;
}
