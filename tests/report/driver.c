/* A stand-in for `diplograph --report` until the CLI has the flag: reads a
 * manifest, builds the graph and writes the HTML report through dg_export.
 * Usage: driver --manifest FILE -o OUT [--id-prefix P] [--alloc-sweep]
 * --alloc-sweep: before writing, fail the library's 1st, 2nd, ... allocation
 * during the export until it succeeds; every failure must be DG_ENOMEM. */
#include "diplograph.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *what)
{
  const dg_error *e = dg_error_last();
  fprintf(stderr, "driver: %s: %s\n", what, e ? e->message : "?");
  return 1;
}

void dg_alloc_fail_after(long n); /* util/alloc.c, for tests */
long dg_alloc_count(void);

static int sweep(const dg_graph *g, const dg_export_options *o)
{
  for (long n = 1;; n++) {
    char *html = NULL;
    size_t len = 0;
    dg_alloc_fail_after(n);
    int rc = dg_export(&html, &len, g, o);
    long used = dg_alloc_count();
    dg_alloc_fail_after(0);
    dg_string_free(html);
    if (rc == 0 && used < n) { fprintf(stderr, "driver: %ld allocations failed in turn\n", n - 1); return 0; }
    if (rc != DG_ENOMEM) {
      fprintf(stderr, "driver: allocation %ld failed: got %d (%s), not DG_ENOMEM\n", n, rc,
              rc ? dg_error_last()->message : "success");
      return 1;
    }
  }
}

static int add_articles(dg_graph *g, const dg_gazetteer *gz, const dg_manifest *m)
{
  for (size_t i = 0; i < m->count; i++) {
    const dg_manifest_entry *e = &m->entries[i];
    dg_document *doc = NULL;
    dg_extraction *x = NULL;
    if (dg_document_load(&doc, e->path, e->id) < 0) return fail(e->path);
    if ((e->published && dg_document_set_published(doc, e->published) < 0) ||
        (e->source && dg_document_set_source(doc, e->source) < 0) || dg_extract(&x, gz, doc, NULL) < 0 ||
        dg_graph_add(g, x) < 0) {
      dg_document_free(doc);
      dg_extraction_free(x);
      return fail(e->path);
    }
    dg_document_free(doc);
    dg_extraction_free(x);
  }
  return 0;
}

int main(int argc, char **argv)
{
  const char *manifest = NULL, *out = NULL, *prefix = NULL;
  int alloc_sweep = 0;
  for (int i = 1; i < argc; i += 2) {
    if (strcmp(argv[i], "--alloc-sweep") == 0) { alloc_sweep = 1; i--; continue; }
    if (i + 1 >= argc) break;
    if (strcmp(argv[i], "--manifest") == 0) manifest = argv[i + 1];
    else if (strcmp(argv[i], "-o") == 0) out = argv[i + 1];
    else if (strcmp(argv[i], "--id-prefix") == 0) prefix = argv[i + 1];
  }
  if (!manifest || !out) { fprintf(stderr, "usage: driver --manifest FILE -o OUT [--id-prefix P]\n"); return 1; }
  dg_gazetteer *gz = NULL;
  dg_graph *g = NULL;
  dg_manifest *m = NULL;
  char *html = NULL;
  size_t len = 0;
  int rc = 1;
  dg_export_options o = DG_EXPORT_OPTIONS_INIT;
  o.format = DG_FORMAT_HTML;
  o.id_prefix = prefix;
  if (dg_gazetteer_new(&gz) < 0 || dg_graph_new(&g) < 0) fail("setup");
  else if (dg_manifest_load(&m, manifest) < 0) fail(manifest);
  else if (add_articles(g, gz, m) == 0) {
    if (dg_graph_build(g, gz) < 0) fail("build");
    else if (alloc_sweep && sweep(g, &o) != 0) rc = 1;
    else if (dg_export(&html, &len, g, &o) < 0) fail("report");
    else {
      FILE *f = fopen(out, "wb");
      rc = !f || fwrite(html, 1, len, f) != len;
      if (f && fclose(f) != 0) rc = 1;
      if (rc) fprintf(stderr, "driver: %s: cannot write\n", out);
    }
  }
  dg_string_free(html);
  dg_manifest_free(m);
  dg_graph_free(g);
  dg_gazetteer_free(gz);
  return rc;
}
