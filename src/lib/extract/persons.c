/* Persons, discovered from the text: a title next to a name in either order,
 * "his Chilean counterpart X", "Chile's X", "Kenyan X", analysts (who are
 * not state actors), persons a user gazetteer lists; then later short
 * mentions ("Mr X", "X") linked by surname. */
#include "extract/persons.h"
#include "util/alloc.h"
#include "util/sort.h"
#include "util/error.h"
#include <stdlib.h>
#include <string.h>

const dg_sentence *dg_sentence_of(const dg_ctx *c, size_t t)
{
  size_t lo = 0, hi = c->text.nsent;
  while (lo + 1 < hi) {
    size_t mid = (lo + hi) / 2;
    if (c->text.sent[mid].t0 <= t) lo = mid; else hi = mid;
  }
  return &c->text.sent[lo];
}

static int add_evidence(dg_ctx *c, dg_evlist *ev, size_t t0, size_t t1)
{
  const dg_sentence *s = dg_sentence_of(c, t0);
  if (ev->n >= DG_EVIDENCE_PER_ARTICLE) return 0;
  return dg_evlist_add_in(ev, c->doc->id, c->text.tok[t0].os, c->text.tok[t1 - 1].oe, c->doc->text, s->os, s->oe);
}

static int compatible(const dg_ctx *c, size_t p, const dg_pkey *k, int country)
{
  const dg_pkey *q = &c->pkeys[p];
  const dg_xperson *x = &c->r->persons[p];
  if (strcmp(q->surname, k->surname) != 0) return 0;
  if (q->words > 1 && k->words > 1 && q->first[0] != k->first[0]) return 0;
  if (country >= 0 && x->iso3[0] && strcmp(x->iso3, c->gz->countries[country].iso3) != 0) return 0;
  return 1;
}

/* Chain person p under key into map (prev[p]: the previous one), keeping
 * each chain in descending person order. */
static int index_person(dg_ctx *c, dg_strmap *map, int32_t **prev, size_t *cap, const char *key, int p)
{
  if (dg_grow((void **)prev, cap, (size_t)p + 1, sizeof **prev) < 0) return DG_ENOMEM;
  int head = dg_strmap_get(map, key, strlen(key));
  if (head < p) {
    (*prev)[p] = head;
    return dg_strmap_put(map, key, strlen(key), p);
  }
  int q = head; /* p became a two-word name late: insert it in order */
  while ((*prev)[q] > p) q = (*prev)[q];
  (*prev)[p] = (*prev)[q];
  (*prev)[q] = p;
  return 0;
}

/* A name that may be written family name first, so that its first word
 * alone is the person: two words ("Qin Gang": Qin), or three of which the
 * last is a short given-name syllable ("Kim Jong Un": Kim). */
static int family_first_shape(const dg_pkey *k)
{
  return k->words == 2 || (k->words == 3 && strlen(k->surname) <= 4);
}

static int index_first(dg_ctx *c, int p)
{
  if (!family_first_shape(&c->pkeys[p])) return 0;
  return index_person(c, &c->by_first, &c->prev_first, &c->capprev_first, c->pkeys[p].first, p);
}

static int new_person(dg_ctx *c, const char *name, size_t len, const dg_pkey *k)
{
  dg_records *r = c->r;
  if (dg_grow((void **)&r->persons, &r->cappersons, r->npersons + 1, sizeof *r->persons) < 0 ||
      dg_grow((void **)&c->pkeys, &c->cappkeys, r->npersons + 1, sizeof *c->pkeys) < 0)
    return DG_ENOMEM;
  dg_xperson *x = &r->persons[r->npersons];
  memset(x, 0, sizeof *x);
  x->level = DG_LEVEL_NONE;
  if (!(x->name = dg_strndup(name, len))) return DG_ENOMEM;
  c->pkeys[r->npersons] = *k;
  int p = (int)r->npersons++;
  if (index_person(c, &c->by_surname, &c->prev_surname, &c->capprev_surname, k->surname, p) < 0 ||
      index_first(c, p) < 0)
    return DG_ENOMEM;
  return p;
}

/* Keep the fullest form as the name and the others as aliases. */
static int add_form(dg_ctx *c, int p, const char *name, size_t len, const dg_pkey *k)
{
  dg_xperson *x = &c->r->persons[p];
  if (strlen(x->name) == len && memcmp(x->name, name, len) == 0) return 0;
  for (size_t i = 0; i < x->aliases.n; i++)
    if (strlen(x->aliases.v[i]) == len && memcmp(x->aliases.v[i], name, len) == 0) return 0;
  char *form = dg_strndup(name, len);
  if (!form || dg_grow((void **)&x->aliases.v, &x->aliases.cap, x->aliases.n + 1, sizeof *x->aliases.v) < 0) {
    dg_free(form);
    return DG_ENOMEM;
  }
  if (k->words > c->pkeys[p].words) { /* the new form is fuller */
    x->aliases.v[x->aliases.n++] = x->name;
    x->name = form;
    c->pkeys[p] = *k;
    if (index_first(c, p) < 0) return DG_ENOMEM;
  } else {
    x->aliases.v[x->aliases.n++] = form;
  }
  return 0;
}

static int add_mention(dg_ctx *c, int p, size_t t0, size_t t1, int titled)
{
  if (dg_grow((void **)&c->pm, &c->cappm, c->npm + 1, sizeof *c->pm) < 0) return DG_ENOMEM;
  c->pm[c->npm] = (dg_pmention){p, t0, t1, 0, titled};
  for (size_t t = t0; t < t1; t++) c->tok_person[t] = (int32_t)c->npm;
  c->npm++;
  return add_evidence(c, &c->r->persons[p].ev, t0, t1);
}

static int apply_facts(dg_ctx *c, int p, const dg_person_facts *f)
{
  dg_xperson *x = &c->r->persons[p];
  if (f->country >= 0 && !x->iso3[0]) memcpy(x->iso3, c->gz->countries[f->country].iso3, 4);
  if (f->nonstate) x->nonstate = 1;
  if (f->role && !x->role) {
    if (!(x->role = dg_strdup(f->role))) return DG_ENOMEM;
    x->level = f->level;
  }
  return 0;
}

/* Not a person: one letter ("H" of "H.E."), or capitalised words that end
 * in an institution's noun ("the Communist Party", "Strategic Dialogue"). */
static int plausible_name(const dg_ctx *c, size_t t0, size_t t1, const dg_pkey *k)
{
  (void)t0;
  if (k->words == 1 && strlen(k->surname) < 2) return 0;
  return !dg_tok_in_set(c, t1 - 1, DG_WORDS_ORG_NOUN);
}

/* Is `word` alone person i, written family name first? */
static int family_first(const dg_ctx *c, int i, const char *word)
{
  return family_first_shape(&c->pkeys[i]) && strcmp(c->pkeys[i].first, word) == 0;
}

/* Find or create the person named by tokens [t0, t1) and record a mention. */
int dg_person_intern(dg_ctx *c, size_t t0, size_t t1, const dg_person_facts *f)
{
  dg_pkey k;
  if (c->tok_person[t0] >= 0) return 0; /* already read by another pattern */
  if (dg_name_key(c, t0, t1, k.surname, sizeof k.surname, k.first, sizeof k.first) < 0) return 0;
  k.words = dg_name_words(c, t0, t1);
  if (!f->canonical && !plausible_name(c, t0, t1, &k)) return 0;
  const char *name = f->canonical ? f->canonical : c->doc->text + c->text.tok[t0].os;
  size_t len = f->canonical ? strlen(f->canonical) : c->text.tok[t1 - 1].oe - c->text.tok[t0].os;
  int p = -1; /* the earliest compatible person of the surname */
  for (int i = dg_strmap_get(&c->by_surname, k.surname, strlen(k.surname)); i >= 0; i = c->prev_surname[i])
    if (compatible(c, (size_t)i, &k, f->country)) p = i;
  if (p < 0 && k.words == 1) /* "Qin" of "Qin Gang": the family name first */
    for (int i = dg_strmap_get(&c->by_first, k.surname, strlen(k.surname)); i >= 0; i = c->prev_first[i])
      if (family_first(c, i, k.surname) &&
          (f->country < 0 || !c->r->persons[i].iso3[0] ||
           strcmp(c->r->persons[i].iso3, c->gz->countries[f->country].iso3) == 0))
        p = i;
  if (p < 0 && (p = new_person(c, name, len, &k)) < 0) return p;
  int rc = add_form(c, p, name, len, &k);
  if (!rc) rc = apply_facts(c, p, f);
  if (!rc) rc = add_mention(c, p, t0, t1, f->titled);
  return rc;
}

int dg_person_complete(dg_ctx *c, int p, const dg_person_facts *f)
{
  int rc = apply_facts(c, p, f);
  if (rc || !f->canonical) return rc;
  dg_pkey k;
  dg_xperson *x = &c->r->persons[p];
  k = c->pkeys[p];
  k.words = 0;
  for (const char *s = f->canonical; *s;) { /* the canonical form's words */
    size_t l = strcspn(s, " ");
    if (l) k.words++;
    s += l;
    s += strspn(s, " ");
  }
  if (strcmp(x->name, f->canonical) == 0) return 0;
  return add_form(c, p, f->canonical, strlen(f->canonical), &k);
}

int dg_org_before(const dg_ctx *c, size_t t, size_t floor)
{
  if (t <= floor || !dg_tok_in_set(c, t - 1, DG_WORDS_INTL_ORG) || !(c->text.tok[t - 1].flags & DG_TOKF_CAP)) return 0;
  size_t n = dg_tok_len(&c->text, t - 1);
  if (n <= 5) return 1; /* an acronym: "NATO", "UN" */
  /* "Union", "Nations": a capitalised word before, not a country's ("the Soviet Union" is not this) */
  return t - 1 > floor && (c->text.tok[t - 2].flags & DG_TOKF_CAP) && c->ent[t - 2] < 0;
}

/* The country hit that ends right before token t ("Chilean", "Chile's"). */
int dg_country_before(const dg_ctx *c, size_t t, size_t floor, size_t *start)
{
  size_t j = t;
  if (j >= floor + 2 && dg_tok_is(&c->text, j - 1, "s") && dg_tok_is(&c->text, j - 2, "'")) j -= 2;
  if (j <= floor || c->ent[j - 1] < 0) return -1;
  const dg_hit *h = &c->hits.v[c->ent[j - 1]];
  if (!dg_is_country_hit(h)) return -1;
  if (j != t && h->kind == DG_HIT_DEMONYM) return -1;
  size_t s = j - 1;
  while (s > floor && c->ent[s - 1] == c->ent[j - 1]) s--;
  *start = s;
  return h->ref;
}

/* Words after a surname that make it a government, not a person ("the X regime"). */
static const char *const regime_words[] = {"regime", "government", "administration", "era", NULL};

static int find_by_key(const dg_ctx *c, const dg_pkey *k)
{
  for (int i = dg_strmap_get(&c->by_surname, k->surname, strlen(k->surname)); i >= 0; i = c->prev_surname[i])
    if (compatible(c, (size_t)i, k, -1)) return i;
  /* Names written family name first ("Li Shili", later "Li"): a single word
   * that is the first of a two-word name. */
  if (k->words != 1) return -1;
  for (int i = dg_strmap_get(&c->by_first, k->surname, strlen(k->surname)); i >= 0; i = c->prev_first[i])
    if (family_first(c, i, k->surname)) return i;
  return -1;
}

/* Later mentions of a known person: "Example", "Mr Muster", "Jan X". */
static int short_mentions(dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0; t < t1; t++) {
    if (c->tok_person[t] >= 0) continue;
    size_t ne = dg_name_end(c, t, t1);
    dg_pkey k;
    if (ne == t) continue;
    if (dg_name_key(c, t, ne, k.surname, sizeof k.surname, k.first, sizeof k.first) < 0) continue;
    k.words = dg_name_words(c, t, ne);
    int p = find_by_key(c, &k);
    if (p >= 0 && !dg_tok_word_in(c, ne, regime_words)) {
      int rc = add_mention(c, p, t, ne, 0);
      if (rc < 0) return rc;
    }
    t = ne - 1;
  }
  return 0;
}

static int speech_at(const dg_ctx *c, size_t t)
{
  const dg_hit *h = dg_cue_at(c, t);
  return h && h->kind == DG_HIT_SPEECH;
}

/* After "said X": the end of the clause, or a time or place of saying. */
static int clause_ends(const dg_ctx *c, size_t t)
{
  static const char *const after[] = {",", ".", ";", ":", "\"", "on", "in", "at", "during", "late",
                                      "earlier", "last", "after", "when", "while", "as", NULL};
  return t >= c->text.ntok || (c->text.tok[t].flags & DG_TOKF_NEWLINE) || dg_tok_word_in(c, t, after);
}

/* After "X, ": the end of an appositive that begins there ("the ministry's
 * press chief"), up to a comma or a word of speech or briefing; k when
 * there is none. */
static size_t appositive_end(const dg_ctx *c, size_t k)
{
  if (!dg_tok_is(&c->text, k, "the") && !(c->ent[k] >= 0 && c->hits.v[c->ent[k]].kind == DG_HIT_TITLE)) return k;
  for (size_t j = k + 1; j < c->text.ntok && j < k + 9; j++) {
    if (dg_tok_is(&c->text, j, ",")) return j + 1;
    if (speech_at(c, j) || dg_tok_in_set(c, j, DG_WORDS_BRIEFING)) return j;
    if (c->evt[j] >= 0 || c->tok_person[j] >= 0 || c->tok_date[j] >= 0) return k;
  }
  return k;
}

/* "X said", "X, ..., told", "X, the ministry's spokesman told", "according
 * to (Chilean President) X", "said X". */
static void mark_speakers(dg_ctx *c)
{
  for (size_t i = 0; i < c->npm; i++) {
    dg_pmention *m = &c->pm[i];
    size_t k = m->t1;
    if (dg_tok_is(&c->text, k, ",")) k++;
    if (speech_at(c, k)) { m->speaker = 1; continue; }
    size_t ae = k > m->t1 ? appositive_end(c, k) : k; /* "X, the press chief, informed ..." */
    if (ae > k && (speech_at(c, ae) || dg_tok_in_set(c, ae, DG_WORDS_BRIEFING))) { m->speaker = 1; continue; }
    size_t j = m->t0;
    while (j > 0 && (dg_tok_is(&c->text, j - 1, ",") ||
                     (c->ent[j - 1] >= 0 && c->hits.v[c->ent[j - 1]].kind != DG_HIT_PERSON)))
      j--;
    if (j > 0 && c->cue[j - 1] >= 0 && c->hits.v[c->cue[j - 1]].kind == DG_HIT_SPEECH &&
        c->hits.v[c->cue[j - 1]].fe == c->text.tok[j - 1].fe && clause_ends(c, m->t1))
      m->speaker = 1; /* "..., said X." but not "said X met Y" */
  }
}

/* Mentions are in text order: the number of mentions that end by token t. */
size_t dg_mentions_before(const dg_ctx *c, size_t t)
{
  size_t lo = 0, hi = c->npm;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (c->pm[mid].t1 <= t) lo = mid + 1; else hi = mid;
  }
  return lo;
}

int dg_person_speaker_before(const dg_ctx *c, size_t t)
{
  size_t n = dg_mentions_before(c, t);
  if (n == 0 || !c->last_speaker) return -1;
  int32_t i = c->last_speaker[n - 1];
  return i >= 0 ? c->pm[i].person : -1;
}

static int index_speakers(dg_ctx *c)
{
  if (!(c->last_speaker = dg_malloc((c->npm + 1) * sizeof *c->last_speaker))) return DG_ENOMEM;
  int32_t last = -1;
  for (size_t i = 0; i < c->npm; i++) {
    if (c->pm[i].speaker) last = (int32_t)i;
    c->last_speaker[i] = last;
  }
  return 0;
}

static int by_position(const void *a, const void *b, void *ctx)
{
  (void)ctx;
  const dg_pmention *x = a, *y = b;
  return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

int dg_pronoun_person(const dg_ctx *c, size_t s, size_t t)
{
  size_t t0 = c->text.sent[s].t0;
  int first = -1;
  for (size_t i = dg_mentions_before(c, t0); i < c->npm && c->pm[i].t1 <= t; i++) {
    const dg_pmention *m = &c->pm[i];
    if (m->t0 < t0) continue;
    if (m->speaker) return m->person;
    if (first < 0 && !c->r->persons[m->person].nonstate) first = m->person;
  }
  return first >= 0 ? first : dg_person_speaker_before(c, t);
}

int dg_find_persons(dg_ctx *c)
{
  int rc = 0;
  for (size_t s = 0; s < c->text.nsent && !rc; s++) {
    if (c->boiler[s]) continue;
    size_t t0 = c->text.sent[s].t0, t1 = c->text.sent[s].t1;
    rc = dg_persons_known(c, t0, t1, 0);
    if (!rc) rc = dg_persons_titled(c, t0, t1);
    if (!rc) rc = dg_persons_heads(c, t0, t1);
    if (!rc) rc = dg_persons_plural(c, t0, t1);
    if (!rc) rc = dg_persons_counterparts(c, t0, t1);
    if (!rc) rc = dg_persons_national(c, t0, t1);
    if (!rc) rc = dg_persons_nonstate(c, t0, t1);
    if (!rc) rc = dg_persons_known(c, t0, t1, 1);
    if (!rc) rc = dg_persons_principals(c, t0, t1);
  }
  for (size_t s = 0; s < c->text.nsent && !rc; s++)
    if (!c->boiler[s]) rc = short_mentions(c, c->text.sent[s].t0, c->text.sent[s].t1);
  if (rc < 0) return rc;
  /* Mentions were added pattern by pattern: put them in text order. */
  if (c->npm > 1) dg_sort(c->pm, c->npm, sizeof *c->pm, by_position, NULL);
  for (size_t i = 0; i < c->npm; i++)
    for (size_t t = c->pm[i].t0; t < c->pm[i].t1; t++) c->tok_person[t] = (int32_t)i;
  mark_speakers(c);
  if ((rc = index_speakers(c)) < 0) return rc;
  dg_persons_inherit(c);
  return 0;
}
