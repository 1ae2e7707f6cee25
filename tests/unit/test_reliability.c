/* Issue 18 (the second reliability audit): the library-side reproducers.
 * Invented text only. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "diplograph.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void dg_alloc_fail_after(long n);

static const char article[] =
  "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Prado in Lima on 3 May 2021.\n";

/* A built graph of one invented article; `extra` is appended to its text. */
static dg_graph *graph_of(dg_gazetteer **gz, const char *extra)
{
  char text[512];
  snprintf(text, sizeof text, "%s%s", article, extra);
  dg_document *d = NULL;
  dg_extraction *x = NULL;
  dg_graph *g = NULL;
  assert_int_equal(dg_gazetteer_new(gz), 0);
  assert_int_equal(dg_document_from_memory(&d, "doc", text, strlen(text)), 0);
  assert_int_equal(dg_document_set_published(d, "2021-05-04"), 0);
  assert_int_equal(dg_extract(&x, *gz, d, NULL), 0);
  assert_int_equal(dg_graph_new(&g), 0);
  assert_int_equal(dg_graph_add(g, x), 0);
  assert_int_equal(dg_graph_build(g, *gz), 0);
  dg_extraction_free(x);
  dg_document_free(d);
  return g;
}

static char *export_as(const dg_graph *g, dg_format f, size_t *len)
{
  dg_export_options o = DG_EXPORT_OPTIONS_INIT;
  char *out = NULL;
  o.format = f;
  assert_int_equal(dg_export(&out, len, g, &o), 0);
  return out;
}

/* Finding 8: a second render in one process read freed memory in
 * Graphviz's pango plugin (the sanitizer build reports it); every render
 * must also give the same bytes. */
static void render_twice(void **state)
{
  (void)state;
  dg_gazetteer *gz = NULL;
  dg_graph *g = graph_of(&gz, "");
  static const dg_format formats[] = {DG_FORMAT_SVG, DG_FORMAT_PNG, DG_FORMAT_HTML, DG_FORMAT_PDF};
  for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
    size_t a = 0, b = 0;
    char *one = export_as(g, formats[f], &a), *two = export_as(g, formats[f], &b);
    assert_true(a > 100);
    if (formats[f] != DG_FORMAT_PDF) { /* a PDF holds its creation time */
      assert_int_equal(a, b);
      assert_memory_equal(one, two, a);
    }
    dg_string_free(one);
    dg_string_free(two);
  }
  dg_graph_free(g);
  dg_gazetteer_free(gz);
}

/* Finding 6: the report held DEL, noncharacters and CR (as "&#13;") that an
 * HTML5 parser rejects. */
static void report_html5_safe(void **state)
{
  (void)state;
  dg_gazetteer *gz = NULL;
  dg_graph *g = graph_of(&gz, "Kenyan Foreign Minister Ida Wanjiru met Ghanaian Foreign Minister Kofi Mensah "
                              "in Nairobi on 4 May 2021 \x7f \xef\xb7\x90 \xef\xbf\xbf \xc2\x85 end.\r\n");
  size_t len = 0;
  char *html = export_as(g, DG_FORMAT_HTML, &len);
  assert_non_null(strstr(html, "Wanjiru")); /* the sentence is in the report */
  assert_null(memchr(html, 0x7f, len));
  assert_null(memchr(html, '\r', len));
  assert_null(strstr(html, "&#13;"));
  assert_null(strstr(html, "\xef\xb7\x90"));
  assert_null(strstr(html, "\xef\xbf\xbf"));
  assert_null(strstr(html, "\xc2\x85"));
  dg_string_free(html);
  dg_graph_free(g);
  dg_gazetteer_free(gz);
}

/* A valid extraction line of the article, with `from` replaced by `to`. */
static char *line_with(const char *from, const char *to, size_t *len)
{
  dg_gazetteer *gz = NULL;
  dg_document *d = NULL;
  dg_extraction *x = NULL;
  char *line = NULL;
  assert_int_equal(dg_gazetteer_new(&gz), 0);
  assert_int_equal(dg_document_from_memory(&d, "doc", article, strlen(article)), 0);
  assert_int_equal(dg_extract(&x, gz, d, NULL), 0);
  assert_int_equal(dg_export_extraction(&line, len, x), 0);
  dg_extraction_free(x);
  dg_document_free(d);
  dg_gazetteer_free(gz);
  char *at = strstr(line, from);
  assert_non_null(at);
  size_t fl = strlen(from), tl = strlen(to);
  char *r = malloc(*len - fl + tl + 1);
  memcpy(r, line, (size_t)(at - line));
  memcpy(r + (at - line), to, tl);
  strcpy(r + (at - line) + tl, at + fl);
  *len = *len - fl + tl;
  dg_string_free(line);
  return r;
}

static void parse_rejects(const char *from, const char *to)
{
  size_t len;
  char *l = line_with(from, to, &len);
  dg_extraction *x = NULL;
  int rc = dg_extraction_parse(&x, l, len, "test");
  if (rc != DG_EDATA) fail_msg("%s -> %s: %d, expected DG_EDATA", from, to, rc);
  assert_null(x);
  free(l);
}

/* Finding 6: merge took invalid UTF-8 inside strings, codes that are not
 * ISO codes (U+FEFF), offsets beyond any size (undefined casts), and cut
 * fixed-size fields in the middle of a character. */
static void extraction_line_checked(void **state)
{
  (void)state;
  size_t len;
  char *ok = line_with("\"CHL\"", "\"CHL\"", &len);
  dg_extraction *x = NULL;
  assert_int_equal(dg_extraction_parse(&x, ok, len, "test"), 0); /* the unchanged line is fine */
  dg_extraction_free(x);
  free(ok);
  parse_rejects("Soto", "S\xffto");                      /* invalid UTF-8, raw */
  parse_rejects("Soto", "S\\udc80to");                  /* a lone surrogate, escaped */
  parse_rejects("\"iso3\":\"CHL\"", "\"iso3\":\"\\ufeff\"");
  parse_rejects("\"iso3\":\"CHL\"", "\"iso3\":\"chl\"");
  parse_rejects("\"start\":0", "\"start\":1e300");
  parse_rejects("\"start\":0", "\"start\":0.5");
  parse_rejects("\"id\":\"doc\"", "\"id\":\"doc\",\"reference_date\":\"2021-05-0\xc3\xa9\"");
}

/* Finding 6: a raw NUL byte in an NDJSON line made the next record vanish
 * and shifted the line numbers (fgets + strlen). */
static void ndjson_nul(void **state)
{
  (void)state;
  char path[] = "/tmp/dg-test-ndjson-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  static const char data[] = "{\"id\":\"a\",\"text\":\"x\0y\"}\n{\"id\":\"b\",\"text\":\"Kenya.\"}\n";
  assert_int_equal(write(fd, data, sizeof data - 1), (ssize_t)(sizeof data - 1));
  close(fd);
  dg_ndjson *r = NULL;
  dg_document *d = NULL;
  assert_int_equal(dg_ndjson_open(&r, path), 0);
  assert_true(dg_ndjson_next(r, &d) < 0); /* line 1: the NUL */
  assert_int_equal(dg_error_last()->line, 1);
  assert_int_equal(dg_ndjson_next(r, &d), 1); /* line 2 is still read */
  assert_string_equal(dg_document_id(d), "b");
  dg_document_free(d);
  assert_int_equal(dg_ndjson_next(r, &d), 0);
  dg_ndjson_close(r);
  unlink(path);
}

/* Finding 5: under allocation failure the NDJSON reader said "record: out
 * of memory" as bad data (DG_EDATA) instead of DG_ENOMEM. */
static void ndjson_enomem(void **state)
{
  (void)state;
  char path[] = "/tmp/dg-test-ndjson-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  static const char data[] = "{\"id\":\"a\",\"published\":\"2021-05-04\",\"source\":\"s\",\"text\":\"Chile and Peru.\"}\n";
  assert_int_equal(write(fd, data, sizeof data - 1), (ssize_t)(sizeof data - 1));
  close(fd);
  int failures = 0;
  for (long n = 1;; n++) {
    dg_ndjson *r = NULL;
    dg_document *d = NULL;
    dg_alloc_fail_after(n);
    int rc = dg_ndjson_open(&r, path);
    if (rc == 0) rc = dg_ndjson_next(r, &d);
    dg_alloc_fail_after(0);
    dg_document_free(d);
    dg_ndjson_close(r);
    if (rc == 1) break; /* past the last allocation */
    if (rc != DG_ENOMEM) fail_msg("allocation %ld failing gave %d (%s), not DG_ENOMEM", n, rc, dg_error_last()->message);
    failures++;
  }
  assert_true(failures > 3);
  unlink(path);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(render_twice),
    cmocka_unit_test(report_html5_safe),
    cmocka_unit_test(extraction_line_checked),
    cmocka_unit_test(ndjson_nul),
    cmocka_unit_test(ndjson_enomem),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
