/* Lookups of the HTML report: actors, documents and meetings by id, and the
 * meetings of each person, made once, so that a table costs linear time in
 * its rows (a scan per row was quadratic: issue 18, finding 2). */
#include "export/report.h"
#include "util/alloc.h"
#include <string.h>

/* id -> i, the first index of an id kept (as a scan would find it). */
static int put_first(dg_strmap *m, const char *id, size_t i)
{
  if (!id || dg_strmap_get(m, id, strlen(id)) >= 0) return 0;
  return dg_strmap_put(m, id, strlen(id), (int)i);
}

/* person_first / person_list: each person's meeting numbers, in report order
 * (a person listed twice in one meeting counts once). */
static int person_lists(dg_report *r)
{
  const dg_records *o = r->out;
  size_t np = o->npersons, total = 0;
  if (!(r->person_first = dg_calloc(np + 2, sizeof *r->person_first))) return DG_ENOMEM;
  for (int pass = 0; pass < 2; pass++) {
    for (size_t k = 0; k < o->nmeetings; k++) {
      const dg_xmeeting *m = &o->meetings[r->order[k]];
      for (size_t j = 0; j < m->npersons; j++) {
        int p = m->persons[j], seen = 0;
        for (size_t i = 0; i < j; i++) seen |= m->persons[i] == p;
        if (seen || p < 0 || (size_t)p >= np) continue;
        if (pass == 0) r->person_first[p + 2]++;
        else r->person_list[r->person_first[p + 1]++] = k + 1;
      }
    }
    if (pass == 0) {
      for (size_t i = 2; i < np + 2; i++) r->person_first[i] += r->person_first[i - 1];
      total = r->person_first[np + 1];
      if (!(r->person_list = dg_malloc((total ? total : 1) * sizeof *r->person_list))) return DG_ENOMEM;
    }
  }
  return 0;
}

int dg_report__index(dg_report *r)
{
  int rc = 0;
  for (size_t i = 0; !rc && i < r->a->nactors; i++) rc = put_first(&r->actor_ids, r->a->actors[i].id, i);
  for (size_t i = 0; !rc && i < r->out->ndocs; i++) rc = put_first(&r->doc_ids, r->out->docs[i].id, i);
  for (size_t k = 0; !rc && k < r->out->nmeetings; k++)
    rc = put_first(&r->meeting_ids, r->out->meetings[r->order[k]].id, k + 1);
  if (!rc) rc = person_lists(r);
  return rc < 0 ? dg_report__fail(r, DG_ENOMEM, NULL) : 0;
}

void dg_report__index_free(dg_report *r)
{
  dg_strmap_free(&r->actor_ids);
  dg_strmap_free(&r->doc_ids);
  dg_strmap_free(&r->meeting_ids);
  dg_free(r->person_first);
  dg_free(r->person_list);
}

static int lookup(const dg_strmap *m, const char *id)
{
  return id ? dg_strmap_get(m, id, strlen(id)) : -1;
}

const dg_actor_stat *dg_report__actor(const dg_report *r, const char *id)
{
  int i = lookup(&r->actor_ids, id);
  return i >= 0 ? &r->a->actors[i] : NULL;
}

int dg_report__doc(const dg_report *r, const char *id) { return lookup(&r->doc_ids, id); }

size_t dg_report__meeting_number(const dg_report *r, const char *id)
{
  int k = lookup(&r->meeting_ids, id);
  return k > 0 ? (size_t)k : 0;
}

const size_t *dg_report__person_meetings(const dg_report *r, size_t i, size_t *n)
{
  *n = r->person_first[i + 1] - r->person_first[i];
  return r->person_list + r->person_first[i];
}
