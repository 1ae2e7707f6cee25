/* diplograph: news articles in, a graph of diplomatic meetings out. */
#include "cli.h"
#include <errno.h>
#include "analyst.h"
#include <getopt.h>
#include <sys/stat.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
  "Usage: diplograph [OPTION]... [INPUT]...\n"
  "       diplograph extract [OPTION]... [INPUT]...\n"
  "       diplograph merge [OPTION]... [FILE.ndjson]...\n"
  "       diplograph eval GOLD.json [OPTION]... [INPUT]...\n"
  "Read news articles (UTF-8 text or saved web pages) and write the graph of who met whom:\n"
  "countries, the officials who act for them, and their meetings with date,\n"
  "place, level, format and status. An INPUT is an article, a directory (its\n"
  "*.txt and *.html files, in name order) or an NDJSON file (*.ndjson, *.jsonl: one\n"
  "article a line, {\"id\", \"text\", \"published\", \"source\", \"url\"}). With no\n"
  "INPUT, or INPUT -, one article is read from standard input.\n"
  "\n"
  "Input:\n"
  "      --manifest FILE    read the articles FILE lists, with their dates and sources\n"
  "      --date YYYY-MM-DD  reference date for articles without a publication date\n"
  "      --gazetteer FILE   add countries, titles, vocabulary or persons from FILE\n"
  "                         (same schema as the built-in data; may be repeated)\n"
  "      --ndjson           standard input holds NDJSON records, not one article\n"
  "Output formats (one; the default is --json):\n"
  "      --json             node-link JSON for NetworkX and D3: the whole graph\n"
  "      --svg, --png, --pdf  the escalation diagram (view: timeline)\n"
  "      --dot              Graphviz DOT of a view (default view: timeline)\n"
  "      --graphml          GraphML for Gephi, NetworkX, igraph (default view: full)\n"
  "      --gexf             GEXF with a timeline for Gephi and NetworkX (default view: full)\n"
  "      --gexf-version V   1.2 (GEXF 1.2draft, the default: Gephi, NetworkX 2.x) or 1.3\n"
  "      --csv              the countries, persons and meetings tables, as\n"
  "                         countries.csv, persons.csv and meetings.csv in the folder -o DIR\n"
  "      --csv-table NAME   one table: countries, persons, meetings, or the nodes of a view\n"
  "      --csv-edges        the edges table of a view (default view: full)\n"
  "      --report           a self-contained HTML report: summary, the diagram, tables\n"
  "                         of meetings and persons with their evidence, sources\n"
  "  -o, --output FILE      write to FILE (atomically) instead of standard output\n"
  "Views:\n"
  "      --view NAME        full (countries, persons, meetings), actors (countries and\n"
  "                         persons, an edge per meeting), countries (an edge per pair,\n"
  "                         with counts and dates), timeline (meetings in time order)\n"
  "      --id-prefix P      prefix of ids in SVG output, so diagrams can share a page\n"
  "The diagram (--svg, --png, --pdf, --dot of the timeline):\n"
  "      --title TEXT       the headline (default: who met, and when); \"\" for none\n"
  "      --subtitle TEXT    the line under it (default: the phases and the counts)\n"
  "      --credit TEXT      the source line (default: \"Source: N articles. Made with diplograph\")\n"
  "      --width PX         width of the SVG or PNG in pixels (default: 2 pixels a point for PNG)\n"
  "      --undated MODE     strip (undated meetings in a strip at the right, the default)\n"
  "                         or omit (left out; the credit line says how many)\n";

/* The second half (C99 promises string literals of 4095 bytes only). */
static const char usage_more[] =
  "Analysis:\n"
  "      --stats[=json]     instead of a graph, a summary: format phases (who joined\n"
  "                         when), the highest level reached, each actor's first\n"
  "                         appearance, degree and betweenness (igraph)\n"
  ;
static const char usage_rest[] =
  "Scale:\n"
  "  -j, --jobs N           extract N articles at a time (threads; same output)\n"
  "  -q, --quiet            no progress line (it shows only on a terminal anyway)\n"
  "Commands:\n"
  "  extract                one JSON line per article instead of a graph (constant memory)\n"
  "  merge                  the graph of extract's lines, from files or stdin, in any\n"
  "                         order and sharding: the same graph as one run\n"
  "      --partial          (merge) write extraction lines again, sorted by id, for\n"
  "                         a merge of merges: the same graph as one merge\n"
  "  eval GOLD.json         score the graph against an answer key (see eval --help)\n"
  "Other:\n"
  "  -h, --help             show this help and exit\n"
  "  -V, --version          show the version and exit\n"
  "\n"
  "Exit status: 0 success; 1 bad option or argument, or a diagram too large for\n"
  "its format; 2 an input file could not be read, or an article was rejected\n"
  "(the others were processed; nothing is written when none could be read); 3 a\n"
  "gazetteer, manifest or answer key is malformed; 4 the output could not be\n"
  "written; 5 out of memory or internal ""error; 6 (eval) a score below --min-f1.\n";

static const struct option long_options[] = {
  {"json", no_argument, NULL, OPT_JSON},
  {"dot", no_argument, NULL, OPT_DOT},
  {"svg", no_argument, NULL, OPT_SVG},
  {"png", no_argument, NULL, OPT_PNG},
  {"pdf", no_argument, NULL, OPT_PDF},
  {"graphml", no_argument, NULL, OPT_GRAPHML},
  {"gexf", no_argument, NULL, OPT_GEXF},
  {"csv", no_argument, NULL, OPT_CSV},
  {"csv-edges", no_argument, NULL, OPT_CSV_EDGES},
  {"csv-table", required_argument, NULL, OPT_CSV_TABLE},
  {"title", required_argument, NULL, OPT_TITLE},
  {"subtitle", required_argument, NULL, OPT_SUBTITLE},
  {"credit", required_argument, NULL, OPT_CREDIT},
  {"width", required_argument, NULL, OPT_WIDTH},
  {"undated", required_argument, NULL, OPT_UNDATED},
  {"gexf-version", required_argument, NULL, OPT_GEXF_VERSION},
  {"report", no_argument, NULL, OPT_REPORT},
  {"view", required_argument, NULL, OPT_VIEW},
  {"id-prefix", required_argument, NULL, OPT_ID_PREFIX},
  {"stats", optional_argument, NULL, OPT_STATS},
  {"ndjson", no_argument, NULL, OPT_NDJSON},
  {"partial", no_argument, NULL, OPT_PARTIAL},
  {"jobs", required_argument, NULL, 'j'},
  {"quiet", no_argument, NULL, 'q'},
  {"output", required_argument, NULL, 'o'},
  {"manifest", required_argument, NULL, OPT_MANIFEST},
  {"date", required_argument, NULL, OPT_DATE},
  {"gazetteer", required_argument, NULL, OPT_GAZETTEER},
  {"help", no_argument, NULL, 'h'},
  {"version", no_argument, NULL, 'V'},
  CLI_ANALYST_LONG_OPTIONS,
  {NULL, 0, NULL, 0}};

typedef struct {
  cli_inputs in;
  const char *output;
  dg_export_options ex;
  int nformats;
  int stats; /* 1 text, 2 JSON */
  int csv_folder; /* --csv: three tables into the folder -o DIR */
  int partial;    /* merge --partial: extraction lines out, for a merge tree */
  cli_analyst an;
} options;

static const struct { int opt; dg_format format; } format_options[] = {
  {OPT_JSON, DG_FORMAT_JSON}, {OPT_DOT, DG_FORMAT_DOT}, {OPT_SVG, DG_FORMAT_SVG},
  {OPT_PNG, DG_FORMAT_PNG}, {OPT_PDF, DG_FORMAT_PDF}, {OPT_GRAPHML, DG_FORMAT_GRAPHML},
  {OPT_GEXF, DG_FORMAT_GEXF}, {OPT_CSV_EDGES, DG_FORMAT_CSV_EDGES},
  {OPT_REPORT, DG_FORMAT_HTML}};

static const struct { const char *name; dg_format format; } csv_tables[] = {
  {"countries", DG_FORMAT_CSV_COUNTRIES}, {"persons", DG_FORMAT_CSV_PERSONS},
  {"meetings", DG_FORMAT_CSV_MEETINGS}, {"nodes", DG_FORMAT_CSV}};

static int set_format(options *o, dg_format f)
{
  if (o->nformats++ && o->ex.format != f) {
    cli_error(NULL, "choose one output format (run diplograph once per format)");
    return EXIT_USAGE;
  }
  o->ex.format = f;
  return -1;
}

/* The options of the diagram and of the files: -1 when handled, -2 when c
 * is not one, else an exit code. */
static int diagram_option(options *o, int c, const char *arg)
{
  char *end;
  switch (c) {
  case OPT_TITLE: o->ex.title = arg; return -1;
  case OPT_SUBTITLE: o->ex.subtitle = arg; return -1;
  case OPT_CREDIT: o->ex.credit = arg; return -1;
  case OPT_WIDTH: {
    long n = strtol(arg, &end, 10);
    if (end == arg || *end || n < 100 || n > 20000) {
      cli_error(NULL, "--width: a number of pixels from 100 to 20000, not '%s'", arg);
      return EXIT_USAGE;
    }
    o->ex.width = (int)n;
    return -1;
  }
  case OPT_UNDATED:
    if (strcmp(arg, "strip") && strcmp(arg, "omit")) {
      cli_error(NULL, "--undated: strip or omit, not '%s'", arg);
      return EXIT_USAGE;
    }
    o->ex.undated = strcmp(arg, "omit") == 0 ? DG_UNDATED_OMIT : DG_UNDATED_STRIP;
    return -1;
  case OPT_GEXF_VERSION:
    if (strcmp(arg, "1.2") && strcmp(arg, "1.3")) {
      cli_error(NULL, "--gexf-version: 1.2 or 1.3, not '%s'", arg);
      return EXIT_USAGE;
    }
    o->ex.gexf_version = strcmp(arg, "1.3") == 0 ? 13 : 12;
    return -1;
  case OPT_CSV_TABLE:
    for (size_t i = 0; i < sizeof csv_tables / sizeof *csv_tables; i++)
      if (strcmp(arg, csv_tables[i].name) == 0) return set_format(o, csv_tables[i].format);
    cli_error(NULL, "--csv-table: countries, persons, meetings or nodes, not '%s'", arg);
    return EXIT_USAGE;
  case OPT_CSV:
    o->csv_folder = 1;
    return set_format(o, DG_FORMAT_CSV_COUNTRIES);
  default: return -2;
  }
}

/* A format option: -1 when handled, -2 when c is not one. */
static int format_option(options *o, int c)
{
  for (size_t i = 0; i < sizeof format_options / sizeof *format_options; i++) {
    if (format_options[i].opt == c) return set_format(o, format_options[i].format);
  }
  return -2;
}

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
  optind = 1;
  while ((c = getopt_long(argc, argv, ":o:j:qhV", long_options, NULL)) != -1) {
    int r = cli_input_option(&o->in, c, optarg);
    if (r == -2) r = format_option(o, c);
    if (r == -2) r = diagram_option(o, c, optarg);
    if (r == -2) r = cli_analyst_option(&o->an, c, optarg);
    if (r >= 0) return r;
    if (r == -1) continue;
    switch (c) {
    case OPT_VIEW: o->ex.view = optarg; break;
    case OPT_NDJSON: o->in.ndjson = 1; break;
    case OPT_PARTIAL: o->partial = 1; break;
    case 'q': o->in.quiet = 1; break;
    case 'j': {
      char *end;
      long n = strtol(optarg, &end, 10);
      if (end == optarg || *end || n < 1 || n > 64) {
        cli_error(NULL, "--jobs: a number from 1 to 64, not '%s'", optarg);
        return EXIT_USAGE;
      }
      o->in.jobs = (int)n;
      break;
    }
    case OPT_STATS:
      if (optarg && strcmp(optarg, "json") != 0 && strcmp(optarg, "text") != 0) {
        cli_error(NULL, "--stats: text or json, not '%s'", optarg);
        return EXIT_USAGE;
      }
      o->stats = optarg && strcmp(optarg, "json") == 0 ? 2 : 1;
      break;
    case OPT_ID_PREFIX: o->ex.id_prefix = optarg; break;
    case 'o': o->output = optarg; break;
    case 'h': fputs(usage, stdout); fputs(CLI_ANALYST_USAGE, stdout); fputs(usage_more, stdout); fputs(usage_rest, stdout); return EXIT_OK;
    case 'V': printf("diplograph %s\n", dg_version()); return EXIT_OK;
    default: return cli_bad_option(argv, c, "");
    }
  }
  o->in.files = argv + optind;
  o->in.nfiles = argc - optind;
  o->in.output = o->output;
  if (dg_export_check(&o->ex) < 0) { cli_report(NULL); return EXIT_USAGE; }
  return -1;
}

/* --csv: the three tables into the folder -o DIR (made when missing), each
 * file written atomically. */
static int write_csv_folder(const options *o, const dg_graph *g)
{
  static const char *const files[] = {"countries.csv", "persons.csv", "meetings.csv"};
  static const dg_format tables[] = {DG_FORMAT_CSV_COUNTRIES, DG_FORMAT_CSV_PERSONS, DG_FORMAT_CSV_MEETINGS};
  if (mkdir(o->output, 0777) < 0 && errno != EEXIST) {
    cli_error(o->output, "cannot make the folder: %s", strerror(errno));
    return EXIT_OUTPUT;
  }
  for (int i = 0; i < 3; i++) {
    dg_export_options ex = o->ex;
    char *data = NULL, path[4096];
    size_t len = 0;
    ex.format = tables[i];
    snprintf(path, sizeof path, "%s/%s", o->output, files[i]);
    if (dg_export(&data, &len, g, &ex) < 0) { cli_report(NULL); return EXIT_INTERNAL; }
    int bad = cli_write_output(path, data, len) < 0;
    dg_string_free(data);
    if (bad) return EXIT_OUTPUT;
  }
  return EXIT_OK;
}

static int export_error(int e)
{
  cli_report(NULL);
  return e == DG_EARG || e == DG_ELIMIT ? EXIT_USAGE : EXIT_INTERNAL;
}

static int out_write(void *ctx, const char *data, size_t len)
{
  return cli_out_write(ctx, data, len) < 0 ? DG_EIO : 0;
}

/* The export streamed into the output (JSON, GraphML and GEXF as they are
 * made): the output's bytes never sit in memory whole. */
static int stream_output(const options *o, const dg_graph *g)
{
  cli_out out;
  if (cli_out_open(&out, o->output) < 0) return EXIT_OUTPUT;
  int e = dg_export_write(g, &o->ex, out_write, &out);
  int rc = e < 0 && !out.err ? export_error(e) : EXIT_OK;
  if (cli_out_close(&out, e == 0) < 0 && rc == EXIT_OK) rc = EXIT_OUTPUT;
  return rc;
}

static int run(const options *o, int merge)
{
  dg_gazetteer *gz = NULL;
  dg_graph *g = NULL;
  char *json = NULL;
  size_t len = 0;
  int binary = o->ex.format == DG_FORMAT_PNG || o->ex.format == DG_FORMAT_PDF;
  if (o->csv_folder && (!o->output || strcmp(o->output, "-") == 0)) {
    cli_error(NULL, "--csv writes three tables into a folder: give -o DIR (or --csv-table NAME for one table)");
    return EXIT_USAGE;
  }
  if (binary && (!o->output || strcmp(o->output, "-") == 0) && isatty(STDOUT_FILENO)) {
    cli_error(NULL, "not writing %s to a terminal: use -o FILE or a pipe", o->ex.format == DG_FORMAT_PNG ? "PNG" : "PDF");
    return EXIT_USAGE;
  }
  int rc = merge ? cli_merge_graph(&o->in, &gz, &g) : cli_build_graph(&o->in, &gz, &g);
  if (rc == EXIT_OK || (rc == EXIT_INPUT && g)) {
    int a = cli_analyst_apply(&o->an, g);
    if (a != EXIT_OK) rc = a;
  }
  if (o->an.template_ && (rc == EXIT_OK || (rc == EXIT_INPUT && g))) {
    if (dg_corrections_template(&json, g) < 0) { cli_report(NULL); rc = EXIT_INTERNAL; }
    else if (cli_write_output(o->output, json, strlen(json)) < 0) rc = EXIT_OUTPUT;
  } else if (rc == EXIT_OK || (rc == EXIT_INPUT && g)) {
    const char *engine = o->stats ? NULL : dg_export_engine(g, &o->ex);
    if (engine && strcmp(engine, "sfdp") == 0 && !o->in.quiet)
      cli_error(NULL, "more than %d nodes: laying out with sfdp instead of dot/neato", DG_SFDP_NODES);
    size_t conflicts = dg_graph_conflict_count(g);
    if (conflicts && !o->in.quiet && isatty(STDERR_FILENO))
      cli_error(NULL, "note: the articles disagree about %zu meeting%s (see \"conflicts\" in the output)", conflicts,
                conflicts == 1 ? "" : "s");
    int e = 0;
    if (o->csv_folder) {
      int w = write_csv_folder(o, g);
      if (w != EXIT_OK) rc = w;
      e = 1; /* written */
    } else if (o->stats) {
      e = dg_graph_stats(&json, g, o->stats == 2);
    } else {
      int w = stream_output(o, g);
      if (w != EXIT_OK) rc = w;
      e = 1; /* written */
    }
    if (e == 0 && o->stats) len = strlen(json);
    if (e < 0) {
      rc = export_error(e);
    } else if (e == 0 && cli_write_output(o->output, json, len) < 0) {
      rc = EXIT_OUTPUT;
    }
  }
  dg_string_free(json);
  dg_graph_free(g);
  dg_gazetteer_free(gz);
  return rc;
}

/* Options that make no sense for a command. */
static int check_command(const options *o, const char *cmd)
{
  if (strcmp(cmd, "extract") == 0 && cli_analyst_any(&o->an)) {
    cli_error(NULL, "extract writes each article's raw facts: corrections and focus belong to the graph (main run or merge)");
    return EXIT_USAGE;
  }
  if (strcmp(cmd, "extract") == 0 && (o->nformats || o->stats || o->ex.view || o->ex.id_prefix)) {
    cli_error(NULL, "extract writes JSON lines: it takes no output format, view or --stats");
    return EXIT_USAGE;
  }
  if (strcmp(cmd, "merge") == 0 && (o->in.manifest || o->in.ndjson || o->in.date)) {
    cli_error(NULL, "merge reads extract's lines: --manifest, --ndjson and --date belong to extract");
    return EXIT_USAGE;
  }
  if (o->partial && strcmp(cmd, "merge") != 0) {
    cli_error(NULL, "--partial belongs to merge (diplograph merge --partial FILE...)");
    return EXIT_USAGE;
  }
  if (o->partial && (o->nformats || o->stats || o->ex.view || o->ex.id_prefix || o->ex.title || o->ex.subtitle ||
                     o->ex.credit || o->ex.width || o->ex.undated || o->in.ngazetteers || cli_analyst_any(&o->an))) {
    cli_error(NULL, "merge --partial writes extraction lines for another merge: the output format, view, "
                    "gazetteer, corrections and focus belong to the last merge");
    return EXIT_USAGE;
  }
  return -1;
}

int main(int argc, char **argv)
{
  options o;
  memset(&o, 0, sizeof o);
  o.ex.format = DG_FORMAT_JSON;
  cli_output_signals();
  const char *cmd = argc > 1 && (strcmp(argv[1], "extract") == 0 || strcmp(argv[1], "merge") == 0) ? argv[1] : NULL;
  if (argc > 1 && strcmp(argv[1], "eval") == 0) return cli_eval_main(argc - 1, argv + 1);
  int rc = cmd ? parse(&o, argc - 1, argv + 1) : parse(&o, argc, argv);
  if (rc >= 0) return rc;
  if (cmd && (rc = check_command(&o, cmd)) >= 0) return rc;
  if (cmd && strcmp(cmd, "extract") == 0) return cli_extract(&o.in, o.output);
  if (o.partial) return cli_merge_partial(&o.in);
  if (o.an.template_ && (o.nformats || o.stats)) {
    cli_error(NULL, "--corrections-template writes a corrections file: it takes no output format or --stats");
    return EXIT_USAGE;
  }
  if ((rc = cli_analyst_load(&o.an)) != EXIT_OK) { cli_analyst_free(&o.an); return rc; }
  rc = run(&o, cmd != NULL);
  cli_analyst_free(&o.an);
  return rc;
}
