/* GraphML for Gephi, networkx, igraph and graphml2gv.
 *
 * Keys are all declared whatever the data, so that every file of a view has
 * the same schema (a spreadsheet or script made for one run works on the
 * next); a value that is absent is simply left out. Key ids:
 *
 *   nodes  k_label, k_<name> for each dg_node_attrs entry (k_kind, k_iso3,
 *          k_date, ...), k_r k_g k_b (int), k_size (double), k_start
 *   edges  ke_label, ke_<name> for each dg_edge_attrs entry (ke_kind,
 *          ke_date, ...), ke_weight (double), ke_start
 *
 * Never d0..dN: Gephi reads a key with id "d3" as the label (yEd's numbering).
 * attr.name is the bare name ("label", "r", "size", "weight"), which is what
 * Gephi maps to its own label, colour, size and weight columns. Node and edge
 * keys are separate (for="node" / for="edge", not for="all") because nodes
 * and edges share names such as "kind" and "date" with other meanings.
 *
 * Every node has a label, every edge an id (so Gephi and networkx keep
 * parallel edges) and a weight. The full and timeline views are directed
 * (person -> country, actor -> meeting, meeting -> next meeting); actors and
 * countries are undirected (who met whom). GraphML has no time for Gephi:
 * dates are plain strings here; GEXF (gexf.c) carries the timeline. */
#include "export/writers.h"
#include "export/xml_util.h"
#include <stdio.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"

static void key(dg_xml *x, const char *prefix, const char *name, const char *domain, const char *type)
{
  char id[64];
  snprintf(id, sizeof id, "%s%s", prefix, name);
  dg_xml_start(x, "key");
  dg_xml_attr(x, "id", id);
  dg_xml_attr(x, "for", domain);
  dg_xml_attr(x, "attr.name", name);
  dg_xml_attr(x, "attr.type", type);
  dg_xml_end(x);
}

static void keys(dg_xml *x)
{
  key(x, "k_", "label", "node", "string");
  for (int a = 0; a < DG_NA_COUNT; a++) key(x, "k_", dg_node_attrs[a].name, "node", dg_node_attrs[a].type);
  key(x, "k_", "r", "node", "int");
  key(x, "k_", "g", "node", "int");
  key(x, "k_", "b", "node", "int");
  key(x, "k_", "size", "node", "double");
  key(x, "k_", "start", "node", "string");
  key(x, "ke_", "label", "edge", "string");
  for (int a = 0; a < DG_EA_COUNT; a++) key(x, "ke_", dg_edge_attrs[a].name, "edge", dg_edge_attrs[a].type);
  key(x, "ke_", "weight", "edge", "double");
  key(x, "ke_", "start", "edge", "string");
}

/* <data key="PREFIXNAME">value</data>, nothing when value is NULL. */
static void data(dg_xml *x, const char *prefix, const char *name, const char *value)
{
  char id[64];
  if (!value) return;
  snprintf(id, sizeof id, "%s%s", prefix, name);
  dg_xml_start(x, "data");
  dg_xml_attr(x, "key", id);
  dg_xml_text(x, value);
  dg_xml_end(x);
}

static void node(dg_xml *x, const dg_vnode *n)
{
  char num[32];
  dg_xml_start(x, "node");
  dg_xml_attr(x, "id", n->id);
  data(x, "k_", "label", n->label ? n->label : n->id);
  for (int a = 0; a < DG_NA_COUNT; a++) data(x, "k_", dg_node_attrs[a].name, n->a[a]);
  static const char *const channel[3] = {"r", "g", "b"};
  for (int c = 0; c < 3; c++) {
    snprintf(num, sizeof num, "%u", (unsigned)n->rgb[c]);
    data(x, "k_", channel[c], num);
  }
  dg_export_number(num, n->size);
  data(x, "k_", "size", num);
  data(x, "k_", "start", n->start);
  dg_xml_end(x);
}

static void edge(dg_xml *x, const dg_view *v, const dg_vedge *e, dg_buf *label)
{
  char num[32];
  const char *l = dg_edge_label(label, e);
  if (!l && !x->rc) x->rc = DG_ENOMEM; /* dg_buf set the error */
  dg_xml_start(x, "edge");
  dg_xml_attr(x, "id", e->id);
  dg_xml_attr(x, "source", v->nodes[e->source].id);
  dg_xml_attr(x, "target", v->nodes[e->target].id);
  data(x, "ke_", "label", l);
  for (int a = 0; a < DG_EA_COUNT; a++) data(x, "ke_", dg_edge_attrs[a].name, e->a[a]);
  dg_export_number(num, e->weight);
  data(x, "ke_", "weight", num);
  data(x, "ke_", "start", e->start);
  dg_xml_end(x);
}

static int graphml(dg_buf *out, dg_write_fn write, void *ctx, const dg_view *v)
{
  dg_xml x;
  dg_buf label = DG_BUF_INIT;
  int directed = v->kind == DG_VIEW_FULL || v->kind == DG_VIEW_TIMELINE;
  if (dg_xml_open_to(&x, write, ctx) == 0) {
    dg_xml_start(&x, "graphml");
    dg_xml_attr(&x, "xmlns", GRAPHML_NS);
    dg_xml_attr(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    dg_xml_attr(&x, "xsi:schemaLocation", GRAPHML_NS " " GRAPHML_NS "/1.0/graphml.xsd");
    keys(&x);
    dg_xml_start(&x, "graph");
    dg_xml_attr(&x, "id", dg_view_name(v->kind));
    dg_xml_attr(&x, "edgedefault", directed ? "directed" : "undirected");
    for (size_t i = 0; i < v->nnodes && !x.rc; i++) node(&x, &v->nodes[i]);
    for (size_t i = 0; i < v->nedges && !x.rc; i++) edge(&x, v, &v->edges[i], &label);
    dg_xml_end(&x); /* graph */
    dg_xml_end(&x); /* graphml */
  }
  dg_buf_free(&label);
  return dg_xml_close(&x, out);
}

int dg_write_graphml(dg_buf *out, const dg_view *v) { return graphml(out, NULL, NULL, v); }
int dg_write_graphml_to(dg_write_fn write, void *ctx, const dg_view *v) { return graphml(NULL, write, ctx, v); }
