/* Reading the inputs (articles, a manifest, gazetteers) into a merged graph. */
#include "run.h"
#include <stdio.h>
#include "notices.h"
#include <stdlib.h>
#include <string.h>

int cli_load_gazetteer(const cli_inputs *in, dg_gazetteer **gz)
{
  if (dg_gazetteer_new(gz) < 0) { cli_report("built-in gazetteer"); return EXIT_INTERNAL; }
  for (int i = 0; i < in->ngazetteers; i++)
    if (dg_gazetteer_add_file(*gz, in->gazetteers[i]) < 0) {
      cli_report(in->gazetteers[i]);
      int code = dg_error_last()->code;
      return code == DG_EIO ? EXIT_INPUT : code == DG_ENOMEM ? EXIT_INTERNAL : EXIT_DATA;
    }
  return EXIT_OK;
}

typedef struct {
  dg_graph *g;
  int refused; /* articles the graph refused (a repeated id): reported, the others go on */
} graph_sink;

static int add_to_graph(void *ctx, dg_extraction *x, const char *line, size_t len)
{
  graph_sink *s = ctx;
  (void)line;
  (void)len;
  int rc = dg_graph_add(s->g, x);
  dg_extraction_free(x);
  if (rc == DG_ENOMEM) { cli_report(NULL); return EXIT_INTERNAL; }
  if (rc < 0) { cli_report(NULL); s->refused++; }
  return EXIT_OK;
}

void cli_note_undated(const cli_inputs *in, const dg_graph *g)
{
  const char *ids[4];
  size_t n = dg_graph_undated(g, ids, 4);
  if (!in->quiet) cli_notice_undated(n, ids, 4);
}

int cli_build_graph(const cli_inputs *in, dg_gazetteer **gz, dg_graph **out)
{
  cli_counts n;
  int rc;
  *out = NULL;
  if ((rc = cli_load_gazetteer(in, gz)) != EXIT_OK) return rc;
  if (dg_graph_new(out) < 0) { cli_report(NULL); return EXIT_INTERNAL; }
  graph_sink sink = {*out, 0};
  rc = cli_run(in, *gz, 0, add_to_graph, &sink, &n);
  n.skipped += sink.refused;
  if (rc == EXIT_OK || rc == EXIT_INPUT) cli_notice_summary(in->quiet, 0);
  if (rc == EXIT_OK && dg_graph_build(*out, *gz) < 0) { cli_report(NULL); rc = EXIT_INTERNAL; }
  if (rc != EXIT_OK) { dg_graph_free(*out); *out = NULL; return rc; }
  cli_note_undated(in, *out);
  if (n.skipped && dg_graph_document_count(*out) == 0) { /* no article could be read: write nothing */
    dg_graph_free(*out);
    *out = NULL;
  }
  return n.skipped ? EXIT_INPUT : EXIT_OK;
}
