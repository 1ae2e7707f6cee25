/* A titled person whose own words give no country takes it from the person
 * the text ties them to: a possessive principal ("Prime Minister X's
 * national security adviser Y", "President X adviser Y"), "his/her TITLE Y"
 * (the person "he" means), or a retinue ("X travels accompanied by Foreign
 * Minister Y and the Minister of Trade, Z"). Never from a person who is
 * merely nearby. */
#include "extract/persons.h"
#include <string.h>
#include <strings.h>

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

/* "the President's spokesperson": the title at token t (its last token),
 * with "the" before it, means the article's first person of that role: a
 * story's bare "the president" is its principal, named first. */
static const char *holder(const dg_ctx *c, size_t t, size_t s0)
{
  const dg_hit *h = c->ent[t] >= 0 ? &c->hits.v[c->ent[t]] : NULL; /* the hit over t, ending there */
  if (!h || h->kind != DG_HIT_TITLE || c->gz->titles[h->ref].plural || !c->gz->titles[h->ref].role) return NULL;
  size_t b = t;
  while (b > s0 && c->ent[b - 1] == c->ent[t]) b--;
  if (b == s0 || !dg_tok_is(&c->text, b - 1, "the")) return NULL;
  const char *role = c->gz->titles[h->ref].role;
  for (size_t i = 0; i < c->npm; i++) {
    const dg_xperson *x = &c->r->persons[c->pm[i].person];
    if (x->role && x->iso3[0] && !x->nonstate && strcasecmp(x->role, role) == 0) return x->iso3;
  }
  return NULL;
}

/* The principal before mention m: "X's TITLE m", "X TITLE m", "his TITLE m",
 * "the President's TITLE m". */
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
  return j > s0 ? holder(c, j - 1, s0) : NULL;
}

/* Mention m's appositive principal: "m, the Prime Minister's press chief". */
static const char *principal_after(const dg_ctx *c, const dg_pmention *m, size_t s1)
{
  size_t j = m->t1;
  if (j + 3 >= s1 || !dg_tok_is(&c->text, j, ",") || !dg_tok_is(&c->text, j + 1, "the")) return NULL;
  j += 2;
  const dg_hit *h = dg_ent_at(c, j);
  if (!h || h->kind != DG_HIT_TITLE) return NULL;
  size_t e = dg_hit_end_tok(c, h, j);
  if (e + 2 >= s1 || !dg_tok_is(&c->text, e, "'") || !dg_tok_is(&c->text, e + 1, "s")) return NULL;
  return holder(c, e - 1, j - 1);
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

/* The country the article names most often, other than `except`; NULL on a
 * tie, or when it names more than 32 countries (no guess is made then). */
static const char *most_named(const dg_ctx *c, int except)
{
  int ref[32];
  size_t n[32], nc = 0, best = 0, second = 0;
  const char *top = NULL;
  for (size_t k = 0; k < c->text.ntok; k++) {
    const dg_hit *h = dg_ent_at(c, k);
    if (!h || !dg_is_country_hit(h) || h->ref == except) continue;
    size_t i = 0;
    while (i < nc && ref[i] != h->ref) i++;
    if (i == nc && nc == 32) return NULL;
    if (i == nc) { ref[nc] = h->ref; n[nc++] = 0; }
    n[i]++;
  }
  for (size_t i = 0; i < nc; i++) {
    if (n[i] > best) { second = best; best = n[i]; top = c->gz->countries[ref[i]].iso3; }
    else if (n[i] > second) second = n[i];
  }
  return best > second ? top : NULL;
}

/* "the ambassador in <capital>, X", "our envoy to <country> X": the country
 * the title names is where the envoy serves, so X is of the story's other
 * side: the country the article names most often, other than that one. */
static const char *sender(const dg_ctx *c, const dg_pmention *m, size_t s0)
{
  size_t j = m->t0;
  if (j > s0 && dg_tok_is(&c->text, j - 1, ",")) j--;
  if (j < s0 + 3 || c->ent[j - 1] < 0 || !dg_is_country_hit(&c->hits.v[c->ent[j - 1]])) return NULL;
  int host = c->hits.v[c->ent[j - 1]].ref;
  while (j > s0 && c->ent[j - 1] >= 0 && dg_is_country_hit(&c->hits.v[c->ent[j - 1]])) j--;
  if (j < s0 + 2 || !(dg_tok_is(&c->text, j - 1, "in") || dg_tok_is(&c->text, j - 1, "to"))) return NULL;
  const dg_hit *t = c->ent[j - 2] >= 0 ? &c->hits.v[c->ent[j - 2]] : NULL;
  if (!t || t->kind != DG_HIT_TITLE || !c->gz->titles[t->ref].role) return NULL;
  const char *role = c->gz->titles[t->ref].role;
  if (strcmp(role, "ambassador") != 0 && strcmp(role, "envoy") != 0) return NULL;
  return most_named(c, host);
}

/* "Presidents A and B renewed ties between X and Y", with A of X: B is of
 * Y. The persons of m's role in m's sentence and the sentence's countries:
 * when m is the only one of them without a country, another holds one of
 * the countries, and exactly one of the countries is nobody's, it is m's
 * ("President A visited X" alone gives A nothing). */
static const char *by_elimination(const dg_ctx *c, const dg_pmention *m, const dg_sentence *s)
{
  const char *role = c->r->persons[m->person].role;
  int left = -1, held = 0;
  for (size_t k = s->t0; k < s->t1; k++) {
    const dg_hit *h = dg_ent_at(c, k);
    if (!h || (h->kind != DG_HIT_COUNTRY && h->kind != DG_HIT_DEMONYM)) continue; /* not a venue */
    const char *iso = c->gz->countries[h->ref].iso3;
    int taken = 0;
    for (size_t i = dg_mentions_before(c, s->t0); i < c->npm && c->pm[i].t0 < s->t1 && !taken; i++) {
      const dg_xperson *x = &c->r->persons[c->pm[i].person];
      taken = x->role && strcmp(x->role, role) == 0 && strcmp(x->iso3, iso) == 0;
    }
    held |= taken;
    if (taken) continue;
    if (left >= 0 && left != h->ref) return NULL; /* two countries nobody holds */
    left = h->ref;
  }
  for (size_t i = dg_mentions_before(c, s->t0); i < c->npm && c->pm[i].t0 < s->t1; i++) {
    const dg_xperson *x = &c->r->persons[c->pm[i].person];
    if (c->pm[i].person != m->person && x->role && strcmp(x->role, role) == 0 && !x->iso3[0]) return NULL;
  }
  return left >= 0 && held ? c->gz->countries[left].iso3 : NULL; /* a partner of known country */
}

void dg_persons_inherit(dg_ctx *c)
{
  for (size_t i = 0; i < c->npm; i++) {
    const dg_pmention *m = &c->pm[i];
    dg_xperson *x = &c->r->persons[m->person];
    if (x->iso3[0] || !x->role || x->nonstate || !m->titled) continue;
    const dg_sentence *s = dg_sentence_of(c, m->t0);
    const char *iso = principal(c, m, s->t0);
    if (!iso) iso = principal_after(c, m, s->t1);
    if (!iso) iso = sender(c, m, s->t0);
    if (!iso) iso = by_elimination(c, m, s);
    size_t v = retinue_at(c, s->t0, m->t0);
    if (!iso && v < m->t0) iso = retinue_leader(c, s->t0, v);
    if (iso) memcpy(x->iso3, iso, 4);
  }
}
