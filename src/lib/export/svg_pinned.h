/* SVG of a pinned graph written without Graphviz's renderer (svg_pinned.c).
 * Internal to export/. */
#ifndef DG_EXPORT_SVG_PINNED_H
#define DG_EXPORT_SVG_PINNED_H
#include "util/buf.h"
#include <graphviz/cgraph.h>

/* Whether g is a graph dg_svg_pinned can draw: laid out "nop2" with straight
 * lines, every node pinned, of a shape and style it knows, every text node
 * with its measured size. */
int dg_svg_pinned_ok(Agraph_t *g);
/* Append g's SVG to out; width > 0 sets its width in pixels (the viewBox
 * keeps the points). With inline_label, the SVG element for an HTML page
 * instead: no XML prolog, its size in points, role="img" and that
 * aria-label. Returns 0, DG_ENOMEM or DG_EARG. */
int dg_svg_pinned(dg_buf *out, Agraph_t *g, int width, const char *inline_label);

#endif
