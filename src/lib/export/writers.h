/* Writers of a view into a text or binary buffer. Internal to export/. */
#ifndef DG_EXPORT_WRITERS_H
#define DG_EXPORT_WRITERS_H
#include "graph/view.h"
#include "util/buf.h"

/* graphml.c: GraphML for Gephi, networkx, igraph and graphml2gv. The _to
 * forms (GraphML, GEXF, JSON) stream to a sink instead of a buffer. */
int dg_write_graphml(dg_buf *out, const dg_view *v);
int dg_write_graphml_to(dg_write_fn write, void *ctx, const dg_view *v);
int dg_write_gexf_to(dg_write_fn write, void *ctx, const dg_view *v, int version);
/* json.c: the graph's node-link JSON (dg_export_json), streamed. */
int dg_write_json_to(dg_write_fn write, void *ctx, const dg_graph *g);
/* gexf.c: GEXF 1.2draft (version 12) or 1.3 (13), dynamic, with viz
 * colours and sizes. */
int dg_write_gexf(dg_buf *out, const dg_view *v, int version);
/* csv.c: RFC 4180 tables, safe for spreadsheets. */
int dg_write_csv_nodes(dg_buf *out, const dg_view *v);
int dg_write_csv_edges(dg_buf *out, const dg_view *v);
/* csv_tables.c: the countries, persons or meetings table of the graph. */
int dg_write_csv_table(dg_buf *out, const dg_graph *g, dg_format table);
/* csv.c: one RFC 4180 cell (quoted when needed, formulas defused), after a
 * comma unless first. */
void dg_csv_cell(dg_buf *b, const char *s, int first);
/* dot.c: Graphviz DOT built with cgraph (o: the id prefix for SVG, the
 * diagram's framing; NULL for the defaults). */
int dg_write_dot(dg_buf *out, const dg_view *v, const dg_export_options *o);
/* render.c: laid out and rendered with gvc ("svg", "png", "pdf"). */
int dg_render(dg_buf *out, const dg_view *v, const char *format, const dg_export_options *o);
/* render.c: the SVG element of a pinned view for an HTML page (see
 * dg_svg_pinned), aria-labelled label; 1 when the view is not pinned (then
 * dg_render's SVG is the way), else 0 or an error. */
int dg_render_inline(dg_buf *out, const dg_view *v, const dg_export_options *o, const char *label);
/* report.c: a self-contained HTML report of the whole graph (the escalation
 * diagram inline, tables of meetings and persons with their evidence). */
int dg_write_report(dg_buf *out, const dg_graph *g, const char *prefix);
/* The same, streamed to write as it is made. */
int dg_write_report_to(dg_write_fn write, void *ctx, const dg_graph *g, const char *prefix);

#endif
