/* The English date grammar: each pattern is a small hand-written matcher over
 * the lazy tokenizer (date_words.c); it yields a `period` (what the words
 * say), which dates.c resolves against the reference date. Prepositions
 * before a date are looked up backwards rather than matched, so spans cover
 * the date words only ("in 2021" spans "2021"). */
#include "extract/date_scan.h"
#include <string.h>

/* ------------------------------------------------------------------ periods */

static int is_ambiguous_month(int m) { return m == 3 || m == 5 || m == 8; }

/* ----------------------------------------------------------------- patterns */

/* Each matcher gets the first token already read, fills *per and returns the
 * end of the match, or 0. */

#define MF_DAY 1 /* day forms allowed ("may 10") */
#define MF_CTX 2 /* a qualifier precedes: may/march/august are months */

/* "[year]" or ", year" after a day; 0 when absent. */
static int year_after(const scan *c, size_t p, size_t *end)
{
  tok a;
  int y;
  dg_dates__tok_read(c, p, &a);
  if (tok_punct(&a, ',')) dg_dates__tok_read(c, a.e, &a);
  if (!(y = dg_dates__tok_year(&a, 1000, 2999))) return 0;
  *end = a.e;
  return y;
}

/* A "-30" range tail after a day ("28-30 december"): returns the end, or p. */
static size_t day_range(const scan *c, size_t p, int d)
{
  tok a, b;
  dg_dates__tok_read(c, p, &a);
  if (!tok_punct(&a, '-') || a.s != p) return p;
  dg_dates__tok_read(c, a.e, &b);
  return dg_dates__tok_day(&b) > d ? b.e : p;
}

/* month-token day [-day] [[,] year]: "march 14", "mar. 14, 2019". */
static size_t m_month_day(const scan *c, int m, const tok *a, period *per)
{
  int d = dg_dates__tok_day(a), y;
  size_t e, ye;
  if (!d || !dg_valid_day(0, m, d)) return 0;
  e = day_range(c, a->e, d);
  if ((y = year_after(c, e, &ye)) != 0)
    return dg_valid_day(y, m, d) ? setp(per, P_DAY_ABS, y, m, d, 0, ye) : 0;
  return setp(per, P_DAY_NOYEAR, 0, m, d, 0, e);
}

/* -1 for "last", 1 for "next", 0 for "this", else 2. */
static int rel_sign(const tok *k)
{
  return tok_is(k, W_LAST) ? -1 : tok_is(k, W_NEXT) ? 1 : tok_is(k, W_THIS) ? 0 : 2;
}

/* "month" or "year", singular: "last months" is a duration, not a date. */
static int tok_unit1(const scan *c, const tok *k)
{
  int u = tok_unit(k);
  return (u == U_MONTH || u == U_YEAR) && c->t[k->e - 1] != 's' ? u : 0;
}

/* "last/this/next week" at p (singular "week", not "week's"): sets *n and
 * returns the end, or 0. */
static size_t week_rel(const scan *c, size_t p, int *n)
{
  tok a, b;
  dg_dates__tok_read(c, p, &a);
  if ((*n = rel_sign(&a)) == 2) return 0;
  dg_dates__tok_read(c, a.e, &b);
  if (tok_unit(&b) != U_WEEK || c->t[b.e - 1] == 's') return 0;
  if (b.e + 1 < c->len && c->t[b.e] == '\'' && c->t[b.e + 1] == 's') return 0;
  return b.e;
}

/* "[of] last/this/next year" after a month: "august of last year". */
static size_t m_year_rel(const scan *c, const tok *a, int m, period *per)
{
  tok b;
  int n = rel_sign(a);
  if (n == 2) return 0;
  dg_dates__tok_read(c, a->e, &b);
  return tok_unit1(c, &b) == U_YEAR ? setp(per, P_MONTH_YOFF, 0, m, 0, n, b.e) : 0;
}

/* Is a bare ambiguous month (may, march, august) a date here? */
static int month_context(const scan *c, const tok *k, const tok *next, int m, int flags)
{
  if (!(flags & MF_CTX) && !(dg_dates__look_back(c, k->s).flags & F_MONTH)) return 0;
  return !(m == 5 && dg_dates__modal_follows(c, next));
}

static size_t m_month(const scan *c, tok *k, int flags, period *per)
{
  int abbr, y, m = dg_dates__tok_month(c, k, &abbr);
  tok a, b;
  size_t e;
  if (!m) return 0;
  dg_dates__tok_read(c, k->e, &a);
  if ((flags & MF_DAY) && (e = m_month_day(c, m, &a, per)) != 0) return e;
  if ((y = dg_dates__tok_year(&a, 1000, 2999)) != 0) return setp(per, P_MONTH_ABS, y, m, 0, 0, a.e);
  if (tok_is(&a, W_OF)) {
    dg_dates__tok_read(c, a.e, &b);
    if ((y = dg_dates__tok_year(&b, 1000, 2999)) != 0) return setp(per, P_MONTH_ABS, y, m, 0, 0, b.e);
    if ((e = m_year_rel(c, &b, m, per)) != 0) return e;
  } else if ((e = m_year_rel(c, &a, m, per)) != 0) {
    return e;
  }
  /* Abbreviations ("mar", "jan") are dates only before a number. */
  if (abbr) return 0;
  if (is_ambiguous_month(m) && !month_context(c, k, &a, m, flags)) return 0;
  return setp(per, P_MONTH_BARE, 0, m, 0, 0, k->e);
}

/* day [-day] [of] month [[,] year]: "14 march", "the 14th of mar 2019". */
static size_t m_day_first(const scan *c, const tok *k, int need_ord, period *per)
{
  int d = dg_dates__tok_day(k), m, y, abbr;
  size_t e, ye;
  tok a, b;
  if (!d || (need_ord && !k->ord)) return 0;
  dg_dates__tok_read(c, day_range(c, k->e, d), &a);
  if (tok_is(&a, W_OF) && k->ord) dg_dates__tok_read(c, a.e, &a);
  if (!(m = dg_dates__tok_month(c, &a, &abbr)) || !dg_valid_day(0, m, d)) return 0;
  e = a.e;
  if ((y = year_after(c, e, &ye)) != 0)
    return dg_valid_day(y, m, d) ? setp(per, P_DAY_ABS, y, m, d, 0, ye) : 0;
  dg_dates__tok_read(c, e, &b);
  if (m == 5 && dg_dates__modal_follows(c, &b)) return 0; /* "10 may be enough" */
  return setp(per, P_DAY_NOYEAR, 0, m, d, 0, e);
}

/* The first days of a day-first list: "11 and 12 november", "6, 22 and 30
 * june 2020". Each day before the last is a date of the last one's month
 * (and year); the scan then reads "22 and 30 june" and "30 june" afresh. */
static size_t m_day_first_list(const scan *c, const tok *k, period *per)
{
  int d = dg_dates__tok_day(k), last = d, is_and = 0;
  tok sep, n;
  size_t p = k->e;
  if (!d || k->ord) return 0;
  for (int i = 0; i < DG_DAY_LIST_MAX && !is_and; i++) {
    size_t q = dg_dates__tok_read(c, p, &sep);
    is_and = tok_is(&sep, W_AND);
    if (!is_and && !tok_punct(&sep, ',')) return 0;
    if (!is_and) { /* ", and 30" */
      tok a2;
      size_t q2 = dg_dates__tok_read(c, q, &a2);
      if ((is_and = tok_is(&a2, W_AND)) != 0) q = q2;
    }
    dg_dates__tok_read(c, q, &n);
    int dd = dg_dates__tok_day(&n);
    if (!dd || dd <= last) return 0;
    last = dd;
    p = n.e;
  }
  if (!is_and) return 0;
  period lp;
  if (!m_day_first(c, &n, 0, &lp) || (lp.k == P_DAY_ABS ? !dg_valid_day(lp.y, lp.m, d) : !dg_valid_day(0, lp.m, d)))
    return 0;
  return setp(per, lp.k, lp.y, lp.m, d, 0, k->e);
}

/* ISO "2019-03-14" (a following digit or "-digit" makes it something else). */
static size_t m_iso(const scan *c, size_t p, period *per)
{
  int y, m, d;
  size_t e = p + 10;
  if (e > c->len || !dg_iso_fields((const char *)c->t + p, &y, &m, &d)) return 0;
  if (e < c->len && is_digit(c->t[e])) return 0;
  if (e + 1 < c->len && c->t[e] == '-' && is_digit(c->t[e + 1])) return 0;
  return setp(per, P_DAY_ABS, y, m, d, 0, e);
}

/* "<n> days/weeks/months/years ago": n is a number or a number word. */
static size_t m_ago(const scan *c, const tok *k, period *per)
{
  int n = k->type == T_NUM ? (k->bad || k->ord || k->ndig > 3 ? 0 : k->val) : k->kw->arg;
  int u;
  tok a, b;
  if (n <= 0) return 0;
  dg_dates__tok_read(c, k->e, &a);
  if (!(u = tok_unit(&a))) return 0;
  dg_dates__tok_read(c, a.e, &b);
  if (!tok_is(&b, W_AGO)) return 0;
  if (u == U_DAY || u == U_WEEK)
    return setp(per, P_DAY_OFF, 0, 0, 0, u == U_DAY ? -n : -7 * n, b.e);
  return setp(per, u == U_MONTH ? P_MONTH_OFF : P_YEAR_OFF, 0, 0, 0, -n, b.e);
}

/* A plural noun (or "people") at p: what a count, not a year, is followed by. */
static int counted_noun(const scan *c, size_t p)
{
  tok a;
  dg_dates__tok_read(c, p, &a);
  if (a.type != T_WORD || a.e - a.s < 4) return 0; /* "was", "has" are no plurals */
  if (a.e - a.s == 6 && memcmp(c->t + a.s, "people", 6) == 0) return 1;
  /* "troops" but not "across", "status", "thus", "this" */
  return c->t[a.e - 1] == 's' && !strchr("siu", c->t[a.e - 2]);
}

/* A standalone year needs a preposition before it: "in 2021", "since 1991". */
static size_t m_year_alone(const scan *c, const tok *k, period *per)
{
  lookback lb;
  int y = dg_dates__tok_year(k, 1900, 2100);
  if (!y) return 0;
  if (k->e + 1 < c->len && c->t[k->e] == '-' && is_digit(c->t[k->e + 1]))
    return 0; /* "2011-2015" */
  lb = dg_dates__look_back(c, k->s);
  if (!(lb.flags & F_YEAR)) return 0;
  if (lb.word == W_OF && counted_noun(c, k->e)) return 0; /* "a total of 2000 troops" */
  return setp(per, P_YEAR_ABS, y, 0, 0, 0, k->e);
}

static size_t m_number(const scan *c, const tok *k, period *per)
{
  const unsigned char *t = c->t;
  size_t p = k->s, e;
  /* The tail of "covid-19", "3.7", "7:31" or "1,500" is no date. */
  if (p >= 2 && (t[p - 1] == '-' || t[p - 1] == '/' || t[p - 1] == '.' || t[p - 1] == ',' ||
                 t[p - 1] == ':') && is_wordch(t[p - 2]))
    return 0;
  if (k->ndig == 4 && (e = m_iso(c, p, per)) != 0) return e;
  if ((e = m_day_first(c, k, 0, per)) != 0) return e;
  if ((e = m_day_first_list(c, k, per)) != 0) return e;
  if ((e = m_ago(c, k, per)) != 0) return e;
  return m_year_alone(c, k, per);
}

/* What a qualifier ("early", "the end of", "the second half of") applies to:
 * a month, a year, or "last/this/next month/year". */
static size_t m_period(const scan *c, size_t p, period *per)
{
  tok a, b;
  int y, n, u;
  dg_dates__tok_read(c, p, &a);
  if (tok_kind(&a, K_MONTH)) return m_month(c, &a, MF_CTX, per);
  if ((y = dg_dates__tok_year(&a, 1900, 2100)) != 0) return setp(per, P_YEAR_ABS, y, 0, 0, 0, a.e);
  if ((n = rel_sign(&a)) == 2) return 0;
  dg_dates__tok_read(c, a.e, &b);
  if (!(u = tok_unit1(c, &b))) return 0;
  return setp(per, u == U_MONTH ? P_MONTH_OFF : P_YEAR_OFF, 0, 0, 0, n, b.e);
}

/* "early/mid/late [-] period": "mid-may", "late 2021", "early next year". */
static size_t m_qual(const scan *c, const tok *k, period *per)
{
  size_t p = k->e;
  if (p < c->len && c->t[p] == '-') p++;
  return m_period(c, p, per);
}

/* "end/beginning/start/middle of period", "first/second half of period". */
static size_t m_edge(const scan *c, const tok *k, period *per)
{
  tok a;
  if (!tok_is(k, W_FIRST) && !tok_is(k, W_SECOND) && k->e + 1 < c->len && c->t[k->e] == '-')
    return m_period(c, k->e + 1, per); /* "end-may" */
  dg_dates__tok_read(c, k->e, &a);
  if (tok_is(k, W_FIRST) || tok_is(k, W_SECOND)) {
    if (!tok_is(&a, W_HALF)) return 0;
    dg_dates__tok_read(c, a.e, &a);
  }
  return tok_is(&a, W_OF) ? m_period(c, a.e, per) : 0;
}

/* Words that may follow a day-of-month ordinal: not a noun, so "the 7th"
 * names a day rather than "the 7th meeting". */
static int mday_follower(const scan *c, const tok *k)
{
  static const char *const words[] = {
    "in", "at", "and", "or", "when", "with", "as", "after", "before", "but", "while", "to",
    "for", "from", "by", "during", "amid", "until", "till", "since", "where", "then", "though",
    "although", "because", "so", "the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
    "there", "both", "each", "all", "his", "her", "its", "their", "our", NULL};
  const unsigned char *t = c->t;
  switch (k->type) {
  case T_END: case T_BREAK: return 1;
  case T_PUNCT: /* "7th-floor", "7th/8th" glue the ordinal to a word */
    return !((k->val == '-' || k->val == '/' || k->val == '\'') && k->e < c->len &&
             is_wordch(t[k->e]));
  case T_WORD: return dg_dates__word_in(c, k, words);
  default: return 0;
  }
}

/* "the 7th" after "on", "the 3rd of this/last/next month": a day of a month
 * the words leave to the reference. k is "the", a the ordinal. */
static size_t m_mday(const scan *c, const tok *k, const tok *a, period *per)
{
  tok b, r, u;
  int d = dg_dates__tok_day(a), n;
  if (!d || !a->ord) return 0;
  dg_dates__tok_read(c, a->e, &b);
  if (tok_is(&b, W_OF)) {
    dg_dates__tok_read(c, b.e, &r);
    n = rel_sign(&r);
    if (n != 2) {
      dg_dates__tok_read(c, r.e, &u);
      if (tok_unit1(c, &u) == U_MONTH) return setp(per, P_MDAY, 0, 0, d, n, u.e);
    }
  }
  if (dg_dates__look_back(c, k->s).word != W_ON || !mday_follower(c, &b)) return 0;
  return setp(per, P_MDAY, 0, 0, d, 2, a->e);
}

/* "the year 2021", "the 28th of december", "the end of january", "the 7th", ... */
static size_t m_the(const scan *c, const tok *k, period *per)
{
  tok a, b;
  int y;
  size_t e;
  dg_dates__tok_read(c, k->e, &a);
  if (tok_unit(&a) == U_YEAR) {
    dg_dates__tok_read(c, a.e, &b);
    y = dg_dates__tok_year(&b, 1900, 2100);
    return y ? setp(per, P_YEAR_ABS, y, 0, 0, 0, b.e) : 0;
  }
  if (a.type == T_NUM) {
    if ((e = m_day_first(c, &a, 1, per)) != 0) return e;
    return m_mday(c, k, &a, per);
  }
  if (!tok_kind(&a, K_WORD)) return 0;
  switch (a.kw->arg) {
  case W_END: case W_BEGINNING: case W_START: case W_MIDDLE: case W_FIRST: case W_SECOND:
    return m_edge(c, &a, per);
  default:
    return 0;
  }
}

/* "last/this/next" + month, weekday, "month" or "year". */
static size_t m_rel(const scan *c, const tok *k, period *per)
{
  int n = rel_sign(k), m, u;
  tok a, b;
  dg_dates__tok_read(c, k->e, &a);
  if (tok_kind(&a, K_MONTH)) {
    m = a.kw->arg;
    dg_dates__tok_read(c, a.e, &b);
    /* "this may help", "the last may be": the stricter test for "this"
     * because "this march/may" followed by a word is rarely a date. */
    if (is_ambiguous_month(m) && (n == 0 ? b.type == T_WORD : m == 5 && dg_dates__modal_follows(c, &b)))
      return 0;
    return setp(per, n < 0 ? P_MONTH_LAST : n > 0 ? P_MONTH_NEXT : P_MONTH_YOFF, 0, m, 0, 0, a.e);
  }
  if (tok_kind(&a, K_WDAY)) return setp(per, P_WDAY, 0, 0, a.kw->arg, n, a.e);
  if (n == 0 && dg_dates__word_in(c, &a, (const char *const[]){"morning", "afternoon", "evening", NULL}))
    return setp(per, P_DAY_OFF, 0, 0, 0, 0, a.e); /* "this afternoon": the reference day */
  if (tok_unit(&a) == U_WEEK) { /* "last week [,] on wednesday"; a bare "last week" is no date */
    if (c->t[a.e - 1] == 's' || dg_dates__look_back(c, k->s).word == W_THE) return 0;
    dg_dates__tok_read(c, a.e, &b);
    if (tok_punct(&b, ',')) dg_dates__tok_read(c, b.e, &b);
    if (!tok_is(&b, W_ON)) return 0;
    dg_dates__tok_read(c, b.e, &b);
    return tok_kind(&b, K_WDAY) ? setp(per, P_WDAY_WEEK, 0, 0, b.kw->arg, n, b.e) : 0;
  }
  if (!(u = tok_unit1(c, &a))) return 0;
  if (dg_dates__look_back(c, k->s).word == W_THE) return 0; /* "over the last year" is a duration */
  return setp(per, u == U_MONTH ? P_MONTH_OFF : P_YEAR_OFF, 0, 0, 0, n, a.e);
}

/* "earlier/later this month/year". */
static size_t m_earlier(const scan *c, const tok *k, period *per)
{
  tok a, b;
  int u;
  dg_dates__tok_read(c, k->e, &a);
  if (!tok_is(&a, W_THIS)) return 0;
  dg_dates__tok_read(c, a.e, &b);
  if (!(u = tok_unit1(c, &b))) return 0;
  return setp(per, u == U_MONTH ? P_MONTH_OFF : P_YEAR_OFF, 0, 0, 0, 0, b.e);
}

/* "wednesday", or a weekday leading a full date ("wed., mar. 14, 2019"). */
static size_t m_weekday(const scan *c, const tok *k, period *per)
{
  int abbr = tok_kind(k, K_WDABBR), mabbr, m, n;
  size_t e = k->e, r;
  tok a, b;
  if (abbr && e < c->len && c->t[e] == '.') e++;
  dg_dates__tok_read(c, e, &a);
  if (tok_punct(&a, ',')) dg_dates__tok_read(c, a.e, &a);
  if ((m = dg_dates__tok_month(c, &a, &mabbr)) != 0) {
    dg_dates__tok_read(c, a.e, &b);
    if ((r = m_month_day(c, m, &b, per)) != 0) return r;
  } else if (a.type == T_NUM && (r = m_day_first(c, &a, 0, per)) != 0) {
    return r;
  }
  /* Abbreviations ("sun", "sat", "wed") are words too: only before a date. */
  if (abbr) return 0;
  /* "wednesday [of] last week" */
  if ((r = week_rel(c, tok_is(&a, W_OF) ? a.e : k->e, &n)) != 0)
    return setp(per, P_WDAY_WEEK, 0, 0, k->kw->arg, n, r);
  return setp(per, P_WDAY, 0, 0, k->kw->arg, 0, k->e);
}

static size_t m_word(const scan *c, const tok *k, period *per)
{
  switch (k->kw->arg) {
  case W_LAST: case W_NEXT: case W_THIS: return m_rel(c, k, per);
  case W_EARLIER: case W_LATER: return m_earlier(c, k, per);
  case W_EARLY: case W_MID: case W_LATE: return m_qual(c, k, per);
  case W_THE: return m_the(c, k, per);
  case W_END: case W_BEGINNING: case W_START: case W_MIDDLE: case W_FIRST: case W_SECOND:
    return m_edge(c, k, per);
  case W_YESTERDAY: return setp(per, P_DAY_OFF, 0, 0, 0, -1, k->e);
  case W_TODAY: return setp(per, P_DAY_OFF, 0, 0, 0, 0, k->e);
  case W_TOMORROW: return setp(per, P_DAY_OFF, 0, 0, 0, 1, k->e);
  default: return 0;
  }
}

size_t dg_dates__day_list(const scan *c, size_t p, int y, int m, int d, int *days, size_t *s,
                          size_t *e, size_t max, int *year, size_t *year_end)
{
  tok k, sep;
  size_t n = 0;
  int last_and = 0;
  for (;;) {
    size_t q = dg_dates__tok_read(c, p, &sep);
    int comma = tok_punct(&sep, ','), and = tok_is(&sep, W_AND) || dg_dates__word_in(c, &sep, (const char *const[]){"or", NULL});
    if (!comma && !and) break;
    if (comma) { /* ", and 30" */
      tok a2;
      size_t q2 = dg_dates__tok_read(c, q, &a2);
      if (tok_is(&a2, W_AND) || dg_dates__word_in(c, &a2, (const char *const[]){"or", NULL})) {
        and = 1;
        q = q2;
      }
    }
    dg_dates__tok_read(c, q, &k);
    int dd = dg_dates__tok_day(&k);
    if (!dd || dd <= d || (y ? !dg_valid_day(y, m, dd) : !dg_valid_day(2000, m, dd)) || n == max) break;
    days[n] = dd;
    s[n] = k.s;
    e[n++] = k.e;
    d = dd;
    p = k.e;
    last_and = and;
    if (and) break; /* "and" closes the list */
  }
  if (!n || !last_and) return 0;
  dg_dates__tok_read(c, p, &k);
  if (tok_kind(&k, K_MONTH) || tok_kind(&k, K_MONABBR) || !mday_follower(c, &k)) return 0;
  *year = 0;
  if (!y && (*year = year_after(c, p, year_end)) != 0) { /* "june 6, 22 and 30, 2020" */
    for (size_t i = 0; i < n; i++)
      if (!dg_valid_day(*year, m, days[i])) return 0;
  }
  return n;
}

/* The longest date expression starting at the token at p, or 0. */
size_t dg_dates__match_at(const scan *c, size_t p, period *per)
{
  tok k;
  dg_dates__tok_read(c, p, &k);
  if (k.type == T_NUM) return m_number(c, &k, per);
  if (k.type != T_WORD || !k.kw) return 0;
  switch (k.kw->kind) {
  case K_MONTH: case K_MONABBR: return m_month(c, &k, MF_DAY, per);
  case K_WDAY: case K_WDABBR: return m_weekday(c, &k, per);
  case K_NUMW: return m_ago(c, &k, per);
  case K_WORD: return m_word(c, &k, per);
  default: return 0;
  }
}
