/* diplograph extract: one JSON line per article, in constant memory; the
 * mapper of a sharded run (see `merge`). */
#include "run.h"
#include "notices.h"
#include <stdlib.h>
#include <string.h>

/* The threads wrote the line already (cli_run with serialise). */
static int write_line(void *ctx, dg_extraction *x, const char *line, size_t len)
{
  cli_out *out = ctx;
  dg_extraction_free(x);
  if (cli_out_write(out, line, len) < 0) return EXIT_OUTPUT;
  return out->quiet_stop ? CLI_STOPPED : EXIT_OK; /* `extract ... | head`: no need to read on */
}

int cli_extract(const cli_inputs *in, const char *output)
{
  dg_gazetteer *gz = NULL;
  cli_counts n;
  cli_out out;
  int rc = cli_load_gazetteer(in, &gz);
  if (rc == EXIT_OK && cli_out_open(&out, output) < 0) rc = EXIT_OUTPUT;
  else if (rc == EXIT_OK) {
    rc = cli_run(in, gz, 1, write_line, &out, &n);
    if (rc == CLI_STOPPED) { /* stdout's reader has gone: nothing more to say */
      cli_out_close(&out, 1);
      dg_gazetteer_free(gz);
      return EXIT_OK;
    }
    /* The same end-of-run notes as a run that builds the graph. */
    if (rc == EXIT_OK || rc == EXIT_INPUT) cli_notice_summary(in->quiet, 1);
    if (rc == EXIT_OK && n.skipped) rc = EXIT_INPUT;
    int keep = rc == EXIT_OK || (rc == EXIT_INPUT && n.read > 0);
    if (cli_out_close(&out, keep) < 0 && rc != EXIT_INTERNAL) rc = EXIT_OUTPUT;
  }
  dg_gazetteer_free(gz);
  return rc;
}
