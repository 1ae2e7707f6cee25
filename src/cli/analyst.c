/* The analyst's options (analyst.h): corrections and focus. */
#include "analyst.h"
#include <stdlib.h>
#include <string.h>

int cli_analyst_option(cli_analyst *a, int opt, const char *arg)
{
  char *end;
  switch (opt) {
  case OPT_CORRECTIONS:
    if (a->nfiles == (int)(sizeof a->files / sizeof *a->files)) {
      cli_error(NULL, "--corrections: at most 16 files");
      return EXIT_USAGE;
    }
    a->files[a->nfiles++] = arg;
    return -1;
  case OPT_CORRECTIONS_TEMPLATE: a->template_ = 1; return -1;
  case OPT_FROM: a->focus.from = arg; return -1;
  case OPT_TO: a->focus.to = arg; return -1;
  case OPT_COUNTRY: a->focus.countries = arg; return -1;
  case OPT_ALL_COUNTRIES: a->focus.countries = NULL; return -1;
  case OPT_STATUS: a->focus.status = arg; return -1;
  case OPT_LEVEL: a->focus.level = arg; return -1;
  case OPT_KEEP_UNDATED: a->focus.keep_undated = 1; return -1;
  case OPT_MIN_FORMAT: {
    long n = strtol(arg, &end, 10);
    if (end == arg || *end || n < 1 || n > 16) {
      cli_error(NULL, "--min-format: a number of countries from 1 to 16, not '%s'", arg);
      return EXIT_USAGE;
    }
    a->focus.min_format = (int)n;
    return -1;
  }
  default: return -2;
  }
}

int cli_analyst_any(const cli_analyst *a)
{
  const dg_focus *f = &a->focus;
  return a->nfiles || a->template_ || f->from || f->to || f->countries || f->status || f->level || f->min_format ||
         f->keep_undated;
}

int cli_analyst_load(cli_analyst *a)
{
  if (dg_focus_check(&a->focus) < 0) { cli_report(NULL); return EXIT_USAGE; }
  if (a->focus.keep_undated && !a->focus.from && !a->focus.to) {
    cli_error(NULL, "--keep-undated keeps undated meetings under --from or --to: give one of them");
    return EXIT_USAGE;
  }
  if (!a->nfiles) return EXIT_OK;
  if (dg_corrections_new(&a->corrections) < 0) { cli_report(NULL); return EXIT_INTERNAL; }
  for (int i = 0; i < a->nfiles; i++)
    if (dg_corrections_add_file(a->corrections, a->files[i]) < 0) {
      int code = dg_error_last()->code;
      cli_report(a->files[i]);
      return code == DG_EIO ? EXIT_INPUT : code == DG_ENOMEM ? EXIT_INTERNAL : EXIT_DATA;
    }
  return EXIT_OK;
}

/* Each stale correction on its own line: "diplograph: FILE: corrections[N] ...". */
static void report_stale(const char *stale)
{
  for (const char *p = stale; p && *p;) {
    const char *e = strchr(p, '\n');
    int n = e ? (int)(e - p) : (int)strlen(p);
    cli_error(NULL, "%.*s: not applied", n, p);
    p = e ? e + 1 : NULL;
  }
}

int cli_analyst_apply(const cli_analyst *a, dg_graph *g)
{
  char *stale = NULL;
  if (a->corrections && dg_graph_correct(g, a->corrections, &stale) < 0) {
    cli_report(NULL);
    return EXIT_INTERNAL;
  }
  report_stale(stale);
  dg_string_free(stale);
  if (dg_graph_focus(g, &a->focus) < 0) {
    cli_report(NULL);
    return dg_error_last()->code == DG_EARG ? EXIT_USAGE : EXIT_INTERNAL;
  }
  return EXIT_OK;
}

void cli_analyst_free(cli_analyst *a)
{
  dg_corrections_free(a->corrections);
  a->corrections = NULL;
}
