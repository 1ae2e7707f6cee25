/* The escalation diagram: how a diplomatic format grew over time.
 *
 * One lane per country (in the order countries first appear, each in its
 * colour), one column per meeting on a time axis (undated ones in a narrow
 * strip at the right, or left out), a dot on each participating country's
 * lane joined by a connector whose style is the meeting's status (from the
 * status table of util/vocab; hollow dots for what has not happened), the
 * persons under their country's dot, date, place and level at the head of
 * the column, translucent bands for the phases of the format (bilateral,
 * trilateral ...), a headline, a subtitle, a time axis, a legend of the
 * marks used and a credit line. Every mark carries a tooltip.
 *
 * Positions are computed here (timeline_axis.c) and pinned: the graph is
 * laid out by neato -n2 ("nop2"), which takes the positions as they are
 * and draws straight edges, in time linear in the size of the figure. */
#include "export/timeline.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int dated(const dg_xmeeting *m) { return m->date.prec != DG_PREC_NONE && m->date.year; }

static int by_time(const void *a, const void *b, void *ctx)
{
  const dg_records *r = ctx;
  const dg_xmeeting *x = &r->meetings[*(const int *)a];
  const dg_xmeeting *y = &r->meetings[*(const int *)b];
  int dx = dated(x), dy = dated(y);
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

/* Lanes in order of first appearance: a country's lane is found through a
 * map, so the pass costs the columns' countries, not columns times lanes. */
static int plan_lanes(dg_tl *t)
{
  dg_strmap seen;
  memset(&seen, 0, sizeof seen);
  t->nlanes = 0;
  int rc = 0;
  for (size_t k = 0; k < t->ncols && !rc; k++) {
    dg_tl_col *c = &t->cols[k];
    const dg_xmeeting *m = &t->r->meetings[c->m];
    c->lo = (size_t)-1;
    c->hi = 0;
    for (size_t i = 0; i < m->ncountries && !rc; i++) {
      long l = dg_strmap_get(&seen, m->countries[i], 3);
      if (l < 0) {
        l = (long)t->nlanes;
        t->lanes[t->nlanes++] = m->countries[i];
        rc = dg_strmap_put(&seen, m->countries[i], 3, (int)l) < 0 ? DG_ENOMEM : 0;
      }
      if ((size_t)l < c->lo) c->lo = (size_t)l;
      if ((size_t)l > c->hi) c->hi = (size_t)l;
    }
    if (!m->ncountries) c->lo = c->hi = 0;
  }
  dg_strmap_free(&seen);
  return rc;
}

/* Meetings in column order; undated ones kept or counted (--undated). */
static int plan_columns(dg_tl *t)
{
  const dg_records *r = t->r;
  int *order = dg_malloc((r->nmeetings + 1) * sizeof *order);
  t->cols = dg_calloc(r->nmeetings + 1, sizeof *t->cols);
  t->lanes = dg_malloc((r->ncountries + DG_MAX_MEETING_COUNTRIES + 1) * sizeof *t->lanes);
  if (!order || !t->cols || !t->lanes) { dg_free(order); return DG_ENOMEM; }
  for (size_t i = 0; i < r->nmeetings; i++) order[i] = (int)i;
  dg_sort(order, r->nmeetings, sizeof *order, by_time, (void *)r);
  t->ncols = t->ndated = 0;
  for (size_t i = 0; i < r->nmeetings; i++) {
    int d = dated(&r->meetings[order[i]]);
    if (!d && t->o->undated == DG_UNDATED_OMIT) { t->nomitted++; continue; }
    t->cols[t->ncols].m = order[i];
    t->cols[t->ncols].dated = d;
    t->ncols++;
    t->ndated += d;
  }
  dg_free(order);
  if (t->ncols > DG_TL_MAX_COLUMNS)
    return dg_error_set(DG_ELIMIT, "the diagram would have %zu meetings; at most %d can be drawn "
                        "(draw a part of the articles, or export --json or --csv)", t->ncols, DG_TL_MAX_COLUMNS);
  return plan_lanes(t);
}

/* Phases: runs of dated columns with the same number of countries; too many
 * to read as bands, and none are drawn. */
static void plan_phases(dg_tl *t)
{
  t->nphases = 0;
  t->bands = 1;
  for (size_t k = 0; k < t->ndated; k++) {
    size_t n = t->r->meetings[t->cols[k].m].ncountries;
    if (t->nphases && t->phases[t->nphases - 1].size == n) { t->phases[t->nphases - 1].last = k; continue; }
    if (t->nphases == DG_TL_MAX_PHASES) { t->bands = 0; t->nphases = 0; return; }
    memset(&t->phases[t->nphases], 0, sizeof t->phases[0]);
    t->phases[t->nphases++] = (dg_tl_phase){k, k, n, {NULL, 0, 0, 0, 0}, 0, 0, 0};
  }
}

static double max2(double a, double b) { return a > b ? a : b; }

/* Heights, from the top: headline, subtitle, phase labels, column heads,
 * lanes (each as tall as the names under its dots), axis, legend, credit. */
static int plan_heights(dg_tl *t)
{
  double y = DG_TL_PAD, head_h = 0;
  t->lane_y = dg_malloc((t->nlanes + 1) * sizeof *t->lane_y);
  t->lane_h = dg_calloc(t->nlanes + 1, sizeof *t->lane_h);
  if (!t->lane_y || !t->lane_h) return DG_ENOMEM;
  if (t->title.text && t->title.text[0]) y += t->title.h + 2;
  if (t->subtitle.text && t->subtitle.text[0]) y += t->subtitle.h;
  y += 10;
  t->y_bands = y;
  double band_h = 0;
  for (size_t p = 0; t->bands && p < t->nphases; p++) band_h = max2(band_h, t->phases[p].label.h);
  band_h = max2(band_h, t->strip_label.h);
  y += (double)t->band_rows_used * (band_h + 2);
  for (size_t k = 0; k < t->ncols; k++) {
    head_h = max2(head_h, t->cols[k].head.h);
    for (size_t i = 0; i < t->cols[k].nnames; i++)
      t->lane_h[t->cols[k].names[i].lane] = max2(t->lane_h[t->cols[k].names[i].lane], t->cols[k].names[i].t.h);
  }
  t->y_heads = y;
  t->head_row_h = head_h + 4;
  y += (double)t->head_rows_used * t->head_row_h + 6;
  t->y_lanes = y;
  for (size_t l = 0; l < t->nlanes; l++) {
    y += DG_TL_DOT + 2;
    t->lane_y[l] = max2(y, l ? t->lane_y[l - 1] + 24 : y);
    y = t->lane_y[l] + t->lane_h[l] + 2;
  }
  y = (t->nlanes ? t->lane_y[t->nlanes - 1] + max2(t->lane_h[t->nlanes - 1], DG_TL_DOT) : y) + 8;
  t->y_axis = y;
  y += 4 + 2 * DG_TL_FS_TEXT * DG_TL_LINE + 10;
  t->y_legend = y;
  t->width = max2(t->plot_x1, DG_TL_PAD + max2(t->title.w, max2(t->subtitle.w, t->credit.w))) + DG_TL_PAD;
  y += dg_tl_legend_height(t);
  t->y_credit = y;
  y += t->credit.h + DG_TL_PAD;
  t->height = y;
  return 0;
}

static void plan_free(dg_tl *t)
{
  for (size_t k = 0; k < t->ncols; k++) {
    dg_tl_text_free(&t->cols[k].head);
    for (size_t i = 0; i < t->cols[k].nnames; i++) dg_tl_text_free(&t->cols[k].names[i].t);
  }
  for (size_t l = 0; t->lane_label && l < t->nlanes; l++) dg_tl_text_free(&t->lane_label[l]);
  for (size_t p = 0; p < t->nphases; p++) dg_tl_text_free(&t->phases[p].label);
  for (size_t i = 0; i < t->nlegend; i++) dg_tl_text_free(&t->legend[i]);
  for (int m = 0; m < 12; m++) dg_tl_text_free(&t->tick_month[m]);
  dg_tl_text_free(&t->tick_year);
  dg_tl_text_free(&t->title);
  dg_tl_text_free(&t->subtitle);
  dg_tl_text_free(&t->credit);
  dg_tl_text_free(&t->strip_label);
  dg_free(t->cols);
  dg_free(t->lanes);
  dg_free(t->lane_y);
  dg_free(t->lane_h);
  dg_free(t->lane_label);
  dg_free(t->ticks);
  dg_free(t->breaks);
}

int dg_timeline_graph(Agraph_t **out, const dg_view *v, const dg_export_options *o)
{
  static const dg_export_options def = DG_EXPORT_OPTIONS_INIT;
  dg_tl t;
  memset(&t, 0, sizeof t);
  t.g = v->graph;
  t.r = dg_merged_records(v->graph);
  t.o = o ? o : &def;
  t.prefix = dg_gv_prefix(o);
  *out = NULL;
  int rc = plan_columns(&t);
  if (rc == 0 && !(t.lane_label = dg_calloc(t.nlanes + 1, sizeof *t.lane_label))) rc = DG_ENOMEM;
  if (rc == 0) {
    plan_phases(&t);
    rc = dg_tl_compose(&t);
  }
  if (rc == 0) rc = dg_tl_measure(&t);
  if (rc == 0) rc = dg_tl_place(&t);
  if (rc == 0) rc = plan_heights(&t);
  if (rc == 0) rc = dg_tl_draw(&t);
  if (rc == 0) rc = dg_tl_frame(&t);
  plan_free(&t);
  if (rc != 0) {
    if (t.cg) agclose(t.cg);
    return rc;
  }
  *out = t.cg;
  return 0;
}
