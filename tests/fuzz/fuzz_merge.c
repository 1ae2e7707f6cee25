/* libFuzzer target: the input is a stream of extraction lines (what
 * `diplograph extract` writes and `merge` reads), one per '\n'.
 *
 * Each line -> dg_extraction_parse -> dg_graph_add; dg_graph_build; then
 * every format: JSON, DOT, GraphML, GEXF, CSV (nodes and edges), SVG, the
 * HTML report, PNG, PDF, and dg_graph_stats. The drawn formats (SVG, report,
 * PNG, PDF) cost about a second under the sanitizers, so they are made for
 * one input in eight, chosen by a hash of the input (a reproducer replays
 * the same way).
 * Oracles beyond "no crash, no leak, no hang":
 *  - well-formed output: the JSON parses (cJSON), GraphML, GEXF, SVG and the
 *    report parse as XML (libxml2), the DOT parses (cgraph), every CSV record
 *    has the header's number of fields, PNG and PDF start with their magic;
 *  - the order of lines does not matter: the same lines added last to first
 *    give the same JSON bytes (checked when every parsed line was added, so
 *    that a repeated document id, refused in either order, does not count);
 *  - a merge tree is exact: each parsed line written again
 *    (dg_export_extraction, what `merge --partial` writes) reads back to a
 *    record that writes the same bytes, and the records read back give the
 *    same JSON graph as the originals.
 *
 * Public API only, plus cJSON, libxml2 and cgraph as readers. Built by
 * tools/fuzz with clang -fsanitize=fuzzer, and with gcc + replay.c under ctest. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <graphviz/cgraph.h>
#include <libxml/parser.h>

#include "diplograph.h"

#define MAX_LINES 32

static dg_gazetteer *g_gz;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void quiet(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  if (dg_gazetteer_new(&g_gz) != 0) abort();
  xmlInitParser();
  xmlSetGenericErrorFunc(NULL, quiet);
  return 0;
}

static void check_xml(const char *s, size_t len, const char *what)
{
  xmlDocPtr d = xmlReadMemory(s, (int)len, what, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!d) { fprintf(stderr, "fuzz_merge: %s is not well-formed XML\n", what); abort(); }
  xmlFreeDoc(d);
}

/* RFC 4180: every record has as many fields as the header. */
static void check_csv(const char *s, size_t len)
{
  long fields = 1, want = -1;
  int quoted = 0;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < len && s[i + 1] == '"') i++;
      else if (c == '"') quoted = 0;
    } else if (c == '"') quoted = 1;
    else if (c == ',') fields++;
    else if (c == '\n') {
      if (want < 0) want = fields;
      else if (fields != want) { fprintf(stderr, "fuzz_merge: CSV record of %ld fields, header %ld\n", fields, want); abort(); }
      fields = 1;
    }
  }
  if (quoted) { fprintf(stderr, "fuzz_merge: CSV ends inside quotes\n"); abort(); }
}

static void check_dot(char *s)
{
  Agraph_t *g = agmemread(s);
  if (!g) { fprintf(stderr, "fuzz_merge: DOT does not parse\n"); abort(); }
  agclose(g);
}

static void export_checked(const dg_graph *g, dg_format f)
{
  dg_export_options o = DG_EXPORT_OPTIONS_INIT;
  char *out = NULL;
  size_t len = 0;
  o.format = f;
  if (dg_export(&out, &len, g, &o) != 0) { dg_string_free(out); return; }
  if (!out) abort();
  switch (f) {
  case DG_FORMAT_GRAPHML: check_xml(out, len, "GraphML"); break;
  case DG_FORMAT_GEXF: check_xml(out, len, "GEXF"); break;
  case DG_FORMAT_SVG: check_xml(out, len, "SVG"); break;
  case DG_FORMAT_HTML: check_xml(out, len, "report"); break;
  case DG_FORMAT_CSV: case DG_FORMAT_CSV_EDGES: check_csv(out, len); break;
  case DG_FORMAT_DOT: check_dot(out); break;
  case DG_FORMAT_PNG: if (len < 8 || memcmp(out, "\x89PNG", 4) != 0) abort(); break;
  case DG_FORMAT_PDF: if (len < 5 || memcmp(out, "%PDF-", 5) != 0) abort(); break;
  default: break;
  }
  dg_string_free(out);
}

/* Build the graph of the parsed lines in the given order; its JSON, or NULL.
 * *all: every extraction was added. */
static char *graph_json(dg_extraction **x, size_t n, int reverse, int every_format, int drawn, int *all)
{
  dg_graph *g = NULL;
  char *json = NULL;
  size_t len = 0;
  *all = 1;
  if (dg_graph_new(&g) != 0) return NULL;
  for (size_t i = 0; i < n; i++)
    if (dg_graph_add(g, x[reverse ? n - 1 - i : i]) != 0) *all = 0;
  if (dg_graph_build(g, g_gz) == 0 && dg_export_json(&json, &len, g) == 0) {
    cJSON *j = cJSON_ParseWithLength(json, len);
    if (!j) { fprintf(stderr, "fuzz_merge: the JSON does not parse\n"); abort(); }
    cJSON_Delete(j);
    if (every_format) {
      static const dg_format formats[] = {DG_FORMAT_DOT, DG_FORMAT_GRAPHML, DG_FORMAT_GEXF, DG_FORMAT_CSV,
                                          DG_FORMAT_CSV_EDGES, DG_FORMAT_SVG, DG_FORMAT_HTML, DG_FORMAT_PNG,
                                          DG_FORMAT_PDF};
      for (size_t f = 0; f < sizeof formats / sizeof *formats; f++)
        if (drawn || f < 5) export_checked(g, formats[f]);
      char *stats = NULL;
      if (dg_graph_stats(&stats, g, 1) == 0) {
        cJSON *s = cJSON_Parse(stats);
        if (!s) { fprintf(stderr, "fuzz_merge: --stats=json does not parse\n"); abort(); }
        cJSON_Delete(s);
      }
      dg_string_free(stats);
    }
  }
  dg_graph_free(g);
  return json;
}

/* What `merge --partial` does to one record: write it, read it back. The
 * line read back must write the same bytes (a fixed point). */
static dg_extraction *round_trip(const dg_extraction *x)
{
  char *line = NULL, *again = NULL;
  size_t len = 0, len2 = 0;
  dg_extraction *y = NULL;
  if (dg_export_extraction(&line, &len, x) != 0) abort();
  if (dg_extraction_parse(&y, line, len, "partial") != 0) {
    fprintf(stderr, "fuzz_merge: a written extraction line does not read back: %s\n%s", dg_error_last()->message, line);
    abort();
  }
  if (dg_export_extraction(&again, &len2, y) != 0) abort();
  if (len != len2 || memcmp(line, again, len) != 0) {
    fprintf(stderr, "fuzz_merge: an extraction line read back writes other bytes\n%s%s", line, again);
    abort();
  }
  dg_string_free(line);
  dg_string_free(again);
  return y;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  dg_extraction *x[MAX_LINES];
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= size && n < MAX_LINES; i++) {
    if (i < size && data[i] != '\n') continue;
    if (i > start && dg_extraction_parse(&x[n], (const char *)data + start, i - start, "fuzz") == 0) n++;
    start = i + 1;
  }
  uint32_t h = 2166136261u; /* FNV-1a */
  for (size_t i = 0; i < size; i++) h = (h ^ data[i]) * 16777619u;
  int all_a = 0, all_b = 0;
  char *a = graph_json(x, n, 0, 1, h % 8 == 0, &all_a), *b = graph_json(x, n, 1, 0, 0, &all_b);
  if (all_a && all_b && (!a) != (!b)) abort();
  if (all_a && all_b && a && b && strcmp(a, b) != 0) {
    fprintf(stderr, "fuzz_merge: the order of the lines changed the graph\n--- first to last\n%s\n--- last to first\n%s\n", a, b);
    abort();
  }
  if (all_a && a) {
    dg_extraction *y[MAX_LINES];
    int all_c = 0;
    for (size_t i = 0; i < n; i++) y[i] = round_trip(x[i]);
    char *c = graph_json(y, n, 0, 0, 0, &all_c);
    if (!all_c || !c || strcmp(a, c) != 0) {
      fprintf(stderr, "fuzz_merge: the lines written again (merge --partial) changed the graph\n--- as read\n%s\n--- written again\n%s\n", a, c ? c : "(none)");
      abort();
    }
    dg_string_free(c);
    for (size_t i = 0; i < n; i++) dg_extraction_free(y[i]);
  }
  dg_string_free(a);
  dg_string_free(b);
  for (size_t i = 0; i < n; i++) dg_extraction_free(x[i]);
  dg_error_clear();
  return 0;
}
