/* SVG of a pinned graph written without Graphviz's renderer (svg_pinned.c).
 * Internal to export/. */
#ifndef DG_EXPORT_SVG_PINNED_H
#define DG_EXPORT_SVG_PINNED_H
#include "util/buf.h"
#include <graphviz/cgraph.h>

/* Append g's SVG to out; width > 0 sets its width in pixels (the viewBox
 * keeps the points). With inline_label, the SVG element for an HTML page
 * instead: no XML prolog, its size in points, role="img" and that
 * aria-label. Returns 0, DG_ENOMEM, or 1 with nothing written when g is not
 * a graph it draws: laid out "nop2" with straight lines, every node pinned,
 * of a shape and style it knows, every text node with its measured size. */
int dg_svg_pinned(dg_buf *out, Agraph_t *g, int width, const char *inline_label);

/* svg_util.c. A number as Graphviz writes it (two decimals, trailing zeros
 * dropped, no "-0", in any locale); a point "x,-y" (SVG's y runs down). */
void dg_svg_num(dg_buf *o, double v);
void dg_svg_point(dg_buf *o, double x, double y);
/* s[0..n) as XML text (attr: for an attribute value), safe in HTML too:
 * what is not a character of both becomes U+FFFD. s[n] must be readable. */
void dg_svg_xml(dg_buf *o, const char *s, size_t n, int attr);
/* ' key="colour"' from a name or "#rrggbb[aa]"; an opacity follows, or goes
 * into later when given (Graphviz writes a line's last). */
void dg_svg_colour(dg_buf *o, const char *key, const char *c, char later[48]);
/* The next line of a label or tooltip as Graphviz reads it (entities and
 * backslash escapes undone), into line; *just is 'n', 'l' or 'r'. Returns
 * the rest, or NULL after the last line. */
const char *dg_svg_line(const char *s, dg_buf *line, char *just);

#endif
