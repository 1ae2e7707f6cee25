/* Extracting every article of the inputs, in parallel when asked, handing
 * each result in input order to a sink. */
#ifndef DG_CLI_RUN_H
#define DG_CLI_RUN_H
#include "sources.h"

/* Takes the extraction (and frees it), or, when the run serialises, its JSON
 * line (x NULL); returns an exit code, EXIT_OK to go on, or CLI_STOPPED to
 * end the run quietly (the reader of stdout has gone). */
#define CLI_STOPPED (-1)
typedef int (*cli_sink)(void *ctx, dg_extraction *x, const char *line, size_t len);

typedef struct {
  int read, skipped;
} cli_counts;

/* serialise: the threads also write each extraction's JSON line (extract). */
int cli_run(const cli_inputs *in, const dg_gazetteer *gz, int serialise, cli_sink sink, void *ctx,
            cli_counts *counts);

#endif
