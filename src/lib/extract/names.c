/* Person names in running text: capitalised words that are not world
 * vocabulary, joined by spaces or hyphens, with particles ("al-", "bin"). */
#include "extract/context.h"
#include <string.h>

#define DG_MAX_NAME_WORDS 6

int dg_is_name_tok(const dg_ctx *c, size_t t)
{
  if (t >= c->text.ntok) return 0;
  const dg_token *k = &c->text.tok[t];
  if (k->kind != DG_TOK_WORD || !(k->flags & DG_TOKF_CAP) || (k->flags & DG_TOKF_ALLCAP)) return 0;
  if (c->tok_date[t] >= 0 || c->evt[t] >= 0) return 0;
  if (c->ent[t] >= 0 && c->hits.v[c->ent[t]].kind != DG_HIT_PERSON) return 0;
  const uint32_t none = 1u << DG_WORDBIT_STOP | 1u << DG_WORDBIT_HONORIFIC | 1u << DG_WORDS_TITLE_HEAD;
  return !(c->tok_bits[t] & none); /* not a stopword, an honorific, "Director", "Minister" */
}

static int is_particle(const dg_ctx *c, size_t t)
{
  return t < c->text.ntok && c->text.tok[t].kind == DG_TOK_WORD && dg_tok_in_set(c, t, DG_WORDBIT_PARTICLE);
}

/* Is token t glued to the one before it (no space)? */
static int glued(const dg_ctx *c, size_t t)
{
  return t < c->text.ntok && !(c->text.tok[t].flags & DG_TOKF_SPACE);
}

/* The token after one more name part starting at t (a word, or a particle
 * followed by a word, possibly hyphenated), or t when none. */
static size_t name_part(const dg_ctx *c, size_t t)
{
  if (dg_is_name_tok(c, t)) return t + 1;
  if (!is_particle(c, t)) return t;
  size_t u = t + 1;
  if (dg_tok_is(&c->text, u, "-") && glued(c, u) && glued(c, u + 1)) u++;
  else if (glued(c, u)) return t;
  return dg_is_name_tok(c, u) ? u + 1 : t;
}

/* "J." in "Antony J. Blinken": one capital letter and a glued dot, then a
 * space and more name. The token after the dot, or t. */
static size_t middle_initial(const dg_ctx *c, size_t t, size_t limit)
{
  if (t + 2 >= limit || dg_tok_len(&c->text, t) != 1 || !(c->text.tok[t].flags & DG_TOKF_CAP)) return t;
  if (!dg_tok_is(&c->text, t + 1, ".") || !glued(c, t + 1) || glued(c, t + 2)) return t;
  return dg_is_name_tok(c, t + 2) ? t + 2 : t;
}

size_t dg_name_end(const dg_ctx *c, size_t t, size_t limit)
{
  if (t >= limit || (t > 0 && glued(c, t) && c->text.tok[t - 1].kind == DG_TOK_WORD)) return t;
  size_t end = name_part(c, t), words = 1;
  if (end == t) return t;
  while (end < limit && words < DG_MAX_NAME_WORDS) {
    const dg_token *k = &c->text.tok[end];
    size_t next;
    if (dg_tok_is(&c->text, end, "-") && glued(c, end) && glued(c, end + 1)) {
      next = name_part(c, end + 1); /* Jean-Example, Abu-Muster */
      /* A lower-case part glued after a hyphen: Korean given names ("Min-jun"). */
      if (next == end + 1 && c->text.tok[end + 1].kind == DG_TOK_WORD && !glued(c, end + 2)) next = end + 2;
      if (next == end + 1) break;
    } else if ((k->flags & DG_TOKF_SPACE) && !(k->flags & DG_TOKF_NEWLINE)) {
      size_t after = middle_initial(c, end, limit);
      if (after > end) { end = after; continue; }
      next = name_part(c, end);
      if (next == end) break;
    } else {
      break;
    }
    if (next > limit) break;
    end = next;
    words++;
  }
  return end;
}

size_t dg_name_start_before(const dg_ctx *c, size_t end, size_t floor)
{
  for (size_t s = end > DG_MAX_NAME_WORDS * 3 ? end - DG_MAX_NAME_WORDS * 3 : 0; s < end; s++) {
    if (s < floor) continue;
    if (dg_name_end(c, s, end) == end) return s;
  }
  return end;
}

/* "Akufo-Addo": a word glued by a hyphen to the word before it, one name. */
static int hyphen_glued(const dg_ctx *c, size_t t, size_t t0)
{
  return t >= t0 + 2 && dg_tok_is(&c->text, t - 1, "-") && !(c->text.tok[t].flags & DG_TOKF_SPACE) &&
         !(c->text.tok[t - 1].flags & DG_TOKF_SPACE) && c->text.tok[t - 2].kind == DG_TOK_WORD;
}

size_t dg_name_words(const dg_ctx *c, size_t t0, size_t t1)
{
  size_t n = 0;
  for (size_t t = t0; t < t1; t++)
    if (c->text.tok[t].kind == DG_TOK_WORD && !is_particle(c, t) && !hyphen_glued(c, t, t0)) n++;
  return n;
}

/* Names whose first word is the one a person is known by: a patronymic
 * ("Faisal bin Farhan" is Faisal, not Farhan) or a Korean given name glued
 * with a lower-case part ("Park Min-ho" is Park). */
static int given_name_first(const dg_ctx *c, size_t t0, size_t t1)
{
  static const char *const patronymic[] = {"bin", "bint", "ibn", "binti", NULL};
  for (size_t t = t0 + 1; t < t1; t++)
    if (dg_tok_word_in(c, t, patronymic)) return 1;
  size_t l = t1 - 1;
  return l >= t0 + 3 && dg_tok_is(&c->text, l - 1, "-") && glued(c, l) && glued(c, l - 1) &&
         c->text.tok[l].kind == DG_TOK_WORD && !(c->text.tok[l].flags & DG_TOKF_CAP);
}

/* The folded surname (last word that is not a particle; the first word of
 * names known by it) and first word. */
int dg_name_key(const dg_ctx *c, size_t t0, size_t t1, char *surname, size_t n, char *first, size_t fn)
{
  size_t last = t1, firstw = t1;
  for (size_t t = t0; t < t1; t++) {
    if (c->text.tok[t].kind != DG_TOK_WORD || is_particle(c, t)) continue;
    if (firstw == t1) firstw = t;
    last = t;
  }
  if (last == t1) return -1;
  size_t from = last; /* "Nana Akufo-Addo" is known as "Akufo-Addo", "Omar al-Rashid" as "Rashid" */
  if (given_name_first(c, t0, t1)) from = last = firstw;
  else
    while (hyphen_glued(c, from, t0) && !is_particle(c, from - 2)) from -= 2;
  size_t l = 0, f = dg_tok_len(&c->text, firstw);
  for (size_t t = from; t <= last; t++) {
    size_t w = dg_tok_len(&c->text, t);
    if (l + w >= n) return -1;
    memcpy(surname + l, dg_tok_str(&c->text, t), w);
    l += w;
  }
  if (f >= fn) return -1;
  surname[l] = '\0';
  memcpy(first, dg_tok_str(&c->text, firstw), f);
  first[f] = '\0';
  return 0;
}

/* Where a name must follow (after a title): a first name that is also a
 * demonym or country ("Germán", "Israel") is a name when a name follows. */
size_t dg_name_end_expected(const dg_ctx *c, size_t t, size_t limit)
{
  size_t e = dg_name_end(c, t, limit);
  if (e > t || t + 1 >= limit || c->ent[t] < 0) return e;
  const dg_hit *h = &c->hits.v[c->ent[t]];
  const dg_token *k = &c->text.tok[t];
  if ((h->kind != DG_HIT_DEMONYM && h->kind != DG_HIT_COUNTRY) || k->kind != DG_TOK_WORD ||
      !(k->flags & DG_TOKF_CAP) || (k->flags & DG_TOKF_ALLCAP) || c->text.tok[t + 1].fs < h->fe)
    return t;
  if (!(c->text.tok[t + 1].flags & DG_TOKF_SPACE) || !dg_is_name_tok(c, t + 1)) return t;
  e = dg_name_end(c, t + 1, limit);
  return e > t + 1 ? e : t;
}
