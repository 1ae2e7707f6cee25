/* The extraction loop. The main thread reads a batch of articles (bounded in
 * count and bytes), N threads extract it (each taking the next index), and
 * the results are handed to the sink in input order: `-j N` gives the same
 * output as `-j 1`, in bounded memory. With N > 1 a reader thread reads the
 * next batch while this one is extracted (two batches in memory), so that
 * reading and parsing the input is not a serial stretch of the run. POSIX threads, not C11's
 * thrd_create, which ThreadSanitizer (clang 14, gcc 12) does not intercept:
 * `tools/tsan` checks these runs. */
#define _POSIX_C_SOURCE 200809L
#include "run.h"
#include "progress.h"
#include "notices.h"
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

#define BATCH_PER_JOB 32
#define BATCH_BYTES ((long long)16 << 20)

typedef struct {
  dg_document *doc;
  const char *origin;
  dg_extraction *x;
  char *line; /* its JSON line, when the run serialises */
  size_t len;
  int rc;
  dg_error err; /* errors are per thread: keep a copy */
  cli_notice_facts facts; /* what the notices say of it */
} item;

typedef struct {
  item *items;
  size_t n;
  atomic_size_t next;
  const dg_gazetteer *gz;
  dg_extract_options opts;
  int serialise;
} batch;

/* Extract (and serialise) one article: the part that runs in parallel. */
static void extract_one(batch *b, item *it)
{
  it->rc = dg_extract(&it->x, b->gz, it->doc, &b->opts);
  cli_notice_facts_of(&it->facts, it->rc == 0 ? it->x : NULL);
  if (it->rc == 0 && b->serialise) {
    it->rc = dg_export_extraction(&it->line, &it->len, it->x);
    dg_extraction_free(it->x);
    it->x = NULL;
  }
  if (it->rc < 0) it->err = *dg_error_last();
}

static void *worker(void *arg)
{
  batch *b = arg;
  size_t i;
  while ((i = atomic_fetch_add(&b->next, 1)) < b->n) extract_one(b, &b->items[i]);
  return NULL;
}

static void extract_batch(batch *b, int jobs)
{
  pthread_t t[64];
  int started = 0;
  atomic_store(&b->next, 0);
  for (int j = 1; j < jobs && j < 64; j++)
    if (pthread_create(&t[started], NULL, worker, b) == 0) started++;
  worker(b); /* the main thread works too (and alone when no thread starts) */
  for (int j = 0; j < started; j++) pthread_join(t[j], NULL);
}

static int fill(cli_reader *r, batch *b, size_t cap)
{
  long long bytes = 0;
  b->n = 0;
  while (b->n < cap && bytes < BATCH_BYTES) {
    item *it = &b->items[b->n];
    memset(it, 0, sizeof *it);
    if (!cli_reader_next(r, &it->doc, &it->origin)) break;
    bytes += (long long)dg_document_size(it->doc);
    b->n++;
  }
  return r->fatal;
}

/* Hand results over in order; report the failures as the library said them. */
static int drain(batch *b, cli_sink sink, void *ctx, cli_counts *counts)
{
  int rc = EXIT_OK;
  for (size_t i = 0; i < b->n; i++) {
    item *it = &b->items[i];
    if (it->rc < 0) {
      const dg_error *e = &it->err;
      cli_error(e->file[0] ? e->file : it->origin, "%s", e->message);
      counts->skipped++;
      if (it->rc == DG_ENOMEM && rc == EXIT_OK) rc = EXIT_INTERNAL;
    } else if (rc == EXIT_OK) {
      cli_notice_record(&it->facts);
      rc = sink(ctx, it->x, it->line, it->len);
      it->x = NULL;
    }
    dg_extraction_free(it->x);
    dg_string_free(it->line);
    dg_document_free(it->doc);
    it->x = NULL;
    it->line = NULL;
    it->doc = NULL;
  }
  return rc;
}

typedef struct {
  cli_reader *r;
  batch *b;
  size_t cap;
  int rc;
} prefetch;

static void *read_ahead(void *arg)
{
  prefetch *p = arg;
  p->rc = fill(p->r, p->b, p->cap);
  return NULL;
}

/* Free what a batch still holds (a prefetched batch after a failed sink). */
static void discard(batch *b)
{
  for (size_t i = 0; i < b->n; i++) dg_document_free(b->items[i].doc);
  b->n = 0;
}

int cli_run(const cli_inputs *in, const dg_gazetteer *gz, int serialise, cli_sink sink, void *ctx,
            cli_counts *counts)
{
  cli_sources s;
  int rc = cli_sources_build(&s, in, in->output);
  if (rc != EXIT_OK) { cli_sources_free(&s); return rc; }
  int jobs = in->jobs > 0 ? in->jobs : 1;
  size_t cap = (size_t)jobs * BATCH_PER_JOB;
  batch two[2] = {{calloc(cap, sizeof(item)), 0, 0, gz, DG_EXTRACT_OPTIONS_INIT, serialise},
                  {calloc(cap, sizeof(item)), 0, 0, gz, DG_EXTRACT_OPTIONS_INIT, serialise}};
  batch *cur = &two[0], *nxt = &two[1];
  cli_reader r = {&s, 0, NULL, in->date, 0, 0, 0, 0};
  cli_progress p;
  memset(counts, 0, sizeof *counts);
  if (!two[0].items || !two[1].items) {
    free(two[0].items); free(two[1].items); cli_sources_free(&s);
    cli_error(NULL, "out of memory");
    return EXIT_INTERNAL;
  }
  two[0].opts.default_date = two[1].opts.default_date = in->date;
  cli_progress_start(&p, in->quiet, s.total);
  int rd = fill(&r, cur, cap); /* the reader's state for the batch in hand */
  while (cur->n > 0) {
    prefetch pf = {&r, nxt, cap, EXIT_OK};
    pthread_t reader;
    int ahead = jobs > 1 && rd == EXIT_OK && pthread_create(&reader, NULL, read_ahead, &pf) == 0;
    if (jobs > 1 && cur->n > 1) extract_batch(cur, jobs);
    else for (size_t i = 0; i < cur->n; i++) extract_one(cur, &cur->items[i]);
    if (ahead) pthread_join(reader, NULL);
    int d = drain(cur, sink, ctx, counts);
    if (rc == EXIT_OK) rc = rd;
    if (rc == EXIT_OK) rc = d;
    cli_progress_update(&p, r.read, r.bytes);
    if (rc != EXIT_OK) { discard(nxt); break; }
    if (ahead) rd = pf.rc;
    else rd = fill(&r, nxt, cap);
    batch *t = cur; cur = nxt; nxt = t;
  }
  if (rc == EXIT_OK) rc = rd;
  cli_progress_end(&p);
  counts->read = r.read;
  counts->skipped += r.skipped + s.skipped;
  if (counts->skipped && !in->quiet && isatty(STDERR_FILENO)) /* the lines above, summed up */
    cli_error(NULL, "%d of %d articles could not be used (see above)", counts->skipped, counts->read + counts->skipped);
  cli_reader_close(&r);
  free(two[0].items);
  free(two[1].items);
  cli_sources_free(&s);
  return rc;
}
