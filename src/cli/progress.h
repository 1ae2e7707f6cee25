/* A progress line on long runs, only when stderr is a terminal. */
#ifndef DG_CLI_PROGRESS_H
#define DG_CLI_PROGRESS_H

typedef struct {
  int on;
  double start, last;
  long long total;
  int shown;
} cli_progress;

void cli_progress_start(cli_progress *p, int quiet, long long total_bytes);
void cli_progress_update(cli_progress *p, int articles, long long bytes);
void cli_progress_end(cli_progress *p);

#endif
