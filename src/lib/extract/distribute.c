/* Distributive meetings: "X held separate meetings with A and B", "bilateral
 * talks with A, B and C", "talks with A, then with B" are one meeting per
 * counterpart, each between X's side and that counterpart, not one meeting
 * of everyone. */
#include "extract/frames.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

static int is_word(const dg_ctx *c, size_t t, const char *w) { return dg_tok_is(&c->text, t, w); }

/* "X had a phone call with A and B", "X phoned A and B": a phone call
 * (a trigger the data marks `pairwise`) is between two sides, so one with
 * several counterparts is one call each, unless the clause says they were
 * on it together ("a joint call", "a three-way call", "trilateral"). */
static int pairwise_call(const dg_ctx *c, const dg_frame *f)
{
  const dg_hit *h = dg_evt_at(c, f->first_trigger);
  if (!f->m.call || !h || h->kind != DG_HIT_TRIGGER || !c->gz->triggers[h->ref].pairwise) return 0;
  if (f->m.format_said >= 3 || f->n_said >= 3) return 0;
  for (size_t t = f->w0; t < f->w1; t++)
    if (is_word(c, t, "joint") || is_word(c, t, "together") || is_word(c, t, "conference") || is_word(c, t, "between"))
      return 0;
  return 1;
}

/* A word that makes the meeting one per counterpart ("separate",
 * "bilateral", "respectively"), or "then with". */
static int distributive_cue(const dg_ctx *c, const dg_frame *f)
{
  for (size_t t = f->w0; t < f->w1; t++) {
    if (is_word(c, t, "between")) return 0; /* "bilateral talks between A and B" */
    if (dg_gazetteer_word(c->gz, DG_WORDS_DISTRIBUTIVE, dg_tok_str(&c->text, t), dg_tok_len(&c->text, t)))
      return 1;
    if (is_word(c, t, "then") && t + 1 < f->w1 && is_word(c, t + 1, "with")) return 1;
  }
  return 0;
}

/* Where the counterparts begin: the first "with" from the first trigger on
 * ("held separate meetings with", "met separately with"), else the end of
 * the first trigger ("A met B and C separately"). */
static size_t split_point(const dg_ctx *c, const dg_frame *f)
{
  for (size_t t = f->first_trigger; t < f->w1; t++)
    if (is_word(c, t, "with")) return t;
  const dg_hit *h = dg_evt_at(c, f->first_trigger);
  return h ? dg_hit_end_tok(c, h, f->first_trigger) : f->first_trigger + 1;
}

/* The counterparts end where a new clause begins: a finite verb after the
 * list ("..., and the presidents of A and B are among those attending"). */
static size_t list_end(const dg_ctx *c, const dg_frame *f, size_t split)
{
  static const char *const finite[] = {"is", "are", "was", "were", "has", "have", "had", "will", NULL};
  for (size_t t = split + 1; t < f->w1; t++)
    if (dg_tok_word_in(c, t, finite)) return t;
  return f->w1;
}

size_t dg_frame_distribute(const dg_ctx *c, const dg_frame *f, dg_split *out, size_t max)
{
  const dg_xmeeting *m = &f->m;
  if (m->ncountries < 3 || !(distributive_cue(c, f) || pairwise_call(c, f))) return 0;
  size_t split = split_point(c, f), end = list_end(c, f, split), nsub = 0, n = 0;
  size_t order[DG_MAX_MEETING_COUNTRIES];
  for (size_t i = 0; i < m->ncountries; i++) {
    if (f->ctok[i] < split) { nsub++; continue; }
    if (f->ctok[i] >= end) continue; /* a party of the next clause */
    size_t k = n++; /* insertion by token: counterparts in text order */
    while (k > 0 && f->ctok[order[k - 1]] > f->ctok[i]) { order[k] = order[k - 1]; k--; }
    order[k] = i;
  }
  if (nsub == 0 || n < 2 || n > max) return 0;
  for (size_t j = 0; j < n; j++) {
    out[j].country = order[j];
    out[j].t0 = f->ctok[order[j]];
    out[j].t1 = j + 1 < n ? f->ctok[order[j + 1]] : end;
    out[j].split = split;
    out[j].per_host = 0;
  }
  return n;
}

/* "separate meetings with A, B and C" whose own side is not a country the
 * text names (a group the gazetteer does not know, an unknown person):
 * the counterparts never met together, and the meetings have one country
 * each, so the frame gives none. So for a side with no counterpart named. */
int dg_frame_hostless(const dg_ctx *c, const dg_frame *f)
{
  const dg_xmeeting *m = &f->m;
  if (m->ncountries < 2 || !distributive_cue(c, f)) return 0;
  size_t split = split_point(c, f), before = 0;
  if (split >= f->w1 || !is_word(c, split, "with")) return 0;
  for (size_t i = 0; i < m->ncountries; i++) before += f->ctok[i] < split;
  /* none before, or none after: "A and B agreed to meet with the mediators
   * in their respective capitals" is no meeting of A and B either */
  if (before == 0) return 1;
  if (before < m->ncountries) return 0;
  for (size_t t = f->w0; t < f->w1; t++) /* "was in A and B ... respectively, to meet his counterparts" */
    if (is_word(c, t, "respectively") || is_word(c, t, "counterparts") || is_word(c, t, "counterpart")) return 0;
  return 1;
}

size_t dg_frame_per_host(const dg_ctx *c, const dg_frame *f, dg_split *out, size_t max)
{
  const dg_xmeeting *m = &f->m;
  static const char *const seats[] = {"capitals", "capital", "countries", "country", "cities", NULL};
  size_t t = f->w0, nsub = 0, n = 0;
  while (t < f->w1 && !is_word(c, t, "respective")) t++;
  /* "in their respective capitals", not "with their respective ministers" */
  if (t < f->w0 + 2 || t + 1 >= f->w1 || !dg_tok_word_in(c, t + 1, seats) || m->ncountries < 3 || m->place) return 0;
  if (!is_word(c, t - 2, "in") && !is_word(c, t - 2, "to") && !is_word(c, t - 1, "in") && !is_word(c, t - 1, "to"))
    return 0;
  size_t split = split_point(c, f);
  for (size_t i = 0; i < m->ncountries; i++) nsub += f->ctok[i] < split;
  if (nsub < 2 || nsub == m->ncountries || nsub > max) return 0;
  for (size_t i = 0; i < m->ncountries; i++) {
    if (f->ctok[i] >= split) continue;
    memset(&out[n], 0, sizeof out[n]);
    out[n].country = i;
    out[n].split = split;
    out[n++].per_host = 1;
  }
  return n;
}

/* The meeting between the subject's side and counterpart sp->country (or,
 * per host, between subject sp->country and every counterpart). */
int dg_frame_split_meeting(const dg_ctx *c, const dg_frame *f, const dg_split *sp, dg_xmeeting *out)
{
  const dg_xmeeting *m = &f->m;
  *out = *m;
  memset(&out->ev, 0, sizeof out->ev);
  out->place = NULL;
  out->conflicts = NULL;
  out->ncountries = 0;
  out->npersons = 0;
  out->levels = 0;
  for (size_t i = 0; i < m->ncountries; i++)
    if ((f->ctok[i] < sp->split) != sp->per_host || i == sp->country) dg_meeting_add_country(out, m->countries[i]);
  for (size_t i = 0; i < m->npersons; i++) {
    const dg_xperson *x = &c->r->persons[m->persons[i]];
    int in = x->iso3[0] ? dg_meeting_has_country(out, x->iso3) : (f->ptok[i] < sp->split) != sp->per_host;
    if (!in) continue;
    out->persons[out->npersons++] = m->persons[i];
    if (x->level >= 0) out->levels |= 1u << x->level;
  }
  if (!out->levels) out->levels = m->levels;
  out->format_said = 2;
  if (m->place && !(out->place = dg_strdup(m->place))) return DG_ENOMEM;
  return 0;
}

/* Are countries i and j of the frame neighbours in one list ("A and B",
 * "A, B", "A, the B")? */
static int listed_together(const dg_ctx *c, const dg_frame *f, size_t i, size_t j)
{
  size_t a = f->ctok[i], b = f->ctok[j];
  while (a < b && c->ent[a + 1] == c->ent[a]) a++; /* the end of A's name */
  for (size_t t = a + 1; t < b; t++)
    if (!is_word(c, t, ",") && !is_word(c, t, "and") && !is_word(c, t, "the")) return 0;
  return 1;
}

size_t dg_frame_respectively(const dg_ctx *c, const dg_frame *f, const size_t *at, size_t nd, dg_split *out,
                             size_t max)
{
  const dg_xmeeting *m = &f->m;
  size_t t, order[DG_MAX_MEETING_COUNTRIES], n = 0;
  for (t = f->w0; t < f->w1 && !is_word(c, t, "respectively"); t++) {}
  if (t == f->w1 || nd < 2 || nd > max || m->ncountries <= nd) return 0;
  for (size_t i = 0; i < m->ncountries; i++) { /* the countries before the first date, in text order */
    if (f->ctok[i] >= at[0]) continue;
    size_t k = n++;
    while (k > 0 && f->ctok[order[k - 1]] > f->ctok[i]) { order[k] = order[k - 1]; k--; }
    order[k] = i;
  }
  if (n <= nd) return 0; /* a subject's side is needed before the list */
  const size_t *list = order + (n - nd); /* the last nd of them, one list */
  for (size_t j = 0; j + 1 < nd; j++)
    if (!listed_together(c, f, list[j], list[j + 1])) return 0;
  for (size_t j = 0; j < nd; j++) {
    out[j].country = list[j];
    out[j].t0 = at[j];
    out[j].t1 = at[j] + 1;
    out[j].split = f->ctok[list[0]];
    out[j].per_host = 0;
  }
  return nd;
}
