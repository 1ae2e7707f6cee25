/* A meeting whose words do not say how they met ("his discussion with X",
 * "they talked") is the call of the same parties its article tells ("X had
 * a telephone call with Y on Wednesday"), when their date and status agree:
 * one event told twice, not a meeting and a call. Their levels must agree
 * too, as merge asks. */
#include "extract/context.h"
#include <string.h>

static int same_countries(const dg_xmeeting *a, const dg_xmeeting *b)
{
  if (a->ncountries != b->ncountries) return 0;
  for (size_t i = 0; i < a->ncountries; i++)
    if (!dg_meeting_has_country(b, a->countries[i])) return 0;
  return 1;
}

/* Dates that may be one: the same day, or either unknown. */
static int dates_agree(const dg_ymd *a, const dg_ymd *b)
{
  if (a->prec == DG_PREC_NONE || b->prec == DG_PREC_NONE) return 1;
  return a->prec == b->prec && a->year == b->year && a->month == b->month && a->day == b->day;
}

void dg_settle_modes(dg_ctx *c)
{
  dg_records *r = c->r;
  for (size_t i = 0; i < r->nmeetings; i++) {
    dg_xmeeting *m = &r->meetings[i];
    if (!m->mode_unsaid || m->call || m->place) continue; /* a place of its own: they met there */
    for (size_t j = 0; j < r->nmeetings; j++) {
      const dg_xmeeting *k = &r->meetings[j];
      if (k->call && k->status == m->status && k->earlier == m->earlier && same_countries(m, k) &&
          dates_agree(&m->date, &k->date) && (!m->levels || !k->levels || (m->levels & k->levels))) {
        m->call = 1;
        break;
      }
    }
  }
}
