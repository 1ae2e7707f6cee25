/* The text layer: folding for matching (with a map back to original byte
 * offsets), tokens and sentences. Everything downstream matches on the
 * folded text and reports evidence in original offsets. */
#ifndef DG_TEXT_TEXT_H
#define DG_TEXT_TEXT_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Folded text: lowercase, diacritics stripped, typographic quotes and dashes
 * made ASCII, all spaces ' ', newlines kept. map[i] is the original offset of
 * the character that produced folded byte i; map[len] = original length. */
typedef struct {
  char *s;
  size_t len;
  uint32_t *map;
} dg_folded;

/* Fold s[0..len) (valid UTF-8). Returns 0 or DG_ENOMEM. */
int dg_fold(dg_folded *out, const char *s, size_t len);
void dg_folded_free(dg_folded *f);
/* Fold a short string (a gazetteer phrase) into a NUL-terminated copy,
 * also collapsing runs of spaces. Caller frees with dg_free. */
char *dg_fold_string(const char *s);

enum { DG_TOK_WORD = 1, DG_TOK_NUM = 2, DG_TOK_PUNCT = 3 };
enum {
  DG_TOKF_CAP = 1,       /* original starts with an uppercase letter */
  DG_TOKF_SPACE = 2,     /* whitespace before it */
  DG_TOKF_NEWLINE = 4,   /* a line break before it */
  DG_TOKF_PARA = 8,      /* a blank line before it */
  DG_TOKF_ALLCAP = 16    /* all letters uppercase (two or more) */
};

typedef struct {
  uint32_t fs, fe;  /* folded span */
  uint32_t os, oe;  /* original span */
  uint8_t kind;
  uint8_t flags;
} dg_token;

typedef struct {
  size_t t0, t1;   /* tokens [t0, t1) */
  size_t os, oe;   /* original span, trimmed */
  size_t line_fs;  /* folded offset of the start of its line */
  int paragraph;
} dg_sentence;

typedef struct {
  dg_folded fold;
  dg_token *tok;
  size_t ntok, tokcap;
  dg_sentence *sent;
  size_t nsent, sentcap;
} dg_text;

/* Fold, tokenise and split into sentences. Returns 0 or DG_ENOMEM. */
int dg_text_analyse(dg_text *t, const char *s, size_t len);
void dg_text_free(dg_text *t);

/* Token helpers. */
static inline size_t dg_tok_len(const dg_text *t, size_t i) { return t->tok[i].fe - t->tok[i].fs; }
static inline const char *dg_tok_str(const dg_text *t, size_t i) { return t->fold.s + t->tok[i].fs; }
/* Is token i exactly `word`? Hot: most calls differ in the first byte. */
static inline int dg_tok_is(const dg_text *t, size_t i, const char *word)
{
  if (i >= t->ntok) return 0;
  const char *s = t->fold.s + t->tok[i].fs;
  if (s[0] != word[0]) return 0;
  size_t n = t->tok[i].fe - t->tok[i].fs, k = 1;
  while (k < n && word[k] && s[k] == word[k]) k++;
  return k == n && word[k] == '\0';
}

#endif
