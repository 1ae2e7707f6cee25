/* Reading the inputs (articles, a manifest, gazetteers) into a merged graph. */
#include "cli.h"
#include <stdlib.h>
#include <string.h>

static int load_gazetteer(const cli_inputs *in, dg_gazetteer **gz)
{
  if (dg_gazetteer_new(gz) < 0) { cli_report("built-in gazetteer"); return EXIT_INTERNAL; }
  for (int i = 0; i < in->ngazetteers; i++)
    if (dg_gazetteer_add_file(*gz, in->gazetteers[i]) < 0) {
      cli_report(in->gazetteers[i]);
      return dg_error_last()->code == DG_EIO ? EXIT_INPUT : dg_error_last()->code == DG_ENOMEM ? EXIT_INTERNAL : EXIT_DATA;
    }
  return EXIT_OK;
}

/* Extract one article and add it to the graph. Returns an exit code. */
static int add_article(dg_graph *g, const dg_gazetteer *gz, const char *path, const char *id,
                       const char *published, const char *source, const char *date)
{
  dg_document *doc = NULL;
  dg_extraction *x = NULL;
  dg_extract_options opts = DG_EXTRACT_OPTIONS_INIT;
  int rc;
  opts.default_date = date;
  if ((rc = dg_document_load(&doc, path, id)) < 0) goto fail;
  if ((rc = dg_document_set_published(doc, published)) < 0 ||
      (rc = dg_document_set_source(doc, source)) < 0 || (rc = dg_extract(&x, gz, doc, &opts)) < 0 ||
      (rc = dg_graph_add(g, x)) < 0)
    goto fail;
  dg_extraction_free(x);
  dg_document_free(doc);
  return EXIT_OK;
fail:
  cli_report(path);
  dg_extraction_free(x);
  dg_document_free(doc);
  return cli_exit_for(rc);
}

static int add_manifest(dg_graph *g, const dg_gazetteer *gz, const cli_inputs *in, int *skipped)
{
  dg_manifest *m = NULL;
  if (dg_manifest_load(&m, in->manifest) < 0) {
    cli_report(in->manifest);
    int code = cli_exit_for(dg_error_last()->code);
    return code == EXIT_INPUT && dg_error_last()->code != DG_EIO ? EXIT_DATA : code;
  }
  for (size_t i = 0; i < m->count; i++) {
    const dg_manifest_entry *e = &m->entries[i];
    int rc = add_article(g, gz, e->path, e->id, e->published, e->source, in->date);
    if (rc == EXIT_INPUT) (*skipped)++;
    else if (rc != EXIT_OK) { dg_manifest_free(m); return rc; }
  }
  dg_manifest_free(m);
  return EXIT_OK;
}

/* Articles from the manifest, the files, or stdin. */
static int add_all(dg_graph *g, const dg_gazetteer *gz, const cli_inputs *in, int *skipped)
{
  int rc;
  if (in->manifest && (rc = add_manifest(g, gz, in, skipped)) != EXIT_OK) return rc;
  for (int i = 0; i < in->nfiles; i++) {
    rc = add_article(g, gz, in->files[i], NULL, NULL, NULL, in->date);
    if (rc == EXIT_INPUT) (*skipped)++;
    else if (rc != EXIT_OK) return rc;
  }
  if (!in->manifest && in->nfiles == 0) {
    rc = add_article(g, gz, "-", "stdin", NULL, NULL, in->date);
    if (rc == EXIT_INPUT) (*skipped)++;
    else if (rc != EXIT_OK) return rc;
  }
  return EXIT_OK;
}

int cli_build_graph(const cli_inputs *in, dg_gazetteer **gz, dg_graph **out)
{
  int rc, skipped = 0;
  *out = NULL;
  if ((rc = load_gazetteer(in, gz)) != EXIT_OK) return rc;
  if (dg_graph_new(out) < 0) { cli_report(NULL); return EXIT_INTERNAL; }
  rc = add_all(*out, *gz, in, &skipped);
  if (rc == EXIT_OK && dg_graph_build(*out, *gz) < 0) { cli_report(NULL); rc = EXIT_INTERNAL; }
  if (rc != EXIT_OK) { dg_graph_free(*out); *out = NULL; return rc; }
  if (skipped && dg_graph_document_count(*out) == 0) { /* no article could be read: write nothing */
    dg_graph_free(*out);
    *out = NULL;
  }
  return skipped ? EXIT_INPUT : EXIT_OK;
}
