/* Corrections of meetings: drop, set, merge, split, add. */
#include "correct/correct.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static int stale(dg_capply *a, const char *fmt, const char *what)
{
  snprintf(a->why, sizeof a->why, fmt, what);
  return 1;
}

static int doc_known(const dg_records *r, const char *doc)
{
  for (size_t i = 0; i < r->ndocs; i++)
    if (strcmp(r->docs[i].id, doc) == 0) return 1;
  return 0;
}

/* The one meeting a reference names: 0 and *i, or 1 (stale, a->why set). */
static int find_one(dg_capply *a, const dg_cref *ref, size_t *i)
{
  char d[320];
  size_t hits[2];
  dg_correct__describe(d, sizeof d, ref);
  if (ref->doc && !doc_known(a->r, ref->doc)) return stale(a, "article '%s' is not among this run's documents", ref->doc);
  size_t n = dg_correct__find_meetings(a->r, ref, hits, 2);
  if (n == 0) return stale(a, "no meeting has evidence %s (the article or the extraction changed?)", d);
  if (n > 1) return stale(a, "%s names several meetings: add its \"countries\" or use the key the report shows", d);
  *i = hits[0];
  return 0;
}

void dg_correct__remove_meeting(dg_records *r, size_t i)
{
  dg_xmeeting_clear(&r->meetings[i]);
  memmove(&r->meetings[i], &r->meetings[i + 1], (r->nmeetings - i - 1) * sizeof *r->meetings);
  r->nmeetings--;
}

/* The persons a set-meeting names, each exactly one: 0, or 1 stale. */
static int resolve_persons(dg_capply *a, const dg_cset *s, int *idx)
{
  char d[320];
  for (size_t k = 0; k < s->npersons && k < DG_MAX_MEETING_PERSONS; k++) {
    size_t hits[2];
    size_t n = dg_correct__find_persons(a->r, &s->persons[k], hits, 2);
    dg_correct__describe(d, sizeof d, &s->persons[k]);
    if (n != 1) return stale(a, n ? "%s names several persons" : "no person has %s", d);
    idx[k] = (int)hits[0];
  }
  return 0;
}

/* Put what s gives into m; *changed when anything differs. */
static int apply_set(dg_capply *a, dg_xmeeting *m, const dg_cset *s, int *changed)
{
  int idx[DG_MAX_MEETING_PERSONS];
  if (s->has_persons && resolve_persons(a, s, idx)) return 1;
  dg_xmeeting before = *m;
  dg_ymd none = dg_ymd_make(0, 0, 0, DG_PREC_NONE);
  int differs = s->date.prec ? memcmp(&m->date, &s->date, sizeof m->date) != 0 : m->date.prec != DG_PREC_NONE;
  if (s->has_date && differs) {
    m->date = s->date.prec ? s->date : none;
    m->date_how = m->date.prec ? DG_DATE_ABSOLUTE : DG_DATE_NONE;
    m->date_weak = 0;
  }
  if (s->status >= 0) m->status = s->status;
  if (s->level != DG_LEVEL_NONE && dg_levels_main(m->levels) != s->level) m->levels = 1u << s->level;
  if (s->mode >= 0) m->call = s->mode;
  if (s->has_countries) {
    memcpy(m->countries, s->countries, sizeof m->countries);
    m->ncountries = s->ncountries;
  }
  if (s->has_persons) {
    m->npersons = s->npersons < DG_MAX_MEETING_PERSONS ? s->npersons : DG_MAX_MEETING_PERSONS;
    memcpy(m->persons, idx, m->npersons * sizeof *idx);
  }
  *changed = memcmp(&before.date, &m->date, sizeof m->date) || before.status != m->status ||
             before.levels != m->levels || before.call != m->call || before.ncountries != m->ncountries ||
             memcmp(before.countries, m->countries, sizeof m->countries) || before.npersons != m->npersons ||
             memcmp(before.persons, m->persons, sizeof m->persons);
  if (s->has_place && (!m->place != !s->place || (m->place && strcmp(m->place, s->place)))) {
    char *p = s->place ? dg_strdup(s->place) : NULL;
    if (s->place && !p) return DG_ENOMEM;
    dg_free(m->place);
    m->place = p;
    *changed = 1;
  }
  return 0;
}

static int set_meeting(dg_capply *a, const dg_correction *c)
{
  size_t i;
  int changed = 0, rc = find_one(a, &c->target, &i);
  if (rc) return rc;
  dg_xmeeting *m = &a->r->meetings[i];
  if ((rc = apply_set(a, m, &c->set, &changed)) != 0) return rc;
  return changed ? dg_correct__mark(&m->corrected, c) : 2;
}

static int add_person(dg_xmeeting *m, int p)
{
  for (size_t k = 0; k < m->npersons; k++)
    if (m->persons[k] == p) return 0;
  if (m->npersons < DG_MAX_MEETING_PERSONS) m->persons[m->npersons++] = p;
  return 0;
}

/* Meeting o joins meeting t: evidence, countries, persons, levels; t's own
 * date and place unless it has none; held when either was. */
static int absorb(dg_xmeeting *t, dg_xmeeting *o)
{
  for (size_t k = 0; k < o->ev.n; k++) {
    const dg_evidence *e = &o->ev.v[k];
    if (dg_evlist_add(&t->ev, e->doc, e->start, e->end, e->sentence, strlen(e->sentence)) < 0) return DG_ENOMEM;
  }
  for (size_t k = 0; k < o->ncountries; k++) dg_meeting_add_country(t, o->countries[k]);
  for (size_t k = 0; k < o->npersons; k++) add_person(t, o->persons[k]);
  t->levels |= o->levels;
  if (o->status == DG_STATUS_HELD) t->status = DG_STATUS_HELD;
  if (!t->date.prec && o->date.prec) { t->date = o->date; t->date_how = o->date_how; t->date_weak = o->date_weak; }
  if (!t->place && o->place) { t->place = o->place; o->place = NULL; }
  return 0;
}

static int merge_meetings(dg_capply *a, const dg_correction *c)
{
  size_t t, idx[32], n = 0;
  int rc = find_one(a, &c->target, &t);
  for (size_t k = 0; !rc && k < c->nrefs && n < 32; k++) {
    rc = find_one(a, &c->refs[k], &idx[n]);
    size_t j = 0;
    while (!rc && j < n && idx[j] != idx[n]) j++;
    if (!rc && idx[n] != t && j == n) n++;
  }
  if (rc) return rc;
  if (!n) return stale(a, "%s", "the meetings it names are already one");
  for (size_t k = 0; k < n; k++)
    if ((rc = absorb(&a->r->meetings[t], &a->r->meetings[idx[k]])) < 0) return rc;
  if ((rc = dg_correct__mark(&a->r->meetings[t].corrected, c)) < 0) return rc;
  /* remove from the highest index down, so the others stay where they are */
  for (size_t done = 0; done < n; done++) {
    size_t hi = 0;
    for (size_t k = 1; k < n; k++) if (idx[k] > idx[hi]) hi = k;
    dg_correct__remove_meeting(a->r, idx[hi]);
    idx[hi] = 0;
  }
  return 0;
}

/* The evidence the correction lists leaves meeting i for a new meeting
 * with the same attributes. */
static int split_meeting(dg_capply *a, const dg_correction *c)
{
  size_t i;
  int rc = find_one(a, &c->target, &i);
  if (rc) return rc;
  dg_xmeeting *m = &a->r->meetings[i], nm = *m;
  size_t moving = 0;
  for (size_t k = 0; k < m->ev.n; k++)
    for (size_t j = 0; j < c->nrefs; j++)
      if (dg_correct__evidence_is(&m->ev.v[k], &c->refs[j])) { moving++; break; }
  if (!moving) return stale(a, "%s", "none of the meeting's evidence is what \"evidence\" names");
  if (moving == m->ev.n) return stale(a, "%s", "all of the meeting's evidence would leave it: nothing to split");
  memset(&nm.ev, 0, sizeof nm.ev);
  nm.id = nm.label = nm.conflicts = nm.corrected = NULL;
  nm.place = m->place ? dg_strdup(m->place) : NULL;
  if (m->place && !nm.place) return DG_ENOMEM;
  dg_evlist keep = {0};
  for (size_t k = 0; k < m->ev.n; k++) {
    int out = 0;
    for (size_t j = 0; j < c->nrefs && !out; j++) out = dg_correct__evidence_is(&m->ev.v[k], &c->refs[j]);
    dg_evlist *to = out ? &nm.ev : &keep;
    if (dg_grow((void **)&to->v, &to->cap, to->n + 1, sizeof *to->v) < 0) { rc = DG_ENOMEM; break; }
    to->v[to->n++] = m->ev.v[k]; /* the strings move with it */
  }
  if (!rc && dg_grow((void **)&a->r->meetings, &a->r->capmeetings, a->r->nmeetings + 1, sizeof *a->r->meetings) < 0)
    rc = DG_ENOMEM;
  if (rc) { /* give the strings back to m */
    dg_free(keep.v); dg_free(nm.ev.v); dg_free(nm.place);
    return rc;
  }
  m = &a->r->meetings[i];
  dg_free(m->ev.v);
  m->ev = keep;
  a->r->meetings[a->r->nmeetings++] = nm;
  rc = dg_correct__mark(&a->r->meetings[i].corrected, c);
  return rc ? rc : dg_correct__mark(&a->r->meetings[a->r->nmeetings - 1].corrected, c);
}

/* A meeting the articles do not give: the note is its evidence. */
static int add_meeting(dg_capply *a, const dg_correction *c)
{
  dg_xmeeting m;
  int changed;
  memset(&m, 0, sizeof m);
  m.status = DG_STATUS_HELD;
  m.levels = 1u << DG_LEVEL_OTHER;
  int rc = apply_set(a, &m, &c->set, &changed);
  if (!rc && dg_evlist_add(&m.ev, "corrections", 0, 0, c->note, strlen(c->note)) < 0) rc = DG_ENOMEM;
  if (!rc && dg_grow((void **)&a->r->meetings, &a->r->capmeetings, a->r->nmeetings + 1, sizeof *a->r->meetings) < 0)
    rc = DG_ENOMEM;
  if (!rc) rc = dg_correct__mark(&m.corrected, c);
  if (rc) { dg_xmeeting_clear(&m); return rc; }
  a->r->meetings[a->r->nmeetings++] = m;
  return 0;
}

int dg_correct__meeting(dg_capply *a, const dg_correction *c)
{
  size_t i;
  int rc;
  switch (c->action) {
  case DG_C_DROP_MEETING:
    if ((rc = find_one(a, &c->target, &i))) return rc;
    dg_correct__remove_meeting(a->r, i);
    return 0;
  case DG_C_SET_MEETING: return set_meeting(a, c);
  case DG_C_MERGE_MEETINGS: return merge_meetings(a, c);
  case DG_C_SPLIT_MEETING: return split_meeting(a, c);
  case DG_C_ADD_MEETING: return add_meeting(a, c);
  default: return dg_error_set(DG_EARG, "not a meeting correction");
  }
}
