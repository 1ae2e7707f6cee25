/* The date of a meeting frame: the date mention its clause holds, else one
 * its sentence gives outside the other trigger clauses. Internal to extract/. */
#include "extract/frames.h"
#include <string.h>

/* "since the start of the war in 2011": a bound, though "in" stands before it. */
static int after_since(const dg_ctx *c, size_t t, size_t t0)
{
  for (size_t k = t; k > t0 && k + 8 > t; k--) {
    if (dg_tok_is(&c->text, k - 1, "since") || dg_tok_is(&c->text, k - 1, "until")) return 1;
    if (dg_tok_is(&c->text, k - 1, ",") || dg_frame_boundary(c, k - 1)) return 0;
    /* "since March 2019 in Lima on 3 May": another date between ends it */
    if (c->tok_date[k - 1] >= 0 && c->tok_date[k - 1] != c->tok_date[t]) return 0;
  }
  return 0;
}

/* "On Friday X cancelled the talks": a date before the word that calls a
 * meeting off, itself before the meeting's trigger, dates the calling off
 * ("the talks on 3 May were cancelled" keep theirs). */
static int dates_cancelling(const dg_ctx *c, const dg_frame *f, size_t t)
{
  if (f->m.status != DG_STATUS_CANCELLED) return 0;
  for (size_t k = f->w0; k < t; k++)
    if (dg_evt_at(c, k) && dg_evt_at(c, k)->kind == DG_HIT_TRIGGER) return 0;
  for (size_t k = t + 1; k < f->w1; k++) {
    const dg_hit *e = dg_evt_at(c, k), *q = dg_cue_at(c, k);
    if (q && q->kind == DG_HIT_STATUS && c->gz->statuses[q->ref].value == DG_STATUS_CANCELLED) return 1;
    if (e && e->kind == DG_HIT_TRIGGER) return 0; /* ("called off" is both) */
  }
  return 0;
}

/* "talks ahead of the elections on Sunday", "met before the vote in
 * March": a date after a word that relates the meeting to another event
 * is that event's. */
static int of_event_after(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const relations[] = {"ahead", "before", "after", "following", NULL};
  int related = 0;
  for (size_t k = f->first_trigger + 1; k < t; k++) {
    if (dg_tok_is(&c->text, k, ",")) related = 0; /* "..., on 17 May": the sentence's adjunct */
    if (dg_tok_word_in(c, k, relations) && c->tok_date[k + 1] < 0 && !(k + 2 < t && c->tok_date[k + 2] >= 0))
      related = 1;
  }
  return related;
}

/* "Lima, which cut ties with Quito in 2016, launched the talks last year":
 * a date in a relative aside before the trigger is the aside's. */
static int in_aside(const dg_ctx *c, const dg_frame *f, size_t t)
{
  if (t >= f->first_trigger) return 0;
  for (size_t k = t; k > f->w0 + 1; k--) {
    if (dg_tok_is(&c->text, k - 1, ",")) return 0;
    if ((dg_tok_is(&c->text, k - 1, "which") || dg_tok_is(&c->text, k - 1, "who")) && dg_tok_is(&c->text, k - 2, ","))
      return 1;
  }
  return 0;
}

/* Does sentence s name country iso3, by its name, its people or a person of
 * its? */
static int sentence_names(const dg_ctx *c, size_t s, const char *iso3)
{
  const dg_sentence *st = &c->text.sent[s];
  for (size_t t = st->t0; t < st->t1; t++) {
    const dg_hit *h = dg_ent_at(c, t);
    if (dg_is_country_hit(h) && strcmp(c->gz->countries[h->ref].iso3, iso3) == 0) return 1;
    int32_t pm = c->tok_person[t];
    if (pm >= 0 && strcmp(c->r->persons[c->pm[pm].person].iso3, iso3) == 0) return 1;
  }
  return 0;
}

/* "A and B spoke on Thursday. During their video call, they ...": a meeting
 * named by reference ("their", "the", "this" before the trigger) whose
 * sentence gives no date takes the one date of the sentence before, when
 * that sentence names every party and reads no meeting of its own. */
static const dg_date_mention *date_before(const dg_ctx *c, const dg_frame *f)
{
  static const char *const refs[] = {"their", "the", "this", "that", NULL};
  size_t t = f->first_trigger;
  if (f->s == 0 || t == f->w0 || !dg_tok_word_in(c, t - 1, refs) || f->m.ncountries < 2 ||
      dg_sentence_has_trigger(c, f->s - 1))
    return NULL;
  const dg_sentence *p = &c->text.sent[f->s - 1];
  int32_t one = -1;
  for (size_t k = p->t0; k < p->t1; k++) {
    int32_t d = c->tok_date[k];
    if (d < 0 || c->dates[d].bound || d == one) continue;
    if (one >= 0) return NULL; /* two dates: which one is unsaid */
    one = d;
  }
  if (one < 0) return NULL;
  for (size_t i = 0; i < f->m.ncountries; i++)
    if (!sentence_names(c, f->s - 1, f->m.countries[i])) return NULL;
  return &c->dates[one];
}

/* The date of the frame: its own, else (for a meeting that happened) the one
 * date its sentence gives outside any other clause with a trigger, else the
 * one date of the sentence's "said on Monday" for a call. */
static const dg_date_mention *frame_date(const dg_ctx *c, const dg_frame *f, const size_t *cl,
                                         size_t ncl)
{
  const dg_sentence *s = &c->text.sent[f->s];
  const dg_date_mention *own = NULL, *outside = NULL, *said = NULL;
  int noutside = 0, nsaid = 0;
  for (size_t t = s->t0; t < s->t1; t++) {
    int32_t d = c->tok_date[t];
    if (d < 0 || c->dates[d].bound || (t > s->t0 && c->tok_date[t - 1] == d) || after_since(c, t, s->t0))
      continue;
    if (t >= f->w0 && t < f->body) continue; /* the dateline dates the report */
    if (t >= f->w0 && t < f->w1) {
      if (!own && !dates_cancelling(c, f, t) && !of_event_after(c, f, t) && !in_aside(c, f, t)) own = &c->dates[d];
      continue;
    }
    int in_other = 0, of_saying = 0;
    for (size_t i = 0; i < ncl; i += 2) in_other |= t >= cl[i] && t < cl[i + 1];
    for (size_t k = t; k > s->t0 && k + 3 > t; k--) /* "said Monday", "told reporters on Monday" */
      of_saying |= c->cue[k - 1] >= 0 && c->hits.v[c->cue[k - 1]].kind == DG_HIT_SPEECH;
    if (in_other) continue;
    if (!of_saying) { outside = &c->dates[d]; noutside++; }
    else { said = &c->dates[d]; nsaid++; }
  }
  size_t sched = dg_frame_schedule_cue(c, f); /* "talks, which are scheduled for 14 August" */
  for (size_t t = sched; sched && t < s->t1 && t < sched + 8 && !dg_frame_boundary(c, t); t++)
    if (c->tok_date[t] >= 0 && !c->dates[c->tok_date[t]].bound) return &c->dates[c->tok_date[t]];
  if (own) return own;
  /* "the summit that X is due to host next month": a relative clause dates
   * this meeting. */
  size_t t = f->w1;
  if (dg_frame_relative_after(c, f)) {
    for (t++; t < s->t1 && !dg_frame_boundary(c, t); t++) {
      int32_t d = c->tok_date[t];
      if (d >= 0 && !c->dates[d].bound) return &c->dates[d];
    }
  }
  if (f->m.status != DG_STATUS_HELD) return NULL;
  if (noutside == 0 && nsaid == 0) return date_before(c, f);
  /* "A and B spoke by phone, A's office said on Monday": a call's readout,
   * with no other date, comes the day of the call (a meeting may be older). */
  return noutside == 1 ? outside : noutside == 0 && nsaid == 1 && f->m.call ? said : NULL;
}

/* Days from the reference to a date (its middle day when it has no day). */
static long days_off(const dg_ctx *c, const dg_ymd *d)
{
  int day = d->prec >= DG_PREC_DAY ? d->day : d->prec == DG_PREC_MONTH ? 15 : 1;
  int month = d->prec >= DG_PREC_MONTH ? d->month : 7;
  long n = dg_days_from_civil(d->year, month, day) - dg_days_from_civil(c->ref.year, c->ref.month, c->ref.day);
  return n < 0 ? -n : n;
}

/* A past-tense verb at t: a lowercase word in "-ed" or a past form of the
 * gazetteer's past_tenses ("began", "met"). */
static int told_past(const dg_ctx *c, size_t t)
{
  const dg_token *k = &c->text.tok[t];
  size_t n = dg_tok_len(&c->text, t);
  if (k->kind != DG_TOK_WORD || (k->flags & DG_TOKF_CAP) || c->ent[t] >= 0) return 0;
  return dg_tok_in_set(c, t, DG_WORDS_PAST_TENSE) || (n > 4 && memcmp(dg_tok_str(&c->text, t) + n - 2, "ed", 2) == 0);
}

/* "hopes for a 9 March summit" with no verb that says it happened, on 20
 * February: the 9 March to come is nearer than last year's, so a plan (when it
 * is at most three months ahead: "talks on 3 May" in November are May's).
 * So for a weekday: "the meeting in Ohrid on Saturday", told on a Thursday,
 * is two days ahead rather than five back. */
static int nearer_ahead(const dg_ctx *c, const dg_frame *f, const dg_date_mention *d)
{
  if (d->how == DG_DATE_WEEKDAY) { /* only the clause's own: "arrived on Monday. The talks ..." are past */
    size_t at = f->w1;
    for (size_t t = f->w0; t < f->w1 && at == f->w1; t++)
      if (c->tok_date[t] == (int32_t)(d - c->dates)) at = t;
    if (at == f->w1) return 0;
    for (size_t t = f->first_trigger + 1; t < at; t++) /* "the talks began / ended on Monday" */
      if (told_past(c, t)) return 0;
  }
  if (d->past.prec == DG_PREC_NONE || d->future.prec == DG_PREC_NONE ||
      !d->past.year || !d->future.year || dg_ymd_compare(&d->past, &d->future) == 0 ||
      c->ref.prec < DG_PREC_DAY)
    return 0;
  long ahead = days_off(c, &d->future);
  return ahead <= 92 && ahead < days_off(c, &d->past); /* within a season: news reports what is near */
}

void dg_frame_set_date(const dg_ctx *c, dg_frame *f, const dg_date_mention *d)
{
  if (!d) return;
  if (d->how == DG_DATE_WEEKDAY && !c->ref_known) return; /* no reference to count back from */
  /* "a summit next Wednesday", "talks on 3 May 2031" with no verb that says
   * they happened: a date after the report's is a plan. */
  if (f->status_unsaid && c->ref_known && d->past.prec != DG_PREC_NONE && d->past.year &&
      (dg_ymd_compare(&d->past, &c->ref) > 0 || nearer_ahead(c, f, d)))
    f->m.status = DG_STATUS_PLANNED;
  f->m.date = f->m.status == DG_STATUS_HELD ? d->past : d->future;
  if (f->m.date.prec == DG_PREC_NONE) return;
  f->m.date_how = d->how;
  f->m.date_weak = d->how == DG_DATE_WEEKDAY || f->m.date.year == 0;
}

/* "X and Y are holding talks in Z", "the summit is taking place": a meeting
 * told in the present progressive happens the day of the report. */
static int in_progress(const dg_ctx *c, const dg_frame *f)
{
  static const char *const be[] = {"is", "are", NULL};
  for (size_t t = f->w0 + 1; t < f->w1; t++) {
    if (!dg_tok_word_in(c, t - 1, be)) continue;
    size_t n = dg_tok_len(&c->text, t);
    const char *w = dg_tok_str(&c->text, t);
    if (n > 4 && memcmp(w + n - 3, "ing", 3) == 0 && c->evt[t] >= 0 && c->hits.v[c->evt[t]].kind == DG_HIT_TRIGGER)
      return 1; /* "are holding talks", "are meeting" */
    if (dg_tok_is(&c->text, t, "taking") && dg_tok_is(&c->text, t + 1, "place")) return 1;
  }
  return 0;
}

/* "The talks planned for 3 May were postponed (until 10 June)": a meeting
 * put off keeps only a date given after the word that puts it off (a bound
 * too: "until 10 June"). 0 when the clause puts nothing off. */
static int postponed(const dg_ctx *c, const dg_frame *f, const dg_date_mention **d)
{
  size_t t = f->w0;
  while (t < f->w1 && !dg_tok_in_set(c, t, DG_WORDS_POSTPONEMENT)) t++;
  if (t == f->w1) return 0;
  *d = NULL;
  for (t++; t < f->w1 && !*d; t++)
    if (c->tok_date[t] >= 0) *d = &c->dates[c->tok_date[t]];
  return 1;
}

void dg_frame_date(const dg_ctx *c, dg_frame *f, const size_t *others, size_t nothers)
{
  const dg_date_mention *d;
  if (f->m.status != DG_STATUS_HELD && postponed(c, f, &d)) {
    dg_frame_set_date(c, f, d);
    f->m.postponed = f->m.date.prec == DG_PREC_NONE;
  } else {
    dg_frame_set_date(c, f, frame_date(c, f, others, nothers));
  }
  if (f->m.date.prec == DG_PREC_NONE && f->m.status == DG_STATUS_HELD && c->ref_known && in_progress(c, f)) {
    dg_date_mention today;
    memset(&today, 0, sizeof today);
    today.past = today.future = c->ref;
    today.how = DG_DATE_RELATIVE;
    today.weekday = -1;
    dg_frame_set_date(c, f, &today);
  }
}
