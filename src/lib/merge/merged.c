#include "merge/merged.h"
#include "merge/merge.h"

const dg_records *dg_merged_records(const dg_graph *g) { return g && g->built ? &g->out : NULL; }

const dg_gazetteer *dg_merged_gazetteer(const dg_graph *g) { return g && g->built ? g->gz : NULL; }
