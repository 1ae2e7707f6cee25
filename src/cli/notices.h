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
/* After each article's extraction (main thread): warns at once when the
 * text is not English, and counts what the summary says. */
void cli_notice_extraction(const dg_extraction *x, int quiet);
/* At the end of the run: articles in which nothing was found, articles
 * whose reference date was guessed or missing (once per run). */
void cli_notice_summary(int quiet);

#endif
