/* Edges of the views. */
#include "graph/view_build.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static long country_node(const dg_view *v, const char *iso3)
{
  char id[16];
  snprintf(id, sizeof id, "country:%s", iso3);
  return dg_view_find(v, id);
}

static int represents(dg_view *v)
{
  const dg_records *r = dg_merged_records(v->graph);
  for (size_t i = 0; i < r->npersons; i++) {
    long p = dg_view_find(v, r->persons[i].id), c;
    if (p < 0 || !r->persons[i].iso3[0] || (c = country_node(v, r->persons[i].iso3)) < 0) continue;
    if (!dg_view_add_edge(v, (size_t)p, (size_t)c, "represents")) return DG_ENOMEM;
  }
  return 0;
}

/* What an edge for a meeting carries. */
static int meeting_attrs(dg_view *v, dg_vedge *e, const dg_xmeeting *m)
{
  char date[16];
  dg_ymd_format(&m->date, date, sizeof date);
  (void)v;
  if (dg_view_set_str(&e->a[DG_EA_MEETING], m->id) < 0 ||
      dg_view_set_str(&e->a[DG_EA_DATE], date[0] ? date : NULL) < 0 ||
      dg_view_set_str(&e->a[DG_EA_LEVEL], dg_level_name(dg_levels_main(m->levels))) < 0 ||
      dg_view_set_str(&e->a[DG_EA_STATUS], dg_status_name(m->status)) < 0 ||
      dg_view_set_str(&e->a[DG_EA_MODE], m->call ? "call" : "in-person") < 0 ||
      dg_view_set_int(&e->a[DG_EA_FORMAT], (long)m->ncountries) < 0 ||
      dg_view_set_start(&e->start, &m->date) < 0)
    return DG_ENOMEM;
  return 0;
}

/* An edge from node `from` to node `to` for meeting m (no edge when either
 * end is not in the view). */
static int meeting_edge(dg_view *v, long from, long to, const char *kind, const dg_xmeeting *m)
{
  if (from < 0 || to < 0) return 0;
  dg_vedge *e = dg_view_add_edge(v, (size_t)from, (size_t)to, kind);
  return !e || meeting_attrs(v, e, m) < 0 ? DG_ENOMEM : 0;
}

/* Each country of m attends it. */
static int countries_attend(dg_view *v, const dg_xmeeting *m, long mi)
{
  for (size_t k = 0; k < m->ncountries; k++)
    if (meeting_edge(v, country_node(v, m->countries[k]), mi, "attended", m) < 0) return DG_ENOMEM;
  return 0;
}

int dg_view_edges_full(dg_view *v)
{
  const dg_records *r = dg_merged_records(v->graph);
  if (represents(v) < 0) return DG_ENOMEM;
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    long mi = dg_view_find(v, m->id);
    if (countries_attend(v, m, mi) < 0) return DG_ENOMEM;
    for (size_t k = 0; k < m->npersons; k++)
      if (meeting_edge(v, dg_view_find(v, r->persons[m->persons[k]].id), mi, "attended", m) < 0) return DG_ENOMEM;
  }
  return 0;
}

/* An edge per meeting between every two countries, and every two persons,
 * that took part in it. */
int dg_view_edges_actors(dg_view *v)
{
  const dg_records *r = dg_merged_records(v->graph);
  if (represents(v) < 0) return DG_ENOMEM;
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    for (size_t a = 0; a < m->ncountries; a++)
      for (size_t b = a + 1; b < m->ncountries; b++)
        if (meeting_edge(v, country_node(v, m->countries[a]), country_node(v, m->countries[b]), "met", m) < 0)
          return DG_ENOMEM;
    for (size_t a = 0; a < m->npersons; a++)
      for (size_t b = a + 1; b < m->npersons; b++)
        if (meeting_edge(v, dg_view_find(v, r->persons[m->persons[a]].id),
                         dg_view_find(v, r->persons[m->persons[b]].id), "met", m) < 0)
          return DG_ENOMEM;
  }
  return 0;
}

static long find_pair(const dg_view *v, size_t x, size_t y)
{
  for (size_t i = 0; i < v->nedges; i++)
    if (v->edges[i].source == x && v->edges[i].target == y) return (long)i;
  return -1;
}

static int widen_dates(dg_vedge *e, const dg_xmeeting *m)
{
  char d[16];
  dg_ymd_format(&m->date, d, sizeof d);
  if (!d[0]) return 0;
  if ((!e->a[DG_EA_FIRST_DATE] || strcmp(d, e->a[DG_EA_FIRST_DATE]) < 0) &&
      dg_view_set_str(&e->a[DG_EA_FIRST_DATE], d) < 0)
    return DG_ENOMEM;
  if ((!e->a[DG_EA_LAST_DATE] || strcmp(d, e->a[DG_EA_LAST_DATE]) > 0) &&
      dg_view_set_str(&e->a[DG_EA_LAST_DATE], d) < 0)
    return DG_ENOMEM;
  if ((!e->start || strcmp(d, e->start) < 0) && dg_view_set_start(&e->start, &m->date) < 0) return DG_ENOMEM;
  return 0;
}

/* One edge per pair of countries that met: how often, first and last date. */
int dg_view_edges_countries(dg_view *v)
{
  const dg_records *r = dg_merged_records(v->graph);
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    for (size_t a = 0; a < m->ncountries; a++)
      for (size_t b = a + 1; b < m->ncountries; b++) {
        long x = country_node(v, m->countries[a]), y = country_node(v, m->countries[b]);
        if (x < 0 || y < 0) continue;
        if (x > y) { long t = x; x = y; y = t; }
        long k = find_pair(v, (size_t)x, (size_t)y);
        dg_vedge *e = k >= 0 ? &v->edges[k] : dg_view_add_edge(v, (size_t)x, (size_t)y, "met");
        if (!e) return DG_ENOMEM;
        if (k >= 0) e->weight += 1;
        if (dg_view_set_int(&e->a[DG_EA_COUNT_MEETINGS], (long)e->weight) < 0 || widen_dates(e, m) < 0)
          return DG_ENOMEM;
      }
  }
  return 0;
}

/* Countries attend meetings; each dated meeting leads to the next. */
int dg_view_edges_timeline(dg_view *v)
{
  const dg_records *r = dg_merged_records(v->graph);
  long prev = -1;
  for (size_t i = 0; i < r->nmeetings; i++) { /* meetings are sorted by id: date first */
    const dg_xmeeting *m = &r->meetings[i];
    long mi = dg_view_find(v, m->id);
    if (countries_attend(v, m, mi) < 0) return DG_ENOMEM;
    if (mi < 0 || m->date.prec == DG_PREC_NONE || !m->date.year) continue;
    if (meeting_edge(v, prev, mi, "next", m) < 0) return DG_ENOMEM;
    prev = mi;
  }
  return 0;
}
