/* The model's vocabularies (see vocab.h). */
#include "util/vocab.h"
#include <string.h>

#define VOCAB(what, table) {what, table, (int)(sizeof table / sizeof table[0])}

static const dg_term status_t[] = {
  /* name, label, plural, brief, style, rank (certainty: held first), colour */
  {"held", "held", NULL, NULL, "solid", 0, NULL},
  {"planned", "planned", NULL, NULL, "dashed", 1, NULL},
  {"proposed", "proposed", NULL, NULL, "dotted", 2, NULL},
  {"cancelled", "cancelled", NULL, NULL, "dashed", 3, "#c0392b"},
};
const dg_vocab dg_status_vocab = VOCAB("status", status_t);

static const dg_term level_t[] = {
  /* name, label, plural, brief, style, rank (the highest present is a meeting's level) */
  {"intelligence", "intelligence", "intelligence chiefs", "Intelligence", NULL, 2, NULL},
  {"defence", "defence", "defence ministers", "Defence", NULL, 3, NULL},
  {"foreign", "foreign", "foreign ministers", "Foreign", NULL, 4, NULL},
  {"leaders", "leaders", "leaders", "Leaders", NULL, 5, NULL},
  {"deputy-foreign", "deputy foreign", "deputy foreign ministers", "Deputy FM", NULL, 1, NULL},
  {"other", "other", "officials", "Officials", NULL, 0, NULL},
};
const dg_vocab dg_level_vocab = VOCAB("level", level_t);

static const dg_term precision_t[] = {
  {NULL, NULL, NULL, NULL, NULL, 0, NULL},
  {"year", "year", NULL, NULL, NULL, 1, NULL},
  {"month", "month", NULL, NULL, NULL, 2, NULL},
  {"day", "day", NULL, NULL, NULL, 3, NULL},
};
const dg_vocab dg_precision_vocab = VOCAB("precision", precision_t);

static const dg_term date_how_t[] = {
  {"", NULL, NULL, NULL, NULL, 0, NULL},
  {"absolute", NULL, NULL, NULL, NULL, 0, NULL},
  {"yearless", "year from the article's date", NULL, NULL, NULL, 0, NULL},
  {"relative", "from a relative date", NULL, NULL, NULL, 0, NULL},
  {"weekday", "from a weekday", NULL, NULL, NULL, 0, NULL},
  {"combined", "day and weekday combined", NULL, NULL, NULL, 0, NULL},
};
const dg_vocab dg_date_how_vocab = VOCAB("date_how", date_how_t);

static const dg_term reference_how_t[] = {
  {"", "unknown", NULL, NULL, NULL, 0, NULL},
  {"published", "its publication date", NULL, NULL, NULL, 0, NULL},
  {"option", "a reference date supplied with the articles", NULL, NULL, NULL, 0, NULL},
  {"dateline", "the dateline in its text", NULL, NULL, NULL, 0, NULL},
  {"latest-date", "the latest date its text names", NULL, NULL, NULL, 0, NULL},
  {"none", "none found", NULL, NULL, NULL, 0, NULL},
  {"metadata", "the publication date in its web page's metadata", NULL, NULL, NULL, 0, NULL},
};
const dg_vocab dg_reference_how_vocab = VOCAB("reference_how", reference_how_t);

const dg_term *dg_vocab_term(const dg_vocab *voc, int v)
{
  return voc && v >= 0 && v < voc->n ? &voc->t[v] : NULL;
}

int dg_vocab_parse(const dg_vocab *voc, const char *s)
{
  for (int i = 0; s && voc && i < voc->n; i++)
    if (voc->t[i].name && strcmp(s, voc->t[i].name) == 0) return i;
  return -1;
}

static const char *name_of(const dg_vocab *voc, int v)
{
  const dg_term *t = dg_vocab_term(voc, v);
  return t ? t->name : NULL;
}

const char *dg_status_name(int status) { return name_of(&dg_status_vocab, status); }
int dg_status_parse(const char *s) { return dg_vocab_parse(&dg_status_vocab, s); }
const char *dg_level_name(int level) { return name_of(&dg_level_vocab, level); }
int dg_level_parse(const char *s)
{
  int v = dg_vocab_parse(&dg_level_vocab, s);
  return v < 0 ? DG_LEVEL_NONE : v;
}
const char *dg_precision_name(int prec) { return name_of(&dg_precision_vocab, prec); }
const char *dg_date_how_name(int how) { return name_of(&dg_date_how_vocab, how); }
const char *dg_reference_how_name(int how) { return name_of(&dg_reference_how_vocab, how); }

/* ---------------------------------------------------------- English words */

static const char *const months[12] = {"January", "February", "March", "April", "May", "June",
                                       "July", "August", "September", "October", "November", "December"};
static const char *const month_abbrs[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char *const numbers[DG_NUMBER_WORDS] = {"one", "two", "three", "four", "five", "six",
                                                     "seven", "eight", "nine", "ten", "eleven", "twelve"};

const char *dg_month_name(int m) { return m >= 1 && m <= 12 ? months[m - 1] : NULL; }
const char *dg_month_abbr(int m) { return m >= 1 && m <= 12 ? month_abbrs[m - 1] : NULL; }
const char *dg_number_word(int v) { return v >= 1 && v <= DG_NUMBER_WORDS ? numbers[v - 1] : NULL; }

/* A folded (lowercase) word equal to a capitalised table word. */
static int same_word(const char *w, size_t n, const char *word)
{
  if (n == 0 || (word[0] | 0x20) != w[0] || strlen(word) != n) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = word[i] >= 'A' && word[i] <= 'Z' ? (char)(word[i] - 'A' + 'a') : word[i];
    if (w[i] != c) return 0;
  }
  return 1;
}

int dg_month_parse(const char *w, size_t n, int *abbr)
{
  int m;
  if (n < 3 || n > 9 || !memchr("jfmasond", w[0], 8)) return 0; /* the tables' lengths and initials */
  for (m = 1; m <= 12; m++) {
    if (same_word(w, n, months[m - 1])) { /* "may" is a name, not an abbreviation */
      if (abbr) *abbr = 0;
      return m;
    }
    if (same_word(w, n, month_abbrs[m - 1]) || (m == 9 && same_word(w, n, "Sept"))) {
      if (abbr) *abbr = 1;
      return m;
    }
  }
  return 0;
}

int dg_number_parse(const char *w, size_t n)
{
  if (n < 3 || n > 6 || !memchr("otfsen", w[0], 6)) return 0; /* the table's lengths and initials */
  for (int v = 1; v <= DG_NUMBER_WORDS; v++)
    if (same_word(w, n, numbers[v - 1])) return v;
  return 0;
}
