/* diplograph eval: score a graph against an answer key. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


static const char eval_usage[] =
  "Usage: diplograph eval GOLD.json [OPTION]... [FILE]...\n"
  "Build the graph of the articles (as diplograph does) or read one with --graph,\n"
  "and score it against the answer key GOLD.json (format: examples/gold.json):\n"
  "precision, recall and F1 for countries, persons and meetings; accuracy of the\n"
  "matched meetings' dates, places, levels, statuses and attendees. The matching\n"
  "rules are in src/lib/eval/README.md.\n"
  "\n"
  "      --graph FILE       score this graph JSON instead of building one\n"
  "      --min-f1 X         exit 6 when persons' or meetings' F1 is below X\n"
  "      --manifest FILE, --date YYYY-MM-DD, --gazetteer FILE  as for diplograph\n"
  "  -h, --help             show this help and exit\n";


static const struct option eval_options[] = {
  {"manifest", required_argument, NULL, OPT_MANIFEST},
  {"date", required_argument, NULL, OPT_DATE},
  {"gazetteer", required_argument, NULL, OPT_GAZETTEER},
  {"graph", required_argument, NULL, OPT_GRAPH},
  {"min-f1", required_argument, NULL, OPT_MIN},
  {"help", no_argument, NULL, 'h'},
  {NULL, 0, NULL, 0}};

/* The largest answer key or graph read: four times an article's limit. */
#define MAX_FILE ((size_t)4 * DG_MAX_DOCUMENT_BYTES)

static char *slurp(const char *path, size_t *len)
{
  struct stat st;
  FILE *f = fopen(path, "rb");
  if (!f) { cli_error(path, "cannot open: %s", strerror(errno)); return NULL; }
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    cli_error(path, "is a directory, not a JSON file");
    fclose(f);
    return NULL;
  }
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size > MAX_FILE) {
    cli_error(path, "larger than the %zu MiB limit", MAX_FILE >> 20);
    fclose(f);
    return NULL;
  }
  size_t cap = 65536, n = 0, k;
  char *buf = malloc(cap);
  while (buf && n <= MAX_FILE && (k = fread(buf + n, 1, cap - n, f)) > 0) {
    n += k;
    if (n == cap) { char *b = realloc(buf, cap *= 2); if (!b) { free(buf); buf = NULL; } else buf = b; }
  }
  int err = ferror(f) ? errno : 0;
  fclose(f);
  if (!buf) cli_error(path, "out of memory");
  else if (err) cli_error(path, "read error: %s", strerror(err));
  else if (n > MAX_FILE) cli_error(path, "larger than the %zu MiB limit", MAX_FILE >> 20);
  if (!buf || err || n > MAX_FILE) { free(buf); return NULL; }
  *len = n;
  return buf;
}

static int graph_json(const cli_inputs *in, const char *graph, char **json, size_t *len)
{
  if (graph) return (*json = slurp(graph, len)) ? EXIT_OK : EXIT_INPUT;
  dg_gazetteer *gz = NULL;
  dg_graph *g = NULL;
  int rc = cli_build_graph(in, &gz, &g);
  if (g && dg_export_json(json, len, g) < 0) { cli_report(NULL); rc = EXIT_INTERNAL; }
  dg_graph_free(g);
  dg_gazetteer_free(gz);
  return rc;
}

static int score(const char *gold_path, const char *graph_path, const char *json, size_t len, double min_f1)
{
  size_t glen;
  char *gold = slurp(gold_path, &glen), *report = NULL;
  dg_eval_result res;
  if (!gold) return EXIT_INPUT;
  int rc = dg_eval(&res, &report, gold, glen, json, len);
  free(gold);
  if (rc < 0) {
    /* dg_eval says which input it means: "graph: ..." or "answer key: ...". */
    int about_graph = strncmp(dg_error_last()->message, "graph", 5) == 0;
    cli_report(about_graph ? (graph_path ? graph_path : "<graph>") : gold_path);
    return rc == DG_EIO ? EXIT_INPUT : EXIT_DATA;
  }
  fputs(report, stdout);
  dg_string_free(report);
  if (min_f1 > 0 && (res.meetings.f1 < min_f1 || res.persons.f1 < min_f1)) {
    cli_error(gold_path, "F1 below %.3f (persons %.3f, meetings %.3f)", min_f1, res.persons.f1,
              res.meetings.f1);
    return EXIT_BELOW;
  }
  return EXIT_OK;
}

int cli_eval_main(int argc, char **argv)
{
  cli_inputs in;
  const char *graph = NULL;
  double min_f1 = 0;
  int c;
  memset(&in, 0, sizeof in);
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":h", eval_options, NULL)) != -1) {
    int r = cli_input_option(&in, c, optarg);
    if (r >= 0) return r;
    if (r == -1) continue;
    if (c == OPT_GRAPH) graph = optarg;
    else if (c == OPT_MIN) {
      char *end;
      min_f1 = strtod(optarg, &end);
      if (end == optarg || *end || !(min_f1 >= 0 && min_f1 <= 1)) { cli_error(NULL, "--min-f1: a number from 0 to 1"); return EXIT_USAGE; }
    } else if (c == 'h') { fputs(eval_usage, stdout); return EXIT_OK; }
    else return cli_bad_option(argv, c, "eval ");
  }
  if (optind >= argc) { cli_error(NULL, "eval: the answer key (GOLD.json) is missing"); return EXIT_USAGE; }
  const char *gold = argv[optind++];
  in.files = argv + optind;
  in.nfiles = argc - optind;
  if (graph && (in.nfiles || in.manifest)) {
    cli_error(NULL, "eval: --graph scores a saved graph; give it no articles or --manifest");
    return EXIT_USAGE;
  }
  char *json = NULL;
  size_t len = 0;
  int rc = graph_json(&in, graph, &json, &len);
  if (json) {
    int s = score(gold, graph, json, len, min_f1);
    if (s != EXIT_OK) rc = s;
  }
  free(json);
  return rc;
}
