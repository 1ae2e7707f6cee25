#include "text/text.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/vocab.h"
#include <string.h>
#include <utf8proc.h>

static int is_word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static int orig_is_upper(const char *orig, size_t olen, size_t at)
{
  unsigned char c = (unsigned char)orig[at];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_int32_t cp;
  if (utf8proc_iterate((const utf8proc_uint8_t *)orig + at, (utf8proc_ssize_t)(olen - at), &cp) <= 0)
    return 0;
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int all_upper(const char *orig, size_t os, size_t oe)
{
  int letters = 0;
  for (size_t i = os; i < oe; i++) {
    unsigned char c = (unsigned char)orig[i];
    if (c >= 'a' && c <= 'z') return 0;
    if (c >= 'A' && c <= 'Z') letters++;
  }
  return letters >= 2;
}

static int push_token(dg_text *t, const char *orig, size_t olen, size_t fs, size_t fe,
                      int kind, int flags)
{
  if (dg_grow((void **)&t->tok, &t->tokcap, t->ntok + 1, sizeof *t->tok) < 0) return DG_ENOMEM;
  dg_token *k = &t->tok[t->ntok++];
  k->fs = (uint32_t)fs;
  k->fe = (uint32_t)fe;
  k->os = t->fold.map[fs];
  k->oe = t->fold.map[fe];
  /* One original character may fold to several bytes ("…" to "..."): the
   * token then spans that whole character. */
  if (k->oe <= k->os) {
    size_t e = k->os + 1;
    while (e < olen && ((unsigned char)orig[e] & 0xC0) == 0x80) e++;
    k->oe = (uint32_t)e;
  }
  k->kind = (uint8_t)kind;
  if (kind == DG_TOK_WORD && orig_is_upper(orig, olen, k->os)) flags |= DG_TOKF_CAP;
  if (kind == DG_TOK_WORD && all_upper(orig, k->os, k->oe)) flags |= DG_TOKF_ALLCAP;
  k->flags = (uint8_t)flags;
  return 0;
}

static int tokenise(dg_text *t, const char *orig, size_t olen)
{
  const char *s = t->fold.s;
  size_t n = t->fold.len, i = 0;
  int flags = DG_TOKF_NEWLINE | DG_TOKF_PARA;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ') { flags |= DG_TOKF_SPACE; i++; continue; }
    if (c == '\n') {
      if (flags & DG_TOKF_NEWLINE) flags |= DG_TOKF_PARA;
      flags |= DG_TOKF_NEWLINE | DG_TOKF_SPACE;
      i++;
      continue;
    }
    size_t j = i + 1;
    int kind = DG_TOK_PUNCT;
    if (is_word_byte(c)) {
      int digits = c >= '0' && c <= '9';
      while (j < n && is_word_byte((unsigned char)s[j])) {
        if (!(s[j] >= '0' && s[j] <= '9')) digits = 0;
        j++;
      }
      kind = digits ? DG_TOK_NUM : DG_TOK_WORD;
    }
    if (push_token(t, orig, olen, i, j, kind, flags) < 0) return DG_ENOMEM;
    flags = 0;
    i = j;
  }
  return 0;
}

/* Abbreviations after which a period does not end a sentence (and the
 * months', util/vocab). */
static const char *const abbrevs[] = {
  "mr", "messrs", "mrs", "ms", "mmes", "mme", "dr", "st", "jr", "sr", "gen", "lt", "col", "gov", "sen", "rep", "prof",
  "no", "vs", "inc", "ltd", "co", "corp", "e.g", "i.e", "approx", "capt", "sgt", "maj", "adm",
  "rev", "hon", "amb", "pres", "min", "dept", "est", "fig", "al", NULL};


static int is_abbrev_before(const dg_text *t, size_t dot)
{
  if (dot == 0) return 0;
  size_t w = dot - 1;
  if (t->tok[w].kind != DG_TOK_WORD || t->tok[w].fe != t->tok[dot].fs) return 0;
  if (dg_tok_len(t, w) == 1) return 1; /* an initial: "J. Smith", "U.S." */
  int abbr;
  if (dg_month_parse(dg_tok_str(t, w), dg_tok_len(t, w), &abbr) && abbr) return 1;
  for (size_t k = 0; abbrevs[k]; k++)
    if (dg_tok_is(t, w, abbrevs[k])) return 1;
  return 0;
}

static int is_closer(const dg_text *t, size_t i)
{
  return dg_tok_is(t, i, "\"") || dg_tok_is(t, i, "'") || dg_tok_is(t, i, ")");
}

static int starts_sentence(const dg_text *t, size_t i)
{
  if (i >= t->ntok) return 1;
  const dg_token *k = &t->tok[i];
  if (!(k->flags & DG_TOKF_SPACE)) return 0;
  return (k->flags & DG_TOKF_CAP) || k->kind == DG_TOK_NUM || dg_tok_is(t, i, "\"") ||
         dg_tok_is(t, i, "(");
}

/* A line break ends a sentence unless the next line plainly continues it. */
static int newline_breaks(const dg_text *t, size_t i)
{
  const dg_token *k = &t->tok[i];
  if (k->flags & DG_TOKF_PARA) return 1;
  if (k->kind == DG_TOK_WORD && !(k->flags & DG_TOKF_CAP)) return 0;
  return !(i > 0 && dg_tok_is(t, i - 1, ","));
}

static int push_sentence(dg_text *t, size_t t0, size_t t1, int para, size_t line_fs)
{
  if (t1 <= t0) return 0;
  if (dg_grow((void **)&t->sent, &t->sentcap, t->nsent + 1, sizeof *t->sent) < 0) return DG_ENOMEM;
  dg_sentence *s = &t->sent[t->nsent++];
  s->t0 = t0;
  s->t1 = t1;
  s->os = t->tok[t0].os;
  s->oe = t->tok[t1 - 1].oe;
  s->paragraph = para;
  s->line_fs = line_fs;
  return 0;
}

static int split_sentences(dg_text *t)
{
  size_t start = 0, line_fs = 0, sent_line = 0;
  int para = 0, sent_para = 0;
  for (size_t i = 0; i < t->ntok; i++) {
    const dg_token *k = &t->tok[i];
    if (k->flags & DG_TOKF_NEWLINE) line_fs = k->fs;
    if ((k->flags & DG_TOKF_PARA) && i > 0) para++;
    if (i > start && (k->flags & DG_TOKF_NEWLINE) && newline_breaks(t, i)) {
      if (push_sentence(t, start, i, sent_para, sent_line) < 0) return DG_ENOMEM;
      start = i;
    }
    if (i == start) { sent_line = line_fs; sent_para = para; }
    int end = dg_tok_is(t, i, "!") || dg_tok_is(t, i, "?") ||
              (dg_tok_is(t, i, ".") && !is_abbrev_before(t, i));
    if (!end) continue;
    size_t j = i + 1;
    while (j < t->ntok && is_closer(t, j) && !(t->tok[j].flags & DG_TOKF_SPACE)) j++;
    if (!starts_sentence(t, j)) continue;
    if (push_sentence(t, start, j, sent_para, sent_line) < 0) return DG_ENOMEM;
    start = j;
    i = j - 1;
  }
  return push_sentence(t, start, t->ntok, sent_para, sent_line);
}

int dg_text_analyse(dg_text *t, const char *s, size_t len)
{
  memset(t, 0, sizeof *t);
  if (dg_fold(&t->fold, s, len) < 0) return DG_ENOMEM;
  if (tokenise(t, s, len) < 0 || split_sentences(t) < 0) {
    dg_text_free(t);
    return DG_ENOMEM;
  }
  return 0;
}

void dg_text_free(dg_text *t)
{
  dg_folded_free(&t->fold);
  dg_free(t->tok);
  dg_free(t->sent);
  memset(t, 0, sizeof *t);
}
