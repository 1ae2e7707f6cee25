/* Unit tests for the direct JSON writer (util/jsonout.c): it must print the
 * bytes cJSON prints for the same values, unformatted and formatted, for
 * random trees of every kind of value and every byte in keys and strings;
 * streamed through a sink it gives the same bytes; and the extraction lines
 * of real articles (the examples and the test data) read back by cJSON and
 * printed again are the same line; the graph's JSON is what cJSON_Print
 * prints for it, and every streamed export (dg_export_write) has the bytes
 * of dg_export. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "diplograph.h"
#include "util/buf.h"
#include "util/json.h"
#include "util/jsonout.h"

static uint64_t seed = 88172645463325252ULL;
static unsigned rnd(unsigned n)
{
  seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
  return (unsigned)(seed % n);
}

/* A random string: mostly letters, some of every byte 1..255 (quotes,
 * backslashes, control bytes, UTF-8 and stray high bytes). */
static void rstring(char *s, size_t cap)
{
  size_t n = rnd((unsigned)cap - 1);
  for (size_t i = 0; i < n; i++) s[i] = rnd(4) ? (char)('a' + rnd(26)) : (char)(1 + rnd(255));
  s[n] = '\0';
}

/* Build the same random value as a cJSON tree and through the writer. */
static cJSON *value(dg_jo *w, const char *key, int depth)
{
  char s[40];
  long long v;
  cJSON *o;
  switch (depth > 4 ? 2 + rnd(4) : rnd(6)) {
  case 0:
  case 1: {
    int arr = rnd(2), n = (int)rnd(5);
    o = arr ? cJSON_CreateArray() : cJSON_CreateObject();
    if (arr) dg_jo_arr(w, key); else dg_jo_obj(w, key);
    for (int i = 0; i < n; i++) {
      char k[16];
      rstring(k, sizeof k);
      cJSON *c = value(w, arr ? NULL : k, depth + 1);
      if (arr) cJSON_AddItemToArray(o, c); else cJSON_AddItemToObject(o, k, c);
    }
    dg_jo_end(w);
    return o;
  }
  case 2:
    rstring(s, sizeof s);
    if (rnd(8) == 0) { dg_jo_str(w, key, NULL); return cJSON_CreateNull(); }
    dg_jo_str(w, key, s);
    return cJSON_CreateString(s);
  case 3:
    v = rnd(3) == 0 ? (long long)rnd(2000000000) * 499999 : (long long)rnd(100000);
    if (rnd(3) == 0) v = -v;
    dg_jo_int(w, key, v);
    return cJSON_CreateNumber((double)v);
  case 4:
    v = rnd(2);
    dg_jo_bool(w, key, (int)v);
    return cJSON_CreateBool((int)v);
  default:
    dg_jo_null(w, key);
    return cJSON_CreateNull();
  }
}

static int collect(void *ctx, const char *p, size_t n) { return dg_buf_put(ctx, p, n); }

static void random_trees(void **state)
{
  (void)state;
  dg_cjson_init();
  for (int t = 0; t < 2000; t++) {
    int pretty = t & 1;
    dg_jo w;
    assert_int_equal(dg_jo_init(&w, pretty, 0), 0);
    uint64_t at = seed;
    cJSON *root = value(&w, NULL, rnd(3) ? 0 : 5);
    char *want = pretty ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
    size_t len = 0;
    char *got = dg_jo_detach(&w, &len);
    assert_non_null(want);
    assert_non_null(got);
    assert_string_equal(got, want);
    assert_int_equal(len, strlen(want));
    /* The same values streamed through a sink in small pieces. */
    dg_buf out = DG_BUF_INIT;
    seed = at;
    dg_jo_init_sink(&w, pretty, collect, &out);
    cJSON *again = value(&w, NULL, rnd(3) ? 0 : 5);
    assert_int_equal(dg_jo_flush(&w), 0);
    dg_jo_free(&w);
    assert_string_equal(out.ptr ? out.ptr : "", want);
    dg_buf_free(&out);
    cJSON_Delete(again);
    free(got);
    cJSON_free(want);
    cJSON_Delete(root);
  }
}

/* Extract each .txt of dir; its line, read by cJSON and printed again, is
 * the same line (each extraction is also added to g when given). Returns the
 * number of articles. */
static int round_trip_dir(const dg_gazetteer *gz, const char *dir, dg_graph *g)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  int n = 0;
  assert_non_null(d);
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 4 || strcmp(e->d_name + l - 4, ".txt")) continue;
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    dg_document *doc = NULL;
    dg_extraction *x = NULL;
    char *line = NULL, *again;
    size_t len = 0;
    assert_int_equal(dg_document_load(&doc, path, NULL), 0);
    assert_int_equal(dg_document_set_published(doc, "2020-02-02"), 0);
    assert_int_equal(dg_extract(&x, gz, doc, NULL), 0);
    assert_int_equal(dg_export_extraction(&line, &len, x), 0);
    assert_true(len > 2 && line[len - 1] == '\n' && strlen(line) == len);
    cJSON *root = cJSON_ParseWithLength(line, len);
    assert_non_null(root);
    again = cJSON_PrintUnformatted(root);
    assert_non_null(again);
    line[len - 1] = '\0';
    assert_string_equal(line, again);
    cJSON_free(again);
    cJSON_Delete(root);
    dg_string_free(line);
    if (g) assert_int_equal(dg_graph_add(g, x), 0);
    dg_extraction_free(x);
    dg_document_free(doc);
    n++;
  }
  closedir(d);
  return n;
}

static void extraction_lines(void **state)
{
  (void)state;
  dg_gazetteer *gz = NULL;
  char dir[1024];
  const char *data = getenv("DG_TEST_DATA"), *examples = getenv("DG_EXAMPLES");
  assert_non_null(data);
  assert_non_null(examples);
  assert_int_equal(dg_gazetteer_new(&gz), 0);
  dg_cjson_init();
  snprintf(dir, sizeof dir, "%s/extract", data);
  int n = round_trip_dir(gz, dir, NULL) + round_trip_dir(gz, examples, NULL);
  assert_true(n >= 5);
  dg_gazetteer_free(gz);
}

/* A sink that collects into a dg_buf, in the pieces it is given. */
static int pieces;
static int sink(void *ctx, const char *p, size_t n)
{
  pieces++;
  return dg_buf_put(ctx, p, n);
}

static int refuse(void *ctx, const char *p, size_t n)
{
  (void)ctx; (void)p; (void)n;
  return DG_EIO;
}

static void graph_exports(void **state)
{
  (void)state;
  dg_gazetteer *gz = NULL;
  dg_graph *g = NULL;
  const char *examples = getenv("DG_EXAMPLES");
  assert_non_null(examples);
  assert_int_equal(dg_gazetteer_new(&gz), 0);
  assert_int_equal(dg_graph_new(&g), 0);
  dg_cjson_init();
  assert_true(round_trip_dir(gz, examples, g) >= 5);
  assert_int_equal(dg_graph_build(g, gz), 0);
  /* The graph's JSON is cJSON_Print's text of its own tree, and a newline. */
  char *json = NULL;
  size_t len = 0;
  assert_int_equal(dg_export_json(&json, &len, g), 0);
  cJSON *root = cJSON_ParseWithLength(json, len);
  assert_non_null(root);
  assert_true(cJSON_GetArraySize(cJSON_GetObjectItem(root, "nodes")) > 5);
  char *again = cJSON_Print(root);
  assert_true(len > 2 && json[len - 1] == '\n');
  json[len - 1] = '\0';
  assert_string_equal(json, again);
  cJSON_free(again);
  cJSON_Delete(root);
  dg_string_free(json);
  /* Streamed exports: the bytes of dg_export. */
  const dg_format formats[] = {DG_FORMAT_JSON, DG_FORMAT_GRAPHML, DG_FORMAT_GEXF, DG_FORMAT_CSV, DG_FORMAT_DOT};
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
    dg_export_options o = DG_EXPORT_OPTIONS_INIT;
    dg_buf streamed = DG_BUF_INIT;
    char *whole = NULL;
    o.format = formats[i];
    assert_int_equal(dg_export(&whole, &len, g, &o), 0);
    pieces = 0;
    assert_int_equal(dg_export_write(g, &o, sink, &streamed), 0);
    assert_true(pieces >= 1);
    assert_int_equal(streamed.len, len);
    assert_memory_equal(streamed.ptr, whole, len);
    dg_buf_free(&streamed);
    dg_string_free(whole);
    /* A sink that fails stops the export with its code. */
    assert_int_equal(dg_export_write(g, &o, refuse, NULL), DG_EIO);
  }
  dg_graph_free(g);
  dg_gazetteer_free(gz);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(random_trees),
    cmocka_unit_test(extraction_lines),
    cmocka_unit_test(graph_exports),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
