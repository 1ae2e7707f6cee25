#define _POSIX_C_SOURCE 200809L
#include "sources.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int push(cli_sources *s, cli_src_kind kind, const char *path, long long size)
{
  if (s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 16;
    cli_source *v = realloc(s->v, cap * sizeof *v);
    if (!v) { cli_error(NULL, "out of memory"); return EXIT_INTERNAL; }
    s->v = v;
    s->cap = cap;
  }
  cli_source *x = &s->v[s->n];
  memset(x, 0, sizeof *x);
  x->kind = kind;
  x->size = size;
  if (!(x->path = strdup(path))) { cli_error(NULL, "out of memory"); return EXIT_INTERNAL; }
  s->n++;
  if (size > 0) s->total += size;
  return EXIT_OK;
}

static int ends_with(const char *s, const char *suffix)
{
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int is_ndjson(const char *path) { return ends_with(path, ".ndjson") || ends_with(path, ".jsonl"); }

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* A directory: its *.txt files (and NDJSON files), sorted, not recursive. */
static int add_directory(cli_sources *s, const char *dir)
{
  DIR *d = opendir(dir);
  if (!d) { cli_error(dir, "cannot open: %s", strerror(errno)); return EXIT_INPUT; }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  int rc = EXIT_OK;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    if (!(ends_with(e->d_name, ".txt") || is_ndjson(e->d_name))) {
      char sub[4096];
      struct stat st;
      snprintf(sub, sizeof sub, "%s%s%s", dir, ends_with(dir, "/") ? "" : "/", e->d_name);
      if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode)) /* said, so that nobody expects a recursive read */
        cli_error(dir, "note: the subdirectory '%s' is not read (directories are read one level deep)", e->d_name);
      continue;
    }
    if (n == cap) {
      char **v = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *v);
      if (!v) { rc = EXIT_INTERNAL; break; }
      names = v;
    }
    size_t len = strlen(dir) + strlen(e->d_name) + 2;
    if (!(names[n] = malloc(len))) { rc = EXIT_INTERNAL; break; }
    snprintf(names[n++], len, "%s%s%s", dir, ends_with(dir, "/") ? "" : "/", e->d_name);
  }
  closedir(d);
  if (n > 1) qsort(names, n, sizeof *names, by_name);
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    int found = stat(names[i], &st) == 0;
    if (rc == EXIT_OK && found && S_ISREG(st.st_mode))
      rc = push(s, is_ndjson(names[i]) ? SRC_NDJSON : SRC_FILE, names[i], (long long)st.st_size);
    else if (rc == EXIT_OK) { /* an article's name on something that is not one */
      cli_error(names[i], "not read: %s", !found ? "a symbolic link to nothing" : S_ISDIR(st.st_mode) ? "a directory"
                                            : S_ISFIFO(st.st_mode) ? "a FIFO" : "not a regular file");
      s->skipped++;
    }
    free(names[i]);
  }
  free(names);
  if (rc == EXIT_INTERNAL) cli_error(dir, "out of memory");
  return rc;
}

static int add_path(cli_sources *s, const char *path, int ndjson_stdin)
{
  struct stat st;
  if (strcmp(path, "-") == 0) return push(s, ndjson_stdin ? SRC_NDJSON : SRC_FILE, "-", -1);
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return add_directory(s, path);
  long long size = stat(path, &st) == 0 ? (long long)st.st_size : -1;
  return push(s, is_ndjson(path) ? SRC_NDJSON : SRC_FILE, path, size); /* a missing file fails when read */
}

static int add_manifest(cli_sources *s, const char *path)
{
  if (dg_manifest_load(&s->manifest, path) < 0) {
    cli_report(path);
    return dg_error_last()->code == DG_EIO ? EXIT_INPUT : cli_exit_for(dg_error_last()->code) == EXIT_INPUT ? EXIT_DATA
                                                                                                           : cli_exit_for(dg_error_last()->code);
  }
  for (size_t i = 0; i < s->manifest->count; i++) {
    const dg_manifest_entry *e = &s->manifest->entries[i];
    struct stat st;
    int rc = push(s, SRC_FILE, e->path, stat(e->path, &st) == 0 ? (long long)st.st_size : -1);
    if (rc != EXIT_OK) return rc;
    s->v[s->n - 1].id = e->id;
    s->v[s->n - 1].published = e->published;
    s->v[s->n - 1].source = e->source;
  }
  return EXIT_OK;
}

/* Reading the file that is about to be replaced would lose it. */
int cli_same_file(const char *a, const char *b)
{
  struct stat x, y;
  return strcmp(a, "-") != 0 && stat(a, &x) == 0 && stat(b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino &&
         S_ISREG(x.st_mode);
}

static int check_output(const cli_sources *s, const cli_inputs *in, const char *output)
{
  if (!output || strcmp(output, "-") == 0) return EXIT_OK;
  const char *others[20] = {in->manifest};
  size_t n = 1;
  for (int g = 0; g < in->ngazetteers && n < 20; g++) others[n++] = in->gazetteers[g];
  for (size_t i = 0; i < s->n + n; i++) {
    const char *p = i < s->n ? s->v[i].path : others[i - s->n];
    if (p && cli_same_file(p, output)) {
      cli_error(output, "is also an input: refusing to overwrite it");
      return EXIT_USAGE;
    }
  }
  return EXIT_OK;
}

int cli_sources_build(cli_sources *s, const cli_inputs *in, const char *output)
{
  int rc = EXIT_OK;
  memset(s, 0, sizeof *s);
  if (in->manifest) rc = add_manifest(s, in->manifest);
  for (int i = 0; rc == EXIT_OK && i < in->nfiles; i++) rc = add_path(s, in->files[i], in->ndjson);
  if (rc == EXIT_OK && !in->manifest && in->nfiles == 0) rc = add_path(s, "-", in->ndjson);
  if (rc == EXIT_OK) rc = check_output(s, in, output);
  return rc;
}

void cli_sources_free(cli_sources *s)
{
  for (size_t i = 0; i < s->n; i++) free(s->v[i].path);
  free(s->v);
  dg_manifest_free(s->manifest);
  memset(s, 0, sizeof *s);
}

static int load_file(cli_reader *r, const cli_source *src, dg_document **doc)
{
  int rc = dg_document_load(doc, src->path, src->id ? src->id : strcmp(src->path, "-") == 0 ? "stdin" : NULL);
  if (rc == 0 && src->published) rc = dg_document_set_published(*doc, src->published);
  if (rc == 0 && src->source) rc = dg_document_set_source(*doc, src->source);
  if (rc < 0) {
    cli_report(src->path);
    dg_document_free(*doc);
    *doc = NULL;
    r->skipped++;
    if (rc == DG_ENOMEM) r->fatal = EXIT_INTERNAL;
    return 0;
  }
  r->bytes += (long long)dg_document_size(*doc);
  return 1;
}

int cli_reader_next(cli_reader *r, dg_document **doc, const char **origin)
{
  *doc = NULL;
  while (!r->fatal) {
    if (r->nd) {
      int rc = dg_ndjson_next(r->nd, doc);
      if (rc > 0) { r->read++; r->bytes += (long long)dg_document_size(*doc); *origin = r->s->v[r->next - 1].path; return 1; }
      if (rc == 0) { dg_ndjson_close(r->nd); r->nd = NULL; continue; }
      cli_report(NULL);
      r->skipped++;
      if (rc == DG_ENOMEM || rc == DG_EIO) { dg_ndjson_close(r->nd); r->nd = NULL; if (rc == DG_ENOMEM) r->fatal = EXIT_INTERNAL; }
      continue;
    }
    if (r->next >= r->s->n) return 0;
    const cli_source *src = &r->s->v[r->next++];
    *origin = src->path;
    if (src->kind == SRC_NDJSON) {
      if (dg_ndjson_open(&r->nd, src->path) < 0) { cli_report(src->path); r->skipped++; }
      continue;
    }
    if (load_file(r, src, doc)) { r->read++; return 1; }
  }
  return 0;
}

void cli_reader_close(cli_reader *r)
{
  dg_ndjson_close(r->nd);
  r->nd = NULL;
}
