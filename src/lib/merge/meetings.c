/* One meeting across mentions and articles. A mention joins the meeting it
 * fits best:
 *  - same mode (call or in person), and held only with held (but across
 *    articles, planned then held on the same exact date is one meeting);
 *  - the same countries (within one article, one set may contain the other:
 *    "the Chilean and Peruvian ministers" in a report of a three-way meeting);
 *  - levels that overlap, when both are known;
 *  - places that agree, when both are known;
 *  - dates that agree at the coarser precision; a weekday-only date yields to
 *    an exact one that falls on that weekday (a stale copy re-dated against
 *    a later publication date), and the disagreement is kept as a note.
 * Two phases: the mentions of each article are clustered first (in text
 * order), then the articles' meetings are merged across articles (in
 * document id order), so the result does not depend on the order articles
 * were added in, and an article's vague headline joins its own story
 * before anything else. */
#include "merge/merge.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/sort.h"
#include "util/strmap.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <strings.h>

typedef struct {
  int votes[DG_STATUS_COUNT]; /* per status */
  size_t article;             /* the last article that added to it, counted from 1 */
} cluster_info;

static int subset(const dg_xmeeting *a, const dg_xmeeting *b)
{
  for (size_t i = 0; i < a->ncountries; i++)
    if (!dg_meeting_has_country(b, a->countries[i])) return 0;
  return 1;
}

static int strong(const dg_xmeeting *m)
{
  return m->date.prec != DG_PREC_NONE && !m->date_weak;
}

/* A weekday-only date re-read against a later publication date (a stale
 * copy) is at most this far from the exact one; two articles that put one
 * meeting at the same place a few days apart disagree on its day. */
#define STALE_DAYS 183
#define DISAGREE_DAYS 3

static long days_apart(const dg_ymd *a, const dg_ymd *b)
{
  long d = dg_days_from_civil(a->year, a->month, a->day) - dg_days_from_civil(b->year, b->month, b->day);
  return d < 0 ? -d : d;
}

static int weekday_fits(const dg_xmeeting *weak, const dg_xmeeting *exact)
{
  const dg_ymd *w = &weak->date, *e = &exact->date;
  if (e->prec != DG_PREC_DAY || w->prec != DG_PREC_DAY || !e->year || !w->year) return 0;
  return dg_weekday_of(w->year, w->month, w->day) == dg_weekday_of(e->year, e->month, e->day) &&
         dg_ymd_compare(e, w) <= 0 && days_apart(e, w) <= STALE_DAYS;
}

/* Two held reports of one meeting, from two articles, at the same known
 * place and level, a few days apart: the articles disagree on the day. */
static int day_disagreement(const dg_xmeeting *a, const dg_xmeeting *b)
{
  return a->status == DG_STATUS_HELD && b->status == DG_STATUS_HELD && a->place && b->place &&
         strcasecmp(a->place, b->place) == 0 && (a->levels & b->levels) && a->date.prec == DG_PREC_DAY &&
         b->date.prec == DG_PREC_DAY && a->date.year && b->date.year && days_apart(&a->date, &b->date) <= DISAGREE_DAYS;
}

static int dates_fit(const dg_xmeeting *a, const dg_xmeeting *b)
{
  if (a->date.prec == DG_PREC_NONE || b->date.prec == DG_PREC_NONE) return 1;
  if (dg_ymd_compatible(&a->date, &b->date)) return 1;
  int aw = a->date_how == DG_DATE_WEEKDAY, bw = b->date_how == DG_DATE_WEEKDAY;
  if (aw && !bw && strong(b)) return weekday_fits(a, b);
  if (bw && !aw && strong(a)) return weekday_fits(b, a);
  return 0;
}

/* How well mention m fits cluster c: -1 when it does not. */
static int fit(const dg_xmeeting *c, const dg_xmeeting *m, int within_article)
{
  int same_doc = within_article;
  int equal = c->ncountries == m->ncountries && subset(m, c);
  if (c->call != m->call) return -1;
  if (!equal && !(same_doc && (subset(m, c) || subset(c, m)))) return -1;
  if (!equal && c->sideline != m->sideline) return -1; /* a bilateral on the sidelines is its own */
  if (same_doc && c->sideline != m->sideline) return -1; /* "X also called Y": another call than the one told */
  if (same_doc && c->earlier != m->earlier) return -1; /* "the first talks since ...": another meeting */
  /* A meeting called off was not held; a plan made for a day and the
   * meeting held are one only when both dates say the same month at least. */
  if ((c->status == DG_STATUS_CANCELLED && m->status == DG_STATUS_HELD) ||
      (m->status == DG_STATUS_CANCELLED && c->status == DG_STATUS_HELD))
    return -1;
  /* Held goes with held; a meeting planned in one article and reported held
   * in another is one meeting when their dates agree and one is exact. */
  if ((c->status == DG_STATUS_HELD) != (m->status == DG_STATUS_HELD) &&
      (same_doc || !equal || c->date.prec == DG_PREC_NONE || m->date.prec == DG_PREC_NONE ||
       !(strong(c) || strong(m)) || !dg_ymd_compatible(&c->date, &m->date) ||
       c->date.prec < DG_PREC_MONTH || m->date.prec < DG_PREC_MONTH))
    return -1;
  int same_place = c->place && m->place && strcasecmp(c->place, m->place) == 0;
  if (c->place && m->place && !same_place) return -1;
  /* Levels must overlap, but within one article two rungs named at the same
   * place are one event ("the defence ministers met in Lima"; "the heads of
   * intelligence met in Lima"). */
  if (c->levels && m->levels && !(c->levels & m->levels) && !(same_doc && same_place)) return -1;
  if (!dates_fit(c, m)) {
    if (within_article || !equal || !day_disagreement(c, m)) return -1;
    return 1; /* kept together, the disagreement noted (merge_date) */
  }
  int score = (equal ? 4 : 0) + (same_doc ? 2 : 0) + ((c->levels & m->levels) ? 1 : 0);
  if (strong(c) && strong(m) && dg_ymd_compare(&c->date, &m->date) == 0) score += 2;
  /* A weekday that only yields to another date fits less than one that agrees. */
  if (c->date.prec != DG_PREC_NONE && m->date.prec != DG_PREC_NONE && !dg_ymd_compatible(&c->date, &m->date))
    score = score > 3 ? score - 3 : 0;
  return score;
}

static int note_conflict(dg_xmeeting *c, const dg_xmeeting *m, const dg_xmeeting *kept)
{
  char a[16], b[16];
  const dg_xmeeting *dropped = kept == c ? m : c;
  dg_ymd_format(&dropped->date, a, sizeof a);
  dg_ymd_format(&kept->date, b, sizeof b);
  if (!a[0] || strcmp(a, b) == 0) return 0;
  dg_buf nb = DG_BUF_INIT;
  if (c->conflicts) dg_buf_printf(&nb, "%s; ", c->conflicts);
  if (strong(dropped))
    dg_buf_printf(&nb, "%s dates it %s; kept %s", dropped->ev.v[0].doc, a, b);
  else
    dg_buf_printf(&nb, "%s dates it %s (%s only); kept %s", dropped->ev.v[0].doc, a,
                  dg_date_how_name(dropped->date_how), b);
  char *s = dg_buf_detach(&nb, NULL);
  if (!s) return DG_ENOMEM;
  dg_free(c->conflicts);
  c->conflicts = s;
  return 0;
}

/* Year-less "March 14th" and a weekday that resolves to 2019-03-14 say
 * the same day together: the result is as good as an exact date. */
static int combine_days(dg_xmeeting *c, const dg_xmeeting *m)
{
  if (c->date.prec != DG_PREC_DAY || m->date.prec != DG_PREC_DAY) return 0;
  if (!!c->date.year == !!m->date.year) return 0;
  if (!c->date.year) c->date.year = m->date.year;
  c->date_weak = 0;
  c->date_how = DG_DATE_COMBINED;
  return 1;
}

/* Keep the finer of two dates that agree; when they disagree (a weekday-only
 * date against an exact one), keep the exact one and note the other. */
static int merge_date(dg_xmeeting *c, const dg_xmeeting *m)
{
  if (m->date.prec == DG_PREC_NONE) return 0;
  int agree = c->date.prec == DG_PREC_NONE || dg_ymd_compatible(&c->date, &m->date);
  if (agree && combine_days(c, m)) return 0;
  int take = c->date.prec == DG_PREC_NONE ||
             (agree && (m->date.prec > c->date.prec || (m->date.prec == c->date.prec && strong(m) && !strong(c)))) ||
             (!agree && strong(m) && !strong(c));
  if (!agree && note_conflict(c, m, take ? m : c) < 0) return DG_ENOMEM;
  if (take) {
    c->date = m->date;
    c->date_weak = m->date_weak;
    c->date_how = m->date_how;
  }
  return 0;
}

static int absorb(dg_xmeeting *c, cluster_info *ci, const dg_xmeeting *m, const cluster_info *mi,
                  const int *map)
{
  for (size_t i = 0; i < m->ncountries; i++) dg_meeting_add_country(c, m->countries[i]);
  for (size_t i = 0; i < m->npersons; i++) {
    int p = map ? map[m->persons[i]] : m->persons[i], dup = 0;
    for (size_t k = 0; k < c->npersons; k++) dup |= c->persons[k] == p;
    if (p >= 0 && !dup && c->npersons < DG_MAX_MEETING_PERSONS) c->persons[c->npersons++] = p;
  }
  c->levels |= m->levels;
  c->postponed |= m->postponed;
  if (m->format_said > c->format_said) c->format_said = m->format_said;
  if (!c->place && m->place && !(c->place = dg_strdup(m->place))) return DG_ENOMEM;
  for (int v = 0; v < DG_STATUS_COUNT; v++) ci->votes[v] += mi ? mi->votes[v] : v == m->status;
  if (m->conflicts && !c->conflicts && !(c->conflicts = dg_strdup(m->conflicts)))
    return DG_ENOMEM;
  if (merge_date(c, m) < 0) return DG_ENOMEM;
  return dg_evlist_copy(&c->ev, &m->ev);
}

static int by_evidence(const void *a, const void *b, void *ctx)
{
  const dg_records *in = ctx;
  const dg_xmeeting *x = &in->meetings[*(const int *)a], *y = &in->meetings[*(const int *)b];
  int c = strcmp(x->ev.v[0].doc, y->ev.v[0].doc);
  if (c) return c;
  return x->ev.v[0].start < y->ev.v[0].start ? -1 : x->ev.v[0].start > y->ev.v[0].start;
}

/* Held wins, then cancelled (a plan called off); otherwise the majority, a
 * tie going to the weaker claim. */
static int final_status(const cluster_info *ci)
{
  if (ci->votes[DG_STATUS_HELD]) return DG_STATUS_HELD;
  if (ci->votes[DG_STATUS_CANCELLED]) return DG_STATUS_CANCELLED;
  return ci->votes[DG_STATUS_PLANNED] > ci->votes[DG_STATUS_PROPOSED] ? DG_STATUS_PLANNED
                                                                       : DG_STATUS_PROPOSED;
}

static int new_cluster(dg_records *out, const dg_xmeeting *m)
{
  if (dg_grow((void **)&out->meetings, &out->capmeetings, out->nmeetings + 1, sizeof *out->meetings) < 0)
    return DG_ENOMEM;
  dg_xmeeting *c = &out->meetings[out->nmeetings];
  memset(c, 0, sizeof *c);
  c->call = m->call;
  c->status = m->status;
  c->sideline = m->sideline;
  c->earlier = m->earlier;
  return (int)out->nmeetings++;
}

typedef struct {
  dg_records r;        /* only meetings used */
  cluster_info *info;
  size_t capinfo;
  /* Across articles only equal country sets merge: clusters are chained per
   * country set (key: the sorted codes), so a meeting meets only its peers. */
  dg_strmap buckets;   /* key -> first cluster */
  int *chain;          /* cluster -> next cluster of its bucket, or -1 */
  size_t capchain;
  /* Within an article a mention also fits a cluster whose set contains its
   * own or is contained in it: clusters are listed under each country set
   * they had (key -> first node), and those of three or more countries also
   * under each of their countries ("+" and the code), so that the candidates
   * are looked up, not scanned. An entry may be stale (the cluster grew):
   * fit() decides. Across articles, the same index lists each country
   * set's clusters by year (consider_across). */
  dg_strmap index;
  struct { int cluster, next; } *nodes;
  size_t nnodes, capnodes;
  size_t article; /* the article being placed (across articles), counted from 1 */
} clusters;

static int index_add(clusters *cs, const char *key, int c)
{
  if (dg_grow((void **)&cs->nodes, &cs->capnodes, cs->nnodes + 1, sizeof *cs->nodes) < 0) return DG_ENOMEM;
  cs->nodes[cs->nnodes].cluster = c;
  cs->nodes[cs->nnodes].next = dg_strmap_get(&cs->index, key, strlen(key));
  return dg_strmap_put(&cs->index, key, strlen(key), (int)cs->nnodes++);
}

/* List cluster c (now with `before` countries more than it had) in the index. */
static int index_cluster(clusters *cs, int c, size_t before)
{
  const dg_xmeeting *m = &cs->r.meetings[c];
  char key[3 * DG_MAX_MEETING_COUNTRIES + 1];
  dg_meeting_set_key(m, key);
  if (index_add(cs, key, c) < 0) return DG_ENOMEM;
  for (size_t i = m->ncountries >= 3 ? (before >= 3 ? before : 0) : m->ncountries; i < m->ncountries; i++) {
    char one[5] = {'+', m->countries[i][0], m->countries[i][1], m->countries[i][2], '\0'};
    if (index_add(cs, one, c) < 0) return DG_ENOMEM;
  }
  return 0;
}

static void consider(const clusters *cs, size_t c, const dg_xmeeting *m, int within, int *best, int *best_score);

static void consider_key(const clusters *cs, const char *key, const dg_xmeeting *m, int within, int *best,
                         int *best_score)
{
  for (int n = dg_strmap_get(&cs->index, key, strlen(key)); n >= 0; n = cs->nodes[n].next)
    consider(cs, (size_t)cs->nodes[n].cluster, m, within, best, best_score);
}

/* Within an article: the clusters of m's set or any part of it, and the
 * larger ones that hold its first country. */
static void consider_within(const clusters *cs, const dg_xmeeting *m, const char *key, int *best, int *best_score)
{
  size_t k = m->ncountries;
  if (k < 2 || k > 10) { /* not met in practice (a frame has two); scan */
    for (size_t c = 0; c < cs->r.nmeetings; c++) consider(cs, c, m, 1, best, best_score);
    return;
  }
  for (unsigned mask = 1; mask < 1u << k; mask++) {
    char sub[3 * DG_MAX_MEETING_COUNTRIES + 1];
    size_t n = 0;
    for (size_t i = 0; i < k; i++)
      if (mask >> i & 1u) { memcpy(sub + n, key + 3 * i, 3); n += 3; }
    sub[n] = '\0';
    consider_key(cs, sub, m, 1, best, best_score);
  }
  char one[5] = {'+', m->countries[0][0], m->countries[0][1], m->countries[0][2], '\0'};
  consider_key(cs, one, m, 1, best, best_score);
}

/* Put m (with its votes mi, or one vote when NULL) into the best-fitting
 * cluster of cs, or a new one. */
static void consider(const clusters *cs, size_t c, const dg_xmeeting *m, int within, int *best, int *best_score)
{
  /* across articles, an article's history and its present stay apart, as
   * do its "also" meetings and the one they are besides */
  if (!within && cs->info[c].article == cs->article &&
      (cs->r.meetings[c].earlier != m->earlier || cs->r.meetings[c].sideline != m->sideline))
    return;
  int sc = fit(&cs->r.meetings[c], m, within);
  /* Ties go to the earlier cluster, whatever order candidates come in. */
  if (sc > *best_score || (sc == *best_score && sc >= 0 && (int)c < *best)) { *best = (int)c; *best_score = sc; }
}

/* Across articles, the clusters of a country set are also listed by year
 * (key "SET@YEAR"; year 0: undated or year unknown, which fits any year),
 * so that a dated meeting meets only those of its year, the years beside it
 * (a weekday re-dated or a day in dispute, see fit) and those of year 0,
 * not every meeting the set ever had. A cluster whose year changes is
 * listed again under the new one; the stale entry is harmless (fit decides). */
static int year_of(const dg_xmeeting *m) { return m->date.prec == DG_PREC_NONE ? 0 : m->date.year; }

static void year_key(char *out, size_t n, const char *key, int year) { snprintf(out, n, "%s@%d", key, year); }

static void consider_across(const clusters *cs, const dg_xmeeting *m, const char *key, int *best, int *best_score)
{
  int y = year_of(m);
  char yk[3 * DG_MAX_MEETING_COUNTRIES + 16];
  if (!y) { /* an undated meeting fits every cluster of its set */
    for (int c = dg_strmap_get(&cs->buckets, key, strlen(key)); c >= 0; c = cs->chain[c])
      consider(cs, (size_t)c, m, 0, best, best_score);
    return;
  }
  for (int d = -1; d <= 1; d++) {
    year_key(yk, sizeof yk, key, y + d);
    consider_key(cs, yk, m, 0, best, best_score);
  }
  year_key(yk, sizeof yk, key, 0);
  consider_key(cs, yk, m, 0, best, best_score);
}

static int place(clusters *cs, const dg_xmeeting *m, const cluster_info *mi, const int *map, int within)
{
  int best = -1, best_score = -1, year_before = 0;
  char key[3 * DG_MAX_MEETING_COUNTRIES + 1];
  dg_meeting_set_key(m, key);
  if (within) consider_within(cs, m, key, &best, &best_score);
  else consider_across(cs, m, key, &best, &best_score);
  int fresh = best < 0;
  if (!fresh) year_before = year_of(&cs->r.meetings[best]);
  if (best < 0) {
    if ((best = new_cluster(&cs->r, m)) < 0) return best;
    if (dg_grow((void **)&cs->info, &cs->capinfo, cs->r.nmeetings, sizeof *cs->info) < 0 ||
        dg_grow((void **)&cs->chain, &cs->capchain, cs->r.nmeetings, sizeof *cs->chain) < 0)
      return DG_ENOMEM;
    memset(&cs->info[best], 0, sizeof *cs->info);
    cs->chain[best] = dg_strmap_get(&cs->buckets, key, strlen(key));
    if (dg_strmap_put(&cs->buckets, key, strlen(key), best) < 0) return DG_ENOMEM;
  }
  size_t before = cs->r.meetings[best].ncountries;
  int rc = absorb(&cs->r.meetings[best], &cs->info[best], m, mi, map);
  cs->info[best].article = cs->article;
  cs->r.meetings[best].status = final_status(&cs->info[best]);
  if (!rc && within && cs->r.meetings[best].ncountries != before) rc = index_cluster(cs, best, before);
  int year = year_of(&cs->r.meetings[best]);
  if (!rc && !within && (fresh || year != year_before)) {
    char yk[3 * DG_MAX_MEETING_COUNTRIES + 16];
    year_key(yk, sizeof yk, key, year);
    rc = index_add(cs, yk, best);
  }
  return rc;
}

static void clusters_free(clusters *cs)
{
  dg_records_free(&cs->r);
  dg_free(cs->info);
  dg_free(cs->chain);
  dg_strmap_free(&cs->buckets);
  dg_free(cs->nodes);
  dg_strmap_free(&cs->index);
}

/* A plan that was put off without a new date keeps no date: the date it
 * had is noted in its conflicts. */
static int drop_postponed(dg_records *r)
{
  for (size_t i = 0; i < r->nmeetings; i++) {
    dg_xmeeting *m = &r->meetings[i];
    char was[16];
    if (!m->postponed || m->status == DG_STATUS_HELD || m->date.prec == DG_PREC_NONE) continue;
    dg_ymd_format(&m->date, was, sizeof was);
    dg_buf nb = DG_BUF_INIT;
    if (m->conflicts) dg_buf_printf(&nb, "%s; ", m->conflicts);
    dg_buf_printf(&nb, "postponed: it had been set for %s", was[0] ? was : "a day without a year");
    char *s = dg_buf_detach(&nb, NULL);
    if (!s) return DG_ENOMEM;
    dg_free(m->conflicts);
    m->conflicts = s;
    m->date = (dg_ymd){0, 0, 0, DG_PREC_NONE};
    m->date_how = DG_DATE_NONE;
    m->date_weak = 0;
  }
  return 0;
}

int dg_merge_meetings(dg_graph *g, const int *map)
{
  size_t n = g->in.nmeetings;
  int *order = dg_malloc((n + 1) * sizeof *order), rc = 0;
  clusters global, local;
  memset(&global, 0, sizeof global);
  memset(&local, 0, sizeof local);
  if (!order) return DG_ENOMEM;
  for (size_t i = 0; i < n; i++) order[i] = (int)i;
  dg_sort(order, n, sizeof *order, by_evidence, &g->in);
  for (size_t k = 0; k < n && !rc; k++) {
    const dg_xmeeting *m = &g->in.meetings[order[k]];
    rc = place(&local, m, NULL, map, 1);
    int last = k + 1 == n || strcmp(g->in.meetings[order[k + 1]].ev.v[0].doc, m->ev.v[0].doc) != 0;
    if (last) global.article++;
    for (size_t c = 0; last && !rc && c < local.r.nmeetings; c++)
      rc = place(&global, &local.r.meetings[c], &local.info[c], NULL, 0);
    if (last) { clusters_free(&local); memset(&local, 0, sizeof local); }
  }
  clusters_free(&local);
  if (!rc) rc = drop_postponed(&global.r);
  if (!rc) { g->out.meetings = global.r.meetings; g->out.nmeetings = global.r.nmeetings; g->out.capmeetings = global.r.capmeetings; global.r.meetings = NULL; global.r.nmeetings = 0; }
  dg_free(order);
  clusters_free(&global);
  return rc;
}
