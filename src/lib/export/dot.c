/* DOT: every view as a cgraph graph, written by cgraph itself. Node ids are
 * synthetic (n0, n1, ...); names go into escaped labels; no record shapes. */
#include "export/cgraph_util.h"
#include "export/writers.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static int classes(void *obj, const char *kind, const char *status, const char *level)
{
  char c[128];
  snprintf(c, sizeof c, "%s%s%s%s%s", kind ? kind : "", status ? " status-" : "", status ? status : "",
           level ? " level-" : "", level ? level : "");
  return dg_gv_set(obj, "class", c);
}

static int node_style(Agnode_t *n, const dg_vnode *vn)
{
  char colour[16];
  const char *kind = vn->a[DG_NA_KIND];
  snprintf(colour, sizeof colour, "#%02x%02x%02x", vn->rgb[0], vn->rgb[1], vn->rgb[2]);
  int meeting = strcmp(kind, "meeting") == 0, rc = 0;
  rc |= dg_gv_set(n, "label", vn->label);
  rc |= dg_gv_set(n, "tooltip", vn->label); /* an SVG <title> that reads, not "n12" */
  rc |= dg_gv_set(n, "shape", meeting ? "box" : strcmp(kind, "person") == 0 ? "ellipse" : "circle");
  rc |= dg_gv_set(n, "color", colour);
  if (meeting) {
    const char *st = vn->a[DG_NA_STATUS];
    const dg_term *s = dg_vocab_term(&dg_status_vocab, dg_status_parse(st));
    char style[32];
    snprintf(style, sizeof style, "%s,rounded", s ? s->style : "solid");
    rc |= dg_gv_set(n, "style", style);
  } else if (strcmp(kind, "country") == 0) {
    rc |= dg_gv_set(n, "style", "filled");
    rc |= dg_gv_set(n, "fillcolor", colour);
    rc |= dg_gv_set(n, "fontcolor", "white");
  }
  rc |= classes(n, kind, vn->a[DG_NA_STATUS], vn->a[DG_NA_LEVEL]);
  return rc ? DG_ENOMEM : 0;
}

const char *dg_network_engine(dg_view_kind kind, size_t nodes)
{
  if (nodes > DG_SFDP_NODES) return "sfdp";
  return kind == DG_VIEW_FULL ? "dot" : "neato";
}

int dg_network_graph(Agraph_t **out, const dg_view *v, const char *prefix)
{
  char id[96];
  int directed = v->kind == DG_VIEW_FULL;
  Agraph_t *g = agopen("diplograph", directed ? Agdirected : Agundirected, dg_gv_disc());
  *out = NULL;
  if (!g) return dg_error_oom(); /* Graphviz's allocator */
  int rc = dg_gv_set(g, "id", prefix) | dg_gv_set(g, "fontname", DG_FONT) | dg_gv_set(g, "charset", "UTF-8") |
           dg_gv_set(g, "layout", dg_network_engine(v->kind, v->nnodes)) |
           /* Removing overlaps (prism) is what makes big layouts slow, and it
            * crashed Graphviz 2.43 on 20,000 nodes: big graphs may overlap. */
           dg_gv_set(g, "overlap", v->nnodes > DG_SFDP_NODES ? "true" : "false") |
           dg_gv_set(g, "outputorder", "edgesfirst");
  Agnode_t **nodes = dg_calloc(v->nnodes + 1, sizeof *nodes);
  if (rc || !nodes) { agclose(g); dg_free(nodes); return DG_ENOMEM; }
  for (size_t i = 0; i < v->nnodes && !rc; i++) {
    snprintf(id, sizeof id, "n%zu", i);
    if (!(nodes[i] = agnode(g, id, 1))) { rc = DG_ENOMEM; break; }
    snprintf(id, sizeof id, "%s-n%zu", prefix, i);
    rc = dg_gv_set(nodes[i], "id", id) | dg_gv_set(nodes[i], "fontname", DG_FONT) | node_style(nodes[i], &v->nodes[i]);
  }
  for (size_t i = 0; i < v->nedges && !rc; i++) {
    const dg_vedge *e = &v->edges[i];
    snprintf(id, sizeof id, "e%zu", i);
    Agedge_t *ed = agedge(g, nodes[e->source], nodes[e->target], id, 1);
    if (!ed) { rc = DG_ENOMEM; break; }
    snprintf(id, sizeof id, "%s-e%zu", prefix, i);
    rc = dg_gv_set(ed, "id", id) | classes(ed, e->a[DG_EA_KIND], e->a[DG_EA_STATUS], e->a[DG_EA_LEVEL]) |
         dg_gv_set(ed, "color", "#888888");
  }
  dg_free(nodes);
  if (rc) { agclose(g); return DG_ENOMEM; }
  *out = g;
  return 0;
}

int dg_write_dot(dg_buf *out, const dg_view *v, const dg_export_options *o)
{
  Agraph_t *g = NULL;
  dg_gv_begin();
  int rc = dg_gv_graph(&g, v, o);
  if (rc == 0) {
    if (agwrite(g, out) != 0 || out->failed) rc = out->failed ? DG_ENOMEM : 1;
    agclose(g);
  }
  return dg_gv_end(rc);
}
