/* Participants given by reference: "the two leaders", "both sides", "the
 * three countries", "they", "the trio". The article's recent sets of actors
 * (each meeting read, and each sentence that names two or more countries as
 * actors) are remembered; a frame that names fewer than two countries but
 * refers to a set takes the most recent set of the right size that contains
 * what it does name; "the African leaders" the most recent set of the
 * region's members. */
#include "extract/frames.h"
#include <string.h>

enum { REACH = 4 }; /* sentences a set stays salient */

static void push(dg_ctx *c, size_t s, const dg_xmeeting *m)
{
  dg_actorset *last = c->nsets ? &c->sets[(c->nsets - 1) % DG_ACTOR_SETS] : NULL;
  if (last && last->n == m->ncountries && memcmp(last->c, m->countries, m->ncountries * 4) == 0) {
    last->s = s;
    return;
  }
  dg_actorset *a = &c->sets[c->nsets++ % DG_ACTOR_SETS];
  a->s = s;
  a->n = m->ncountries;
  memcpy(a->c, m->countries, m->ncountries * 4);
}

void dg_discourse_note(dg_ctx *c, size_t s, const dg_xmeeting *m)
{
  if (m->ncountries >= 2) push(c, s, m);
}

static int reference(const dg_ctx *c, const dg_frame *f, int pronouns_too);

/* "The trio travelled by train", "the two leaders": a sentence that refers
 * to a recent set by a noun keeps it salient (a pronoun does not: "the win
 * lifts them" may be anyone). */
static void refresh(dg_ctx *c, const dg_frame *f)
{
  int n = reference(c, f, 0);
  size_t seen = c->nsets < DG_ACTOR_SETS ? c->nsets : DG_ACTOR_SETS;
  for (size_t i = 0; n && i < seen; i++) {
    dg_actorset *a = &c->sets[(c->nsets - 1 - i) % DG_ACTOR_SETS];
    if (a->s + REACH < f->s) return;
    if (n > 1 && a->n != (size_t)n) continue;
    a->s = f->s;
    return;
  }
}

/* A sentence with no meeting that still names two or more countries as
 * actors ("Presidents A of X and B of Y relaunched ties") makes them
 * salient; one that refers to a recent set keeps it so. */
int dg_discourse_sentence(dg_ctx *c, size_t s)
{
  const dg_sentence *se = &c->text.sent[s];
  int ents = 0;
  dg_frame f;
  memset(&f, 0, sizeof f);
  f.s = s; f.w0 = se->t0; f.w1 = se->t1; f.place_country = -1; f.first_trigger = se->t0;
  for (size_t t = se->t0; t < se->t1 && ents < 2; t++)
    ents += (c->ent[t] >= 0 && c->hits.v[c->ent[t]].kind != DG_HIT_TITLE) || c->tok_person[t] >= 0;
  if (ents < 2) {
    if (c->nsets) refresh(c, &f);
    return 0;
  }
  int rc = dg_frame_participants(c, &f);
  if (rc == 0) dg_discourse_note(c, s, &f.m);
  dg_xmeeting_clear(&f.m);
  return rc;
}

static int is_number(const dg_ctx *c, size_t t)
{
  static const char *const words[] = {"", "", "two", "three", "four", "five", "six", "seven", "eight", NULL};
  for (int i = 2; words[i]; i++)
    if (dg_tok_is(&c->text, t, words[i])) return i;
  if (dg_tok_is(&c->text, t, "both")) return 2;
  return 0;
}

/* A noun that names a set: "sides", "leaders", or a plural title
 * ("presidents", "foreign ministers"). */
static int set_noun(const dg_ctx *c, size_t t)
{
  const dg_hit *h = dg_ent_at(c, t);
  if (h && h->kind == DG_HIT_TITLE && c->gz->titles[h->ref].plural) return 1;
  return dg_tok_in_set(c, t, DG_WORDS_GROUP_NOUN) || dg_tok_in_set(c, t, DG_WORDS_COUNT_NOUN);
}

/* Does the clause give trigger t a date of its own, a few words after it
 * ("talks in Lima ended on Saturday"), not one of another event ("talks
 * ahead of the elections on Sunday")? */
static int dated(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const relations[] = {"ahead", "before", "after", "following", "until", "since", NULL};
  for (size_t k = t + 1; k < f->w1 && k < t + 9; k++) {
    if (dg_tok_word_in(c, k, relations)) return 0;
    if (c->tok_date[k] >= 0 && !c->dates[c->tok_date[k]].bound) return 1;
  }
  return 0;
}

/* "the opening round of negotiations in <city> closed on Saturday", "this meeting on
 * Monday": a trigger noun made definite by a determiner a few plain words
 * before it, in a clause with a date of its own (an event told again, not
 * "a date for the meeting"). */
static int definite_trigger(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const dets[] = {"the", "this", "these", NULL};
  const dg_hit *e = dg_evt_at(c, t);
  if (!e || e->kind != DG_HIT_TRIGGER || c->gz->triggers[e->ref].verb) return 0;
  for (size_t k = t; k > f->w0 && k + 4 > t; k--) {
    if (dg_tok_word_in(c, k - 1, dets)) return dated(c, f, t);
    if (dg_tok_is(&c->text, k - 1, "a") || dg_tok_is(&c->text, k - 1, "an")) return 0;
    const dg_token *w = &c->text.tok[k - 1];
    if (w->kind != DG_TOK_WORD || (w->flags & DG_TOKF_CAP) || c->ent[k - 1] >= 0 || c->evt[k - 1] >= 0) return 0;
  }
  return 0;
}

/* The size the frame refers to: n for "the two leaders", "both sides", "the
 * three Nordic premiers"; 1 for a reference of any size ("they", "the
 * sides", "the trio", "the talks"); 0 for none. */
static int reference(const dg_ctx *c, const dg_frame *f, int pronouns_too)
{
  static const char *const pronouns[] = {"they", "their", "them", NULL};
  int any = 0;
  for (size_t t = f->w0; t < f->w1; t++) {
    int n = is_number(c, t);
    if (n) {
      for (size_t k = t + 1; k < f->w1 && k <= t + 3; k++) {
        if (set_noun(c, k)) return n;
        if (c->tok_person[k] >= 0) break;
      }
      continue;
    }
    if (pronouns_too && dg_tok_word_in(c, t, pronouns)) any = 1;
    if (pronouns_too && f->m.ncountries == 1 && definite_trigger(c, f, t)) any = 1; /* with one party named */
    if (t > f->w0 && dg_tok_is(&c->text, t - 1, "the") && dg_tok_in_set(c, t, DG_WORDS_GROUP_NOUN) &&
        !(t + 1 < f->w1 && dg_tok_is(&c->text, t + 1, "of")))
      any = 1; /* "the sides"; not "the leaders of A and B" */
  }
  return any;
}

static int contains(const dg_actorset *a, const dg_xmeeting *m)
{
  for (size_t i = 0; i < m->ncountries; i++) {
    int found = 0;
    for (size_t k = 0; k < a->n && !found; k++) found = memcmp(a->c[k], m->countries[i], 4) == 0;
    if (!found) return 0;
  }
  return 1;
}

static int disjoint(const dg_actorset *a, const dg_xmeeting *m)
{
  for (size_t i = 0; i < m->ncountries; i++)
    for (size_t k = 0; k < a->n; k++)
      if (memcmp(a->c[k], m->countries[i], 4) == 0) return 0;
  return 1;
}

/* "A and B met ... before a trilateral summit, where C will take part": a
 * format of k that names j countries is joined by the most recent set of
 * k - j others. */
static void joined(dg_ctx *c, dg_frame *f)
{
  int k = f->m.format_said > f->n_said ? f->m.format_said : f->n_said;
  if (k < 3 || f->m.ncountries == 0 || (size_t)k <= f->m.ncountries) return;
  size_t seen = c->nsets < DG_ACTOR_SETS ? c->nsets : DG_ACTOR_SETS;
  for (size_t i = 0; i < seen; i++) {
    const dg_actorset *a = &c->sets[(c->nsets - 1 - i) % DG_ACTOR_SETS];
    if (a->s + REACH < f->s) break;
    if (a->n + f->m.ncountries != (size_t)k || !disjoint(a, &f->m)) continue;
    f->cur = f->w0;
    for (size_t j = 0; j < a->n; j++) dg_frame_add_country(f, a->c[j]);
    return;
  }
}

/* "X said they will meet President Y": "they" before the trigger is the
 * most recent set, which the parties the clause names join (when it names
 * a person after the trigger: "where they meet <city> Rovers" is sport). */
static void they_and(dg_ctx *c, dg_frame *f)
{
  static const char *const they[] = {"they", NULL};
  size_t t = f->w0;
  while (t < f->first_trigger && !dg_tok_word_in(c, t, they)) t++;
  size_t i = 0;
  while (i < f->m.npersons && f->ptok[i] < f->first_trigger) i++;
  if (t >= f->first_trigger || !c->nsets || i == f->m.npersons) return; /* "they meet <city> United": no */
  const dg_actorset *a = &c->sets[(c->nsets - 1) % DG_ACTOR_SETS];
  if (a->s + REACH < f->s || contains(a, &f->m)) return;
  f->cur = t;
  for (size_t k = 0; k < a->n; k++) dg_frame_add_country(f, a->c[k]);
}

/* "a round among the three sides in <city> in May": the numbered set
 * is what the trigger noun itself names, not a topic ("the border between
 * the two"), in a clause that tells the meeting's place or date (not "to
 * broker negotiations between the two nations"). */
static int trigger_names_set(const dg_ctx *c, const dg_frame *f)
{
  static const char *const preps[] = {"between", "among", "of", NULL};
  int anchored = f->m.place != NULL;
  for (size_t t = f->w0; t < f->w1 && !anchored; t++) anchored = c->tok_date[t] >= 0;
  for (size_t t = f->w0 + 3; t < f->w1 && anchored; t++)
    if (is_number(c, t) && dg_tok_is(&c->text, t - 1, "the") && dg_tok_word_in(c, t - 2, preps) &&
        c->evt[t - 3] >= 0 && c->hits.v[c->evt[t - 3]].kind == DG_HIT_TRIGGER)
      return 1;
  return 0;
}

/* "the African leaders", "these Gulf states", "amongst the Nordic
 * premiers": a determiner, a region's name (one or two words, capitalised)
 * and a set noun. The region, and *at the token of its name; -1 for none. */
int dg_region_of(const dg_ctx *c, size_t t0, size_t t1)
{
  char key[64];
  size_t k = 0;
  if (!c->gz->nregions) return -1;
  for (size_t w = t0; w < t1; w++) {
    size_t n = dg_tok_len(&c->text, w);
    int other = c->ent[w] >= 0 && c->hits.v[c->ent[w]].kind != DG_HIT_DEMONYM; /* "Latin American" */
    if (!(c->text.tok[w].flags & DG_TOKF_CAP) || other || k + n + 1 >= sizeof key) return -1;
    if (w > t0) key[k++] = ' ';
    memcpy(key + k, dg_tok_str(&c->text, w), n);
    k += n;
  }
  return k ? dg_gazetteer_region(c->gz, key, k) : -1;
}

static int region_reference(const dg_ctx *c, const dg_frame *f, size_t *at)
{
  static const char *const dets[] = {"the", "these", "those", NULL};
  static const char *const with[] = {"with", "among", "amongst", "between", NULL};
  for (size_t t = f->w0; t + 2 < f->w1; t++) {
    if (!dg_tok_word_in(c, t, dets)) continue;
    /* a party when the frame names no two, or right after "with" or the
     * trigger ("meet the African leaders"); not "criticised the African
     * leaders" beside a meeting of two named */
    if (f->m.ncountries >= 2 && !(t > f->w0 && (dg_tok_word_in(c, t - 1, with) || c->evt[t - 1] >= 0))) continue;
    for (size_t words = 2; words >= 1; words--) {
      size_t last = t + words, noun = last + 1;
      if (noun >= f->w1 || !set_noun(c, noun)) continue;
      int r = dg_region_of(c, t + 1, last + 1);
      if (r >= 0) { *at = t + 1; return r; }
    }
  }
  return -1;
}

static int all_in_region(const dg_ctx *c, const dg_actorset *a, int r)
{
  for (size_t k = 0; k < a->n; k++)
    if (!dg_region_has(c->gz, r, a->c[k])) return 0;
  return 1;
}

/* The set a region's reference means: the most recent set of two or more
 * actors, all of them of the region, reaching as far as a size said. */
static void region_set(dg_ctx *c, dg_frame *f)
{
  size_t at;
  int r = region_reference(c, f, &at);
  if (r < 0) return;
  size_t seen = c->nsets < DG_ACTOR_SETS ? c->nsets : DG_ACTOR_SETS;
  for (size_t i = 0; i < seen; i++) {
    const dg_actorset *a = &c->sets[(c->nsets - 1 - i) % DG_ACTOR_SETS];
    if (a->s + 3 * REACH < f->s) return;
    if (a->n < 2 || !all_in_region(c, a, r)) continue;
    f->cur = at;
    for (size_t k = 0; k < a->n; k++) dg_frame_add_country(f, a->c[k]);
    return;
  }
}

void dg_discourse_resolve(dg_ctx *c, dg_frame *f)
{
  if (f->context_only) return;
  if (c->gz->nregions) region_set(c, f);
  if (f->m.ncountries < DG_MAX_MEETING_COUNTRIES) joined(c, f);
  if (f->m.ncountries >= 2) {
    they_and(c, f);
    return;
  }
  int n = reference(c, f, 1), own_set = n > 1 && trigger_names_set(c, f);
  if (!n) return;
  size_t seen = c->nsets < DG_ACTOR_SETS ? c->nsets : DG_ACTOR_SETS;
  for (size_t i = 0; i < seen; i++) {
    const dg_actorset *a = &c->sets[(c->nsets - 1 - i) % DG_ACTOR_SETS];
    if (a->s + (n > 1 ? 3 * REACH : REACH) < f->s) break; /* a size said ("the three") reaches further */
    /* a set of the size said that holds the country named, or that the
     * country named joins ("a Swiss-brokered round among the three sides") */
    if ((n > 1 && a->n != (size_t)n) || !(contains(a, &f->m) || (n > 1 && own_set && disjoint(a, &f->m)))) continue;
    if (n == 1 && !f->m.ncountries && a->s + 2 < f->s) break; /* a bare "they" reaches two sentences back */
    f->cur = f->w0;
    for (size_t k = 0; k < a->n; k++) dg_frame_add_country(f, a->c[k]);
    return;
  }
  if (f->m.ncountries == 1) they_and(c, f); /* "they will meet President X" */
}
