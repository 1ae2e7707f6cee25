/* "diplograph: 12000 articles, 38.2 MB/s, 0:41 left" after the first second,
 * redrawn at most five times a second, erased at the end. Never in a pipe or
 * a log: only when stderr is a terminal, and not with --quiet. */
#define _POSIX_C_SOURCE 200809L
#include "progress.h"
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p, int quiet, long long total_bytes)
{
  p->on = !quiet && isatty(STDERR_FILENO);
  p->start = p->last = now();
  p->total = total_bytes;
  p->shown = 0;
}

void cli_progress_update(cli_progress *p, int articles, long long bytes)
{
  if (!p->on) return;
  double t = now(), elapsed = t - p->start;
  if (elapsed < 1.0 || t - p->last < 0.2) return;
  p->last = t;
  double rate = (double)bytes / elapsed;
  fprintf(stderr, "\rdiplograph: %d articles, %.1f MB/s", articles, rate / 1e6);
  if (p->total > bytes && rate > 0) {
    long left = (long)((double)(p->total - bytes) / rate);
    fprintf(stderr, ", %ld:%02ld left", left / 60, left % 60);
  }
  fputs("   ", stderr);
  fflush(stderr);
  p->shown = 1;
}

void cli_progress_end(cli_progress *p)
{
  if (p->on && p->shown) fputs("\r\033[K", stderr);
}
