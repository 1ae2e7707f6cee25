/* SVG, PNG and PDF: the view's cgraph graph laid out and rendered by gvc.
 *
 * The escalation diagram is pinned: laid out by neato -n2 ("nop2"), which
 * keeps the positions and draws straight edges, linear in the figure's size
 * (stress majorization over pinned nodes was quadratic and crashed at 10,000
 * meetings). A figure too large for a bitmap or a PDF page is refused with
 * a message (DG_ELIMIT), before cairo is asked for the surface.
 *
 * The escalation diagram's SVG is written by svg_pinned.c (nothing is left to
 * lay out: Graphviz's layout and renderer and the tidying below took 80% of
 * `--svg`). The SVG of other views comes from the core renderer and is
 * tidied with libxml2: a mark's
 * tooltip (Graphviz writes it as <a xlink:title> around the shapes) becomes
 * the text of its <title>, the <a> wrapper goes, and a <title> that would
 * only show a Graphviz name ("n12", "line-40") is dropped; no
 * stroke="transparent" (which some viewers draw black); --width sets the
 * width and height in pixels, the viewBox keeping the drawing's points.
 *
 * Graphviz 2.43's gvRenderData grows its buffer a page at a time (each
 * growth an mremap of the whole buffer: quadratic in the output's size), so
 * the output goes through gvRender into an open_memstream, which doubles. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "export/cgraph_util.h"
#include "export/svg_pinned.h"
#include "export/writers.h"
#include "util/alloc.h"
#include "util/error.h"
#include <graphviz/gvc.h>
#include <graphviz/types.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PIXELS 32000.0     /* cairo's image surfaces stop at 32767 a side */
#define MAX_AREA 120e6         /* pixels: about 480 MB of bitmap */
#define MAX_PDF 14400.0        /* points: the largest PDF page (200 in) */
#define PNG_DPI 144.0          /* the default: 2 pixels a point */

/* Replace every occurrence of `from` by `to` in b (to not longer than from). */
static void replace_all(dg_buf *b, const char *from, const char *to)
{
  size_t fl = strlen(from), tl = strlen(to), w = 0;
  for (size_t r = 0; r < b->len;) {
    if (r + fl <= b->len && memcmp(b->ptr + r, from, fl) == 0) {
      memcpy(b->ptr + w, to, tl);
      w += tl;
      r += fl;
    } else {
      b->ptr[w++] = b->ptr[r++];
    }
  }
  b->len = w;
  if (b->ptr) b->ptr[w] = '\0';
}

static const char *renderer(const char *format)
{
  if (strcmp(format, "svg") == 0) return "svg:svg:core";
  if (strcmp(format, "png") == 0) return "png:cairo";
  if (strcmp(format, "pdf") == 0) return "pdf:cairo";
  return NULL;
}

static int is(const xmlNode *n, const char *name)
{
  return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

static xmlNode *child(xmlNode *n, const char *name)
{
  for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (is(c, name)) return c;
  return NULL;
}

/* In a node's or edge's <g>: <title>, then <g id="a_..."><a xlink:title>. */
static void tooltip_to_title(xmlNode *g)
{
  xmlNode *title = child(g, "title");
  for (xmlNode *c = g->children, *next; c; c = next) {
    next = c->next;
    xmlNode *a = is(c, "g") ? child(c, "a") : NULL;
    xmlChar *tip = a ? xmlGetNsProp(a, BAD_CAST "title", BAD_CAST "http://www.w3.org/1999/xlink") : NULL;
    if (!tip) continue;
    if (title) xmlNodeSetContent(title, NULL), xmlNodeAddContent(title, tip);
    title = NULL;
    xmlFree(tip);
    for (xmlNode *k = a->children, *kn; k; k = kn) { /* unwrap */
      kn = k->next;
      xmlUnlinkNode(k);
      xmlAddPrevSibling(c, k);
    }
    xmlUnlinkNode(c);
    xmlFreeNode(c);
    return;
  }
  if (title) { xmlUnlinkNode(title); xmlFreeNode(title); } /* only a Graphviz name */
}

/* Graphviz names a bold face as a family ("DejaVu Sans Bold"), which no
 * browser has: the family and a font-weight instead. */
static void fonts(xmlNode *n)
{
  for (xmlNode *c = n->children; c; c = c->next) {
    if (!is(c, "text")) continue;
    xmlChar *f = xmlGetProp(c, BAD_CAST "font-family");
    size_t len = f ? strlen((const char *)f) : 0;
    if (len > 5 && strcmp((const char *)f + len - 5, " Bold") == 0) {
      f[len - 5] = '\0';
      xmlSetProp(c, BAD_CAST "font-family", f);
      xmlSetProp(c, BAD_CAST "font-weight", BAD_CAST "bold");
    }
    xmlFree(f);
  }
}

static void tidy(xmlNode *n, int depth)
{
  for (xmlNode *c = n->children; c && depth < 64; c = c->next) {
    if (!is(c, "g")) continue;
    xmlChar *cls = xmlGetProp(c, BAD_CAST "class");
    int mark = cls && (strncmp((const char *)cls, "node", 4) == 0 || strncmp((const char *)cls, "edge", 4) == 0);
    xmlFree(cls);
    if (mark) {
      tooltip_to_title(c);
      fonts(c);
    } else tidy(c, depth + 1);
  }
}

static void set_size(xmlNode *svg, int width)
{
  xmlChar *vb = xmlGetProp(svg, BAD_CAST "viewBox");
  double x, y, w, h;
  if (vb && sscanf((const char *)vb, "%lf %lf %lf %lf", &x, &y, &w, &h) == 4 && w > 0) {
    char a[32], b[32];
    snprintf(a, sizeof a, "%dpx", width);
    snprintf(b, sizeof b, "%.0fpx", width * h / w);
    xmlSetProp(svg, BAD_CAST "width", BAD_CAST a);
    xmlSetProp(svg, BAD_CAST "height", BAD_CAST b);
  }
  xmlFree(vb);
}

static int tidy_svg(dg_buf *out, const char *data, unsigned len, int width)
{
  xmlDocPtr doc = xmlReadMemory(data, (int)len, "diagram.svg", "UTF-8", XML_PARSE_NONET | XML_PARSE_HUGE);
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root) { xmlFreeDoc(doc); return dg_error_set(DG_EDEP, "Graphviz wrote an SVG that libxml2 cannot read"); }
  tidy(root, 0);
  if (width > 0) set_size(root, width);
  xmlChar *mem = NULL;
  int size = 0;
  xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
  xmlFreeDoc(doc);
  int rc = !mem ? dg_error_oom() : dg_buf_put(out, (const char *)mem, (size_t)size) < 0 ? DG_ENOMEM : 0;
  xmlFree(mem);
  if (rc == 0) replace_all(out, "stroke=\"transparent\"", "stroke=\"none\"");
  return rc;
}

/* The laid-out figure's size against what the renderer can make; the dpi
 * for PNG (from --width, else PNG_DPI). */
static int check_size(Agraph_t *g, const char *format, int width, char dpi[32])
{
  double w = GD_bb(g).UR.x - GD_bb(g).LL.x, h = GD_bb(g).UR.y - GD_bb(g).LL.y;
  if (w <= 0 || h <= 0) return 0;
  if (strcmp(format, "pdf") == 0 && (w > MAX_PDF || h > MAX_PDF))
    return dg_error_set(DG_ELIMIT, "the diagram is %.0f x %.0f pt, larger than a PDF page can be (%.0f pt): "
                        "write --svg instead", w, h, MAX_PDF);
  if (strcmp(format, "png") != 0) return 0;
  double d = width > 0 ? 72.0 * width / w : PNG_DPI, pw = w * d / 72, ph = h * d / 72;
  if (pw > MAX_PIXELS || ph > MAX_PIXELS || pw * ph > MAX_AREA)
    return dg_error_set(DG_ELIMIT, "the diagram would be %.0f x %.0f px, too large for PNG (at most %.0f a side, "
                        "%.0f million pixels): write --svg, or give a smaller --width", pw, ph, MAX_PIXELS,
                        MAX_AREA / 1e6);
  snprintf(dpi, 32, "%.4f", d);
  return 0;
}

/* Render into a growing memory stream; returns 0, or 1 (Graphviz failed). */
static int render_to(dg_buf *out, GVC_t *gvc, Agraph_t *g, const char *renderer, const char *format, int width)
{
  char *data = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&data, &len);
  if (!f) return dg_error_oom();
  int rc = gvRender(gvc, g, renderer, f) != 0 ? 1 : 0;
  if (fclose(f) != 0 && rc == 0) rc = dg_error_oom();
  if (rc == 0 && !data) rc = 1;
  if (rc == 0 && strcmp(format, "svg") == 0) rc = tidy_svg(out, data, len, width);
  else if (rc == 0 && dg_buf_put(out, data, len) < 0) rc = DG_ENOMEM;
  free(data); /* open_memstream's, from malloc */
  return rc;
}

int dg_render(dg_buf *out, const dg_view *v, const char *format, const dg_export_options *o)
{
  const char *r = renderer(format);
  if (!r) return dg_error_set(DG_EARG, "cannot render to '%s'", format);
  Agraph_t *g = NULL;
  char dpi[32] = "";
  int width = o ? o->width : 0;
  dg_gv_begin();
  int rc = dg_gv_graph(&g, v, o);
  GVC_t *gvc = rc == 0 ? dg_gv_context() : NULL;
  if (rc == 0 && !gvc) rc = 1;
  const char *layout = g && agget(g, "layout") && *agget(g, "layout") ? agget(g, "layout") : "dot";
  if (rc == 0 && strcmp(format, "svg") == 0 && (rc = dg_svg_pinned(out, g, width, NULL)) != 1) {
    agclose(g); /* drawn: nothing was left to lay out */
    return dg_gv_end(rc);
  }
  if (rc == 1) rc = 0; /* not pinned: Graphviz lays it out */
  if (rc == 0 && gvLayout(gvc, g, layout) != 0) rc = 1;
  if (rc == 0) {
    rc = check_size(g, format, width, dpi);
    if (rc == 0 && dpi[0]) GD_drawing(g)->dpi = atof(dpi); /* read when rendering, not as an attribute */
    if (rc == 0) rc = render_to(out, gvc, g, r, format, width);
    gvFreeLayout(gvc, g);
  }
  if (g) agclose(g);
  return dg_gv_end(rc);
}

int dg_render_inline(dg_buf *out, const dg_view *v, const dg_export_options *o, const char *label)
{
  Agraph_t *g = NULL;
  dg_gv_begin();
  int rc = dg_gv_graph(&g, v, o);
  if (rc == 0) rc = dg_svg_pinned(out, g, 0, label);
  if (g) agclose(g);
  if (rc == 1) { dg_gv_end(0); return 1; }
  return dg_gv_end(rc);
}
