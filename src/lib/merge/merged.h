/* What the later stages (graph, analyse, export) read of a dg_graph: the
 * merged records and the gazetteer the graph was built with. This is merge's
 * interface to them; merge/merge.h (the struct and the merge steps) is for
 * merge/ alone. */
#ifndef DG_MERGE_MERGED_H
#define DG_MERGE_MERGED_H
#include "diplograph.h"
#include "lexicon/gazetteer.h"
#include "model/model.h"

/* The merged graph of a built graph (owned by g, valid until it is changed
 * or freed), or NULL when dg_graph_build has not run. */
const dg_records *dg_merged_records(const dg_graph *g);
/* The gazetteer the graph was built with (not owned), or NULL before
 * dg_graph_build. */
const dg_gazetteer *dg_merged_gazetteer(const dg_graph *g);

/* For the stages that edit a built graph (correct/, focus/), in merge/edit.c:
 * the records to change (NULL when not built), then dg_merged_refinish to
 * make ids, labels and the order again from what they left. */
dg_records *dg_merged_records_edit(dg_graph *g);
int dg_merged_refinish(dg_graph *g);

#endif
