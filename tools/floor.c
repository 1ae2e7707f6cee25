/* tools/floor: the measured floors of issue 16's targets (a benchmark
 * prototype, not part of the build or the tests). In one process, over
 * texts already in memory, it times (CPU time, the best of --runs runs)
 * each stage of extraction on its own, so that what an article costs at the
 * least can be read against `wc -w`:
 *
 *   tools/floor extract DIR [RUNS [STAGE]]   DIR: a corpus of *.txt (tools/gencorpus --out);
 *                                            STAGE: time that stage only
 *     words    counting words as wc -w does (in memory: no reading)
 *     text     dg_text_analyse: UTF-8 check, folding, tokens, sentences
 *     match    text + dg_matcher_scan (the gazetteer's phrases)
 *     annotate dg_annotate: text, matcher, hits laid over tokens, word sets,
 *              dates, the reference date, boilerplate (what every article needs)
 *     persons  annotate + dg_find_persons (the persons of the output, whose
 *              evidence every article gives, meeting or not)
 *     extract  dg_extract (all of it, the JSON line excluded)
 *     line     dg_extract + dg_export_extraction (what `extract` writes)
 *   tools/floor merge LINES.ndjson [RUNS]   extraction lines (`extract`'s output)
 *     tree     dg_json_parse + cJSON_Delete: the validating scan and cJSON's tree
 *     parse    dg_extraction_parse (tree + records)
 *     build    parse + dg_graph_add of every line + dg_graph_build
 *
 * Build (from the worktree, after tools/build):
 *   cc -O2 -Isrc/include -Isrc/lib tools/floor.c build/src/lib/libdiplograph.a \
 *      $(pkg-config --libs libcjson libutf8proc libgvc libcgraph igraph libxml-2.0) -lm -o /tmp/floor
 * The library is built RelWithDebInfo (-O2) by tools/build; BENCHMARKS.md
 * says which build its figures come from. */
#define _POSIX_C_SOURCE 200809L
#include "diplograph.h"
#include "extract/context.h"
#include "util/alloc.h"
#include "lexicon/gazetteer.h"
#include "lexicon/matcher.h"
#include "text/text.h"
#include "util/json.h"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  char **s;
  size_t *n, count, cap, bytes;
} texts;

static double cpu(void)
{
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void add(texts *t, char *s, size_t n)
{
  if (t->count == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 1024;
    t->s = realloc(t->s, t->cap * sizeof *t->s);
    t->n = realloc(t->n, t->cap * sizeof *t->n);
    if (!t->s || !t->n) exit(5);
  }
  t->s[t->count] = s;
  t->n[t->count++] = n;
  t->bytes += n;
}

static char *slurp(const char *path, size_t *n)
{
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); exit(2); }
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *s = malloc((size_t)len + 1);
  if (!s || fread(s, 1, (size_t)len, f) != (size_t)len) exit(2);
  s[len] = '\0';
  fclose(f);
  *n = (size_t)len;
  return s;
}

static void read_dir(texts *t, const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char path[4096];
  if (!d) { perror(dir); exit(2); }
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name), n;
    if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0) continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    char *s = slurp(path, &n);
    add(t, s, n);
  }
  closedir(d);
}

static void read_lines(texts *t, const char *file)
{
  size_t n;
  char *s = slurp(file, &n), *p = s;
  while (p < s + n) {
    char *nl = memchr(p, '\n', (size_t)(s + n - p));
    size_t len = nl ? (size_t)(nl - p) : (size_t)(s + n - p);
    if (len) add(t, p, len);
    p += len + 1;
  }
}

static size_t words(const char *s, size_t n)
{
  size_t w = 0;
  int in = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int sp = c == ' ' || (c >= '\t' && c <= '\r');
    w += !sp && !in;
    in = !sp;
  }
  return w;
}

/* One stage over every text; returns the CPU seconds. */
static double stage(const char *name, const texts *t, const dg_gazetteer *gz)
{
  volatile size_t sink = 0;
  double t0 = cpu();
  dg_extract_options o = DG_EXTRACT_OPTIONS_INIT;
  o.default_date = "2024-05-10";
  for (size_t i = 0; i < t->count; i++) {
    if (!strcmp(name, "words")) { sink += words(t->s[i], t->n[i]); continue; }
    if (!strcmp(name, "text") || !strcmp(name, "match")) {
      dg_text x;
      dg_hits h = {NULL, 0, 0};
      memset(&x, 0, sizeof x);
      if (dg_text_analyse(&x, t->s[i], t->n[i]) < 0) exit(5);
      if (name[0] == 'm' && dg_matcher_scan(gz->matcher, x.fold.s, x.fold.len, &h) < 0) exit(5);
      sink += x.ntok + h.n;
      free(h.v);
      dg_text_free(&x);
      continue;
    }
    if (!strcmp(name, "annotate") || !strcmp(name, "persons")) {
      dg_document *d;
      dg_records r;
      dg_ctx c;
      memset(&r, 0, sizeof r);
      memset(&c, 0, sizeof c);
      if (dg_document_from_memory(&d, "a", t->s[i], t->n[i]) < 0) exit(5);
      c.gz = gz, c.doc = d, c.r = &r;
      if (dg_grow((void **)&r.docs, &r.capdocs, 1, sizeof *r.docs) < 0) exit(5); /* extract.c's set_doc */
      memset(r.docs, 0, sizeof *r.docs);
      r.docs[0].id = dg_strdup(d->id);
      r.ndocs = 1;
      if (dg_annotate(&c, &o) < 0 || (name[0] == 'p' && dg_find_persons(&c) < 0)) exit(5);
      sink += c.text.ntok + r.npersons;
      dg_ctx_free(&c);
      dg_records_free(&r);
      dg_document_free(d);
      continue;
    }
    if (!strcmp(name, "extract") || !strcmp(name, "line")) {
      dg_document *d;
      dg_extraction *x;
      char *out;
      size_t len;
      if (dg_document_from_memory(&d, "a", t->s[i], t->n[i]) < 0 || dg_extract(&x, gz, d, &o) < 0) exit(5);
      if (name[0] == 'l') {
        if (dg_export_extraction(&out, &len, x) < 0) exit(5);
        sink += len;
        dg_string_free(out);
      }
      dg_extraction_free(x);
      dg_document_free(d);
      continue;
    }
  }
  (void)sink;
  return cpu() - t0;
}

static double merge_stage(const char *name, const texts *t, const dg_gazetteer *gz)
{
  double t0 = cpu();
  dg_graph *g = NULL;
  if (name[0] == 'b' && dg_graph_new(&g) < 0) exit(5);
  for (size_t i = 0; i < t->count; i++) {
    if (name[0] == 't') {
      cJSON *o;
      if (dg_json_parse(&o, t->s[i], t->n[i], "line") < 0) exit(3);
      cJSON_Delete(o);
      continue;
    }
    dg_extraction *x;
    if (dg_extraction_parse(&x, t->s[i], t->n[i], "line") < 0) exit(3);
    if (g && dg_graph_add(g, x) < 0) exit(3);
    dg_extraction_free(x);
  }
  if (g && dg_graph_build(g, gz) < 0) exit(5);
  dg_graph_free(g);
  return cpu() - t0;
}

int main(int argc, char **argv)
{
  if (argc < 3 || (strcmp(argv[1], "extract") && strcmp(argv[1], "merge"))) {
    fprintf(stderr, "usage: floor extract DIR [RUNS] | floor merge LINES.ndjson [RUNS]\n");
    return 1;
  }
  int runs = argc > 3 ? atoi(argv[3]) : 3, ex = !strcmp(argv[1], "extract");
  texts t = {0};
  dg_gazetteer *gz;
  if (dg_gazetteer_new(&gz) < 0) return 5;
  if (ex) read_dir(&t, argv[2]);
  else read_lines(&t, argv[2]);
  static const char *const xs[] = {"words", "text", "match", "annotate", "persons", "extract", "line"}, *const ms[] = {"tree", "parse", "build"};
  const char *const *names = ex ? xs : ms;
  size_t nn = ex ? 7 : 3;
  double first = 0;
  printf("%zu %s, %.1f MB; CPU s, the best of %d\n", t.count, ex ? "articles" : "lines", t.bytes / 1e6, runs);
  int found = argc <= 4;
  for (size_t k = 0; k < nn; k++) found |= argc > 4 && !strcmp(argv[4], names[k]);
  if (!found) { fprintf(stderr, "floor: no stage '%s'\n", argv[4]); return 1; }
  for (size_t k = 0; k < nn; k++) {
    double best = 1e30;
    if (argc > 4 && strcmp(argv[4], names[k]) != 0) continue; /* one stage only (for perf) */
    for (int r = 0; r < runs; r++) {
      double s = ex ? stage(names[k], &t, gz) : merge_stage(names[k], &t, gz);
      if (s < best) best = s;
    }
    if (first == 0) first = best;
    printf("%-8s %7.3f s %8.1f MB/s  %5.2fx %s\n", names[k], best, t.bytes / 1e6 / best, best / first,
           argc > 4 ? "itself" : ex ? "words" : "tree");
  }
  dg_gazetteer_free(gz);
  return 0;
}
