/* The extraction loop. With -j N, N - 1 worker threads and the main thread
 * extract the articles the main thread reads, each taking the next one as
 * it finishes the last, and the main thread hands the results to the sink
 * in input order as they complete: `-j N` gives the same output as `-j 1`.
 * Articles in flight are bounded in count and bytes, so memory stays
 * bounded whatever the input. Nothing waits for a whole batch: reading and
 * writing are done between extractions (a barrier per batch of 64 and a
 * reader thread beside the workers had kept -j 2 at 1.6-1.7x on two equal
 * CPUs). POSIX threads, not C11's thrd_create, which ThreadSanitizer
 * (clang 14, gcc 12) does not intercept: `tools/tsan` checks these runs. */
#define _POSIX_C_SOURCE 200809L
#include "run.h"
#include "progress.h"
#include "notices.h"
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <unistd.h>

#define IN_FLIGHT_PER_JOB 64                   /* articles in flight per thread, at most */
#define IN_FLIGHT_BYTES ((long long)32 << 20) /* and their text (plus the last one read) */

typedef struct {
  dg_document *doc;
  const char *origin;
  dg_extraction *x;
  char *line; /* its JSON line, when the run serialises */
  size_t len;
  int rc;
  dg_error err; /* errors are per thread: keep a copy */
  char *said;   /* what the reader said on the way to it (skipped records), held back */
  cli_notice_facts facts; /* what the notices say of it */
} item;

/* The articles in flight: a ring of slots [head, tail), of which [head,
 * next) are taken by a thread (a worker or the main thread); done[k] once
 * slot k is extracted. */
typedef struct {
  item *items;
  unsigned char *done;
  size_t cap, head, next, tail;
  long long bytes; /* of the documents in flight */
  int stop;        /* no more articles: workers leave when none is left */
  int waiting;     /* the main thread waits for the oldest article */
  pthread_mutex_t mu;
  pthread_cond_t work, finished;
  const dg_gazetteer *gz;
  dg_extract_options opts;
  int serialise;
} pool;

/* Extract (and serialise) one article: the part that runs in parallel. */
static void extract_one(const pool *p, item *it)
{
  it->rc = dg_extract(&it->x, p->gz, it->doc, &p->opts);
  cli_notice_facts_of(&it->facts, it->rc == 0 ? it->x : NULL);
  if (it->rc == 0 && p->serialise) {
    it->rc = dg_export_extraction(&it->line, &it->len, it->x);
    dg_extraction_free(it->x);
    it->x = NULL;
  }
  if (it->rc < 0) it->err = *dg_error_last();
}

static void *worker(void *arg)
{
  pool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (p->next == p->tail && !p->stop) pthread_cond_wait(&p->work, &p->mu);
    if (p->next == p->tail) break; /* stopped, and nothing left */
    size_t n = p->next++, k = n % p->cap;
    pthread_mutex_unlock(&p->mu);
    extract_one(p, &p->items[k]);
    pthread_mutex_lock(&p->mu);
    p->done[k] = 1;
    if (p->waiting && n == p->head) pthread_cond_signal(&p->finished); /* the one the main thread awaits */
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

/* Hand one result over; report a failure as the library said it. */
static int drain(item *it, cli_sink sink, void *ctx, cli_counts *counts, int rc)
{
  if (rc == EXIT_OK && it->said) fputs(it->said, stderr);
  free(it->said);
  if (rc != EXIT_OK) { /* the run failed: what is still in flight is only freed */
  } else if (it->rc < 0) {
    const dg_error *e = &it->err;
    cli_error(e->file[0] ? e->file : it->origin, "%s", e->message);
    counts->skipped++;
    if (it->rc == DG_ENOMEM) rc = EXIT_INTERNAL;
  } else {
    cli_notice_record(&it->facts);
    rc = sink(ctx, it->x, it->line, it->len);
    it->x = NULL;
  }
  dg_extraction_free(it->x);
  dg_string_free(it->line);
  dg_document_free(it->doc);
  memset(it, 0, sizeof *it);
  return rc;
}

/* -j 1: read, extract, hand over, one article at a time. */
static int run_serial(pool *p, cli_reader *r, cli_sink sink, void *ctx, cli_counts *counts, cli_progress *pr)
{
  int rc = EXIT_OK;
  item *it = &p->items[0];
  while (rc == EXIT_OK && cli_reader_next(r, &it->doc, &it->origin)) {
    extract_one(p, it);
    rc = drain(it, sink, ctx, counts, rc);
    cli_progress_update(pr, r->read, r->bytes);
  }
  return rc == EXIT_OK ? r->fatal : rc;
}

/* Read the next article, holding back what the reader says on the way (a
 * skipped record, a fatal error) until the article is handed over: -j N
 * reads ahead, and its messages come in the order of -j 1. */
static int read_held(cli_reader *r, item *it)
{
  size_t len = 0;
  FILE *f = open_memstream(&it->said, &len);
  if (f) cli_hold_messages(f);
  int got = cli_reader_next(r, &it->doc, &it->origin);
  cli_hold_messages(NULL);
  if (f && fclose(f) == 0 && len == 0) { free(it->said); it->said = NULL; }
  return got;
}

/* -j N: N - 1 workers, and the main thread, which reads while there is
 * room, hands over the oldest article as soon as it is done, and otherwise
 * extracts the next article itself: N threads busy on N CPUs (a main
 * thread that only read and wrote beside N workers was preempted 12,000
 * times in 20,000 articles, and the workers then waited for it). */
static int run_parallel(pool *p, int jobs, cli_reader *r, cli_sink sink, void *ctx, cli_counts *counts,
                        cli_progress *pr)
{
  pthread_t t[64];
  int started = 0, rc = EXIT_OK, eof = 0;
  char *last_said = NULL; /* what the reader said after the last article */
  for (int j = 1; j < jobs && j < 64; j++)
    if (pthread_create(&t[started], NULL, worker, p) == 0) started++;
  pthread_mutex_lock(&p->mu);
  while (!(eof && p->head == p->tail)) {
    if (p->head < p->tail && p->done[p->head % p->cap]) { /* the oldest first: no result waits for a read */
      item *it = &p->items[p->head % p->cap];
      p->bytes -= (long long)dg_document_size(it->doc);
      pthread_mutex_unlock(&p->mu);
      rc = drain(it, sink, ctx, counts, rc);
      cli_progress_update(pr, r->read, r->bytes);
      pthread_mutex_lock(&p->mu);
      p->head++;
      if (rc != EXIT_OK) /* the run failed: what is not taken yet is only freed */
        for (; p->next < p->tail; p->next++) p->done[p->next % p->cap] = 1;
    } else if (!eof && rc == EXIT_OK && p->tail - p->head < p->cap && p->bytes < IN_FLIGHT_BYTES) {
      item *it = &p->items[p->tail % p->cap]; /* no worker looks at it before tail moves */
      pthread_mutex_unlock(&p->mu);
      int got = read_held(r, it);
      pthread_mutex_lock(&p->mu);
      if (!got) { eof = 1; last_said = it->said; it->said = NULL; continue; }
      p->done[p->tail % p->cap] = 0;
      p->bytes += (long long)dg_document_size(it->doc);
      p->tail++;
      pthread_cond_signal(&p->work);
    } else if (p->head == p->tail) {
      eof = 1; /* reading stopped, nothing in flight */
    } else if (p->next < p->tail) { /* work of its own while the oldest is extracted */
      size_t k = p->next++ % p->cap;
      pthread_mutex_unlock(&p->mu);
      extract_one(p, &p->items[k]);
      pthread_mutex_lock(&p->mu);
      p->done[k] = 1;
    } else {
      p->waiting = 1;
      pthread_cond_wait(&p->finished, &p->mu);
      p->waiting = 0;
    }
  }
  p->stop = 1;
  pthread_cond_broadcast(&p->work);
  pthread_mutex_unlock(&p->mu);
  for (int j = 0; j < started; j++) pthread_join(t[j], NULL);
  if (rc == EXIT_OK && last_said) fputs(last_said, stderr);
  free(last_said);
  return rc == EXIT_OK ? r->fatal : rc;
}

int cli_run(const cli_inputs *in, const dg_gazetteer *gz, int serialise, cli_sink sink, void *ctx,
            cli_counts *counts)
{
  cli_sources s;
  int rc = cli_sources_build(&s, in, in->output);
  if (rc != EXIT_OK) { cli_sources_free(&s); return rc; }
  int jobs = in->jobs > 0 ? in->jobs : 1;
  pool p = {.cap = (size_t)(jobs > 1 ? jobs * IN_FLIGHT_PER_JOB : 1), .mu = PTHREAD_MUTEX_INITIALIZER,
            .work = PTHREAD_COND_INITIALIZER, .finished = PTHREAD_COND_INITIALIZER, .gz = gz,
            .opts = DG_EXTRACT_OPTIONS_INIT, .serialise = serialise};
  cli_reader r = {&s, 0, NULL, in->date, 0, 0, 0, 0};
  cli_progress pr;
  memset(counts, 0, sizeof *counts);
  p.items = calloc(p.cap, sizeof *p.items);
  p.done = calloc(p.cap, 1);
  if (!p.items || !p.done) {
    free(p.items); free(p.done); cli_sources_free(&s);
    cli_error(NULL, "out of memory");
    return EXIT_INTERNAL;
  }
  p.opts.default_date = in->date;
  cli_progress_start(&pr, in->quiet, s.total);
  rc = jobs > 1 ? run_parallel(&p, jobs, &r, sink, ctx, counts, &pr) : run_serial(&p, &r, sink, ctx, counts, &pr);
  cli_progress_end(&pr);
  counts->read = r.read;
  counts->skipped += r.skipped + s.skipped;
  if (counts->skipped && !in->quiet && isatty(STDERR_FILENO)) /* the lines above, summed up */
    cli_error(NULL, "%d of %d articles could not be used (see above)", counts->skipped, counts->read + counts->skipped);
  cli_reader_close(&r);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.work);
  pthread_cond_destroy(&p.finished);
  free(p.items);
  free(p.done);
  cli_sources_free(&s);
  return rc;
}
