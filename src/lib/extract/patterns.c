/* Text patterns that name a person and say what they are. */
#include "extract/persons.h"
#include "util/alloc.h"
#include "util/vocab.h"
#include <stdio.h>
#include <string.h>

static const char *const articles[] = {"the", "a", "an", "its", "his", "her", "their", NULL};
static const char *const former[] = {"former", "ex", "late", "then", NULL};

static int prev_is(const dg_ctx *c, size_t t, size_t floor, const char *const *words)
{
  return t > floor && dg_tok_word_in(c, t - 1, words);
}

/* "TITLE of (the) COUNTRY (regime|government)," : returns the token after,
 * setting *country; or t when the phrase is not there. */
static size_t title_of_country(const dg_ctx *c, size_t t, size_t t1, int *country)
{
  if (!dg_tok_is(&c->text, t, "of")) return t;
  size_t k = t + 1;
  if (dg_tok_is(&c->text, k, "the")) k++;
  const dg_hit *h = dg_ent_at(c, k);
  if (!dg_is_country_hit(h)) return t;
  *country = h->ref;
  k = dg_hit_end_tok(c, h, k);
  for (int words = 0; k < t1 && words < 2 && c->text.tok[k].kind == DG_TOK_WORD &&
                      !(c->text.tok[k].flags & DG_TOKF_CAP); words++)
    k++;
  if (dg_tok_is(&c->text, k, ",")) k++;
  return k;
}

/* A name on the left: "NAME, (the) (Chilean) TITLE". Returns 1 when found. */
int dg_name_left_of(dg_ctx *c, size_t t, size_t t0, const dg_person_facts *f)
{
  size_t j = t;
  if (prev_is(c, j, t0, articles)) j--;
  if (j <= t0 || !dg_tok_is(&c->text, j - 1, ",")) return 0;
  static const char *const no_person[] = {"the", "a", "an", "in", "of", "at", "on", "to", "from", "into",
                                          "near", "across", "over", NULL};
  size_t ns = dg_name_start_before(c, j - 1, t0);
  if (ns >= j - 1 || prev_is(c, ns, t0, no_person)) return 0; /* "a conflict in the Aegean, the ..." */
  int rc = dg_person_intern(c, ns, j - 1, f);
  return rc < 0 ? rc : 1;
}

/* "X met Pierre Exemple. The French president said ...": a definite
 * description names the last person of unknown country before it, within
 * the sentence or the one before. */
static int definite(dg_ctx *c, size_t t, size_t te, const dg_person_facts *f)
{
  const dg_sentence *s = dg_sentence_of(c, t);
  size_t floor = s > c->text.sent ? (s - 1)->t0 : s->t0;
  for (size_t i = c->npm; i-- > 0;) {
    const dg_pmention *m = &c->pm[i];
    if (m->t0 < floor) break;
    if (m->t1 > t) continue;
    dg_xperson *x = &c->r->persons[m->person];
    if (x->iso3[0] || x->nonstate) return 0;
    memcpy(x->iso3, c->gz->countries[f->country].iso3, 4);
    if (!x->role && (x->role = dg_strdup(f->role))) x->level = f->level;
    if (x->ev.n >= DG_EVIDENCE_PER_ARTICLE) return 0;
    return dg_evlist_add_in(&x->ev, c->doc->id, c->text.tok[t].os, c->text.tok[te - 1].oe, c->doc->text, s->os,
                            s->oe);
  }
  return 0;
}

static int title_at(const dg_ctx *c, size_t t)
{
  const dg_hit *h = dg_ent_at(c, t);
  return h && h->kind == DG_HIT_TITLE && !c->gz->titles[h->ref].plural;
}

/* "A and B Name" (two titles of one person): when t's title is B, the start
 * of A (and *first its title), else t. */
static size_t compound_start(const dg_ctx *c, size_t t, size_t t0, const dg_title **first)
{
  if (t < t0 + 2 || !dg_tok_is(&c->text, t - 1, "and") || c->ent[t - 2] < 0) return t;
  int32_t e = c->ent[t - 2];
  const dg_hit *h = &c->hits.v[e];
  if (h->kind != DG_HIT_TITLE || c->gz->titles[h->ref].plural) return t;
  size_t s = t - 2;
  while (s > t0 && c->ent[s - 1] == e) s--;
  *first = &c->gz->titles[h->ref];
  return s;
}

static int rank(int level)
{
  const dg_term *term = dg_vocab_term(&dg_level_vocab, level);
  return term ? term->rank : -1;
}

/* The title's role and level, with its complement ("Minister of Commerce")
 * and a first title joined by "and"; returns the token after the title. */
static size_t title_role(dg_ctx *c, size_t ts, size_t t, size_t te, size_t t1, const dg_title *first,
                         dg_person_facts *f, char *role, size_t n)
{
  const dg_title *ti = &c->gz->titles[dg_ent_at(c, t)->ref];
  size_t k = te;
  f->role = ti->role;
  f->level = ti->level;
  for (size_t u = t; u < te && k == te; u++)
    if (dg_tok_in_set(c, u, DG_WORDS_TITLE_HEAD)) k = dg_title_complement(c, te, t1, &f->country);
  if (ts < t && !first) { /* "irrigation minister" */
    dg_title_text(c, ts, k, role, n);
    f->role = role;
  }
  if (k > te) {
    dg_title_text(c, first ? t : ts, k, role, n);
    f->role = role;
    f->level = dg_title_level(c, t, k, ti->level);
  }
  if (first) {
    char one[96];
    snprintf(one, sizeof one, "%s", f->role);
    snprintf(role, n, "%s and %s", first->role, one);
    f->role = role;
    if (rank(first->level) > rank(f->level)) f->level = first->level;
  }
  return k;
}

/* "After talking with the Kenyan leader, X said": a clause fronted by
 * a subordinator ends at the comma, and X is not the title's holder. */
static int fronted(const dg_ctx *c, size_t t0, size_t cs)
{
  static const char *const subs[] = {"after", "before", "while", "when", "following", "upon", "since",
                                     "having", "despite", "during", "unlike", "like", NULL};
  return cs > t0 && dg_tok_is(&c->text, cs - 1, "the") && dg_tok_word_in(c, t0, subs);
}

/* "Egyptian irrigation minister X": lower-case portfolio words between the
 * country and the title. Their first token, or t. */
static size_t portfolio_before(const dg_ctx *c, size_t t, size_t t0)
{
  size_t s = t;
  while (s > t0 && t - s < 3 && c->text.tok[s - 1].kind == DG_TOK_WORD && c->ent[s - 1] < 0 &&
         !(c->text.tok[s - 1].flags & DG_TOKF_CAP) &&
         (dg_tok_in_set(c, s - 1, DG_WORDS_PORTFOLIO) || dg_tok_in_set(c, s - 1, DG_WORDS_ORG_NOUN)))
    s--;
  return s;
}

/* "(the Hungarian) Prime Minister's press chief, X" / "X, the Prime
 * Minister's press chief": the role is the head after the possessive. */
static int possessed(dg_ctx *c, size_t te, size_t cs, size_t t0, size_t t1, dg_person_facts *f)
{
  char role[64];
  size_t k = te + 2, h = k;
  while (h < t1 && h < k + 3 && c->text.tok[h].kind == DG_TOK_WORD && !dg_tok_in_set(c, h, DG_WORDS_TITLE_HEAD))
    h++;
  if (h >= t1 || !dg_tok_in_set(c, h, DG_WORDS_TITLE_HEAD)) return 0;
  dg_title_text(c, k, h + 1, role, sizeof role);
  f->role = role;
  f->level = DG_LEVEL_OTHER;
  k = h + 1;
  if (dg_tok_is(&c->text, k, ",")) k++;
  size_t ne = dg_name_end_expected(c, k, t1);
  if (ne > k) return dg_person_intern(c, k, ne, f);
  int rc = dg_name_left_of(c, cs, t0, f);
  return rc < 0 ? rc : 0;
}

/* "President A of X, B of Y and C of Z": each "Name of Country" after the
 * first takes the same title. */
static int list_of_country(dg_ctx *c, size_t k, size_t t1, dg_person_facts *f)
{
  for (int n = 0; n < 16 && k < t1; n++) {
    if (dg_tok_is(&c->text, k, "and")) k++;
    size_t ne = dg_name_end(c, k, t1);
    int country = -1;
    size_t e = ne > k ? title_of_country(c, ne, t1, &country) : k;
    if (country < 0) return 0;
    f->country = country;
    int rc = dg_person_intern(c, k, ne, f);
    if (rc < 0) return rc;
    k = e;
  }
  return 0;
}

static int one_title(dg_ctx *c, size_t t, size_t t0, size_t t1)
{
  const dg_hit *h = dg_ent_at(c, t);
  const dg_title *ti = &c->gz->titles[h->ref], *first = NULL;
  size_t te = dg_hit_end_tok(c, h, t);
  dg_person_facts f = DG_PERSON_FACTS_INIT;
  char role[160];
  if (ti->plural) return 0;
  if (dg_tok_is(&c->text, te, "and") && title_at(c, te + 1)) return 0; /* A of "A and B Name" */
  size_t ts = compound_start(c, t, t0, &first), cs = ts, ps = first ? ts : portfolio_before(c, t, t0);
  f.country = dg_country_before(c, ts, t0, &cs);
  if (f.country < 0 && ts >= t0 + 3 && dg_tok_is(&c->text, ts - 1, ")") && dg_tok_is(&c->text, ts - 3, "("))
    f.country = dg_country_before(c, ts - 3, t0, &cs); /* "the Foreign Ministry (MFA) spokesman" */
  if (f.country < 0 && ps < t && (f.country = dg_country_before(c, ps, t0, &cs)) >= 0) ts = ps;
  if (f.country < 0) f.country = ti->country; /* "Secretary of State X" */
  if (f.country < 0 && dg_org_before(c, ts, t0)) f.nonstate = 1; /* "NATO Secretary General X" */
  if (prev_is(c, cs, t0, former) ||
      (cs > t0 + 1 && dg_tok_is(&c->text, cs - 1, "-") && prev_is(c, cs - 1, t0, former)))
    return 0; /* a former office holder ("former", "ex-") does not act now */
  f.titled = 1;
  if (dg_tok_is(&c->text, te, "'") && dg_tok_is(&c->text, te + 1, "s")) return possessed(c, te, cs, t0, t1, &f);
  size_t k = title_role(c, ts, t, te, t1, first, &f, role, sizeof role);
  if (dg_tok_is(&c->text, k, ",") && fronted(c, t0, cs)) return 0;
  if (dg_tok_is(&c->text, k, ",")) k++;
  k = title_of_country(c, k, t1, &f.country);
  k = dg_skip_honorifics(c, k, t1);
  size_t ne = dg_name_end_expected(c, k, t1);
  if (ne > k) {
    int after = -1;
    size_t e = title_of_country(c, ne, t1, &after); /* "President X of Brazil" */
    if (after >= 0 && (f.country < 0 || f.country == ti->country)) f.country = after;
    int rc = dg_person_intern(c, k, ne, &f);
    return rc < 0 || after < 0 ? rc : list_of_country(c, e, t1, &f);
  }
  int rc = dg_name_left_of(c, cs, t0, &f);
  if (rc == 0 && f.country >= 0 && cs > t0 && dg_tok_is(&c->text, cs - 1, "the"))
    return definite(c, t, te, &f); /* "the French president said" */
  return rc < 0 ? rc : 0;
}

int dg_persons_titled(dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0; t < t1; t++) {
    const dg_hit *h = dg_ent_at(c, t);
    if (!h || h->kind != DG_HIT_TITLE) continue;
    int rc = one_title(c, t, t0, t1);
    if (rc < 0) return rc;
  }
  return 0;
}

/* The role of the nearest titled person before token t in the sentence. */
static const dg_xperson *titled_before(const dg_ctx *c, size_t t, size_t t0)
{
  for (size_t i = c->npm; i-- > 0;) {
    const dg_pmention *m = &c->pm[i];
    if (m->t0 < t0) break; /* an earlier sentence: mentions are added sentence by sentence */
    if (m->t1 <= t && c->r->persons[m->person].role) return &c->r->persons[m->person];
  }
  return NULL;
}

/* "his Chilean and Peruvian counterparts, A and B": countries in order. */
static int one_counterpart(dg_ctx *c, size_t t, size_t t0, size_t t1)
{
  int countries[8];
  size_t nc = 0, names[8][2], nn = 0;
  for (size_t j = t; j > t0;) {
    const dg_hit *h = c->ent[j - 1] >= 0 ? &c->hits.v[c->ent[j - 1]] : NULL;
    if (h && h->kind == DG_HIT_DEMONYM) {
      if (nc < 8) countries[nc++] = h->ref;
      while (j > t0 && c->ent[j - 1] >= 0 && &c->hits.v[c->ent[j - 1]] == h) j--;
    } else if (dg_tok_is(&c->text, j - 1, ",") || dg_tok_is(&c->text, j - 1, "and")) {
      j--;
    } else {
      break;
    }
  }
  size_t k = t + 1;
  if (dg_tok_is(&c->text, k, "from") && dg_is_country_hit(dg_ent_at(c, k + 1)) && nc == 0) {
    countries[nc++] = dg_ent_at(c, k + 1)->ref; /* "his counterpart from Japan, X" */
    k = dg_hit_end_tok(c, dg_ent_at(c, k + 1), k + 1);
  }
  int pairs = nc == 0 && dg_tok_is(&c->text, k, "of") && dg_is_country_hit(dg_ent_at(c, k + 1));
  if (pairs) k++; /* "the counterparts of Rwanda A, Ghana B and Togo C": a country before each name */
  if (dg_tok_is(&c->text, k, ",")) k++;
  while (k < t1 && nn < 8) {
    if (pairs) {
      const dg_hit *h = dg_ent_at(c, k);
      if (!dg_is_country_hit(h)) break;
      countries[7 - nn] = h->ref; /* read back to front below, as the demonyms */
      k = dg_hit_end_tok(c, h, k);
    }
    size_t ne = dg_name_end(c, k, t1);
    if (ne == k) break;
    names[nn][0] = k; names[nn][1] = ne; nn++;
    k = ne;
    if (dg_tok_is(&c->text, k, ",")) k++;
    if (dg_tok_is(&c->text, k, "and")) k++;
  }
  if (pairs) { /* countries[8 - nn .. 7] hold them in reverse: move to 0 .. nn - 1 */
    for (size_t i = 0; i < nn; i++) countries[i] = countries[8 - nn + i];
    nc = nn;
  }
  /* Copy what we need of the head: adding persons may move the array. */
  const dg_xperson *head = titled_before(c, t, t0);
  const char *head_role = head ? head->role : NULL; /* its own allocation: stays */
  int head_level = head ? head->level : DG_LEVEL_NONE;
  for (size_t i = 0; i < nn; i++) {
    dg_person_facts f = DG_PERSON_FACTS_INIT;
    /* Demonyms were collected right to left. */
    if (nc == nn) f.country = countries[nc - 1 - i];
    if (head_role) { f.role = head_role; f.level = head_level; f.titled = 1; }
    int rc = dg_person_intern(c, names[i][0], names[i][1], &f);
    if (rc < 0) return rc;
  }
  return 0;
}

int dg_persons_counterparts(dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0; t < t1; t++) {
    if (!dg_tok_is(&c->text, t, "counterpart") && !dg_tok_is(&c->text, t, "counterparts")) continue;
    int rc = one_counterpart(c, t, t0, t1);
    if (rc < 0) return rc;
  }
  return 0;
}

/* Tokens between two mentions that keep them in one list ("X, Chile's Y and Z"). */
static int list_joined(const dg_ctx *c, size_t a, size_t b)
{
  for (size_t t = a; t < b; t++) {
    if (dg_tok_is(&c->text, t, ",") || dg_tok_is(&c->text, t, "and") ||
        dg_tok_is(&c->text, t, "'") || dg_tok_is(&c->text, t, "s"))
      continue;
    if (c->ent[t] >= 0 && dg_is_country_hit(&c->hits.v[c->ent[t]])) continue;
    return 0;
  }
  return 1;
}

/* "France's Jane Example", "German Jan Muster": a country and a full
 * name; the role comes from a titled person the name is listed with. */
int dg_persons_national(dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0; t < t1; t++) {
    size_t cs;
    dg_person_facts f = DG_PERSON_FACTS_INIT;
    if (c->tok_person[t] >= 0 || (f.country = dg_country_before(c, t, t0, &cs)) < 0) continue;
    size_t ne = dg_name_end(c, t, t1);
    if (ne == t || dg_name_words(c, t, ne) < 2) continue;
    for (size_t i = c->npm; i-- > 0;) {
      const dg_pmention *m = &c->pm[i];
      if (m->t0 < t0) break;
      if (m->t1 > cs) continue;
      const dg_xperson *head = &c->r->persons[m->person];
      if (head->role && list_joined(c, m->t1, cs)) { f.role = head->role; f.level = head->level; }
      break;
    }
    int rc = dg_person_intern(c, t, ne, &f);
    if (rc < 0) return rc;
    t = ne - 1;
  }
  return 0;
}

/* "X, a fellow at ...", "analyst X": commentators, not state actors. */
int dg_persons_nonstate(dg_ctx *c, size_t t0, size_t t1)
{
  dg_person_facts f = DG_PERSON_FACTS_INIT;
  f.nonstate = 1;
  for (size_t t = t0; t < t1; t++) {
    const dg_hit *h = dg_cue_at(c, t);
    if (!h || h->kind != DG_HIT_NONSTATE) continue;
    size_t te = dg_hit_end_tok(c, h, t), ne = dg_name_end(c, te, t1);
    int rc = 0;
    if (ne > te) rc = dg_person_intern(c, te, ne, &f);
    for (size_t j = t; j > t0 && j + 6 > t && !rc; j--) {
      if (!dg_tok_is(&c->text, j - 1, ",")) continue;
      size_t ns = dg_name_start_before(c, j - 1, t0);
      if (ns < j - 1) rc = dg_person_intern(c, ns, j - 1, &f);
      break;
    }
    if (rc < 0) return rc;
  }
  return 0;
}
