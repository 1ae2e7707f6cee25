/* The CSV tables a spreadsheet user expects, one row per thing, names
 * rather than ids (RFC 4180 and formula defusing as in csv.c):
 *
 *   countries  iso3, name, colour, meetings, held, first_meeting,
 *              last_meeting, persons (names, "; ")
 *   persons    name, country, iso3, role, level, meetings, first_meeting,
 *              aliases ("; "), id
 *   meetings   date, year, month, day, date_precision, status, mode, level,
 *              format, place, countries (names, "; "), iso3 ("; "),
 *              persons (names, "; "), sources (the articles: url, else
 *              document id, "; "), source_count, evidence_count
 *              (sentences), conflicts, id
 *
 * A column named as an attribute of the JSON, GraphML or nodes table means
 * the same thing there: sources is the list, *_count are numbers.
 *
 * Dates are ISO text at their precision ("2023-05-10", "2023-05", "2023")
 * with the year, month and day also as plain numbers, so a spreadsheet that
 * reads "2023-05" as a date loses nothing. Meetings in the diagram's order
 * (dated by date, then undated); countries and persons in the graph's order. */
#include "export/writers.h"
#include "model/docindex.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdio.h>
#include <string.h>

static const char *country_name(const dg_graph *g, const char *iso3)
{
  const dg_gazetteer *gz = dg_merged_gazetteer(g);
  int i = dg_gazetteer_country(gz, iso3);
  return i >= 0 ? gz->countries[i].name : iso3;
}

static void num(dg_buf *b, long v)
{
  dg_buf_printf(b, ",%ld", v);
}

static void date_cells(dg_buf *b, const dg_ymd *d)
{
  char iso[16];
  dg_ymd_format(d, iso, sizeof iso);
  dg_csv_cell(b, iso, 0);
}

static int dated(const dg_xmeeting *m) { return m->date.prec != DG_PREC_NONE && m->date.year; }

/* "a; b; c" of the names of a meeting's countries or persons into tmp. */
static const char *joined(dg_buf *tmp, const dg_graph *g, const dg_xmeeting *m, int what)
{
  const dg_records *r = dg_merged_records(g);
  tmp->len = 0;
  size_t n = what == 2 ? m->npersons : m->ncountries;
  for (size_t i = 0; i < n; i++) {
    if (i) dg_buf_puts(tmp, "; ");
    if (what == 0) dg_buf_puts(tmp, country_name(g, m->countries[i]));
    else if (what == 1) dg_buf_puts(tmp, m->countries[i]);
    else dg_buf_puts(tmp, r->persons[m->persons[i]].name);
  }
  dg_buf_putc(tmp, '\0');
  tmp->len--;
  return tmp->failed ? "" : tmp->ptr;
}

/* The articles a meeting's evidence quotes, once each in evidence order,
 * by url when the article has one, else by id: "a; b" into tmp; *n their
 * number. */
static const char *sources(dg_buf *tmp, dg_docindex *x, const dg_evlist *ev, size_t *n)
{
  tmp->len = 0;
  *n = 0;
  dg_docindex_list(x);
  for (size_t i = 0; i < ev->n; i++) {
    const char *show = dg_docindex_source(x, ev, i);
    if (show) dg_buf_printf(tmp, "%s%s", (*n)++ ? "; " : "", show);
  }
  dg_buf_putc(tmp, '\0');
  tmp->len--;
  return tmp->failed ? "" : tmp->ptr;
}

/* Meetings a country or person attends: count, held, first and last date. */
typedef struct {
  long n, held;
  const dg_ymd *first, *last;
} tally;

static void count(tally *t, const dg_xmeeting *m)
{
  t->n++;
  t->held += m->status == DG_STATUS_HELD;
  if (!dated(m)) return;
  if (!t->first || dg_ymd_compare(&m->date, t->first) < 0) t->first = &m->date;
  if (!t->last || dg_ymd_compare(&m->date, t->last) > 0) t->last = &m->date;
}

static void date_or_empty(dg_buf *b, const dg_ymd *d)
{
  if (d) date_cells(b, d);
  else dg_csv_cell(b, NULL, 0);
}

static int countries(dg_buf *b, const dg_graph *g)
{
  const dg_records *r = dg_merged_records(g);
  dg_buf tmp = DG_BUF_INIT;
  dg_buf_puts(b, "iso3,name,colour,meetings,held,first_meeting,last_meeting,persons\r\n");
  for (size_t i = 0; i < r->ncountries; i++) {
    const dg_xcountry *c = &r->countries[i];
    if (!c->actor) continue;
    tally t = {0, 0, NULL, NULL};
    for (size_t m = 0; m < r->nmeetings; m++)
      if (dg_meeting_has_country(&r->meetings[m], c->iso3)) count(&t, &r->meetings[m]);
    unsigned char rgb[3];
    char hex[8];
    dg_country_colour(g, c->iso3, rgb);
    snprintf(hex, sizeof hex, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    dg_csv_cell(b, c->iso3, 1);
    dg_csv_cell(b, country_name(g, c->iso3), 0);
    dg_csv_cell(b, hex, 0);
    num(b, t.n);
    num(b, t.held);
    date_or_empty(b, t.first);
    date_or_empty(b, t.last);
    tmp.len = 0;
    for (size_t p = 0; p < r->npersons; p++)
      if (strcmp(r->persons[p].iso3, c->iso3) == 0) dg_buf_printf(&tmp, "%s%s", tmp.len ? "; " : "", r->persons[p].name);
    dg_buf_putc(&tmp, '\0');
    dg_csv_cell(b, tmp.failed ? "" : tmp.ptr, 0);
    dg_buf_puts(b, "\r\n");
  }
  int rc = tmp.failed ? DG_ENOMEM : 0;
  dg_buf_free(&tmp);
  return rc;
}

static int persons(dg_buf *b, const dg_graph *g)
{
  const dg_records *r = dg_merged_records(g);
  tally *t = dg_calloc(r->npersons + 1, sizeof *t);
  dg_buf tmp = DG_BUF_INIT;
  if (!t) return DG_ENOMEM;
  for (size_t m = 0; m < r->nmeetings; m++)
    for (size_t k = 0; k < r->meetings[m].npersons; k++) count(&t[r->meetings[m].persons[k]], &r->meetings[m]);
  dg_buf_puts(b, "name,country,iso3,role,level,meetings,first_meeting,aliases,id\r\n");
  for (size_t i = 0; i < r->npersons; i++) {
    const dg_xperson *p = &r->persons[i];
    dg_csv_cell(b, p->name, 1);
    dg_csv_cell(b, p->iso3[0] ? country_name(g, p->iso3) : NULL, 0);
    dg_csv_cell(b, p->iso3[0] ? p->iso3 : NULL, 0);
    dg_csv_cell(b, p->role, 0);
    dg_csv_cell(b, p->level >= 0 ? dg_level_name(p->level) : NULL, 0);
    num(b, t[i].n);
    date_or_empty(b, t[i].first);
    tmp.len = 0;
    for (size_t a = 0; a < p->aliases.n; a++) dg_buf_printf(&tmp, "%s%s", a ? "; " : "", p->aliases.v[a]);
    dg_buf_putc(&tmp, '\0');
    dg_csv_cell(b, tmp.failed ? "" : tmp.ptr, 0);
    dg_csv_cell(b, p->id, 0);
    dg_buf_puts(b, "\r\n");
  }
  int rc = tmp.failed ? DG_ENOMEM : 0;
  dg_buf_free(&tmp);
  dg_free(t);
  return rc;
}

static int by_date(const void *a, const void *b, void *ctx)
{
  const dg_records *r = ctx;
  const dg_xmeeting *x = &r->meetings[*(const size_t *)a], *y = &r->meetings[*(const size_t *)b];
  if (dated(x) != dated(y)) return dated(y) - dated(x);
  int c = dated(x) ? dg_ymd_compare(&x->date, &y->date) : 0;
  if (!c && dated(x)) c = x->date.prec - y->date.prec;
  return c ? c : strcmp(x->id, y->id);
}

static void meeting_row(dg_buf *b, dg_buf *tmp, dg_docindex *x, const dg_graph *g, const dg_xmeeting *m)
{
  char n[16], iso[16];
  dg_ymd_format(&m->date, iso, sizeof iso);
  dg_csv_cell(b, iso, 1);
  for (int f = 0; f < 3; f++) {
    int v = f == 0 ? m->date.year : f == 1 ? m->date.month : m->date.day;
    if (dated(m) && v && (int)m->date.prec > f) num(b, v);
    else dg_csv_cell(b, NULL, 0);
  }
  dg_csv_cell(b, dated(m) ? dg_precision_name(m->date.prec) : NULL, 0);
  dg_csv_cell(b, dg_status_name(m->status), 0);
  dg_csv_cell(b, m->call ? "call" : "in-person", 0);
  dg_csv_cell(b, dg_level_name(dg_levels_main(m->levels)), 0);
  snprintf(n, sizeof n, "%zu", m->ncountries);
  dg_csv_cell(b, n, 0);
  dg_csv_cell(b, m->place, 0);
  dg_csv_cell(b, joined(tmp, g, m, 0), 0);
  dg_csv_cell(b, joined(tmp, g, m, 1), 0);
  dg_csv_cell(b, joined(tmp, g, m, 2), 0);
  size_t nsources;
  dg_csv_cell(b, sources(tmp, x, &m->ev, &nsources), 0);
  num(b, (long)nsources);
  num(b, (long)m->ev.n);
  dg_csv_cell(b, m->conflicts, 0);
  dg_csv_cell(b, m->id, 0);
  dg_buf_puts(b, "\r\n");
}

static int meetings(dg_buf *b, const dg_graph *g)
{
  const dg_records *r = dg_merged_records(g);
  size_t *order = dg_malloc((r->nmeetings + 1) * sizeof *order);
  dg_buf tmp = DG_BUF_INIT;
  dg_docindex x;
  if (!order) return DG_ENOMEM;
  if (dg_docindex_init(&x, r) < 0) {
    dg_docindex_free(&x);
    dg_free(order);
    return DG_ENOMEM;
  }
  for (size_t i = 0; i < r->nmeetings; i++) order[i] = i;
  dg_sort(order, r->nmeetings, sizeof *order, by_date, (void *)r);
  dg_buf_puts(b, "date,year,month,day,date_precision,status,mode,level,format,place,countries,iso3,persons,"
                 "sources,source_count,evidence_count,conflicts,id\r\n");
  for (size_t i = 0; i < r->nmeetings; i++) meeting_row(b, &tmp, &x, g, &r->meetings[order[i]]);
  int rc = tmp.failed ? DG_ENOMEM : 0;
  dg_docindex_free(&x);
  dg_buf_free(&tmp);
  dg_free(order);
  return rc;
}

int dg_write_csv_table(dg_buf *out, const dg_graph *g, dg_format table)
{
  if (!dg_merged_records(g)) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  int rc = table == DG_FORMAT_CSV_COUNTRIES ? countries(out, g)
           : table == DG_FORMAT_CSV_PERSONS ? persons(out, g)
           : table == DG_FORMAT_CSV_MEETINGS ? meetings(out, g)
           : dg_error_set(DG_EARG, "not a CSV table");
  return rc == 0 && out->failed ? DG_ENOMEM : rc;
}
