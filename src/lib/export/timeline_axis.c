/* The time scale of the escalation diagram and the placement of every
 * column on it.
 *
 * Time runs left to right at one scale (points per day). A gap longer than
 * two years, or longer than 180 days and than all the other gaps together,
 * is cut out of the scale and drawn as a break. Columns then go to their
 * date's place, pushed right only as far as needed to keep every text box
 * clear of the others: a skyline per lane (dot, connector and the names
 * under it), per row of column heads (three rows, each head in the row that
 * lets it sit nearest its date, with a leader line down to its column) and
 * per row of phase labels. Meetings of one day stand side by side in the
 * stable column order. Ticks come from the placed columns (the scale is
 * interpolated between them), so they stay true where columns were pushed.
 * One pass over the columns, each costing the lanes it spans: linear. */
#include "export/timeline.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/sort.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

#define BREAK_DAYS 730  /* a gap longer than this is always a break */
#define BREAK_MIN 180   /* a gap shorter than this never is */
#define BAND_PAD (DG_TL_DOT + 3)

/* Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
static long days_from_civil(long y, int m, int d)
{
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* A month or a year is placed at its start: the column order (coarser
 * dates first among equals, timeline.c) then runs forward in time. */
static long day_of(const dg_ymd *d)
{
  if (d->prec == DG_PREC_DAY) return days_from_civil(d->year, d->month, d->day);
  return days_from_civil(d->year, d->prec == DG_PREC_MONTH ? d->month : 1, 1);
}

static int by_gap(const void *a, const void *b, void *ctx)
{
  const dg_tl_col *c = ctx;
  size_t i = *(const size_t *)a, j = *(const size_t *)b;
  long gi = c[i].day - c[i - 1].day, gj = c[j].day - c[j - 1].day;
  return gi < gj ? 1 : gi > gj ? -1 : 0;
}

/* Segments: which gaps between dated columns are breaks. The longest gaps
 * first: one is cut while it is longer than two years, or than 180 days and
 * all the gaps left together. */
static int segments(dg_tl *t, double *cont_days)
{
  size_t n = t->ndated, ngaps = 0;
  for (size_t k = 0; k < n; k++) t->cols[k].day = day_of(&t->r->meetings[t->cols[k].m].date);
  long rest = n ? t->cols[n - 1].day - t->cols[0].day : 0;
  char *cut = dg_calloc(n + 1, 1);
  size_t *gaps = dg_malloc((n + 1) * sizeof *gaps);
  if (!cut || !gaps) { dg_free(cut); dg_free(gaps); return DG_ENOMEM; }
  for (size_t k = 1; k < n; k++)
    if (t->cols[k].day > t->cols[k - 1].day) gaps[ngaps++] = k;
  dg_sort(gaps, ngaps, sizeof *gaps, by_gap, t->cols);
  for (size_t i = 0; i < ngaps; i++) {
    long gap = t->cols[gaps[i]].day - t->cols[gaps[i] - 1].day;
    if (gap <= BREAK_DAYS && (gap <= BREAK_MIN || gap <= rest - gap)) break;
    cut[gaps[i]] = 1;
    rest -= gap;
  }
  int seg = 0;
  for (size_t k = 0; k < n; k++) {
    seg += k > 0 && cut[k];
    t->cols[k].seg = seg;
  }
  t->nsegs = n ? (size_t)seg + 1 : 0;
  dg_free(cut);
  dg_free(gaps);
  *cont_days = (double)rest;
  return 0;
}

typedef struct {
  double *lane;                /* right edge of what is drawn in each lane band */
  double head[DG_TL_HEAD_ROWS];
  double band[DG_TL_BAND_ROWS];
  double prev;                 /* the last column's x */
} skyline;

static double max2(double a, double b) { return a > b ? a : b; }

/* The least x for column c given the lanes it spans. */
static double lanes_free(const dg_tl *t, const skyline *s, const dg_tl_col *c)
{
  double x = 0;
  (void)t;
  for (size_t l = c->lo; l <= c->hi; l++) x = max2(x, s->lane[l] + DG_TL_GAP + DG_TL_DOT);
  return x;
}

/* A head in row r at x needs rows below it clear for its leader line. */
static double head_x(const skyline *s, int r, double w, double base)
{
  double x = max2(base, s->head[r] + 1.5 * DG_TL_GAP + w / 2);
  for (int q = 0; q < r; q++) x = max2(x, s->head[q] + DG_TL_GAP + 1);
  return x;
}

static void occupy(dg_tl *t, skyline *s, dg_tl_col *c)
{
  for (size_t l = c->lo; l <= c->hi; l++) s->lane[l] = max2(s->lane[l], c->x + DG_TL_DOT);
  for (size_t i = 0; i < c->nnames; i++) {
    size_t l = c->names[i].lane;
    s->lane[l] = max2(s->lane[l], c->x + DG_TL_DOT + 2 + c->names[i].t.w);
  }
  s->head[c->row] = max2(s->head[c->row], c->x + c->head.w / 2);
  for (int q = 0; q < c->row; q++) s->head[q] = max2(s->head[q], c->x + 1);
  s->prev = c->x;
  (void)t;
}

/* A phase (or the undated strip) starting at column k: its label takes the
 * band row that lets the column sit nearest; returns the least x. */
static double band_start(const skyline *s, double base, int *row)
{
  double best = 0;
  for (int r = 0; r < DG_TL_BAND_ROWS; r++) {
    double x = max2(base, s->band[r] + 3 * DG_TL_GAP + BAND_PAD - 3);
    if (r == 0 || x < best - 0.01) { best = x; *row = r; }
  }
  return best;
}

static dg_tl_phase *phase_starting(dg_tl *t, size_t k)
{
  for (size_t p = 0; t->bands && p < t->nphases; p++)
    if (t->phases[p].first == k) return &t->phases[p];
  return NULL;
}

static void place_column(dg_tl *t, skyline *s, size_t k, double ideal, double *seg_x0)
{
  dg_tl_col *c = &t->cols[k];
  double base = max2(ideal, lanes_free(t, s, c));
  if (k > 0) base = max2(base, s->prev + DG_TL_STEP);
  dg_tl_phase *ph = phase_starting(t, k);
  if (ph && k > 0) base = max2(base, s->prev + 2 * BAND_PAD + 1);
  if (ph) base = band_start(s, base, &ph->row);
  double best = 0;
  for (int r = 0; r < DG_TL_HEAD_ROWS; r++) {
    double x = head_x(s, r, c->head.w, base);
    if (r == 0 || x < best - 0.01) { best = x; c->row = r; }
  }
  c->x = best;
  if (ph) {
    ph->x0 = c->x - BAND_PAD;
    s->band[ph->row] = ph->x0 + 3 + ph->label.w;
  }
  if (seg_x0 && *seg_x0 < 0) *seg_x0 = c->x;
  occupy(t, s, c);
  if (c->row + 1 > t->head_rows_used) t->head_rows_used = c->row + 1;
}

/* Ticks: years, quarters or months, labelled when there is room. */
static int tick(dg_tl *t, long day, int year, double x, int major, const char *label)
{
  if (dg_grow((void **)&t->ticks, &t->capticks, t->nticks + 1, sizeof *t->ticks) < 0) return DG_ENOMEM;
  dg_tl_tick *k = &t->ticks[t->nticks++];
  memset(k, 0, sizeof *k);
  k->day = day;
  k->year = year;
  k->x = x;
  k->major = major;
  if (label) snprintf(k->label, sizeof k->label, "%s", label);
  return 0;
}

/* x of a day in segment [a, b] of the columns, interpolated between the
 * first columns of their days; beyond the ends at the base scale. */
static double x_at(const dg_tl *t, size_t a, size_t b, long day)
{
  if (day <= t->cols[a].day) return t->cols[a].x - (double)(t->cols[a].day - day) * t->scale;
  size_t last = b;
  while (last > a && t->cols[last - 1].day == t->cols[b].day) last--;
  if (day >= t->cols[last].day) return t->cols[last].x + (double)(day - t->cols[last].day) * t->scale;
  size_t lo = a, hi = last; /* cols[lo].day <= day < cols[hi].day */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->cols[mid].day <= day) lo = mid; else hi = mid;
  }
  while (lo > a && t->cols[lo - 1].day == t->cols[lo].day) lo--;
  double f = (double)(day - t->cols[lo].day) / (double)(t->cols[hi].day - t->cols[lo].day);
  return t->cols[lo].x + f * (t->cols[hi].x - t->cols[lo].x);
}

static void civil(long z, int *y, int *m)
{
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int segment_ticks(dg_tl *t, size_t a, size_t b, double *last_label)
{
  double ext = DG_TL_AXIS_EXT, yw = t->tick_year.w, mw = 0;
  for (int m = 0; m < 12; m++) mw = max2(mw, t->tick_month[m].w);
  long d0 = t->cols[a].day - (long)(ext / t->scale), d1 = t->cols[b].day + (long)(ext / t->scale);
  int y0, m0, y1, m1;
  civil(d0, &y0, &m0);
  civil(d1, &y1, &m1);
  double month = 30.44 * t->scale, year = 365.25 * t->scale;
  int step = month >= mw + 8 ? 1 : 3 * month >= mw + 8 ? 3 : 0; /* months between labels */
  int ystep = 1000;
  static const int ysteps[] = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
  for (size_t i = 0; i < sizeof ysteps / sizeof *ysteps; i++)
    if (ysteps[i] * year >= yw + 8) { ystep = ysteps[i]; break; }
  int minor_months = month >= 3;
  for (int y = y0; y <= y1; y++) {
    for (int m = 1; m <= 12; m++) {
      if (m > 1 && !minor_months && !step) break;
      long day = days_from_civil(y, m, 1);
      if (day < d0 || day > d1) continue;
      double x = x_at(t, a, b, day);
      int major = m == 1;
      const char *label = NULL;
      char yl[16];
      if (step && (m - 1) % step == 0) label = dg_month_abbr(m);
      if (!step && m == 1 && y % ystep == 0) { snprintf(yl, sizeof yl, "%d", y); label = yl; }
      double w = label ? (step ? mw : yw) : 0;
      if (label && x - w / 2 < *last_label + DG_TL_GAP) label = NULL;
      if (!label && !major && !minor_months) continue;
      if (tick(t, day, y, x, major, label)) return DG_ENOMEM;
      if (label) *last_label = x + w / 2;
    }
  }
  return 0;
}

/* Year labels under month labels: at each January and at a segment's start. */
static int ticks(dg_tl *t)
{
  double last = -1e9;
  for (size_t a = 0; a < t->ndated;) {
    size_t b = a;
    while (b + 1 < t->ndated && t->cols[b + 1].seg == t->cols[a].seg) b++;
    size_t before = t->nticks;
    if (segment_ticks(t, a, b, &last)) return DG_ENOMEM;
    int first = 1;
    for (size_t i = before; i < t->nticks; i++) {
      dg_tl_tick *k = &t->ticks[i];
      if (!k->label[0] || k->label[0] > '9') {
        if (k->label[0] && (first || k->major)) k->labelled = 1; /* a year under it */
        if (k->label[0]) first = 0;
      }
    }
    a = b + 1;
  }
  return 0;
}

int dg_tl_place(dg_tl *t)
{
  double cont = 0, lane_w = 0;
  if (segments(t, &cont)) return DG_ENOMEM;
  for (size_t l = 0; l < t->nlanes; l++) lane_w = max2(lane_w, t->lane_label[l].w);
  t->plot_x0 = DG_TL_PAD + DG_TL_SWATCH + lane_w + 12;
  double target = (double)t->ndated * 34;
  target = target < 320 ? 320 : target > 760 ? 760 : target;
  double breaks = (double)(t->nsegs ? t->nsegs - 1 : 0) * DG_TL_BREAK;
  t->scale = cont > 0 ? (target - breaks) / cont : 1;
  if (t->scale <= 0.02) t->scale = 0.02;
  skyline s;
  memset(&s, 0, sizeof s);
  s.lane = dg_malloc((t->nlanes + 1) * sizeof *s.lane);
  t->breaks = dg_malloc((t->nsegs + 1) * sizeof *t->breaks);
  if (!s.lane || !t->breaks) { dg_free(s.lane); return DG_ENOMEM; }
  for (size_t l = 0; l < t->nlanes; l++) s.lane[l] = t->plot_x0 - DG_TL_DOT;
  for (int r = 0; r < DG_TL_HEAD_ROWS; r++) s.head[r] = DG_TL_PAD;
  for (int r = 0; r < DG_TL_BAND_ROWS; r++) s.band[r] = DG_TL_PAD;
  s.prev = t->plot_x0 - DG_TL_STEP;
  double seg_x0 = -1;
  long seg_day0 = 0;
  for (size_t k = 0; k < t->ndated; k++) {
    dg_tl_col *c = &t->cols[k];
    if (k == 0 || c->seg != t->cols[k - 1].seg) {
      if (k > 0) {
        double x = s.prev + DG_TL_BREAK;
        t->breaks[t->nbreaks++] = s.prev + DG_TL_BREAK / 2;
        for (size_t l = 0; l < t->nlanes; l++) s.lane[l] = max2(s.lane[l], x - 2 * DG_TL_DOT);
        s.prev = x - DG_TL_STEP;
      }
      seg_x0 = -1;
      seg_day0 = c->day;
    }
    double ideal = seg_x0 < 0 ? 0 : seg_x0 + (double)(c->day - seg_day0) * t->scale;
    place_column(t, &s, k, ideal, &seg_x0);
  }
  if (t->ndated < t->ncols) { /* the undated strip, labelled like a phase */
    double base = t->ndated ? s.prev + 24 : 0;
    base = band_start(&s, max2(base, s.prev + DG_TL_STEP), &t->strip_row);
    for (size_t k = t->ndated; k < t->ncols; k++) place_column(t, &s, k, k == t->ndated ? base : 0, NULL);
    t->strip_x0 = t->cols[t->ndated].x - BAND_PAD;
    t->strip_x1 = t->cols[t->ncols - 1].x + BAND_PAD;
    s.band[t->strip_row] = t->strip_x0 + 3 + t->strip_label.w;
    if (t->strip_row + 1 > t->band_rows_used) t->band_rows_used = t->strip_row + 1;
  }
  double right = t->plot_x0;
  for (size_t l = 0; l < t->nlanes; l++) right = max2(right, s.lane[l]);
  for (int r = 0; r < DG_TL_HEAD_ROWS; r++) right = max2(right, s.head[r]);
  for (int r = 0; r < DG_TL_BAND_ROWS; r++) right = max2(right, s.band[r]);
  t->plot_x1 = right + 6;
  dg_free(s.lane);
  for (size_t p = 0; t->bands && p < t->nphases; p++) {
    t->phases[p].x1 = t->cols[t->phases[p].last].x + BAND_PAD;
    if (t->phases[p].row + 1 > t->band_rows_used) t->band_rows_used = t->phases[p].row + 1;
  }
  return ticks(t);
}
