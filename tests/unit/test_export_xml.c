/* The GraphML, GEXF and CSV writers (export/graphml.c, gexf.c, csv.c,
 * xml_util.c) on graphs built from invented articles through the public API:
 * text XML 1.0 cannot hold, well-formedness (libxml2's parser), GEXF 1.3
 * validity (the RELAX NG schema in tests/data/export/gexf-1.3), the GraphML
 * key ids and edge direction per view, CSV quoting and formula neutralising,
 * determinism, libxml2 failures as DG_EDEP, and allocation failures.
 *
 * The hostile names come from tests/data/export/hostile-gazetteer.json (the
 * extractor takes only letters into the names it finds in text). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "export/writers.h"
#include "export/xml_util.h"
#include "graph/view.h"
#include "util/buf.h"
#include "support.h"

void dg_alloc_fail_after(long n); /* util/alloc.c, for tests */

/* ------------------------------------------------------------------ harness */

static dg_gazetteer *gz;
static dg_graph *graph;

static const char plain[] =
  "Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergei Lavrov in Moscow "
  "on 28 December 2022.\n\nCavusoglu and Lavrov met again in Ankara on 10 January 2023.\n";

static void add_doc(dg_graph *g, dg_document *d)
{
  dg_extraction *x = NULL;
  assert_int_equal(dg_extract(&x, gz, d, NULL), 0);
  assert_int_equal(dg_graph_add(g, x), 0);
  dg_extraction_free(x);
  dg_document_free(d);
}

static int setup(void **state)
{
  dg_document *d = NULL;
  (void)state;
  assert_int_equal(dg_gazetteer_new(&gz), 0);
  assert_int_equal(dg_gazetteer_add_file(gz, test_data_path("export", "hostile-gazetteer.json")), 0);
  assert_int_equal(dg_graph_new(&graph), 0);
  assert_int_equal(dg_document_from_memory(&d, "plain", plain, strlen(plain)), 0);
  assert_int_equal(dg_document_set_published(d, "2023-01-11"), 0);
  add_doc(graph, d);
  assert_int_equal(dg_document_load(&d, test_data_path("export", "hostile-article.txt"), "hostile"), 0);
  assert_int_equal(dg_document_set_published(d, "2024-03-06"), 0);
  add_doc(graph, d);
  assert_int_equal(dg_graph_build(graph, gz), 0);
  return 0;
}

static int teardown(void **state)
{
  (void)state;
  dg_graph_free(graph);
  dg_gazetteer_free(gz);
  return 0;
}

typedef int (*writer_fn)(dg_buf *, const dg_view *);

/* The writer's output for a view (malloc'd, NUL-terminated). */
/* GEXF in the default version, 1.2draft. */
static int write_gexf12(dg_buf *out, const dg_view *v) { return dg_write_gexf(out, v, 12); }
static int write_gexf13(dg_buf *out, const dg_view *v) { return dg_write_gexf(out, v, 13); }

static char *write_view(writer_fn w, dg_view_kind kind, size_t *len)
{
  dg_view *v = NULL;
  dg_buf b = DG_BUF_INIT;
  assert_int_equal(dg_view_build(&v, graph, kind), 0);
  assert_int_equal(w(&b, v), 0);
  dg_view_free(v);
  char *s = dg_buf_detach(&b, len);
  assert_non_null(s);
  return s;
}

static xmlDocPtr parse(const char *s, size_t len)
{
  xmlDocPtr doc = xmlReadMemory(s, (int)len, "export.xml", NULL, XML_PARSE_NONET);
  if (!doc) fail_msg("not well-formed XML:\n%s", s);
  return doc;
}

static size_t count_elements(xmlNodePtr n, const char *name)
{
  size_t c = 0;
  for (; n; n = n->next)
    if (n->type == XML_ELEMENT_NODE)
      c += (strcmp((const char *)n->name, name) == 0) + count_elements(n->children, name);
  return c;
}

/* ------------------------------------------------------------------ clean */

static void clean_text(void **state)
{
  dg_buf b = DG_BUF_INIT;
  const char *ok = "tab\there\r\nline \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xEF\xBF\xBD <&>";
  (void)state;
  assert_ptr_equal(dg_xml_clean(&b, ok), ok); /* nothing to do: no copy */
  assert_string_equal(dg_xml_clean(&b, "a\x01" "b\x1F" "c\x7F"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\x7F");
  assert_string_equal(dg_xml_clean(&b, "x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "x\xEF\xBF\xBDy\xEF\xBF\xBDz");
  /* invalid UTF-8: a lone continuation, a truncated sequence, an overlong
   * form, a surrogate, beyond U+10FFFF: each byte becomes U+FFFD */
  assert_string_equal(dg_xml_clean(&b, "\x80"), "\xEF\xBF\xBD");
  assert_string_equal(dg_xml_clean(&b, "a\xE2\x82"), "a\xEF\xBF\xBD\xEF\xBF\xBD");
  assert_string_equal(dg_xml_clean(&b, "\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  assert_string_equal(dg_xml_clean(&b, "\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  assert_string_equal(dg_xml_clean(&b, "\xF4\x90\x80\x80"),
                      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  dg_buf_free(&b);
}

static void numbers(void **state)
{
  char b[32];
  (void)state;
  dg_export_number(b, 14);
  assert_string_equal(b, "14");
  dg_export_number(b, 0.5);
  assert_string_equal(b, "0.5");
  dg_export_number(b, NAN);
  assert_string_equal(b, "0");
}

/* ---------------------------------------------------------------- GraphML */

static void graphml_views(void **state)
{
  (void)state;
  for (int k = DG_VIEW_FULL; k <= DG_VIEW_TIMELINE; k++) {
    size_t len;
    dg_view *v = NULL;
    char *s = write_view(dg_write_graphml, (dg_view_kind)k, &len);
    xmlDocPtr doc = parse(s, len);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    assert_string_equal((const char *)root->name, "graphml");
    assert_non_null(strstr(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert_non_null(strstr(s, "<key id=\"k_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
    assert_non_null(strstr(s, "<key id=\"ke_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"));
    assert_null(strstr(s, "id=\"d0\""));
    int directed = k == DG_VIEW_FULL || k == DG_VIEW_TIMELINE;
    assert_non_null(strstr(s, directed ? "edgedefault=\"directed\"" : "edgedefault=\"undirected\""));
    assert_int_equal(dg_view_build(&v, graph, (dg_view_kind)k), 0);
    assert_int_equal(count_elements(root, "node"), v->nnodes);
    assert_int_equal(count_elements(root, "edge"), v->nedges);
    dg_view_free(v);
    xmlFreeDoc(doc);
    free(s);
  }
}

static void graphml_hostile(void **state)
{
  size_t len;
  (void)state;
  char *s = write_view(dg_write_graphml, DG_VIEW_FULL, &len);
  xmlFreeDoc(parse(s, len));
  assert_non_null(strstr(s, "<data key=\"k_label\">Jan &lt;Muster&gt; &amp; Co</data>"));
  assert_non_null(strstr(s, "it's\ttab\xEF\xBF\xBD" "ctl")); /* U+0001 replaced */
  assert_non_null(strstr(s, "]]&gt;"));
  assert_null(strstr(s, "\x01"));
  assert_null(strstr(s, "&#1;"));
  free(s);
}

/* ------------------------------------------------------------------- GEXF */

static void gexf_valid(void **state)
{
  (void)state;
  xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewParserCtxt(test_data_path("export", "gexf-1.3/gexf.rng"));
  xmlRelaxNGPtr schema = xmlRelaxNGParse(pc);
  assert_non_null(schema);
  for (int k = DG_VIEW_FULL; k <= DG_VIEW_TIMELINE; k++) {
    size_t len;
    char *s = write_view(write_gexf13, (dg_view_kind)k, &len);
    xmlDocPtr doc = parse(s, len);
    xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(schema);
    if (xmlRelaxNGValidateDoc(vc, doc) != 0) fail_msg("not valid GEXF 1.3:\n%s", s);
    assert_non_null(strstr(s, "<graph mode=\"dynamic\""));
    assert_non_null(strstr(s, "timeformat=\"date\""));
    assert_null(strstr(s, "lastmodifieddate"));
    if (k == DG_VIEW_FULL || k == DG_VIEW_TIMELINE) /* the meeting of 28 December 2022 */
      assert_non_null(strstr(s, "start=\"2022-12-28\""));
    xmlRelaxNGFreeValidCtxt(vc);
    xmlFreeDoc(doc);
    free(s);
  }
  xmlRelaxNGFree(schema);
  xmlRelaxNGFreeParserCtxt(pc);
}

/* A represents edge has no date of its own: it starts with its later end. */
static void gexf_edge_starts(void **state)
{
  size_t len;
  (void)state;
  char *s = write_view(write_gexf12, DG_VIEW_FULL, &len);
  const char *e = strstr(s, "source=\"person:jane-example\" target=\"country:XAB\"");
  assert_non_null(e);
  const char *end = strchr(e, '>');
  assert_non_null(strstr(e, "start=\"2024-03-04\""));
  assert_true(strstr(e, "start=\"2024-03-04\"") < end);
  free(s);
}

/* -------------------------------------------------------------------- CSV */

static void csv_tables(void **state)
{
  size_t len;
  (void)state;
  char *s = write_view(dg_write_csv_nodes, DG_VIEW_FULL, &len);
  assert_true(strncmp(s, "id,label,kind,iso3,", 19) == 0);
  assert_non_null(strstr(s, ",r,g,b,size,start\r\n"));
  assert_true(len >= 2 && s[len - 2] == '\r' && s[len - 1] == '\n');
  assert_non_null(strstr(s, "\r\ncountry:XAB,'=cmd|' /C calc'!A0,country,"));
  assert_non_null(strstr(s, "\r\ncountry:XAC,\"'@SUM(1) \"\"Quoted\"\" <Land> & Co ]]> it's\ttab\x01" "ctl\","));
  assert_non_null(strstr(s, "\r\ncountry:XAD,\"'-2+3, \"\"x\"\"\r\nline two"));
  assert_non_null(strstr(s, "\r\ncountry:XAE,'\t+Tabbed,"));
  free(s);
  s = write_view(dg_write_csv_edges, DG_VIEW_FULL, &len);
  assert_true(strncmp(s, "id,source,target,kind,meeting,", 30) == 0);
  assert_non_null(strstr(s, ",weight,start\r\n"));
  assert_non_null(strstr(s, "\r\ne0,"));
  free(s);
}

/* ------------------------------------------------------- whole-run checks */

static void deterministic(void **state)
{
  static const writer_fn writers[] = {dg_write_graphml, write_gexf12, dg_write_csv_nodes, dg_write_csv_edges};
  (void)state;
  for (size_t w = 0; w < 4; w++) {
    size_t n1, n2;
    char *a = write_view(writers[w], DG_VIEW_ACTORS, &n1), *b = write_view(writers[w], DG_VIEW_ACTORS, &n2);
    assert_int_equal(n1, n2);
    assert_memory_equal(a, b, n1);
    free(a);
    free(b);
  }
}

/* A libxml2 failure (here: closing an element never opened) is DG_EDEP with
 * libxml2 named, and the caller's error handler is back afterwards. */
static void libxml2_failure(void **state)
{
  dg_xml x;
  dg_buf out = DG_BUF_INIT;
  (void)state;
  xmlStructuredErrorFunc before = xmlStructuredError;
  assert_int_equal(dg_xml_open(&x), 0);
  dg_xml_end(&x);
  dg_xml_start(&x, "ignored"); /* sticky: nothing happens after a failure */
  assert_int_equal(dg_xml_close(&x, &out), DG_EDEP);
  assert_non_null(strstr(dg_error_last()->message, "libxml2"));
  assert_int_equal(out.len, 0);
  assert_true(xmlStructuredError == before);
  dg_buf_free(&out);
}

static void out_of_memory(void **state)
{
  static const writer_fn writers[] = {dg_write_graphml, write_gexf12, dg_write_csv_nodes, dg_write_csv_edges};
  (void)state;
  for (size_t w = 0; w < 4; w++) {
    dg_view *v = NULL;
    int done = 0;
    assert_int_equal(dg_view_build(&v, graph, DG_VIEW_FULL), 0);
    for (long n = 1; n < 100000 && !done; n++) {
      dg_buf b = DG_BUF_INIT;
      dg_alloc_fail_after(n);
      int rc = writers[w](&b, v);
      dg_alloc_fail_after(0);
      if (rc) assert_int_equal(rc, DG_ENOMEM);
      else done = 1;
      dg_buf_free(&b);
    }
    assert_true(done);
    dg_view_free(v);
  }
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(clean_text),      cmocka_unit_test(numbers),
    cmocka_unit_test(graphml_views),   cmocka_unit_test(graphml_hostile),
    cmocka_unit_test(gexf_valid),      cmocka_unit_test(gexf_edge_starts),
    cmocka_unit_test(csv_tables),      cmocka_unit_test(deterministic),
    cmocka_unit_test(libxml2_failure), cmocka_unit_test(out_of_memory),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
