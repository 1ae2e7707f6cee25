/* The escalation diagram inline. The timeline view is pinned, so its SVG
 * element comes from our own writer (dg_render_inline, svg_pinned.c), which
 * draws only with the elements below, escapes every text and attribute, and
 * gives the figure its size in points and its role: it goes into the page as
 * written. Otherwise (a view Graphviz lays out) the SVG that dg_export writes
 * is parsed with libxml2 and written again through the report's writer,
 * element by element. The copy drops the prolog, the doctype and the
 * comments, keeps only the elements Graphviz draws with (no script, link,
 * image or foreign object; an <a> keeps its content; a <title> is a mark's
 * tooltip, which dg_render wrote as readable text), drops event handlers
 * and references, and gives the figure its own size in points (from the
 * viewBox): the page scrolls it sideways on a narrow screen rather than
 * shrinking its text, and print shows it at full size on a landscape page
 * when it fits there. Ids keep the prefix dg_render gave them. */
#include "export/report.h"
#include "export/writers.h"
#include "util/error.h"
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static int kept(const xmlChar *name)
{
  static const char *const ok[] = {"svg", "g", "polygon", "polyline", "path", "ellipse",
                                   "circle", "rect", "line", "text", "tspan", "defs", "linearGradient",
                                   "radialGradient", "stop", "title", NULL};
  for (int i = 0; ok[i]; i++)
    if (strcmp((const char *)name, ok[i]) == 0) return 1;
  return 0;
}

static int attr_kept(const xmlAttr *a, int root)
{
  const char *n = (const char *)a->name;
  if (a->ns && a->ns->prefix) return 0; /* xlink:href, xml:space ... */
  if (strncasecmp(n, "on", 2) == 0 || strcasecmp(n, "href") == 0 || strcasecmp(n, "style") == 0) return 0;
  if (root && (strcmp(n, "width") == 0 || strcmp(n, "height") == 0)) return 0;
  return 1;
}

static void copy_node(dg_report *r, const xmlNode *n, int depth);

static void copy_children(dg_report *r, const xmlNode *n, int depth)
{
  for (const xmlNode *c = n->children; c && !r->x.rc; c = c->next) copy_node(r, c, depth + 1);
}

static int blank(const xmlChar *s)
{
  for (; s && *s; s++)
    if (*s != ' ' && *s != '\n' && *s != '\t' && *s != '\r') return 0;
  return 1;
}

static void copy_element(dg_report *r, const xmlNode *n, int depth)
{
  int root = depth == 0;
  dg_report__start(r, (const char *)n->name, NULL);
  if (root) {
    xmlChar *vb = xmlGetProp((xmlNode *)n, BAD_CAST "viewBox");
    double x, y, w = 0, h = 0;
    char ws[32], hs[32];
    if (vb && sscanf((const char *)vb, "%lf %lf %lf %lf", &x, &y, &w, &h) == 4 && w > 0 && h > 0) {
      snprintf(ws, sizeof ws, "%.0fpt", w);
      snprintf(hs, sizeof hs, "%.0fpt", h);
      dg_report__attr(r, "width", ws);
      dg_report__attr(r, "height", hs);
    }
    xmlFree(vb);
    dg_report__attr(r, "xmlns", "http://www.w3.org/2000/svg");
    dg_report__attr(r, "role", "img");
    dg_report__attr(r, "aria-label", "Escalation diagram: the countries' meetings over time");
  }
  for (const xmlAttr *a = n->properties; a; a = a->next) {
    if (!attr_kept(a, root)) continue;
    xmlChar *v = xmlNodeListGetString(n->doc, a->children, 1);
    if (!v) { dg_report__fail(r, DG_ENOMEM, "out of memory (libxml2)"); return; }
    dg_report__attr(r, (const char *)a->name, (const char *)v);
    xmlFree(v);
  }
  copy_children(r, n, depth);
  dg_report__end_void(r); /* SVG is foreign content: <path/> is fine */
}

static void copy_node(dg_report *r, const xmlNode *n, int depth)
{
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (!blank(n->content)) dg_report__text(r, (const char *)n->content);
    return;
  }
  if (n->type != XML_ELEMENT_NODE || depth > 64) return;
  if (kept(n->name)) copy_element(r, n, depth);
  else if (strcmp((const char *)n->name, "a") == 0) copy_children(r, n, depth - 1);
}

/* The SVG of the timeline view: our own element for the page (*ready), or,
 * for a view that is not pinned, the SVG dg_export writes. */
static int render(dg_buf *svg, const dg_report *r, int *ready)
{
  dg_view *v = NULL;
  int rc = dg_view_build(&v, r->g, DG_VIEW_TIMELINE);
  if (rc == 0) rc = dg_analysis_annotate(r->a, v);
  dg_export_options o = DG_EXPORT_OPTIONS_INIT;
  o.format = DG_FORMAT_SVG;
  o.id_prefix = r->prefix;
  if (rc == 0) rc = dg_render_inline(svg, v, &o, "Escalation diagram: the countries' meetings over time");
  *ready = rc == 0;
  if (rc == 1) rc = dg_render(svg, v, "svg", &o); /* not pinned: Graphviz's, copied below */
  dg_view_free(v);
  return rc;
}

static void inline_svg(dg_report *r)
{
  dg_buf svg = DG_BUF_INIT;
  int ready = 0, rc = render(&svg, r, &ready);
  if (ready) { /* our own, ready for the page */
    dg_report__raw(r, svg.ptr);
    dg_buf_free(&svg);
    return;
  }
  if (rc < 0) { r->x.rc = rc; dg_buf_free(&svg); return; }
  xmlDocPtr doc = xmlReadMemory(svg.ptr, (int)svg.len, "diagram.svg", "UTF-8", XML_PARSE_NONET);
  dg_buf_free(&svg);
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root || strcmp((const char *)root->name, "svg") != 0)
    dg_report__fail(r, DG_EDEP, "the diagram's SVG could not be read");
  else copy_node(r, root, 0);
  xmlFreeDoc(doc);
}

void dg_report__diagram(dg_report *r)
{
  dg_report__start(r, "section", "diagram");
  dg_report__id(r, "diagram", 1);
  dg_report__elem(r, "h2", NULL, "Escalation diagram");
  if (!r->out->nmeetings) {
    dg_report__elem(r, "p", NULL, "There is no meeting to draw.");
    dg_report__end(r);
    return;
  }
  dg_report__start(r, "figure", NULL);
  dg_report__start(r, "div", "scroll");
  inline_svg(r);
  dg_report__end(r);
  dg_report__elem(r, "figcaption", NULL,
                  "One lane per country, in order of first appearance; one column per meeting, placed on the time "
                  "axis (long gaps cut out and marked //), with undated meetings in a strip at the right. A dot "
                  "marks each participating country, the connector's style its status; the column head gives the "
                  "date, place and level, and shaded bands the phases of the format. Point at a mark for its "
                  "details.");
  dg_report__end(r);
  dg_report__end(r);
}
