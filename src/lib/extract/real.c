/* Is a trigger really one here? Not "call for", "did not meet", "if ...
 * talks", "refused to meet", "hosting the food fair", a visit with no
 * invitation, "called on X to end the war". Internal to extract/ (frames.h). */
#include "extract/frames.h"
#include <string.h>

/* Negation (and the gazetteer's refusal_words: "refused", "boycotted"). */
static const char *const negations[] = {"not", "no", "never", "without", NULL};
static const char *const conditionals[] = {"if", "unless", NULL};

/* "A invited B to visit", "B will visit A at the invitation of C": an
 * invitation in the visit's sentence, at most a few words before it or
 * right after what is visited. */
static int invitation_before(const dg_ctx *c, size_t t)
{
  for (size_t k = t; k > 0 && k + 6 > t && !dg_tok_is(&c->text, k - 1, "."); k--)
    if (dg_tok_in_set(c, k - 1, DG_WORDS_INVITATION)) return 1;
  for (size_t k = t + 1; k < c->text.ntok && k < t + 9 && !dg_tok_is(&c->text, k, "."); k++)
    if (dg_tok_in_set(c, k, DG_WORDS_INVITATION)) return 1;
  return 0;
}

/* "called on (the) <person or title>", with no "to" + verb after them in the
 * sentence: a courtesy call, not an appeal ("called on X to end the war"). */
static int courtesy_call(const dg_ctx *c, size_t te)
{
  size_t k = te;
  if (dg_tok_is(&c->text, k, "the")) k++;
  while (k < c->text.ntok && c->ent[k] >= 0 && c->hits.v[c->ent[k]].kind == DG_HIT_DEMONYM)
    k = dg_hit_end_tok(c, &c->hits.v[c->ent[k]], k); /* "called on Peruvian President X" */
  if (k >= c->text.ntok || (c->tok_person[k] < 0 && !(c->ent[k] >= 0 && c->hits.v[c->ent[k]].kind == DG_HIT_TITLE)))
    return 0;
  for (; k + 1 < c->text.ntok && !dg_tok_is(&c->text, k, "."); k++)
    if (dg_tok_is(&c->text, k, "to") && c->text.tok[k + 1].kind == DG_TOK_WORD && !(c->text.tok[k + 1].flags & DG_TOKF_CAP) &&
        c->tok_date[k + 1] < 0)
      return 0;
  return 1;
}

/* "called the leaders of A and B", "phoned the Kenyan president": "the"
 * and a title, someone to call (not "called the Kenyan move a mistake",
 * "called the president's remarks unacceptable"). */
static int titled_addressee(const dg_ctx *c, size_t te)
{
  if (!dg_tok_is(&c->text, te, "the")) return 0;
  size_t k = te + 1;
  while (k < c->text.ntok && c->ent[k] >= 0 && c->hits.v[c->ent[k]].kind == DG_HIT_DEMONYM)
    k = dg_hit_end_tok(c, &c->hits.v[c->ent[k]], k);
  if (k >= c->text.ntok || c->ent[k] < 0 || c->hits.v[c->ent[k]].kind != DG_HIT_TITLE) return 0;
  size_t e = dg_hit_end_tok(c, &c->hits.v[c->ent[k]], k);
  return !dg_tok_is(&c->text, e, "'"); /* not "called the president's remarks unacceptable" */
}

/* "their participation by videoconference", "joined by video link": how some took part in a meeting told, not a call
 * of its own. t is a call trigger. */
static int remote_participation(const dg_ctx *c, size_t t)
{
  static const char *const ways[] = {"via", "by", "through", NULL};
  size_t k = t; /* "by video link" is the trigger itself; "via" + "videoconference" is not */
  if (k > 0 && dg_tok_word_in(c, k - 1, ways)) k--;
  return k > 0 && dg_tok_in_set(c, k - 1, DG_WORDS_PARTICIPATION);
}

int dg_frame_real_trigger(const dg_ctx *c, size_t t, size_t w0)
{
  const dg_hit *h = dg_evt_at(c, t);
  if (!h || h->kind != DG_HIT_TRIGGER) return 0;
  size_t te = dg_hit_end_tok(c, h, t);
  const dg_trigger *tr = &c->gz->triggers[h->ref];
  if (tr->call && !tr->verb &&
      (dg_tok_is(&c->text, te, "for") || dg_tok_is(&c->text, te, "to") || dg_tok_is(&c->text, te, "up") ||
       (dg_tok_is(&c->text, te, "on") && c->tok_date[te + 1] < 0)))
    return 0; /* "call for", "call on X to": an appeal, not a phone call */
  /* "called Kenyan President X", "called X": a call; "called for",
   * "called it", "so-called": not. */
  if (tr->call && tr->verb && t >= 2 && dg_tok_is(&c->text, t - 1, "-") && dg_tok_is(&c->text, t - 2, "so"))
    return 0; /* "so-called" */
  if (tr->call && tr->verb && te == t + 1 && !(te < c->text.ntok && ((c->text.tok[te].flags & DG_TOKF_CAP) ||
                                                      c->ent[te] >= 0 || c->tok_person[te] >= 0)) &&
      !titled_addressee(c, te) &&
      !(dg_tok_is(&c->text, te, "to") && te + 1 < c->text.ntok && dg_tok_in_set(c, te + 1, DG_WORDS_CALL_PURPOSE)))
    return 0; /* but "called to congratulate X": a call */
  if (tr->call && remote_participation(c, t)) return 0;
  if (tr->invited && !invitation_before(c, t)) return 0; /* a visit is no meeting unless invited */
  if (tr->addressee && !courtesy_call(c, te)) return 0;   /* "called on X to ...": an appeal */
  for (size_t k = t; k > w0 && k + 2 > t; k--)
    if (dg_tok_word_in(c, k - 1, negations) || dg_tok_in_set(c, k - 1, DG_WORDS_REFUSAL)) return 0;
  /* "if this is no step towards talks of both sides": a condition, no
   * event (back to the comma or the sentence's start, across "that") */
  for (size_t k = t; k > 0 && k + 12 > t && c->text.tok[k - 1].kind != DG_TOK_PUNCT; k--)
    if (dg_tok_word_in(c, k - 1, conditionals)) return 0;
  /* "is hosting the national food fair": another kind of event */
  if (tr->verb && strncmp(tr->phrase, "host", 4) == 0)
    for (size_t k = te; k < c->text.ntok && k < te + 6 && c->evt[k] < 0 && c->text.tok[k].kind == DG_TOK_WORD; k++)
      if (dg_tok_in_set(c, k, DG_WORDS_OTHER_EVENT)) return 0;
  return 1;
}
