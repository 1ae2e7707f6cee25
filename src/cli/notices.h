/* What the program says so that no result is silently empty or guessed:
 * inputs that hold no article, JSON files given where articles go, articles
 * that are not English, articles in which nothing was found, articles
 * without a reference date. The one place for these messages. */
#ifndef DG_CLI_NOTICES_H
#define DG_CLI_NOTICES_H
#include "cli.h"

/* A folder with no article: say what it holds instead. Returns EXIT_INPUT. */
int cli_notice_empty_dir(const char *dir);
/* A JSON file given as an article (a manifest, corrections, a graph): an
 * exit code after saying which option it belongs to, or -1 when it is not
 * one of those. */
int cli_notice_json_input(const char *path);
/* What the notices need of one article's extraction, taken where it is
 * made (any thread), so the extraction can be freed at once. */
typedef struct {
  int known; /* 0: no extraction (nothing to say) */
  int not_english, nothing;
  char reference_how[24];
  char id[64];
  char where[256]; /* its path, else its id */
} cli_notice_facts;
void cli_notice_facts_of(cli_notice_facts *f, const dg_extraction *x);
/* After each article (main thread, in input order; cli_run calls it): warns
 * at once when the text is not English, and counts what the summary says. */
void cli_notice_record(const cli_notice_facts *f);
/* At the end of the run: articles in which nothing was found, articles
 * whose reference date was guessed (once per run). Articles with no
 * reference date at all are said by cli_notice_undated: from the graph's
 * documents when there is a graph (cli_note_undated, pipeline.c), from the
 * counts here with undated set (extract, which builds no graph). */
void cli_notice_summary(int quiet, int undated);
/* "note: N articles without a date (a, b, c and 2 more): ..." for n
 * articles, the first ids of which are given; nothing when n is 0. */
void cli_notice_undated(size_t n, const char *const *ids, size_t nids);

#endif
