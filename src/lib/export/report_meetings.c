/* The report's table of meetings: one tbody per meeting (in the diagram's
 * column order: dated by date, undated last), its facts in one row and the
 * quotes it was read from, each citing its article, in the next. */
#include "export/report.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCOLS 8

static void cell(dg_report *r, const char *cls)
{
  dg_report__start(r, "td", cls);
  dg_report__flush(r);
  dg_report__end(r);
}

static void date_cell(dg_report *r, const dg_xmeeting *m)
{
  char iso[16], words[48];
  dg_ymd_format(&m->date, iso, sizeof iso);
  dg_report__ymd_words(words, sizeof words, &m->date);
  dg_report__start(r, "td", "nowrap");
  if (iso[0]) {
    dg_report__start(r, "time", NULL);
    dg_report__attr(r, "datetime", iso);
    dg_report__text(r, words);
    dg_report__end(r);
  } else dg_report__elem(r, "span", "muted", words[0] ? words : "undated");
  const dg_term *t = dg_vocab_term(&dg_date_how_vocab, m->date_how);
  const char *how = t ? t->label : NULL;
  if (how && m->date.prec != DG_PREC_NONE) dg_report__elem(r, "span", "note", how);
  dg_report__end(r);
}

static void level_cell(dg_report *r, const dg_xmeeting *m)
{
  int top = dg_levels_main(m->levels);
  const char *w = dg_report__level_words(top);
  dg_report__start(r, "td", NULL);
  dg_buf_printf(&r->text, "%c%s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 'a' + 'A' : w[0], w + 1);
  dg_report__flush(r);
  unsigned others = top >= 0 ? m->levels & ~(1u << top) : m->levels;
  if (others) {
    dg_buf_puts(&r->text, "with ");
    dg_report__put_levels(r, others);
    dg_report__start(r, "span", "note");
    dg_report__flush(r);
    dg_report__end(r);
  }
  dg_report__end(r);
}

static void status_cell(dg_report *r, const dg_xmeeting *m)
{
  const char *s = dg_status_name(m->status);
  char cls[40];
  snprintf(cls, sizeof cls, "badge status-%s", s ? s : "unknown");
  dg_report__start(r, "td", NULL);
  dg_report__elem(r, "span", cls, s ? s : "unknown");
  dg_report__end(r);
}

/* By country name; countries of the same name keep their order. */
static int by_name(const void *x, const void *y, void *ctx)
{
  const dg_report *r = ctx;
  return strcmp(dg_report__country(r, (const char *)x), dg_report__country(r, (const char *)y));
}

/* One line per country (by name): its name, then its persons at the meeting. */
static void participants_cell(dg_report *r, const dg_xmeeting *m)
{
  char keys[DG_MAX_MEETING_COUNTRIES + DG_MAX_MEETING_PERSONS][4];
  size_t nk = 0;
  for (size_t c = 0; c < m->ncountries; c++) memcpy(keys[nk++], m->countries[c], 4);
  for (size_t p = 0; p < m->npersons; p++) {
    const char *iso = r->out->persons[m->persons[p]].iso3;
    size_t k = 0;
    while (k < nk && strcmp(keys[k], iso) != 0) k++;
    if (k == nk) memcpy(keys[nk++], iso, 4);
  }
  dg_sort(keys, nk, sizeof keys[0], by_name, r);
  dg_report__start(r, "td", NULL);
  for (size_t k = 0; k < nk; k++) {
    dg_report__start(r, "div", "party");
    dg_report__elem(r, "b", NULL, keys[k][0] ? dg_report__country(r, keys[k]) : "Country unknown");
    size_t shown = 0;
    for (size_t p = 0; p < m->npersons; p++) {
      const dg_xperson *x = &r->out->persons[m->persons[p]];
      if (strcmp(x->iso3, keys[k]) != 0) continue;
      dg_report__text(r, shown++ ? ", " : ": ");
      dg_report__link_start(r, "person", (size_t)m->persons[p] + 1);
      dg_report__text(r, x->name ? x->name : "?");
      dg_report__end(r);
      if (x->role) { dg_buf_printf(&r->text, " (%s)", x->role); dg_report__flush(r); }
    }
    dg_report__end(r);
  }
  dg_report__end(r);
}

static void facts_row(dg_report *r, const dg_xmeeting *m, size_t n)
{
  dg_report__start(r, "tr", "facts");
  dg_report__start(r, "td", "num");
  dg_report__id(r, "meeting", n);
  dg_buf_printf(&r->text, "M%zu", n);
  dg_report__start(r, "b", NULL);
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__end(r);
  date_cell(r, m);
  dg_report__start(r, "td", NULL);
  if (m->place) dg_report__text(r, m->place);
  else dg_report__elem(r, "span", "muted", "—");
  dg_report__end(r);
  level_cell(r, m);
  dg_buf_printf(&r->text, "%zu", m->ncountries);
  dg_report__start(r, "td", "num");
  dg_report__flush(r);
  if (m->sideline && !m->call) dg_report__elem(r, "span", "note", "on the sidelines"); /* "also had a call": no place */
  dg_report__end(r);
  status_cell(r, m);
  dg_buf_puts(&r->text, m->call ? "call" : "in person");
  cell(r, "nowrap");
  participants_cell(r, m);
  dg_report__end(r);
}

/* "Article 001 · The Daily Courier · published 4 March 2019" */
static void cite(dg_report *r, const char *doc)
{
  int d = dg_report__doc(r, doc);
  const dg_xdocument *x = d >= 0 ? &r->out->docs[d] : NULL;
  char date[48];
  dg_report__start(r, "cite", NULL);
  dg_report__text(r, "Article ");
  if (x) dg_report__link_start(r, "source", (size_t)d + 1);
  dg_report__text(r, doc ? doc : "?");
  if (x) dg_report__end(r);
  if (x && (x->source || x->path)) dg_buf_printf(&r->text, " · %s", x->source ? x->source : x->path);
  if (x && x->published && x->published[0]) {
    dg_report__date_words(date, sizeof date, x->published);
    dg_buf_printf(&r->text, " · published %s", date);
  } else if (x) dg_buf_puts(&r->text, " · no publication date");
  dg_report__flush(r);
  dg_report__end(r);
}

/* The same sentence of the same article cited twice (two clauses) shows once. */
static int repeated(const dg_evlist *l, size_t i)
{
  for (size_t k = 0; k < i; k++)
    if (strcmp(l->v[k].doc ? l->v[k].doc : "", l->v[i].doc ? l->v[i].doc : "") == 0 &&
        strcmp(l->v[k].sentence ? l->v[k].sentence : "", l->v[i].sentence ? l->v[i].sentence : "") == 0)
      return 1;
  return 0;
}

static void evidence_row(dg_report *r, const dg_xmeeting *m)
{
  const dg_evlist *l = &m->ev;
  size_t quotes = 0, docs = 0;
  char n1[16], n2[16];
  for (size_t i = 0; i < l->n; i++) {
    quotes += !repeated(l, i);
    int seen = 0;
    for (size_t k = 0; k < i && !seen; k++) seen = strcmp(l->v[k].doc ? l->v[k].doc : "", l->v[i].doc ? l->v[i].doc : "") == 0;
    docs += !seen;
  }
  dg_report__start(r, "tr", "evidence");
  dg_report__start(r, "td", NULL);
  dg_report__end(r);
  dg_report__start(r, "td", NULL);
  dg_report__attr(r, "colspan", "7"); /* NCOLS - 1: under all but the number */
  dg_report__start(r, "details", NULL);
  dg_report__attr(r, "open", "open");
  dg_buf_printf(&r->text, "Evidence: %s %s from %s %s", dg_report__number(n1, sizeof n1, quotes),
                quotes == 1 ? "quote" : "quotes", dg_report__number(n2, sizeof n2, docs),
                docs == 1 ? "article" : "articles");
  dg_report__start(r, "summary", NULL);
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__meeting_notes(r, m);
  dg_report__start(r, "ol", "quotes");
  for (size_t i = 0; i < l->n; i++) {
    if (repeated(l, i)) continue;
    dg_report__start(r, "li", NULL);
    dg_report__elem(r, "q", NULL, l->v[i].sentence ? l->v[i].sentence : "");
    cite(r, l->v[i].doc);
    dg_report__end(r);
  }
  dg_report__end(r);
  dg_report__end(r);
  dg_report__end(r);
  dg_report__end(r);
}

void dg_report__meetings(dg_report *r)
{
  static const char *const head[NCOLS] = {"#", "Date", "Place", "Level", "Format", "Status", "Mode",
                                          "Participants"};
  dg_report__start(r, "section", "meetings");
  dg_report__id(r, "meetings", 1);
  dg_report__elem(r, "h2", NULL, "Meetings");
  dg_report__elem(r, "p", "muted",
                  "In date order, undated meetings last (the columns of the diagram). Format: the number of "
                  "countries taking part. Under each meeting, the sentences it was read from, each with its article.");
  if (!r->out->nmeetings) dg_report__elem(r, "p", NULL, "No meeting was found in the articles.");
  if (!r->out->nmeetings) { dg_report__end(r); return; }
  dg_report__start(r, "table", "meetings");
  dg_report__start(r, "thead", NULL);
  dg_report__start(r, "tr", NULL);
  static const char *const cls[NCOLS] = {"c-num", "c-date", "c-place", "c-level", "c-format num", "c-status",
                                         "c-mode", "c-parts"};
  for (size_t i = 0; i < NCOLS; i++) dg_report__elem(r, "th", cls[i], head[i]);
  dg_report__end(r);
  dg_report__end(r);
  for (size_t k = 0; k < r->out->nmeetings && !r->x.rc; k++) {
    const dg_xmeeting *m = &r->out->meetings[r->order[k]];
    dg_report__start(r, "tbody", "meeting");
    facts_row(r, m, k + 1);
    evidence_row(r, m);
    dg_report__end(r);
  }
  dg_report__end(r);
  dg_report__end(r);
}
