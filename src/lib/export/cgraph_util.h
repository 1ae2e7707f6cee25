/* Shared Graphviz plumbing for dot.c, timeline.c and render.c: building
 * cgraph graphs safely and catching Graphviz's messages as our errors. */
#ifndef DG_EXPORT_CGRAPH_UTIL_H
#define DG_EXPORT_CGRAPH_UTIL_H
#include "graph/view.h"
#include "util/buf.h"
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#define DG_FONT "DejaVu Sans"

/* Start capturing Graphviz errors (agseterrf); dg_gv_end returns 0 or
 * DG_EDEP with the first captured message. */
void dg_gv_begin(void);
/* The discipline to agopen() with: agwrite() then appends to the dg_buf it
 * is given as its channel. */
Agdisc_t *dg_gv_disc(void);
int dg_gv_end(int rc);

/* Set an attribute, declaring it with an empty default when needed. Text is
 * cleaned for Graphviz: control characters become spaces, backslashes are
 * doubled (so "\n" in a name is not a line break), '&' is escaped (so
 * "&#1;" in a name is not a character reference). Returns 0 or DG_ENOMEM. */
int dg_gv_set(void *obj, const char *name, const char *value);
/* Append value to b cleaned as dg_gv_set cleans it ('&' becomes "&amp;",
 * backslashes are doubled, control characters become spaces). */
int dg_gv_clean(dg_buf *b, const char *value);
/* The same for the first n bytes of value. */
int dg_gv_clean_n(dg_buf *b, const char *value, size_t n);
/* The process's Graphviz context (created on first use; NULL when Graphviz
 * cannot make one). */
GVC_t *dg_gv_context(void);
/* The same without cleaning, for attribute values we compose ("\n" breaks). */
int dg_gv_set_raw(void *obj, const char *name, const char *value);
/* The size of a node's label in points, as Graphviz's text layout measured
 * it, kept with the node (a cgraph record, not an attribute: DOT is
 * unchanged) for the SVG writer of pinned graphs. Returns 0, or DG_ENOMEM;
 * dg_gv_label_size returns -1 for a node without one. */
int dg_gv_set_label_size(Agnode_t *n, double w, double h);
int dg_gv_label_size(Agnode_t *n, double *w, double *h);
/* "14 Mar 2019", "Mar 2019", "2019", or "" */
void dg_gv_date(char *buf, size_t n, const char *iso);

/* The cgraph graph of a view: the escalation diagram for the timeline view
 * (timeline.c), a network otherwise (dot.c). The caller agclose()s it. */
int dg_gv_graph(Agraph_t **out, const dg_view *v, const dg_export_options *o);
int dg_timeline_graph(Agraph_t **out, const dg_view *v, const dg_export_options *o);
int dg_network_graph(Agraph_t **out, const dg_view *v, const char *prefix);
/* The prefix of SVG ids the options ask for ("dg" by default). */
const char *dg_gv_prefix(const dg_export_options *o);
const char *dg_network_engine(dg_view_kind kind, size_t nodes);

#endif
