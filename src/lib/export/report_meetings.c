/* The report's table of meetings: one tbody per meeting (in the diagram's
 * column order: dated by date, undated last), its facts in one row and the
 * quotes it was read from, each citing its article, in the next. */
#include "export/report.h"
#include "util/error.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCOLS 8

static void cell(dg_report *r, const char *cls)
{
  rp_start(r, "td", cls);
  rp_flush(r);
  rp_end(r);
}

static void date_cell(dg_report *r, const dg_xmeeting *m)
{
  char iso[16], words[48];
  dg_ymd_format(&m->date, iso, sizeof iso);
  rp_ymd_words(words, sizeof words, &m->date);
  rp_start(r, "td", "nowrap");
  if (iso[0]) {
    rp_start(r, "time", NULL);
    rp_attr(r, "datetime", iso);
    rp_text(r, words);
    rp_end(r);
  } else rp_elem(r, "span", "muted", words[0] ? words : "undated");
  const dg_term *t = dg_vocab_term(&dg_date_how_vocab, m->date_how);
  const char *how = t ? t->label : NULL;
  if (how && m->date.prec != DG_PREC_NONE) rp_elem(r, "span", "note", how);
  rp_end(r);
}

static void level_cell(dg_report *r, const dg_xmeeting *m)
{
  int top = dg_levels_main(m->levels);
  const char *w = rp_level_words(top);
  rp_start(r, "td", NULL);
  dg_buf_printf(&r->text, "%c%s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 'a' + 'A' : w[0], w + 1);
  rp_flush(r);
  unsigned others = top >= 0 ? m->levels & ~(1u << top) : m->levels;
  if (others) {
    dg_buf_puts(&r->text, "with ");
    rp_put_levels(r, others);
    rp_start(r, "span", "note");
    rp_flush(r);
    rp_end(r);
  }
  rp_end(r);
}

static void status_cell(dg_report *r, const dg_xmeeting *m)
{
  const char *s = dg_status_name(m->status);
  char cls[40];
  snprintf(cls, sizeof cls, "badge status-%s", s ? s : "unknown");
  rp_start(r, "td", NULL);
  rp_elem(r, "span", cls, s ? s : "unknown");
  rp_end(r);
}

static const dg_report *sort_r;
static int by_name(const void *x, const void *y)
{
  return strcmp(rp_country(sort_r, (const char *)x), rp_country(sort_r, (const char *)y));
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
  sort_r = r;
  qsort(keys, nk, sizeof keys[0], by_name);
  rp_start(r, "td", NULL);
  for (size_t k = 0; k < nk; k++) {
    rp_start(r, "div", "party");
    rp_elem(r, "b", NULL, keys[k][0] ? rp_country(r, keys[k]) : "Country unknown");
    size_t shown = 0;
    for (size_t p = 0; p < m->npersons; p++) {
      const dg_xperson *x = &r->out->persons[m->persons[p]];
      if (strcmp(x->iso3, keys[k]) != 0) continue;
      rp_text(r, shown++ ? ", " : ": ");
      rp_link_start(r, "person", (size_t)m->persons[p] + 1);
      rp_text(r, x->name ? x->name : "?");
      rp_end(r);
      if (x->role) { dg_buf_printf(&r->text, " (%s)", x->role); rp_flush(r); }
    }
    rp_end(r);
  }
  rp_end(r);
}

static void facts_row(dg_report *r, const dg_xmeeting *m, size_t n)
{
  rp_start(r, "tr", "facts");
  rp_start(r, "td", "num");
  rp_id(r, "meeting", n);
  dg_buf_printf(&r->text, "M%zu", n);
  rp_start(r, "b", NULL);
  rp_flush(r);
  rp_end(r);
  rp_end(r);
  date_cell(r, m);
  rp_start(r, "td", NULL);
  if (m->place) rp_text(r, m->place);
  else rp_elem(r, "span", "muted", "—");
  rp_end(r);
  level_cell(r, m);
  dg_buf_printf(&r->text, "%zu", m->ncountries);
  rp_start(r, "td", "num");
  rp_flush(r);
  if (m->sideline) rp_elem(r, "span", "note", "on the sidelines");
  rp_end(r);
  status_cell(r, m);
  dg_buf_puts(&r->text, m->call ? "call" : "in person");
  cell(r, "nowrap");
  participants_cell(r, m);
  rp_end(r);
}

/* "Article 001 · The Daily Courier · published 4 March 2019" */
static void cite(dg_report *r, const char *doc)
{
  int d = rp_doc(r, doc);
  const dg_xdocument *x = d >= 0 ? &r->out->docs[d] : NULL;
  char date[48];
  rp_start(r, "cite", NULL);
  rp_text(r, "Article ");
  if (x) rp_link_start(r, "source", (size_t)d + 1);
  rp_text(r, doc ? doc : "?");
  if (x) rp_end(r);
  if (x && (x->source || x->path)) dg_buf_printf(&r->text, " · %s", x->source ? x->source : x->path);
  if (x && x->published && x->published[0]) {
    rp_date_words(date, sizeof date, x->published);
    dg_buf_printf(&r->text, " · published %s", date);
  } else if (x) dg_buf_puts(&r->text, " · no publication date");
  rp_flush(r);
  rp_end(r);
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
  rp_start(r, "tr", "evidence");
  rp_start(r, "td", NULL);
  rp_end(r);
  rp_start(r, "td", NULL);
  rp_attr(r, "colspan", "7"); /* NCOLS - 1: under all but the number */
  rp_start(r, "details", NULL);
  rp_attr(r, "open", "open");
  dg_buf_printf(&r->text, "Evidence: %s %s from %s %s", rp_number(n1, sizeof n1, quotes),
                quotes == 1 ? "quote" : "quotes", rp_number(n2, sizeof n2, docs), docs == 1 ? "article" : "articles");
  rp_start(r, "summary", NULL);
  rp_flush(r);
  rp_end(r);
  rp_start(r, "ol", "quotes");
  for (size_t i = 0; i < l->n; i++) {
    if (repeated(l, i)) continue;
    rp_start(r, "li", NULL);
    rp_elem(r, "q", NULL, l->v[i].sentence ? l->v[i].sentence : "");
    cite(r, l->v[i].doc);
    rp_end(r);
  }
  rp_end(r);
  rp_end(r);
  rp_end(r);
  rp_end(r);
}

void rp_meetings(dg_report *r)
{
  static const char *const head[NCOLS] = {"#", "Date", "Place", "Level", "Format", "Status", "Mode",
                                          "Participants"};
  rp_start(r, "section", "meetings");
  rp_id(r, "meetings", 1);
  rp_elem(r, "h2", NULL, "Meetings");
  rp_elem(r, "p", "muted",
          "In date order, undated meetings last (the columns of the diagram). Format: the number of "
          "countries taking part. Under each meeting, the sentences it was read from, each with its article.");
  if (!r->out->nmeetings) rp_elem(r, "p", NULL, "No meeting was found in the articles.");
  if (!r->out->nmeetings) { rp_end(r); return; }
  rp_start(r, "table", "meetings");
  rp_start(r, "thead", NULL);
  rp_start(r, "tr", NULL);
  static const char *const cls[NCOLS] = {"c-num", "c-date", "c-place", "c-level", "c-format num", "c-status",
                                         "c-mode", "c-parts"};
  for (size_t i = 0; i < NCOLS; i++) rp_elem(r, "th", cls[i], head[i]);
  rp_end(r);
  rp_end(r);
  for (size_t k = 0; k < r->out->nmeetings && !r->x.rc; k++) {
    const dg_xmeeting *m = &r->out->meetings[r->order[k]];
    rp_start(r, "tbody", "meeting");
    facts_row(r, m, k + 1);
    evidence_row(r, m);
    rp_end(r);
  }
  rp_end(r);
  rp_end(r);
}
