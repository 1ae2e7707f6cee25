/* Meeting counts, first appearances, format phases, transitions and the
 * highest level reached: plain arithmetic on the built graph's records. */
#include "analyse/analyse.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/sort.h"
#include "util/strmap.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int dated(const dg_xmeeting *m) { return m->date.prec != DG_PREC_NONE && m->date.year != 0; }

/* A sort key: (year, month, day) with a missing month or day as 0. */
static long date_key(const dg_ymd *d)
{
  int month = d->prec >= DG_PREC_MONTH ? d->month : 0;
  int day = d->prec >= DG_PREC_DAY ? d->day : 0;
  return (long)d->year * 10000L + month * 100L + day;
}

/* A meeting's levels, with "other" when it has none. */
static unsigned levels_of(const dg_xmeeting *m) { return m->levels ? m->levels : 1u << DG_LEVEL_OTHER; }

static void format_date(char *buf, const dg_ymd *d) { dg_ymd_format(d, buf, DG_DATE_LEN); }

static int by_date(const void *x, const void *y, void *ctx)
{
  const dg_xmeeting *meetings = ctx;
  size_t i = *(const size_t *)x, j = *(const size_t *)y;
  long a = date_key(&meetings[i].date), b = date_key(&meetings[j].date);
  if (a != b) return a < b ? -1 : 1;
  return i < j ? -1 : i > j;
}

static void count_meetings(dg_analysis *a, const dg_records *r)
{
  a->nmeetings = r->nmeetings;
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    if (m->status == DG_STATUS_PLANNED) a->planned++;
    else if (m->status == DG_STATUS_PROPOSED) a->proposed++;
    else if (m->status == DG_STATUS_CANCELLED) a->cancelled++;
    else {
      a->held++;
      if (!dated(m)) a->undated++;
    }
  }
}

/* The indices of the held dated meetings in date order. */
static size_t *held_in_order(const dg_records *r, size_t *n)
{
  size_t *order = dg_malloc((r->nmeetings ? r->nmeetings : 1) * sizeof *order);
  *n = 0;
  if (!order) return NULL;
  for (size_t i = 0; i < r->nmeetings; i++)
    if (r->meetings[i].status == DG_STATUS_HELD && dated(&r->meetings[i])) order[(*n)++] = i;
  dg_sort(order, *n, sizeof *order, by_date, r->meetings);
  return order;
}

static int same_countries(const dg_phase *p, const dg_xmeeting *m)
{
  if (p->ncountries != m->ncountries) return 0;
  for (size_t k = 0; k < p->ncountries; k++)
    if (!dg_meeting_has_country(m, p->countries[k])) return 0;
  return 1;
}

static int by_iso(const void *x, const void *y, void *ctx) { return strcmp((const char *)x, (const char *)y); }

static void start_phase(dg_phase *p, const dg_xmeeting *m, size_t first)
{
  memset(p, 0, sizeof *p);
  p->ncountries = m->ncountries;
  memcpy(p->countries, m->countries, m->ncountries * sizeof m->countries[0]);
  dg_sort(p->countries, p->ncountries, sizeof p->countries[0], by_iso, NULL);
  p->first = first;
  format_date(p->from, &m->date);
}

/* Whether the n codes at set (4 bytes each) include iso3. */
static int has(const char *set, size_t n, const char *iso3)
{
  for (size_t k = 0; k < n; k++)
    if (strcmp(set + 4 * k, iso3) == 0) return 1;
  return 0;
}

static void transition(dg_transition *t, const dg_phase *p, const dg_phase *q)
{
  memset(t, 0, sizeof *t);
  snprintf(t->date, sizeof t->date, "%s", q->from);
  t->from = p->ncountries;
  t->to = q->ncountries;
  for (size_t k = 0; k < q->ncountries; k++)
    if (!has((const char *)p->countries, p->ncountries, q->countries[k]))
      memcpy(t->joined[t->njoined++], q->countries[k], 4);
  for (size_t k = 0; k < p->ncountries; k++)
    if (!has((const char *)q->countries, q->ncountries, p->countries[k]))
      memcpy(t->left[t->nleft++], p->countries[k], 4);
}

/* Group the held dated meetings (order[0..n)) into phases. */
static int make_phases(dg_analysis *a, const dg_records *r, const size_t *order, size_t n)
{
  a->phased = dg_calloc(n ? n : 1, sizeof *a->phased);
  a->phases = dg_calloc(n ? n : 1, sizeof *a->phases);
  a->transitions = dg_calloc(n ? n : 1, sizeof *a->transitions);
  if (!a->phased || !a->phases || !a->transitions) return DG_ENOMEM;
  for (size_t i = 0; i < n; i++) {
    const dg_xmeeting *m = &r->meetings[order[i]];
    if (!(a->phased[i] = dg_strdup(m->id ? m->id : ""))) return DG_ENOMEM;
    a->nphased++;
    dg_phase *p = a->nphases ? &a->phases[a->nphases - 1] : NULL;
    if (!p || !same_countries(p, m)) {
      p = &a->phases[a->nphases++];
      start_phase(p, m, i);
      if (a->nphases > 1) transition(&a->transitions[a->ntransitions++], p - 1, p);
    }
    p->count++;
    p->levels |= levels_of(m);
    format_date(p->to, &m->date);
  }
  return 0;
}

/* The highest level of the held meetings, and the first dated one that
 * reached it (else the first undated one, in graph order). */
static int highest_level(dg_analysis *a, const dg_records *r, const size_t *order, size_t n)
{
  unsigned all = 0;
  const dg_xmeeting *first = NULL;
  for (size_t i = 0; i < r->nmeetings; i++)
    if (r->meetings[i].status == DG_STATUS_HELD) all |= levels_of(&r->meetings[i]);
  if (!all) return 0;
  a->highest = dg_levels_main(all);
  for (size_t i = 0; i < n && !first; i++)
    if (levels_of(&r->meetings[order[i]]) & (1u << a->highest)) first = &r->meetings[order[i]];
  if (first) format_date(a->highest_date, &first->date);
  for (size_t i = 0; i < r->nmeetings && !first; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    if (m->status == DG_STATUS_HELD && !dated(m) && (levels_of(m) & (1u << a->highest))) first = m;
  }
  if (first && first->id && !(a->highest_meeting = dg_strdup(first->id)))
    return DG_ENOMEM;
  return 0;
}

static void see(dg_analysis *a, const dg_strmap *ids, const char *id, const dg_ymd *d, long *best)
{
  int k = dg_strmap_get(ids, id, strlen(id));
  if (k < 0 || (best[k] >= 0 && best[k] <= date_key(d))) return;
  best[k] = date_key(d);
  format_date(a->actors[k].first_seen, d);
}

/* The earliest dated meeting, of any status, each actor takes part in. */
static int first_seen(dg_analysis *a, const dg_records *r)
{
  dg_strmap ids = DG_STRMAP_INIT;
  long *best = dg_malloc((a->nactors ? a->nactors : 1) * sizeof *best);
  int rc = best ? 0 : DG_ENOMEM;
  for (size_t i = 0; !rc && i < a->nactors; i++) {
    best[i] = -1;
    a->actors[i].first_seen[0] = '\0';
    rc = dg_strmap_put(&ids, a->actors[i].id, strlen(a->actors[i].id), (int)i);
  }
  for (size_t i = 0; !rc && i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    char id[16];
    if (!dated(m)) continue;
    for (size_t k = 0; k < m->ncountries; k++) {
      snprintf(id, sizeof id, "country:%s", m->countries[k]);
      see(a, &ids, id, &m->date, best);
    }
    for (size_t k = 0; k < m->npersons; k++)
      if (m->persons[k] >= 0 && (size_t)m->persons[k] < r->npersons && r->persons[m->persons[k]].id)
        see(a, &ids, r->persons[m->persons[k]].id, &m->date, best);
  }
  dg_strmap_free(&ids);
  dg_free(best);
  return rc;
}

int dg_analyse_phases(dg_analysis *a, const dg_graph *g)
{
  const dg_records *r = dg_merged_records(g);
  size_t n = 0;
  if (!r) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  count_meetings(a, r);
  size_t *order = held_in_order(r, &n);
  if (!order) return DG_ENOMEM;
  int rc = make_phases(a, r, order, n);
  if (!rc) rc = highest_level(a, r, order, n);
  if (!rc) rc = first_seen(a, r);
  dg_free(order);
  return rc;
}
