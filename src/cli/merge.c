/* diplograph merge: combine extraction streams (files or stdin), in any
 * order and sharding, into the graph a single run would give. */
#define _POSIX_C_SOURCE 200809L
#include "sources.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The longest extraction line read: an article's limit (64 MiB) four times
 * over, for the JSON escapes and the evidence sentences. */
#define MAX_LINE ((size_t)4 * DG_MAX_DOCUMENT_BYTES)

enum { LINE_END = 0, LINE_OK = 1, LINE_ERROR = -1, LINE_NOMEM = -2, LINE_LONG = -3 };

/* One line, without its newline, into *buf (NUL bytes kept: the parser
 * rejects them). A line over MAX_LINE ends the stream: what follows it
 * cannot be told apart from its tail. */
static int read_line(FILE *f, char **buf, size_t *cap, size_t *len)
{
  size_t n = 0;
  int ch, any = 0;
  while ((ch = getc_unlocked(f)) != EOF) { /* one reader per stream */
    any = 1;
    if (ch == '\n') break;
    if (n == MAX_LINE) return LINE_LONG;
    if (n + 1 >= *cap) {
      size_t ncap = *cap ? 2 * *cap : 65536;
      if (ncap > MAX_LINE + 1) ncap = MAX_LINE + 1;
      char *b = realloc(*buf, ncap);
      if (!b) return LINE_NOMEM;
      *buf = b;
      *cap = ncap;
    }
    (*buf)[n++] = (char)ch;
  }
  if (ferror(f)) return LINE_ERROR;
  *len = n;
  return any ? LINE_OK : LINE_END;
}

/* Give every line of one stream to fn; bad lines are reported and counted. */
static int each_line(FILE *f, const char *name, cli_line_fn fn, void *ctx, int *skipped, int *added)
{
  char *line = NULL;
  size_t cap = 0, n = 0;
  long lineno = 0;
  int rc = EXIT_OK, got;
  while (rc == EXIT_OK && (got = read_line(f, &line, &cap, &n)) == LINE_OK) {
    lineno++;
    while (n > 0 && line[n - 1] == '\r') n--;
    if (n == 0) continue;
    dg_extraction *x = NULL;
    int e = dg_extraction_parse(&x, line, n, name);
    if (e == 0) e = fn(ctx, x, name, lineno);
    dg_extraction_free(x);
    if (e == DG_ENOMEM) rc = EXIT_INTERNAL;
    if (e < 0) {
      cli_error(name, "line %ld: %s", lineno, dg_error_last()->message);
      (*skipped)++;
    } else {
      (*added)++;
    }
  }
  if (rc == EXIT_OK && got == LINE_NOMEM) {
    cli_error(name, "line %ld: out of memory", lineno + 1);
    rc = EXIT_INTERNAL;
  } else if (rc == EXIT_OK && got == LINE_LONG) {
    cli_error(name, "line %ld: longer than %zu MiB; the rest of the file is not read", lineno + 1, MAX_LINE >> 20);
    (*skipped)++;
  } else if (rc == EXIT_OK && got == LINE_ERROR) {
    cli_error(name, "read error: %s", strerror(errno));
    (*skipped)++;
  }
  free(line);
  return rc;
}

/* Writing over an input would lose it (as main and extract refuse). */
static int check_output(const cli_inputs *in)
{
  const char *out = in->output;
  if (!out || strcmp(out, "-") == 0) return EXIT_OK;
  for (int i = 0; i < in->nfiles + in->ngazetteers; i++) {
    const char *p = i < in->nfiles ? in->files[i] : in->gazetteers[i - in->nfiles];
    if (cli_same_file(p, out)) {
      cli_error(out, "is also an input: refusing to overwrite it");
      return EXIT_USAGE;
    }
  }
  return EXIT_OK;
}

int cli_merge_lines(const cli_inputs *in, cli_line_fn fn, void *ctx, int *skipped, int *added)
{
  int rc = check_output(in);
  for (int i = 0; rc == EXIT_OK && i < (in->nfiles ? in->nfiles : 1); i++) {
    const char *path = in->nfiles ? in->files[i] : "-";
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) { cli_error(path, "cannot open: %s", strerror(errno)); (*skipped)++; continue; }
    rc = each_line(f, strcmp(path, "-") == 0 ? "stdin" : path, fn, ctx, skipped, added);
    if (f != stdin) fclose(f);
  }
  return rc;
}

static int add_to_graph(void *g, const dg_extraction *x, const char *name, long lineno)
{
  (void)name;
  (void)lineno;
  return dg_graph_add(g, x);
}

int cli_merge_graph(const cli_inputs *in, dg_gazetteer **gz, dg_graph **out)
{
  int rc, skipped = 0, added = 0;
  *out = NULL;
  if ((rc = check_output(in)) != EXIT_OK) return rc;
  if ((rc = cli_load_gazetteer(in, gz)) != EXIT_OK) return rc;
  if (dg_graph_new(out) < 0) { cli_report(NULL); return EXIT_INTERNAL; }
  rc = cli_merge_lines(in, add_to_graph, *out, &skipped, &added);
  if (rc == EXIT_OK && dg_graph_build(*out, *gz) < 0) { cli_report(NULL); rc = EXIT_INTERNAL; }
  if (rc != EXIT_OK || (skipped && !added)) { dg_graph_free(*out); *out = NULL; }
  if (*out) cli_note_undated(in, *out);
  return rc != EXIT_OK ? rc : skipped ? EXIT_INPUT : EXIT_OK;
}
