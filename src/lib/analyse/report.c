/* The analysis as a short text summary (--stats) and as JSON. */
#include "analyse/analyse.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/json.h"
#include "util/sort.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOP_PERSONS 10 /* persons listed in the text's centrality table */

void dg_format_betweenness(char *buf, size_t n, double v)
{
  snprintf(buf, n, "%.6g", v);
  for (char *p = buf; *p; p++) /* a locale's decimal comma */
    if (*p == ',') *p = '.';
}

static const char *plural(size_t n, const char *one, const char *many) { return n == 1 ? one : many; }

/* Display width of UTF-8 text: one column per code point. */
static size_t width(const char *s)
{
  size_t w = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) w += (*p & 0xC0) != 0x80;
  return w;
}

static void pad(dg_buf *b, const char *s, size_t w)
{
  dg_buf_puts(b, s);
  for (size_t k = width(s); k < w; k++) dg_buf_putc(b, ' ');
}

/* Country codes separated by spaces, into buf (n >= 4 * count). */
static void codes(char *buf, size_t n, const char *set, size_t count)
{
  size_t len = 0;
  buf[0] = '\0';
  for (size_t k = 0; k < count && len + 5 <= n; k++)
    len += (size_t)snprintf(buf + len, n - len, "%s%s", k ? " " : "", set + 4 * k);
}

static void put_levels(dg_buf *b, unsigned levels, const char *sep)
{
  int first = 1;
  for (int l = 0; l < DG_LEVEL_COUNT; l++)
    if (levels & (1u << l)) {
      dg_buf_printf(b, "%s%s", first ? "" : sep, dg_level_name(l));
      first = 0;
    }
}

static void text_counts(dg_buf *b, const dg_analysis *a)
{
  dg_buf_printf(b, "actors: %zu %s, %zu %s; meetings: %zu", a->ncountries,
                plural(a->ncountries, "country", "countries"), a->npersons,
                plural(a->npersons, "person", "persons"), a->nmeetings);
  if (a->nmeetings) {
    dg_buf_printf(b, " (%zu held, %zu planned, %zu proposed", a->held, a->planned, a->proposed);
    if (a->cancelled) dg_buf_printf(b, ", %zu cancelled", a->cancelled);
    if (a->undated) dg_buf_printf(b, "; %zu held undated", a->undated);
    dg_buf_putc(b, ')');
  }
  dg_buf_putc(b, '\n');
}

#define CODES_LEN (DG_MAX_MEETING_COUNTRIES * 4 + 1)

static void date_range(char *buf, size_t n, const dg_phase *p)
{
  if (strcmp(p->from, p->to)) snprintf(buf, n, "%s..%s", p->from, p->to);
  else snprintf(buf, n, "%s", p->from);
}

static void text_phases(dg_buf *b, const dg_analysis *a)
{
  char range[2 * DG_DATE_LEN + 2], set[CODES_LEN];
  size_t wd = 0, wc = 0;
  if (!a->nphases) { dg_buf_puts(b, "phases: none\n"); return; }
  for (size_t i = 0; i < a->nphases; i++) {
    date_range(range, sizeof range, &a->phases[i]);
    codes(set, sizeof set, (const char *)a->phases[i].countries, a->phases[i].ncountries);
    if (strlen(range) > wd) wd = strlen(range);
    if (strlen(set) > wc) wc = strlen(set);
  }
  dg_buf_puts(b, "phases:\n");
  for (size_t i = 0; i < a->nphases; i++) {
    const dg_phase *p = &a->phases[i];
    date_range(range, sizeof range, p);
    codes(set, sizeof set, (const char *)p->countries, p->ncountries);
    dg_buf_printf(b, "  %-*s  %-*s  %zu %-9s  %zu %-8s  ", (int)wd, range, (int)wc, set, p->ncountries,
                  plural(p->ncountries, "country", "countries"), p->count, plural(p->count, "meeting", "meetings"));
    put_levels(b, p->levels, ", ");
    dg_buf_putc(b, '\n');
  }
  if (a->ntransitions) dg_buf_puts(b, "transitions:\n");
  for (size_t i = 0; i < a->ntransitions; i++) {
    const dg_transition *t = &a->transitions[i];
    dg_buf_printf(b, "  %s: %zu -> %zu %s", t->date, t->from, t->to, plural(t->to, "country", "countries"));
    codes(set, sizeof set, (const char *)t->joined, t->njoined);
    if (t->njoined) dg_buf_printf(b, ", joined %s", set);
    codes(set, sizeof set, (const char *)t->left, t->nleft);
    if (t->nleft) dg_buf_printf(b, ", left %s", set);
    dg_buf_putc(b, '\n');
  }
}

/* First appearance order: dated first, by date, then by id. The context
 * is the actors the indices point into. */
static int by_first_seen(const void *x, const void *y, void *ctx)
{
  const dg_actor_stat *actors = ctx, *s = &actors[*(const size_t *)x], *t = &actors[*(const size_t *)y];
  if (!s->first_seen[0] != !t->first_seen[0]) return s->first_seen[0] ? -1 : 1;
  int c = strcmp(s->first_seen, t->first_seen);
  return c ? c : strcmp(s->id, t->id);
}

/* Centrality order: degree, then betweenness, descending; then by id. */
static int by_centrality(const void *x, const void *y, void *ctx)
{
  const dg_actor_stat *actors = ctx, *s = &actors[*(const size_t *)x], *t = &actors[*(const size_t *)y];
  if (s->degree != t->degree) return s->degree > t->degree ? -1 : 1;
  if (s->betweenness != t->betweenness) return s->betweenness > t->betweenness ? -1 : 1;
  return strcmp(s->id, t->id);
}

static const char *short_label(const dg_actor_stat *s) { return s->person ? s->label : s->iso3; }

/* The indices of the countries, then of the persons; returns how many countries. */
static size_t partition(const dg_analysis *a, size_t *idx)
{
  size_t n = 0;
  for (size_t i = 0; i < a->nactors; i++)
    if (!a->actors[i].person) idx[n++] = i;
  size_t nc = n;
  for (size_t i = 0; i < a->nactors; i++)
    if (a->actors[i].person) idx[n++] = i;
  return nc;
}

static void text_first_seen(dg_buf *b, const dg_analysis *a, size_t *idx)
{
  size_t n = partition(a, idx);
  dg_sort(idx, n, sizeof *idx, by_first_seen, a->actors);
  dg_buf_puts(b, "first appearance:");
  if (!n) dg_buf_puts(b, " none");
  for (size_t i = 0; i < n; i++) {
    const dg_actor_stat *s = &a->actors[idx[i]];
    dg_buf_printf(b, "%s %s %s", i ? "," : "", s->iso3, s->first_seen[0] ? s->first_seen : "-");
  }
  dg_buf_putc(b, '\n');
}

static void text_centrality(dg_buf *b, const dg_analysis *a, size_t *idx)
{
  size_t nc = partition(a, idx), np = a->nactors - nc, shown = np < TOP_PERSONS ? np : TOP_PERSONS, w = 0;
  char num[32];
  if (!a->nactors) return;
  dg_sort(idx, nc, sizeof *idx, by_centrality, a->actors);
  dg_sort(idx + nc, np, sizeof *idx, by_centrality, a->actors);
  for (size_t i = 0; i < nc + shown; i++)
    if (width(short_label(&a->actors[idx[i]])) > w) w = width(short_label(&a->actors[idx[i]]));
  dg_buf_puts(b, "centrality (degree, betweenness):\n");
  for (size_t i = 0; i < nc + shown; i++) {
    const dg_actor_stat *s = &a->actors[idx[i]];
    dg_buf_puts(b, "  ");
    pad(b, short_label(s), w);
    dg_format_betweenness(num, sizeof num, s->betweenness);
    dg_buf_printf(b, "  %3ld  %s\n", s->degree, num);
  }
  if (np > shown) dg_buf_printf(b, "  ... %zu more %s\n", np - shown, plural(np - shown, "person", "persons"));
}

int dg_analysis_text(char **out, const dg_analysis *a)
{
  dg_buf b = DG_BUF_INIT;
  *out = NULL;
  if (!a) return dg_error_set(DG_EARG, "no analysis");
  size_t *idx = dg_malloc((a->nactors ? a->nactors : 1) * sizeof *idx);
  if (!idx) return DG_ENOMEM;
  text_counts(&b, a);
  text_phases(&b, a);
  dg_buf_puts(&b, "highest level: ");
  if (a->highest == DG_LEVEL_NONE) dg_buf_puts(&b, "none\n");
  else dg_buf_printf(&b, "%s (%s)\n", dg_level_name(a->highest), a->highest_date[0] ? a->highest_date : "undated");
  text_first_seen(&b, a, idx);
  text_centrality(&b, a, idx);
  dg_free(idx);
  if (b.failed || !(*out = dg_buf_detach(&b, NULL))) {
    dg_buf_free(&b);
    return DG_ENOMEM;
  }
  return 0;
}

/* ------------------------------------------------------------------ JSON */

/* cJSON allocates with malloc; a failed item makes the whole output fail. */
typedef struct { int failed; } jctx;

static cJSON *jadd(jctx *c, cJSON *obj, const char *key, cJSON *item)
{
  if (!item || !obj) { c->failed = 1; cJSON_Delete(item); return NULL; }
  /* Adding can fail too (the key is copied): then the item is still ours. */
  cJSON_bool ok = cJSON_IsArray(obj) ? cJSON_AddItemToArray(obj, item) : cJSON_AddItemToObject(obj, key, item);
  if (!ok) { c->failed = 1; cJSON_Delete(item); return NULL; }
  return item;
}

static cJSON *jstr(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }
static cJSON *jdate(const char *s) { return jstr(s && s[0] ? s : NULL); }
static cJSON *jnum(double v) { return cJSON_CreateNumber(v); }

static cJSON *jcodes(jctx *c, const char *set, size_t n)
{
  cJSON *arr = cJSON_CreateArray();
  for (size_t k = 0; arr && k < n; k++) jadd(c, arr, NULL, cJSON_CreateString(set + 4 * k));
  return arr;
}

static cJSON *jlevels(jctx *c, unsigned levels)
{
  cJSON *arr = cJSON_CreateArray();
  for (int l = 0; arr && l < DG_LEVEL_COUNT; l++)
    if (levels & (1u << l)) jadd(c, arr, NULL, cJSON_CreateString(dg_level_name(l)));
  return arr;
}

static void json_counts(jctx *c, cJSON *root, const dg_analysis *a)
{
  cJSON *o = jadd(c, root, "counts", cJSON_CreateObject());
  jadd(c, o, "countries", jnum((double)a->ncountries));
  jadd(c, o, "persons", jnum((double)a->npersons));
  jadd(c, o, "meetings", jnum((double)a->nmeetings));
  jadd(c, o, dg_status_name(DG_STATUS_HELD), jnum((double)a->held));
  jadd(c, o, dg_status_name(DG_STATUS_PLANNED), jnum((double)a->planned));
  jadd(c, o, dg_status_name(DG_STATUS_PROPOSED), jnum((double)a->proposed));
  jadd(c, o, dg_status_name(DG_STATUS_CANCELLED), jnum((double)a->cancelled));
  jadd(c, o, "undated", jnum((double)a->undated));
  jadd(c, o, "in_phases", jnum((double)a->nphased));
}

static void json_phases(jctx *c, cJSON *root, const dg_analysis *a)
{
  cJSON *arr = jadd(c, root, "phases", cJSON_CreateArray());
  for (size_t i = 0; arr && i < a->nphases; i++) {
    const dg_phase *p = &a->phases[i];
    cJSON *o = jadd(c, arr, NULL, cJSON_CreateObject()), *ids;
    jadd(c, o, "from", jdate(p->from));
    jadd(c, o, "to", jdate(p->to));
    jadd(c, o, "countries", jcodes(c, (const char *)p->countries, p->ncountries));
    jadd(c, o, "format", jnum((double)p->ncountries));
    jadd(c, o, "meetings", jnum((double)p->count));
    ids = jadd(c, o, "meeting_ids", cJSON_CreateArray());
    for (size_t k = 0; ids && k < p->count; k++) jadd(c, ids, NULL, jstr(a->phased[p->first + k]));
    jadd(c, o, "levels", jlevels(c, p->levels));
    jadd(c, o, "level", jstr(dg_level_name(dg_levels_main(p->levels))));
  }
  arr = jadd(c, root, "transitions", cJSON_CreateArray());
  for (size_t i = 0; arr && i < a->ntransitions; i++) {
    const dg_transition *t = &a->transitions[i];
    cJSON *o = jadd(c, arr, NULL, cJSON_CreateObject());
    jadd(c, o, "date", jdate(t->date));
    jadd(c, o, "from", jnum((double)t->from));
    jadd(c, o, "to", jnum((double)t->to));
    jadd(c, o, "joined", jcodes(c, (const char *)t->joined, t->njoined));
    jadd(c, o, "left", jcodes(c, (const char *)t->left, t->nleft));
  }
}

static void json_highest(jctx *c, cJSON *root, const dg_analysis *a)
{
  if (a->highest == DG_LEVEL_NONE) { jadd(c, root, "highest_level", cJSON_CreateNull()); return; }
  cJSON *o = jadd(c, root, "highest_level", cJSON_CreateObject());
  jadd(c, o, "level", jstr(dg_level_name(a->highest)));
  jadd(c, o, "date", jdate(a->highest_date));
  jadd(c, o, "meeting", jstr(a->highest_meeting));
}

static void json_actors(jctx *c, cJSON *root, const dg_analysis *a)
{
  char num[32];
  cJSON *arr = jadd(c, root, "actors", cJSON_CreateArray());
  for (size_t i = 0; arr && i < a->nactors; i++) {
    const dg_actor_stat *s = &a->actors[i];
    cJSON *o = jadd(c, arr, NULL, cJSON_CreateObject());
    jadd(c, o, "id", jstr(s->id));
    jadd(c, o, "kind", jstr(s->person ? "person" : "country"));
    jadd(c, o, "label", jstr(s->label));
    jadd(c, o, s->person ? "country" : "iso3", jdate(s->iso3));
    jadd(c, o, "degree", jnum((double)s->degree));
    dg_format_betweenness(num, sizeof num, s->betweenness);
    jadd(c, o, "betweenness", cJSON_CreateRaw(num)); /* the same digits as the text and the views */
    jadd(c, o, "first_seen", jdate(s->first_seen));
  }
}

int dg_analysis_json(char **out, const dg_analysis *a)
{
  jctx c = {0};
  *out = NULL;
  if (!a) return dg_error_set(DG_EARG, "no analysis");
  dg_cjson_init(); /* cJSON allocates through the library */
  cJSON *root = cJSON_CreateObject();
  if (!root) return DG_ENOMEM;
  json_counts(&c, root, a);
  json_phases(&c, root, a);
  json_highest(&c, root, a);
  json_actors(&c, root, a);
  char *text = c.failed ? NULL : cJSON_Print(root);
  cJSON_Delete(root);
  if (!text) return dg_error_oom(); /* c.failed may be old news */
  size_t n = strlen(text);
  char *copy = dg_malloc(n + 2); /* with a final newline, freed with free() */
  if (copy) {
    memcpy(copy, text, n);
    copy[n] = '\n';
    copy[n + 1] = '\0';
  }
  cJSON_free(text);
  if (!copy) return dg_error_oom(); /* plain malloc: dg_string_free frees it */
  *out = copy;
  return 0;
}
