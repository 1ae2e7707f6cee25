/* dg_graph: collect extractions, then merge them (dg_graph_build). */
#include "merge/merge.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdlib.h>
#include <string.h>

int dg_graph_new(dg_graph **out)
{
  *out = dg_calloc(1, sizeof **out);
  return *out ? 0 : DG_ENOMEM;
}

void dg_graph_free(dg_graph *g)
{
  if (!g) return;
  dg_records_free(&g->in);
  dg_records_free(&g->out);
  dg_strmap_free(&g->doc_ids);
  dg_free(g);
}

static int copy_strv(dg_strv *dst, const dg_strv *src)
{
  for (size_t i = 0; i < src->n; i++) {
    if (dg_grow((void **)&dst->v, &dst->cap, dst->n + 1, sizeof *dst->v) < 0) return DG_ENOMEM;
    if (!(dst->v[dst->n] = dg_strdup(src->v[i]))) return DG_ENOMEM;
    dst->n++;
  }
  return 0;
}

static char *dup_or_null(const char *s, int *fail)
{
  char *d = s ? dg_strdup(s) : NULL;
  if (s && !d) *fail = 1;
  return d;
}

/* Copy r's documents into in; ids, when given, must be new to it. */
static int add_docs(dg_records *in, const dg_records *r, dg_strmap *ids)
{
  int fail = 0;
  for (size_t i = 0; i < r->ndocs; i++) {
    const dg_xdocument *d = &r->docs[i];
    if (ids && dg_strmap_get(ids, d->id, strlen(d->id)) >= 0)
      return dg_error_set(DG_EARG, "two documents share the id '%.100s'", d->id);
    if (ids && dg_strmap_put(ids, d->id, strlen(d->id), 1) < 0) return DG_ENOMEM;
    if (dg_grow((void **)&in->docs, &in->capdocs, in->ndocs + 1, sizeof *in->docs) < 0) return DG_ENOMEM;
    dg_xdocument *x = &in->docs[in->ndocs++];
    *x = *d;
    x->id = dup_or_null(d->id, &fail);
    x->path = dup_or_null(d->path, &fail);
    x->published = dup_or_null(d->published, &fail);
    x->source = dup_or_null(d->source, &fail);
  }
  return fail ? DG_ENOMEM : 0;
}

static int add_parts(dg_records *in, const dg_records *r)
{
  size_t base = in->npersons;
  for (size_t i = 0; i < r->ncountries; i++) {
    dg_xcountry *x;
    if (dg_records_add_country(in, r->countries[i].iso3, &x) < 0 ||
        dg_evlist_copy(&x->ev, &r->countries[i].ev) < 0)
      return DG_ENOMEM;
    x->actor |= r->countries[i].actor;
  }
  for (size_t i = 0; i < r->npersons; i++) {
    const dg_xperson *p = &r->persons[i];
    int fail = 0;
    if (dg_grow((void **)&in->persons, &in->cappersons, in->npersons + 1, sizeof *in->persons) < 0) return DG_ENOMEM;
    dg_xperson *x = &in->persons[in->npersons++];
    memset(x, 0, sizeof *x);
    memcpy(x->iso3, p->iso3, 4);
    x->level = p->level;
    x->nonstate = p->nonstate;
    x->name = dup_or_null(p->name, &fail);
    x->role = dup_or_null(p->role, &fail);
    if (fail || copy_strv(&x->aliases, &p->aliases) < 0 || dg_evlist_copy(&x->ev, &p->ev) < 0)
      return DG_ENOMEM;
  }
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    int fail = 0;
    if (dg_grow((void **)&in->meetings, &in->capmeetings, in->nmeetings + 1, sizeof *in->meetings) < 0) return DG_ENOMEM;
    dg_xmeeting *x = &in->meetings[in->nmeetings++];
    *x = *m;
    memset(&x->ev, 0, sizeof x->ev);
    x->place = dup_or_null(m->place, &fail);
    x->conflicts = dup_or_null(m->conflicts, &fail);
    for (size_t k = 0; k < x->npersons; k++) x->persons[k] += (int)base;
    if (fail || dg_evlist_copy(&x->ev, &m->ev) < 0) return DG_ENOMEM;
  }
  return 0;
}

int dg_graph_add(dg_graph *g, const dg_extraction *x)
{
  if (g->built) return dg_error_set(DG_EARG, "the graph is already built");
  int rc = add_docs(&g->in, &x->r, &g->doc_ids);
  return rc < 0 ? rc : add_parts(&g->in, &x->r);
}

size_t dg_graph_document_count(const dg_graph *g) { return g->in.ndocs; }

size_t dg_graph_conflict_count(const dg_graph *g)
{
  size_t n = 0;
  for (size_t i = 0; i < g->out.nmeetings; i++) n += g->out.meetings[i].conflicts != NULL;
  return n;
}

size_t dg_graph_undated(const dg_graph *g, const char **ids, size_t max)
{
  size_t n = 0;
  for (size_t i = 0; g && i < g->in.ndocs; i++) {
    if (g->in.docs[i].reference_how != DG_REF_NONE) continue;
    if (ids && n < max) ids[n] = g->in.docs[i].id;
    n++;
  }
  return n;
}

static int by_doc_id(const void *a, const void *b, void *ctx)
{
  return strcmp(((const dg_xdocument *)a)->id, ((const dg_xdocument *)b)->id);
}

static int by_iso3(const void *a, const void *b, void *ctx)
{
  return strcmp(((const dg_xcountry *)a)->iso3, ((const dg_xcountry *)b)->iso3);
}

/* Documents and countries: sorted copies, so the output does not depend on
 * the order articles were added in. */
static int build_docs_countries(dg_graph *g)
{
  if (add_docs(&g->out, &g->in, NULL) < 0) return DG_ENOMEM;
  dg_sort(g->out.docs, g->out.ndocs, sizeof *g->out.docs, by_doc_id, NULL);
  for (size_t i = 0; i < g->in.ncountries; i++) {
    dg_xcountry *x;
    if (dg_records_add_country(&g->out, g->in.countries[i].iso3, &x) < 0 ||
        dg_evlist_copy(&x->ev, &g->in.countries[i].ev) < 0)
      return DG_ENOMEM;
    x->actor |= g->in.countries[i].actor;
  }
  dg_sort(g->out.countries, g->out.ncountries, sizeof *g->out.countries, by_iso3, NULL);
  return 0;
}

int dg_graph_build(dg_graph *g, const dg_gazetteer *gz)
{
  if (g->built) return 0;
  g->gz = gz;
  int *map = dg_malloc((g->in.npersons + 1) * sizeof *map);
  if (!map) return DG_ENOMEM;
  int rc = build_docs_countries(g);
  if (!rc) rc = dg_merge_persons(g, map);
  if (!rc) rc = dg_merge_meetings(g, map);
  if (!rc) rc = dg_graph_finish(g);
  dg_free(map);
  if (rc < 0) { dg_records_free(&g->out); return rc; }
  g->built = 1;
  return 0;
}
