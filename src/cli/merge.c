/* diplograph merge: combine extraction streams (files or stdin), in any
 * order and sharding, into the graph a single run would give. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Add every line of one stream; bad lines are reported and counted. */
static int add_stream(dg_graph *g, FILE *f, const char *name, int *skipped, int *added)
{
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long lineno = 0;
  int rc = EXIT_OK;
  while (rc == EXIT_OK && (n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
    if (n == 0) continue;
    dg_extraction *x = NULL;
    int e = dg_extraction_parse(&x, line, (size_t)n, name);
    if (e == 0) e = dg_graph_add(g, x);
    dg_extraction_free(x);
    if (e == DG_ENOMEM) rc = EXIT_INTERNAL;
    if (e < 0) {
      const dg_error *err = dg_error_last();
      cli_error(name, "line %ld: %s", lineno, err->message);
      (*skipped)++;
    } else {
      (*added)++;
    }
  }
  if (ferror(f)) { cli_error(name, "read error: %s", strerror(errno)); rc = EXIT_INPUT; }
  free(line);
  return rc;
}

int cli_merge_graph(const cli_inputs *in, dg_gazetteer **gz, dg_graph **out)
{
  int rc, skipped = 0, added = 0;
  *out = NULL;
  if ((rc = cli_load_gazetteer(in, gz)) != EXIT_OK) return rc;
  if (dg_graph_new(out) < 0) { cli_report(NULL); return EXIT_INTERNAL; }
  for (int i = 0; rc == EXIT_OK && i < (in->nfiles ? in->nfiles : 1); i++) {
    const char *path = in->nfiles ? in->files[i] : "-";
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) { cli_error(path, "cannot open: %s", strerror(errno)); skipped++; continue; }
    rc = add_stream(*out, f, strcmp(path, "-") == 0 ? "stdin" : path, &skipped, &added);
    if (f != stdin) fclose(f);
  }
  if (rc == EXIT_OK && dg_graph_build(*out, *gz) < 0) { cli_report(NULL); rc = EXIT_INTERNAL; }
  if (rc != EXIT_OK || (skipped && !added)) { dg_graph_free(*out); *out = NULL; }
  if (*out) cli_note_undated(in, *out);
  return rc != EXIT_OK ? rc : skipped ? EXIT_INPUT : EXIT_OK;
}
