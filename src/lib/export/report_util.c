/* Helpers of the HTML report: elements, words for dates and levels, lookups. */
#include "export/report.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --------------------------------------------------------------- markup */

int dg_report__fail(dg_report *r, int code, const char *what)
{
  int detail = code == DG_EDEP && r->x.err[0];
  if (!r->x.rc) r->x.rc = what ? dg_error_set(code, "%s%s%s", what, detail ? ": " : "", detail ? r->x.err : "") : code;
  return r->x.rc;
}

static void check(dg_report *r, int rc, const char *what)
{
  if (rc < 0) dg_report__fail(r, DG_EDEP, what);
}

/* Elements that hold text: indentation inside them would show as spaces
 * ("( M1 )"), so the writer indents only the block structure around them. */
static int holds_text(const char *name)
{
  static const char *const t[] = {"p", "td", "th", "li", "h1", "h2", "h3", "title", "summary", "figcaption",
                                  "cite", "q", "b", "span", "a", "time", NULL};
  for (int i = 0; t[i]; i++)
    if (strcmp(name, t[i]) == 0) return 1;
  return 0;
}

static void indent(dg_report *r, int on)
{
  if (!r->x.rc) check(r, xmlTextWriterSetIndent(r->x.w, on), "libxml2: xmlTextWriterSetIndent failed");
}

static void leave(dg_report *r)
{
  if (!r->inl || --r->inl) return;
  indent(r, 1);
  if (!r->x.rc) check(r, xmlTextWriterWriteRaw(r->x.w, BAD_CAST "\n"), "libxml2: xmlTextWriterWriteRaw failed");
}

void dg_report__start(dg_report *r, const char *name, const char *cls)
{
  dg_xml_start(&r->x, name);
  if (r->inl) r->inl++;
  else if (holds_text(name)) { indent(r, 0); r->inl = 1; }
  if (cls) dg_xml_attr(&r->x, "class", cls);
  if (strcmp(name, "table") == 0) r->nlabels = 0;
  else if (strcmp(name, "tr") == 0) r->col = 0;
  else if (strcmp(name, "td") == 0 && r->col < r->nlabels) dg_xml_attr(&r->x, "data-label", r->labels[r->col++]);
}

void dg_report__end(dg_report *r)
{
  if (!r->x.rc) check(r, xmlTextWriterFullEndElement(r->x.w), "libxml2: xmlTextWriterFullEndElement failed");
  leave(r);
}

void dg_report__end_void(dg_report *r)
{
  dg_xml_end(&r->x);
  leave(r);
}

void dg_report__attr(dg_report *r, const char *name, const char *value) { dg_xml_attr(&r->x, name, value); }

void dg_report__text(dg_report *r, const char *text) { dg_xml_text(&r->x, text); }

void dg_report__elem(dg_report *r, const char *name, const char *cls, const char *text)
{
  if (strcmp(name, "th") == 0 && r->nlabels < sizeof r->labels / sizeof r->labels[0]) r->labels[r->nlabels++] = text;
  dg_report__start(r, name, cls);
  dg_report__text(r, text);
  dg_report__end(r);
}

void dg_report__flush(dg_report *r)
{
  if (r->text.failed && !r->x.rc) r->x.rc = dg_error_oom(); /* set here: the buffer failed earlier */
  else if (r->text.len) dg_report__text(r, r->text.ptr);
  r->text.len = 0;
  if (r->text.ptr) r->text.ptr[0] = '\0';
}

void dg_report__raw(dg_report *r, const char *constant)
{
  if (!r->x.rc) check(r, xmlTextWriterWriteRaw(r->x.w, BAD_CAST constant), "libxml2: xmlTextWriterWriteRaw failed");
}

void dg_report__id(dg_report *r, const char *kind, size_t n)
{
  char id[96];
  snprintf(id, sizeof id, "%.60s-%s-%zu", r->prefix, kind, n);
  dg_report__attr(r, "id", id);
}

void dg_report__link_start(dg_report *r, const char *kind, size_t n)
{
  char href[96];
  snprintf(href, sizeof href, "#%.60s-%s-%zu", r->prefix, kind, n);
  dg_report__start(r, "a", NULL);
  dg_report__attr(r, "href", href);
}

/* ---------------------------------------------------------------- words */

const char *dg_report__country(const dg_report *r, const char *iso3)
{
  const dg_gazetteer *gz = dg_merged_gazetteer(r->g);
  int i = gz ? dg_gazetteer_country(gz, iso3) : -1;
  return i >= 0 && gz->countries[i].name ? gz->countries[i].name : iso3;
}

void dg_report__put_names(dg_report *r, const char (*codes)[4], size_t n)
{
  for (size_t i = 0; i < n; i++)
    dg_buf_printf(&r->text, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ", dg_report__country(r, codes[i]));
}

static void words(char *buf, size_t n, int y, int m, int d, dg_precision prec, int mark)
{
  const char *mon = m >= 1 && m <= 12 ? dg_month_name(m) : "?";
  char year[16] = "";
  if (y) snprintf(year, sizeof year, "%s%d", prec >= DG_PREC_MONTH ? " " : "", y);
  if (prec >= DG_PREC_DAY) snprintf(buf, n, "%d %s%s", d, mon, year);
  else if (prec == DG_PREC_MONTH) snprintf(buf, n, "%s%s", mon, year);
  else if (prec == DG_PREC_YEAR && y) snprintf(buf, n, "%d", y);
  else if (n) buf[0] = '\0';
  if (mark && !y && prec >= DG_PREC_MONTH && strlen(buf) + 16 < n) strcat(buf, " (year unknown)");
}

void dg_report__date_words(char *buf, size_t n, const char *iso)
{
  int y = 0, m = 0, d = 0;
  int k = iso ? sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) : 0;
  words(buf, n, y, m, d, k >= 3 ? DG_PREC_DAY : k == 2 ? DG_PREC_MONTH : k == 1 ? DG_PREC_YEAR : DG_PREC_NONE, 1);
}

void dg_report__ymd_words(char *buf, size_t n, const dg_ymd *d)
{
  words(buf, n, d->year, d->month, d->day, d->prec, 1);
}

void dg_report__ymd_words_bare(char *buf, size_t n, const dg_ymd *d)
{
  words(buf, n, d->year, d->month, d->day, d->prec, 0);
}

const char *dg_report__date_prep(const char *iso) { return iso && strlen(iso) >= 10 ? "on" : "in"; }

const char *dg_report__level_words(int level)
{
  const dg_term *t = dg_vocab_term(&dg_level_vocab, level);
  return t ? t->plural : dg_level_vocab.t[DG_LEVEL_OTHER].plural;
}

void dg_report__put_levels(dg_report *r, unsigned levels)
{
  int first = 1;
  for (int l = 0; l < DG_LEVEL_COUNT; l++)
    if (levels & (1u << l)) {
      dg_buf_printf(&r->text, "%s%s", first ? "" : ", ", dg_report__level_words(l));
      first = 0;
    }
}

void dg_report__meeting_ref(dg_report *r, size_t n)
{
  char label[24];
  dg_report__flush(r);
  if (!n) return;
  snprintf(label, sizeof label, "M%zu", n);
  dg_report__link_start(r, "meeting", n);
  dg_report__text(r, label);
  dg_report__end(r);
}

const char *dg_report__number(char *buf, size_t n, size_t v)
{
  if (v == 0) return "no";
  if (v <= DG_NUMBER_WORDS) return dg_number_word((int)v);
  snprintf(buf, n, "%zu", v);
  return buf;
}

/* -------------------------------------------------------------- lookups */

int dg_report__dated(const dg_xmeeting *m) { return m->date.prec != DG_PREC_NONE && m->date.year != 0; }

/* The escalation diagram's column order (timeline.c): dated first, by date
 * then precision; undated by status; then by id. The context is the
 * meetings the indices point into. */
static int by_date(const void *x, const void *y, void *ctx)
{
  const dg_xmeeting *meetings = ctx, *a = &meetings[*(const size_t *)x], *b = &meetings[*(const size_t *)y];
  int da = dg_report__dated(a), db = dg_report__dated(b);
  if (da != db) return da ? -1 : 1;
  if (da) {
    int c = dg_ymd_compare(&a->date, &b->date);
    if (c) return c;
    if (a->date.prec != b->date.prec) return (int)a->date.prec - (int)b->date.prec;
  } else if (a->status != b->status) {
    return a->status - b->status;
  }
  return strcmp(a->id ? a->id : "", b->id ? b->id : "");
}

int dg_report__sort_meetings(dg_report *r)
{
  size_t n = r->out->nmeetings;
  if (!(r->order = dg_malloc((n ? n : 1) * sizeof *r->order))) return dg_report__fail(r, DG_ENOMEM, NULL);
  for (size_t i = 0; i < n; i++) r->order[i] = i;
  dg_sort(r->order, n, sizeof *r->order, by_date, r->out->meetings);
  return 0;
}

/* Dated first, by date ("2021" before "2021-03"), then by name, then by id.
 * The context is the report. */
static int by_first(const void *x, const void *y, void *ctx)
{
  const dg_report *r = ctx;
  const dg_actor_stat *s = &r->a->actors[*(const size_t *)x];
  const dg_actor_stat *t = &r->a->actors[*(const size_t *)y];
  if (!s->first_seen[0] != !t->first_seen[0]) return s->first_seen[0] ? -1 : 1;
  int c = strcmp(s->first_seen, t->first_seen);
  if (!c) c = strcmp(dg_report__country(r, s->iso3), dg_report__country(r, t->iso3));
  return c ? c : strcmp(s->id, t->id);
}

size_t dg_report__countries_by_first(const dg_report *r, size_t *idx)
{
  size_t n = 0;
  for (size_t i = 0; i < r->a->nactors; i++)
    if (!r->a->actors[i].person) idx[n++] = i;
  dg_sort(idx, n, sizeof *idx, by_first, (void *)r);
  return n;
}
