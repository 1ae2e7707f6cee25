/* A program built against the installed diplograph (tests/install/install.sh):
 * it reads an article, extracts it with the built-in gazetteer, builds the
 * graph, exports JSON and checks that Turkey is in it.
 * Usage: prog ARTICLE.txt */
#include <diplograph.h>
#include <stdio.h>
#include <string.h>

static int fail(const char *what)
{
  const dg_error *e = dg_error_last();
  fprintf(stderr, "prog: %s: %s (code %d)\n", what, e->message, e->code);
  return 1;
}

int main(int argc, char **argv)
{
  dg_gazetteer *gz = NULL;
  dg_document *doc = NULL;
  dg_extraction *x = NULL;
  dg_graph *g = NULL;
  char *json = NULL, version[32];
  size_t len = 0;
  int rc = 1;

  if (argc != 2) { fprintf(stderr, "usage: prog ARTICLE.txt\n"); return 2; }
  snprintf(version, sizeof version, "%d.%d.%d", DG_VERSION_MAJOR, DG_VERSION_MINOR, DG_VERSION_PATCH);
  if (strcmp(version, dg_version()) != 0) {
    fprintf(stderr, "prog: header says %s, library says %s\n", version, dg_version());
    return 1;
  }
  if (dg_gazetteer_new(&gz) < 0) { rc = fail("gazetteer"); goto out; }
  if (dg_document_load(&doc, argv[1], NULL) < 0) { rc = fail(argv[1]); goto out; }
  dg_extract_options opts = DG_EXTRACT_OPTIONS_INIT;
  if (dg_extract(&x, gz, doc, &opts) < 0) { rc = fail("extract"); goto out; }
  if (dg_graph_new(&g) < 0 || dg_graph_add(g, x) < 0 || dg_graph_build(g, gz) < 0) {
    rc = fail("graph");
    goto out;
  }
  if (dg_export_json(&json, &len, g) < 0) { rc = fail("export"); goto out; }
  if (len == 0 || strlen(json) != len || !strstr(json, "\"country:TUR\"")) {
    fprintf(stderr, "prog: no country:TUR in the %zu bytes of JSON\n", len);
    goto out;
  }
  printf("diplograph %s: %zu documents, %zu bytes of JSON with country:TUR\n", dg_version(),
         dg_graph_document_count(g), len);
  rc = 0;
out:
  dg_string_free(json);
  dg_graph_free(g);
  dg_extraction_free(x);
  dg_document_free(doc);
  dg_gazetteer_free(gz);
  return rc;
}
