/* Documents by id, and the articles a list of evidence quotes, each once. */
#include "model/docindex.h"
#include "util/alloc.h"
#include <string.h>

int dg_docindex_init(dg_docindex *x, const dg_records *r)
{
  dg_strmap empty = DG_STRMAP_INIT;
  x->r = r;
  x->ids = empty;
  x->list = 0;
  if (!(x->seen = dg_calloc(r->ndocs + 1, sizeof *x->seen))) return DG_ENOMEM;
  for (size_t i = 0; i < r->ndocs; i++) {
    const char *id = r->docs[i].id;
    if (!id || dg_strmap_get(&x->ids, id, strlen(id)) >= 0) continue;
    if (dg_strmap_put(&x->ids, id, strlen(id), (int)i) < 0) return DG_ENOMEM;
  }
  return 0;
}

void dg_docindex_free(dg_docindex *x)
{
  dg_strmap_free(&x->ids);
  dg_free(x->seen);
  x->seen = NULL;
}

int dg_docindex_find(const dg_docindex *x, const char *id)
{
  return id ? dg_strmap_get(&x->ids, id, strlen(id)) : -1;
}

void dg_docindex_list(dg_docindex *x) { x->list++; }

const char *dg_docindex_source(dg_docindex *x, const dg_evlist *ev, size_t k)
{
  const char *doc = ev->v[k].doc;
  int d = dg_docindex_find(x, doc);
  if (d < 0) { /* not among the documents: compare with the earlier evidence */
    for (size_t j = 0; j < k; j++)
      if (strcmp(ev->v[j].doc, doc) == 0) return NULL;
    return doc;
  }
  if (x->seen[d] == x->list) return NULL;
  x->seen[d] = x->list;
  return x->r->docs[d].url ? x->r->docs[d].url : doc;
}
