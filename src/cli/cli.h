/* The command-line program: the only place that prints or exits. */
#ifndef DG_CLI_H
#define DG_CLI_H
#include "diplograph.h"
#include <stdio.h>

/* Exit codes (documented in --help and README). */
enum {
  EXIT_OK = 0,
  EXIT_USAGE = 1,     /* bad option or argument */
  EXIT_INPUT = 2,     /* an article could not be read or was rejected (others were processed) */
  EXIT_DATA = 3,      /* a gazetteer, manifest or answer key is malformed */
  EXIT_OUTPUT = 4,    /* the output could not be written */
  EXIT_INTERNAL = 5,  /* out of memory or a dependency failed */
  EXIT_BELOW = 6      /* eval: a score is below the --min-f1 threshold */
};

/* "diplograph: FILE[:LINE[:COL]]: message" from the library's last error. */
void cli_report(const char *fallback_file);
/* Until called again with NULL, cli_error and cli_report write into f
 * instead of stderr (one thread's messages: the caller's). */
void cli_hold_messages(FILE *f);
void cli_error(const char *file, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 2, 3)))
#endif
  ;
int cli_exit_for(int code);

/* Write data to path atomically (temp file in the same folder, fsync, rename),
 * or to stdout when path is NULL or "-". Returns 0 or -1 (reported). */
int cli_write_output(const char *path, const char *data, size_t len);

/* The same as a stream: open, write any number of times, close (keep = 1 to
 * publish the file, 0 to drop it). Errors are reported at close. */
typedef struct {
  int fd;
  const char *path;   /* as given, for messages */
  const char *target; /* the file replaced: path, or where its symbolic link points */
  char resolved[4096];
  char tmp[4096];
  int keep_mode;      /* the target exists: its mode and owner are kept */
  unsigned mode, uid, gid;
  int special;    /* a FIFO or device, written into */
  int err;        /* errno of the first failed write */
  int quiet_stop; /* stdout's reader has gone */
} cli_out;
int cli_out_open(cli_out *o, const char *path);
int cli_out_write(cli_out *o, const char *data, size_t len);
int cli_out_close(cli_out *o, int keep);
/* Signals: remove a half-written temporary file; ignore SIGPIPE, SIGXFSZ. */
void cli_output_signals(void);

/* Shared options of the commands that read articles. */
typedef struct {
  const char *manifest;
  const char *date;
  const char *gazetteers[16];
  int ngazetteers;
  char **files;
  int nfiles;
  int ndjson;  /* stdin holds NDJSON records */
  int jobs;    /* extraction threads */
  int quiet;   /* no progress line */
  const char *output; /* to refuse reading what will be overwritten */
} cli_inputs;

/* Read the inputs and build the merged graph. Returns an exit code; *out is
 * set (possibly with EXIT_INPUT when some articles were skipped). */
int cli_build_graph(const cli_inputs *in, dg_gazetteer **gz, dg_graph **out);

int cli_eval_main(int argc, char **argv);
int cli_load_gazetteer(const cli_inputs *in, dg_gazetteer **gz);
/* extract.c: one JSON line per article to output. Returns an exit code. */
int cli_extract(const cli_inputs *in, const char *output);
/* merge.c: the graph of extraction streams (in->files, or stdin). */
int cli_merge_graph(const cli_inputs *in, dg_gazetteer **gz, dg_graph **out);
/* merge.c: every extraction line of in->files (or stdin), parsed, to fn (a
 * dg error code or 0); unreadable files and bad lines ("FILE: line N: ...")
 * are reported and counted in *skipped, the others in *added. Refuses an
 * output that is an input. Returns an exit code. */
typedef int (*cli_line_fn)(void *ctx, const dg_extraction *x, const char *name, long lineno);
int cli_merge_lines(const cli_inputs *in, cli_line_fn fn, void *ctx, int *skipped, int *added);
/* partial.c: merge --partial, extraction lines in, extraction lines out. */
int cli_merge_partial(const cli_inputs *in);
/* Say once on stderr which articles had no reference date, and how to give
 * one (not with --quiet). */
void cli_note_undated(const cli_inputs *in, const dg_graph *g);

/* Long options shared by the commands (getopt_long values). */
enum {
  OPT_JSON = 256, OPT_MANIFEST, OPT_DATE, OPT_GAZETTEER, OPT_GRAPH, OPT_MIN, OPT_DOT, OPT_SVG, OPT_PNG,
  OPT_PDF, OPT_GRAPHML, OPT_GEXF, OPT_CSV, OPT_CSV_EDGES, OPT_VIEW, OPT_ID_PREFIX, OPT_STATS, OPT_NDJSON, OPT_QUIET, OPT_REPORT,
  OPT_TITLE, OPT_SUBTITLE, OPT_CREDIT, OPT_WIDTH, OPT_UNDATED, OPT_GEXF_VERSION, OPT_CSV_TABLE, OPT_PARTIAL
};
/* Handle an input option: -1 handled, -2 not an input option, else an exit code. */
int cli_input_option(cli_inputs *in, int opt, const char *arg);
/* Report getopt's '?' or ':' (with opterr = 0) as one line; returns EXIT_USAGE. */
int cli_bad_option(char **argv, int c, const char *command);

#endif
