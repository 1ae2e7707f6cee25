/* Merging what many articles say into one graph. Internal to merge/. */
#ifndef DG_MERGE_MERGE_H
#define DG_MERGE_MERGE_H
#include "lexicon/gazetteer.h"
#include "model/model.h"
#include "util/strmap.h"

struct dg_graph {
  dg_records in;   /* everything added, person indices made global */
  dg_records out;  /* the merged graph, after dg_graph_build */
  const dg_gazetteer *gz;
  int built;
  dg_strmap doc_ids;  /* ids added so far: each must be unique */
};

/* persons.c: cluster in->persons into out->persons; map[i] = cluster of
 * input person i, or -1 for a commentator (not a state actor). */
int dg_merge_persons(dg_graph *g, int *map);
/* meetings.c: cluster in->meetings into out->meetings using the person map. */
int dg_merge_meetings(dg_graph *g, const int *map);
/* finish.c: ids, labels and a stable order. */
int dg_graph_finish(dg_graph *g);

#endif
