/* A titled person whose own words give no country takes it from the person
 * the text ties them to: a possessive principal ("Prime Minister X's
 * national security adviser Y", "President X adviser Y"), "his/her TITLE Y"
 * (the person "he" means), or a retinue ("X travels accompanied by Foreign
 * Minister Y and the Minister of Trade, Z"). Never from a person who is
 * merely nearby. */
#include "extract/persons.h"
#include <string.h>

/* Tokens that may stand between a principal and the name: the title, its
 * complement, honorifics, a comma right before the name. */
static int title_zone(const dg_ctx *c, size_t j)
{
  const dg_token *k = &c->text.tok[j];
  if (c->ent[j] >= 0) return c->hits.v[c->ent[j]].kind == DG_HIT_TITLE;
  if (k->kind != DG_TOK_WORD) return dg_tok_is(&c->text, j, "-");
  if (k->flags & DG_TOKF_CAP) return 1; /* "National Security Advisor" */
  if (dg_tok_is(&c->text, j, "and")) return j > 0 && dg_tok_in_set(c, j - 1, DG_WORDS_PORTFOLIO);
  return dg_tok_in_set(c, j, DG_WORDS_TITLE_HEAD) || dg_tok_in_set(c, j, DG_WORDS_PORTFOLIO) ||
         dg_tok_is(&c->text, j, "of") || dg_tok_is(&c->text, j, "for");
}

static const char *country_of_person(const dg_ctx *c, int p)
{
  return p >= 0 && c->r->persons[p].iso3[0] ? c->r->persons[p].iso3 : NULL;
}

/* The principal before mention m: "X's TITLE m", "X TITLE m", "his TITLE m". */
static const char *principal(const dg_ctx *c, const dg_pmention *m, size_t s0)
{
  size_t j = m->t0;
  if (j > s0 && dg_tok_is(&c->text, j - 1, ",")) j--;
  size_t zone = j;
  while (j > s0 && zone - j < 10 && c->tok_person[j - 1] < 0 && title_zone(c, j - 1)) j--;
  if (j == zone || j <= s0) return NULL; /* no title between */
  if (dg_tok_is(&c->text, j - 1, "his") || dg_tok_is(&c->text, j - 1, "her")) {
    const dg_sentence *s = dg_sentence_of(c, j - 1);
    return country_of_person(c, dg_pronoun_person(c, (size_t)(s - c->text.sent), j - 1));
  }
  if (j >= s0 + 2 && dg_tok_is(&c->text, j - 1, "s") && dg_tok_is(&c->text, j - 2, "'")) j -= 2;
  if (j > s0 && c->tok_person[j - 1] >= 0) return country_of_person(c, c->pm[c->tok_person[j - 1]].person);
  return NULL;
}

/* "accompanied by", "joined by", "flanked by" before t in the sentence. */
static size_t retinue_at(const dg_ctx *c, size_t s0, size_t t)
{
  static const char *const verbs[] = {"accompanied", "joined", "flanked", NULL};
  for (size_t j = t; j > s0 + 1; j--)
    if (dg_tok_is(&c->text, j - 1, "by") && dg_tok_word_in(c, j - 2, verbs)) return j - 2;
  return t;
}

/* The leader of a retinue: the first person of the sentence before it with
 * a country, else the sentence's first demonym or country. */
static const char *retinue_leader(const dg_ctx *c, size_t s0, size_t v)
{
  for (size_t i = dg_mentions_before(c, s0); i < c->npm && c->pm[i].t1 <= v; i++)
    if (c->pm[i].t0 >= s0 && country_of_person(c, c->pm[i].person)) return country_of_person(c, c->pm[i].person);
  for (size_t j = s0; j < v; j++) {
    const dg_hit *h = dg_ent_at(c, j);
    if (h && (h->kind == DG_HIT_DEMONYM || h->kind == DG_HIT_COUNTRY)) return c->gz->countries[h->ref].iso3;
  }
  return NULL;
}

void dg_persons_inherit(dg_ctx *c)
{
  for (size_t i = 0; i < c->npm; i++) {
    const dg_pmention *m = &c->pm[i];
    dg_xperson *x = &c->r->persons[m->person];
    if (x->iso3[0] || !x->role || x->nonstate || !m->titled) continue;
    const dg_sentence *s = dg_sentence_of(c, m->t0);
    const char *iso = principal(c, m, s->t0);
    size_t v = retinue_at(c, s->t0, m->t0);
    if (!iso && v < m->t0) iso = retinue_leader(c, s->t0, v);
    if (iso) memcpy(x->iso3, iso, 4);
  }
}
