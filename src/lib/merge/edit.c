/* Editing a built graph (the stages after merge: correct/, focus/): the
 * records, and the last step of the build done again on what they left. */
#include "merge/merge.h"
#include "merge/merged.h"
#include "util/alloc.h"

dg_records *dg_merged_records_edit(dg_graph *g) { return g && g->built ? &g->out : NULL; }

int dg_merged_refinish(dg_graph *g)
{
  dg_records *r = dg_merged_records_edit(g);
  if (!r) return 0;
  for (size_t i = 0; i < r->npersons; i++) {
    dg_free(r->persons[i].id);
    r->persons[i].id = NULL;
  }
  for (size_t i = 0; i < r->nmeetings; i++) {
    dg_free(r->meetings[i].id);
    dg_free(r->meetings[i].label);
    r->meetings[i].id = r->meetings[i].label = NULL;
  }
  /* a country acts when a meeting or a person still names it */
  for (size_t i = 0; i < r->ncountries; i++) r->countries[i].actor = 0;
  return dg_graph_finish(g);
}
