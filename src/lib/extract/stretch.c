/* Stretches of a frame's clause: the dateline at the start of a sentence
 * (no party), the stretch of the trigger that "between" names the parties
 * of (after another meeting's trigger), how far a group named after the
 * trigger lies from it, whether a trigger follows a name, and what belongs
 * to another meeting named after "ahead of". Internal to extract/. */
#include "extract/frames.h"

/* Tokens at the start of a sentence that only say where it was filed
 * ("Lima, Peru:"). */
size_t dg_frame_skip_dateline(const dg_ctx *c, size_t w0, size_t w1)
{
  int paren = 0;
  for (size_t k = w0; k < w1 && k < w0 + 12; k++) {
    if (!paren && (dg_tok_is(&c->text, k, ":") || (dg_tok_is(&c->text, k, "-") && (c->text.tok[k].flags & DG_TOKF_SPACE)))) {
      while (k + 1 < w1 && dg_tok_is(&c->text, k + 1, "-")) k++; /* "--" */
      return k + 1; /* "Lima, Peru:", "LIMA -", "SEOUL, Nov. 3 (Yonhap) --"; not "US-China talks" */
    }
    if (dg_tok_is(&c->text, k, "(")) { paren = 1; continue; }
    if (dg_tok_is(&c->text, k, ")")) { paren = 0; continue; }
    if (paren || c->tok_date[k] >= 0 || dg_tok_is(&c->text, k, ",") || dg_tok_is(&c->text, k, ".") ||
        (c->ent[k] >= 0 && dg_is_country_hit(&c->hits.v[c->ent[k]])) || (c->ent[k] >= 0 && c->hits.v[c->ent[k]].kind == DG_HIT_PLACE))
      continue;
    return w0;
  }
  return w0;
}

/* "The summit in Lima paves the way for talks between A and B": with
 * another trigger before the one of "between", a place before that one is
 * the other's. Where the stretch of "between"'s own trigger begins: its
 * trigger when there is another, else w0. */
size_t dg_frame_own_start(const dg_ctx *c, size_t w0, size_t parties)
{
  size_t t = parties, own = parties;
  while (t > w0 && own == parties) {
    t--;
    if (dg_evt_at(c, t) && dg_evt_at(c, t)->kind == DG_HIT_TRIGGER) own = t;
  }
  for (; t > w0; t--)
    if (dg_evt_at(c, t - 1) && dg_evt_at(c, t - 1)->kind == DG_HIT_TRIGGER) return own;
  return w0;
}

/* "talks with his counterpart, and both men called the Astana format
 * vital": a group named more than five plain words after the trigger is
 * talked about. */
int dg_frame_far_after_trigger(const dg_ctx *c, const dg_frame *f, size_t t)
{
  int plain = 0;
  if (t <= f->first_trigger) return 0;
  for (size_t k = t; k > f->first_trigger && plain <= 5; k--) {
    const dg_hit *e = dg_evt_at(c, k - 1);
    if (e && e->kind == DG_HIT_TRIGGER) return 0;
    plain += c->text.tok[k - 1].kind == DG_TOK_WORD && c->ent[k - 1] < 0 && c->evt[k - 1] < 0 && c->tok_person[k - 1] < 0;
  }
  return plain > 5;
}

/* A trigger right after t, past titles and possessives ("Nairobi talks",
 * "Astana leaders' summit"): the city names the meeting. */
int dg_frame_trigger_follows(const dg_ctx *c, size_t t)
{
  for (size_t k = t; k < c->text.ntok && k < t + 4; k++) {
    const dg_hit *h = dg_evt_at(c, k);
    if (h && h->kind == DG_HIT_TRIGGER) return 1;
    const dg_hit *e = c->ent[k] >= 0 ? &c->hits.v[c->ent[k]] : NULL;
    if (!(e && e->kind == DG_HIT_TITLE) && !dg_tok_is(&c->text, k, "'") && !dg_tok_is(&c->text, k, "s") &&
        !dg_tok_is(&c->text, k, "format"))
      return 0;
  }
  return 0;
}

/* After a country's name ending at te: the end of the countries joined to
 * it by hyphens ("A-B-C rivalry": the token after C), else te. */
size_t dg_frame_pair_end(const dg_ctx *c, const dg_frame *f, size_t te)
{
  size_t k = te;
  while (k + 1 < f->w1 && dg_tok_is(&c->text, k, "-") && dg_is_country_hit(dg_ent_at(c, k + 1)))
    k = dg_hit_end_tok(c, dg_ent_at(c, k + 1), k + 1);
  return k;
}

/* "the Chile-Peru summit": a country of a hyphenated pair right before a
 * meeting noun names that meeting's parties, even in what the clause is
 * about ("to discuss plans for the Chile-Peru summit"). */
int dg_frame_names_the_meeting(const dg_ctx *c, const dg_frame *f, size_t t, size_t te)
{
  size_t k = dg_frame_pair_end(c, f, te);
  int chained = k != te || (t > f->w0 && dg_tok_is(&c->text, t - 1, "-"));
  return chained && dg_frame_trigger_follows(c, k);
}

/* "talks in A ahead of next week's negotiations in B": a place after a word
 * that relates the meeting to another one, named after it, is that one's. */
int dg_frame_of_event_before(const dg_ctx *c, const dg_frame *f, size_t t)
{
  static const char *const relations[] = {"ahead", "before", "after", "following", NULL};
  int related = 0;
  for (size_t k = f->first_trigger + 1; k < t; k++) {
    if (dg_tok_is(&c->text, k, ",")) related = 0;
    if (dg_tok_word_in(c, k, relations)) related = 1;
    else if (related == 1 && c->evt[k] >= 0 && c->hits.v[c->evt[k]].kind == DG_HIT_TRIGGER) related = 2;
  }
  return related == 2;
}
