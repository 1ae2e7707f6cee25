/* dg_graph_correct: every correction in order on the built graph, the stale
 * ones said, then ids, labels and order made again. */
#include "correct/correct.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <string.h>

int dg_correct__mark(char **slot, const dg_correction *c)
{
  const char *what = c->note && c->note[0] ? c->note : dg_correct__actions[c->action];
  dg_buf b = DG_BUF_INIT;
  if (*slot && strstr(*slot, what)) return 0;
  dg_buf_printf(&b, "%s%s%s", *slot ? *slot : "", *slot ? "; " : "", what);
  char *s = dg_buf_detach(&b, NULL);
  if (!s) return DG_ENOMEM;
  dg_free(*slot);
  *slot = s;
  return 0;
}

/* "drop-meeting: a duplicate of the Lima talks" for the report. */
static int record(dg_records *r, const dg_correction *c)
{
  dg_buf b = DG_BUF_INIT;
  dg_buf_printf(&b, "%s", dg_correct__actions[c->action]);
  if (c->note && c->note[0]) dg_buf_printf(&b, ": %s", c->note);
  if (b.failed) { dg_buf_free(&b); return DG_ENOMEM; }
  int rc = dg_strv_push(&r->corrections, b.ptr);
  dg_buf_free(&b);
  return rc;
}

int dg_graph_correct(dg_graph *g, const dg_corrections *cs, char **stale)
{
  dg_records *r = dg_merged_records_edit(g);
  dg_buf why = DG_BUF_INIT;
  if (stale) *stale = NULL;
  if (!r) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  if (!cs || !cs->n) return 0;
  dg_capply a = {r, dg_merged_gazetteer(g), ""};
  int rc = 0;
  for (size_t i = 0; i < cs->n && rc >= 0; i++) {
    const dg_correction *c = &cs->v[i];
    a.why[0] = '\0';
    int person = c->action >= DG_C_DROP_PERSON;
    rc = person ? dg_correct__person(&a, c) : dg_correct__meeting(&a, c);
    if (rc == 0) rc = record(r, c);
    else if (rc == 1) dg_buf_printf(&why, "%s (%s): %s\n", c->where, dg_correct__actions[c->action], a.why);
  }
  if (rc >= 0) rc = dg_merged_refinish(g);
  if (rc >= 0 && why.failed) rc = DG_ENOMEM;
  if (rc < 0 || !why.len || !stale) { dg_buf_free(&why); return rc < 0 ? rc : 0; }
  *stale = dg_buf_detach(&why, NULL);
  return 0;
}
