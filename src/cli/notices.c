/* Notices (notices.h): no silent empty result. */
#define _POSIX_C_SOURCE 200809L
#include "notices.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define LISTED 5 /* ids named in a summary line */

typedef struct {
  int read;
  int nothing, guessed, none;
  char nothing_ids[LISTED][64], guessed_ids[LISTED][64], none_ids[LISTED][64];
} counts;

static counts seen; /* the CLI runs one pipeline per process, on the main thread */

static const char *ext_of(const char *name)
{
  const char *dot = strrchr(name, '.');
  return dot && dot != name ? dot : "";
}

int cli_notice_empty_dir(const char *dir)
{
  char exts[8][16];
  int counts_of[8] = {0}, kinds = 0, other = 0, total = 0;
  DIR *d = opendir(dir);
  struct dirent *e;
  while (d && (e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    total++;
    const char *x = ext_of(e->d_name);
    int k = 0;
    while (k < kinds && strcmp(exts[k], x) != 0) k++;
    if (k == kinds && kinds < 8) snprintf(exts[kinds++], sizeof exts[0], "%.15s", x);
    if (k < kinds) counts_of[k]++;
    else other++;
  }
  if (d) closedir(d);
  if (!total) {
    cli_error(dir, "an empty folder: no article to read (*.txt, *.html, *.htm, *.ndjson, *.jsonl)");
    return EXIT_INPUT;
  }
  char found[512] = "";
  size_t n = 0;
  for (int k = 0; k < kinds && n < sizeof found - 64; k++)
    n += (size_t)snprintf(found + n, sizeof found - n, "%s%d %s file%s", k ? ", " : "", counts_of[k],
                          exts[k][0] ? exts[k] : "extension-less", counts_of[k] == 1 ? "" : "s");
  if (other && n < sizeof found - 32) snprintf(found + n, sizeof found - n, " and %d other%s", other, other == 1 ? "" : "s");
  cli_error(dir, "%s and no article (*.txt, *.html, *.htm, *.ndjson, *.jsonl)", found);
  return EXIT_INPUT;
}

int cli_notice_json_input(const char *path)
{
  size_t len = strlen(path);
  if (len < 5 || strcmp(path + len - 5, ".json") != 0) return -1;
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char head[65536];
  size_t n = fread(head, 1, sizeof head - 1, f);
  fclose(f);
  head[n] = '\0';
  size_t i = 0;
  while (i < n && strchr(" \t\r\n", head[i])) i++;
  if (i == n || head[i] != '{') return -1;
  if (strstr(head, "\"documents\"") && strstr(head, "\"path\"")) {
    cli_error(path, "looks like a manifest: use --manifest %s", path);
    return EXIT_USAGE;
  }
  if (strstr(head, "\"corrections\"") && strstr(head, "\"action\"")) {
    cli_error(path, "looks like a corrections file: use --corrections %s", path);
    return EXIT_USAGE;
  }
  if (strstr(head, "\"nodes\"") && strstr(head, "\"links\"")) {
    cli_error(path, "looks like a graph diplograph wrote, not an article (eval reads it with --graph)");
    return EXIT_USAGE;
  }
  return -1;
}

static void note_id(char ids[][64], int *count, const char *id)
{
  if (*count < LISTED) snprintf(ids[*count], 64, "%.60s", id ? id : "?");
  (*count)++;
}

void cli_notice_facts_of(cli_notice_facts *f, const dg_extraction *x)
{
  dg_extraction_summary s;
  memset(f, 0, sizeof *f);
  if (!x || dg_extraction_info(&s, x) < 0) return;
  f->known = 1;
  f->not_english = s.not_english;
  f->nothing = !s.mentioned_countries && !s.meetings;
  snprintf(f->reference_how, sizeof f->reference_how, "%s", s.reference_how ? s.reference_how : "");
  snprintf(f->id, sizeof f->id, "%.60s", s.id ? s.id : "?");
  snprintf(f->where, sizeof f->where, "%s", s.path ? s.path : f->id);
}

void cli_notice_record(const cli_notice_facts *f)
{
  if (!f->known) return;
  seen.read++;
  if (f->not_english)
    cli_error(f->where, "does not read as English: diplograph reads English news, and may find nothing here");
  if (f->nothing) note_id(seen.nothing_ids, &seen.nothing, f->id);
  if (strcmp(f->reference_how, "latest-date") == 0) note_id(seen.guessed_ids, &seen.guessed, f->id);
  else if (strcmp(f->reference_how, "none") == 0) note_id(seen.none_ids, &seen.none, f->id);
}

/* "a1, a2, a3 and 4 more" */
static void list(char *buf, size_t n, char ids[][64], int count)
{
  size_t k = 0;
  buf[0] = '\0';
  for (int i = 0; i < count && i < LISTED && k < n; i++)
    k += (size_t)snprintf(buf + k, n - k, "%s%s", i ? ", " : "", ids[i]);
  if (count > LISTED && k < n) snprintf(buf + k, n - k, " and %d more", count - LISTED);
}

void cli_notice_undated(size_t n, const char *const *ids, size_t nids)
{
  char list[400] = "";
  if (!n) return;
  for (size_t i = 0; i < n && i < nids && i < 3; i++)
    snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", ids[i]);
  if (n > 3) snprintf(list + strlen(list), sizeof list - strlen(list), " and %zu more", n - 3);
  cli_error(NULL, "note: %zu article%s without a date (%s): relative dates there (\"on Monday\", \"last month\") "
            "are left null; give the publication date with --date YYYY-MM-DD or \"published\" in a --manifest",
            n, n == 1 ? "" : "s", list);
}

void cli_notice_summary(int quiet, int undated)
{
  char ids[512];
  if (quiet) return;
  if (seen.nothing) {
    list(ids, sizeof ids, seen.nothing_ids, seen.nothing);
    cli_error(NULL, "note: %d of %d article%s named no country and no meeting: %s", seen.nothing, seen.read,
              seen.read == 1 ? "" : "s", ids);
  }
  if (seen.guessed) {
    list(ids, sizeof ids, seen.guessed_ids, seen.guessed);
    cli_error(NULL,
              "note: %d article%s had no publication date (%s): relative dates (\"on Tuesday\", \"last month\") were "
              "read against the latest date each names, a guess; give one with --date YYYY-MM-DD or a manifest",
              seen.guessed, seen.guessed == 1 ? "" : "s", ids);
  }
  if (undated && seen.none) {
    const char *none[LISTED];
    for (int i = 0; i < seen.none && i < LISTED; i++) none[i] = seen.none_ids[i];
    cli_notice_undated((size_t)seen.none, none, LISTED);
  }
}
