/* Nodes of the views: countries, persons, meetings with their attributes. */
#include "graph/view_build.h"
#include "util/alloc.h"
#include "model/docindex.h"
#include "util/buf.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static const char *country_name(const dg_graph *g, const char *iso3)
{
  const dg_gazetteer *gz = dg_merged_gazetteer(g);
  int i = dg_gazetteer_country(gz, iso3);
  return i >= 0 ? gz->countries[i].name : iso3;
}

/* How many meetings a person attends and the earliest dated one, for all
 * persons in one pass over the meetings (per person it would be quadratic). */
typedef struct {
  size_t count;
  const dg_ymd *first;
} attendance;

static void note(attendance *a, const dg_xmeeting *x)
{
  a->count++;
  if (x->date.prec != DG_PREC_NONE && x->date.year && (!a->first || dg_ymd_compare(&x->date, a->first) < 0))
    a->first = &x->date;
}

static attendance *person_attendance(const dg_records *r)
{
  attendance *a = dg_calloc(r->npersons + 1, sizeof *a);
  if (!a) return NULL;
  for (size_t m = 0; m < r->nmeetings; m++)
    for (size_t k = 0; k < r->meetings[m].npersons; k++) note(&a[r->meetings[m].persons[k]], &r->meetings[m]);
  return a;
}

static attendance country_attendance(const dg_records *r, const char *iso3)
{
  attendance a = {0, NULL};
  for (size_t m = 0; m < r->nmeetings; m++)
    if (dg_meeting_has_country(&r->meetings[m], iso3)) note(&a, &r->meetings[m]);
  return a;
}

static int date_attrs(char **date_slot, char **start, const dg_ymd *d)
{
  char b[16];
  if (!d) return 0;
  dg_ymd_format(d, b, sizeof b);
  if (b[0] && dg_view_set_str(date_slot, b) < 0) return DG_ENOMEM;
  return dg_view_set_start(start, d);
}

int dg_view_add_countries(dg_view *v)
{
  const dg_records *r = dg_merged_records(v->graph);
  for (size_t i = 0; i < r->ncountries; i++) {
    const dg_xcountry *c = &r->countries[i];
    char id[16];
    if (!c->actor) continue;
    snprintf(id, sizeof id, "country:%s", c->iso3);
    dg_vnode *n = dg_view_add_node(v, id, country_name(v->graph, c->iso3), "country");
    attendance at = country_attendance(r, c->iso3);
    if (!n || dg_view_set_str(&n->a[DG_NA_ISO3], c->iso3) < 0 ||
        dg_view_set_int(&n->a[DG_NA_EVIDENCE], (long)c->ev.n) < 0 ||
        date_attrs(&n->a[DG_NA_FIRST_SEEN], &n->start, at.first) < 0)
      return DG_ENOMEM;
    dg_country_colour(v->graph, c->iso3, n->rgb);
    n->size = 10 + 4 * (double)at.count;
  }
  return 0;
}

int dg_view_add_persons(dg_view *v)
{
  const dg_records *r = dg_merged_records(v->graph);
  attendance *at = person_attendance(r);
  if (!at) return DG_ENOMEM;
  for (size_t i = 0; i < r->npersons; i++) {
    const dg_xperson *p = &r->persons[i];
    dg_vnode *n = dg_view_add_node(v, p->id, p->name, "person");
    if (!n || dg_view_set_str(&n->a[DG_NA_COUNTRY], p->iso3[0] ? p->iso3 : NULL) < 0 ||
        dg_view_set_str(&n->a[DG_NA_ROLE], p->role) < 0 ||
        dg_view_set_str(&n->a[DG_NA_LEVEL], dg_level_name(p->level)) < 0 ||
        dg_view_set_int(&n->a[DG_NA_EVIDENCE], (long)p->ev.n) < 0 ||
        dg_view_set_str(&n->a[DG_NA_CORRECTED], p->corrected) < 0 ||
        date_attrs(&n->a[DG_NA_FIRST_SEEN], &n->start, at[i].first) < 0) {
      dg_free(at);
      return DG_ENOMEM;
    }
    dg_country_colour(v->graph, p->iso3, n->rgb);
    n->size = 6 + 3 * (double)at[i].count;
  }
  dg_free(at);
  return 0;
}

static int join_countries(char **slot, const dg_xmeeting *m)
{
  dg_buf b = DG_BUF_INIT;
  for (size_t k = 0; k < m->ncountries; k++) dg_buf_printf(&b, "%s%s", k ? " " : "", m->countries[k]);
  char *s = dg_buf_detach(&b, NULL);
  if (!s) return DG_ENOMEM;
  dg_free(*slot);
  *slot = s;
  return 0;
}

/* The JSON's "persons": person ids, here joined by spaces. */
static int join_persons(char **slot, const dg_records *r, const dg_xmeeting *m)
{
  dg_buf b = DG_BUF_INIT;
  for (size_t k = 0; k < m->npersons; k++) dg_buf_printf(&b, "%s%s", k ? " " : "", r->persons[m->persons[k]].id);
  char *s = dg_buf_detach(&b, NULL);
  if (!s) return DG_ENOMEM;
  dg_free(*slot);
  *slot = s;
  return 0;
}

static int join_levels(char **slot, unsigned levels)
{
  dg_buf b = DG_BUF_INIT;
  for (int l = 0; l < DG_LEVEL_COUNT; l++)
    if (levels & (1u << l)) dg_buf_printf(&b, "%s%s", b.len ? " " : "", dg_level_name(l));
  char *s = dg_buf_detach(&b, NULL);
  if (!s) return DG_ENOMEM;
  dg_free(*slot);
  *slot = s;
  return 0;
}

/* The articles that report a meeting, once each, in evidence order: their
 * url when they have one, else their id. */
static int join_sources(char **slot, dg_docindex *x, const dg_xmeeting *m)
{
  dg_buf b = DG_BUF_INIT;
  dg_docindex_list(x);
  for (size_t k = 0; k < m->ev.n; k++) {
    const char *show = dg_docindex_source(x, &m->ev, k);
    if (show) dg_buf_printf(&b, "%s%s", b.len ? " " : "", show);
  }
  if (b.failed) { dg_buf_free(&b); return DG_ENOMEM; }
  int rc = dg_view_set_str(slot, b.len ? b.ptr : NULL);
  dg_buf_free(&b);
  return rc;
}

static int add_meetings(dg_view *v, dg_docindex *x)
{
  const dg_records *r = dg_merged_records(v->graph);
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    dg_vnode *n = dg_view_add_node(v, m->id, m->label, "meeting");
    if (!n || date_attrs(&n->a[DG_NA_DATE], &n->start, &m->date) < 0 ||
        dg_view_set_str(&n->a[DG_NA_DATE_PRECISION], m->date.year ? dg_precision_name(m->date.prec) : NULL) < 0 ||
        dg_view_set_str(&n->a[DG_NA_PLACE], m->place) < 0 ||
        dg_view_set_str(&n->a[DG_NA_STATUS], dg_status_name(m->status)) < 0 ||
        dg_view_set_str(&n->a[DG_NA_MODE], m->call ? "call" : "in-person") < 0 ||
        dg_view_set_str(&n->a[DG_NA_LEVEL], dg_level_name(dg_levels_main(m->levels))) < 0 ||
        join_levels(&n->a[DG_NA_LEVELS], m->levels) < 0 ||
        dg_view_set_int(&n->a[DG_NA_FORMAT], (long)m->ncountries) < 0 ||
        join_countries(&n->a[DG_NA_COUNTRIES], m) < 0 ||
        join_persons(&n->a[DG_NA_PERSONS], r, m) < 0 ||
        dg_view_set_int(&n->a[DG_NA_EVIDENCE], (long)m->ev.n) < 0 ||
        join_sources(&n->a[DG_NA_SOURCES], x, m) < 0 || dg_view_set_str(&n->a[DG_NA_CORRECTED], m->corrected) < 0)
      return DG_ENOMEM;
    n->rgb[0] = n->rgb[1] = n->rgb[2] = 85;
    n->size = 8 + 3 * (double)m->ncountries;
  }
  return 0;
}

int dg_view_add_meetings(dg_view *v)
{
  dg_docindex x;
  int rc = dg_docindex_init(&x, dg_merged_records(v->graph));
  if (rc == 0) rc = add_meetings(v, &x);
  dg_docindex_free(&x);
  return rc;
}
