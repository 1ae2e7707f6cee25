/* Extracting every article of the inputs, in parallel when asked, handing
 * each result in input order to a sink. */
#ifndef DG_CLI_RUN_H
#define DG_CLI_RUN_H
#include "sources.h"

/* Takes the extraction (and frees it); returns an exit code, EXIT_OK to go on. */
typedef int (*cli_sink)(void *ctx, dg_extraction *x);

typedef struct {
  int read, skipped;
} cli_counts;

int cli_run(const cli_inputs *in, const dg_gazetteer *gz, cli_sink sink, void *ctx, cli_counts *counts);

#endif
