/* Persons the gazetteer lists: a user's file (trusted: its facts come first)
 * and the built-in dated list of officials (data/OFFICIALS.md: used only for
 * what the text does not say, and only within the term that holds on the
 * article's reference date). */
#include "extract/persons.h"
#include "text/text.h"
#include "util/alloc.h"
#include <string.h>

/* Does the entry's term hold on the reference date? 1 yes, 0 no, -1 it may:
 * there is no date, or only a lower bound (the latest date the text names),
 * and the term does not end before it. */
static int in_term(const dg_ctx *c, const dg_known_person *k)
{
  dg_ymd from, to;
  int has_from = k->valid_from && dg_ymd_parse_iso(&from, k->valid_from) == 0;
  int has_to = k->valid_to && dg_ymd_parse_iso(&to, k->valid_to) == 0;
  if ((!c->ref_known && !c->ref_inferred) || c->ref.year == 0) return -1;
  if (has_to && dg_ymd_compare(&c->ref, &to) > 0) return 0;
  if (!c->ref_known) return -1;
  return !has_from || dg_ymd_compare(&c->ref, &from) >= 0;
}

/* The hits of one span: a phrase several entries share (one person's terms,
 * or two people's alias) gives one hit per entry, next to each other. */
static size_t same_span(const dg_ctx *c, size_t h)
{
  size_t e = h + 1;
  while (e < c->hits.n && c->hits.v[e].fs == c->hits.v[h].fs && c->hits.v[e].fe == c->hits.v[h].fe &&
         c->hits.v[e].kind == DG_HIT_PERSON)
    e++;
  return e;
}

/* The facts of hits [h, e) of one kind (built-in or not): those of the
 * entry in term on the reference date; else, of the entries that may be in
 * term, what they all agree on (a person's country does not change, a role
 * may). An entry out of term gives the country only (a former president is
 * still of his country), and a built-in one only when every built-in entry
 * of the name has that country. Returns 0 when nothing applies. */
static int choose(const dg_ctx *c, size_t h, size_t e, int builtin, dg_person_facts *f)
{
  const dg_known_person *first = NULL, *out = NULL;
  int agree_country = 1, agree_role = 1;
  for (size_t i = h; i < e; i++) {
    const dg_known_person *k = &c->gz->persons[c->hits.v[i].ref];
    int v = k->builtin == builtin ? in_term(c, k) : 0;
    if (k->builtin == builtin && !out) out = k;
    if (v == 1) {
      f->country = k->country;
      f->role = k->role;
      f->level = k->level;
      f->canonical = k->name;
      return 1;
    }
    if (v < 0 && !first) {
      first = k;
    } else if (v < 0) {
      if (first->country != k->country) agree_country = 0;
      if (!first->role || !k->role || strcmp(first->role, k->role) != 0) agree_role = 0;
    }
  }
  if (!out) return 0;
  if (!first) { /* out of term: the country still holds, the role does not */
    for (size_t i = h; builtin && i < e; i++) {
      const dg_known_person *k = &c->gz->persons[c->hits.v[i].ref];
      if (k->builtin && k->country != out->country) return 0; /* two people of one name */
    }
    f->country = out->country;
    f->canonical = out->name;
    return 1;
  }
  f->canonical = first->name;
  f->country = agree_country ? first->country : -1;
  if (agree_role) { f->role = first->role; f->level = first->level; }
  return 1;
}

/* Does the folded word w[0..n) occur in the entry's name or aliases? */
static int word_of_entry(const dg_known_person *k, const char *w, size_t n)
{
  for (size_t a = 0; a <= k->aliases.n; a++) {
    char *f = dg_fold_string(a == 0 ? k->name : k->aliases.v[a - 1]);
    int found = 0;
    if (!f) return 0;
    for (char *s = f; *s && !found;) {
      size_t l = strcspn(s, " -");
      found = l == n && memcmp(s, w, n) == 0;
      s += l;
      s += strspn(s, " -");
    }
    dg_free(f);
    if (found) return 1;
  }
  return 0;
}

/* The whole name around a hit [h0, h1): a text name that goes on past an
 * alias with words the entry does not have ("Ivanka" before a surname) is
 * somebody else. Returns 0 then, else 1 with the name's span. */
static int whole_name(const dg_ctx *c, size_t h0, size_t h1, size_t t0, size_t t1, const dg_known_person *k,
                      size_t *ns, size_t *ne)
{
  size_t s = dg_name_start_before(c, h1, t0), e = dg_name_end(c, h0, t1);
  if (c->tok_person[h0] >= 0) { /* the text patterns read the name already ("Minister of X Ann Bo") */
    const dg_pmention *m = &c->pm[c->tok_person[h0]];
    s = m->t0;
    e = m->t1;
  }
  if (s > h0) s = h0;
  if (e < h1) e = h1;
  for (size_t t = s; t < e; t++) {
    if (t >= h0 && t < h1) continue;
    if (c->text.tok[t].kind != DG_TOK_WORD) continue;
    if (!word_of_entry(k, dg_tok_str(&c->text, t), dg_tok_len(&c->text, t))) return 0;
  }
  *ns = s;
  *ne = e;
  return 1;
}

static int one_hit(dg_ctx *c, size_t t, size_t t0, size_t t1, int builtin)
{
  const dg_hit *h = dg_ent_at(c, t);
  size_t hi = (size_t)(h - c->hits.v), he = same_span(c, hi), te = dg_hit_end_tok(c, h, t), ns, ne;
  dg_person_facts f = DG_PERSON_FACTS_INIT;
  if (!(c->text.tok[t].flags & DG_TOKF_CAP)) return 0; /* "trump" the word */
  if (!choose(c, hi, he, builtin, &f)) return 0;
  const dg_known_person *k = NULL;
  for (size_t i = hi; i < he && !k; i++)
    if (strcmp(c->gz->persons[c->hits.v[i].ref].name, f.canonical) == 0) k = &c->gz->persons[c->hits.v[i].ref];
  if (!whole_name(c, t, te, t0, t1, k, &ns, &ne)) return 0;
  f.titled = 1;
  if (!builtin) return dg_person_intern(c, ns, ne, &f);
  for (size_t u = ns; u < ne; u++) {
    if (c->tok_person[u] < 0) continue;
    int p = c->pm[c->tok_person[u]].person;
    const char *iso = c->r->persons[p].iso3;
    if (iso[0] && f.country >= 0 && strcmp(iso, c->gz->countries[f.country].iso3) != 0) return 0; /* another person */
    return dg_person_complete(c, p, &f);
  }
  return dg_person_intern(c, ns, ne, &f);
}

/* Known persons of sentence [t0, t1): a user's before the text patterns,
 * the built-in ones after them (builtin = 1). */
int dg_persons_known(dg_ctx *c, size_t t0, size_t t1, int builtin)
{
  for (size_t t = t0; t < t1; t++) {
    const dg_hit *h = dg_ent_at(c, t);
    if (!h || h->kind != DG_HIT_PERSON) continue;
    int rc = one_hit(c, t, t0, t1, builtin);
    if (rc < 0) return rc;
    t = dg_hit_end_tok(c, h, t) - 1;
  }
  return 0;
}
