/* Unit tests for JSON in and out: the strict parser (positions, duplicate
 * keys, depth), the byte buffer, the string map, and the node-link export of
 * a graph built from an invented article. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "diplograph.h"
#include "lexicon/gazetteer.h"
#include "text/text.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/json.h"
#include "util/strmap.h"
#include "support.h"

/* Failure injection (util/alloc.c): the n-th allocation from now fails; 0 = off. */
extern void dg_alloc_fail_after(long n);

/* ------------------------------------------------------------------ helpers */

static int parse(cJSON **out, const char *s)
{
  dg_error_clear();
  return dg_json_parse(out, s, strlen(s), "input.json");
}

/* s must fail with `code` at line:column (0 = not checked). */
static void parse_fails_(const char *s, int code, long line, long col, const char *msg, int at)
{
  cJSON *root = (cJSON *)1;
  int rc = parse(&root, s);
  const dg_error *e = dg_error_last();
  if (rc != code || root != NULL || e->code != code || (line && e->line != line) ||
      (col && e->column != col) || strcmp(e->file, "input.json") != 0 ||
      (msg && !strstr(e->message, msg))) {
    print_error("line %d: rc %d (want %d), line %ld:%ld (want %ld:%ld), file '%s', message '%s'\n", at, rc,
                code, e->line, e->column, line, col, e->file, e->message);
    if (rc == 0) cJSON_Delete(root);
    fail();
  }
}
#define PARSE_FAILS(s, code, line, col, msg) parse_fails_(s, code, line, col, msg, __LINE__)

static void parse_ok_(const char *s, int at)
{
  cJSON *root = NULL;
  int rc = parse(&root, s);
  if (rc != 0) {
    print_error("line %d: rc %d: %s\n", at, rc, dg_error_last()->message);
    fail();
  }
  assert_non_null(root);
  cJSON_Delete(root);
}
#define PARSE_OK(s) parse_ok_(s, __LINE__)

/* n nested arrays around `inner` ("" for none). */
static char *nested(int n, const char *inner, char open, char close)
{
  size_t k = strlen(inner);
  char *s = malloc((size_t)n * 2 + k + 1);
  assert_non_null(s);
  memset(s, open, (size_t)n);
  memcpy(s + n, inner, k);
  memset(s + n + k, close, (size_t)n);
  s[2 * (size_t)n + k] = '\0';
  return s;
}

/* ------------------------------------------------------------ dg_json_parse */

static void test_json_parse_ok(void **state)
{
  (void)state;
  cJSON *root = NULL;
  assert_int_equal(parse(&root, "{\"name\": \"Jane Example\", \"n\": 2, \"tags\": [\"a\", null], \"x\": {}}"), 0);
  int bad = 0;
  assert_string_equal(dg_json_str(root, "name", &bad), "Jane Example");
  assert_int_equal(bad, 0);
  assert_null(dg_json_str(root, "missing", &bad));
  assert_int_equal(bad, 0);
  assert_null(dg_json_str(root, "n", &bad));
  assert_int_equal(bad, 1);
  bad = 0;
  assert_null(dg_json_str(root, "x", &bad));
  assert_int_equal(bad, 1);
  assert_null(dg_json_str(root, "n", NULL)); /* bad may be NULL */
  cJSON_Delete(root);
  assert_int_equal(parse(&root, "{\"v\": null}"), 0);
  bad = 0;
  assert_null(dg_json_str(root, "v", &bad));
  assert_int_equal(bad, 0); /* null counts as absent */
  cJSON_Delete(root);
  /* The length is honoured: a valid prefix of a longer buffer. */
  const char *two = "[1][2]";
  assert_int_equal(dg_json_parse(&root, two, 3, "x"), 0);
  assert_int_equal(cJSON_GetArraySize(root), 1);
  cJSON_Delete(root);
  PARSE_OK("  [ ]  \n");
  PARSE_OK("\"just a string\"");
  PARSE_OK("{\"Key\": 1, \"key\": 2}"); /* keys are case-sensitive */
  PARSE_OK("[{\"a\": 1}, {\"a\": 2}]"); /* the same key in two objects */
  PARSE_OK("{\"a\": {\"a\": {\"a\": 1}}}");
}

static void test_json_parse_errors(void **state)
{
  (void)state;
  PARSE_FAILS("", DG_EDATA, 1, 1, "malformed JSON at line 1, column 1");
  PARSE_FAILS("{\"a\": 1 \"b\": 2}", DG_EDATA, 1, 9, "line 1, column 9");
  PARSE_FAILS("{\"a\": 1,}", DG_EDATA, 1, 9, NULL);
  PARSE_FAILS("[1 2]", DG_EDATA, 1, 4, NULL);
  PARSE_FAILS("{\"a\" 1}", DG_EDATA, 1, 6, NULL);
  PARSE_FAILS("{\"a\": tru}", DG_EDATA, 1, 7, NULL);
  PARSE_FAILS("{\"a\": [1, 2}", DG_EDATA, 1, 12, NULL);
  /* Multi-line: the line counts newlines, the column counts characters. */
  PARSE_FAILS("{\n  \"countries\": [\n    {\"iso3\": \"XAB\"}\n    {\"iso3\": \"XAC\"}\n  ]\n}\n", DG_EDATA, 4,
              5, "line 4, column 5");
  PARSE_FAILS("{\n\"Çavuşoğlu\": \"İstanbul\" \"x\": 1}", DG_EDATA, 2, 25, NULL);
  /* Truncated: the error is at the end of the text. */
  PARSE_FAILS("{\n  \"a\": [1, 2]\n", DG_EDATA, 2, 14, NULL);
  PARSE_FAILS("{\n  \"a\": [1, 2", DG_EDATA, 2, 12, NULL); /* at the last character */
  PARSE_FAILS("{\n  \"a\": \"unterminated", DG_EDATA, 2, 0, NULL);
  /* The offset is set too. */
  cJSON *root;
  assert_int_equal(parse(&root, "[1,\n 2,,]"), DG_EDATA);
  assert_int_equal(dg_error_last()->line, 2);
  assert_int_equal(dg_error_last()->column, 4);
  assert_int_equal(dg_error_last()->offset, 7);
}

static void test_json_trailing_garbage(void **state)
{
  (void)state;
  cJSON *root = NULL;
  int rc = parse(&root, "{\"a\": 1}\n{\"b\": 2}\n");
  assert_int_equal(rc, DG_EDATA);
  assert_int_equal(dg_error_last()->line, 2);
  assert_int_equal(dg_error_last()->column, 1);
  assert_null(root);
  /* Trailing whitespace is fine. */
  PARSE_OK("{\"a\": 1}  \n\n");
}

static void test_json_duplicate_keys(void **state)
{
  (void)state;
  PARSE_FAILS("{\"a\": 1, \"a\": 2}", DG_EDATA, 1, 10, "duplicate key \"a\" at line 1, column 10");
  PARSE_FAILS("{\"a\": 1, \"b\": 2, \"a\": 1}", DG_EDATA, 1, 18, "duplicate key \"a\"");
  /* Nested levels. */
  PARSE_FAILS("{\n \"outer\": {\n  \"k\": 1,\n  \"k\": 2\n }\n}", DG_EDATA, 4, 3, "duplicate key \"k\"");
  PARSE_FAILS("{\"list\": [\n {\"ok\": 1},\n {\"dup\": 1, \"dup\": 2}\n]}", DG_EDATA, 3, 13,
              "duplicate key \"dup\"");
  PARSE_FAILS("[[[{\"x\": {\"y\": 1, \"y\": null}}]]]", DG_EDATA, 1, 19, "duplicate key \"y\"");
  /* Duplicates with different value types count too. */
  PARSE_FAILS("{\"level\": \"foreign\", \"level\": [\"other\"]}", DG_EDATA, 1, 22, "\"level\"");

  /* The key used legitimately earlier (in another object) before the duplicate. */
  const char *s = "{\n \"a\": {\"x\": 1},\n \"b\": {\"x\": 2,\n        \"x\": 3}\n}";
  cJSON *root = NULL;
  assert_int_equal(parse(&root, s), DG_EDATA);
  assert_null(root);
  assert_non_null(strstr(dg_error_last()->message, "duplicate key \"x\""));
  /* The repeated key inside "b", not an earlier legitimate "x". */
  assert_int_equal(dg_error_last()->line, 4);
  assert_int_equal(dg_error_last()->column, 9);
}

static void test_json_depth(void **state)
{
  (void)state;
  char *s;
  /* Exactly 64 levels: accepted; 65: rejected with DG_ELIMIT. */
  s = nested(64, "1", '[', ']');
  PARSE_OK(s);
  free(s);
  s = nested(65, "1", '[', ']');
  PARSE_FAILS(s, DG_ELIMIT, 0, 0, "64");
  free(s);
  s = nested(64, "\"leaf\"", '[', ']');
  PARSE_OK(s);
  free(s);
  s = nested(200, "null", '[', ']');
  PARSE_FAILS(s, DG_ELIMIT, 0, 0, "deeper than 64");
  free(s);
  /* Objects count like arrays. */
  {
    char buf[1024];
    size_t k = 0;
    for (int i = 0; i < 65; i++) k += (size_t)snprintf(buf + k, sizeof buf - k, "{\"k\":");
    k += (size_t)snprintf(buf + k, sizeof buf - k, "1");
    for (int i = 0; i < 65; i++) buf[k++] = '}';
    buf[k] = '\0';
    PARSE_FAILS(buf, DG_ELIMIT, 0, 0, NULL); /* 65 objects */
  }
  {
    char buf[1024];
    size_t k = 0;
    for (int i = 0; i < 63; i++) k += (size_t)snprintf(buf + k, sizeof buf - k, "{\"k\":");
    k += (size_t)snprintf(buf + k, sizeof buf - k, "{\"leaf\": 1}");
    for (int i = 0; i < 63; i++) buf[k++] = '}';
    buf[k] = '\0';
    PARSE_OK(buf); /* 64 objects */
  }
  /* 64 levels whose innermost container is empty: accepted. */
  s = nested(64, "", '[', ']');
  PARSE_OK(s);
  free(s);
  /* 65 levels whose innermost container is empty. */
  s = nested(65, "", '[', ']');
  cJSON *root = NULL;
  int rc = parse(&root, s);
  assert_int_equal(rc, DG_ELIMIT);
  assert_null(root);
  free(s);
}

static void test_json_load_file(void **state)
{
  (void)state;
  char path[1200];
  cJSON *root = NULL;
  snprintf(path, sizeof path, "%s/unit/no-such-file.json", test_data_dir());
  assert_int_equal(dg_json_load_file(&root, path), DG_EIO);
  assert_null(root);
  assert_string_equal(dg_error_last()->file, path);
  snprintf(path, sizeof path, "%s/unit/manifest_good.json", test_data_dir());
  assert_int_equal(dg_json_load_file(&root, path), 0);
  assert_true(cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(root, "documents")));
  cJSON_Delete(root);
  snprintf(path, sizeof path, "%s/unit/gazetteer_broken.json", test_data_dir());
  assert_int_equal(dg_json_load_file(&root, path), DG_EDATA);
  assert_string_equal(dg_error_last()->file, path);
  assert_int_equal(dg_error_last()->line, 5);
  assert_int_equal(dg_error_last()->column, 18);
  /* A directory cannot be read. */
  snprintf(path, sizeof path, "%s/unit", test_data_dir());
  assert_true(dg_json_load_file(&root, path) < 0);
  assert_null(root);
}

/* -------------------------------------------------------------------- dg_buf */

static void test_buf_basic(void **state)
{
  (void)state;
  dg_buf b = DG_BUF_INIT;
  assert_int_equal(dg_buf_puts(&b, "Jane"), 0);
  assert_int_equal(dg_buf_putc(&b, ' '), 0);
  assert_int_equal(dg_buf_put(&b, "Example!!", 7), 0);
  assert_int_equal(b.len, 12);
  assert_string_equal(b.ptr, "Jane Example");
  assert_int_equal(dg_buf_printf(&b, " met %d envoys in %s", 3, "Berlin"), 0);
  assert_string_equal(b.ptr, "Jane Example met 3 envoys in Berlin");
  assert_int_equal(dg_buf_put(&b, "", 0), 0);
  assert_int_equal(b.len, strlen("Jane Example met 3 envoys in Berlin"));
  dg_buf_clear(&b);
  assert_int_equal(b.len, 0);
  assert_string_equal(b.ptr, "");
  assert_int_equal(dg_buf_putc(&b, 'x'), 0);
  assert_string_equal(b.ptr, "x");
  /* Embedded NUL bytes are kept. */
  assert_int_equal(dg_buf_put(&b, "a\0b", 3), 0);
  assert_int_equal(b.len, 4);
  assert_memory_equal(b.ptr, "xa\0b", 5);
  dg_buf_free(&b);
  assert_null(b.ptr);
  assert_int_equal(b.len, 0);
  dg_buf_free(&b); /* twice is fine */
}

static void test_buf_printf_growth(void **state)
{
  (void)state;
  dg_buf b = DG_BUF_INIT;
  char big[1001];
  memset(big, 'q', 1000);
  big[1000] = '\0';
  assert_int_equal(dg_buf_puts(&b, "<"), 0);
  assert_int_equal(dg_buf_printf(&b, "%s|%d", big, 42), 0); /* 1003 bytes > 256 */
  assert_int_equal(b.len, 1 + 1000 + 3);
  assert_int_equal(strlen(b.ptr), b.len);
  assert_int_equal(b.ptr[0], '<');
  assert_int_equal(b.ptr[1000], 'q');
  assert_string_equal(b.ptr + 1001, "|42");
  assert_true(b.cap > b.len);
  /* Exactly at the small-buffer boundary (255 and 256 bytes). */
  dg_buf_clear(&b);
  assert_int_equal(dg_buf_printf(&b, "%.255s", big), 0);
  assert_int_equal(b.len, 255);
  assert_int_equal(dg_buf_printf(&b, "%.256s", big), 0);
  assert_int_equal(b.len, 511);
  assert_int_equal(strlen(b.ptr), 511);
  /* Many appends. */
  dg_buf_clear(&b);
  for (int i = 0; i < 5000; i++) assert_int_equal(dg_buf_printf(&b, "%04d,", i % 10000), 0);
  assert_int_equal(b.len, 5000 * 5);
  assert_memory_equal(b.ptr + 5 * 4999, "4999,", 5);
  size_t len = 0;
  char *p = dg_buf_detach(&b, &len);
  assert_int_equal(len, 25000);
  assert_int_equal(p[len], '\0');
  assert_null(b.ptr);
  assert_int_equal(b.len, 0);
  dg_free(p);
}

static void test_buf_detach_empty(void **state)
{
  (void)state;
  dg_buf b = DG_BUF_INIT;
  size_t len = 99;
  char *p = dg_buf_detach(&b, &len);
  assert_non_null(p);
  assert_int_equal(len, 0);
  assert_string_equal(p, "");
  dg_free(p);
  /* After clear, too. */
  assert_int_equal(dg_buf_puts(&b, "text"), 0);
  dg_buf_clear(&b);
  p = dg_buf_detach(&b, NULL);
  assert_string_equal(p, "");
  dg_free(p);
  /* The buffer is reusable after detach. */
  assert_int_equal(dg_buf_puts(&b, "again"), 0);
  assert_string_equal(b.ptr, "again");
  dg_buf_free(&b);
}

static void test_buf_sticky_failure(void **state)
{
  (void)state;
  dg_buf b = DG_BUF_INIT;
  assert_int_equal(dg_buf_puts(&b, "abc"), 0);
  char big[300];
  memset(big, 'z', sizeof big);
  dg_alloc_fail_after(1); /* the next allocation fails */
  assert_int_equal(dg_buf_put(&b, big, sizeof big), DG_ENOMEM);
  dg_alloc_fail_after(0);
  assert_int_equal(b.failed, 1);
  assert_int_equal(b.len, 3);
  assert_string_equal(b.ptr, "abc"); /* the contents are untouched */
  /* Sticky: later appends fail although memory is back, even small ones. */
  assert_int_equal(dg_buf_putc(&b, 'x'), DG_ENOMEM);
  assert_int_equal(dg_buf_puts(&b, "d"), DG_ENOMEM);
  assert_int_equal(dg_buf_printf(&b, "%d", 7), DG_ENOMEM);
  assert_int_equal(dg_buf_printf(&b, "%.300s", big), DG_ENOMEM);
  assert_int_equal(b.len, 3);
  assert_string_equal(b.ptr, "abc");
  /* Detach reports the failure and releases the buffer. */
  assert_null(dg_buf_detach(&b, NULL));
  assert_null(b.ptr);
  /* dg_buf_free resets the flag. */
  dg_buf_free(&b);
  assert_int_equal(b.failed, 0);
  assert_int_equal(dg_buf_puts(&b, "ok"), 0);
  assert_string_equal(b.ptr, "ok");
  dg_buf_free(&b);

  /* A failure on the very first allocation, then detach. */
  dg_alloc_fail_after(1);
  assert_int_equal(dg_buf_putc(&b, 'a'), DG_ENOMEM);
  dg_alloc_fail_after(0);
  assert_null(b.ptr);
  assert_int_equal(dg_buf_putc(&b, 'a'), DG_ENOMEM);
  assert_null(dg_buf_detach(&b, NULL));
  dg_buf_free(&b);
}

/* ----------------------------------------------------------------- dg_strmap */

static void test_strmap_basic(void **state)
{
  (void)state;
  dg_strmap m = DG_STRMAP_INIT;
  assert_int_equal(dg_strmap_get(&m, "FRA", 3), -1); /* empty map */
  assert_int_equal(dg_strmap_put(&m, "FRA", 3, 7), 0);
  assert_int_equal(dg_strmap_put(&m, "DEU", 3, 8), 0);
  assert_int_equal(dg_strmap_get(&m, "FRA", 3), 7);
  assert_int_equal(dg_strmap_get(&m, "DEU", 3), 8);
  assert_int_equal(dg_strmap_get(&m, "FR", 2), -1);
  assert_int_equal(dg_strmap_get(&m, "FRAN", 3), 7); /* only klen bytes count */
  assert_int_equal(dg_strmap_get(&m, "fra", 3), -1);
  assert_int_equal(m.count, 2);
  /* Replace. */
  assert_int_equal(dg_strmap_put(&m, "FRA", 3, 70), 0);
  assert_int_equal(dg_strmap_get(&m, "FRA", 3), 70);
  assert_int_equal(m.count, 2);
  /* The key is copied. */
  char key[] = "TUR";
  assert_int_equal(dg_strmap_put(&m, key, 3, 9), 0);
  key[0] = 'X';
  assert_int_equal(dg_strmap_get(&m, "TUR", 3), 9);
  assert_int_equal(dg_strmap_get(&m, "XUR", 3), -1);
  /* The empty key is a key. */
  assert_int_equal(dg_strmap_get(&m, "", 0), -1);
  assert_int_equal(dg_strmap_put(&m, "", 0, 5), 0);
  assert_int_equal(dg_strmap_get(&m, "", 0), 5);
  dg_strmap_free(&m);
  assert_int_equal(m.count, 0);
  assert_int_equal(dg_strmap_get(&m, "FRA", 3), -1); /* usable after free */
  dg_strmap_free(&m);
}

static void test_strmap_embedded_bytes(void **state)
{
  (void)state;
  dg_strmap m = DG_STRMAP_INIT;
  assert_int_equal(dg_strmap_put(&m, "a\0b", 3, 1), 0);
  assert_int_equal(dg_strmap_put(&m, "a\0c", 3, 2), 0);
  assert_int_equal(dg_strmap_put(&m, "a", 1, 3), 0);
  assert_int_equal(dg_strmap_put(&m, "a\0", 2, 4), 0);
  assert_int_equal(dg_strmap_put(&m, "\xC3\xA7\xFF\x01", 4, 5), 0);
  assert_int_equal(m.count, 5);
  assert_int_equal(dg_strmap_get(&m, "a\0b", 3), 1);
  assert_int_equal(dg_strmap_get(&m, "a\0c", 3), 2);
  assert_int_equal(dg_strmap_get(&m, "a", 1), 3);
  assert_int_equal(dg_strmap_get(&m, "a\0", 2), 4);
  assert_int_equal(dg_strmap_get(&m, "a\0d", 3), -1);
  assert_int_equal(dg_strmap_get(&m, "\xC3\xA7\xFF\x01", 4), 5);
  dg_strmap_free(&m);
}

static void test_strmap_growth(void **state)
{
  (void)state;
  dg_strmap m = DG_STRMAP_INIT;
  char key[32];
  for (int i = 0; i < 5000; i++) {
    int n = snprintf(key, sizeof key, "key-%d", i);
    assert_int_equal(dg_strmap_put(&m, key, (size_t)n, i), 0);
    if (i == 1000) assert_int_equal(m.count, 1001);
  }
  assert_int_equal(m.count, 5000);
  assert_true(m.cap >= 2 * m.count);               /* load factor at most 1/2 */
  assert_int_equal(m.cap & (m.cap - 1), 0);        /* a power of two */
  for (int i = 0; i < 5000; i++) {
    int n = snprintf(key, sizeof key, "key-%d", i);
    assert_int_equal(dg_strmap_get(&m, key, (size_t)n), i);
  }
  assert_int_equal(dg_strmap_get(&m, "key-5000", 8), -1);
  /* Replace all, count unchanged. */
  for (int i = 0; i < 5000; i += 7) {
    int n = snprintf(key, sizeof key, "key-%d", i);
    assert_int_equal(dg_strmap_put(&m, key, (size_t)n, -i - 10), 0);
  }
  assert_int_equal(m.count, 5000);
  assert_int_equal(dg_strmap_get(&m, "key-14", 6), -24);
  assert_int_equal(dg_strmap_get(&m, "key-15", 6), 15);
  dg_strmap_free(&m);
}

/* ------------------------------------------------------- end-to-end export */

static const char ARTICLE[] =
  "French Foreign Minister Jane Example met her German counterpart, Jan Muster, in Berlin on "
  "Tuesday.\n";

typedef struct {
  dg_gazetteer *gz;
  dg_graph *g;
  char *json;
  size_t len;
  cJSON *root;
} e2e;

static int setup_e2e(void **state)
{
  e2e *t = calloc(1, sizeof *t);
  dg_document *doc = NULL;
  dg_extraction *x = NULL;
  dg_extract_options opts = DG_EXTRACT_OPTIONS_INIT;
  if (!t) return -1;
  *state = t;
  if (dg_gazetteer_new(&t->gz) != 0) return -1;
  if (dg_document_from_memory(&doc, "article-1", ARTICLE, strlen(ARTICLE)) != 0) return -1;
  if (dg_document_set_published(doc, "2024-03-14") != 0) return -1;
  int rc = dg_extract(&x, t->gz, doc, &opts);
  dg_document_free(doc);
  if (rc != 0) return -1;
  if (dg_graph_new(&t->g) != 0 || dg_graph_add(t->g, x) != 0) { dg_extraction_free(x); return -1; }
  dg_extraction_free(x); /* the graph holds a copy */
  if (dg_graph_build(t->g, t->gz) != 0) return -1;
  if (dg_export_json(&t->json, &t->len, t->g) != 0) return -1;
  t->root = cJSON_ParseWithLength(t->json, t->len);
  return t->root ? 0 : -1;
}

static int teardown_e2e(void **state)
{
  e2e *t = *state;
  if (!t) return 0;
  cJSON_Delete(t->root);
  dg_string_free(t->json);
  dg_graph_free(t->g);
  dg_gazetteer_free(t->gz);
  free(t);
  return 0;
}

static const char *str(const cJSON *o, const char *k)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static const cJSON *item(const cJSON *o, const char *k)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  if (!v) print_error("missing key \"%s\"\n", k);
  assert_non_null(v);
  return v;
}

static const cJSON *node(const cJSON *root, const char *id)
{
  const cJSON *n;
  cJSON_ArrayForEach(n, cJSON_GetObjectItemCaseSensitive(root, "nodes"))
    if (str(n, "id") && strcmp(str(n, "id"), id) == 0) return n;
  return NULL;
}

static int array_has(const cJSON *arr, const char *s)
{
  const cJSON *v;
  cJSON_ArrayForEach(v, arr)
    if (cJSON_IsString(v) && strcmp(v->valuestring, s) == 0) return 1;
  return 0;
}

/* Does the folded slice equal a folded phrase of the country? */
static int slice_names_country(const dg_gazetteer *gz, int ci, const char *slice)
{
  const dg_country *c = &gz->countries[ci];
  char *f = dg_fold_string(slice);
  int ok = 0;
  const dg_strv *lists[] = {&c->aliases, &c->demonyms, &c->capitals};
  char *n = dg_fold_string(c->name);
  ok = strcmp(f, n) == 0;
  dg_free(n);
  for (size_t l = 0; !ok && l < 3; l++)
    for (size_t i = 0; !ok && i < lists[l]->n; i++) {
      char *p = dg_fold_string(lists[l]->v[i]);
      ok = strcmp(f, p) == 0;
      dg_free(p);
    }
  dg_free(f);
  return ok;
}

/* Each evidence item: doc, start < end within the text, sentence contains the slice. */
static void check_evidence(const cJSON *ev, char *slice, size_t cap)
{
  assert_true(cJSON_IsArray(ev));
  assert_true(cJSON_GetArraySize(ev) >= 1);
  const cJSON *e;
  cJSON_ArrayForEach(e, ev) {
    assert_string_equal(str(e, "doc"), "article-1");
    const cJSON *s = item(e, "start"), *en = item(e, "end");
    assert_true(cJSON_IsNumber(s) && cJSON_IsNumber(en));
    assert_true(s->valueint >= 0 && s->valueint < en->valueint);
    assert_true((size_t)en->valueint <= strlen(ARTICLE));
    size_t n = (size_t)(en->valueint - s->valueint);
    assert_true(n < cap);
    memcpy(slice, ARTICLE + s->valueint, n);
    slice[n] = '\0';
    assert_non_null(str(e, "sentence"));
    assert_non_null(strstr(str(e, "sentence"), slice));
  }
}

static void test_export_top_level(void **state)
{
  e2e *t = *state;
  const cJSON *root = t->root;
  assert_int_equal(t->len, strlen(t->json));
  assert_int_equal(t->json[t->len - 1], '\n');
  assert_true(cJSON_IsTrue(item(root, "directed")));
  assert_true(cJSON_IsTrue(item(root, "multigraph")));
  const cJSON *graph = item(root, "graph");
  char gen[64];
  snprintf(gen, sizeof gen, "diplograph %s", dg_version());
  assert_string_equal(str(graph, "generator"), gen);
  const cJSON *docs = item(graph, "documents");
  assert_int_equal(cJSON_GetArraySize(docs), 1);
  const cJSON *d0 = cJSON_GetArrayItem(docs, 0);
  assert_string_equal(str(d0, "id"), "article-1");
  assert_string_equal(str(d0, "published"), "2024-03-14");
  assert_true(cJSON_IsNull(item(d0, "path")));
  assert_true(cJSON_IsNull(item(d0, "source")));
  assert_string_equal(str(d0, "reference_date"), "2024-03-14");
  assert_string_equal(str(d0, "reference_how"), "published");
  assert_true(cJSON_IsArray(item(root, "nodes")));
  assert_true(cJSON_IsArray(item(root, "links")));
  /* Every node has an id (unique), a kind and a label. */
  const cJSON *n, *m;
  cJSON_ArrayForEach(n, item(root, "nodes")) {
    assert_non_null(str(n, "id"));
    assert_non_null(str(n, "label"));
    const char *kind = str(n, "kind");
    assert_non_null(kind);
    assert_true(strcmp(kind, "country") == 0 || strcmp(kind, "person") == 0 || strcmp(kind, "meeting") == 0);
    int same = 0;
    cJSON_ArrayForEach(m, item(root, "nodes")) same += strcmp(str(m, "id"), str(n, "id")) == 0;
    assert_int_equal(same, 1);
  }
  /* Every link joins two nodes. */
  const cJSON *l;
  cJSON_ArrayForEach(l, item(root, "links")) {
    assert_non_null(str(l, "source"));
    assert_non_null(str(l, "target"));
    assert_non_null(str(l, "kind"));
    if (!node(root, str(l, "source")) || !node(root, str(l, "target")))
      print_error("dangling link %s -> %s\n", str(l, "source"), str(l, "target"));
    assert_non_null(node(root, str(l, "source")));
    assert_non_null(node(root, str(l, "target")));
  }
}

static void test_export_countries(void **state)
{
  e2e *t = *state;
  char slice[256];
  int ncountries = 0;
  const cJSON *n;
  cJSON_ArrayForEach(n, item(t->root, "nodes")) {
    if (strcmp(str(n, "kind"), "country") != 0) continue;
    ncountries++;
    const char *iso3 = str(n, "iso3");
    assert_non_null(iso3);
    char id[16];
    snprintf(id, sizeof id, "country:%s", iso3);
    assert_string_equal(str(n, "id"), id);
    int ci = dg_gazetteer_country(t->gz, iso3);
    assert_true(ci >= 0);
    assert_string_equal(str(n, "label"), t->gz->countries[ci].name);
    /* Each evidence slice names the country (name, alias, demonym or capital). */
    const cJSON *ev = item(n, "evidence"), *e;
    check_evidence(ev, slice, sizeof slice);
    cJSON_ArrayForEach(e, ev) {
      int s = item(e, "start")->valueint, en = item(e, "end")->valueint;
      memcpy(slice, ARTICLE + s, (size_t)(en - s));
      slice[en - s] = '\0';
      if (!slice_names_country(t->gz, ci, slice)) print_error("%s evidence [%s]\n", iso3, slice);
      assert_true(slice_names_country(t->gz, ci, slice));
    }
  }
  assert_int_equal(ncountries, 2);
  const cJSON *fra = node(t->root, "country:FRA"), *deu = node(t->root, "country:DEU");
  assert_non_null(fra);
  assert_non_null(deu);
  assert_string_equal(str(fra, "label"), "France");
  assert_string_equal(str(deu, "label"), "Germany");
  /* "French" at 0..6 is France's evidence. */
  const cJSON *e0 = cJSON_GetArrayItem(item(fra, "evidence"), 0);
  assert_int_equal(item(e0, "start")->valueint, 0);
  assert_int_equal(item(e0, "end")->valueint, 6);
  assert_string_equal(str(e0, "sentence"),
                      "French Foreign Minister Jane Example met her German counterpart, Jan Muster, in "
                      "Berlin on Tuesday.");
  /* "German" (45..51) is among Germany's. */
  int german = 0;
  const cJSON *e;
  cJSON_ArrayForEach(e, item(deu, "evidence"))
    german += item(e, "start")->valueint == 45 && item(e, "end")->valueint == 51;
  assert_int_equal(german, 1);
}

static void test_export_persons(void **state)
{
  e2e *t = *state;
  char slice[256];
  static const struct { const char *name, *iso3; int start; } want[] = {
    {"Jane Example", "FRA", 24}, {"Jan Muster", "DEU", 65}};
  int npersons = 0;
  const cJSON *n;
  cJSON_ArrayForEach(n, item(t->root, "nodes")) npersons += strcmp(str(n, "kind"), "person") == 0;
  assert_int_equal(npersons, 2);
  for (size_t i = 0; i < 2; i++) {
    const cJSON *p = NULL;
    cJSON_ArrayForEach(n, item(t->root, "nodes"))
      if (strcmp(str(n, "kind"), "person") == 0 && str(n, "name") && strcmp(str(n, "name"), want[i].name) == 0)
        p = n;
    if (!p) print_error("no person node named %s\n", want[i].name);
    assert_non_null(p);
    assert_true(strncmp(str(p, "id"), "person:", 7) == 0);
    assert_string_equal(str(p, "label"), want[i].name);
    assert_true(cJSON_IsArray(item(p, "aliases")));
    assert_string_equal(str(p, "country"), want[i].iso3);
    assert_string_equal(str(p, "role"), "foreign minister");
    assert_string_equal(str(p, "level"), "foreign");
    const cJSON *ev = item(p, "evidence");
    check_evidence(ev, slice, sizeof slice);
    const cJSON *e0 = cJSON_GetArrayItem(ev, 0);
    assert_int_equal(item(e0, "start")->valueint, want[i].start);
    assert_int_equal(item(e0, "end")->valueint, want[i].start + (int)strlen(want[i].name));
    /* It represents its country. */
    int links = 0;
    const cJSON *l;
    char cid[16];
    snprintf(cid, sizeof cid, "country:%s", want[i].iso3);
    cJSON_ArrayForEach(l, item(t->root, "links"))
      links += strcmp(str(l, "source"), str(p, "id")) == 0 && strcmp(str(l, "target"), cid) == 0 &&
               strcmp(str(l, "kind"), "represents") == 0;
    assert_int_equal(links, 1);
  }
}

static void test_export_meeting(void **state)
{
  e2e *t = *state;
  char slice[256];
  const cJSON *n, *m = NULL;
  int nmeetings = 0;
  cJSON_ArrayForEach(n, item(t->root, "nodes"))
    if (strcmp(str(n, "kind"), "meeting") == 0) { m = n; nmeetings++; }
  assert_int_equal(nmeetings, 1);
  assert_true(strncmp(str(m, "id"), "meeting:", 8) == 0);
  assert_string_equal(str(m, "mode"), "in-person");
  assert_string_equal(str(m, "date"), "2024-03-12"); /* the Tuesday before Thursday 2024-03-14 */
  assert_string_equal(str(m, "date_precision"), "day");
  assert_string_equal(str(m, "place"), "Berlin");
  const cJSON *countries = item(m, "countries");
  assert_int_equal(cJSON_GetArraySize(countries), 2);
  assert_true(array_has(countries, "FRA"));
  assert_true(array_has(countries, "DEU"));
  const cJSON *persons = item(m, "persons");
  assert_int_equal(cJSON_GetArraySize(persons), 2);
  const cJSON *v;
  cJSON_ArrayForEach(v, persons) {
    assert_true(cJSON_IsString(v));
    const cJSON *p = node(t->root, v->valuestring);
    assert_non_null(p);
    assert_string_equal(str(p, "kind"), "person");
  }
  assert_string_equal(str(m, "level"), "foreign");
  const cJSON *levels = item(m, "levels");
  assert_int_equal(cJSON_GetArraySize(levels), 1);
  assert_true(array_has(levels, "foreign"));
  assert_true(cJSON_IsNumber(item(m, "format")));
  assert_int_equal(item(m, "format")->valueint, 2);
  assert_string_equal(str(m, "status"), "held");
  const cJSON *ev = item(m, "evidence");
  check_evidence(ev, slice, sizeof slice);
  /* The meeting's evidence is its clause without the closing punctuation. */
  assert_string_equal(slice, "French Foreign Minister Jane Example met her German counterpart, Jan Muster, "
                             "in Berlin on Tuesday");
  assert_string_equal(str(cJSON_GetArrayItem(ev, 0), "sentence"),
                      "French Foreign Minister Jane Example met her German counterpart, Jan Muster, "
                      "in Berlin on Tuesday.");
  /* Countries and persons attend it. */
  int attended = 0;
  const cJSON *l;
  cJSON_ArrayForEach(l, item(t->root, "links"))
    if (strcmp(str(l, "target"), str(m, "id")) == 0) {
      assert_string_equal(str(l, "kind"), "attended");
      attended++;
    }
  assert_int_equal(attended, 4);
}

static void test_export_not_built(void **state)
{
  (void)state;
  dg_graph *g = NULL;
  char *out = (char *)1;
  assert_int_equal(dg_graph_new(&g), 0);
  assert_int_equal(dg_export_json(&out, NULL, g), DG_EARG);
  assert_null(out);
  dg_graph_free(g);
  dg_graph_free(NULL);
}

static void test_export_empty_graph(void **state)
{
  (void)state;
  dg_gazetteer *gz = NULL;
  dg_graph *g = NULL;
  char *out = NULL;
  size_t len = 0;
  assert_int_equal(dg_gazetteer_new(&gz), 0);
  assert_int_equal(dg_graph_new(&g), 0);
  assert_int_equal(dg_graph_build(g, gz), 0);
  assert_int_equal(dg_export_json(&out, &len, g), 0);
  cJSON *root = cJSON_ParseWithLength(out, len);
  assert_non_null(root);
  assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(root, "nodes")), 0);
  assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(root, "links")), 0);
  const cJSON *graph = cJSON_GetObjectItemCaseSensitive(root, "graph");
  assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(graph, "documents")), 0);
  cJSON_Delete(root);
  dg_string_free(out);
  dg_graph_free(g);
  dg_gazetteer_free(gz);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_json_parse_ok),
    cmocka_unit_test(test_json_parse_errors),
    cmocka_unit_test(test_json_trailing_garbage),
    cmocka_unit_test(test_json_duplicate_keys),
    cmocka_unit_test(test_json_depth),
    cmocka_unit_test(test_json_load_file),
    cmocka_unit_test(test_buf_basic),
    cmocka_unit_test(test_buf_printf_growth),
    cmocka_unit_test(test_buf_detach_empty),
    cmocka_unit_test(test_buf_sticky_failure),
    cmocka_unit_test(test_strmap_basic),
    cmocka_unit_test(test_strmap_embedded_bytes),
    cmocka_unit_test(test_strmap_growth),
    cmocka_unit_test_setup_teardown(test_export_top_level, setup_e2e, teardown_e2e),
    cmocka_unit_test_setup_teardown(test_export_countries, setup_e2e, teardown_e2e),
    cmocka_unit_test_setup_teardown(test_export_persons, setup_e2e, teardown_e2e),
    cmocka_unit_test_setup_teardown(test_export_meeting, setup_e2e, teardown_e2e),
    cmocka_unit_test(test_export_not_built),
    cmocka_unit_test(test_export_empty_graph),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
