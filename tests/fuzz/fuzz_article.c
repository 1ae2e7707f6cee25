/* libFuzzer target: the input is one article.
 *
 * dg_document_from_memory -> dg_extract (built-in gazetteer, fixed default
 * date) -> dg_export_extraction -> dg_graph_new/add/build -> dg_export_json
 * and dg_export as DOT, GraphML and CSV. SVG/PNG/PDF are left out for speed.
 * Every call may fail (invalid UTF-8, NUL bytes, empty input, limits); a
 * failure must come back as an error code, never as a crash or a leak.
 *
 * Public API only (src/include/diplograph.h). Built by tools/fuzz with
 * clang -fsanitize=fuzzer, and with gcc + tests/fuzz/replay.c under ctest. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "diplograph.h"

static dg_gazetteer *g_gz;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  if (dg_gazetteer_new(&g_gz) != 0) abort(); /* the built-in data must load */
  return 0;
}

static void export_as(const dg_graph *g, dg_format format) {
  dg_export_options o = DG_EXPORT_OPTIONS_INIT;
  char *out = NULL;
  size_t len = 0;
  o.format = format;
  if (dg_export(&out, &len, g, &o) == 0 && out == NULL) abort();
  dg_string_free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  dg_document *doc = NULL;
  dg_extraction *x = NULL;
  dg_graph *g = NULL;
  dg_extract_options opts = DG_EXTRACT_OPTIONS_INIT;
  char *out = NULL;
  size_t len = 0;

  opts.default_date = "2024-05-10";
  if (dg_document_from_memory(&doc, "fuzz", (const char *)data, size) != 0) goto done;
  if (dg_extract(&x, g_gz, doc, &opts) != 0) goto done;

  if (dg_export_extraction(&out, &len, x) == 0 && out == NULL) abort();
  dg_string_free(out);
  out = NULL;

  if (dg_graph_new(&g) != 0) goto done;
  if (dg_graph_add(g, x) != 0) goto done;
  if (dg_graph_build(g, g_gz) != 0) goto done;

  if (dg_export_json(&out, &len, g) == 0 && out == NULL) abort();
  dg_string_free(out);
  out = NULL;

  export_as(g, DG_FORMAT_DOT);
  export_as(g, DG_FORMAT_GRAPHML);
  export_as(g, DG_FORMAT_CSV);

done:
  dg_graph_free(g);
  dg_extraction_free(x);
  dg_document_free(doc);
  dg_error_clear();
  return 0;
}
