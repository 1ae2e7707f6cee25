/* GEXF for Gephi and networkx, dynamic: a node or edge exists from its
 * start date on (a meeting from the day it was held, a country or person
 * from its first dated meeting), so Gephi's timeline plays the meetings in
 * order; an edge from the later of its own date and its ends' starts. Items
 * with no date have no start and exist throughout.
 *
 * Two versions of the same content: GEXF 1.2draft (the default), which
 * Gephi 0.9 and 0.10 and every networkx read (Debian 12's networkx 2.8
 * knows 1.1draft and 1.2draft only), and GEXF 1.3 (--gexf-version 1.3), read
 * by Gephi 0.10 and networkx 3.5 or later. Only the namespaces and the
 * version attribute differ: both have timeformat="date", start, viz:color
 * and viz:size.
 *
 * Attributes are declared whatever the data (the same schema for every file
 * of a view), with the view's names as ids and titles, in two classes (node
 * and edge share names such as "kind" with other meanings). Label, weight and
 * start are GEXF's own XML attributes, colour and size are viz: elements.
 *
 * 1.3 is validated with the RELAX NG schema (tests/data/export/gexf-1.3/
 * gexf.rng): the 1.3 XSD rejects the viz: elements Gephi writes itself. No
 * xsi:schemaLocation for the same reason (the RELAX NG grammar allows no
 * foreign attribute on <gexf>). No lastmodifieddate: output is deterministic. */
#include "export/writers.h"
#include "export/xml_util.h"
#include <stdio.h>
#include <string.h>

static const char *gexf_type(const char *view_type)
{
  if (view_type[0] == 'i') return "integer";
  if (view_type[0] == 'd') return "double";
  return "string";
}

static void declare(dg_xml *x, const char *cls, const dg_attr_spec *spec, int n)
{
  dg_xml_start(x, "attributes");
  dg_xml_attr(x, "class", cls);
  dg_xml_attr(x, "mode", "static");
  for (int a = 0; a < n; a++) {
    dg_xml_start(x, "attribute");
    dg_xml_attr(x, "id", spec[a].name);
    dg_xml_attr(x, "title", spec[a].name);
    dg_xml_attr(x, "type", gexf_type(spec[a].type));
    dg_xml_end(x);
  }
  dg_xml_end(x);
}

/* <attvalues> with the values present; none at all when all are absent
 * (the schema allows an empty element, but it says nothing). */
static void attvalues(dg_xml *x, const dg_attr_spec *spec, char *const *values, int n)
{
  int open = 0;
  for (int a = 0; a < n; a++) {
    if (!values[a]) continue;
    if (!open++) dg_xml_start(x, "attvalues");
    dg_xml_start(x, "attvalue");
    dg_xml_attr(x, "for", spec[a].name);
    dg_xml_attr(x, "value", values[a]);
    dg_xml_end(x);
  }
  if (open) dg_xml_end(x);
}

static void node(dg_xml *x, const dg_vnode *n)
{
  char num[32];
  dg_xml_start(x, "node");
  dg_xml_attr(x, "id", n->id);
  dg_xml_attr(x, "label", n->label ? n->label : n->id);
  if (n->start) dg_xml_attr(x, "start", n->start);
  attvalues(x, dg_node_attrs, n->a, DG_NA_COUNT);
  dg_xml_start(x, "viz:color");
  static const char *const channel[3] = {"r", "g", "b"};
  for (int c = 0; c < 3; c++) {
    snprintf(num, sizeof num, "%u", (unsigned)n->rgb[c]);
    dg_xml_attr(x, channel[c], num);
  }
  dg_xml_end(x);
  dg_xml_start(x, "viz:size");
  dg_xml_attr_num(x, "value", n->size >= 0 ? n->size : 0); /* the schema wants >= 0 */
  dg_xml_end(x);
  dg_xml_end(x);
}

/* The later of two dates (YYYY-MM-DD compare as text); NULL = none. */
static const char *later(const char *a, const char *b)
{
  if (!a) return b;
  return b && strcmp(b, a) > 0 ? b : a;
}

static void edge(dg_xml *x, const dg_view *v, const dg_vedge *e, dg_buf *label)
{
  /* An edge cannot exist before its ends: Gephi warns about (and may drop)
   * an edge that starts before its source or target. A "represents" edge
   * has no date of its own and starts with the later of its two ends. */
  const char *start = later(e->start, later(v->nodes[e->source].start, v->nodes[e->target].start));
  const char *l = dg_edge_label(label, e);
  if (!l && !x->rc) x->rc = DG_ENOMEM; /* dg_buf set the error */
  dg_xml_start(x, "edge");
  dg_xml_attr(x, "id", e->id);
  dg_xml_attr(x, "source", v->nodes[e->source].id);
  dg_xml_attr(x, "target", v->nodes[e->target].id);
  if (l) dg_xml_attr(x, "label", l);
  dg_xml_attr_num(x, "weight", e->weight);
  if (start) dg_xml_attr(x, "start", start);
  attvalues(x, dg_edge_attrs, e->a, DG_EA_COUNT);
  dg_xml_end(x);
}

static void meta(dg_xml *x, const dg_view *v)
{
  char b[96];
  dg_xml_start(x, "meta");
  snprintf(b, sizeof b, "diplograph %s", dg_version());
  dg_xml_start(x, "creator");
  dg_xml_text(x, b);
  dg_xml_end(x);
  snprintf(b, sizeof b, "diplomatic meetings, %s view", dg_view_name(v->kind));
  dg_xml_start(x, "description");
  dg_xml_text(x, b);
  dg_xml_end(x);
  dg_xml_end(x);
}

static void count(dg_xml *x, size_t n)
{
  char b[32];
  snprintf(b, sizeof b, "%zu", n);
  dg_xml_attr(x, "count", b);
}

static void body(dg_xml *x, const dg_view *v, dg_buf *label)
{
  int directed = v->kind == DG_VIEW_FULL || v->kind == DG_VIEW_TIMELINE;
  dg_xml_start(x, "graph");
  dg_xml_attr(x, "mode", "dynamic");
  dg_xml_attr(x, "defaultedgetype", directed ? "directed" : "undirected");
  dg_xml_attr(x, "timeformat", "date");
  dg_xml_attr(x, "idtype", "string");
  declare(x, "node", dg_node_attrs, DG_NA_COUNT);
  declare(x, "edge", dg_edge_attrs, DG_EA_COUNT);
  dg_xml_start(x, "nodes");
  count(x, v->nnodes);
  for (size_t i = 0; i < v->nnodes && !x->rc; i++) node(x, &v->nodes[i]);
  dg_xml_end(x);
  dg_xml_start(x, "edges");
  count(x, v->nedges);
  for (size_t i = 0; i < v->nedges && !x->rc; i++) edge(x, v, &v->edges[i], label);
  dg_xml_end(x);
  dg_xml_end(x); /* graph */
}

static int gexf(dg_buf *out, dg_write_fn write, void *ctx, const dg_view *v, int version)
{
  dg_xml x;
  dg_buf label = DG_BUF_INIT;
  int v13 = version == 13;
  if (dg_xml_open_to(&x, write, ctx) == 0) {
    dg_xml_start(&x, "gexf");
    dg_xml_attr(&x, "xmlns", v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft");
    dg_xml_attr(&x, "xmlns:viz", v13 ? "http://gexf.net/1.3/viz" : "http://www.gexf.net/1.2draft/viz");
    dg_xml_attr(&x, "version", v13 ? "1.3" : "1.2");
    meta(&x, v);
    body(&x, v, &label);
    dg_xml_end(&x); /* gexf */
  }
  dg_buf_free(&label);
  return dg_xml_close(&x, out);
}

int dg_write_gexf(dg_buf *out, const dg_view *v, int version) { return gexf(out, NULL, NULL, v, version); }
int dg_write_gexf_to(dg_write_fn write, void *ctx, const dg_view *v, int version)
{
  return gexf(NULL, write, ctx, v, version);
}
