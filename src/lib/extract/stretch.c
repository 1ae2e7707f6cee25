/* Stretches of a frame's clause: the dateline at the start of a sentence
 * (no party), the stretch of the trigger that "between" names the parties
 * of (after another meeting's trigger), and how far a group named after
 * the trigger lies from it. Internal to extract/. */
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
