/* The report's summary: one paragraph generated from the graph and its
 * analysis (counts, the format's growth, first appearances, the highest
 * level, what is planned or proposed, disagreements), then the phases. */
#include "export/report.h"
#include "util/alloc.h"
#include <string.h>

#define MAX_LISTED 6 /* planned and proposed meetings named one by one */

static const char *plural(size_t n, const char *one, const char *many) { return n == 1 ? one : many; }

/* "published between 4 March 2019 and 2 June 2020 (one without a date)" */
static void put_published(dg_report *r)
{
  const char *lo = NULL, *hi = NULL;
  size_t missing = 0;
  char a[48], b[48], num[16];
  for (size_t i = 0; i < r->out->ndocs; i++) {
    const char *p = r->out->docs[i].published;
    if (!p || !p[0]) { missing++; continue; }
    if (!lo || strcmp(p, lo) < 0) lo = p;
    if (!hi || strcmp(p, hi) > 0) hi = p;
  }
  if (!lo) return;
  dg_report__date_words(a, sizeof a, lo);
  dg_report__date_words(b, sizeof b, hi);
  if (strcmp(lo, hi) == 0) dg_buf_printf(&r->text, ", published on %s", a);
  else dg_buf_printf(&r->text, ", published between %s and %s", a, b);
  if (missing) dg_buf_printf(&r->text, " (%s without a publication date)", dg_report__number(num, sizeof num, missing));
  dg_buf_putc(&r->text, ',');
}

static void counts(dg_report *r)
{
  const dg_analysis *a = r->a;
  char n1[16], n2[16], n3[16], n4[16];
  size_t nd = r->out->ndocs;
  if (nd == 1) dg_buf_puts(&r->text, "The article");
  else dg_buf_printf(&r->text, "The %s articles", dg_report__number(n1, sizeof n1, nd));
  put_published(r);
  dg_buf_printf(&r->text, " %s %s %s, %s %s and %s %s", nd == 1 ? "names" : "name",
                dg_report__number(n1, sizeof n1, a->ncountries), plural(a->ncountries, "country", "countries"),
                dg_report__number(n2, sizeof n2, a->npersons), plural(a->npersons, "official", "officials"),
                dg_report__number(n3, sizeof n3, a->nmeetings), plural(a->nmeetings, "meeting", "meetings"));
  if (a->nmeetings && a->held != a->nmeetings) {
    size_t v[DG_STATUS_COUNT] = {a->held, a->planned, a->proposed, a->cancelled}, parts = 0, k = 0;
    for (int i = 0; i < DG_STATUS_COUNT; i++) parts += v[i] > 0;
    dg_buf_puts(&r->text, ":");
    for (int i = 0; i < DG_STATUS_COUNT; i++)
      if (v[i]) {
        k++;
        dg_buf_printf(&r->text, "%s %s %s", k == 1 ? "" : k == parts ? " and" : ",",
                      dg_report__number(n4, sizeof n4, v[i]), dg_status_vocab.t[i].label);
      }
  } else if (a->nmeetings) dg_buf_puts(&r->text, ", all held");
  dg_buf_puts(&r->text, ". ");
}

/* "on 14 March 2019", "in August 2018" */
static void put_when(dg_report *r, const char *iso)
{
  char d[48];
  dg_report__date_words(d, sizeof d, iso);
  dg_buf_printf(&r->text, "%s %s", dg_report__date_prep(iso), d);
}

static void put_change(dg_report *r, const dg_transition *t)
{
  dg_report__put_names(r, (const char (*)[4])t->joined, t->njoined);
  if (t->njoined) dg_buf_puts(&r->text, " joined");
  if (t->njoined && t->nleft) dg_buf_puts(&r->text, " and ");
  dg_report__put_names(r, (const char (*)[4])t->left, t->nleft);
  if (t->nleft) dg_buf_puts(&r->text, " left");
}

static void growth(dg_report *r)
{
  const dg_analysis *a = r->a;
  char n1[16], n2[16];
  if (!a->nphases) {
    if (a->held) dg_buf_puts(&r->text, "No held meeting has a known date, so the format's growth cannot be traced. ");
    return;
  }
  const dg_phase *f = &a->phases[0], *l = &a->phases[a->nphases - 1];
  if (a->nphases == 1) {
    dg_buf_printf(&r->text, "Every dated held meeting brought together the same %s %s (",
                  dg_report__number(n1, sizeof n1, f->ncountries), plural(f->ncountries, "country", "countries"));
    dg_report__put_names(r, (const char (*)[4])f->countries, f->ncountries);
    dg_buf_puts(&r->text, "), ");
    if (strcmp(f->from, f->to) != 0) { put_when(r, f->from); dg_buf_puts(&r->text, " and "); }
    put_when(r, f->to);
    dg_buf_puts(&r->text, ". ");
    return;
  }
  const char *verb = l->ncountries > f->ncountries ? "grew" : l->ncountries < f->ncountries ? "shrank" : "changed";
  dg_buf_printf(&r->text, "The format %s from %s %s (", verb, dg_report__number(n1, sizeof n1, f->ncountries),
                plural(f->ncountries, "country", "countries"));
  dg_report__put_names(r, (const char (*)[4])f->countries, f->ncountries);
  dg_buf_puts(&r->text, ") ");
  put_when(r, f->from);
  dg_buf_printf(&r->text, " to %s", dg_report__number(n2, sizeof n2, l->ncountries));
  if (a->ntransitions == 1) {
    dg_buf_puts(&r->text, " when ");
    put_change(r, &a->transitions[0]);
    dg_buf_putc(&r->text, ' ');
    put_when(r, a->transitions[0].date);
    dg_buf_puts(&r->text, ". ");
    return;
  }
  dg_buf_puts(&r->text, " (");
  dg_report__put_names(r, (const char (*)[4])l->countries, l->ncountries);
  dg_buf_puts(&r->text, "): ");
  for (size_t i = 0; i < a->ntransitions; i++) {
    const dg_transition *t = &a->transitions[i];
    dg_buf_puts(&r->text, i ? "; " : "");
    put_when(r, t->date);
    dg_buf_putc(&r->text, ' ');
    put_change(r, t);
    dg_buf_printf(&r->text, " (%s %s)", dg_report__number(n1, sizeof n1, t->to), plural(t->to, "country", "countries"));
  }
  dg_buf_puts(&r->text, ". ");
}

static int in_meetings(const dg_report *r, const char *iso3)
{
  for (size_t m = 0; m < r->out->nmeetings; m++)
    if (dg_meeting_has_country(&r->out->meetings[m], iso3)) return 1;
  return 0;
}

/* "First appearances: Chile and Peru in 2017, Kenya on 9 March 2019." */
static void firsts(dg_report *r)
{
  size_t n = r->a->ncountries, i = 0, groups = 0;
  size_t *idx = n ? dg_malloc(n * sizeof *idx) : NULL;
  if (n && !idx) { dg_report__fail(r, DG_ENOMEM, NULL); return; }
  n = n ? dg_report__countries_by_first(r, idx) : 0;
  while (i < n && r->a->actors[idx[i]].first_seen[0]) {
    const char *date = r->a->actors[idx[i]].first_seen;
    size_t j = i;
    while (j < n && strcmp(r->a->actors[idx[j]].first_seen, date) == 0) j++;
    int last = j == n || !r->a->actors[idx[j]].first_seen[0];
    dg_buf_puts(&r->text, !groups++ ? "Countries first appear in dated meetings as follows: " : last ? " and " : ", ");
    for (size_t k = i; k < j; k++)
      dg_buf_printf(&r->text, "%s%s", k == i ? "" : k + 1 == j ? " and " : ", ",
                    dg_report__country(r, r->a->actors[idx[k]].iso3));
    dg_buf_putc(&r->text, ' ');
    put_when(r, date);
    i = j;
  }
  if (groups) dg_buf_puts(&r->text, ". ");
  /* The others: in undated meetings only, or (a correction dropped them,
   * or only their officials were named) in none. */
  for (int in_any = 1; in_any >= 0; in_any--) {
    size_t shown = 0, count = 0;
    for (size_t k = i; k < n; k++) count += in_meetings(r, r->a->actors[idx[k]].iso3) == in_any;
    for (size_t k = i; k < n; k++) {
      if (in_meetings(r, r->a->actors[idx[k]].iso3) != in_any) continue;
      dg_buf_printf(&r->text, "%s%s", !shown ? "" : shown + 1 == count ? " and " : ", ",
                    dg_report__country(r, r->a->actors[idx[k]].iso3));
      shown++;
    }
    if (count && in_any) dg_buf_printf(&r->text, " %s only in undated meetings. ", count == 1 ? "appears" : "appear");
    if (count && !in_any) dg_buf_printf(&r->text, " %s part in no meeting. ", count == 1 ? "takes" : "take");
  }
  dg_free(idx);
}

/* The ladder's order: other < deputy-foreign < intelligence < ... < leaders. */
static int rank(int level)
{
  const dg_term *t = dg_vocab_term(&dg_level_vocab, level);
  return t ? t->rank : -1;
}

static void highest(dg_report *r)
{
  const dg_analysis *a = r->a;
  if (a->highest == DG_LEVEL_NONE) { dg_buf_puts(&r->text, "No meeting is reported as held. "); return; }
  dg_buf_printf(&r->text, "The highest level reached at a held meeting was %s, first ", dg_report__level_words(a->highest));
  if (a->highest_date[0]) put_when(r, a->highest_date);
  else dg_buf_puts(&r->text, "at an undated meeting");
  dg_buf_puts(&r->text, " (");
  dg_report__meeting_ref(r, dg_report__meeting_number(r, a->highest_meeting));
  dg_buf_puts(&r->text, ")");
  int above = -1, planned = 0;
  for (size_t i = 0; i < r->out->nmeetings; i++) {
    const dg_xmeeting *m = &r->out->meetings[i];
    int l = dg_levels_main(m->levels);
    if (m->status == DG_STATUS_HELD || m->status == DG_STATUS_CANCELLED || rank(l) <= rank(a->highest) || rank(l) < rank(above)) continue;
    planned = (rank(l) == rank(above) && planned) || m->status == DG_STATUS_PLANNED;
    above = l;
  }
  if (above >= 0)
    dg_buf_printf(&r->text, "; a meeting of %s %s", dg_report__level_words(above),
                  planned ? "is planned" : "has been proposed but not held");
  dg_buf_puts(&r->text, ". ");
}

/* "a proposed meeting of the leaders of Chile, Kenya and Peru in Nairobi in October 2019 (M9)" */
static void put_pending(dg_report *r, size_t k)
{
  const dg_xmeeting *m = &r->out->meetings[r->order[k]];
  int l = dg_levels_main(m->levels);
  char d[48];
  dg_buf_printf(&r->text, "a %s %s of %s%s of ", dg_status_name(m->status), m->call ? "call" : "meeting",
                l == DG_LEVEL_OTHER ? "" : "the ", dg_report__level_words(l));
  dg_report__put_names(r, (const char (*)[4])m->countries, m->ncountries);
  if (m->place) dg_buf_printf(&r->text, " in %s", m->place);
  dg_report__ymd_words_bare(d, sizeof d, &m->date);
  if (m->date.prec != DG_PREC_NONE) dg_buf_printf(&r->text, " %s %s", m->date.prec == DG_PREC_DAY ? "on" : "in", d);
  dg_buf_puts(&r->text, " (");
  dg_report__meeting_ref(r, k + 1);
  dg_buf_puts(&r->text, m->date.prec != DG_PREC_NONE && m->date.year == 0 ? "; year not given)" : ")");
}

/* "Not yet held: ..." (planned and proposed) or "Called off: ..." (cancelled). */
static void pending(dg_report *r)
{
  size_t n = r->a->planned + r->a->proposed, done = 0;
  char n1[16], n2[16];
  if (!n) return;
  if (n > MAX_LISTED) {
    dg_buf_printf(&r->text, "Not yet held: %s planned and %s proposed meetings (see the table). ",
                  dg_report__number(n1, sizeof n1, r->a->planned), dg_report__number(n2, sizeof n2, r->a->proposed));
    return;
  }
  dg_buf_puts(&r->text, "Not yet held: ");
  for (size_t k = 0; k < r->out->nmeetings; k++)
    if (r->out->meetings[r->order[k]].status == DG_STATUS_PLANNED ||
        r->out->meetings[r->order[k]].status == DG_STATUS_PROPOSED) {
      dg_buf_puts(&r->text, done++ ? "; " : "");
      put_pending(r, k);
    }
  dg_buf_puts(&r->text, ". ");
}

static void called_off(dg_report *r)
{
  size_t done = 0;
  char num[16];
  if (!r->a->cancelled) return;
  if (r->a->cancelled > MAX_LISTED) {
    dg_buf_printf(&r->text, "Called off: %s meetings (see the table). ", dg_report__number(num, sizeof num, r->a->cancelled));
    return;
  }
  dg_buf_puts(&r->text, "Called off: ");
  for (size_t k = 0; k < r->out->nmeetings; k++)
    if (r->out->meetings[r->order[k]].status == DG_STATUS_CANCELLED) {
      dg_buf_puts(&r->text, done++ ? "; " : "");
      put_pending(r, k);
    }
  dg_buf_puts(&r->text, ". ");
}

static void disagreements(dg_report *r)
{
  size_t n = 0;
  char num[16];
  for (size_t i = 0; i < r->out->nmeetings; i++) n += r->out->meetings[i].conflicts != NULL;
  if (!n) return;
  dg_buf_printf(&r->text, "The articles disagree about %s %s (see ", dg_report__number(num, sizeof num, n),
                plural(n, "meeting", "meetings"));
  dg_report__flush(r);
  dg_report__link_start(r, "disagreements", 1);
  dg_report__text(r, "Disagreements");
  dg_report__end(r);
  dg_buf_puts(&r->text, ").");
}

static void phase_row(dg_report *r, size_t i)
{
  const dg_phase *p = &r->a->phases[i];
  char a[48], b[48];
  dg_report__start(r, "tr", NULL);
  dg_buf_printf(&r->text, "%zu", i + 1);
  dg_report__start(r, "td", "num");
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__date_words(a, sizeof a, p->from);
  dg_report__date_words(b, sizeof b, p->to);
  dg_buf_printf(&r->text, strcmp(p->from, p->to) ? "%s – %s" : "%s", a, b);
  dg_report__start(r, "td", "nowrap");
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__put_names(r, (const char (*)[4])p->countries, p->ncountries);
  dg_report__start(r, "td", NULL);
  dg_report__flush(r);
  dg_report__end(r);
  dg_buf_printf(&r->text, "%zu", p->ncountries);
  dg_report__start(r, "td", "num");
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__start(r, "td", NULL);
  for (size_t k = 0; k < p->count; k++) {
    dg_buf_puts(&r->text, k ? ", " : "");
    dg_report__meeting_ref(r, dg_report__meeting_number(r, r->a->phased[p->first + k]));
  }
  dg_report__end(r);
  dg_report__put_levels(r, p->levels);
  dg_report__start(r, "td", NULL);
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__end(r);
}

static void phases(dg_report *r)
{
  static const char *const head[] = {"Phase", "Dates", "Countries", "Format", "Held meetings", "Levels"};
  if (!r->a->nphases) return;
  dg_report__elem(r, "h3", NULL, "Phases of the format");
  dg_report__elem(r, "p", "muted",
                  "Held meetings with a known date, in date order; consecutive meetings between the same "
                  "countries form one phase.");
  dg_report__start(r, "table", "phases");
  dg_report__start(r, "thead", NULL);
  dg_report__start(r, "tr", NULL);
  for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
    dg_report__elem(r, "th", i == 0 || i == 3 ? "num" : NULL, head[i]);
  dg_report__end(r);
  dg_report__end(r);
  dg_report__start(r, "tbody", NULL);
  for (size_t i = 0; i < r->a->nphases; i++) phase_row(r, i);
  dg_report__end(r);
  dg_report__end(r);
}

void dg_report__summary(dg_report *r)
{
  dg_report__start(r, "section", "summary");
  dg_report__id(r, "summary", 1);
  dg_report__elem(r, "h2", NULL, "Summary");
  dg_report__start(r, "p", "summary");
  counts(r);
  growth(r);
  firsts(r);
  if (r->a->nmeetings) highest(r);
  pending(r);
  called_off(r);
  disagreements(r);
  while (r->text.len && r->text.ptr[r->text.len - 1] == ' ') r->text.ptr[--r->text.len] = '\0';
  dg_report__flush(r);
  dg_report__end(r);
  phases(r);
  dg_report__end(r);
}
