/* libFuzzer target: the input is a user gazetteer (JSON, the schema of
 * src/lib/data/README.md), added to the built-in data with
 * dg_gazetteer_add_json. When it loads, a fixed invented article is
 * extracted with it, merged into a graph and exported as JSON.
 *
 * Cost: dg_gazetteer_new (the built-in data) takes about 5 ms in a Debug
 * build and more under ASan, far more than a typical input. So one base
 * gazetteer is kept across inputs and replaced only when an input changed
 * it, that is, when dg_gazetteer_add_json succeeded. The header promises
 * "Nothing is added on failure"; this target checks that promise: after a
 * failed add, the fixed article must extract exactly as it does with the
 * pristine built-in data (same dg_export_extraction bytes), else abort().
 * Every input therefore sees the pristine built-in data, and a run is
 * reproducible input by input.
 *
 * Public API only (src/include/diplograph.h). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"

/* Invented names and places only; uses the words of the README's example
 * user file so that mutated gazetteers have something to match. */
static const char ARTICLE[] =
    "Absurd City, May 9 (Example Wire) - Absurdistani Foreign Minister Jane Example "
    "broke bread with the Turkish Republic's grand vizier at Lake Example on Tuesday.\n"
    "Example met her Ruritanian counterpart Rudolf Elphberg in Strelsau last month, "
    "the ministry said. The two will hold trilateral talks with Freedonia next week.\n"
    "Turkish Foreign Minister Ali Sample and Russian Foreign Minister Ivan Probe met "
    "in Moscow on May 2, 2024.\n"
    "Also read: Example Wire weekly digest\n";

static dg_gazetteer *g_gz;       /* pristine built-in data, or NULL */
static char *g_baseline;         /* the article's extraction with g_gz */
static size_t g_baseline_len;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Extract ARTICLE with gz; *json gets dg_export_extraction's line (or NULL).
 * Also merges and exports the graph when full != 0. */
static int run_article(char **json, size_t *json_len, const dg_gazetteer *gz, int full) {
  dg_document *doc = NULL;
  dg_extraction *x = NULL;
  dg_graph *g = NULL;
  dg_extract_options opts = DG_EXTRACT_OPTIONS_INIT;
  char *out = NULL;
  size_t len = 0;
  int rc;

  *json = NULL;
  *json_len = 0;
  opts.default_date = "2024-05-10";
  if ((rc = dg_document_from_memory(&doc, "fixed", ARTICLE, sizeof ARTICLE - 1)) != 0) goto done;
  if ((rc = dg_extract(&x, gz, doc, &opts)) != 0) goto done;
  if ((rc = dg_export_extraction(json, json_len, x)) != 0) goto done;
  if (!full) goto done;
  if ((rc = dg_graph_new(&g)) != 0) goto done;
  if ((rc = dg_graph_add(g, x)) != 0) goto done;
  if ((rc = dg_graph_build(g, gz)) != 0) goto done;
  if ((rc = dg_export_json(&out, &len, g)) == 0 && out == NULL) abort();
  dg_string_free(out);
done:
  dg_graph_free(g);
  dg_extraction_free(x);
  dg_document_free(doc);
  return rc;
}

static void fresh_base(void) {
  if (g_gz) return;
  if (dg_gazetteer_new(&g_gz) != 0) abort(); /* the built-in data must load */
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fresh_base();
  if (run_article(&g_baseline, &g_baseline_len, g_gz, 0) != 0) abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *json = NULL;
  size_t len = 0;

  fresh_base();
  if (dg_gazetteer_add_json(g_gz, (const char *)data, size, "fuzz.json") == 0) {
    /* Loaded: the base is now changed. Use it, then drop it. */
    (void)run_article(&json, &len, g_gz, 1);
    dg_string_free(json);
    dg_gazetteer_free(g_gz);
    g_gz = NULL;
  } else {
    /* Rejected: nothing may have been added. */
    if (run_article(&json, &len, g_gz, 0) != 0) abort();
    if (len != g_baseline_len || memcmp(json, g_baseline, len) != 0) abort();
    dg_string_free(json);
  }
  dg_error_clear();
  return 0;
}
