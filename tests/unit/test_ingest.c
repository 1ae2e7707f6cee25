/* Unit tests for reading extraction lines (merge/ingest.c, ingest_fast.c):
 * the writer's lines are read without a cJSON tree, and what that fast path
 * reads must be what the general path reads. Lines of the example articles
 * and invented ones (a url, a postponed meeting, escapes, aliases, nulls):
 * the fast path takes them, both paths read them alike, and an example's
 * line reads back to itself. Then
 * thousands of random edits of those lines (bytes deleted, inserted or
 * replaced: quotes, backslashes, \u, digits, signs, exponents, brackets,
 * keys doubled or dropped): the fast path and the general path alone give
 * the same records (the same line written back) or the same error. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "merge/ingest.h"
#include "model/model.h"
#include "util/error.h"

static const char *const made[] = {
  "{\"id\":\"inv-1\",\"path\":null,\"published\":\"2019-04-02\",\"source\":\"Wire \\\"A\\\"\\n\\t/\\\\\","
  "\"url\":\"https:\\/\\/example.org\\/a?b=1\",\"reference_date\":\"2019-04-02\",\"reference_how\":\"published\","
  "\"countries\":[{\"iso3\":\"KEN\",\"actor\":true,\"evidence\":[{\"start\":0,\"end\":5,\"sentence\":\"Kenya and "
  "Chile met.\"}]},{\"iso3\":\"CHL\",\"actor\":false,\"evidence\":[{\"start\":10,\"end\":15,\"sentence\":\"Kenya and "
  "Chile met.\"},{\"start\":0,\"end\":2,\"sentence\":\"Ol\xc3\xa1 \\\"x\\\"\"}]}],"
  "\"persons\":[{\"name\":\"Aro Velt\",\"aliases\":[\"Velt\",\"A. Velt\"],\"country\":\"KEN\",\"role\":\"foreign "
  "minister\",\"level\":\"foreign\",\"nonstate\":false,\"evidence\":[{\"start\":3,\"end\":9,\"sentence\":\"x\"}]},"
  "{\"name\":\"Mira Kol\",\"aliases\":[],\"country\":null,\"role\":null,\"level\":null,\"nonstate\":true,"
  "\"evidence\":[]}],"
  "\"meetings\":[{\"mode\":\"call\",\"date\":[2019,4,0],\"date_precision\":2,\"date_how\":\"absolute\","
  "\"date_weak\":false,\"place\":null,\"countries\":[\"CHL\",\"KEN\"],\"persons\":[1,0],\"levels\":4,"
  "\"format_said\":0,\"sideline\":false,\"postponed\":true,\"status\":\"planned\",\"evidence\":[{\"start\":0,"
  "\"end\":15,\"sentence\":\"Kenya and Chile met.\"}]},{\"mode\":\"in-person\",\"date\":[0,0,0],"
  "\"date_precision\":0,\"date_how\":null,\"date_weak\":true,\"place\":\"Valdoria\",\"countries\":[],"
  "\"persons\":[],\"levels\":0,\"format_said\":3,\"sideline\":true,\"status\":\"held\",\"evidence\":[{\"start\":1,"
  "\"end\":1,\"sentence\":\"\"}]}]}\n",
  "{\"id\":\"inv-2\",\"path\":\"a/b.txt\",\"published\":null,\"source\":null,\"reference_date\":\"\","
  "\"reference_how\":\"none\",\"countries\":[],\"persons\":[],\"meetings\":[]}\n",
};

static uint64_t seed = 0x9e3779b97f4a7c15ULL;
static unsigned rnd(unsigned n)
{
  seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
  return (unsigned)(seed % n);
}

/* The line written back, or the error: "E<code>:<message>". */
static char *outcome(const char *line, size_t len, int fast)
{
  dg_extraction *x = NULL;
  int rc = dg_ingest__parse(&x, line, len, "t", fast);
  if (rc < 0) {
    char *e = malloc(600);
    assert_non_null(e);
    snprintf(e, 600, "E%d:%s", rc, dg_error_last()->message);
    return e;
  }
  char *out = NULL;
  size_t n = 0;
  assert_int_equal(dg_export_extraction(&out, &n, x), 0);
  dg_extraction_free(x);
  char *copy = strdup(out);
  dg_string_free(out);
  return copy;
}

static size_t nlines;
static char *lines[64];

static void add_line(char *s)
{
  if (nlines < sizeof lines / sizeof *lines) lines[nlines++] = s;
  else free(s);
}

/* The examples' extraction lines, and the invented ones. */
static void collect(void)
{
  const char *dir = getenv("DG_EXAMPLES");
  dg_gazetteer *gz = NULL;
  for (size_t i = 0; i < sizeof made / sizeof *made; i++) add_line(strdup(made[i]));
  assert_int_equal(dg_gazetteer_new(&gz), 0);
  DIR *d = dir ? opendir(dir) : NULL;
  struct dirent *e;
  while (d && (e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0) continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    dg_document *doc = NULL;
    dg_extraction *x = NULL;
    dg_extract_options o = DG_EXTRACT_OPTIONS_INIT;
    char *out = NULL;
    size_t n = 0;
    o.default_date = "2023-06-01";
    assert_int_equal(dg_document_load(&doc, path, NULL), 0);
    assert_int_equal(dg_extract(&x, gz, doc, &o), 0);
    assert_int_equal(dg_export_extraction(&out, &n, x), 0);
    add_line(strdup(out));
    dg_string_free(out);
    dg_extraction_free(x);
    dg_document_free(doc);
  }
  if (d) closedir(d);
  dg_gazetteer_free(gz);
  assert_true(nlines >= 4); /* the examples were found */
}

static void test_writer_lines_fast_and_same(void **state)
{
  (void)state;
  for (size_t i = 0; i < nlines; i++) {
    dg_ingest c;
    dg_records r;
    memset(&c, 0, sizeof c);
    memset(&r, 0, sizeof r);
    size_t len = strlen(lines[i]);
    assert_int_equal(dg_ingest__fast(&c, &r, lines[i], len), 1); /* the fast path takes it */
    dg_ingest__free(&c);
    dg_records_free(&r);
    char *a = outcome(lines[i], len, 1), *b = outcome(lines[i], len, 0);
    assert_string_equal(a, b);
    /* the examples' lines are the writer's own: they read back to themselves
     * (the invented ones spell some escapes otherwise, "\/") */
    if (i >= sizeof made / sizeof *made) assert_string_equal(a, lines[i]);
    free(a);
    free(b);
  }
}

static void mutate(char *s, size_t *len, size_t cap)
{
  static const char *const bits[] = {"\"", "\\", "\\u0041", "\\u0000", ",", "}", "]", "[", "{", "0", "9", "-", ".5",
                                      "e3", " ", "null", "true", "1e400", "12345678901234567890", "\x01",
                                      "\"id\":\"z\",", "\"extra\":1,", "\"start\":0,", "\"url\":null,",
                                      "\"postponed\":1,", "\xc3\xa9", "\xff"};
  size_t at = rnd((unsigned)*len + 1);
  switch (rnd(3)) {
  case 0: { /* delete 1..8 bytes */
    size_t n = 1 + rnd(8);
    if (at + n > *len) n = *len - at;
    memmove(s + at, s + at + n, *len - at - n + 1);
    *len -= n;
    break;
  }
  case 1: { /* insert */
    const char *b = bits[rnd(sizeof bits / sizeof *bits)];
    size_t n = strlen(b);
    if (*len + n + 1 > cap) return;
    memmove(s + at + n, s + at, *len - at + 1);
    memcpy(s + at, b, n);
    *len += n;
    break;
  }
  default: /* replace a digit by another, or a byte by a bit's first */
    if (at < *len) s[at] = s[at] >= '0' && s[at] <= '9' ? (char)('0' + rnd(10)) : bits[rnd(sizeof bits / sizeof *bits)][0];
  }
}

static void test_edits_read_alike(void **state)
{
  (void)state;
  size_t same_ok = 0, same_err = 0;
  for (size_t i = 0; i < nlines; i++) {
    size_t base = strlen(lines[i]), cap = base + 512;
    char *s = malloc(cap);
    assert_non_null(s);
    for (int k = 0; k < 1500; k++) {
      size_t len = base;
      memcpy(s, lines[i], base + 1);
      for (int m = 1 + (int)rnd(3); m > 0; m--) mutate(s, &len, cap);
      char *a = outcome(s, len, 1), *b = outcome(s, len, 0);
      if (strcmp(a, b) != 0) fail_msg("line %zu, edit %d: fast '%.300s' general '%.300s'", i, k, a, b);
      if (a[0] == 'E') same_err++;
      else same_ok++;
      free(a);
      free(b);
    }
    free(s);
  }
  assert_true(same_ok > 100); /* edits that keep a valid line (a digit, a space) */
  assert_true(same_err > 100);
}

int main(void)
{
  collect();
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_writer_lines_fast_and_same),
    cmocka_unit_test(test_edits_read_alike),
  };
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  for (size_t i = 0; i < nlines; i++) free(lines[i]);
  return rc;
}
