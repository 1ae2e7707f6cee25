/* Meetings: cut each sentence into clauses at speech verbs and
 * subordinators, and read a meeting from each clause that holds a trigger. */
#include "extract/frames.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static const char *const boundaries[] = {
  "that", ";", "after", "before", "while", "when", "whereas", "although", "though", "but",
  "because", NULL};

/* "met A and later called for peace in B": "and" before a second verb
 * phrase ("and later", "and then", or "and" + a verb in -ed + for, on, to,
 * that) ends the first one's parties. */
static int and_verb(const dg_ctx *c, size_t t)
{
  static const char *const adverbs[] = {"later", "then", "afterwards", "subsequently", NULL};
  static const char *const preps[] = {"for", "on", "to", "that", NULL};
  if (!dg_tok_is(&c->text, t, "and") || t + 2 >= c->text.ntok) return 0;
  if (dg_tok_word_in(c, t + 1, adverbs)) return 1;
  size_t n = dg_tok_len(&c->text, t + 1);
  return n > 4 && memcmp(dg_tok_str(&c->text, t + 1) + n - 2, "ed", 2) == 0 && c->evt[t + 1] < 0 &&
         !(c->text.tok[t + 1].flags & DG_TOKF_CAP) && dg_tok_word_in(c, t + 2, preps);
}

static int is_boundary(const dg_ctx *c, size_t t)
{
  const dg_hit *q = c->cue[t] >= 0 ? &c->hits.v[c->cue[t]] : NULL;
  static const char *const sequence[] = {"followed", "follows", "preceded", "precedes", NULL};
  if (dg_tok_word_in(c, t, sequence)) /* "X followed Y": two events; "X, followed by Y,": one clause */
    return !dg_tok_is(&c->text, t + 1, "by");
  return (q && q->kind == DG_HIT_SPEECH) || dg_tok_word_in(c, t, boundaries) || and_verb(c, t);
}
int dg_frame_boundary(const dg_ctx *c, size_t t) { return is_boundary(c, t); }

/* "the summit that India is due to host": the clause after "that"/"which"
 * speaks of this meeting (its verb, "host", is this meeting's too). */
/* "that"/"which" right after the meeting's noun opens a clause about it
 * ("the summit that ..."); after anything else it is reported speech. */
static int relative_after(const dg_ctx *c, const dg_frame *f)
{
  size_t t = f->w1;
  return t < c->text.sent[f->s].t1 && t > f->w0 &&
         (dg_tok_is(&c->text, t, "that") || dg_tok_is(&c->text, t, "which")) && c->evt[t - 1] >= 0 &&
         c->hits.v[c->evt[t - 1]].kind == DG_HIT_TRIGGER;
}
int dg_frame_relative_after(const dg_ctx *c, const dg_frame *f) { return relative_after(c, f); }

/* "the five nations' ministers" names fewer than five: the others are the
 * ones of the meeting read just before ("Chile later joined the format"). */
static void fill_from_previous(dg_ctx *c, dg_frame *f, const dg_xmeeting *prev)
{
  if (!prev || f->n_said <= (int)f->m.ncountries) return;
  dg_xmeeting u = f->m;
  for (size_t i = 0; i < prev->ncountries; i++) dg_meeting_add_country(&u, prev->countries[i]);
  if ((int)u.ncountries != f->n_said) return;
  memcpy(f->m.countries, u.countries, sizeof u.countries);
  f->m.ncountries = u.ncountries;
}

static int keep_frame(dg_ctx *c, dg_frame *f)
{
  dg_records *r = c->r;
  size_t a = f->w0, b = f->w1;
  while (a < b && c->text.tok[a].kind == DG_TOK_PUNCT) a++;
  while (b > a && c->text.tok[b - 1].kind == DG_TOK_PUNCT) b--;
  if (a == b) a = f->w0, b = f->w1;
  const dg_sentence *s = &c->text.sent[f->s];
  if (dg_evlist_add_in(&f->m.ev, c->doc->id, c->text.tok[a].os, c->text.tok[b - 1].oe, c->doc->text, s->os,
                       s->oe) < 0 ||
      dg_grow((void **)&r->meetings, &r->capmeetings, r->nmeetings + 1, sizeof *r->meetings) < 0) {
    dg_xmeeting_clear(&f->m);
    return DG_ENOMEM;
  }
  r->meetings[r->nmeetings++] = f->m;
  return 0;
}

/* Clause windows of sentence s: pairs [w0, w1) written to cl (2 per clause). */
static size_t clauses(const dg_ctx *c, size_t s, size_t *cl, size_t max)
{
  size_t n = 0, start = c->text.sent[s].t0, end = c->text.sent[s].t1;
  for (size_t t = start; t <= end && n + 2 <= max; t++) {
    if (t < end && !is_boundary(c, t)) continue;
    if (t > start) { cl[n++] = start; cl[n++] = t; }
    start = t + 1;
  }
  return n;
}

static int has_trigger(const dg_ctx *c, size_t w0, size_t w1, size_t *first)
{
  for (size_t t = w0; t < w1; t++)
    if (dg_frame_real_trigger(c, t, w0)) { *first = t; return 1; }
  return 0;
}

/* "X met Y. The meeting took place in Rome on Friday.": a frame that names
 * no parties but refers back ("the meeting", "the talks") to the meeting
 * just read adds its place, date and evidence to it. */
/* "they met again at the inauguration": "again" right after a trigger verb
 * (or before it) tells another occasion than the one read before. */
static int again(const dg_ctx *c, const dg_frame *f)
{
  for (size_t t = f->w0; t < f->w1; t++) {
    if (!dg_tok_is(&c->text, t, "again")) continue;
    if (t + 1 < f->w1 && c->evt[t + 1] >= 0) return 1;
    for (size_t k = t; k > f->w0 && k + 3 > t; k--) {
      const dg_hit *h = dg_evt_at(c, k - 1);
      if (h && h->kind == DG_HIT_TRIGGER && c->gz->triggers[h->ref].verb) return 1;
    }
  }
  return 0;
}

static int refers_back(const dg_ctx *c, const dg_frame *f, const dg_xmeeting *prev)
{
  static const char *const det[] = {"the", "this", "that", NULL};
  int definite = 0;
  if (again(c, f)) return 0;
  for (size_t t = f->w0 + 1; t < f->w1 && !definite; t++) {
    const dg_hit *h = dg_evt_at(c, t);
    definite = h && h->kind == DG_HIT_TRIGGER && !c->gz->triggers[h->ref].verb && dg_tok_word_in(c, t - 1, det);
  }
  if (!definite || f->m.status != prev->status || f->m.call != prev->call) return 0;
  /* "the summit paves the way for talks between A and B": those name theirs */
  if (f->between && f->m.ncountries != prev->ncountries) return 0;
  for (size_t i = 0; i < f->m.ncountries; i++) /* no party the meeting did not have */
    if (!dg_meeting_has_country(prev, f->m.countries[i])) return 0;
  return 1;
}

void dg_frame_join_persons(dg_xmeeting *prev, const dg_xmeeting *m)
{
  for (size_t i = 0; i < m->npersons; i++) {
    int dup = 0;
    for (size_t k = 0; k < prev->npersons; k++) dup |= prev->persons[k] == m->persons[i];
    if (!dup && prev->npersons < DG_MAX_MEETING_PERSONS) prev->persons[prev->npersons++] = m->persons[i];
  }
  prev->levels |= m->levels;
}

static int add_to_previous(dg_ctx *c, dg_frame *f, dg_xmeeting *prev)
{
  const dg_sentence *s = &c->text.sent[f->s];
  dg_frame_join_persons(prev, &f->m);
  if (f->m.place && !prev->place) { prev->place = f->m.place; f->m.place = NULL; }
  if (f->m.date.prec != DG_PREC_NONE && prev->date.prec == DG_PREC_NONE) {
    prev->date = f->m.date;
    prev->date_weak = f->m.date_weak;
    prev->date_how = f->m.date_how;
  }
  int rc = dg_evlist_add_in(&prev->ev, c->doc->id, c->text.tok[f->w0].os, c->text.tok[f->w1 - 1].oe, c->doc->text,
                            s->os, s->oe);
  dg_xmeeting_clear(&f->m);
  return rc;
}

/* One meeting per counterpart ("separate meetings with A in May and B in
 * June"); each takes the date in its own stretch, else the frame's. */
static int keep_distributed(dg_ctx *c, dg_frame *f, const dg_split *sp, size_t n)
{
  int rc = 0;
  for (size_t j = 0; j < n && rc == 0; j++) {
    dg_frame g = *f;
    rc = dg_frame_split_meeting(c, f, &sp[j], &g.m);
    for (size_t t = sp[j].t0; t < sp[j].t1 && rc == 0; t++) {
      int32_t d = c->tok_date[t];
      if (d < 0 || c->dates[d].bound) continue;
      memset(&g.m.date, 0, sizeof g.m.date);
      g.m.date_how = DG_DATE_NONE;
      g.m.date_weak = 0;
      dg_frame_set_date(c, &g, &c->dates[d]);
      break;
    }
    if (rc < 0) dg_xmeeting_clear(&g.m);
    else rc = keep_frame(c, &g);
  }
  dg_xmeeting_clear(&f->m);
  return rc;
}

/* A plural trigger with a list of dates: one meeting per date, each with
 * the place named in its own stretch (from the previous date on). */
/* g: a copy of f for one of the several meetings its clause tells, with
 * evidence of its own and the place given (NULL: none); f keeps what it owns. */
static int copy_frame(const dg_frame *f, dg_frame *g, const char *place)
{
  *g = *f;
  memset(&g->m.ev, 0, sizeof g->m.ev);
  g->m.conflicts = NULL;
  g->m.place = NULL;
  return place && !(g->m.place = dg_strdup(place)) ? DG_ENOMEM : 0;
}

static int keep_per_date(dg_ctx *c, dg_frame *f, const int32_t *d, const size_t *at, size_t n)
{
  int rc = 0;
  for (size_t j = 0; j < n && rc == 0; j++) {
    dg_frame g;
    copy_frame(f, &g, NULL);
    size_t from = j ? at[j - 1] + 1 : f->w0, to = j + 1 < n ? at[j + 1] : f->w1;
    const char *place = NULL;
    for (size_t t = from; t < to && !place; t++) {
      const dg_hit *h = dg_ent_at(c, t);
      if (h && h->kind == DG_HIT_PLACE) place = c->gz->places[h->ref].name;
      if (h && h->kind == DG_HIT_CAPITAL) place = c->gz->countries[h->ref].capitals.v[0];
    }
    if (place && !(g.m.place = dg_strdup(place))) rc = DG_ENOMEM;
    memset(&g.m.date, 0, sizeof g.m.date);
    g.m.date_how = DG_DATE_NONE;
    g.m.date_weak = 0;
    dg_frame_set_date(c, &g, &c->dates[d[j]]);
    if (rc == 0) rc = keep_frame(c, &g);
    else dg_xmeeting_clear(&g.m);
  }
  dg_xmeeting_clear(&f->m);
  return rc;
}

/* A plural trigger with a list of cities: one meeting per city. */
static int keep_per_place(dg_ctx *c, dg_frame *f, const char *const *place, size_t n)
{
  int rc = 0;
  for (size_t j = 0; j < n && rc == 0; j++) {
    dg_frame g;
    rc = copy_frame(f, &g, place[j]);
    if (rc == 0) rc = keep_frame(c, &g); /* a failed copy owns nothing of its own */
  }
  dg_xmeeting_clear(&f->m);
  return rc;
}

/* "talks, first in person, then by video link": a call whose clause also
 * says "in person" (or "face to face") before the call's words is two
 * meetings, the one in person first; kept here, the call after. Both are
 * the story so far: no date of the clause's (that is the news's), history. */
static int keep_in_person_first(dg_ctx *c, dg_frame *f)
{
  if (!f->m.call) return 0;
  size_t t = f->w0;
  for (; t + 1 < f->w1; t++) {
    const dg_hit *e = dg_evt_at(c, t);
    if (e && e->kind == DG_HIT_TRIGGER && c->gz->triggers[e->ref].call) return 0; /* the call's words came first */
    if ((dg_tok_is(&c->text, t, "in") && dg_tok_is(&c->text, t + 1, "person")) ||
        (dg_tok_is(&c->text, t, "face") && dg_tok_is(&c->text, t + 1, "-")))
      break;
  }
  if (t + 1 >= f->w1) return 0;
  memset(&f->m.date, 0, sizeof f->m.date);
  f->m.date_how = DG_DATE_NONE;
  f->m.date_weak = 0;
  f->m.earlier = 1;
  dg_frame g;
  int rc = copy_frame(f, &g, f->m.place);
  dg_free(f->m.place);
  f->m.place = NULL; /* the place was the meeting in person's */
  g.m.call = 0;
  if (rc == 0) rc = keep_frame(c, &g); /* a failed copy owns nothing of its own */
  if (rc < 0) dg_xmeeting_clear(&f->m);
  return rc;
}

/* "the first summit of the three since 2016", "their first meeting since
 * March": the same parties met then. A held meeting of those countries, at
 * the date after "since". */
static const dg_date_mention no_date; /* a meeting named with no date */

/* What follows "since": a date ("since March 2019"), or an earlier meeting
 * ("since another meeting in <city> in late March", "since their last
 * summit"), with the date its phrase gives or &no_date; NULL for neither. */
static const dg_date_mention *since_what(const dg_ctx *c, const dg_frame *f, size_t t)
{
  if (t < f->w1 && c->tok_date[t] >= 0) return &c->dates[c->tok_date[t]];
  size_t k = t;
  while (k < f->w1 && k < t + 4 && c->evt[k] < 0 && c->text.tok[k].kind == DG_TOK_WORD) k++;
  if (k >= f->w1 || k == t + 4 || c->evt[k] < 0 || c->hits.v[c->evt[k]].kind != DG_HIT_TRIGGER) return NULL;
  for (; k < f->w1 && k < t + 14 && !dg_frame_boundary(c, k); k++)
    if (c->tok_date[k] >= 0) return &c->dates[c->tok_date[k]];
  return &no_date;
}

static int history_since(dg_ctx *c, const dg_frame *f, const dg_xmeeting *of)
{
  if (of->ncountries < 2) return 0;
  int first = 0;
  for (size_t t = f->w0; t + 1 < f->w1; t++) {
    first |= dg_tok_is(&c->text, t, "first");
    if (!first || !dg_tok_is(&c->text, t, "since")) continue;
    const dg_date_mention *d = since_what(c, f, t + 1);
    if (!d) return 0;
    if (d != &no_date && (d->past.prec == DG_PREC_NONE || d->past.year == 0)) d = &no_date;
    dg_frame h;
    memset(&h, 0, sizeof h);
    h.s = f->s; h.w0 = f->w0; h.w1 = f->w1;
    memcpy(h.m.countries, of->countries, sizeof of->countries);
    h.m.ncountries = of->ncountries;
    h.m.call = of->call;
    h.m.levels = of->levels;
    h.m.status = DG_STATUS_HELD;
    h.m.earlier = 1;
    h.m.date = d->past;
    h.m.date_how = d->how;
    if (d == &no_date) h.m.date_how = DG_DATE_NONE;
    return keep_frame(c, &h);
  }
  return 0;
}

/* "A and B also met separately (before the four-way session)": a meeting
 * of their own, apart from the group's (merged only with one like it). */
static int separately(const dg_ctx *c, const dg_frame *f)
{
  for (size_t t = f->w0; t < f->w1; t++) {
    if (dg_tok_is(&c->text, t, "separately")) return f->m.ncountries == 2; /* not "arrived separately and met" */
    if (!dg_tok_is(&c->text, t, "also") || c->prev_sentence >= f->s || !c->r->nmeetings) continue;
    /* "X also met Y", "X also had a call with Y": besides the meeting told */
    size_t v = t + 1;
    if (v + 2 < f->w1 && (dg_tok_is(&c->text, v, "had") || dg_tok_is(&c->text, v, "held")) &&
        (dg_tok_is(&c->text, v + 1, "a") || dg_tok_is(&c->text, v + 1, "an")))
      v += 2;
    const dg_hit *e = v < f->w1 ? dg_evt_at(c, v) : NULL;
    if (e && e->kind == DG_HIT_TRIGGER && (c->gz->triggers[e->ref].verb || v > t + 1) &&
        dg_frame_real_trigger(c, v, f->w0))
      return 1;
  }
  return 0;
}

static int sentence_frames(dg_ctx *c, size_t s, const dg_xmeeting **prev)
{
  if (!dg_sentence_has_trigger(c, s)) return 0; /* no clause work without a trigger */
  size_t cl[64], ncl = clauses(c, s, cl, 64), trig[64];
  size_t nt = 0, first;
  for (size_t i = 0; i < ncl; i += 2) /* clauses with a trigger, for dg_frame_date */
    if (has_trigger(c, cl[i], cl[i + 1], &first)) { trig[nt++] = cl[i]; trig[nt++] = cl[i + 1]; }
  for (size_t i = 0; i < ncl; i += 2) {
    dg_frame f;
    memset(&f, 0, sizeof f);
    f.s = s; f.w0 = cl[i]; f.w1 = cl[i + 1]; f.place_country = -1;
    if (!has_trigger(c, f.w0, f.w1, &f.first_trigger)) continue;
    dg_frame_read_cues(c, &f);
    if (dg_frame_participants(c, &f) < 0) { dg_xmeeting_clear(&f.m); return DG_ENOMEM; }
    dg_discourse_resolve(c, &f);
    fill_from_previous(c, &f, *prev);
    size_t others[64], no = 0;
    for (size_t k = 0; k < nt; k += 2)
      if (trig[k] != f.w0) { others[no++] = trig[k]; others[no++] = trig[k + 1]; }
    dg_frame_date(c, &f, others, no);
    if (dg_frame_unanchored(c, &f)) { dg_xmeeting_clear(&f.m); continue; }
    if (*prev && c->prev_sentence + 1 >= s && refers_back(c, &f, *prev)) {
      dg_xmeeting *to = (dg_xmeeting *)*prev;
      size_t at = (size_t)(to - c->r->meetings);
      /* "marks A and B's first talks since ...": the parties the clause
       * names met then, else the meeting's */
      dg_xmeeting who;
      memset(&who, 0, sizeof who);
      const dg_xmeeting *from = f.m.ncountries >= 2 ? &f.m : to;
      memcpy(who.countries, from->countries, sizeof who.countries);
      who.ncountries = from->ncountries;
      who.call = to->call;
      who.levels = to->levels;
      int rc = add_to_previous(c, &f, to);
      if (rc == 0) rc = history_since(c, &f, &who);
      if (rc < 0) return rc;
      *prev = &c->r->meetings[at];
      continue;
    }
    if (history_since(c, &f, &f.m) < 0) { dg_xmeeting_clear(&f.m); return DG_ENOMEM; }
    const char *host = f.m.ncountries <= 1 && *prev && c->prev_sentence + 1 >= s ? dg_frame_hosted_rounds(c, &f) : NULL;
    if (host && !f.m.place && !(f.m.place = dg_strdup(host))) { /* "<city> has hosted four rounds" */
      dg_xmeeting_clear(&f.m);
      return DG_ENOMEM;
    }
    if (f.m.ncountries <= 1 && *prev && c->prev_sentence + 1 >= s &&
        ((f.m.ncountries == 0 && dg_frame_series_ref(c, &f)) || host)) {
      memcpy(f.m.countries, (*prev)->countries, sizeof f.m.countries); /* "subsequent summits" */
      f.m.ncountries = (*prev)->ncountries;
      f.m.levels |= (*prev)->levels;
    }
    if (f.m.ncountries < 2 || dg_frame_hostless(c, &f)) {
      int rc = f.m.ncountries == 0 ? dg_pending_keep(c, &f) : 0;
      dg_xmeeting_clear(&f.m);
      if (rc < 0) return rc;
      continue;
    }
    if (separately(c, &f)) f.m.sideline = 1; /* "A and B also met separately" */
    /* "Weeks before, the two met again in ...", with no date: another meeting than
     * the article's, never folded into it */
    if (*prev && f.m.status == DG_STATUS_HELD && f.past_verb && f.m.date.prec == DG_PREC_NONE && again(c, &f))
      f.m.earlier = 1;
    dg_discourse_note(c, s, &f.m);
    dg_split sp[DG_MAX_MEETING_COUNTRIES];
    int32_t dl[8];
    size_t at[8], nd = dg_frame_date_list(c, &f, dl, at, 8), nsp = 0;
    if (nd >= 2) nsp = dg_frame_respectively(c, &f, at, nd, sp, DG_MAX_MEETING_COUNTRIES);
    if (!nsp) nsp = dg_frame_per_host(c, &f, sp, DG_MAX_MEETING_COUNTRIES);
    if (!nsp) nsp = dg_frame_distribute(c, &f, sp, DG_MAX_MEETING_COUNTRIES);
    if (nsp) nd = 0;
    if (nd >= 2 && !dg_frame_plural_before(c, &f, at[0])) nd = 0; /* the trigger table is read only then */
    const char *pl[8];
    size_t np = nsp || nd >= 2 ? 0 : dg_frame_place_list(c, &f, pl, 8);
    int rc = !nsp && nd < 2 && !np ? keep_in_person_first(c, &f) : 0;
    if (rc == 0)
      rc = nsp ? keep_distributed(c, &f, sp, nsp) : nd >= 2 ? keep_per_date(c, &f, dl, at, nd)
         : np ? keep_per_place(c, &f, pl, np) : keep_frame(c, &f);
    if (rc < 0) return rc;
    *prev = &c->r->meetings[c->r->nmeetings - 1];
    c->prev_sentence = s;
  }
  return 0;
}

/* "Kenya was represented by X, Chile by Y": the persons of a sentence that
 * says who represented whom attend the meeting just read, when their
 * countries took part in it. */
static void represented(dg_ctx *c, size_t s, dg_xmeeting *prev)
{
  const dg_sentence *se = &c->text.sent[s];
  int says = 0;
  for (size_t t = se->t0; t + 1 < se->t1 && !says; t++)
    says = dg_tok_is(&c->text, t, "represented") && dg_tok_is(&c->text, t + 1, "by");
  if (!says) return;
  long country = -1;
  size_t country_at = 0;
  for (size_t t = se->t0; t < se->t1; t++) {
    const dg_hit *h = dg_ent_at(c, t);
    if (h && h->kind == DG_HIT_COUNTRY) { country = h->ref; country_at = t; }
    int32_t pm = c->tok_person[t];
    if (pm < 0 || c->pm[pm].t0 != t) continue;
    dg_xperson *x = &c->r->persons[c->pm[pm].person];
    /* "Kenya was represented by (Deputy Minister) X": X is Kenya's. */
    if (!x->iso3[0] && country >= 0 && t < country_at + 8) memcpy(x->iso3, c->gz->countries[country].iso3, 4);
    if (!x->iso3[0] || !dg_meeting_has_country(prev, x->iso3) || x->nonstate) continue;
    dg_xmeeting one;
    memset(&one, 0, sizeof one);
    one.persons[one.npersons++] = c->pm[pm].person;
    if (x->level >= 0) one.levels = 1u << x->level;
    dg_frame_join_persons(prev, &one);
  }
}

int dg_find_meetings(dg_ctx *c)
{
  const dg_xmeeting *prev = NULL;
  for (size_t s = 0; s < c->text.nsent; s++) {
    if (c->boiler[s]) continue;
    if (prev && c->prev_sentence + 2 >= s) represented(c, s, (dg_xmeeting *)prev);
    size_t before = c->r->nmeetings;
    int rc = sentence_frames(c, s, &prev);
    if (rc == 0 && c->r->nmeetings == before && c->has_pending && c->pending_s + 2 >= s) {
      rc = dg_pending_sentence(c, s);
      if (rc > 0) { prev = &c->r->meetings[c->r->nmeetings - 1]; c->prev_sentence = s; rc = 0; }
    }
    if (rc == 0 && c->r->nmeetings == before) rc = dg_discourse_sentence(c, s);
    if (rc < 0) return rc;
    if (prev) prev = &c->r->meetings[c->r->nmeetings - 1]; /* the array may have moved */
  }
  return 0;
}
