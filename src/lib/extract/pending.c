/* A meeting told before its parties: "Defence chiefs of some thirty
 * states gathered in <country> on Friday. Top diplomats from A, B and C
 * joined ...". The first sentence gives the place, the date and the level
 * but no party; the next one or two may say who took part (a word of
 * participation_words and two or more countries acting). The meeting is
 * theirs and the host country's. */
#include "extract/frames.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

int dg_pending_keep(dg_ctx *c, dg_frame *f)
{
  if (f->m.status == DG_STATUS_CANCELLED ||
      (f->m.date.prec == DG_PREC_NONE && !f->m.place && !f->nhost))
    return 0;
  const dg_sentence *s = &c->text.sent[f->s];
  if (dg_evlist_add_in(&f->m.ev, c->doc->id, s->os, s->oe, c->doc->text, s->os, s->oe) < 0) return DG_ENOMEM;
  dg_xmeeting_clear(&c->pending);
  c->pending = f->m;
  memset(&f->m, 0, sizeof f->m);
  c->pending_s = f->s;
  c->pending_host = f->nhost ? f->host[0] : -1; /* the first: "met in X", not what follows */
  c->has_pending = 1;
  return 0;
}

static int says_who_took_part(const dg_ctx *c, const dg_sentence *se)
{
  for (size_t t = se->t0; t < se->t1; t++)
    if (dg_tok_in_set(c, t, DG_WORDS_PARTICIPATION)) return 1;
  return 0;
}

int dg_pending_sentence(dg_ctx *c, size_t s)
{
  const dg_sentence *se = &c->text.sent[s];
  if (!says_who_took_part(c, se)) return 0;
  dg_frame f;
  memset(&f, 0, sizeof f);
  f.s = s; f.w0 = se->t0; f.w1 = se->t1; f.place_country = -1; f.first_trigger = se->t0;
  int rc = dg_frame_participants(c, &f);
  if (rc < 0 || f.m.ncountries < 2) { dg_xmeeting_clear(&f.m); return rc; }
  dg_xmeeting m = c->pending;
  memset(&c->pending, 0, sizeof c->pending);
  c->has_pending = 0;
  if (c->pending_host >= 0) dg_meeting_add_country(&m, c->gz->countries[c->pending_host].iso3);
  for (size_t i = 0; i < f.m.ncountries; i++) dg_meeting_add_country(&m, f.m.countries[i]);
  dg_frame_join_persons(&m, &f.m);
  dg_xmeeting_clear(&f.m);
  dg_records *r = c->r;
  if (dg_evlist_add_in(&m.ev, c->doc->id, se->os, se->oe, c->doc->text, se->os, se->oe) < 0 ||
      dg_grow((void **)&r->meetings, &r->capmeetings, r->nmeetings + 1, sizeof *r->meetings) < 0) {
    dg_xmeeting_clear(&m);
    return DG_ENOMEM;
  }
  r->meetings[r->nmeetings++] = m;
  dg_discourse_note(c, s, &m);
  return 1;
}
