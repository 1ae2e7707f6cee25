/* diplograph: news articles in, a graph of diplomatic meetings out. */
#include "cli.h"
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
  "Usage: diplograph [OPTION]... [FILE]...\n"
  "       diplograph eval GOLD.json [OPTION]... [FILE]...\n"
  "Read news articles (plain UTF-8 text) and write the graph of who met whom:\n"
  "countries, the officials who act for them, and their meetings with date,\n"
  "place, level, format and status. With no FILE, or FILE -, read one article\n"
  "from standard input.\n"
  "\n"
  "Input:\n"
  "      --manifest FILE    read the articles FILE lists, with their dates and sources\n"
  "      --date YYYY-MM-DD  reference date for articles without a publication date\n"
  "      --gazetteer FILE   add countries, titles, vocabulary or persons from FILE\n"
  "                         (same schema as the built-in data; may be repeated)\n"
  "Output:\n"
  "      --json             node-link JSON for NetworkX and D3 (the default)\n"
  "  -o, --output FILE      write to FILE (atomically) instead of standard output\n"
  "Commands:\n"
  "  eval GOLD.json         score the graph against an answer key (see eval --help)\n"
  "Other:\n"
  "  -h, --help             show this help and exit\n"
  "  -V, --version          show the version and exit\n"
  "\n"
  "Exit status: 0 success; 1 bad option or argument; 2 an input file could not\n"
  "be read, or an article was rejected (the others were processed; nothing is\n"
  "written when none could be read); 3 a gazetteer, manifest or answer key is\n"
  "malformed; 4 the output could not be written; 5 out of memory or internal\n"
  "error; 6 (eval) a score below --min-f1.\n";


static const struct option long_options[] = {
  {"json", no_argument, NULL, OPT_JSON},
  {"output", required_argument, NULL, 'o'},
  {"manifest", required_argument, NULL, OPT_MANIFEST},
  {"date", required_argument, NULL, OPT_DATE},
  {"gazetteer", required_argument, NULL, OPT_GAZETTEER},
  {"help", no_argument, NULL, 'h'},
  {"version", no_argument, NULL, 'V'},
  {NULL, 0, NULL, 0}};

typedef struct {
  cli_inputs in;
  const char *output;
} options;

/* Shared by main and eval: returns -1 to go on, else an exit code. */
int cli_input_option(cli_inputs *in, int opt, const char *arg)
{
  switch (opt) {
  case OPT_MANIFEST: in->manifest = arg; return -1;
  case OPT_DATE:
    if (dg_date_check(arg) < 0) { cli_error(NULL, "--date: not a date in the form YYYY-MM-DD: '%s'", arg); return EXIT_USAGE; }
    in->date = arg;
    return -1;
  case OPT_GAZETTEER:
    if (in->ngazetteers == (int)(sizeof in->gazetteers / sizeof *in->gazetteers)) {
      cli_error(NULL, "--gazetteer: at most 16 files");
      return EXIT_USAGE;
    }
    in->gazetteers[in->ngazetteers++] = arg;
    return -1;
  default: return -2;
  }
}

static int parse(options *o, int argc, char **argv)
{
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:hV", long_options, NULL)) != -1) {
    int r = cli_input_option(&o->in, c, optarg);
    if (r >= 0) return r;
    if (r == -1) continue;
    switch (c) {
    case OPT_JSON: break;
    case 'o': o->output = optarg; break;
    case 'h': fputs(usage, stdout); return EXIT_OK;
    case 'V': printf("diplograph %s\n", dg_version()); return EXIT_OK;
    default: return cli_bad_option(argv, c, "");
    }
  }
  o->in.files = argv + optind;
  o->in.nfiles = argc - optind;
  return -1;
}

static int run(const options *o)
{
  dg_gazetteer *gz = NULL;
  dg_graph *g = NULL;
  char *json = NULL;
  size_t len = 0;
  int rc = cli_build_graph(&o->in, &gz, &g);
  if (rc == EXIT_OK || (rc == EXIT_INPUT && g)) {
    if (dg_export_json(&json, &len, g) < 0) { cli_report(NULL); rc = EXIT_INTERNAL; }
    else if (cli_write_output(o->output, json, len) < 0) rc = EXIT_OUTPUT;
  }
  dg_string_free(json);
  dg_graph_free(g);
  dg_gazetteer_free(gz);
  return rc;
}

int main(int argc, char **argv)
{
  options o;
  memset(&o, 0, sizeof o);
  signal(SIGPIPE, SIG_IGN); /* a closed pipe is an EPIPE write, handled quietly */
  if (argc > 1 && strcmp(argv[1], "eval") == 0) return cli_eval_main(argc - 1, argv + 1);
  int rc = parse(&o, argc, argv);
  if (rc >= 0) return rc;
  return run(&o);
}
