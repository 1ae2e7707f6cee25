/* Is a frame an event of its own, or does it tell what a meeting already
 * reported was about ("the two leaders discussed trade"), a process named
 * as the object of another noun, or an office in an aside? Internal to
 * extract/ (frames.h). */
#include "extract/frames.h"

/* "support the revival of the talks between A and B", "the success of the
 * negotiations between A and B": a process named as the object of another
 * noun, with no date, place, person or status of its own, is no event. */
static int process_of(const dg_ctx *c, const dg_frame *f)
{
  size_t t = f->first_trigger;
  const dg_hit *h = dg_evt_at(c, t);
  if (!f->status_unsaid || f->m.npersons || !h || c->gz->triggers[h->ref].verb || t < f->w0 + 3 ||
      !dg_tok_is(&c->text, t - 1, "the") || !dg_tok_is(&c->text, t - 2, "of"))
    return 0;
  const dg_token *n = &c->text.tok[t - 3];
  return n->kind == DG_TOK_WORD && !(n->flags & DG_TOKF_CAP) && c->ent[t - 3] < 0 && c->evt[t - 3] < 0 &&
         c->tok_date[t - 3] < 0;
}

/* "X, who chairs the Conference on ..., said": a trigger in a relative
 * aside whose verb is in the present tense names an office or a body the
 * person holds, not an event. */
static int in_role_aside(const dg_ctx *c, const dg_frame *f, size_t t)
{
  for (size_t k = t; k > f->w0 + 1; k--) {
    if (dg_tok_is(&c->text, k - 1, ",")) return 0;
    if (!dg_tok_is(&c->text, k - 1, "who") || !dg_tok_is(&c->text, k - 2, ",")) continue;
    const dg_token *v = &c->text.tok[k];
    size_t n = v->oe - v->os;
    return k < t && v->kind == DG_TOK_WORD && n > 3 && c->doc->text[v->oe - 1] == 's' &&
           c->doc->text[v->oe - 2] != 's' && c->evt[k] < 0;
  }
  return 0;
}

/* Is the trigger noun at t an object ("discussed with B the upcoming
 * summit"), not a setting ("discussed X at their summit")? Back over its
 * modifiers to a determiner, which no preposition comes before. */
static int object_noun(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const dets[] = {"the", "a", "an", "their", "its", "this", "next", NULL};
  static const char *const preps[] = {"at", "during", "in", "on", "of", "after", "before", "ahead", "following",
                                      "from", "for", "to", "since", "until", "with", "amid", "among", "amongst",
                                      "into", "through", "under", "within", "by", "via", "over", NULL};
  if (dg_tok_word_in(c, t, preps)) return 0; /* "by phone": how, not what */
  size_t k = t;
  while (k > f->w0 && k + 6 > t && !dg_tok_word_in(c, k - 1, dets)) {
    if (dg_tok_word_in(c, k - 1, preps)) return 0; /* "the situation with X during talks" */
    k--;
  }
  if (k == f->w0 || !dg_tok_word_in(c, k - 1, dets)) return 0;
  return k - 1 > f->w0 && !dg_tok_word_in(c, k - 2, preps);
}

/* "A discussed with B the upcoming summit in <city> in July": a trigger
 * noun that is the object of an anchored verb is what was discussed, and
 * the place and date after it are that meeting's. Its token, else w1. */
static size_t topic_trigger(const dg_ctx *c, const dg_frame *f)
{
  int verb = 0;
  for (size_t t = f->w0; t < f->w1; t++) {
    if (!dg_frame_real_trigger(c, t, f->w0)) continue;
    const dg_trigger *tr = &c->gz->triggers[dg_evt_at(c, t)->ref];
    if (tr->anchored && tr->verb) verb = 1;
    else if (!tr->anchored) return verb && !tr->verb && object_noun(c, f, t) ? t : f->w1;
  }
  return f->w1;
}

/* A date or a place ("in"/"at" a city) in tokens [t0, t1). */
static int anchor_in(const dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0; t < t1; t++) {
    if (c->tok_date[t] >= 0) return 1;
    const dg_hit *h = dg_ent_at(c, t);
    if (h && (h->kind == DG_HIT_PLACE || h->kind == DG_HIT_CAPITAL) && t > t0 &&
        (dg_tok_is(&c->text, t - 1, "in") || dg_tok_is(&c->text, t - 1, "at")))
      return 1;
  }
  return 0;
}

/* "the two leaders discussed trade": a clause whose triggers are all
 * anchored ones ("discussed") and that gives no date or place of its own
 * tells what a meeting was about, not of another one. */
int dg_frame_unanchored(const dg_ctx *c, const dg_frame *f)
{
  size_t topic = topic_trigger(c, f);
  int after = 0; /* "discussed the summit with X in a phone call on Monday": a call */
  for (size_t t = topic + 1; t < f->w1 && !after; t++)
    after = dg_frame_real_trigger(c, t, f->w0) && !c->gz->triggers[dg_evt_at(c, t)->ref].anchored &&
            !object_noun(c, f, t);
  if (topic < f->w1 && !after) return !anchor_in(c, f->w0, topic);
  if (topic < f->w1) return 0;
  if (f->m.date.prec != DG_PREC_NONE || f->m.place) return 0;
  if (process_of(c, f)) return 1;
  for (size_t t = f->w0; t < f->w1; t++)
    if (dg_frame_real_trigger(c, t, f->w0) && !c->gz->triggers[dg_evt_at(c, t)->ref].anchored &&
        !(f->status_unsaid && in_role_aside(c, f, t)))
      return 0;
  return 1;
}
