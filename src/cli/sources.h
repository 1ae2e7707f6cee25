/* Where articles come from: files, directories (their *.txt, sorted), a
 * manifest, NDJSON files or stdin; and a reader that yields one document at
 * a time across them, reporting and skipping the unusable ones. */
#ifndef DG_CLI_SOURCES_H
#define DG_CLI_SOURCES_H
#include "cli.h"

typedef enum { SRC_FILE, SRC_NDJSON } cli_src_kind;

typedef struct {
  cli_src_kind kind;
  char *path; /* "-" for stdin */
  const char *id, *published, *source; /* from a manifest, or NULL */
  long long size; /* bytes, or -1 when unknown (stdin) */
} cli_source;

typedef struct {
  cli_source *v;
  size_t n, cap;
  dg_manifest *manifest;
  long long total; /* bytes known in advance, for progress */
  int skipped;     /* directory entries that could not be read (reported) */
} cli_sources;

/* Returns an exit code; errors are reported. `output` (may be NULL): an
 * input that is the output file is refused. */
int cli_sources_build(cli_sources *s, const cli_inputs *in, const char *output);
void cli_sources_free(cli_sources *s);
/* Are a (an input, not "-") and b the same regular file? */
int cli_same_file(const char *a, const char *b);

typedef struct {
  const cli_sources *s;
  size_t next;
  dg_ndjson *nd;
  const char *date;
  int skipped, read, fatal;
  long long bytes;
} cli_reader;

/* 1 and *doc (the caller's), or 0 at the end. Bad articles are reported and
 * counted in r->skipped; r->fatal is set for errors that stop the run. */
int cli_reader_next(cli_reader *r, dg_document **doc, const char **origin);
void cli_reader_close(cli_reader *r);

#endif
