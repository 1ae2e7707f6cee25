/* diplograph: turn news about diplomacy into a graph of actors and meetings.
 *
 * Conventions (after libgit2 and zstd):
 *  - functions return 0 on success or a negative dg_error_code; the detail is
 *    in dg_error_last(), which stays valid until the next library call on the
 *    same thread;
 *  - output parameters come first; an object returned through `**out` is
 *    owned by the caller and released with its `_free` function, which accepts
 *    NULL; strings returned through `char **` are freed with dg_string_free();
 *  - the library never prints, never exits and never reads the clock.
 *
 * Threads. The library keeps no hidden shared state except in its
 * dependencies, so most functions may run in several threads at once as long
 * as no object is changed by one thread while another uses it:
 *  - safe: the error slot (dg_error_last, dg_error_clear) is per thread;
 *    dg_version, dg_date_check, dg_export_default_view, dg_export_check and
 *    dg_export_engine touch no state; functions on distinct objects
 *    (documents, NDJSON readers, manifests, extractions, graphs, analyses)
 *    never share memory;
 *  - a gazetteer is read-only once loaded: any number of threads may call
 *    dg_extract with the same one, and then dg_export_extraction and
 *    dg_extraction_parse (this is what `diplograph extract -j N` does), but
 *    dg_gazetteer_add_file and dg_gazetteer_add_json must not run while
 *    another thread uses it. A built graph is likewise read-only for
 *    dg_export_json and dg_graph_document_count / dg_graph_conflict_count;
 *  - safe: dg_eval, dg_analysis_text and dg_analysis_json (cJSON, utf8proc);
 *  - NOT safe, to be called from one thread at a time (in the whole
 *    process): dg_analyse, dg_graph_stats, and dg_export with any format but
 *    DG_FORMAT_JSON, since they swap igraph's process-wide error handlers
 *    and use Graphviz, whose error hook and layout state are global.
 */
#ifndef DIPLOGRAPH_H
#define DIPLOGRAPH_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DG_VERSION_MAJOR 0
#define DG_VERSION_MINOR 1
#define DG_VERSION_PATCH 0

/* The library's version as "X.Y.Z" (static storage). */
const char *dg_version(void);

/* ------------------------------------------------------------------ errors */

typedef enum {
  DG_OK = 0,
  DG_ENOMEM = -1,  /* out of memory */
  DG_EIO = -2,     /* a file could not be read or written */
  DG_EINPUT = -3,  /* an article is unusable: empty, binary, not UTF-8 */
  DG_EDATA = -4,   /* a gazetteer, manifest or graph file is malformed */
  DG_EARG = -5,    /* an argument is invalid (a bad date, say) */
  DG_EDEP = -6,    /* a dependency (Graphviz, igraph) reported an error */
  DG_ELIMIT = -7   /* a documented limit was exceeded */
} dg_error_code;

typedef struct {
  int code;           /* a dg_error_code */
  char message[512];  /* one line, no trailing newline */
  char file[256];     /* the file concerned, or "" */
  long line, column;  /* 1-based, or -1 when unknown */
  long offset;        /* byte offset, or -1 when unknown */
} dg_error;

/* The last error of this thread. Owned by the library. */
const dg_error *dg_error_last(void);
void dg_error_clear(void);

/* Free a string returned by the library. */
void dg_string_free(char *s);

/* Limits, enforced with DG_ELIMIT. */
#define DG_MAX_DOCUMENT_BYTES ((size_t)64 << 20) /* one article: 64 MiB */
#define DG_MAX_DATA_BYTES ((size_t)16 << 20)     /* a gazetteer or manifest: 16 MiB */
#define DG_MAX_JSON_DEPTH 64                     /* nesting in any JSON input */

/* --------------------------------------------------------------- gazetteer */

/* World knowledge: countries, demonyms, capitals, titles, meeting vocabulary.
 * The schema is documented in src/lib/data/README.md. */
typedef struct dg_gazetteer dg_gazetteer;

/* A new gazetteer holding the built-in world data. */
int dg_gazetteer_new(dg_gazetteer **out);
/* Extend with a JSON file of the same schema. On a malformed file the error
 * carries the file, line and column. Nothing is added on failure. */
int dg_gazetteer_add_file(dg_gazetteer *gz, const char *path);
/* The same from memory; `name` is used in error messages. */
int dg_gazetteer_add_json(dg_gazetteer *gz, const char *json, size_t len, const char *name);
void dg_gazetteer_free(dg_gazetteer *gz);

/* ---------------------------------------------------------------- documents */

typedef struct dg_document dg_document;

/* Read an article. `path` "-" reads stdin. `id` may be NULL (the file's base
 * name without extension is used). The text must be UTF-8: invalid bytes are
 * rejected with DG_EINPUT and their byte offset; empty files and files with
 * NUL bytes are rejected too. The bytes are kept as stored: a UTF-8 byte
 * order mark is ignored for matching, and evidence offsets are offsets into
 * the file, BOM included. */
int dg_document_load(dg_document **out, const char *path, const char *id);
/* The same from memory (the text is copied). */
int dg_document_from_memory(dg_document **out, const char *id, const char *text, size_t len);
/* A saved web page (HTML, in the charset it declares): the article's text
 * (the title, then the main block's paragraphs, without navigation, scripts,
 * asides, banners or link lists), its publication date from the metadata
 * (article:published_time, JSON-LD datePublished, <time datetime>, meta
 * names; reference_how "metadata"), its canonical url and site name (the
 * source). Evidence offsets are offsets into that extracted text.
 * dg_document_load reads a page this way when its name ends in .html or .htm,
 * or when it starts with a doctype or <html>. */
int dg_document_from_html(dg_document **out, const char *id, const char *html, size_t len);
/* Publication date "YYYY-MM-DD" (or NULL) and source (or NULL). */
int dg_document_set_published(dg_document *doc, const char *date);
int dg_document_set_source(dg_document *doc, const char *source);
/* Where the article came from: its http(s) address (or NULL). */
int dg_document_set_url(dg_document *doc, const char *url);
const char *dg_document_id(const dg_document *doc);
const char *dg_document_path(const dg_document *doc);
/* The article's size in bytes. */
size_t dg_document_size(const dg_document *doc);
void dg_document_free(dg_document *doc);

/* Articles as NDJSON records, one per line, the form scrapers produce:
 * {"id": ..., "text": ..., "published": "YYYY-MM-DD"|null, "source": ..., "url": ...}
 * Only "text" is required (the url is kept as the document's); "id" defaults to "<file>:<line>". The reader
 * streams: memory holds one line at a time. */
typedef struct dg_ndjson dg_ndjson;

/* Open a file ("-" for stdin). *out is the caller's (dg_ndjson_close). */
int dg_ndjson_open(dg_ndjson **out, const char *path);
/* The next article: 1 and *doc (the caller's), 0 at the end, or a negative
 * code for a bad record, whose error names the file and line; reading may go
 * on after a bad record. Blank lines are skipped. */
int dg_ndjson_next(dg_ndjson *r, dg_document **doc);
void dg_ndjson_close(dg_ndjson *r);

/* 0 when s is a real calendar date "YYYY-MM-DD", else DG_EARG. */
int dg_date_check(const char *s);

/* A manifest lists documents with their metadata (format: examples/README.md).
 * Paths are resolved relative to the manifest's folder. */
typedef struct {
  char *id;
  char *path;
  char *published; /* "YYYY-MM-DD" or NULL */
  char *source;    /* or NULL */
  char *url;       /* where the article came from, or NULL */
} dg_manifest_entry;

typedef struct {
  dg_manifest_entry *entries;
  size_t count;
} dg_manifest;

int dg_manifest_load(dg_manifest **out, const char *path);
void dg_manifest_free(dg_manifest *m);

/* --------------------------------------------------------------- extraction */

typedef struct {
  /* Reference date "YYYY-MM-DD" for documents without a publication date, or
   * NULL. Relative dates ("last month", "on Wednesday") resolve against it. */
  const char *default_date;
} dg_extract_options;

#define DG_EXTRACT_OPTIONS_INIT {NULL}

/* What one article says: its countries, persons and meetings, each with
 * evidence. */
typedef struct dg_extraction dg_extraction;

int dg_extract(dg_extraction **out, const dg_gazetteer *gz, const dg_document *doc,
               const dg_extract_options *opts);

/* What one extraction holds, for a program to say what it found: counts, how
 * the reference date was found ("published", "metadata", "option",
 * "dateline", "latest-date" (a guess), "none") and whether the text reads as
 * English. Strings are owned by x. */
typedef struct {
  const char *id, *path;
  size_t countries;           /* countries that act (in a meeting or through an official) */
  size_t mentioned_countries; /* countries named at all */
  size_t persons, meetings;
  const char *reference_how;
  int not_english;            /* plainly not English: diplograph reads English news */
} dg_extraction_summary;
int dg_extraction_info(dg_extraction_summary *out, const dg_extraction *x);
void dg_extraction_free(dg_extraction *x);

/* -------------------------------------------------------------------- graph */

/* The merged graph of any number of extractions. Merging is order-free:
 * the same extractions added in any order give the same graph. */
typedef struct dg_graph dg_graph;

int dg_graph_new(dg_graph **out);
/* Add one article's extraction; the graph takes a copy (x stays the caller's). */
int dg_graph_add(dg_graph *g, const dg_extraction *x);
/* Merge what was added: one node per person and per meeting across articles. */
int dg_graph_build(dg_graph *g, const dg_gazetteer *gz);
/* How many documents were added. */
size_t dg_graph_document_count(const dg_graph *g);
/* How many meetings of a built graph carry a disagreement between articles
 * (their "conflicts" attribute). */
size_t dg_graph_conflict_count(const dg_graph *g);
/* The documents added to g that had no reference date (no publication date,
 * no --date, no dateline in the text): their relative dates ("on Monday",
 * "last month") stay unresolved (null). Returns how many; the ids of the
 * first max of them, in the order they were added, go to ids (owned by g). */
size_t dg_graph_undated(const dg_graph *g, const char **ids, size_t max);
void dg_graph_free(dg_graph *g);

/* -------------------------------------------------------------- corrections */

/* An analyst's corrections, kept in JSON files (schema in src/lib/correct/
 * README.md) and applied to a built graph on every run: drop, set, merge,
 * split or add meetings; drop, set or merge persons. They name facts by their
 * evidence (document id and a quote, or the key the report shows), so they
 * still apply after a re-run with more articles. */
typedef struct dg_corrections dg_corrections;

int dg_corrections_new(dg_corrections **out);
/* Add the corrections of a file (in order). A malformed file gives DG_EDATA
 * with the file and the entry; nothing of it is added then. */
int dg_corrections_add_file(dg_corrections *c, const char *path);
int dg_corrections_add_json(dg_corrections *c, const char *json, size_t len, const char *name);
size_t dg_corrections_count(const dg_corrections *c);
void dg_corrections_free(dg_corrections *c);
/* Apply them to a built graph, in order. A correction that no longer applies
 * (its article is gone, no sentence holds its quote, the quote names several
 * facts) changes nothing and gets a line in *stale ("FILE: corrections[N]
 * (ACTION): why"), NULL when every one applied; the caller frees it. */
int dg_graph_correct(dg_graph *g, const dg_corrections *c, char **stale);
/* A corrections file for the graph at hand: one entry per meeting and per
 * person, naming it by its key, with its current values to edit. */
int dg_corrections_template(char **out, const dg_graph *g);

/* -------------------------------------------------------------------- focus */

/* Narrowing a built graph to one process: meetings in a period, with some
 * countries, of a status or level, of a format. Every output then shows the
 * same meetings, and says which focus made it. */
typedef struct {
  const char *from, *to;   /* "YYYY[-MM[-DD]]" or NULL; inclusive, at the coarser precision */
  const char *countries;   /* "ISO3[,ISO3...]": meetings with any of them; NULL for all */
  const char *status;      /* "held", "planned", ... comma-separated, or NULL */
  const char *level;       /* level names, comma-separated, or NULL */
  int min_format;          /* at least this many countries; 0 for any */
  int keep_undated;        /* keep undated meetings even under a date filter */
} dg_focus;

#define DG_FOCUS_INIT {NULL, NULL, NULL, NULL, NULL, 0, 0}

/* Check a focus without a graph: 0 or DG_EARG with the option at fault. */
int dg_focus_check(const dg_focus *f);
/* Keep only the meetings the focus selects, the persons who attend them and
 * the countries that act in them; the graph remembers the focus ("focus" in
 * JSON, the report and the diagram). An empty focus changes nothing. */
int dg_graph_focus(dg_graph *g, const dg_focus *f);

/* ------------------------------------------------------------------ exports */

/* Node-link JSON (NetworkX node_link_graph, D3); schema in src/README.md.
 * *out is the caller's (dg_string_free). */
int dg_export_json(char **out, size_t *len, const dg_graph *g);

/* Output formats and views (see README: each format has a default view). */
/* DG_FORMAT_CSV and _CSV_EDGES: the nodes and the edges table of a view;
 * _CSV_COUNTRIES, _PERSONS, _MEETINGS: the tables a spreadsheet user reads
 * (names, not ids; one row per country, person or meeting; src/README.md). */
typedef enum {
  DG_FORMAT_JSON = 0, DG_FORMAT_DOT, DG_FORMAT_SVG, DG_FORMAT_PNG, DG_FORMAT_PDF,
  DG_FORMAT_GRAPHML, DG_FORMAT_GEXF, DG_FORMAT_CSV, DG_FORMAT_CSV_EDGES, DG_FORMAT_HTML,
  DG_FORMAT_CSV_COUNTRIES, DG_FORMAT_CSV_PERSONS, DG_FORMAT_CSV_MEETINGS
} dg_format;

/* Undated meetings in the escalation diagram: a narrow strip at the right,
 * or left out (the credit line says how many). */
typedef enum { DG_UNDATED_STRIP = 0, DG_UNDATED_OMIT } dg_undated;

typedef struct {
  dg_format format;
  const char *view;      /* "full", "actors", "countries", "timeline", or NULL for the default */
  const char *id_prefix; /* prefix of SVG ids, so two diagrams can share a page; NULL = "dg" */
  /* The escalation diagram's framing (SVG, PNG, PDF, DOT of the timeline):
   * NULL = the default ("Meetings of A, B and C, Mon YYYY - Mon YYYY"; the
   * phases of the format; "Source: N articles. Made with diplograph"),
   * "" = none. */
  const char *title, *subtitle, *credit;
  int width;             /* SVG and PNG width in pixels (100..20000); 0 = the drawing's own */
  dg_undated undated;
  int gexf_version;      /* 12 (GEXF 1.2draft, the default when 0) or 13 (GEXF 1.3) */
} dg_export_options;

#define DG_EXPORT_OPTIONS_INIT {DG_FORMAT_JSON, NULL, NULL, NULL, NULL, NULL, 0, DG_UNDATED_STRIP, 0}

/* The default view of a format: timeline for DOT, SVG, PNG and PDF (the
 * escalation diagram), full for the others. Static storage. */
const char *dg_export_default_view(dg_format format);
/* Write a built graph in a format. *out is the caller's (dg_string_free);
 * PNG and PDF are binary: use *len. Graphviz and libxml2 errors come back as
 * DG_EDEP with their message. */
int dg_export(char **out, size_t *len, const dg_graph *g, const dg_export_options *o);
/* The Graphviz engine that lays out a view: "neato" (actors, countries),
 * "dot" (full), or "sfdp" above DG_SFDP_NODES nodes, where the others grow
 * too slow; the timeline is laid out by diplograph itself and drawn pinned
 * ("nop2", neato -n2). Static storage; NULL when the format draws nothing. */
#define DG_SFDP_NODES 1000
const char *dg_export_engine(const dg_graph *g, const dg_export_options *o);
/* Check the options (view name, id prefix) without a graph: 0 or DG_EARG. */
int dg_export_check(const dg_export_options *o);
/* Where streamed output goes: write len bytes of data; return 0, or a
 * negative code (having called nothing of ours that would need it) to stop. */
typedef int (*dg_write_fn)(void *ctx, const char *data, size_t len);
/* dg_export through write, piece by piece: JSON, GraphML, GEXF and the HTML
 * report are written as they are made, so memory stays that of the graph
 * (and view), not of its output; the other formats are made whole, then
 * written. The
 * bytes are those of dg_export. On an error (or a write that fails, whose
 * code is returned), what was written before it stays written. */
int dg_export_write(const dg_graph *g, const dg_export_options *o, dg_write_fn write, void *ctx);

/* One article's extraction as one line of JSON (NDJSON), the raw facts
 * before merging. *out is the caller's (dg_string_free). */
int dg_export_extraction(char **out, size_t *len, const dg_extraction *x);
/* Read back one such line (for `merge`). *out is the caller's
 * (dg_extraction_free); a malformed line gives DG_EDATA. */
int dg_extraction_parse(dg_extraction **out, const char *line, size_t len, const char *name);

/* ---------------------------------------------------------------- analysis */

/* Analytics of a built graph: per actor (country, person) its degree and
 * betweenness in the co-participation graph (estimated from 256 sources
 * above 2,000 actors) and its first appearance; the
 * format phases (held, dated meetings in date order, consecutive meetings
 * with the same set of countries grouped) with the transitions between
 * them; meeting counts by status; the highest level reached. */
typedef struct dg_analysis dg_analysis;

/* Analyse a built graph. *out is the caller's (dg_analysis_free). An empty
 * graph gives an empty analysis. DG_EARG when the graph is not built
 * (dg_graph_build), DG_EDEP when igraph reports an error, DG_ENOMEM.
 * Not thread-safe (igraph's error handlers are swapped during the call). */
int dg_analyse(dg_analysis **out, const dg_graph *g);
void dg_analysis_free(dg_analysis *a);

/* A short human summary (what --stats prints), and the same as JSON (keys
 * in a fixed order: counts, phases, transitions, highest_level, actors).
 * *out is the caller's (dg_string_free). 0, DG_EARG or DG_ENOMEM. */
int dg_analysis_text(char **out, const dg_analysis *a);
int dg_analysis_json(char **out, const dg_analysis *a);

/* Convenience: analyse g and write the summary as text (as_json == 0) or
 * JSON. *out is the caller's (dg_string_free). Errors as dg_analyse. */
int dg_graph_stats(char **out, const dg_graph *g, int as_json);

/* ---------------------------------------------------------------- evaluation */

typedef struct {
  int tp, fp, fn;
  double precision, recall, f1;
} dg_prf;

typedef struct {
  dg_prf countries, persons, meetings;
  int matched;             /* meetings matched to a gold meeting */
  double date_accuracy;    /* over matched meetings */
  double level_accuracy;
  double place_accuracy;
  double status_accuracy;
  double attendee_accuracy; /* mean Jaccard of matched meetings' persons */
  int forbidden;           /* forbidden persons or countries found */
} dg_eval_result;

/* Score a graph (as dg_export_json writes it) against an answer key in the
 * format of examples/gold.json. *report (may be NULL) receives a readable
 * report that lists each match and miss; the caller frees it. */
int dg_eval(dg_eval_result *out, char **report, const char *gold_json, size_t gold_len,
            const char *graph_json, size_t graph_len);

#ifdef __cplusplus
}
#endif
#endif
