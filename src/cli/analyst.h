/* The analyst's options: corrections that last (--corrections), a skeleton
 * to write them (--corrections-template), and the focus on one process
 * (--from, --to, --country, --status, --level, --min-format). They act on
 * the built graph, before any output, for the main run and for merge. */
#ifndef DG_CLI_ANALYST_H
#define DG_CLI_ANALYST_H
#include "cli.h"
#include <getopt.h>

enum {
  OPT_CORRECTIONS = 400, OPT_CORRECTIONS_TEMPLATE, OPT_FROM, OPT_TO, OPT_COUNTRY, OPT_ALL_COUNTRIES,
  OPT_STATUS, OPT_LEVEL, OPT_MIN_FORMAT, OPT_KEEP_UNDATED
};

#define CLI_ANALYST_LONG_OPTIONS                                                                          \
  {"corrections", required_argument, NULL, OPT_CORRECTIONS},                                              \
  {"corrections-template", no_argument, NULL, OPT_CORRECTIONS_TEMPLATE},                                  \
  {"from", required_argument, NULL, OPT_FROM}, {"to", required_argument, NULL, OPT_TO},                   \
  {"country", required_argument, NULL, OPT_COUNTRY},                                                      \
  {"all-countries", no_argument, NULL, OPT_ALL_COUNTRIES},                                                \
  {"status", required_argument, NULL, OPT_STATUS}, {"level", required_argument, NULL, OPT_LEVEL},         \
  {"min-format", required_argument, NULL, OPT_MIN_FORMAT},                                                \
  {"keep-undated", no_argument, NULL, OPT_KEEP_UNDATED}

#define CLI_ANALYST_USAGE                                                                                 \
  "Corrections (see README: the analyst's path):\n"                                                       \
  "      --corrections FILE fix the graph with FILE's corrections (JSON; may be repeated):\n"             \
  "                         drop, set, merge, split or add meetings; drop, set, merge persons\n"          \
  "      --corrections-template  instead of a graph, a corrections file to edit: one entry\n"             \
  "                         per meeting and person, named by its key\n"                                   \
  "Focus (the same meetings in every output):\n"                                                          \
  "      --from DATE, --to DATE  meetings in this period (YYYY, YYYY-MM or YYYY-MM-DD)\n"                 \
  "      --keep-undated     with --from/--to, keep the undated meetings too\n"                            \
  "      --country ISO3[,ISO3...]  meetings with any of these countries\n"                               \
  "      --all-countries    meetings of every country (the default; undoes --country)\n"                 \
  "      --status S[,S...]  held, planned, proposed\n"                                                    \
  "      --level L[,L...]   leaders, foreign, defence, intelligence, deputy-foreign, other\n"             \
  "      --min-format N     meetings of at least N countries\n"

typedef struct {
  const char *files[16];
  int nfiles;
  int template_;
  dg_focus focus;
  dg_corrections *corrections; /* loaded by cli_analyst_load */
} cli_analyst;

/* -1 handled, -2 not one of these options, else an exit code. */
int cli_analyst_option(cli_analyst *a, int opt, const char *arg);
/* After parsing: check the focus, read the corrections files. An exit code. */
int cli_analyst_load(cli_analyst *a);
/* On the built graph: corrections (stale ones reported), then the focus. */
int cli_analyst_apply(const cli_analyst *a, dg_graph *g);
/* 1 when any of these options was given. */
int cli_analyst_any(const cli_analyst *a);
void cli_analyst_free(cli_analyst *a);

#endif
