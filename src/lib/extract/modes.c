/* A meeting whose words do not say how they met ("his discussion with X",
 * "they talked") is the call of the same parties its article tells ("X had
 * a telephone call with Y on Wednesday"), when their date and status agree:
 * one event told twice, not a meeting and a call. Their levels must agree
 * too, as merge asks. The article's calls are indexed by their country set,
 * so that the pass stays linear in the meetings. */
#include "extract/context.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/strmap.h"
#include <string.h>

/* Dates that may be one: the same day, or either unknown. */
static int dates_agree(const dg_ymd *a, const dg_ymd *b)
{
  if (a->prec == DG_PREC_NONE || b->prec == DG_PREC_NONE) return 1;
  return a->prec == b->prec && a->year == b->year && a->month == b->month && a->day == b->day;
}

static int agree(const dg_xmeeting *m, const dg_xmeeting *k)
{
  return k->status == m->status && k->earlier == m->earlier && dates_agree(&m->date, &k->date) &&
         (!m->levels || !k->levels || (m->levels & k->levels));
}

int dg_settle_modes(dg_ctx *c)
{
  dg_records *r = c->r;
  size_t unsaid = 0;
  for (size_t i = 0; i < r->nmeetings; i++) unsaid += r->meetings[i].mode_unsaid && !r->meetings[i].place;
  if (!unsaid) return 0; /* no work where no such word is */
  dg_strmap calls = DG_STRMAP_INIT;
  int *next = dg_malloc(r->nmeetings * sizeof *next), rc = 0;
  char key[3 * DG_MAX_MEETING_COUNTRIES + 1];
  if (!next) return DG_ENOMEM;
  for (size_t i = r->nmeetings; i-- > 0 && rc == 0;) { /* chains in article order */
    if (!r->meetings[i].call) continue;
    size_t n = dg_meeting_set_key(&r->meetings[i], key);
    next[i] = dg_strmap_get(&calls, key, n);
    if (dg_strmap_put(&calls, key, n, (int)i) < 0) rc = DG_ENOMEM;
  }
  for (size_t i = 0; i < r->nmeetings && rc == 0; i++) {
    dg_xmeeting *m = &r->meetings[i];
    if (!m->mode_unsaid || m->call || m->place) continue; /* a place of its own: they met there */
    size_t n = dg_meeting_set_key(m, key);
    for (int j = dg_strmap_get(&calls, key, n); j >= 0; j = next[j])
      if (agree(m, &r->meetings[j])) { m->call = 1; break; }
  }
  dg_strmap_free(&calls);
  dg_free(next);
  return rc;
}
