/* SVG of a pinned graph (the escalation diagram), written by our code.
 *
 * Every node of such a graph has its position ("x,y!"), its shape and its
 * size, every edge is a straight line, and every text was measured with
 * Graphviz's text layout when the figure was planned (the size is kept with
 * the node: dg_gv_set_label_size). So nothing is left to lay out, and the
 * SVG is written here as Graphviz's core renderer draws the same graph
 * (neato -n2 -Tsvg of `--dot`), in its coordinates (y up, negated), with
 * the tidying dg_render did on Graphviz's output already done: a tooltip is
 * the <title> of its mark, a mark without one has none, a bold face is
 * font-weight="bold", no stroke is "transparent". What Graphviz rounds is
 * rounded alike: a node's size to whole points, its label placed from its
 * measured box, a line clipped at the outline of the shapes it joins
 * (tests/export/svg-pinned.py compares the two, mark by mark).
 *
 * Supported: the shapes box, square, circle, diamond, triangle, point and
 * plaintext; the styles filled, invis, solid, dashed and dotted; colours as
 * names or "#rrggbb[aa]"; edges drawn first (outputorder=edgesfirst).
 * dg_svg_pinned checks the layout, the pinning, the shapes and the labels
 * as it sizes the nodes, before it writes, and leaves any other graph to
 * Graphviz (it returns 1); attributes the
 * timeline never sets (edge labels, arrowheads, peripheries, rotation) are
 * not drawn. A tooltip is written as the text it stands for ("\\" is a
 * backslash), where Graphviz would also expand "\N" and the like. */
#include "export/cgraph_util.h"
#include "export/svg_pinned.h"
#include "util/alloc.h"
#include "util/error.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RND(f) ((f) >= 0 ? (double)(long)((f) + .5) : (double)(long)((f) - .5))

typedef enum { SP_POINT, SP_BOX, SP_CIRCLE, SP_DIAMOND, SP_TRIANGLE, SP_TEXT, SP_OTHER } sp_shape;

typedef struct {
  double x, y, w, h; /* centre and size, points, Graphviz's y (up) */
  sp_shape shape;
  int invis;
} sp_box;

/* The attributes read, looked up once per graph (agget looks each name up). */
enum { A_POS, A_SHAPE, A_WIDTH, A_HEIGHT, A_LABEL, A_FIXEDSIZE, A_STYLE, A_COLOR, A_FILLCOLOR, A_PENWIDTH,
       A_TOOLTIP, A_ID, A_CLASS, A_FONTNAME, A_FONTCOLOR, A_FONTSIZE, NATTR };
static const char *const attr_names[NATTR] = {
  "pos", "shape", "width", "height", "label", "fixedsize", "style", "color", "fillcolor", "penwidth",
  "tooltip", "id", "class", "fontname", "fontcolor", "fontsize"};
typedef struct {
  Agsym_t *sym[2][NATTR]; /* nodes, edges */
} sp_attrs;

static void attrs_of(Agraph_t *g, sp_attrs *a)
{
  for (int i = 0; i < NATTR; i++) {
    a->sym[0][i] = agattr(g, AGNODE, (char *)attr_names[i], NULL);
    a->sym[1][i] = agattr(g, AGEDGE, (char *)attr_names[i], NULL);
  }
}

static const char *get(const sp_attrs *a, void *obj, int attr)
{
  Agsym_t *sym = a->sym[AGTYPE(obj) == AGNODE ? 0 : 1][attr];
  const char *v = sym ? agxget(obj, sym) : NULL;
  return v ? v : "";
}

static const char *graph_attr(Agraph_t *g, const char *name)
{
  const char *v = agget(g, (char *)name);
  return v ? v : "";
}

static sp_shape shape_of(const char *s)
{
  if (!*s || strcmp(s, "ellipse") == 0 || strcmp(s, "oval") == 0) return SP_OTHER;
  static const struct { const char *name; sp_shape sh; } known[] = {
    {"point", SP_POINT}, {"box", SP_BOX}, {"rect", SP_BOX}, {"rectangle", SP_BOX}, {"square", SP_BOX},
    {"circle", SP_CIRCLE}, {"diamond", SP_DIAMOND}, {"triangle", SP_TRIANGLE}, {"plaintext", SP_TEXT},
    {"plain", SP_TEXT}, {"none", SP_TEXT}};
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (strcmp(s, known[i].name) == 0) return known[i].sh;
  return SP_OTHER;
}

static int has_style(const sp_attrs *a, void *obj, const char *style)
{
  const char *s = get(a, obj, A_STYLE);
  size_t n = strlen(style);
  for (const char *p = strstr(s, style); p; p = strstr(p + 1, style))
    if ((p == s || p[-1] == ',' || p[-1] == ' ') && (p[n] == '\0' || p[n] == ',' || p[n] == ' ')) return 1;
  return 0;
}

/* A node's box as Graphviz sizes it: whole points. -1 for a node this
 * writer cannot draw: not pinned ("x,y!"), of another shape, a shape with a
 * label or not of a fixed size, a text without its measured size. */
static int node_box(const sp_attrs *a, Agnode_t *n, sp_box *b)
{
  const char *pos = get(a, n, A_POS);
  size_t plen = strlen(pos);
  memset(b, 0, sizeof *b);
  if (!plen || pos[plen - 1] != '!' || sscanf(pos, "%lf,%lf", &b->x, &b->y) != 2) return -1;
  b->shape = shape_of(get(a, n, A_SHAPE));
  b->invis = has_style(a, n, "invis");
  double w = atof(get(a, n, A_WIDTH)), h = atof(get(a, n, A_HEIGHT));
  if (b->shape == SP_TEXT) {
    if (dg_gv_label_size(n, &w, &h) != 0 && *get(a, n, A_LABEL)) return -1;
    b->w = RND(w), b->h = RND(h);
  } else if (b->shape == SP_POINT) {
    b->w = b->h = RND((w > 0 ? w : 0.05) * 72);
  } else {
    if (*get(a, n, A_LABEL) || strcmp(get(a, n, A_FIXEDSIZE), "true") != 0) return -1;
    b->w = RND(w * 72), b->h = RND(h * 72);
    if (b->shape == SP_CIRCLE) b->w = b->h = b->w < b->h ? b->w : b->h;
  }
  return b->shape == SP_OTHER ? -1 : 0;
}

/* ----------------------------------------------------------- writing */

/* fill, stroke, stroke-width, dashes, as Graphviz's svg_grstyle orders them. */
static void style(dg_buf *o, const sp_attrs *a, void *obj, int filled)
{
  const char *line = *get(a, obj, A_COLOR) ? get(a, obj, A_COLOR) : "black", *pw = get(a, obj, A_PENWIDTH);
  char later[48] = "";
  if (!filled) dg_buf_puts(o, " fill=\"none\"");
  else dg_svg_colour(o, "fill", *get(a, obj, A_FILLCOLOR) ? get(a, obj, A_FILLCOLOR) : *get(a, obj, A_COLOR) ? line : "lightgrey", NULL);
  dg_svg_colour(o, "stroke", line, later);
  if (*pw && atof(pw) != 1.0) dg_buf_puts(o, " stroke-width=\""), dg_svg_num(o, atof(pw)), dg_buf_putc(o, '"');
  if (has_style(a, obj, "dashed")) dg_buf_puts(o, " stroke-dasharray=\"5,2\"");
  else if (has_style(a, obj, "dotted")) dg_buf_puts(o, " stroke-dasharray=\"1,5\"");
  dg_buf_puts(o, later);
}

static void title(dg_buf *o, const sp_attrs *a, void *obj, dg_buf *tmp)
{
  const char *tip = get(a, obj, A_TOOLTIP);
  if (!*tip) return;
  dg_buf_puts(o, "<title>");
  char just;
  int first = 1;
  for (const char *s = dg_svg_line(tip, tmp, &just); s; s = dg_svg_line(s, tmp, &just), first = 0) {
    if (!first) dg_buf_putc(o, '\n');
    dg_svg_xml(o, tmp->ptr ? tmp->ptr : "", tmp->len, 0);
  }
  dg_buf_puts(o, "</title>\n");
}

static void open_group(dg_buf *o, const sp_attrs *a, void *obj, const char *kind, long seq, dg_buf *tmp)
{
  const char *id = get(a, obj, A_ID), *cls = get(a, obj, A_CLASS);
  dg_buf_puts(o, "<g id=\"");
  if (*id) dg_svg_xml(o, id, strlen(id), 1);
  else dg_buf_printf(o, "%s%ld", kind, seq);
  dg_buf_printf(o, "\" class=\"%s", kind);
  if (*cls) dg_buf_putc(o, ' '), dg_svg_xml(o, cls, strlen(cls), 1);
  dg_buf_puts(o, "\">\n");
  title(o, a, obj, tmp);
}

/* The label's lines, placed as Graphviz's emit_label places them. */
static void label(dg_buf *o, const sp_attrs *a, Agnode_t *n, const sp_box *b, dg_buf *tmp)
{
  const char *text = get(a, n, A_LABEL), *font = *get(a, n, A_FONTNAME) ? get(a, n, A_FONTNAME) : DG_FONT;
  const char *fc = *get(a, n, A_FONTCOLOR) ? get(a, n, A_FONTCOLOR) : "black";
  double fs = *get(a, n, A_FONTSIZE) ? atof(get(a, n, A_FONTSIZE)) : 14.0, w = 0, h = 0;
  if (!*text || dg_gv_label_size(n, &w, &h) != 0) return;
  size_t lines = 0, flen = strlen(font);
  char just;
  for (const char *s = dg_svg_line(text, tmp, &just); s; s = dg_svg_line(s, tmp, &just)) lines++;
  int bold = flen > 5 && strcmp(font + flen - 5, " Bold") == 0;
  double y = b->y + h / 2 - fs + 0.2 * fs, step = lines ? h / (double)lines : 0;
  for (const char *s = dg_svg_line(text, tmp, &just); s; s = dg_svg_line(s, tmp, &just), y -= step) {
    double x = just == 'l' ? b->x - w / 2 : just == 'r' ? b->x + w / 2 : b->x;
    dg_buf_printf(o, "<text text-anchor=\"%s\" x=\"", just == 'l' ? "start" : just == 'r' ? "end" : "middle");
    dg_svg_num(o, x);
    dg_buf_puts(o, "\" y=\"");
    dg_svg_num(o, -y);
    dg_buf_puts(o, "\" font-family=\"");
    dg_svg_xml(o, font, bold ? flen - 5 : flen, 1);
    long long cs = llround(fs * 100); /* "%.2f", in any locale */
    dg_buf_printf(o, "\" font-size=\"%lld.%02lld\"", cs / 100, cs % 100);
    if (strcmp(fc, "black") != 0) dg_svg_colour(o, "fill", fc, NULL);
    if (bold) dg_buf_puts(o, " font-weight=\"bold\"");
    dg_buf_putc(o, '>');
    dg_svg_xml(o, tmp->ptr ? tmp->ptr : "", tmp->len, 0);
    dg_buf_puts(o, "</text>\n");
  }
}

/* A shape's outline, Graphviz's vertex order, first vertex repeated. */
static size_t outline(const sp_box *b, double px[5], double py[5])
{
  double x = b->x, y = b->y, w = b->w / 2, h = b->h / 2;
  if (b->shape == SP_BOX || b->shape == SP_TEXT) {
    px[0] = x + w, py[0] = y + h, px[1] = x - w, py[1] = y + h;
    px[2] = x - w, py[2] = y - h, px[3] = x + w, py[3] = y - h;
    return 4;
  }
  if (b->shape == SP_DIAMOND) {
    px[0] = x, py[0] = y + h, px[1] = x - w, py[1] = y;
    px[2] = x, py[2] = y - h, px[3] = x + w, py[3] = y;
    return 4;
  }
  if (b->shape == SP_TRIANGLE) {
    px[0] = x, py[0] = y + h, px[1] = x - w, py[1] = y - h / 2, px[2] = x + w, py[2] = y - h / 2;
    return 3;
  }
  return 0;
}

static void node(dg_buf *o, const sp_attrs *a, Agnode_t *n, const sp_box *b, long seq, dg_buf *tmp)
{
  if (b->invis) return;
  open_group(o, a, n, "node", seq, tmp);
  if (b->shape == SP_CIRCLE || b->shape == SP_POINT) {
    dg_buf_puts(o, "<ellipse");
    style(o, a, n, b->shape == SP_POINT || has_style(a, n, "filled"));
    dg_buf_puts(o, " cx=\""), dg_svg_num(o, b->x), dg_buf_puts(o, "\" cy=\""), dg_svg_num(o, -b->y);
    dg_buf_puts(o, "\" rx=\""), dg_svg_num(o, b->w / 2), dg_buf_puts(o, "\" ry=\""), dg_svg_num(o, b->h / 2);
    dg_buf_puts(o, "\"/>\n");
  } else if (b->shape != SP_TEXT) {
    double px[5], py[5];
    size_t k = outline(b, px, py);
    dg_buf_puts(o, "<polygon");
    style(o, a, n, has_style(a, n, "filled"));
    dg_buf_puts(o, " points=\"");
    for (size_t i = 0; i <= k; i++) {
      if (i) dg_buf_putc(o, ' ');
      dg_svg_point(o, px[i % k], py[i % k]);
    }
    dg_buf_puts(o, "\"/>\n");
  }
  label(o, a, n, b, tmp);
  dg_buf_puts(o, "</g>\n");
}

/* Where the ray from b's centre towards (tx, ty) leaves b's outline, as a
 * fraction of the ray's length (0 for a node without an outline). */
static double leave(const sp_box *b, double tx, double ty)
{
  double dx = tx - b->x, dy = ty - b->y, len = hypot(dx, dy);
  if (len <= 0) return 0;
  if (b->shape == SP_CIRCLE || b->shape == SP_POINT) return b->w / 2 / len;
  double px[5] = {0}, py[5] = {0}, best = 0;
  size_t k = outline(b, px, py);
  for (size_t i = 0; i < k; i++) { /* ray (b + s d) against the side p_i p_i+1 */
    double ex = px[(i + 1) % k] - px[i], ey = py[(i + 1) % k] - py[i];
    double den = dx * ey - dy * ex;
    if (fabs(den) < 1e-12) continue;
    double s = ((px[i] - b->x) * ey - (py[i] - b->y) * ex) / den;
    double u = ((px[i] - b->x) * dy - (py[i] - b->y) * dx) / den;
    if (s > 0 && u >= -1e-9 && u <= 1 + 1e-9 && (best == 0 || s < best)) best = s;
  }
  return best;
}

/* A straight line is Graphviz's cubic with its control points at its ends
 * (B(t) = a + (b - a)(3t^2 - 2t^3)), clipped at both shapes: the part from
 * t0 to t1, split as de Casteljau would split it. */
static double smooth_inverse(double f)
{
  double lo = 0, hi = 1;
  for (int i = 0; i < 60; i++) {
    double t = (lo + hi) / 2;
    if (3 * t * t - 2 * t * t * t < f) lo = t;
    else hi = t;
  }
  return (lo + hi) / 2;
}

static void edge(dg_buf *o, const sp_attrs *a, Agedge_t *e, const sp_box *t, const sp_box *h, long seq, dg_buf *tmp)
{
  if (has_style(a, e, "invis")) return;
  open_group(o, a, e, "edge", seq, tmp);
  double f0 = leave(t, h->x, h->y), f1 = 1 - leave(h, t->x, t->y);
  if (f1 < f0) f0 = f1 = 0.5;
  double t0 = smooth_inverse(f0), t1 = smooth_inverse(f1), dx = h->x - t->x, dy = h->y - t->y;
  double d0 = 6 * t0 * (1 - t0) * (t1 - t0) / 3, d1 = 6 * t1 * (1 - t1) * (t1 - t0) / 3;
  double x0 = t->x + dx * f0, y0 = t->y + dy * f0, x3 = t->x + dx * f1, y3 = t->y + dy * f1;
  dg_buf_puts(o, "<path");
  style(o, a, e, 0);
  dg_buf_puts(o, " d=\"M");
  dg_svg_point(o, x0, y0);
  dg_buf_putc(o, 'C');
  dg_svg_point(o, x0 + dx * d0, y0 + dy * d0);
  dg_buf_putc(o, ' ');
  dg_svg_point(o, x3 - dx * d1, y3 - dy * d1);
  dg_buf_putc(o, ' ');
  dg_svg_point(o, x3, y3);
  dg_buf_puts(o, "\"/>\n</g>\n");
}

static void header(dg_buf *o, Agraph_t *g, const double bb[4], int width, const char *inline_label)
{
  double w = RND(bb[2] - bb[0]), h = RND(bb[3] - bb[1]);
  const char *id = graph_attr(g, "id"), *bg = *graph_attr(g, "bgcolor") ? graph_attr(g, "bgcolor") : "white";
  if (inline_label) { /* in an HTML page: its size in points, its role */
    dg_buf_printf(o, "<svg width=\"%.0fpt\" height=\"%.0fpt\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                     "aria-label=\"", w, h);
    dg_svg_xml(o, inline_label, strlen(inline_label), 1);
    dg_buf_putc(o, '"');
  } else {
    dg_buf_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                   "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                   "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
    if (width > 0 && w > 0) dg_buf_printf(o, " width=\"%dpx\" height=\"%.0fpx\"", width, width * h / w);
    else dg_buf_printf(o, " width=\"%.0fpt\" height=\"%.0fpt\"", w, h);
  }
  dg_buf_printf(o, " viewBox=\"0.00 0.00 %.0f.00 %.0f.00\">\n<g id=\"", w, h); /* whole points */
  if (*id) dg_svg_xml(o, id, strlen(id), 1);
  else dg_buf_puts(o, "graph0");
  dg_buf_puts(o, "\" class=\"graph\" transform=\"scale(1 1) rotate(0) translate(");
  dg_svg_num(o, -bb[0]), dg_buf_putc(o, ' '), dg_svg_num(o, bb[3]);
  dg_buf_puts(o, ")\">\n<title>");
  dg_svg_xml(o, agnameof(g), strlen(agnameof(g)), 0);
  dg_buf_puts(o, "</title>\n<polygon");
  dg_svg_colour(o, "fill", bg, NULL);
  dg_buf_puts(o, " stroke=\"none\" points=\"");
  double px[] = {bb[0], bb[0], bb[2], bb[2], bb[0]}, py[] = {bb[1], bb[3], bb[3], bb[1], bb[1]};
  for (int i = 0; i < 5; i++) {
    if (i) dg_buf_putc(o, ' ');
    dg_svg_point(o, px[i], py[i]);
  }
  dg_buf_puts(o, "\"/>\n");
}

int dg_svg_pinned(dg_buf *out, Agraph_t *g, int width, const char *inline_label)
{
  if (strcmp(graph_attr(g, "layout"), "nop2") != 0 || strcmp(graph_attr(g, "splines"), "line") != 0) return 1;
  sp_attrs at, *a = &at;
  attrs_of(g, a);
  unsigned long top = 0; /* boxes are indexed by the nodes' sequence numbers */
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
    if (AGSEQ(v) > top) top = AGSEQ(v);
  sp_box *boxes = dg_calloc((size_t)top + 1, sizeof *boxes);
  if (!boxes) return DG_ENOMEM;
  double bb[4] = {0, 0, 0, 0};
  int first = 1;
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v), first = 0) {
    sp_box *b = &boxes[AGSEQ(v)];
    if (node_box(a, v, b) != 0) { /* nothing written yet: Graphviz's to draw */
      dg_free(boxes);
      return 1;
    }
    double x0 = b->x - b->w / 2, y0 = b->y - b->h / 2, x1 = b->x + b->w / 2, y1 = b->y + b->h / 2;
    if (first || x0 < bb[0]) bb[0] = x0;
    if (first || y0 < bb[1]) bb[1] = y0;
    if (first || x1 > bb[2]) bb[2] = x1;
    if (first || y1 > bb[3]) bb[3] = y1;
  }
  dg_buf tmp = DG_BUF_INIT;
  header(out, g, bb, width, inline_label);
  long seq = 0;
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v))
    for (Agedge_t *e = agfstout(g, v); e; e = agnxtout(g, e))
      edge(out, a, e, &boxes[AGSEQ(agtail(e))], &boxes[AGSEQ(aghead(e))], seq++, &tmp);
  seq = 0;
  for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v)) node(out, a, v, &boxes[AGSEQ(v)], seq++, &tmp);
  dg_buf_puts(out, "</g>\n</svg>\n");
  int failed = out->failed || tmp.failed;
  dg_buf_free(&tmp);
  dg_free(boxes);
  return failed ? dg_error_oom() : 0;
}
