/* The escalation diagram: how a diplomatic format grew over time.
 *
 * One lane per country (in the order countries first appear, each in its
 * colour), one column per meeting in date order (undated ones last), a dot
 * on each participating country's lane joined by a connector (solid: held,
 * dashed: planned, dotted: proposed; hollow dots for what has not happened),
 * the ministers' surnames under their country's dot, date, place and level
 * at the head of the column, translucent bands for the phases of the format
 * (bilateral, trilateral, quadrilateral ...) and a legend. Positions are
 * computed here and pinned (neato, pos="x,y!"), so the figure is stable and
 * about 600 pt (800 px) wide for a dozen meetings. */
#include "export/timeline.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_time(const void *a, const void *b, void *ctx)
{
  const dg_records *r = ctx;
  const dg_xmeeting *x = &r->meetings[*(const int *)a];
  const dg_xmeeting *y = &r->meetings[*(const int *)b];
  int dx = x->date.prec != DG_PREC_NONE && x->date.year, dy = y->date.prec != DG_PREC_NONE && y->date.year;
  if (dx != dy) return dy - dx; /* dated first */
  if (dx) {
    int c = dg_ymd_compare(&x->date, &y->date);
    if (c) return c;
    if (x->date.prec != y->date.prec) return x->date.prec - y->date.prec;
  } else if (x->status != y->status) {
    return x->status - y->status;
  }
  return strcmp(x->id, y->id);
}

/* Meetings in column order; countries in lane order (first appearance). */
static int plan_columns(dg_tl *t)
{
  const dg_records *r = t->r;
  t->cols = dg_malloc((r->nmeetings + 1) * sizeof *t->cols);
  t->lanes = dg_malloc((r->ncountries + 1) * sizeof *t->lanes);
  if (!t->cols || !t->lanes) return DG_ENOMEM;
  for (size_t i = 0; i < r->nmeetings; i++) t->cols[i] = (int)i;
  t->ncols = r->nmeetings;
  dg_sort(t->cols, t->ncols, sizeof *t->cols, by_time, (void *)r);
  t->ndated = 0;
  while (t->ndated < t->ncols && r->meetings[t->cols[t->ndated]].date.prec != DG_PREC_NONE &&
         r->meetings[t->cols[t->ndated]].date.year)
    t->ndated++;
  t->nlanes = 0;
  for (size_t k = 0; k < t->ncols; k++) {
    const dg_xmeeting *m = &r->meetings[t->cols[k]];
    for (size_t c = 0; c < m->ncountries; c++) {
      int seen = 0;
      for (size_t l = 0; l < t->nlanes; l++) seen |= strcmp(t->lanes[l], m->countries[c]) == 0;
      if (!seen && t->nlanes < r->ncountries) t->lanes[t->nlanes++] = m->countries[c];
    }
  }
  return 0;
}

/* Phases: runs of dated columns with the same number of countries. */
static void plan_phases(dg_tl *t)
{
  t->nphases = 0;
  for (size_t k = 0; k < t->ndated; k++) {
    size_t n = t->r->meetings[t->cols[k]].ncountries;
    if (t->nphases && t->phases[t->nphases - 1].size == n) { t->phases[t->nphases - 1].last = k; continue; }
    if (t->nphases == DG_TL_MAX_PHASES) { t->phases[t->nphases - 1].last = k; continue; }
    t->phases[t->nphases++] = (dg_tl_phase){k, k, n};
  }
}

static void plan_geometry(dg_tl *t)
{
  double avail = DG_TL_WIDTH - DG_TL_LANE_LABEL - (t->ndated < t->ncols ? DG_TL_GAP : 0);
  t->col_w = t->ncols ? avail / (double)t->ncols : avail;
  if (t->col_w < DG_TL_MIN_COL) t->col_w = DG_TL_MIN_COL;
  t->width = DG_TL_LANE_LABEL + t->col_w * (double)t->ncols + (t->ndated < t->ncols ? DG_TL_GAP : 0);
  t->top_lanes = DG_TL_TITLE + DG_TL_BAND_LABEL + DG_TL_HEAD;
  t->height = t->top_lanes + DG_TL_LANE * (double)t->nlanes + DG_TL_LEGEND;
}

double dg_tl_col_x(const dg_tl *t, size_t k)
{
  return DG_TL_LANE_LABEL + t->col_w * ((double)k + 0.5) + (k >= t->ndated ? DG_TL_GAP : 0);
}

/* Graphviz's y axis points up; we lay out from the top. */
double dg_tl_y(const dg_tl *t, double from_top) { return t->height - from_top; }

double dg_tl_lane_y(const dg_tl *t, size_t lane)
{
  return dg_tl_y(t, t->top_lanes + DG_TL_LANE * ((double)lane + 0.5));
}

int dg_timeline_graph(Agraph_t **out, const dg_view *v, const char *prefix)
{
  dg_tl t;
  memset(&t, 0, sizeof t);
  t.g = v->graph;
  t.r = dg_merged_records(v->graph);
  t.prefix = prefix;
  *out = NULL;
  int rc = plan_columns(&t);
  if (rc == 0) {
    plan_phases(&t);
    plan_geometry(&t);
    rc = dg_tl_draw(&t);
  }
  dg_free(t.cols);
  dg_free(t.lanes);
  if (rc < 0) {
    if (t.cg) agclose(t.cg);
    return rc;
  }
  *out = t.cg;
  return 0;
}
