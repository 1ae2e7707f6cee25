/* The date scanner's words and tokens: the keyword tables, a lazy tokenizer
 * over folded text, and what the words right before a position say. */
#include "extract/date_scan.h"
#include "util/vocab.h"
#include <pthread.h>
#include <stdint.h>
#include <string.h>

/* ---------------------------------------------------------------- keywords */

#define KW(s, k, a, f) {s, sizeof(s) - 1, k, a, f}
#define KEND {NULL, 0, 0, 0, 0}

static const kwent kw_a[] = {
  KW("a", K_NUMW, 1, 0), KW("after", K_WORD, W_AFTER, F_PREP), KW("ago", K_WORD, W_AGO, 0),
  KW("an", K_NUMW, 1, 0), KW("and", K_WORD, W_AND, 0), KEND};
static const kwent kw_b[] = {
  KW("before", K_WORD, W_BEFORE, F_PREP), KW("beginning", K_WORD, W_BEGINNING, 0),
  KW("between", K_WORD, W_BETWEEN, F_PREP), KW("by", K_WORD, W_BY, F_PREP), KEND};
static const kwent kw_d[] = {
  KW("day", K_UNIT, U_DAY, 0), KW("days", K_UNIT, U_DAY, 0),
  KW("during", K_WORD, W_DURING, F_YEAR | F_MONTH), KEND};
static const kwent kw_e[] = {
  KW("early", K_WORD, W_EARLY, 0), KW("earlier", K_WORD, W_EARLIER, 0), KW("end", K_WORD, W_END, 0),
  KEND};
static const kwent kw_f[] = {
  KW("first", K_WORD, W_FIRST, 0), KW("for", K_WORD, W_FOR, F_MONTH), /* "set for may", not "for 2023" */
  KW("fri", K_WDABBR, 4, 0), KW("friday", K_WDAY, 4, 0),
  KW("from", K_WORD, W_FROM, F_PREP), KEND};
static const kwent kw_h[] = {KW("half", K_WORD, W_HALF, 0), KEND};
static const kwent kw_i[] = {KW("in", K_WORD, W_IN, F_YEAR | F_MONTH), KEND};
static const kwent kw_l[] = {
  KW("last", K_WORD, W_LAST, 0), KW("late", K_WORD, W_LATE, 0), KW("later", K_WORD, W_LATER, 0),
  KEND};
static const kwent kw_m[] = {
  KW("mid", K_WORD, W_MID, 0), KW("middle", K_WORD, W_MIDDLE, 0), KW("mon", K_WDABBR, 0, 0),
  KW("monday", K_WDAY, 0, 0), KW("month", K_UNIT, U_MONTH, 0), KW("months", K_UNIT, U_MONTH, 0),
  KEND};
static const kwent kw_n[] = {KW("next", K_WORD, W_NEXT, 0), KEND};
static const kwent kw_o[] = {
  KW("of", K_WORD, W_OF, F_YEAR | F_MONTH), KW("on", K_WORD, W_ON, F_MONTH), KEND};
static const kwent kw_s[] = {
  KW("sat", K_WDABBR, 5, 0), KW("saturday", K_WDAY, 5, 0), KW("second", K_WORD, W_SECOND, 0),
  KW("since", K_WORD, W_SINCE, F_PREP), KW("start", K_WORD, W_START, 0), KW("sun", K_WDABBR, 6, 0),
  KW("sunday", K_WDAY, 6, 0), KEND};
static const kwent kw_t[] = {
  KW("the", K_WORD, W_THE, 0), KW("this", K_WORD, W_THIS, 0), KW("through", K_WORD, W_THROUGH, F_PREP),
  KW("throughout", K_WORD, W_THROUGHOUT, F_YEAR | F_MONTH), KW("thu", K_WDABBR, 3, 0),
  KW("thur", K_WDABBR, 3, 0), KW("thurs", K_WDABBR, 3, 0), KW("thursday", K_WDAY, 3, 0),
  KW("till", K_WORD, W_TILL, F_PREP), KW("to", K_WORD, W_TO, 0), KW("today", K_WORD, W_TODAY, 0),
  KW("tomorrow", K_WORD, W_TOMORROW, 0), KW("tonight", K_WORD, W_TODAY, 0), KW("tue", K_WDABBR, 1, 0), KW("tues", K_WDABBR, 1, 0),
  KW("tuesday", K_WDAY, 1, 0), KEND};
static const kwent kw_u[] = {KW("until", K_WORD, W_UNTIL, F_PREP), KEND};
static const kwent kw_w[] = {
  KW("wed", K_WDABBR, 2, 0), KW("wednesday", K_WDAY, 2, 0), KW("week", K_UNIT, U_WEEK, 0),
  KW("weeks", K_UNIT, U_WEEK, 0), KEND};
static const kwent kw_y[] = {
  KW("year", K_UNIT, U_YEAR, 0), KW("years", K_UNIT, U_YEAR, 0),
  KW("yesterday", K_WORD, W_YESTERDAY, 0), KEND};

/* Month names and number words come from util/vocab: these rows carry
 * their kind and value. */
#define KV(k, v) {NULL, 0, k, v, 0}
static const kwent kw_month[2][12] = {
  {KV(K_MONTH, 1), KV(K_MONTH, 2), KV(K_MONTH, 3), KV(K_MONTH, 4), KV(K_MONTH, 5), KV(K_MONTH, 6),
   KV(K_MONTH, 7), KV(K_MONTH, 8), KV(K_MONTH, 9), KV(K_MONTH, 10), KV(K_MONTH, 11), KV(K_MONTH, 12)},
  {KV(K_MONABBR, 1), KV(K_MONABBR, 2), KV(K_MONABBR, 3), KV(K_MONABBR, 4), KV(K_MONABBR, 5),
   KV(K_MONABBR, 6), KV(K_MONABBR, 7), KV(K_MONABBR, 8), KV(K_MONABBR, 9), KV(K_MONABBR, 10),
   KV(K_MONABBR, 11), KV(K_MONABBR, 12)}};
static const kwent kw_number[DG_NUMBER_WORDS] = {
  KV(K_NUMW, 1), KV(K_NUMW, 2), KV(K_NUMW, 3), KV(K_NUMW, 4), KV(K_NUMW, 5), KV(K_NUMW, 6),
  KV(K_NUMW, 7), KV(K_NUMW, 8), KV(K_NUMW, 9), KV(K_NUMW, 10), KV(K_NUMW, 11), KV(K_NUMW, 12)};

static const kwent *kw_table(unsigned char ch)
{
  switch (ch) {
  case 'a': return kw_a;
  case 'b': return kw_b;
  case 'd': return kw_d;
  case 'e': return kw_e;
  case 'f': return kw_f;
  case 'h': return kw_h;
  case 'i': return kw_i;
  case 'l': return kw_l;
  case 'm': return kw_m;
  case 'n': return kw_n;
  case 'o': return kw_o;
  case 's': return kw_s;
  case 't': return kw_t;
  case 'u': return kw_u;
  case 'w': return kw_w;
  case 'y': return kw_y;
  default: return NULL;
  }
}

/* Every keyword in one hash table (the word tables first, then month names,
 * abbreviations and number words, a word keeping its first entry, as the
 * tables were searched in that order): one probe a word instead of a table
 * scan and two list scans. A word of at most 10 bytes is its own key. Built
 * once per process (pthread_once), read-only after. */
#define KW_MAX 10
#define KW_SLOTS 256 /* a power of two, over twice the keywords */
typedef struct {
  uint64_t lo, hi; /* the bytes, zero-padded; hi also holds the length */
  const kwent *e;
} kwslot;
static kwslot kw_hash[KW_SLOTS];
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

static void kw_key(const unsigned char *w, size_t n, uint64_t *lo, uint64_t *hi)
{
  unsigned char b[16] = {0};
  memcpy(b, w, n);
  memcpy(lo, b, 8);
  memcpy(hi, b + 8, 8);
  *hi |= (uint64_t)n << 56;
}

static size_t kw_slot(uint64_t lo, uint64_t hi)
{
  uint64_t h = (lo ^ (hi * 0x9e3779b97f4a7c15u)) * 0xff51afd7ed558ccdu;
  return (size_t)(h >> 56) & (KW_SLOTS - 1);
}

static void kw_put(const char *word, const kwent *e)
{
  uint64_t lo, hi;
  unsigned char w[KW_MAX];
  size_t n = strlen(word);
  for (size_t i = 0; i < n; i++) w[i] = (unsigned char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] - 'A' + 'a' : word[i]);
  kw_key(w, n, &lo, &hi);
  for (size_t k = kw_slot(lo, hi);; k = (k + 1) & (KW_SLOTS - 1)) {
    if (!kw_hash[k].e) { kw_hash[k] = (kwslot){lo, hi, e}; return; }
    if (kw_hash[k].lo == lo && kw_hash[k].hi == hi) return; /* the first entry stays */
  }
}

static void kw_build(void)
{
  for (unsigned char c = 'a'; c <= 'z'; c++)
    for (const kwent *e = kw_table(c); e && e->w; e++) kw_put(e->w, e);
  for (int m = 1; m <= 12; m++) kw_put(dg_month_name(m), &kw_month[0][m - 1]);
  for (int m = 1; m <= 12; m++) kw_put(dg_month_abbr(m), &kw_month[1][m - 1]);
  kw_put("Sept", &kw_month[1][8]);
  for (int v = 1; v <= DG_NUMBER_WORDS; v++) kw_put(dg_number_word(v), &kw_number[v - 1]);
}

const kwent *dg_dates__kw_find(const unsigned char *w, size_t n)
{
  uint64_t lo, hi;
  if (n == 0 || n > KW_MAX) return NULL;
  pthread_once(&kw_once, kw_build);
  kw_key(w, n, &lo, &hi);
  for (size_t k = kw_slot(lo, hi); kw_hash[k].e; k = (k + 1) & (KW_SLOTS - 1))
    if (kw_hash[k].lo == lo && kw_hash[k].hi == hi) return kw_hash[k].e;
  return NULL;
}

/* Letters that can begin a pattern (month, weekday, relative or number word). */
int dg_dates__trigger_letter(unsigned char ch)
{
  static const unsigned long mask = (1ul << ('a' - 'a')) | (1ul << ('b' - 'a')) |
    (1ul << ('d' - 'a')) | (1ul << ('e' - 'a')) | (1ul << ('f' - 'a')) | (1ul << ('j' - 'a')) |
    (1ul << ('l' - 'a')) | (1ul << ('m' - 'a')) | (1ul << ('n' - 'a')) | (1ul << ('o' - 'a')) |
    (1ul << ('s' - 'a')) | (1ul << ('t' - 'a')) | (1ul << ('w' - 'a')) | (1ul << ('y' - 'a'));
  return (unsigned)(ch - 'a') < 26u && (mask >> (ch - 'a') & 1ul);
}

/* ---------------------------------------------------------------- tokenizer */

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
size_t dg_dates__tok_read(const scan *c, size_t p, tok *k)
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
    k->kw = dg_dates__kw_find(t + p, q - p);
    return k->e = q;
  }
  k->type = T_PUNCT;
  k->val = t[p];
  return k->e = p + 1;
}

/* A day-of-month number (1..31), else 0. */
int dg_dates__tok_day(const tok *k)
{
  if (k->type != T_NUM || k->bad || k->ndig > 2 || k->val < 1 || k->val > 31) return 0;
  return k->val;
}

/* A four-digit year in [lo, hi], else 0. */
int dg_dates__tok_year(const tok *k, int lo, int hi)
{
  if (k->type != T_NUM || k->bad || k->ord || k->ndig != 4 || k->val < lo || k->val > hi) return 0;
  return k->val;
}

/* The month a token names, or 0; an abbreviation absorbs a following '.'. */
int dg_dates__tok_month(const scan *c, tok *k, int *abbr)
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
lookback dg_dates__look_back(const scan *c, size_t p)
{
  lookback lb = {0, 0};
  const kwent *kw;
  size_t i = p, e;
  int nl = 0;
  while (i > 0 && is_blank(c->t[i - 1])) nl += c->t[--i] == '\n';
  if (nl >= 2) return lb; /* a blank line ends the context */
  e = i;
  while (i > 0 && is_wordch(c->t[i - 1])) i--;
  if (i == e || !(kw = dg_dates__kw_find(c->t + i, e - i)) || kw->kind != K_WORD) return lb;
  lb.word = kw->arg;
  lb.flags = kw->flags;
  if (c->range && c->range_end <= i && range_joins(c->range, kw->arg) &&
      only_blank(c, c->range_end, i))
    lb.flags |= F_PREP;
  return lb;
}

/* Is the word token k one of words? */
int dg_dates__word_in(const scan *c, const tok *k, const char *const *words)
{
  size_t n = k->e - k->s;
  if (k->type != T_WORD) return 0;
  for (; *words; words++)
    if (strlen(*words) == n && memcmp(*words, c->t + k->s, n) == 0) return 1;
  return 0;
}

int dg_dates__word_in_set(const scan *c, const tok *k, int set)
{
  return k->type == T_WORD && c->gz &&
         dg_gazetteer_word(c->gz, set, (const char *)c->t + k->s, k->e - k->s);
}

/* A modal "may" is followed by a verb or adverb: "may be", "may not". */
int dg_dates__modal_follows(const scan *c, const tok *k)
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
