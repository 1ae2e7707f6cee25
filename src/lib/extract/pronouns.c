/* Parties a clause names without naming them: "we" (the last list of
 * countries), "X told Y" after a call, and the subject a participle clause
 * leaves out ("X flew home after holding talks with Y"), and the host a
 * counterpart stands for ("was in A for talks with his counterpart"). Internal to
 * extract/ (frames.h). */
#include "extract/frames.h"
#include <string.h>

/* "We want A, B and C to act as a trio. ... We, the leaders, could then
 * meet": "we" are the last list of two or more countries named within the
 * three sentences before, in the same paragraph. */
void dg_frame_we(dg_ctx *c, dg_frame *f)
{
  static const char *const words[] = {"we", "our", "us", NULL};
  int found = 0;
  for (size_t t = f->w0; t < f->w1 && !found; t++) found = dg_tok_word_in(c, t, words);
  if (!found || f->m.ncountries >= 2) return;
  size_t first = f->s > 3 ? f->s - 3 : 0;
  while (first < f->s && c->text.sent[first].paragraph != c->text.sent[f->s].paragraph) first++;
  size_t floor = c->text.sent[first].t0;
  size_t end = f->w0, n = 0, start = end;
  for (size_t t = f->w0; t-- > floor;) {
    const dg_hit *h = c->ent[t] >= 0 ? &c->hits.v[c->ent[t]] : NULL;
    if (h && h->kind == DG_HIT_COUNTRY) {
      if (!n) end = t + 1;
      n++;
      start = t;
      while (start > floor && c->ent[start - 1] == c->ent[t]) start--;
      t = start;
      continue;
    }
    if (n && (dg_tok_is(&c->text, t, ",") || dg_tok_is(&c->text, t, "and"))) continue;
    if (n >= 2) break;
    n = 0;
  }
  if (n < 2) return;
  for (size_t t = start; t < end; t++) {
    const dg_hit *h = dg_ent_at(c, t);
    if (h && h->kind == DG_HIT_COUNTRY) dg_frame_add_party(f, c->gz->countries[h->ref].iso3);
  }
}

/* "In a phone call, X told Y that ...": the call is between X and Y. */
void dg_frame_told(dg_ctx *c, dg_frame *f)
{
  size_t b = f->w1;
  if (f->m.ncountries >= 2 || b >= c->text.sent[f->s].t1 || !dg_tok_in_set(c, b, DG_WORDS_BRIEFING)) return;
  f->cur = b - 1;
  if (b > f->w0 && c->tok_person[b - 1] >= 0) dg_frame_add_person(c, f, c->pm[c->tok_person[b - 1]].person);
  size_t k = b + 1;
  while (k < c->text.sent[f->s].t1 && c->ent[k] >= 0 && c->tok_person[k] < 0) k++;
  f->cur = k;
  if (k < c->text.sent[f->s].t1 && c->tok_person[k] >= 0) dg_frame_add_person(c, f, c->pm[c->tok_person[k]].person);
}

/* "X left Lima after attending the summit and holding talks with A and B":
 * a clause that opens with a participle after "after", "before", "while" or
 * "when" has no subject of its own; it is the sentence's first actor (a
 * person, or a country or nationality). */
void dg_frame_participle_subject(dg_ctx *c, dg_frame *f)
{
  static const char *const subs[] = {"after", "before", "while", "when", NULL};
  size_t s0 = c->text.sent[f->s].t0, w = f->w0;
  if (w <= s0 || !dg_tok_word_in(c, w - 1, subs) || c->text.tok[w].kind != DG_TOK_WORD ||
      (c->text.tok[w].flags & DG_TOKF_CAP))
    return;
  size_t n = dg_tok_len(&c->text, w);
  if (n < 5 || memcmp(dg_tok_str(&c->text, w) + n - 3, "ing", 3) != 0) return;
  for (size_t t = s0; t < w - 1; t++) {
    int32_t pm = c->tok_person[t];
    const dg_hit *h = dg_ent_at(c, t);
    if (pm < 0 && h && (h->kind == DG_HIT_COUNTRY || h->kind == DG_HIT_DEMONYM)) {
      dg_frame_add_party(f, c->gz->countries[h->ref].iso3); /* "The Kenyan president flew home after ..." */
      return;
    }
    if (pm < 0 || c->pm[pm].t0 != t || c->pm[pm].speaker) continue;
    if (c->r->persons[c->pm[pm].person].iso3[0]) dg_frame_add_person(c, f, c->pm[pm].person);
    return; /* the first actor is the subject, or nobody is */
  }
}

/* "X later met with her", "talks with him": "him"/"her" after "with" is the
 * last person named before the clause, within two sentences, who acts for
 * a country other than the frame's one. */
void dg_frame_object_pronoun(dg_ctx *c, dg_frame *f)
{
  static const char *const obj[] = {"him", "her", NULL};
  size_t t = f->w0 + 1;
  if (f->m.ncountries != 1) return;
  while (t < f->w1 && !(dg_tok_word_in(c, t, obj) && dg_tok_is(&c->text, t - 1, "with"))) t++;
  if (t >= f->w1) return;
  size_t floor = c->text.sent[f->s >= 2 ? f->s - 2 : 0].t0;
  for (size_t k = f->w0; k-- > floor;) {
    int32_t pm = c->tok_person[k];
    if (pm < 0 || c->pm[pm].t0 != k) continue;
    const dg_xperson *x = &c->r->persons[c->pm[pm].person];
    if (!x->iso3[0] || x->nonstate) continue;
    if (dg_meeting_has_country(&f->m, x->iso3)) continue;
    f->cur = t;
    dg_frame_add_person(c, f, c->pm[pm].person);
    return;
  }
}

/* "X was in A (and B) for talks with his counterpart(s)": a counterpart
 * with no country of its own is the host's official, so where X was takes
 * part (the place's country when no country was named). */
static long host_index(const dg_ctx *c, const dg_frame *f, const char *iso3)
{
  for (size_t i = 0; i < f->nhost; i++)
    if (strcmp(c->gz->countries[f->host[i]].iso3, iso3) == 0) return (long)i;
  return -1;
}

void dg_frame_counterpart_host(dg_ctx *c, dg_frame *f)
{
  static const char *const words[] = {"counterpart", "counterparts", NULL};
  size_t t = f->w0, cur = f->cur, own = 0;
  /* one side besides the hosts: the counterparts, named or not, are theirs
   * ("in A and B ... with his counterparts X and Y", X of A) */
  for (size_t i = 0; i < f->m.ncountries; i++) own += host_index(c, f, f->m.countries[i]) < 0;
  if (own != 1) return;
  while (t < f->w1 && !dg_tok_word_in(c, t, words)) t++;
  if (t == f->w1) return;
  for (size_t i = 0; i < f->m.ncountries; i++) { /* a host is named where it is a host */
    long h = host_index(c, f, f->m.countries[i]);
    if (h >= 0 && f->host_tok[h] < f->ctok[i]) f->ctok[i] = f->host_tok[h];
  }
  for (size_t i = 0; i < f->nhost; i++) {
    f->cur = f->host_tok[i];
    dg_frame_add_country(f, c->gz->countries[f->host[i]].iso3);
  }
  if (!f->nhost && f->place_country >= 0) dg_frame_add_country(f, c->gz->countries[f->place_country].iso3);
  f->cur = cur;
}

/* "Peru said (on Friday) (that) it will hold talks with Bolivia", "the
 * Peruvian government announced it would ...": "it" before the trigger of
 * the clause after a word of speech is the country that spoke, the subject
 * right before that word. */
void dg_frame_it(dg_ctx *c, dg_frame *f)
{
  size_t s0 = c->text.sent[f->s].t0, t = f->w0;
  if (f->m.ncountries >= 2 || f->w0 <= s0 + 1) return;
  while (t < f->first_trigger && !dg_tok_is(&c->text, t, "it")) t++;
  if (t >= f->first_trigger) return;
  size_t b = f->w0 - 1; /* the clause's boundary, or a word of speech before "(on Friday) that" */
  const dg_hit *q = dg_cue_at(c, b);
  while (b > s0 && b + 6 > f->w0 && !(q && q->kind == DG_HIT_SPEECH) && c->ent[b] < 0 && c->evt[b] < 0)
    q = dg_cue_at(c, --b);
  if (!q || q->kind != DG_HIT_SPEECH) return;
  while (b > s0 && c->cue[b - 1] >= 0 && dg_cue_at(c, b - 1) == q) b--; /* its first word */
  size_t k = b;
  if (k > s0 && dg_tok_is(&c->text, k - 1, "government")) k--;
  if (k <= s0 || c->ent[k - 1] < 0) return;
  const dg_hit *h = &c->hits.v[c->ent[k - 1]];
  if (h->kind != DG_HIT_COUNTRY && !(h->kind == DG_HIT_DEMONYM && k < b)) return;
  size_t cur = f->cur;
  f->cur = t;
  dg_frame_add_party(f, c->gz->countries[h->ref].iso3);
  f->cur = cur;
}
