/* Date expressions in folded (lowercase ASCII-ish) English text: the scan
 * over word starts and the resolution of what a pattern says (a `period`,
 * date_grammar.c) against the reference date into a past and a future
 * reading. Only words that can begin a date (a digit, or a letter that
 * starts a month, weekday or relative word) are tried. */
#include "extract/date_scan.h"
#include <string.h>

/* --------------------------------------------------------------- resolution */

static const dg_ymd ymd_none = {0, 0, 0, DG_PREC_NONE};

/* A month(-day) without a year: the nearest one on or before the reference
 * (past reading) and on or after it (future reading). */
static void res_yearless(const scan *c, int m, int d, dg_date_mention *h)
{
  int yp = c->ry, yf = c->ry, after = 0, before = 0;
  if (c->ry && c->rlev >= DG_PREC_MONTH) {
    int dd = d && c->rlev >= DG_PREC_DAY; /* compare days only when both are known */
    after = m > c->rm || (m == c->rm && dd && d > c->rd);
    before = m < c->rm || (m == c->rm && dd && d < c->rd);
  }
  yp -= after;
  yf += before;
  /* February 29 only exists in leap years: step to the nearest one. */
  while (d && !dg_valid_day(yp, m, d)) yp--;
  while (d && !dg_valid_day(yf, m, d)) yf++;
  h->past = dg_ymd_make(yp, m, d, d ? DG_PREC_DAY : DG_PREC_MONTH);
  h->future = dg_ymd_make(yf, m, d, d ? DG_PREC_DAY : DG_PREC_MONTH);
}

/* "last tuesday" is strictly before the reference, "next friday" strictly
 * after, a bare weekday the nearest on or before / on or after. */
static void res_weekday(const scan *c, int wd, int mode, dg_date_mention *h)
{
  dg_ymd r;
  int w, back, fwd;
  if (c->rlev < DG_PREC_DAY) return;
  r = dg_ymd_make(c->ry, c->rm, c->rd, DG_PREC_DAY);
  w = dg_weekday_of(c->ry, c->rm, c->rd);
  back = (w - wd + 7) % 7; /* days back to the one on or before */
  fwd = (wd - w + 7) % 7;  /* days on to the one on or after */
  if (mode < 0 && back == 0) back = 7;
  if (mode > 0 && fwd == 0) fwd = 7;
  h->past = dg_ymd_add_days(r, -back);
  h->future = dg_ymd_add_days(r, fwd);
  if (mode < 0) h->future = h->past;
  if (mode > 0) h->past = h->future;
}

/* Weekday wd of the reference's Monday-to-Sunday week moved by n weeks. */
static dg_ymd res_week_day(const scan *c, int wd, int n)
{
  int w;
  if (c->rlev < DG_PREC_DAY) return ymd_none;
  w = dg_weekday_of(c->ry, c->rm, c->rd);
  return dg_ymd_add_days(dg_ymd_make(c->ry, c->rm, c->rd, DG_PREC_DAY), 7 * n + wd - w);
}

/* Day d of the month t (months since year 0), or NONE when it has no such day. */
static dg_ymd month_day(long t, int d)
{
  int y = (int)(t / 12), m = (int)(t % 12) + 1;
  return dg_valid_day(y, m, d) ? dg_ymd_make(y, m, d, DG_PREC_DAY) : ymd_none;
}

/* "the 7th": the latest such day on or before the reference (past) and the
 * earliest on or after it (future), skipping months without that day;
 * "the 7th of last month": that day of the reference month + n. */
static void res_month_day(const scan *c, int d, int n, dg_date_mention *h)
{
  long t;
  int i;
  if (c->rlev < (n == 2 ? DG_PREC_DAY : DG_PREC_MONTH)) return;
  t = (long)c->ry * 12 + (c->rm - 1);
  if (n != 2) {
    h->past = h->future = month_day(t + n, d);
    return;
  }
  /* At most two steps: no two months in a row lack a day (29..31). */
  for (i = d <= c->rd ? 0 : 1; i < 4 && (h->past = month_day(t - i, d)).prec == DG_PREC_NONE; i++) {}
  for (i = d >= c->rd ? 0 : 1; i < 4 && (h->future = month_day(t + i, d)).prec == DG_PREC_NONE; i++) {}
}

static dg_ymd res_relative(const scan *c, const period *p)
{
  int t;
  if (c->ry == 0) return ymd_none;
  switch (p->k) {
  case P_MONTH_YOFF: return dg_ymd_make(c->ry + p->n, p->m, 0, DG_PREC_MONTH);
  case P_YEAR_OFF: return dg_ymd_make(c->ry + p->n, 0, 0, DG_PREC_YEAR);
  default: break;
  }
  if (c->rlev < DG_PREC_MONTH) return ymd_none;
  switch (p->k) {
  case P_MONTH_LAST: return dg_ymd_make(c->ry - (p->m >= c->rm), p->m, 0, DG_PREC_MONTH);
  case P_MONTH_NEXT: return dg_ymd_make(c->ry + (p->m <= c->rm), p->m, 0, DG_PREC_MONTH);
  case P_MONTH_OFF:
    t = c->ry * 12 + (c->rm - 1) + p->n;
    return dg_ymd_make(t / 12, t % 12 + 1, 0, DG_PREC_MONTH);
  case P_DAY_OFF:
    if (c->rlev < DG_PREC_DAY) return ymd_none;
    return dg_ymd_add_days(dg_ymd_make(c->ry, c->rm, c->rd, DG_PREC_DAY), p->n);
  default: return ymd_none;
  }
}

static void resolve(const scan *c, const period *p, dg_date_mention *h)
{
  h->weekday = -1;
  h->past = h->future = ymd_none;
  switch (p->k) {
  case P_DAY_ABS: h->how = DG_DATE_ABSOLUTE; h->past = dg_ymd_make(p->y, p->m, p->d, DG_PREC_DAY); break;
  case P_MONTH_ABS: h->how = DG_DATE_ABSOLUTE; h->past = dg_ymd_make(p->y, p->m, 0, DG_PREC_MONTH); break;
  case P_YEAR_ABS: h->how = DG_DATE_ABSOLUTE; h->past = dg_ymd_make(p->y, 0, 0, DG_PREC_YEAR); break;
  case P_DAY_NOYEAR: h->how = DG_DATE_YEARLESS; res_yearless(c, p->m, p->d, h); return;
  case P_MONTH_BARE: h->how = DG_DATE_YEARLESS; res_yearless(c, p->m, 0, h); return;
  case P_WDAY:
    h->how = DG_DATE_WEEKDAY;
    h->weekday = p->d;
    res_weekday(c, p->d, p->n, h);
    return;
  case P_WDAY_WEEK: h->how = DG_DATE_RELATIVE; h->past = res_week_day(c, p->d, p->n); break;
  case P_MDAY: h->how = DG_DATE_YEARLESS; res_month_day(c, p->d, p->n, h); return;
  default: h->how = DG_DATE_RELATIVE; h->past = res_relative(c, p); break;
  }
  h->future = h->past;
}

/* ------------------------------------------------------------------ scanner */

void dg_dates__init(scan *c, const char *text, size_t len, const dg_ymd *ref)
{
  memset(c, 0, sizeof *c);
  c->t = (const unsigned char *)text;
  c->len = len;
  c->rlev = DG_PREC_NONE;
  if (!ref || ref->year <= 0) return;
  c->ry = ref->year;
  c->rlev = DG_PREC_YEAR;
  if (ref->month < 1 || ref->month > 12) return;
  c->rm = ref->month;
  c->rlev = DG_PREC_MONTH;
  if (!dg_valid_day(ref->year, ref->month, ref->day)) return;
  c->rd = ref->day;
  c->rlev = DG_PREC_DAY;
}

/* Fill the mention for a match [s, e) and track "between X and Y" ranges. */
static void finish(scan *c, size_t s, size_t e, const period *per, dg_date_mention *h)
{
  lookback lb = dg_dates__look_back(c, s);
  h->start = s;
  h->end = e;
  h->bound = (lb.flags & F_BOUND) != 0;
  resolve(c, per, h);
  c->range = lb.word == W_BETWEEN ? RANGE_AND : lb.word == W_FROM ? RANGE_TO : RANGE_NONE;
  c->range_end = e;
  c->list_n = c->list_i = 0;
  if (c->range == RANGE_NONE && (per->k == P_DAY_ABS || per->k == P_DAY_NOYEAR)) {
    int year = 0;
    c->list_year_end = 0;
    c->list_n = (int)dg_dates__day_list(c, e, per->k == P_DAY_ABS ? per->y : 0, per->m, per->d, c->list_d,
                                        c->list_s, c->list_e, DG_DAY_LIST_MAX, &year, &c->list_year_end);
    c->list_k = year ? P_DAY_ABS : per->k;
    c->list_y = year ? year : per->y;
    c->list_m = per->m;
    if (year) { /* the closing year is the first day's too */
      period first;
      setp(&first, P_DAY_ABS, year, per->m, per->d, 0, e);
      resolve(c, &first, h);
    }
    c->list_bound = h->bound;
  }
}

/* The next day of an open day list, as a mention of its own. */
static int list_next(scan *c, size_t *pos, dg_date_mention *h)
{
  int i = c->list_i++;
  period per;
  setp(&per, (pkind)c->list_k, c->list_y, c->list_m, c->list_d[i], 0, c->list_e[i]);
  h->start = c->list_s[i];
  h->end = c->list_e[i];
  h->bound = c->list_bound;
  resolve(c, &per, h);
  *pos = c->list_e[i];
  if (c->list_i == c->list_n && c->list_year_end) *pos = c->list_year_end; /* the closing year is read */
  return 1;
}

/* Only word starts whose first byte can begin a pattern are tried. */
int dg_dates__next(scan *c, size_t *pos, dg_date_mention *h)
{
  const unsigned char *t = c->t;
  size_t i = *pos, e;
  period per;
  if (c->list_i < c->list_n) return list_next(c, pos, h);
  while (i < c->len) {
    unsigned char ch = t[i];
    if (!is_wordch(ch)) {
      i++;
      continue;
    }
    if ((is_digit(ch) || dg_dates__trigger_letter(ch)) && (e = dg_dates__match_at(c, i, &per)) != 0) {
      finish(c, i, e, &per, h);
      *pos = e;
      return 1;
    }
    if (is_digit(ch)) { /* the rest of "1.2.3" or "7:31" starts no date: skip it once */
      tok k;
      i = dg_dates__tok_read(c, i, &k);
      continue;
    }
    while (i < c->len && is_wordch(t[i])) i++;
  }
  *pos = i;
  return 0;
}

size_t dg_dates_scan(const char *text, size_t len, const dg_ymd *ref, dg_date_mention *out,
                     size_t max)
{
  scan c;
  dg_date_mention h;
  size_t pos = 0, n = 0;
  if (!text) return 0;
  dg_dates__init(&c, text, len, ref);
  while (dg_dates__next(&c, &pos, &h)) {
    if (out && n < max) out[n] = h;
    n++;
  }
  return n;
}
