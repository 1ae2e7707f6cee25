/* Helpers shared by the view builders (view.c, view_nodes.c, view_edges.c). */
#ifndef DG_GRAPH_VIEW_BUILD_H
#define DG_GRAPH_VIEW_BUILD_H
#include "graph/view.h"

int dg_view_set_int(char **slot, long v);
int dg_view_set_str(char **slot, const char *v);
/* A full date (YYYY-MM-DD, month or year precision starting on day 1). */
int dg_view_set_start(char **slot, const dg_ymd *d);
dg_vnode *dg_view_add_node(dg_view *v, const char *id, const char *label, const char *kind);
dg_vedge *dg_view_add_edge(dg_view *v, size_t s, size_t t, const char *kind);

/* view_nodes.c */
int dg_view_add_countries(dg_view *v);
int dg_view_add_persons(dg_view *v);
int dg_view_add_meetings(dg_view *v);
/* view_edges.c */
int dg_view_edges_full(dg_view *v);
int dg_view_edges_actors(dg_view *v);
int dg_view_edges_countries(dg_view *v);
int dg_view_edges_timeline(dg_view *v);

#endif
