/* A growable array of owned strings (see strv.h). */
#include "util/strv.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

void dg_strv_free(dg_strv *v)
{
  for (size_t i = 0; i < v->n; i++) dg_free(v->v[i]);
  dg_free(v->v);
  memset(v, 0, sizeof *v);
}

int dg_strv_push(dg_strv *v, const char *s)
{
  if (dg_grow((void **)&v->v, &v->cap, v->n + 1, sizeof *v->v) < 0) return DG_ENOMEM;
  if (!(v->v[v->n] = dg_strdup(s))) return DG_ENOMEM;
  v->n++;
  return 0;
}
