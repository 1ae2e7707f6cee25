/* The date scanner's own (date_words.c, date_grammar.c, dates.c,
 * reference.c; dg_dates__*): the keywords, the lazy tokenizer over folded
 * text, the context of a position, and what a pattern says before it is
 * resolved against the reference date ("period"). Internal to extract/. */
#ifndef DG_EXTRACT_DATE_SCAN_H
#define DG_EXTRACT_DATE_SCAN_H
#include "extract/dates.h"
#include "lexicon/gazetteer.h"
#include <stddef.h>

/* ---------------------------------------------------------------- keywords */

enum { K_MONTH = 1, K_MONABBR, K_WDAY, K_WDABBR, K_NUMW, K_UNIT, K_WORD };
enum { U_DAY = 1, U_WEEK, U_MONTH, U_YEAR };
enum {
  W_LAST = 1, W_NEXT, W_THIS, W_EARLIER, W_LATER, W_EARLY, W_MID, W_LATE, W_THE, W_END,
  W_BEGINNING, W_START, W_MIDDLE, W_FIRST, W_SECOND, W_HALF, W_OF, W_AGO, W_YESTERDAY,
  W_TODAY, W_TOMORROW, W_IN, W_ON, W_SINCE, W_UNTIL, W_TILL, W_BY, W_BEFORE, W_AFTER,
  W_FROM, W_THROUGH, W_THROUGHOUT, W_DURING, W_BETWEEN, W_AND, W_TO, W_FOR
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

/* The keyword w[0..n) is, or NULL. */
const kwent *dg_dates__kw_find(const unsigned char *w, size_t n);
/* Letters that can begin a pattern (month, weekday, relative or number word). */
int dg_dates__trigger_letter(unsigned char ch);

/* ---------------------------------------------------------------- tokenizer */

static inline int is_digit(unsigned char ch) { return (unsigned)(ch - '0') < 10u; }
/* Bytes >= 0x80 count as word characters so a leftover UTF-8 letter glues to
 * its word instead of making a fresh word start. */
static inline int is_wordch(unsigned char ch)
{
  return is_digit(ch) || (unsigned)(ch - 'a') < 26u || (unsigned)(ch - 'A') < 26u || ch >= 0x80;
}
static inline int is_blank(unsigned char ch)
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

#define DG_DAY_LIST_MAX 8

typedef struct {
  const unsigned char *t;
  size_t len;
  int ry, rm, rd;      /* the reference date, 0 where unknown */
  dg_precision rlev;   /* how much of the reference is known */
  int range;           /* an open "between X" / "from X" awaiting "and Y" / "to Y" */
  size_t range_end;
  /* The rest of a day list ("june 6, 22 and 30"): the days after the
   * first, which take its month and year; list_i of list_n emitted. */
  int list_n, list_i, list_bound;
  int list_d[DG_DAY_LIST_MAX];
  size_t list_s[DG_DAY_LIST_MAX], list_e[DG_DAY_LIST_MAX];
  int list_k, list_y, list_m;
  size_t list_year_end; /* the end of a year closing the list, or 0 */
  const dg_gazetteer *gz; /* datelines: time zones and labels (reference.c), else NULL */
} scan;

/* Read the token at or after p (blanks skipped; a blank line is a T_BREAK). */
size_t dg_dates__tok_read(const scan *c, size_t p, tok *k);

static inline int tok_kind(const tok *k, int kind)
{
  return k->type == T_WORD && k->kw && k->kw->kind == kind;
}
static inline int tok_is(const tok *k, int w) { return tok_kind(k, K_WORD) && k->kw->arg == w; }
static inline int tok_unit(const tok *k) { return tok_kind(k, K_UNIT) ? k->kw->arg : 0; }
static inline int tok_punct(const tok *k, int ch) { return k->type == T_PUNCT && k->val == ch; }

/* A day-of-month number (1..31), else 0. */
int dg_dates__tok_day(const tok *k);
/* A four-digit year in [lo, hi], else 0. */
int dg_dates__tok_year(const tok *k, int lo, int hi);
/* The month a token names, or 0; an abbreviation absorbs a following '.'. */
int dg_dates__tok_month(const scan *c, tok *k, int *abbr);

/* ------------------------------------------------------------------ context */

typedef struct {
  int word;  /* the preposition's W_ id, or 0 */
  int flags; /* its F_ flags */
} lookback;

/* The word right before p (blanks only in between), as a context word. */
lookback dg_dates__look_back(const scan *c, size_t p);
/* Is the word token k one of words (NULL-terminated)? */
int dg_dates__word_in(const scan *c, const tok *k, const char *const *words);
/* Is the word token k in the gazetteer's word set `set` (c->gz)? */
int dg_dates__word_in_set(const scan *c, const tok *k, int set);
/* A modal "may" is followed by a verb or adverb: "may be", "may not". */
int dg_dates__modal_follows(const scan *c, const tok *k);

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

static inline size_t setp(period *p, pkind k, int y, int m, int d, int n, size_t end)
{
  p->k = k;
  p->y = y;
  p->m = m;
  p->d = d;
  p->n = n;
  return end;
}

/* The longest date expression starting at the token at p, or 0 (date_grammar.c). */
size_t dg_dates__match_at(const scan *c, size_t p, period *per);
/* After a day of month m ending at p: the further days of a list ("6, 22 and
 * 30", "6 and 22"): rising valid days, the last after "and"/"or", then no
 * noun ("june 6, 22 soldiers" is no list). Fills days and spans, and *year
 * (with *year_end) when a year closes a list whose first day had none
 * ("june 6, 22 and 30, 2020"), else 0; returns how many (0: no list). */
size_t dg_dates__day_list(const scan *c, size_t p, int y, int m, int d, int *days, size_t *s,
                          size_t *e, size_t max, int *year, size_t *year_end);

/* ------------------------------------------------------------------ scanner */

/* Start a scan of text[0..len) against ref (NULL: none); keeps only as much
 * of the reference as is valid. */
void dg_dates__init(scan *c, const char *text, size_t len, const dg_ymd *ref);
/* The next mention at or after *pos; 1 when found. */
int dg_dates__next(scan *c, size_t *pos, dg_date_mention *h);
#endif
