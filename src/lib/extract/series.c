/* Several meetings in one clause: a plural trigger with a list of dates
 * ("summits in A on D1 and in B on D2", "meetings on D1, D2 and D3") is one
 * meeting per date, each with the place in its own stretch. A series named by reference ("subsequent summits",
 * "earlier rounds") has the parties of the meeting read just before. */
#include "extract/frames.h"
#include <string.h>

static const char *const series_words[] = {"subsequent", "previous", "earlier", "later", "past", "further",
                                           "following", "other", "such", NULL};

/* Is the trigger hit h a noun in the plural whose singular is a trigger too
 * ("summits", "meetings"; not "talks", whose singular is not), or a verb
 * phrase ending in one ("held meetings")? */
static int plural_hit(const dg_ctx *c, const dg_hit *h)
{
  if (!h || h->kind != DG_HIT_TRIGGER) return 0;
  const char *p = c->gz->triggers[h->ref].phrase, *sp;
  if (c->gz->triggers[h->ref].verb) {
    if (!(sp = strrchr(p, ' '))) return 0;
    p = sp + 1; /* its last word */
  }
  size_t n = strlen(p);
  if (n < 4 || p[n - 1] != 's') return 0;
  for (size_t i = 0; i < c->gz->ntriggers; i++) {
    const char *q = c->gz->triggers[i].phrase;
    if (!c->gz->triggers[i].verb && strlen(q) == n - 1 && memcmp(q, p, n - 1) == 0) return 1;
  }
  return 0;
}

int dg_frame_plural_trigger(const dg_ctx *c, const dg_frame *f)
{
  return plural_hit(c, dg_evt_at(c, f->first_trigger));
}

/* Does a trigger in the plural come before the first date of a list at
 * token d ("talks between X, and the meetings on D1, D2 and D3")? */
int dg_frame_plural_before(const dg_ctx *c, const dg_frame *f, size_t d)
{
  for (size_t t = f->first_trigger; t < d && t < f->w1; t++)
    if (c->evt[t] >= 0 && plural_hit(c, &c->hits.v[c->evt[t]])) return 1;
  return 0;
}

/* "subsequent summits", "the earlier meetings": a series word right before
 * the plural trigger. */
int dg_frame_series_ref(const dg_ctx *c, const dg_frame *f)
{
  size_t t = f->first_trigger;
  return t > f->w0 && dg_tok_word_in(c, t - 1, series_words) && dg_frame_plural_trigger(c, f);
}

/* "<city> has hosted four rounds of negotiations": a city that hosts a
 * plural meeting noun, with nobody named, hosts the meetings just told of. */
const char *dg_frame_hosted_rounds(const dg_ctx *c, const dg_frame *f)
{
  size_t t = f->first_trigger, k = t;
  const dg_hit *h = dg_evt_at(c, t);
  if (!h || !c->gz->triggers[h->ref].verb || strncmp(c->gz->triggers[h->ref].phrase, "host", 4) != 0) return NULL;
  if (k > f->w0 && (dg_tok_is(&c->text, k - 1, "has") || dg_tok_is(&c->text, k - 1, "have"))) k--;
  const dg_hit *p = k > f->w0 ? dg_ent_at(c, k - 1) : NULL;
  if (!p || (p->kind != DG_HIT_PLACE && p->kind != DG_HIT_CAPITAL)) return NULL;
  int city_of = p->kind == DG_HIT_CAPITAL ? (int)p->ref : c->gz->places[p->ref].country;
  const char *name = p->kind == DG_HIT_CAPITAL ? c->gz->countries[p->ref].capitals.v[0] : c->gz->places[p->ref].name;
  for (size_t i = 0; i < f->m.ncountries; i++) /* nobody named but the city's government */
    if (city_of < 0 || strcmp(f->m.countries[i], c->gz->countries[city_of].iso3) != 0) return NULL;
  for (size_t e = dg_hit_end_tok(c, h, t); e < f->w1 && e < t + 6; e++)
    if (c->evt[e] >= 0 && plural_hit(c, &c->hits.v[c->evt[e]])) return name;
  return dg_tok_is(&c->text, dg_hit_end_tok(c, h, t) + 1, "rounds") ? name : NULL;
}

/* The point dates of the window (not "since X"), distinct, in text order:
 * their mention indexes and first tokens. Returns how many (at most max). */
size_t dg_frame_date_list(const dg_ctx *c, const dg_frame *f, int32_t *out, size_t *at, size_t max)
{
  size_t n = 0;
  for (size_t t = f->w0; t < f->w1 && n < max; t++) {
    int32_t d = c->tok_date[t];
    if (d < 0 || (n && out[n - 1] == d)) continue;
    const dg_date_mention *m = &c->dates[d];
    if (m->bound || m->past.prec < DG_PREC_MONTH) return 0; /* a span or a year: not a list of events */
    at[n] = t;
    out[n++] = d;
  }
  return n;
}

/* "agreed to hold meetings in A, B, C and then in D": a plural trigger right
 * before "in" and a list of two or more cities (joined by ",", "and", "in",
 * "then", "again") is one meeting per city. Their names, in text order;
 * returns how many (0 for no such list, at most max). */
size_t dg_frame_place_list(const dg_ctx *c, const dg_frame *f, const char **out, size_t max)
{
  static const char *const joins[] = {",", "and", "in", "then", "again", "finally", NULL};
  size_t t = f->first_trigger;
  const dg_hit *h = dg_evt_at(c, t);
  if (!h) return 0;
  t = dg_hit_end_tok(c, h, t);
  if (t >= f->w1 || !dg_tok_is(&c->text, t, "in") || !plural_hit(c, h)) return 0; /* plural_hit reads the table */
  size_t n = 0;
  for (t++; t < f->w1; t++) {
    const dg_hit *p = dg_ent_at(c, t);
    if (p && (p->kind == DG_HIT_PLACE || p->kind == DG_HIT_CAPITAL)) {
      if (n == max) return 0;
      out[n++] = p->kind == DG_HIT_PLACE ? c->gz->places[p->ref].name : c->gz->countries[p->ref].capitals.v[0];
      t = dg_hit_end_tok(c, p, t) - 1;
    } else if (!dg_tok_word_in(c, t, joins)) {
      break;
    }
  }
  return n >= 2 ? n : 0;
}
