/* What a frame's words say of its meeting: the status (a past verb, a cue
 * near a trigger, a modal, the shapes that override them), a call, a
 * format and a number of parties. Internal to extract/ (frames.h). */
#include "extract/frames.h"
#include <string.h>

static const char *const planned_modals[] = {"will", "shall", "ll", "may", "might", "to", NULL};
static const char *const proposed_modals[] = {"would", "could", "should", NULL};

/* A modal of the set, not the month in "3 May". */
static int modal_in(const dg_ctx *c, size_t t, const char *const *set)
{
  return c->tok_date[t] < 0 && dg_tok_word_in(c, t, set);
}

/* "held separate bilateral talks", "had two phone calls": a noun trigger
 * after a past-tense light verb, with only plain words between. */
static int past_light_verb(const dg_ctx *c, size_t t, size_t w0)
{
  for (size_t k = t; k > w0 && k + 4 > t; k--) {
    size_t p = k - 1;
    if (dg_tok_in_set(c, p, DG_WORDS_PAST_TENSE)) return 1;
    const dg_hit *e = dg_evt_at(c, p);
    if (c->text.tok[p].kind != DG_TOK_WORD || (c->text.tok[p].flags & DG_TOKF_CAP) || c->ent[p] >= 0 ||
        (c->evt[p] >= 0 && !(e && e->kind == DG_HIT_FORMAT)))
      return 0;
  }
  return 0;
}

static int is_past_verb(const dg_ctx *c, const dg_hit *h, size_t t, size_t w0)
{
  if (!c->gz->triggers[h->ref].verb) return past_light_verb(c, t, w0);
  if (t > w0 && dg_tok_is(&c->text, t - 1, "be")) return 0; /* "to be signed", "will be held": a participle */
  size_t n = dg_tok_len(&c->text, t);
  const char *w = dg_tok_str(&c->text, t);
  return (n > 3 && memcmp(w + n - 2, "ed", 2) == 0) || dg_tok_in_set(c, t, DG_WORDS_PAST_TENSE);
}

static int number_word(const dg_ctx *c, size_t t)
{
  if (c->text.tok[t].kind == DG_TOK_NUM && dg_tok_len(&c->text, t) == 1)
    return dg_tok_str(&c->text, t)[0] - '0';
  int v = dg_number_parse(dg_tok_str(&c->text, t), dg_tok_len(&c->text, t));
  return v <= 10 ? v : 0; /* "one" to "ten" */
}

/* Tokens that say little about distance: punctuation, names, countries,
 * titles, dates, other vocabulary. */
static int plain(const dg_ctx *c, size_t t)
{
  return c->text.tok[t].kind != DG_TOK_PUNCT && c->ent[t] < 0 && c->evt[t] < 0 && c->tok_person[t] < 0 &&
         c->tok_date[t] < 0;
}

/* A status cue speaks of the meeting when few plain words separate it from
 * a trigger ("offered Indian Prime Minister X a bilateral summit", "the
 * meeting between the ministers of A, B and C may be held"), not of
 * anything else in the clause ("a possible operation"). */
static int near_trigger(const dg_ctx *c, const dg_frame *f, size_t t)
{
  enum { REACH = 5 };
  int d = 0;
  for (size_t k = t; k > f->w0 && d <= REACH; k--) {
    if (dg_frame_real_trigger(c, k - 1, f->w0)) return 1;
    d += plain(c, k - 1);
  }
  d = 0;
  for (size_t k = t + 1; k < f->w1 && d <= REACH; k++) {
    if (dg_frame_real_trigger(c, k, f->w0)) return 1;
    d += plain(c, k) && c->cue[k] < 0;
  }
  return 0;
}

static void relative_clause(const dg_ctx *c, const dg_frame *f, int *cue, int *modal)
{
  size_t end = c->text.sent[f->s].t1, t = f->w1;
  if (!dg_frame_relative_after(c, f)) return;
  for (t++; t < end && !dg_frame_boundary(c, t); t++) {
    const dg_hit *q = dg_cue_at(c, t);
    if (q && q->kind == DG_HIT_STATUS && c->gz->statuses[q->ref].value > *cue) *cue = c->gz->statuses[q->ref].value;
    if (*modal < 0 && modal_in(c, t, planned_modals) && !dg_tok_is(&c->text, t, "to")) *modal = DG_STATUS_PLANNED;
    if (*modal < 0 && modal_in(c, t, proposed_modals)) *modal = DG_STATUS_PROPOSED;
  }
}

/* "the deal reached between A and B during the talks", "the accord signed
 * at the summit": an outcome of the meeting, told in the past participle,
 * so the meeting was held whatever the rest of the sentence says ("would
 * review the deal ..."). t is a trigger noun; "to be signed at" is not. */
static int outcome_before(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const preps[] = {"during", "at", "in", NULL};
  static const char *const future[] = {"be", "to", NULL};
  size_t t0 = c->text.sent[f->s].t0, p = t;
  while (p > t0 && t - p < 4 && !dg_tok_word_in(c, p - 1, preps) && plain(c, p - 1)) p--;
  if (p == t0 || !dg_tok_word_in(c, p - 1, preps)) return 0;
  for (size_t k = p - 1; k > t0 && p - k < 28; k--) {
    if (dg_frame_boundary(c, k - 1) || (dg_evt_at(c, k - 1) && c->gz->triggers[dg_evt_at(c, k - 1)->ref].verb))
      return 0;
    if (dg_tok_in_set(c, k - 1, DG_WORDS_OUTCOME))
      return !(k >= 2 && dg_tok_word_in(c, k - 2, future));
  }
  return 0;
}

/* "X was the first head of state to meet Y", "were the last to visit": an
 * ordinal after a past copula makes "to" + verb a thing done, not a plan. */
static int first_to(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const ordinals[] = {"first", "last", "only", "latest", "second", "third", NULL};
  static const char *const copulas[] = {"was", "were", "became", NULL};
  for (size_t k = t; k > f->w0 + 2 && t - k < 5; k--)
    if (dg_tok_word_in(c, k - 1, ordinals))
      return dg_tok_is(&c->text, k - 2, "the") && dg_tok_word_in(c, k - 3, copulas);
  return 0;
}

/* "X was in A to hold talks", "flew to A to meet Y": the purpose of a
 * journey told in the past was carried out ("will fly to A to meet Y" is a
 * plan: a modal before it ends the search). */
static int purpose_after_past(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const went[] = {"travelled", "traveled", "flew", "arrived", "went", "came", "visited",
                                     "headed", NULL};
  static const char *const was[] = {"was", "were", "been", NULL}, *const at[] = {"in", "at", NULL};
  for (size_t k = t; k > f->w0; k--) {
    if ((modal_in(c, k - 1, planned_modals) && !dg_tok_is(&c->text, k - 1, "to")) ||
        modal_in(c, k - 1, proposed_modals))
      return 0;
    if (dg_tok_word_in(c, k - 1, went) || (dg_tok_word_in(c, k - 1, was) && dg_tok_word_in(c, k, at)))
      return 1; /* "flew to", "was in" ("was expected to" is not) */
  }
  return 0;
}

/* "talks with B, which are due to open on 14 August": a clause about
 * the meeting after its trigger, whose planned cue (and date) are the
 * meeting's rather than those of the verb before ("On 23 July A invited B
 * to talks, which are ..."). The cue's token, or 0 for none. */
size_t dg_frame_schedule_cue(const dg_ctx *c, const dg_frame *f)
{
  size_t end = c->text.sent[f->s].t1;
  for (size_t t = f->first_trigger + 1; t < end && t < f->first_trigger + 12; t++) {
    if (!dg_tok_is(&c->text, t, "which") && !dg_tok_is(&c->text, t, "that")) continue;
    for (size_t k = t + 1; k < end && k < t + 4; k++) {
      const dg_hit *q = dg_cue_at(c, k);
      if (q && q->kind == DG_HIT_STATUS && c->gz->statuses[q->ref].value == DG_STATUS_PLANNED) return k;
    }
    return 0;
  }
  return 0;
}

/* A headline (among the first sentences, with no closing stop) that reads
 * "Peru to send envoys for talks with Chile": an infinitive right after its
 * subject, before the trigger, is headlinese for the future. */
static int headline_future(const dg_ctx *c, const dg_frame *f)
{
  static const char *const stops[] = {".", "!", "?", ";", ":", NULL};
  const dg_sentence *s = &c->text.sent[f->s];
  if (f->s > 2 || s->t1 <= s->t0 || dg_tok_word_in(c, s->t1 - 1, stops)) return 0;
  for (size_t t = f->w0 + 1; t + 1 < f->first_trigger; t++) {
    const dg_token *v = &c->text.tok[t + 1];
    if (dg_tok_is(&c->text, t, "to") && (c->ent[t - 1] >= 0 || c->tok_person[t - 1] >= 0) &&
        v->kind == DG_TOK_WORD && !(v->flags & DG_TOKF_CAP) && c->ent[t + 1] < 0)
      return 1;
  }
  return 0;
}

/* "A meeting in Doha on Sunday was attended by ...", "Talks between A and
 * B were held on Monday": the trigger noun is the subject of a past verb,
 * so the meeting was held, whatever date is nearer ("until the meeting on
 * Saturday, a text was prepared" is not: the noun follows a preposition). */
static const char *const was[] = {"was", "were", NULL};

/* Is the clause's first trigger a noun that is its subject (not after a
 * preposition: "until the meeting on Saturday, a text was prepared")? */
static int trigger_subject(const dg_ctx *c, const dg_frame *f)
{
  static const char *const preps[] = {"until", "before", "after", "for", "at", "in", "of", "to", "from",
                                      "since", "during", "ahead", "about", "on", "with", NULL};
  size_t t = f->first_trigger, k = t;
  const dg_hit *h = dg_evt_at(c, t);
  if (!h || c->gz->triggers[h->ref].verb) return 0;
  while (k > f->w0 && t - k < 4 && c->text.tok[k - 1].kind == DG_TOK_WORD && !(c->text.tok[k - 1].flags & DG_TOKF_CAP) &&
         !dg_tok_word_in(c, k - 1, preps))
    k--;
  return !(k > f->w0 && dg_tok_word_in(c, k - 1, preps));
}

static int subject_told_past(const dg_ctx *c, const dg_frame *f, int subject)
{
  if (!subject) return 0;
  const dg_hit *h = dg_evt_at(c, f->first_trigger);
  for (size_t j = dg_hit_end_tok(c, h, f->first_trigger); j < f->w1; j++)
    if (dg_tok_word_in(c, j, was)) return 1;
  return 0;
}

/* "The summit of A and B in C this Sunday was called off": a status cue
 * right after the passive auxiliary of a trigger noun that is the subject,
 * however far the noun is. */
static int passive_of_subject(const dg_ctx *c, const dg_frame *f, size_t t, int subject)
{
  static const char *const aux[] = {"was", "were", "been", "be", "is", "are", NULL};
  return subject && t > f->first_trigger + 1 && dg_tok_word_in(c, t - 1, aux);
}

/* "the summit of A and B set for May, which was later scrapped":
 * a status cue in the passive of a relative clause after the trigger. */
static int passive_of_relative(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const aux[] = {"was", "were", "been", "is", "are", NULL};
  static const char *const have[] = {"has", "have", "had", NULL};
  static const char *const rel[] = {"which", "that", NULL};
  static const char *const adverbs[] = {"later", "since", "then", "now", "also", "subsequently", "eventually",
                                        "abruptly", "officially", "reportedly", NULL};
  if (t < f->first_trigger + 3) return 0;
  size_t k = t - 1;
  if (dg_tok_word_in(c, k, adverbs)) k--; /* "was later scrapped" */
  if (!dg_tok_word_in(c, k, aux)) return 0;
  k--;
  if (dg_tok_word_in(c, k, adverbs)) k--; /* "has since been called off" */
  if (dg_tok_word_in(c, k, have)) k--;
  return k > f->first_trigger && dg_tok_word_in(c, k, rel);
}

/* A sentence that reports speech ("X said it would meet Y", "\"They would
 * meet on Sunday,\" X told"): its "would" is the future of the past, a plan. */
static int reported(const dg_ctx *c, const dg_frame *f)
{
  const dg_sentence *s = &c->text.sent[f->s];
  for (size_t t = s->t0; t < s->t1; t++) {
    const dg_hit *q = dg_cue_at(c, t);
    if (q && q->kind == DG_HIT_SPEECH) return 1;
  }
  return 0;
}

void dg_frame_read_cues(dg_ctx *c, dg_frame *f)
{
  int cue = -1, modal = -1, cue_before_past = 0, fronted = 0, subject = trigger_subject(c, f), moded = 0;
  for (size_t t = f->w0; t < f->w1; t++) {
    const dg_hit *e = dg_evt_at(c, t), *q = dg_cue_at(c, t);
    /* "Ahead of the summit, X held talks": a cue in a fronted phrase speaks
     * of another event, not of the past verb's. */
    if (cue >= 0 && !f->past_verb && dg_tok_is(&c->text, t, ",")) fronted = 1;
    if (e && e->kind == DG_HIT_TRIGGER && dg_frame_real_trigger(c, t, f->w0)) {
      if (c->gz->triggers[e->ref].call) f->m.call = 1;
      if (!c->gz->triggers[e->ref].modeless) moded = 1;
      if (c->gz->triggers[e->ref].addressee) q = NULL; /* "called on the President": no appeal */
      if ((is_past_verb(c, e, t, f->w0) || (!c->gz->triggers[e->ref].verb && outcome_before(c, f, t))) &&
          !f->past_verb) {
        f->past_verb = 1;
        cue_before_past = cue >= 0 && !fronted;
      }
    }
    if (e && e->kind == DG_HIT_FORMAT && c->gz->formats[e->ref].value > f->m.format_said && near_trigger(c, f, t))
      f->m.format_said = c->gz->formats[e->ref].value; /* not "both men called the Astana format vital" */
    if (q && q->kind == DG_HIT_STATUS && c->gz->statuses[q->ref].value > cue &&
        (near_trigger(c, f, t) || passive_of_subject(c, f, t, subject) || passive_of_relative(c, f, t)))
      cue = c->gz->statuses[q->ref].value;
    /* "The talks, requested by A, were held on Monday": the aside's cue
     * yields to the main verb's */
    else if (q && q->kind == DG_HIT_STATUS && fronted && c->gz->statuses[q->ref].value == DG_STATUS_HELD)
      cue = DG_STATUS_HELD;
    if (modal < 0 && modal_in(c, t, planned_modals) && !dg_tok_is(&c->text, t, "to")) modal = DG_STATUS_PLANNED;
    if (modal < 0 && dg_tok_is(&c->text, t, "to") && dg_evt_at(c, t + 1) && c->gz->triggers[dg_evt_at(c, t + 1)->ref].verb) {
      if (first_to(c, f, t) || purpose_after_past(c, f, t)) f->past_verb = 1;
      else modal = DG_STATUS_PLANNED;
    }
    if (modal < 0 && modal_in(c, t, proposed_modals))
      modal = dg_tok_is(&c->text, t, "would") && reported(c, f) ? DG_STATUS_PLANNED : DG_STATUS_PROPOSED;
    int n = number_word(c, t);
    if (n >= 2 && t + 1 < f->w1 && dg_tok_in_set(c, t + 1, DG_WORDS_COUNT_NOUN) && n > f->n_said)
      f->n_said = n;
  }
  f->m.mode_unsaid = !moded && !f->m.call; /* "discussed", "talked": in person, or by phone */
  if (cue < 0 && modal < 0 && !f->past_verb) relative_clause(c, f, &cue, &modal);
  if (!f->past_verb && cue != DG_STATUS_CANCELLED && dg_frame_schedule_cue(c, f)) cue = DG_STATUS_PLANNED;
  if (!f->past_verb && cue < 0 && modal < 0 && headline_future(c, f)) modal = DG_STATUS_PLANNED;
  if (f->past_verb && !cue_before_past) f->m.status = DG_STATUS_HELD;
  else if (cue >= 0) f->m.status = cue;
  else if (modal >= 0) f->m.status = modal;
  else f->m.status = DG_STATUS_HELD, f->status_unsaid = !subject_told_past(c, f, subject);
}

