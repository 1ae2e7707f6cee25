/* Matching meetings of a graph against the answer key: candidates share the
 * kind and the set of countries; pairs are taken greedily by score. */
#include "eval/eval_internal.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

typedef struct {
  size_t g, p;
  double score;
} ev_pair;

static int subset(const ev_strs *a, const ev_strs *b)
{
  for (size_t i = 0; i < a->n; i++) {
    size_t j = 0;
    while (j < b->n && !dg_eval__iso_eq(a->v[i], b->v[j])) j++;
    if (j == b->n) return 0;
  }
  return 1;
}

static int candidate(const ev_meeting *g, const ev_meeting *p)
{
  return p->kind && strcmp(g->kind, p->kind) == 0 && subset(&g->countries, &p->countries) &&
         subset(&p->countries, &g->countries);
}

static int date_ok(const ev_meeting *g, const char *date)
{
  if (!g->has_accept) return dg_eval__streq(g->date, date);
  for (size_t i = 0; i < g->accept.n; i++)
    if (dg_eval__streq(g->accept.v[i], date)) return 1;
  return 0;
}

static int matches_any(const ev_persons *l, const ev_person *p)
{
  for (size_t i = 0; i < l->n; i++)
    if (dg_eval__name_match(&l->v[i].forms, &p->forms)) return 1;
  return 0;
}

/* |P∩G| / |G ∪ (P \ O)| by the name rule; names missing and extra are listed
 * in `b` when given. Returns the ratio (1 when both sides are empty). */
static double attendees(const ev_meeting *g, const ev_meeting *p, int *inter, int *uni, dg_buf *b)
{
  int in = 0, extra = 0;
  const char *sep = " (";
  for (size_t i = 0; i < g->persons.n; i++) {
    if (matches_any(&p->persons, &g->persons.v[i])) {
      in++;
    } else if (b) {
      dg_buf_printf(b, "%smissing %s", sep, g->persons.v[i].name);
      sep = ", ";
    }
  }
  for (size_t j = 0; j < p->persons.n; j++) {
    const ev_person *a = &p->persons.v[j];
    if (matches_any(&g->persons, a) || matches_any(&g->optional, a)) continue;
    extra++;
    if (b) {
      dg_buf_printf(b, "%sextra \"%s\"", sep, a->name);
      sep = ", ";
    }
  }
  if (b && sep[0] == ',') dg_buf_puts(b, ")");
  *inter = in;
  *uni = (int)g->persons.n + extra;
  return *uni ? (double)in / *uni : 1.0;
}

static double score(const ev_meeting *g, const ev_meeting *p)
{
  int in, uni;
  return 2.0 * dg_eval__streq(g->level, p->level) + dg_eval__streq(g->status, p->status) +
         date_ok(g, p->date) + attendees(g, p, &in, &uni, NULL);
}

static int by_score(const void *x, const void *y, void *ctx)
{
  const ev_pair *a = x, *b = y;
  if (a->score != b->score) return a->score > b->score ? -1 : 1;
  if (a->g != b->g) return a->g < b->g ? -1 : 1;
  return a->p < b->p ? -1 : a->p > b->p;
}

/* Greedy one-to-one assignment of free predicted meetings (pm[p] == NONE and
 * not busy[p]) to gold meetings. */
static int assign(size_t *gm, size_t *pm, const size_t *busy, const ev_meetings *gold,
                  const ev_meetings *pred)
{
  size_t n = 0, count = 0;
  for (size_t i = 0; i < gold->n; i++)
    for (size_t j = 0; j < pred->n; j++)
      count += (!busy || busy[j] == NONE) && candidate(&gold->v[i], &pred->v[j]);
  ev_pair *pairs = dg_malloc((count + 1) * sizeof *pairs);
  if (!pairs) return DG_ENOMEM;
  for (size_t i = 0; i < gold->n; i++)
    for (size_t j = 0; j < pred->n; j++)
      if ((!busy || busy[j] == NONE) && candidate(&gold->v[i], &pred->v[j]))
        pairs[n++] = (ev_pair){i, j, score(&gold->v[i], &pred->v[j])};
  dg_sort(pairs, n, sizeof *pairs, by_score, NULL);
  for (size_t k = 0; k < n; k++) {
    if (gm[pairs[k].g] != NONE || pm[pairs[k].p] != NONE) continue;
    gm[pairs[k].g] = pairs[k].p;
    pm[pairs[k].p] = pairs[k].g;
  }
  dg_free(pairs);
  return 0;
}

static void describe(dg_buf *b, const ev_meeting *m)
{
  dg_buf_puts(b, " (");
  dg_eval__put_str(b, m->kind);
  dg_buf_puts(b, ", ");
  dg_eval__put_str(b, m->status);
  dg_buf_puts(b, ",");
  for (size_t i = 0; i < m->countries.n; i++) dg_buf_printf(b, " %s", m->countries.v[i]);
  dg_buf_puts(b, ", ");
  dg_eval__put_str(b, m->level);
  dg_buf_puts(b, ", ");
  dg_eval__put_str(b, m->date);
  dg_buf_puts(b, ")\n");
}

static void field(dg_buf *b, const char *name, const char *got, const char *want, int ok)
{
  dg_buf_printf(b, "%s ", name);
  dg_eval__put_str(b, got);
  if (ok) {
    dg_buf_puts(b, " ok | ");
    return;
  }
  dg_buf_puts(b, " wrong (gold ");
  dg_eval__put_str(b, want);
  dg_buf_puts(b, ") | ");
}

typedef struct {
  int date, place, level, status;
  double attendees;
} ev_tally;

/* Score one matched pair and write its report line. */
static int matched(ev_tally *t, dg_buf *b, const ev_meeting *g, const ev_meeting *p)
{
  int in, uni, place = dg_eval__place_equal(g->place, p->place);
  int date = date_ok(g, p->date), level = dg_eval__streq(g->level, p->level);
  int status = dg_eval__streq(g->status, p->status);
  if (place < 0) return place;
  t->date += date;
  t->place += place;
  t->level += level;
  t->status += status;
  dg_buf_printf(b, "  %s ~ %s  ", g->id, p->id);
  field(b, "date", p->date, g->date, date);
  field(b, "place", p->place, g->place, place);
  field(b, "level", p->level, g->level, level);
  field(b, "status", p->status, g->status, status);
  t->attendees += attendees(g, p, &in, &uni, NULL);
  dg_buf_printf(b, "attendees %d/%d", in, uni);
  attendees(g, p, &in, &uni, b);
  dg_buf_puts(b, "\n");
  return 0;
}

static const ev_meeting *duplicate_of(const ev_meetings *gold, const size_t *gm,
                                      const ev_meeting *p)
{
  for (size_t i = 0; i < gold->n; i++)
    if (gm[i] != NONE && candidate(&gold->v[i], p)) return &gold->v[i];
  return NULL;
}

/* Report lines for gold meetings (matched, missed) and predicted leftovers. */
static int lines(dg_eval_result *res, ev_tally *t, dg_buf *b, const ev_gold *g, const ev_graph *p,
                 const size_t *gm, const size_t *pm, const size_t *om)
{
  for (size_t i = 0; i < g->meetings.n; i++) {
    const ev_meeting *gi = &g->meetings.v[i];
    if (gm[i] != NONE) {
      int rc = matched(t, b, gi, &p->meetings.v[gm[i]]);
      if (rc < 0) return rc;
      continue;
    }
    res->meetings.fn++;
    dg_buf_printf(b, "  missed %s", gi->id);
    describe(b, gi);
  }
  for (size_t j = 0; j < p->meetings.n; j++) {
    const ev_meeting *pj = &p->meetings.v[j], *d;
    if (pm[j] != NONE) continue;
    if (om[j] != NONE) {
      dg_buf_printf(b, "  ignored %s ~ optional %s\n", pj->id, g->meetings_opt.v[om[j]].id);
      continue;
    }
    res->meetings.fp++;
    dg_buf_printf(b, "  extra %s", pj->id);
    if ((d = duplicate_of(&g->meetings, gm, pj))) dg_buf_printf(b, " [duplicate of %s]", d->id);
    describe(b, pj);
  }
  return 0;
}

static void accuracies(dg_eval_result *res, const ev_tally *t, dg_buf *rep)
{
  double n = res->matched;
  res->date_accuracy = n ? t->date / n : 1.0;
  res->place_accuracy = n ? t->place / n : 1.0;
  res->level_accuracy = n ? t->level / n : 1.0;
  res->status_accuracy = n ? t->status / n : 1.0;
  res->attendee_accuracy = n ? t->attendees / n : 1.0;
  dg_buf_printf(rep,
                "matched meetings: %d | date %.3f | place %.3f | level %.3f | status %.3f | "
                "attendees %.3f\n",
                res->matched, res->date_accuracy, res->place_accuracy, res->level_accuracy,
                res->status_accuracy, res->attendee_accuracy);
}

static size_t *nones(size_t n)
{
  size_t *v = dg_malloc((n + 1) * sizeof *v);
  for (size_t i = 0; v && i < n; i++) v[i] = NONE;
  return v;
}

int dg_eval__match_meetings(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p)
{
  size_t np = p->meetings.n;
  size_t *gm = nones(g->meetings.n), *pm = nones(np);
  size_t *om = nones(np), *gom = nones(g->meetings_opt.n);
  ev_tally t = {0, 0, 0, 0, 0.0};
  dg_buf body = DG_BUF_INIT;
  int rc = gm && pm && om && gom ? 0 : DG_ENOMEM;
  if (rc == 0) rc = assign(gm, pm, NULL, &g->meetings, &p->meetings);
  if (rc == 0) rc = assign(gom, om, pm, &g->meetings_opt, &p->meetings);
  if (rc == 0) {
    for (size_t i = 0; i < g->meetings.n; i++) res->meetings.tp += gm[i] != NONE;
    res->matched = res->meetings.tp;
    rc = lines(res, &t, &body, g, p, gm, pm, om);
  }
  if (rc == 0) {
    accuracies(res, &t, rep);
    if (body.failed) rc = dg_error_oom();
    else dg_buf_put(rep, body.ptr ? body.ptr : "", body.len);
  }
  dg_buf_free(&body);
  dg_free(gm);
  dg_free(pm);
  dg_free(om);
  dg_free(gom);
  return rc;
}
