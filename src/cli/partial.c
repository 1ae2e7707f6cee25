/* diplograph merge --partial: one level of a merge tree. It reads extraction
 * lines like merge and writes extraction lines again: each article's line
 * as the library writes it (dg_export_extraction of the parsed record),
 * sorted by document id, each id once (the first in input order, as merge
 * keeps it). Every fact, evidence entry and source field survives, so merge
 * of partial outputs builds its graph from the very records it would have
 * read from the shards, and the bytes are those of one merge: the graph is
 * a function of the set of articles, not of their order or grouping. The
 * output does not depend on the input order either. Nothing is clustered
 * here: meetings are matched best-fit in document order over all articles,
 * and a pre-clustered group would not merge back to the same graph. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *id, *line;
  size_t len;
  const char *name; /* the input, for a message */
  long lineno;
  size_t seq;       /* input order: the first of a repeated id is kept */
} record;

typedef struct {
  record *v;
  size_t n, cap;
} records;

static int keep(void *ctx, const dg_extraction *x, const char *name, long lineno)
{
  records *rs = ctx;
  dg_extraction_summary info;
  record r = {0};
  if (rs->n == rs->cap) {
    size_t cap = rs->cap ? 2 * rs->cap : 1024;
    record *v = realloc(rs->v, cap * sizeof *v);
    if (!v) return DG_ENOMEM;
    rs->v = v;
    rs->cap = cap;
  }
  if (dg_extraction_info(&info, x) < 0) return DG_EDATA;
  int e = dg_export_extraction(&r.line, &r.len, x);
  if (e < 0) return e;
  if (!(r.id = strdup(info.id))) { dg_string_free(r.line); return DG_ENOMEM; }
  r.name = name;
  r.lineno = lineno;
  r.seq = rs->n;
  rs->v[rs->n++] = r;
  return 0;
}

static int by_id(const void *a, const void *b)
{
  const record *x = a, *y = b;
  int c = strcmp(x->id, y->id);
  return c ? c : x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* After sorting: drop the repeats of an id, reported as merge reports them. */
static size_t drop_repeats(records *rs, int *skipped, int *added)
{
  size_t w = 0;
  for (size_t i = 0; i < rs->n; i++) {
    record *r = &rs->v[i];
    if (w > 0 && strcmp(rs->v[w - 1].id, r->id) == 0) {
      cli_error(r->name, "line %ld: two documents share the id '%.100s'", r->lineno, r->id);
      (*skipped)++;
      (*added)--;
      free(r->id);
      dg_string_free(r->line);
      continue;
    }
    rs->v[w++] = *r;
  }
  return rs->n = w;
}

static int write_all(const cli_inputs *in, const records *rs)
{
  cli_out out;
  if (cli_out_open(&out, in->output) < 0) return EXIT_OUTPUT;
  int ok = 1;
  for (size_t i = 0; ok && i < rs->n; i++) ok = cli_out_write(&out, rs->v[i].line, rs->v[i].len) == 0;
  return cli_out_close(&out, ok) < 0 || !ok ? EXIT_OUTPUT : EXIT_OK;
}

int cli_merge_partial(const cli_inputs *in)
{
  records rs = {0};
  int skipped = 0, added = 0;
  int rc = cli_merge_lines(in, keep, &rs, &skipped, &added);
  if (rc == EXIT_OK) {
    qsort(rs.v, rs.n, sizeof *rs.v, by_id);
    drop_repeats(&rs, &skipped, &added);
    if (!(skipped && !added)) rc = write_all(in, &rs);
  }
  for (size_t i = 0; i < rs.n; i++) {
    free(rs.v[i].id);
    dg_string_free(rs.v[i].line);
  }
  free(rs.v);
  return rc != EXIT_OK ? rc : skipped ? EXIT_INPUT : EXIT_OK;
}
