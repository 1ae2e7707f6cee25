/* Date expressions in folded (lowercase ASCII-ish) English text.
 *
 * The scanner walks word starts and only tries patterns at words that can
 * begin a date (a digit, or a letter that starts a month, weekday or
 * relative word). A pattern is a small hand-written matcher over a lazy
 * tokenizer; it yields a `period` (what the words say), which is then
 * resolved against the reference date into a past and a future reading.
 * Prepositions before a date are looked up backwards rather than matched,
 * so spans cover the date words only ("in 2021" spans "2021"). */
#include "extract/dates.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------- calendar */

/* Year 0 is "unknown": treat it as leap so a yearless February 29 stays valid. */
static int is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

static int days_in_month(int y, int m)
{
  static const unsigned char dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

static int valid_day(int y, int m, int d) { return d >= 1 && d <= days_in_month(y, m); }

static dg_ymd ymd(int y, int m, int d, dg_precision p)
{
  dg_ymd r;
  r.year = y;
  r.month = m;
  r.day = d;
  r.prec = p;
  return r;
}

/* Days since 1970-01-01 (H. Hinnant's algorithm, exact for any Gregorian date). */
static long days_from_civil(int y, int m, int d)
{
  long yy = (long)y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int dg_weekday_of(int y, int m, int d)
{
  long z = days_from_civil(y, m, d);
  /* 1970-01-01 was a Thursday (3 with Monday = 0). */
  return (int)(((z % 7) + 7 + 3) % 7);
}

dg_ymd dg_ymd_add_days(dg_ymd d, int days)
{
  dg_ymd r = d;
  /* A yearless or coarse date has no day arithmetic: leave it alone. */
  if (d.prec != DG_PREC_DAY || d.year == 0 || !valid_day(d.year, d.month, d.day)) return d;
  civil_from_days(days_from_civil(d.year, d.month, d.day) + days, &r.year, &r.month, &r.day);
  return r;
}

/* ------------------------------------------------------------ dg_ymd utils */

static int digits_at(const char *s, int n, int *v)
{
  int i, x = 0;
  for (i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return 1;
}

/* "YYYY-MM-DD" at s (10 bytes available), a real date in 1000..9999. */
static int iso_fields(const char *s, int *y, int *m, int *d)
{
  if (!digits_at(s, 4, y) || s[4] != '-' || !digits_at(s + 5, 2, m) || s[7] != '-' ||
      !digits_at(s + 8, 2, d))
    return 0;
  return *y >= 1000 && valid_day(*y, *m, *d);
}

int dg_ymd_parse_iso(dg_ymd *out, const char *s)
{
  int y, m, d;
  if (!out || !s) return dg_error_set(DG_EARG, "date: missing argument");
  if (strlen(s) != 10 || !iso_fields(s, &y, &m, &d))
    return dg_error_set(DG_EARG, "date: '%.40s' is not a valid YYYY-MM-DD date", s);
  *out = ymd(y, m, d, DG_PREC_DAY);
  return 0;
}

int dg_ymd_format(const dg_ymd *d, char *buf, size_t n)
{
  int r;
  if (!buf) n = 0; /* snprintf(NULL, 0) just measures */
  if (!d || d->prec == DG_PREC_NONE || d->year == 0) {
    if (n) buf[0] = '\0';
    return 0;
  }
  if (d->prec == DG_PREC_YEAR)
    r = snprintf(buf, n, "%04d", d->year);
  else if (d->prec == DG_PREC_MONTH)
    r = snprintf(buf, n, "%04d-%02d", d->year, d->month);
  else
    r = snprintf(buf, n, "%04d-%02d-%02d", d->year, d->month, d->day);
  return r < 0 ? 0 : r;
}

static int cmp_int(int a, int b) { return (a > b) - (a < b); }

int dg_ymd_compare(const dg_ymd *a, const dg_ymd *b)
{
  dg_precision p;
  int r;
  if (!a || !b) return 0;
  p = a->prec < b->prec ? a->prec : b->prec;
  if (p == DG_PREC_NONE) return 0;
  if (a->year != 0 && b->year != 0 && (r = cmp_int(a->year, b->year)) != 0) return r;
  if (p >= DG_PREC_MONTH && (r = cmp_int(a->month, b->month)) != 0) return r;
  if (p >= DG_PREC_DAY) return cmp_int(a->day, b->day);
  return 0;
}

int dg_ymd_compatible(const dg_ymd *a, const dg_ymd *b) { return dg_ymd_compare(a, b) == 0; }

/* ---------------------------------------------------------------- keywords */

enum { K_MONTH = 1, K_MONABBR, K_WDAY, K_WDABBR, K_NUMW, K_UNIT, K_WORD };
enum { U_DAY = 1, U_WEEK, U_MONTH, U_YEAR };
enum {
  W_LAST = 1, W_NEXT, W_THIS, W_EARLIER, W_LATER, W_EARLY, W_MID, W_LATE, W_THE, W_END,
  W_BEGINNING, W_START, W_MIDDLE, W_FIRST, W_SECOND, W_HALF, W_OF, W_AGO, W_YESTERDAY,
  W_TODAY, W_TOMORROW, W_IN, W_ON, W_SINCE, W_UNTIL, W_TILL, W_BY, W_BEFORE, W_AFTER,
  W_FROM, W_THROUGH, W_THROUGHOUT, W_DURING, W_BETWEEN, W_AND, W_TO
};
/* What a preposition says about the date right after it. */
#define F_BOUND 1 /* the date is a bound ("since 2011") */
#define F_YEAR 2  /* a bare 4-digit number after it is a year ("in 2021") */
#define F_MONTH 4 /* may/march/august after it are months ("in may") */
#define F_PREP (F_BOUND | F_YEAR | F_MONTH)

typedef struct {
  const char *w;
  unsigned char n, kind, arg, flags;
} kwent;

#define KW(s, k, a, f) {s, sizeof(s) - 1, k, a, f}
#define KEND {NULL, 0, 0, 0, 0}

static const kwent kw_a[] = {
  KW("a", K_NUMW, 1, 0), KW("after", K_WORD, W_AFTER, F_PREP), KW("ago", K_WORD, W_AGO, 0),
  KW("an", K_NUMW, 1, 0), KW("and", K_WORD, W_AND, 0), KW("apr", K_MONABBR, 4, 0),
  KW("april", K_MONTH, 4, 0), KW("aug", K_MONABBR, 8, 0), KW("august", K_MONTH, 8, 0), KEND};
static const kwent kw_b[] = {
  KW("before", K_WORD, W_BEFORE, F_PREP), KW("beginning", K_WORD, W_BEGINNING, 0),
  KW("between", K_WORD, W_BETWEEN, F_PREP), KW("by", K_WORD, W_BY, F_PREP), KEND};
static const kwent kw_d[] = {
  KW("day", K_UNIT, U_DAY, 0), KW("days", K_UNIT, U_DAY, 0), KW("dec", K_MONABBR, 12, 0),
  KW("december", K_MONTH, 12, 0), KW("during", K_WORD, W_DURING, F_YEAR | F_MONTH), KEND};
static const kwent kw_e[] = {
  KW("early", K_WORD, W_EARLY, 0), KW("earlier", K_WORD, W_EARLIER, 0),
  KW("eight", K_NUMW, 8, 0), KW("eleven", K_NUMW, 11, 0), KW("end", K_WORD, W_END, 0), KEND};
static const kwent kw_f[] = {
  KW("feb", K_MONABBR, 2, 0), KW("february", K_MONTH, 2, 0), KW("first", K_WORD, W_FIRST, 0),
  KW("five", K_NUMW, 5, 0), KW("four", K_NUMW, 4, 0), KW("fri", K_WDABBR, 4, 0),
  KW("friday", K_WDAY, 4, 0), KW("from", K_WORD, W_FROM, F_PREP), KEND};
static const kwent kw_h[] = {KW("half", K_WORD, W_HALF, 0), KEND};
static const kwent kw_i[] = {KW("in", K_WORD, W_IN, F_YEAR | F_MONTH), KEND};
static const kwent kw_j[] = {
  KW("jan", K_MONABBR, 1, 0), KW("january", K_MONTH, 1, 0), KW("jul", K_MONABBR, 7, 0),
  KW("july", K_MONTH, 7, 0), KW("jun", K_MONABBR, 6, 0), KW("june", K_MONTH, 6, 0), KEND};
static const kwent kw_l[] = {
  KW("last", K_WORD, W_LAST, 0), KW("late", K_WORD, W_LATE, 0), KW("later", K_WORD, W_LATER, 0),
  KEND};
static const kwent kw_m[] = {
  KW("mar", K_MONABBR, 3, 0), KW("march", K_MONTH, 3, 0), KW("may", K_MONTH, 5, 0),
  KW("mid", K_WORD, W_MID, 0), KW("middle", K_WORD, W_MIDDLE, 0), KW("mon", K_WDABBR, 0, 0),
  KW("monday", K_WDAY, 0, 0), KW("month", K_UNIT, U_MONTH, 0), KW("months", K_UNIT, U_MONTH, 0),
  KEND};
static const kwent kw_n[] = {
  KW("next", K_WORD, W_NEXT, 0), KW("nine", K_NUMW, 9, 0), KW("nov", K_MONABBR, 11, 0),
  KW("november", K_MONTH, 11, 0), KEND};
static const kwent kw_o[] = {
  KW("oct", K_MONABBR, 10, 0), KW("october", K_MONTH, 10, 0),
  KW("of", K_WORD, W_OF, F_YEAR | F_MONTH),
  KW("on", K_WORD, W_ON, F_MONTH), KW("one", K_NUMW, 1, 0), KEND};
static const kwent kw_s[] = {
  KW("sat", K_WDABBR, 5, 0), KW("saturday", K_WDAY, 5, 0), KW("second", K_WORD, W_SECOND, 0),
  KW("sep", K_MONABBR, 9, 0), KW("sept", K_MONABBR, 9, 0), KW("september", K_MONTH, 9, 0),
  KW("seven", K_NUMW, 7, 0), KW("since", K_WORD, W_SINCE, F_PREP), KW("six", K_NUMW, 6, 0),
  KW("start", K_WORD, W_START, 0), KW("sun", K_WDABBR, 6, 0), KW("sunday", K_WDAY, 6, 0), KEND};
static const kwent kw_t[] = {
  KW("ten", K_NUMW, 10, 0), KW("the", K_WORD, W_THE, 0), KW("this", K_WORD, W_THIS, 0),
  KW("three", K_NUMW, 3, 0), KW("through", K_WORD, W_THROUGH, F_PREP),
  KW("throughout", K_WORD, W_THROUGHOUT, F_YEAR | F_MONTH), KW("thu", K_WDABBR, 3, 0),
  KW("thur", K_WDABBR, 3, 0), KW("thurs", K_WDABBR, 3, 0), KW("thursday", K_WDAY, 3, 0),
  KW("till", K_WORD, W_TILL, F_PREP), KW("to", K_WORD, W_TO, 0), KW("today", K_WORD, W_TODAY, 0),
  KW("tomorrow", K_WORD, W_TOMORROW, 0), KW("tue", K_WDABBR, 1, 0), KW("tues", K_WDABBR, 1, 0),
  KW("tuesday", K_WDAY, 1, 0), KW("twelve", K_NUMW, 12, 0), KW("two", K_NUMW, 2, 0), KEND};
static const kwent kw_u[] = {KW("until", K_WORD, W_UNTIL, F_PREP), KEND};
static const kwent kw_w[] = {
  KW("wed", K_WDABBR, 2, 0), KW("wednesday", K_WDAY, 2, 0), KW("week", K_UNIT, U_WEEK, 0),
  KW("weeks", K_UNIT, U_WEEK, 0), KEND};
static const kwent kw_y[] = {
  KW("year", K_UNIT, U_YEAR, 0), KW("years", K_UNIT, U_YEAR, 0),
  KW("yesterday", K_WORD, W_YESTERDAY, 0), KEND};

static const kwent *kw_find(const unsigned char *w, size_t n)
{
  const kwent *e;
  if (n == 0 || n > 10) return NULL;
  switch (w[0]) {
  case 'a': e = kw_a; break;
  case 'b': e = kw_b; break;
  case 'd': e = kw_d; break;
  case 'e': e = kw_e; break;
  case 'f': e = kw_f; break;
  case 'h': e = kw_h; break;
  case 'i': e = kw_i; break;
  case 'j': e = kw_j; break;
  case 'l': e = kw_l; break;
  case 'm': e = kw_m; break;
  case 'n': e = kw_n; break;
  case 'o': e = kw_o; break;
  case 's': e = kw_s; break;
  case 't': e = kw_t; break;
  case 'u': e = kw_u; break;
  case 'w': e = kw_w; break;
  case 'y': e = kw_y; break;
  default: return NULL;
  }
  for (; e->w; e++)
    if (e->n == n && memcmp(e->w, w, n) == 0) return e;
  return NULL;
}

/* Letters that can begin a pattern (month, weekday, relative or number word). */
static int is_trigger_letter(unsigned char ch)
{
  static const unsigned long mask = (1ul << ('a' - 'a')) | (1ul << ('b' - 'a')) |
    (1ul << ('d' - 'a')) | (1ul << ('e' - 'a')) | (1ul << ('f' - 'a')) | (1ul << ('j' - 'a')) |
    (1ul << ('l' - 'a')) | (1ul << ('m' - 'a')) | (1ul << ('n' - 'a')) | (1ul << ('o' - 'a')) |
    (1ul << ('s' - 'a')) | (1ul << ('t' - 'a')) | (1ul << ('w' - 'a')) | (1ul << ('y' - 'a'));
  return (unsigned)(ch - 'a') < 26u && (mask >> (ch - 'a') & 1ul);
}

/* ---------------------------------------------------------------- tokenizer */

static int is_digit(unsigned char ch) { return (unsigned)(ch - '0') < 10u; }
/* Bytes >= 0x80 count as word characters so a leftover UTF-8 letter glues to
 * its word instead of making a fresh word start. */
static int is_wordch(unsigned char ch)
{
  return is_digit(ch) || (unsigned)(ch - 'a') < 26u || (unsigned)(ch - 'A') < 26u || ch >= 0x80;
}
static int is_blank(unsigned char ch)
{
  return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v' || ch == '\n';
}

enum { T_END, T_BREAK, T_WORD, T_NUM, T_PUNCT };
enum { RANGE_NONE, RANGE_AND, RANGE_TO };

typedef struct {
  size_t s, e;       /* byte span */
  int type;
  const kwent *kw;   /* T_WORD: the keyword or NULL */
  int val;           /* T_NUM: the value (capped); T_PUNCT: the byte */
  int ndig, ord, bad; /* T_NUM: digit count, had st/nd/rd/th, not a date number */
} tok;

typedef struct {
  const unsigned char *t;
  size_t len;
  int ry, rm, rd;      /* the reference date, 0 where unknown */
  dg_precision rlev;   /* how much of the reference is known */
  int range;           /* an open "between X" / "from X" awaiting "and Y" / "to Y" */
  size_t range_end;
} scan;

/* Consume a time, decimal, d/m/y or thousands tail ("7:31", "3.7", "1,500"). */
static size_t skip_numeric(const scan *c, size_t q)
{
  const unsigned char *t = c->t;
  while (q < c->len) {
    if (is_wordch(t[q])) q++;
    else if ((t[q] == ':' || t[q] == '.' || t[q] == ',' || t[q] == '/') && q + 1 < c->len &&
             is_digit(t[q + 1]))
      q++;
    else
      break;
  }
  return q;
}

/* ",ddd" followed by a non-digit: a thousands group, not "14,2019". */
static int is_group(const scan *c, size_t q)
{
  const unsigned char *t = c->t;
  return q + 3 < c->len && t[q] == ',' && is_digit(t[q + 1]) && is_digit(t[q + 2]) &&
         is_digit(t[q + 3]) && (q + 4 >= c->len || !is_digit(t[q + 4]));
}

static size_t num_read(const scan *c, size_t p, tok *k)
{
  const unsigned char *t = c->t;
  size_t q = p, r;
  k->type = T_NUM;
  while (q < c->len && is_digit(t[q])) {
    if (k->val < 100000) k->val = k->val * 10 + (t[q] - '0');
    k->ndig++;
    q++;
  }
  if (q < c->len && is_wordch(t[q])) { /* "28th" is a day, "10am" or "1990s" are not */
    for (r = q; r < c->len && is_wordch(t[r]); r++) {}
    k->ord = r - q == 2 && (!memcmp(t + q, "st", 2) || !memcmp(t + q, "nd", 2) ||
                            !memcmp(t + q, "rd", 2) || !memcmp(t + q, "th", 2));
    k->bad = !k->ord;
    q = r;
  } else if (q + 1 < c->len && is_digit(t[q + 1]) &&
             (t[q] == ':' || t[q] == '.' || t[q] == '/' || is_group(c, q))) {
    k->bad = 1;
    q = skip_numeric(c, q);
  }
  k->e = q;
  return q;
}

/* Read the token at or after p (blanks skipped; a blank line is a T_BREAK). */
static size_t tok_read(const scan *c, size_t p, tok *k)
{
  const unsigned char *t = c->t;
  size_t q;
  int nl = 0;
  memset(k, 0, sizeof *k);
  while (p < c->len && is_blank(t[p])) nl += t[p++] == '\n';
  k->s = k->e = p;
  if (nl >= 2) return k->type = T_BREAK, p;
  if (p >= c->len) return k->type = T_END, p;
  if (is_digit(t[p])) return num_read(c, p, k);
  if (is_wordch(t[p])) {
    for (q = p; q < c->len && is_wordch(t[q]); q++) {}
    k->type = T_WORD;
    k->kw = kw_find(t + p, q - p);
    return k->e = q;
  }
  k->type = T_PUNCT;
  k->val = t[p];
  return k->e = p + 1;
}

static int tok_kind(const tok *k, int kind)
{
  return k->type == T_WORD && k->kw && k->kw->kind == kind;
}
static int tok_is(const tok *k, int w) { return tok_kind(k, K_WORD) && k->kw->arg == w; }
static int tok_unit(const tok *k) { return tok_kind(k, K_UNIT) ? k->kw->arg : 0; }
static int tok_punct(const tok *k, int ch) { return k->type == T_PUNCT && k->val == ch; }

/* A day-of-month number (1..31), else 0. */
static int tok_day(const tok *k)
{
  if (k->type != T_NUM || k->bad || k->ndig > 2 || k->val < 1 || k->val > 31) return 0;
  return k->val;
}

/* A four-digit year in [lo, hi], else 0. */
static int tok_year(const tok *k, int lo, int hi)
{
  if (k->type != T_NUM || k->bad || k->ord || k->ndig != 4 || k->val < lo || k->val > hi) return 0;
  return k->val;
}

/* The month a token names, or 0; an abbreviation absorbs a following '.'. */
static int tok_month(const scan *c, tok *k, int *abbr)
{
  if (tok_kind(k, K_MONTH)) {
    *abbr = 0;
    return k->kw->arg;
  }
  if (!tok_kind(k, K_MONABBR)) return 0;
  *abbr = 1;
  if (k->e < c->len && c->t[k->e] == '.') k->e++;
  return k->kw->arg;
}

/* ------------------------------------------------------------------ context */

typedef struct {
  int word;  /* the preposition's W_ id, or 0 */
  int flags; /* its F_ flags */
} lookback;

static int only_blank(const scan *c, size_t a, size_t b)
{
  for (; a < b; a++)
    if (!is_blank(c->t[a])) return 0;
  return 1;
}

/* Does `w` continue an open range ("between 2011 and", "from 2012 to")? */
static int range_joins(int range, int w)
{
  if (range == RANGE_AND) return w == W_AND;
  if (range == RANGE_TO) return w == W_TO || w == W_UNTIL || w == W_TILL || w == W_THROUGH;
  return 0;
}

/* The word right before p (blanks only in between), as a context word. */
static lookback look_back(const scan *c, size_t p)
{
  lookback lb = {0, 0};
  const kwent *kw;
  size_t i = p, e;
  int nl = 0;
  while (i > 0 && is_blank(c->t[i - 1])) nl += c->t[--i] == '\n';
  if (nl >= 2) return lb; /* a blank line ends the context */
  e = i;
  while (i > 0 && is_wordch(c->t[i - 1])) i--;
  if (i == e || !(kw = kw_find(c->t + i, e - i)) || kw->kind != K_WORD) return lb;
  lb.word = kw->arg;
  lb.flags = kw->flags;
  if (c->range && c->range_end <= i && range_joins(c->range, kw->arg) &&
      only_blank(c, c->range_end, i))
    lb.flags |= F_PREP;
  return lb;
}

/* Is the word token k one of words? */
static int word_in(const scan *c, const tok *k, const char *const *words)
{
  size_t n = k->e - k->s;
  if (k->type != T_WORD) return 0;
  for (; *words; words++)
    if (strlen(*words) == n && memcmp(*words, c->t + k->s, n) == 0) return 1;
  return 0;
}

/* A modal "may" is followed by a verb or adverb: "may be", "may not". */
static int modal_follows(const scan *c, const tok *k)
{
  static const char *const verbs[] = {
    "be", "not", "have", "also", "well", "still", "even", "never", "only", "soon", "need",
    "want", "take", "seem", "become", "help", "face", "lead", "come", "prove", "affect",
    "cause", "make", "get", "go", "give", "allow", "result", "further", "eventually",
    "already", "just", "yet", "include", "require", "find", "see", "try", "decide", "say",
    "ask", "hold", "join", "meet", "sign", "seek", "consider", "continue", "change",
    "remain", "end", "use", "do", "feel", "look", "now", "therefore", "thus", NULL};
  size_t i, n = k->e - k->s;
  if (k->type != T_WORD) return 0;
  for (i = 0; verbs[i]; i++)
    if (strlen(verbs[i]) == n && memcmp(verbs[i], c->t + k->s, n) == 0) return 1;
  return 0;
}

/* ------------------------------------------------------------------ periods */

/* What a pattern says, before it is resolved against the reference. */
typedef enum {
  P_DAY_ABS,    /* y-m-d */
  P_DAY_NOYEAR, /* m-d, nearest in either direction */
  P_MONTH_ABS,  /* y-m */
  P_MONTH_BARE, /* m, nearest in either direction */
  P_MONTH_LAST, /* m, strictly before the reference month */
  P_MONTH_NEXT, /* m, strictly after */
  P_MONTH_YOFF, /* m of the reference year + n */
  P_MONTH_OFF,  /* the reference month + n */
  P_YEAR_ABS,   /* y */
  P_YEAR_OFF,   /* the reference year + n */
  P_DAY_OFF,    /* the reference day + n */
  P_WDAY,       /* weekday d; n < 0 "last", n > 0 "next", 0 nearest */
  P_WDAY_WEEK,  /* weekday d of the reference's calendar week + n (weeks start Monday) */
  P_MDAY        /* day d of a month: n == 2 the nearest, else the reference month + n */
} pkind;

typedef struct {
  pkind k;
  int y, m, d, n;
} period;

static size_t setp(period *p, pkind k, int y, int m, int d, int n, size_t end)
{
  p->k = k;
  p->y = y;
  p->m = m;
  p->d = d;
  p->n = n;
  return end;
}

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
  tok_read(c, p, &a);
  if (tok_punct(&a, ',')) tok_read(c, a.e, &a);
  if (!(y = tok_year(&a, 1000, 2999))) return 0;
  *end = a.e;
  return y;
}

/* A "-30" range tail after a day ("28-30 december"): returns the end, or p. */
static size_t day_range(const scan *c, size_t p, int d)
{
  tok a, b;
  tok_read(c, p, &a);
  if (!tok_punct(&a, '-') || a.s != p) return p;
  tok_read(c, a.e, &b);
  return tok_day(&b) > d ? b.e : p;
}

/* month-token day [-day] [[,] year]: "march 14", "mar. 14, 2019". */
static size_t m_month_day(const scan *c, int m, const tok *a, period *per)
{
  int d = tok_day(a), y;
  size_t e, ye;
  if (!d || !valid_day(0, m, d)) return 0;
  e = day_range(c, a->e, d);
  if ((y = year_after(c, e, &ye)) != 0)
    return valid_day(y, m, d) ? setp(per, P_DAY_ABS, y, m, d, 0, ye) : 0;
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
  tok_read(c, p, &a);
  if ((*n = rel_sign(&a)) == 2) return 0;
  tok_read(c, a.e, &b);
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
  tok_read(c, a->e, &b);
  return tok_unit1(c, &b) == U_YEAR ? setp(per, P_MONTH_YOFF, 0, m, 0, n, b.e) : 0;
}

/* Is a bare ambiguous month (may, march, august) a date here? */
static int month_context(const scan *c, const tok *k, const tok *next, int m, int flags)
{
  if (!(flags & MF_CTX) && !(look_back(c, k->s).flags & F_MONTH)) return 0;
  return !(m == 5 && modal_follows(c, next));
}

static size_t m_month(const scan *c, tok *k, int flags, period *per)
{
  int abbr, y, m = tok_month(c, k, &abbr);
  tok a, b;
  size_t e;
  if (!m) return 0;
  tok_read(c, k->e, &a);
  if ((flags & MF_DAY) && (e = m_month_day(c, m, &a, per)) != 0) return e;
  if ((y = tok_year(&a, 1000, 2999)) != 0) return setp(per, P_MONTH_ABS, y, m, 0, 0, a.e);
  if (tok_is(&a, W_OF)) {
    tok_read(c, a.e, &b);
    if ((y = tok_year(&b, 1000, 2999)) != 0) return setp(per, P_MONTH_ABS, y, m, 0, 0, b.e);
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
  int d = tok_day(k), m, y, abbr;
  size_t e, ye;
  tok a, b;
  if (!d || (need_ord && !k->ord)) return 0;
  tok_read(c, day_range(c, k->e, d), &a);
  if (tok_is(&a, W_OF) && k->ord) tok_read(c, a.e, &a);
  if (!(m = tok_month(c, &a, &abbr)) || !valid_day(0, m, d)) return 0;
  e = a.e;
  if ((y = year_after(c, e, &ye)) != 0)
    return valid_day(y, m, d) ? setp(per, P_DAY_ABS, y, m, d, 0, ye) : 0;
  tok_read(c, e, &b);
  if (m == 5 && modal_follows(c, &b)) return 0; /* "10 may be enough" */
  return setp(per, P_DAY_NOYEAR, 0, m, d, 0, e);
}

/* ISO "2019-03-14" (a following digit or "-digit" makes it something else). */
static size_t m_iso(const scan *c, size_t p, period *per)
{
  int y, m, d;
  size_t e = p + 10;
  if (e > c->len || !iso_fields((const char *)c->t + p, &y, &m, &d)) return 0;
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
  tok_read(c, k->e, &a);
  if (!(u = tok_unit(&a))) return 0;
  tok_read(c, a.e, &b);
  if (!tok_is(&b, W_AGO)) return 0;
  if (u == U_DAY || u == U_WEEK)
    return setp(per, P_DAY_OFF, 0, 0, 0, u == U_DAY ? -n : -7 * n, b.e);
  return setp(per, u == U_MONTH ? P_MONTH_OFF : P_YEAR_OFF, 0, 0, 0, -n, b.e);
}

/* A plural noun (or "people") at p: what a count, not a year, is followed by. */
static int counted_noun(const scan *c, size_t p)
{
  tok a;
  tok_read(c, p, &a);
  if (a.type != T_WORD || a.e - a.s < 4) return 0; /* "was", "has" are no plurals */
  if (a.e - a.s == 6 && memcmp(c->t + a.s, "people", 6) == 0) return 1;
  /* "troops" but not "across", "status", "thus", "this" */
  return c->t[a.e - 1] == 's' && !strchr("siu", c->t[a.e - 2]);
}

/* A standalone year needs a preposition before it: "in 2021", "since 1991". */
static size_t m_year_alone(const scan *c, const tok *k, period *per)
{
  lookback lb;
  int y = tok_year(k, 1900, 2100);
  if (!y) return 0;
  if (k->e + 1 < c->len && c->t[k->e] == '-' && is_digit(c->t[k->e + 1]))
    return 0; /* "2011-2015" */
  lb = look_back(c, k->s);
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
  if ((e = m_ago(c, k, per)) != 0) return e;
  return m_year_alone(c, k, per);
}

/* What a qualifier ("early", "the end of", "the second half of") applies to:
 * a month, a year, or "last/this/next month/year". */
static size_t m_period(const scan *c, size_t p, period *per)
{
  tok a, b;
  int y, n, u;
  tok_read(c, p, &a);
  if (tok_kind(&a, K_MONTH)) return m_month(c, &a, MF_CTX, per);
  if ((y = tok_year(&a, 1900, 2100)) != 0) return setp(per, P_YEAR_ABS, y, 0, 0, 0, a.e);
  if ((n = rel_sign(&a)) == 2) return 0;
  tok_read(c, a.e, &b);
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
  tok_read(c, k->e, &a);
  if (tok_is(k, W_FIRST) || tok_is(k, W_SECOND)) {
    if (!tok_is(&a, W_HALF)) return 0;
    tok_read(c, a.e, &a);
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
  case T_WORD: return word_in(c, k, words);
  default: return 0;
  }
}

/* "the 7th" after "on", "the 3rd of this/last/next month": a day of a month
 * the words leave to the reference. k is "the", a the ordinal. */
static size_t m_mday(const scan *c, const tok *k, const tok *a, period *per)
{
  tok b, r, u;
  int d = tok_day(a), n;
  if (!d || !a->ord) return 0;
  tok_read(c, a->e, &b);
  if (tok_is(&b, W_OF)) {
    tok_read(c, b.e, &r);
    n = rel_sign(&r);
    if (n != 2) {
      tok_read(c, r.e, &u);
      if (tok_unit1(c, &u) == U_MONTH) return setp(per, P_MDAY, 0, 0, d, n, u.e);
    }
  }
  if (look_back(c, k->s).word != W_ON || !mday_follower(c, &b)) return 0;
  return setp(per, P_MDAY, 0, 0, d, 2, a->e);
}

/* "the year 2021", "the 28th of december", "the end of january", "the 7th", ... */
static size_t m_the(const scan *c, const tok *k, period *per)
{
  tok a, b;
  int y;
  size_t e;
  tok_read(c, k->e, &a);
  if (tok_unit(&a) == U_YEAR) {
    tok_read(c, a.e, &b);
    y = tok_year(&b, 1900, 2100);
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
  tok_read(c, k->e, &a);
  if (tok_kind(&a, K_MONTH)) {
    m = a.kw->arg;
    tok_read(c, a.e, &b);
    /* "this may help", "the last may be": the stricter test for "this"
     * because "this march/may" followed by a word is rarely a date. */
    if (is_ambiguous_month(m) && (n == 0 ? b.type == T_WORD : m == 5 && modal_follows(c, &b)))
      return 0;
    return setp(per, n < 0 ? P_MONTH_LAST : n > 0 ? P_MONTH_NEXT : P_MONTH_YOFF, 0, m, 0, 0, a.e);
  }
  if (tok_kind(&a, K_WDAY)) return setp(per, P_WDAY, 0, 0, a.kw->arg, n, a.e);
  if (tok_unit(&a) == U_WEEK) { /* "last week [,] on wednesday"; a bare "last week" is no date */
    if (c->t[a.e - 1] == 's' || look_back(c, k->s).word == W_THE) return 0;
    tok_read(c, a.e, &b);
    if (tok_punct(&b, ',')) tok_read(c, b.e, &b);
    if (!tok_is(&b, W_ON)) return 0;
    tok_read(c, b.e, &b);
    return tok_kind(&b, K_WDAY) ? setp(per, P_WDAY_WEEK, 0, 0, b.kw->arg, n, b.e) : 0;
  }
  if (!(u = tok_unit1(c, &a))) return 0;
  if (look_back(c, k->s).word == W_THE) return 0; /* "over the last year" is a duration */
  return setp(per, u == U_MONTH ? P_MONTH_OFF : P_YEAR_OFF, 0, 0, 0, n, a.e);
}

/* "earlier/later this month/year". */
static size_t m_earlier(const scan *c, const tok *k, period *per)
{
  tok a, b;
  int u;
  tok_read(c, k->e, &a);
  if (!tok_is(&a, W_THIS)) return 0;
  tok_read(c, a.e, &b);
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
  tok_read(c, e, &a);
  if (tok_punct(&a, ',')) tok_read(c, a.e, &a);
  if ((m = tok_month(c, &a, &mabbr)) != 0) {
    tok_read(c, a.e, &b);
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

/* The longest date expression starting at the token at p, or 0. */
static size_t match_at(const scan *c, size_t p, period *per)
{
  tok k;
  tok_read(c, p, &k);
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
  while (d && !valid_day(yp, m, d)) yp--;
  while (d && !valid_day(yf, m, d)) yf++;
  h->past = ymd(yp, m, d, d ? DG_PREC_DAY : DG_PREC_MONTH);
  h->future = ymd(yf, m, d, d ? DG_PREC_DAY : DG_PREC_MONTH);
}

/* "last tuesday" is strictly before the reference, "next friday" strictly
 * after, a bare weekday the nearest on or before / on or after. */
static void res_weekday(const scan *c, int wd, int mode, dg_date_mention *h)
{
  dg_ymd r;
  int w, back, fwd;
  if (c->rlev < DG_PREC_DAY) return;
  r = ymd(c->ry, c->rm, c->rd, DG_PREC_DAY);
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
  return dg_ymd_add_days(ymd(c->ry, c->rm, c->rd, DG_PREC_DAY), 7 * n + wd - w);
}

/* Day d of the month t (months since year 0), or NONE when it has no such day. */
static dg_ymd month_day(long t, int d)
{
  int y = (int)(t / 12), m = (int)(t % 12) + 1;
  return valid_day(y, m, d) ? ymd(y, m, d, DG_PREC_DAY) : ymd_none;
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
  case P_MONTH_YOFF: return ymd(c->ry + p->n, p->m, 0, DG_PREC_MONTH);
  case P_YEAR_OFF: return ymd(c->ry + p->n, 0, 0, DG_PREC_YEAR);
  default: break;
  }
  if (c->rlev < DG_PREC_MONTH) return ymd_none;
  switch (p->k) {
  case P_MONTH_LAST: return ymd(c->ry - (p->m >= c->rm), p->m, 0, DG_PREC_MONTH);
  case P_MONTH_NEXT: return ymd(c->ry + (p->m <= c->rm), p->m, 0, DG_PREC_MONTH);
  case P_MONTH_OFF:
    t = c->ry * 12 + (c->rm - 1) + p->n;
    return ymd(t / 12, t % 12 + 1, 0, DG_PREC_MONTH);
  case P_DAY_OFF:
    if (c->rlev < DG_PREC_DAY) return ymd_none;
    return dg_ymd_add_days(ymd(c->ry, c->rm, c->rd, DG_PREC_DAY), p->n);
  default: return ymd_none;
  }
}

static void resolve(const scan *c, const period *p, dg_date_mention *h)
{
  h->weekday = -1;
  h->past = h->future = ymd_none;
  switch (p->k) {
  case P_DAY_ABS: h->how = DG_DATE_ABSOLUTE; h->past = ymd(p->y, p->m, p->d, DG_PREC_DAY); break;
  case P_MONTH_ABS: h->how = DG_DATE_ABSOLUTE; h->past = ymd(p->y, p->m, 0, DG_PREC_MONTH); break;
  case P_YEAR_ABS: h->how = DG_DATE_ABSOLUTE; h->past = ymd(p->y, 0, 0, DG_PREC_YEAR); break;
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

/* Keep only as much of the reference as is valid. */
static void scan_init(scan *c, const char *text, size_t len, const dg_ymd *ref)
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
  if (!valid_day(ref->year, ref->month, ref->day)) return;
  c->rd = ref->day;
  c->rlev = DG_PREC_DAY;
}

/* Fill the mention for a match [s, e) and track "between X and Y" ranges. */
static void finish(scan *c, size_t s, size_t e, const period *per, dg_date_mention *h)
{
  lookback lb = look_back(c, s);
  h->start = s;
  h->end = e;
  h->bound = (lb.flags & F_BOUND) != 0;
  resolve(c, per, h);
  c->range = lb.word == W_BETWEEN ? RANGE_AND : lb.word == W_FROM ? RANGE_TO : RANGE_NONE;
  c->range_end = e;
}

/* The next mention at or after *pos; 1 when found. Only word starts whose
 * first byte can begin a pattern are tried. */
static int scan_next(scan *c, size_t *pos, dg_date_mention *h)
{
  const unsigned char *t = c->t;
  size_t i = *pos, e;
  period per;
  while (i < c->len) {
    unsigned char ch = t[i];
    if (!is_wordch(ch)) {
      i++;
      continue;
    }
    if ((is_digit(ch) || is_trigger_letter(ch)) && (e = match_at(c, i, &per)) != 0) {
      finish(c, i, e, &per, h);
      *pos = e;
      return 1;
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
  scan_init(&c, text, len, ref);
  while (scan_next(&c, &pos, &h)) {
    if (out && n < max) out[n] = h;
    n++;
  }
  return n;
}

/* ---------------------------------------------------------------- datelines */

/* Words a dateline may carry around its date: "at 10:15 am gmt". */
static int is_time_word(const scan *c, const tok *k)
{
  static const char *const words[] = {
    "at", "on", "am", "pm", "a", "m", "p", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt",
    "pt", "pst", "pdt", "cet", "cest", "bst", "ist", "jst", "msk", "eet", "eest", "aest",
    "local", "time", "hrs", "h", NULL};
  return word_in(c, k, words);
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
  tok_read(c, p, &k);
  if (k.type != T_NUM && k.type != T_WORD) return 0;
  if (!(e = match_at(c, k.s, &per)) || per.k != P_DAY_ABS) return 0;
  *d = ymd(per.y, per.m, per.d, DG_PREC_DAY);
  *at = k.s;
  *end = e;
  return 1;
}

/* "updated:", "last updated", "posted on", "date:" ...: the end of the label, or 0. */
static size_t dateline_label(const scan *c, size_t p)
{
  static const char *const first[] = {"last", "first", NULL};
  static const char *const labels[] = {
    "updated", "published", "posted", "date", "dated", "modified", "created", NULL};
  tok k;
  tok_read(c, p, &k);
  if (word_in(c, &k, first)) tok_read(c, k.e, &k);
  return word_in(c, &k, labels) ? k.e : 0;
}

/* After a label, the date may follow a colon, "on", or a time. */
static int labelled_date(const scan *c, size_t p, dg_ymd *d, size_t *at)
{
  tok k;
  size_t end;
  int i;
  for (i = 0; i < 8; i++) {
    if (full_date(c, p, d, at, &end)) return 1;
    tok_read(c, p, &k);
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
    tok_read(c, e, &k);
    if (k.type == T_END) return 1;
    if (!is_dateline_punct(&k) && !is_time_word(c, &k) && k.type != T_NUM) return 0;
    e = k.e;
  }
  return 0;
}

/* The line [ls, le) as a dateline. */
static int dateline_at(const char *text, size_t ls, size_t le, dg_ymd *d, size_t *at)
{
  scan c;
  size_t q;
  scan_init(&c, text, le, NULL); /* the line end is the scan end */
  while (ls < le && (is_blank(c.t[ls]) || (c.t[ls] && strchr("*_#>", c.t[ls])))) ls++;
  if (ls >= le) return 0;
  if ((q = dateline_label(&c, ls)) != 0) return labelled_date(&c, q, d, at);
  return bare_dateline(&c, ls, d, at);
}

int dg_dates_dateline(const char *text, size_t len, dg_ymd *out, size_t *pos)
{
  size_t ls = 0, le, at;
  const char *nl;
  dg_ymd d;
  int found = 0;
  if (!text) return 0;
  while (ls < len) {
    nl = memchr(text + ls, '\n', len - ls);
    le = nl ? (size_t)(nl - text) : len;
    if (dateline_at(text, ls, le, &d, &at)) {
      found = 1;
      if (out) *out = d;
      if (pos) *pos = at;
    }
    ls = le + 1;
  }
  return found;
}

/* ------------------------------------------------------------------- latest */

int dg_dates_latest(const char *text, size_t len, dg_ymd *out)
{
  /* Tiers: 0 full absolute dates, 1 absolute months/years, 2 yearless days. */
  dg_ymd best[3];
  int have[3] = {0, 0, 0}, tier, cmp, i;
  scan c;
  size_t pos = 0;
  dg_date_mention h;
  if (!text) return 0;
  scan_init(&c, text, len, NULL);
  while (scan_next(&c, &pos, &h)) {
    if (h.bound) continue;
    if (h.how == DG_DATE_ABSOLUTE) tier = h.past.prec == DG_PREC_DAY ? 0 : 1;
    else if (h.how == DG_DATE_YEARLESS && h.past.prec == DG_PREC_DAY) tier = 2;
    else continue;
    cmp = have[tier] ? dg_ymd_compare(&h.past, &best[tier]) : 1;
    if (cmp > 0 || (cmp == 0 && h.past.prec > best[tier].prec)) best[tier] = h.past;
    have[tier] = 1;
  }
  for (i = 0; i < 3; i++) {
    if (!have[i]) continue;
    if (out) *out = best[i];
    return 1;
  }
  return 0;
}
