/* Who takes part in a frame: persons who act (not those who speak about it),
 * countries named as actors (not as locations or news sources), the places. */
#include "extract/frames.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Before a country: where something happens or what it is about, not who
 * takes part ("in Sudan", "talks on Sudan", "to discuss Libya"). */
static const char *const location_preps[] = {
  "in", "inside", "into", "across", "over", "throughout", "to", "within", "near", "towards",
  "toward", "against", "on", "about", "regarding", "concerning", "discuss", "discussed",
  "discussing", NULL};
/* Before a city: where the meeting is. */
static const char *const place_preps[] = {"in", "at", "visited", "visiting", NULL};
static const char *const appeal_words[] = {"called", "call", "calls", "urged", "urges", NULL};
static const char *const former_words[] = {"former", "ex", "late", NULL};
static const char *const pronouns[] = {"he", "she", "himself", "herself", NULL};

int dg_frame_add_person(dg_ctx *c, dg_frame *f, int person)
{
  dg_xmeeting *m = &f->m;
  const dg_xperson *x = &c->r->persons[person];
  if (x->nonstate) return 0;
  for (size_t i = 0; i < m->npersons; i++)
    if (m->persons[i] == person) return 0;
  if (m->npersons < DG_MAX_MEETING_PERSONS) {
    f->ptok[m->npersons] = f->cur;
    m->persons[m->npersons++] = person;
  }
  if (x->iso3[0]) dg_frame_add_country(f, x->iso3);
  if (x->level >= 0) m->levels |= 1u << x->level;
  return 0;
}

/* A city or a capital at t. */
static int place_tok(const dg_ctx *c, size_t t)
{
  const dg_hit *h = c->ent[t] >= 0 ? &c->hits.v[c->ent[t]] : NULL;
  return h && (h->kind == DG_HIT_PLACE || h->kind == DG_HIT_CAPITAL);
}

static int is_kind(const dg_ctx *c, size_t t, int kind)
{
  return t < c->text.ntok && c->ent[t] >= 0 && c->hits.v[c->ent[t]].kind == kind;
}

/* "Peru's President X", "Peru's Transitional Council Chairman X": a person or
 * a title at t, or after up to three capitalised words that begin it. */
static int titled_after(const dg_ctx *c, size_t t)
{
  for (size_t k = t; k < c->text.ntok && k < t + 4; k++) {
    if (c->tok_person[k] >= 0 || is_kind(c, k, DG_HIT_TITLE)) return 1;
    if (c->text.tok[k].kind != DG_TOK_WORD || !(c->text.tok[k].flags & DG_TOKF_CAP) || c->ent[k] >= 0) return 0;
  }
  return 0;
}

static int source_follows(const dg_ctx *c, size_t t, size_t w1)
{
  for (size_t k = t; k < w1 && k < t + 4; k++) {
    const dg_hit *h = dg_cue_at(c, k);
    if (h && h->kind == DG_HIT_SOURCE) return 1;
  }
  return 0;
}

/* After a demonym (and any list of them), is there an actor within reach? */
static int demonym_acts(const dg_ctx *c, size_t t, size_t w1)
{
  int loose = 0;
  for (size_t k = t; k < w1; k++) {
    const dg_hit *h = c->ent[k] >= 0 ? &c->hits.v[c->ent[k]] : NULL;
    const dg_hit *q = dg_cue_at(c, k);
    if (q && q->kind == DG_HIT_SOURCE) return 0;
    /* a title, a person, or an actor noun ("Chilean officials") */
    if ((h && h->kind == DG_HIT_TITLE) || c->tok_person[k] >= 0 || dg_tok_in_set(c, k, DG_WORDS_ACTOR_NOUN))
      return 1;
    if (h && h->kind == DG_HIT_DEMONYM) continue;
    if (dg_tok_is(&c->text, k, ",") || dg_tok_is(&c->text, k, "and") || dg_tok_is(&c->text, k, "top"))
      continue;
    if (dg_tok_is(&c->text, k, "'") && dg_tok_is(&c->text, k + 1, "s")) { /* "Ruritanian People's Army" */
      k++;
      continue;
    }
    if (c->text.tok[k].kind != DG_TOK_WORD || ++loose > 2) return 0;
  }
  return 0;
}

void dg_frame_add_country(dg_frame *f, const char *iso3)
{
  size_t n = f->m.ncountries;
  dg_meeting_add_country(&f->m, iso3);
  if (f->m.ncountries > n) f->ctok[n] = f->cur;
}

void dg_frame_add_party(dg_frame *f, const char *iso3)
{
  if (!f->places_only && !f->context_only) dg_frame_add_country(f, iso3);
}
static void add_country(dg_frame *f, const char *iso3) { dg_frame_add_party(f, iso3); }

/* "on the sidelines of the G7 summit", "to discuss Libya and Sudan": what
 * follows is the setting or the subject, not more parties. */
static void context_words(const dg_ctx *c, dg_frame *f, size_t t)
{
  static const char *const topics[] = {"discuss", "discussed", "discussing", "about", "regarding", NULL};
  if (dg_tok_in_set(c, t, DG_WORDS_MARGIN) && dg_tok_is(&c->text, t + 1, "of")) {
    f->context_only = 1;
    f->m.sideline = 1;
  }
  if (dg_tok_word_in(c, t, topics)) f->context_only = 2;
  /* "On the sidelines of the summit, X met Y": the setting ends at the comma. */
  if (f->context_only == 1 && dg_tok_is(&c->text, t, ",") && t < f->first_trigger) f->context_only = 0;
}

static void set_place(dg_ctx *c, dg_frame *f, const char *name, int country, size_t after, size_t w1)
{
  if (f->m.place || (after > f->first_trigger && dg_frame_of_event_before(c, f, after))) return;
  /* "in Rome or in another capital": no place is settled. */
  for (size_t k = after; k < w1 && k < after + 3; k++)
    if (dg_tok_is(&c->text, k, "or")) return;
  if (!(f->m.place = dg_strdup(name))) f->oom = 1;
  f->place_country = country;
}

/* Is a preposition of `preps` right before t, or before "the"/a lowercase
 * adjective before t ("in northern Peru", "in the Elysee")? */
static int prep_before(const dg_ctx *c, size_t t, size_t w0, const char *const *preps)
{
  if (t > w0 && dg_tok_word_in(c, t - 1, preps)) return 1;
  return t > w0 + 1 && dg_tok_word_in(c, t - 2, preps) && c->text.tok[t - 1].kind == DG_TOK_WORD &&
         !(c->text.tok[t - 1].flags & DG_TOKF_CAP);
}

/* "a visit to Beijing", "flew to Beijing" */
static int visit_to(const dg_ctx *c, size_t t, size_t w0)
{
  return t > w0 + 1 && dg_tok_is(&c->text, t - 1, "to") && dg_tok_in_set(c, t - 2, DG_WORDS_VISIT);
}

/* Only ",", "and", "or", "the" between the previous country that was not
 * a participant and this one: the same list ("on Sudan and Libya", "in
 * Chad and the CAR"). */
static int same_list_as_excluded(const dg_ctx *c, const dg_frame *f, size_t t)
{
  if (!f->excluded_end || f->excluded_end > t) return 0;
  for (size_t k = f->excluded_end; k < t; k++)
    if (!dg_tok_is(&c->text, k, ",") && !dg_tok_is(&c->text, k, "and") && !dg_tok_is(&c->text, k, "or") &&
        !dg_tok_is(&c->text, k, "-") && !dg_tok_is(&c->text, k, "the"))
      return 0;
  return 1;
}

/* "in the German city of Weimar": a place the gazetteer need not know. */
static int city_of(dg_ctx *c, dg_frame *f, size_t t, size_t te)
{
  if (!(t > f->w0 + 1 && dg_tok_is(&c->text, t - 1, "the") && dg_tok_word_in(c, t - 2, place_preps)) ||
      !dg_tok_in_set(c, te, DG_WORDS_PLACE_KIND) || !dg_tok_is(&c->text, te + 1, "of"))
    return 0;
  size_t k = te + 2, e = k;
  while (e < f->w1 && e < k + 4 && (c->text.tok[e].flags & DG_TOKF_CAP) && c->text.tok[e].kind == DG_TOK_WORD) e++;
  if (e == k) return 0;
  char *name = dg_strndup(c->doc->text + c->text.tok[k].os, c->text.tok[e - 1].oe - c->text.tok[k].os);
  if (!name) f->oom = 1;
  if (name && !f->m.place) { f->m.place = name; name = NULL; f->place_country = c->hits.v[c->ent[t]].ref; }
  dg_free(name);
  return 1;
}

/* Not a party: "the Yemen war", "the Chile-Peru rivalry" (a topic); "Geneva,
 * Switzerland" (where a place is); "visited Cyprus", "a trip to Peru" (a
 * destination with no counterpart named); "former Kenyan President X". */
static int not_a_party(const dg_ctx *c, const dg_frame *f, const dg_hit *h, size_t t, size_t te)
{
  size_t k = dg_frame_pair_end(c, f, te);
  if (k < f->w1 && dg_tok_in_set(c, k, DG_WORDS_TOPIC_NOUN) && !(k + 1 < f->w1 && c->evt[k + 1] >= 0))
    return 1; /* not "border talks", "crisis meeting": a kind of meeting */
  if (t > f->w0 + 1 && dg_tok_is(&c->text, t - 1, ",") && place_tok(c, t - 2)) return 1;
  /* "the NATO accession of A and B", "the sovereignty of A": a topic */
  for (k = t; k > f->w0 && (dg_is_country_hit(dg_ent_at(c, k - 1)) || (c->ent[k - 1] >= 0 && c->ent[k - 1] == c->ent[k]) ||
                            dg_tok_is(&c->text, k - 1, ",") || dg_tok_is(&c->text, k - 1, "and"));
       k--) {}
  if (k > f->w0 + 1 && dg_tok_is(&c->text, k - 1, "of") && dg_tok_in_set(c, k - 2, DG_WORDS_TOPIC_NOUN)) return 1;
  if (h->kind == DG_HIT_COUNTRY && t > f->w0 && (dg_tok_in_set(c, t - 1, DG_WORDS_VISIT) || visit_to(c, t, f->w0)))
    return 1;
  return h->kind == DG_HIT_DEMONYM && t > f->w0 && dg_tok_word_in(c, t - 1, former_words);
}

/* A city's name that a capitalised word carries on ("<city> United"), a
 * word that is no entity, person, title or meeting word: a name of its own. */
static int name_goes_on(const dg_ctx *c, size_t te, size_t w1)
{
  if (te + 1 < w1 && dg_tok_is(&c->text, te, "-") && c->text.tok[te + 1].kind == DG_TOK_WORD &&
      !(c->text.tok[te + 1].flags & DG_TOKF_CAP))
    return 1; /* "<city>-mediated talks", "<city>-based": a modifier, not the place */
  return te < w1 && c->text.tok[te].kind == DG_TOK_WORD && (c->text.tok[te].flags & DG_TOKF_CAP) &&
         c->ent[te] < 0 && c->evt[te] < 0 && c->cue[te] < 0 && c->tok_person[te] < 0;
}

/* "former Nigerian President X": no longer acts for the state. */
static int former_holder(const dg_ctx *c, const dg_frame *f, size_t t)
{
  for (size_t k = t; k > f->w0 && k + 5 > t; k--) {
    if (dg_tok_word_in(c, k - 1, former_words)) return 1;
    if (c->ent[k - 1] < 0 || c->tok_person[k - 1] >= 0) return 0;
  }
  return 0;
}

/* "Latin American", "South American": a demonym that ends a region's name
 * (gazetteer `regions`) is no country. */
static int in_region_name(const dg_ctx *c, size_t t)
{
  return t > 0 && dg_region_of(c, t - 1, t + 1) >= 0;
}

static void one_place_or_country(dg_ctx *c, dg_frame *f, const dg_hit *h, size_t t, size_t te)
{
  const dg_gazetteer *gz = c->gz;
  int prep = prep_before(c, t, f->w0, place_preps) || visit_to(c, t, f->w0);
  int where = prep || same_list_as_excluded(c, f, t); /* "in A and B" */
  int appeal = t > f->w0 + 1 && dg_tok_is(&c->text, t - 1, "on") && dg_tok_word_in(c, t - 2, appeal_words);
  int loc = !appeal && (prep_before(c, t, f->w0, location_preps) || same_list_as_excluded(c, f, t) ||
                        (h->kind != DG_HIT_PLACE && h->kind != DG_HIT_GROUP && not_a_party(c, f, h, t, te)));
  if (loc && h->kind != DG_HIT_PLACE) f->excluded_end = te;
  if (h->kind == DG_HIT_GROUP) { /* "Weimar Triangle ministers": its members */
    const dg_group *g = &gz->groups[h->ref];
    int names = f->context_only != 1 && dg_frame_trigger_follows(c, te); /* "talks about the inter-Korean summit" */
    if (!names && (loc || f->context_only || dg_frame_far_after_trigger(c, f, t))) return;
    for (size_t i = 0; i < g->nmembers; i++) {
      if (names && !f->places_only) dg_frame_add_country(f, g->members[i]);
      else add_country(f, g->members[i]);
    }
    if ((int)g->nmembers > f->m.format_said) f->m.format_said = (int)g->nmembers;
    return;
  }
  if ((h->kind == DG_HIT_PLACE || h->kind == DG_HIT_CAPITAL) && name_goes_on(c, te, f->w1))
    return; /* "<city> Rovers", "<city> Athletic": a club or a firm */
  if (h->kind == DG_HIT_PLACE) {
    if (prep || dg_frame_trigger_follows(c, te)) set_place(c, f, gz->places[h->ref].name, gz->places[h->ref].country, te, f->w1);
    return;
  }
  const dg_country *co = &gz->countries[h->ref];
  /* "Qatari-brokered talks between A and B": the mediator takes part, also
   * before "between" */
  if ((h->kind == DG_HIT_COUNTRY || h->kind == DG_HIT_DEMONYM) && te + 1 < f->w1 && dg_tok_is(&c->text, te, "-") &&
      dg_tok_in_set(c, te + 1, DG_WORDS_BROKER)) {
    if (!f->context_only && !loc) dg_frame_add_country(f, co->iso3);
    return;
  }
  /* A city-state, whose capital is the country ("talks in Singapore"). */
  if (h->kind == DG_HIT_COUNTRY && prep && (co->capitals.n == 0 || strcasecmp(co->capitals.v[0], co->name) == 0)) {
    set_place(c, f, co->name, h->ref, te, f->w1);
    return;
  }
  if (h->kind == DG_HIT_CAPITAL) {
    if (prep || dg_frame_trigger_follows(c, te)) set_place(c, f, co->capitals.v[0], h->ref, te, f->w1);
    else if (!loc && !source_follows(c, te, f->w1)) add_country(f, co->iso3);
    return;
  }
  if (h->kind == DG_HIT_DEMONYM) {
    if (city_of(c, f, t, te) || in_region_name(c, t)) return;
    if (loc && !prep) return;
    if (dg_tok_is(&c->text, te, "capital") && t > f->w0 && dg_tok_is(&c->text, t - 1, "the") &&
        t > f->w0 + 1 && dg_tok_word_in(c, t - 2, place_preps) && co->capitals.n)
      set_place(c, f, co->capitals.v[0], h->ref, te + 1, f->w1);
    else if (demonym_acts(c, te, f->w1))
      add_country(f, co->iso3);
    return;
  }
  /* "to discuss the Chile-Peru summit": the pair names that summit's parties
   * (not "on the sidelines of the A-B summit": the setting) */
  if (h->kind == DG_HIT_COUNTRY && f->context_only != 1 && !f->places_only && dg_frame_names_the_meeting(c, f, t, te)) {
    dg_frame_add_country(f, co->iso3);
    return;
  }
  /* A country's name: an actor unless it is where something happens, who
   * reports it, or what is talked about ("Peru's territorial integrity"). */
  if (loc || source_follows(c, te, f->w1)) {
    if (where && f->nhost < 4 && !f->places_only && !f->context_only) {
      f->host_tok[f->nhost] = t;
      f->host[f->nhost++] = h->ref;
    }
    f->excluded_end = te;
    return;
  }
  if (dg_tok_is(&c->text, te, "'") && dg_tok_is(&c->text, te + 1, "s") && !titled_after(c, te + 2))
    return;
  add_country(f, co->iso3);
}

/* "with" followed by a person: "with (his) Kenyan counterpart, X". */
static int with_person(const dg_ctx *c, size_t w0, size_t w1)
{
  static const char *const skip[] = {"his", "her", "its", "their", "the", ",", NULL};
  for (size_t t = w0; t < w1; t++) {
    if (!dg_tok_is(&c->text, t, "with")) continue;
    size_t k = t + 1;
    while (k < w1 && (dg_tok_word_in(c, k, skip) || (c->ent[k] >= 0 && c->tok_person[k] < 0) ||
                      dg_tok_is(&c->text, k, "counterpart")))
      k++;
    if (k < w1 && c->tok_person[k] >= 0) return 1;
  }
  return 0;
}

static int speaker_in_sentence(const dg_ctx *c, int person, size_t t0, size_t t1)
{
  for (size_t i = dg_mentions_before(c, t0); i < c->npm && c->pm[i].t1 <= t1; i++)
    if (c->pm[i].person == person && c->pm[i].speaker && c->pm[i].t0 >= t0) return 1;
  return 0;
}

/* A title standing for its holder, with a country only it implies ("EAM
 * held talks"): no name after it, no nationality before it. */
static int bare_title(const dg_ctx *c, const dg_frame *f, const dg_hit *h, size_t t)
{
  const dg_title *ti = &c->gz->titles[h->ref];
  size_t te = dg_hit_end_tok(c, h, t);
  if (ti->plural || ti->country < 0 || c->tok_person[t] >= 0) return 0;
  if (te < c->text.ntok && (c->tok_person[te] >= 0 || (dg_tok_is(&c->text, te, ",") && c->tok_person[te + 1] >= 0)))
    return 0;
  if (t > f->w0 && c->ent[t - 1] >= 0 && dg_is_country_hit(&c->hits.v[c->ent[t - 1]])) return 0;
  return t == f->w0 || c->tok_person[t - 1] < 0;
}

/* Persons and countries of tokens [w0, w1) into f. */
static int gather(dg_ctx *c, dg_frame *f, size_t w0, size_t w1, int *speakers_in)
{
  for (size_t t = w0; t < w1; t++) {
    f->cur = t;
    context_words(c, f, t);
    int32_t pm = c->tok_person[t];
    if (pm >= 0 && c->pm[pm].t0 == t && !c->pm[pm].speaker && !f->places_only && !former_holder(c, f, t))
      dg_frame_add_person(c, f, c->pm[pm].person);
    if (dg_tok_word_in(c, t, pronouns) || (dg_tok_is(&c->text, t, "his") && dg_frame_trigger_follows(c, t + 1)))
      *speakers_in = 1;
    const dg_hit *h = dg_ent_at(c, t);
    if (h && h->kind == DG_HIT_TITLE && bare_title(c, f, h, t))
      add_country(f, c->gz->countries[c->gz->titles[h->ref].country].iso3); /* "EAM held talks" */
    if (!h || h->kind == DG_HIT_TITLE || h->kind == DG_HIT_PERSON) continue;
    size_t te = dg_hit_end_tok(c, h, t);
    one_place_or_country(c, f, h, t, te);
    t = te - 1;
  }
  return 0;
}

/* "talks between A and B": when two or more parties follow "between", they
 * are the parties, not whoever calls for the talks. */
/* A trigger right before t, or before a place or date said of it ("a
 * summit in <city> on 12 June between A and B"). */
static int trigger_before(const dg_ctx *c, size_t w0, size_t t)
{
  static const char *const joins[] = {"in", "at", "on", ",", NULL};
  size_t k = t;
  while (k > w0 && k + 10 > t && c->evt[k - 1] < 0 &&
         (dg_tok_word_in(c, k - 1, joins) || c->tok_date[k - 1] >= 0 || place_tok(c, k - 1) ||
          is_kind(c, k - 1, DG_HIT_COUNTRY))) /* "a summit in Singapore between A and B" */
    k--;
  return k > w0 && c->evt[k - 1] >= 0;
}

static size_t between_start(dg_ctx *c, size_t w0, size_t w1)
{
  for (size_t t = w0 + 1; t < w1; t++) {
    if (!dg_tok_is(&c->text, t, "between") || !trigger_before(c, w0, t)) continue; /* "talks between" */
    dg_frame tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.w0 = t + 1;
    tmp.w1 = w1;
    int dummy = 0;
    gather(c, &tmp, t + 1, w1, &dummy);
    size_t n = tmp.m.ncountries;
    dg_xmeeting_clear(&tmp.m);
    if (tmp.oom) return (size_t)-1;
    return n >= 2 ? t + 1 : w0;
  }
  return w0;
}

/* "X and Y talked when they met": "they" are the parties of the clause before. */
static void they(dg_ctx *c, dg_frame *f)
{
  static const char *const words[] = {"they", "their", "both", NULL};
  int found = 0;
  for (size_t t = f->w0; t < f->w1 && !found; t++) found = dg_tok_word_in(c, t, words);
  size_t s0 = c->text.sent[f->s].t0;
  if (!found || f->m.ncountries >= 2 || f->w0 <= s0) return;
  int dummy = 0;
  size_t w0 = f->w0, w1 = f->w1;
  f->w0 = s0;
  f->w1 = w0;
  gather(c, f, s0, w0, &dummy);
  f->w0 = w0;
  f->w1 = w1;
}

/* No place in the clause: the one city the rest of the sentence puts
 * something "in" or "at" ("X left <city> after holding talks with Y" is
 * not this; "In Lima, X met Y after ..." is). Two different cities, or
 * another meeting word in the sentence: none. */
static void sentence_place(dg_ctx *c, dg_frame *f)
{
  static const char *const at[] = {"in", "at", NULL};
  const dg_sentence *s = &c->text.sent[f->s];
  const char *name = NULL;
  int country = -1;
  for (size_t t = s->t0 + 1; t < s->t1; t++) {
    if (t == f->w0) t = f->w1; /* the clause itself said none */
    if (t >= s->t1) break;
    const dg_hit *e = dg_evt_at(c, t);
    if (e && e->kind == DG_HIT_TRIGGER) return; /* another meeting's clause: its place is its own */
    const dg_hit *h = dg_ent_at(c, t);
    if (!h || (h->kind != DG_HIT_PLACE && h->kind != DG_HIT_CAPITAL) || !dg_tok_word_in(c, t - 1, at)) continue;
    const char *n = h->kind == DG_HIT_PLACE ? c->gz->places[h->ref].name : c->gz->countries[h->ref].capitals.v[0];
    int k = h->kind == DG_HIT_PLACE ? c->gz->places[h->ref].country : h->ref;
    if (name && strcmp(name, n) != 0) return;
    name = n;
    country = k;
  }
  if (name) set_place(c, f, name, country, f->w1, f->w1);
}

/* The subject's side a clause leaves to its speaker or to pronouns: "He
 * said he would meet X" (the speaker takes part; so in "X added, during a
 * call with Y, ..." where the call is X's own), "we", "X told Y", "it",
 * the participle's subject, the counterpart's host. */
static void subject_and_pronouns(dg_ctx *c, dg_frame *f, size_t w0, int speakers_in)
{
  int p = -1;
  if (speakers_in) p = dg_pronoun_person(c, f->s, f->w0);
  else if (f->m.ncountries < 2 && with_person(c, w0, f->w1)) {
    p = dg_person_speaker_before(c, f->w0);
    if (p >= 0 && !speaker_in_sentence(c, p, c->text.sent[f->s].t0, f->w0)) p = -1;
  }
  f->cur = f->w0; /* what follows belongs to the subject's side */
  if (p >= 0) dg_frame_add_person(c, f, p);
  dg_frame_participle_subject(c, f);
  they(c, f);
  f->cur = f->w0;
  dg_frame_we(c, f);
  dg_frame_told(c, f);
  dg_frame_it(c, f);
  dg_frame_object_pronoun(c, f);
  dg_frame_counterpart_host(c, f);
}

int dg_frame_participants(dg_ctx *c, dg_frame *f)
{
  int speakers_in = 0;
  size_t w0 = f->body = dg_frame_skip_dateline(c, f->w0, f->w1);
  size_t parties = between_start(c, w0, f->w1);
  if (parties == (size_t)-1) return DG_ENOMEM;
  if (parties > w0) { /* before "talks between A and B": only the place counts */
    f->places_only = 1;
    f->between = parties;
    f->own0 = dg_frame_own_start(c, w0, parties);
    gather(c, f, f->own0, parties, &speakers_in);
    f->places_only = 0;
    speakers_in = 0;
  }
  gather(c, f, parties, f->w1, &speakers_in);
  if (!f->between) subject_and_pronouns(c, f, w0, speakers_in); /* "a summit between A and B": A and B only */
  if (!f->m.place) sentence_place(c, f);
  dg_frame_levels(c, f);
  return f->oom ? dg_error_oom() : 0; /* set here: the flag may be old news */
}
