/* The reference date of an article: a dateline ("Updated: March 4, 2019,
 * 9:05 AM", " date 2023-03-26"), or a place dateline ("LIMA, Nov 16 (Andina)
 * -") whose year a full date of the text or a weekday fixes. Never the
 * latest date the text names: a history paragraph is not the publication.
 * Uses the date scanner's tokenizer (date_scan.h). */
#include "extract/date_scan.h"
#include <string.h>

/* ---------------------------------------------------------------- datelines */

/* Words a dateline may carry around its date: "at 10:15 am gmt" (the time
 * zones are the gazetteer's time_zones). */
static int is_time_word(const scan *c, const tok *k)
{
  static const char *const words[] = {
    "at", "on", "am", "pm", "a", "m", "p", "local", "time", "hrs", "h", NULL};
  return dg_dates__word_in(c, k, words) || dg_dates__word_in_set(c, k, DG_WORDS_TIME_ZONE);
}

static int is_dateline_punct(const tok *k)
{
  return k->type == T_PUNCT && k->val && strchr(",:.|-()+/@*_", k->val) != NULL;
}

/* A day-precision absolute date starting at the token at or after p. */
static int full_date(const scan *c, size_t p, dg_ymd *d, size_t *at, size_t *end)
{
  tok k;
  period per;
  size_t e;
  dg_dates__tok_read(c, p, &k);
  if (k.type != T_NUM && k.type != T_WORD) return 0;
  if (!(e = dg_dates__match_at(c, k.s, &per)) || per.k != P_DAY_ABS) return 0;
  *d = dg_ymd_make(per.y, per.m, per.d, DG_PREC_DAY);
  *at = k.s;
  *end = e;
  return 1;
}

/* "updated:", "last updated", "posted on", "date:" ...: the end of the label
 * (the gazetteer's dateline_labels), or 0. */
static size_t dateline_label(const scan *c, size_t p)
{
  static const char *const first[] = {"last", "first", NULL};
  tok k;
  dg_dates__tok_read(c, p, &k);
  if (dg_dates__word_in(c, &k, first)) dg_dates__tok_read(c, k.e, &k);
  return dg_dates__word_in_set(c, &k, DG_WORDS_DATELINE) ? k.e : 0;
}

/* After a label, the date may follow a colon, "on", or a time. */
static int labelled_date(const scan *c, size_t p, dg_ymd *d, size_t *at)
{
  tok k;
  size_t end;
  int i;
  for (i = 0; i < 8; i++) {
    if (full_date(c, p, d, at, &end)) return 1;
    dg_dates__tok_read(c, p, &k);
    if (!is_dateline_punct(&k) && !is_time_word(c, &k) && k.type != T_NUM) return 0;
    p = k.e;
  }
  return 0;
}

/* An unlabelled dateline: the date, then nothing but a time. */
static int bare_dateline(const scan *c, size_t p, dg_ymd *d, size_t *at)
{
  tok k;
  size_t e;
  int i;
  if (!full_date(c, p, d, at, &e)) return 0;
  for (i = 0; i < 12; i++) {
    dg_dates__tok_read(c, e, &k);
    if (k.type == T_END) return 1;
    if (!is_dateline_punct(&k) && !is_time_word(c, &k) && k.type != T_NUM) return 0;
    e = k.e;
  }
  return 0;
}

/* The line [ls, le) as a dateline. */
static int dateline_at(const dg_gazetteer *gz, const char *text, size_t ls, size_t le, dg_ymd *d,
                       size_t *at)
{
  scan c;
  size_t q;
  dg_dates__init(&c, text, le, NULL); /* the line end is the scan end */
  c.gz = gz;
  while (ls < le && (is_blank(c.t[ls]) || (c.t[ls] && strchr("*_#>", c.t[ls])))) ls++;
  if (ls >= le) return 0;
  if ((q = dateline_label(&c, ls)) != 0) return labelled_date(&c, q, d, at);
  return bare_dateline(&c, ls, d, at);
}

int dg_dates_dateline(const dg_gazetteer *gz, const char *text, size_t len, dg_ymd *out, size_t *pos)
{
  size_t ls = 0, le, at;
  const char *nl;
  dg_ymd d;
  int found = 0;
  if (!text) return 0;
  while (ls < len) {
    nl = memchr(text + ls, '\n', len - ls);
    le = nl ? (size_t)(nl - text) : len;
    if (dateline_at(gz, text, ls, le, &d, &at)) {
      found = 1;
      if (out) *out = d;
      if (pos) *pos = at;
    }
    ls = le + 1;
  }
  return found;
}

/* ------------------------------------------------------- place datelines */

/* After the date of a place dateline: an agency in brackets, or a dash or
 * colon ("(Andina) -", "--", ":"). */
static int dateline_tail(const scan *c, size_t p)
{
  tok k;
  dg_dates__tok_read(c, p, &k);
  return tok_punct(&k, '(') || tok_punct(&k, '-') || tok_punct(&k, ':');
}

/* "SOCHI, Oct 31 Presidents ...": a one- or two-word place and the story
 * right after the date, with no agency or dash. */
static int bare_tail(const scan *c, size_t p, int words)
{
  tok k;
  dg_dates__tok_read(c, p, &k);
  return words <= 2 && k.type == T_WORD && !k.kw;
}

/* "LIMA, Nov 16 (Andina) -", "Quito, Peru, May 5 (AP)": words and commas, a
 * comma, then a day (with or without a year) and a tail; after a labelled
 * date or a bare full date on the same line, if any. */
static int place_dateline_at(const scan *c, size_t p, dg_ymd *d, size_t *at, int *weekday)
{
  tok k;
  period per;
  size_t e;
  int words = 0, comma = 0, lead = 0;
  for (int i = 0; i < 12; i++) {
    dg_dates__tok_read(c, p, &k);
    if (k.type == T_END || k.type == T_BREAK) return 0;
    if ((k.type == T_NUM || k.kw) && (e = dg_dates__match_at(c, k.s, &per)) != 0) {
      if (!comma && !lead && per.k == P_DAY_ABS) { /* " date 2023-05-05 Quito, May 5 (AP)" */
        lead = 1; words = 0; p = e;
        continue;
      }
      if (!comma || !words || (per.k != P_DAY_NOYEAR && per.k != P_DAY_ABS) || !(dateline_tail(c, e) || bare_tail(c, e, words)))
        return 0;
      *d = dg_ymd_make(per.k == P_DAY_ABS ? per.y : 0, per.m, per.d, DG_PREC_DAY);
      *at = k.s;
      *weekday = tok_kind(&k, K_WDAY) || tok_kind(&k, K_WDABBR) ? k.kw->arg : -1;
      return 1;
    }
    if (k.type == T_WORD && !k.kw) { words++; comma = 0; }
    else if (tok_punct(&k, ',')) comma = 1;
    else if (!tok_punct(&k, '.')) return 0;
    p = k.e;
  }
  return 0;
}

int dg_dates_place_dateline(const char *text, size_t len, dg_ymd *out, size_t *pos, int *weekday)
{
  size_t ls = 0, le, window = len < 1500 ? len : 1500;
  scan c;
  while (ls < window) {
    const char *nl = memchr(text + ls, '\n', len - ls);
    le = nl ? (size_t)(nl - text) : len;
    dg_dates__init(&c, text, le, NULL);
    if (place_dateline_at(&c, ls, out, pos, weekday)) return 1;
    ls = le + 1;
  }
  return 0;
}

/* ------------------------------------------------------------ the year */

/* Is y a year whose month m, day d falls on weekday wd? */
static int on_weekday(int y, int m, int d, int wd)
{
  return y > 0 && dg_valid_day(y, m, d) && dg_weekday_of(y, m, d) == wd;
}

int dg_dates_dateline_year(const char *text, size_t len, int m, int d, int weekday)
{
  int before = 0, latest = 0, named = 0;
  scan c;
  size_t pos = 0;
  dg_date_mention h;
  if (!text) return 0;
  dg_dates__init(&c, text, len, NULL);
  while (dg_dates__next(&c, &pos, &h)) {
    if (h.bound || h.how != DG_DATE_ABSOLUTE) continue;
    if (h.past.year > named) named = h.past.year;
    if (h.past.prec != DG_PREC_DAY) continue;
    if (h.past.year > latest) latest = h.past.year;
    if ((h.past.month < m || (h.past.month == m && h.past.day <= d)) && h.past.year > before)
      before = h.past.year;
  }
  int y = before ? before : latest;
  if (weekday < 0) return y;
  if (!y) y = named;
  for (int k = 0; y && k < 3; k++) { /* the year itself, then one later, then one earlier */
    int cand = y + (k == 0 ? 0 : k == 1 ? 1 : -1);
    if (on_weekday(cand, m, d, weekday)) return cand;
  }
  return 0;
}
