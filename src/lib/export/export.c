/* dg_export: one entry point for every output format. */
#include "analyse/analyse.h"
#include "export/cgraph_util.h"
#include "export/writers.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdlib.h>
#include <string.h>

const char *dg_export_default_view(dg_format format)
{
  return format == DG_FORMAT_DOT || format == DG_FORMAT_SVG || format == DG_FORMAT_PNG ||
                 format == DG_FORMAT_PDF
             ? "timeline" : "full";
}

static int write_view(dg_buf *b, const dg_view *v, const dg_export_options *o)
{
  switch (o->format) {
  case DG_FORMAT_DOT: return dg_write_dot(b, v, o);
  case DG_FORMAT_SVG: return dg_render(b, v, "svg", o);
  case DG_FORMAT_PNG: return dg_render(b, v, "png", o);
  case DG_FORMAT_PDF: return dg_render(b, v, "pdf", o);
  case DG_FORMAT_GRAPHML: return dg_write_graphml(b, v);
  case DG_FORMAT_GEXF: return dg_write_gexf(b, v, o->gexf_version ? o->gexf_version : 12);
  case DG_FORMAT_CSV: return dg_write_csv_nodes(b, v);
  case DG_FORMAT_CSV_EDGES: return dg_write_csv_edges(b, v);
  default: return dg_error_set(DG_EARG, "unknown output format");
  }
}

/* Prefixes become SVG ids: keep them to letters, digits, '-' and '_'. */
static int check_prefix(const char *p)
{
  if (!p[0] || !((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z'))) return -1;
  for (; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
      return -1;
  return 0;
}

const char *dg_export_engine(const dg_graph *g, const dg_export_options *o)
{
  if (o->format != DG_FORMAT_DOT && o->format != DG_FORMAT_SVG && o->format != DG_FORMAT_PNG &&
      o->format != DG_FORMAT_PDF)
    return NULL;
  int kind = dg_view_parse(o->view ? o->view : dg_export_default_view(o->format));
  if (kind < 0) return NULL;
  if (kind == DG_VIEW_TIMELINE) return "nop2";
  dg_view *v = NULL;
  if (dg_view_build(&v, g, (dg_view_kind)kind) < 0) return NULL;
  const char *e = dg_network_engine((dg_view_kind)kind, v->nnodes);
  dg_view_free(v);
  return e;
}

int dg_export_check(const dg_export_options *o)
{
  if (o->format < DG_FORMAT_JSON || o->format > DG_FORMAT_CSV_MEETINGS)
    return dg_error_set(DG_EARG, "unknown output format");
  if (o->format == DG_FORMAT_HTML && o->view)
    return dg_error_set(DG_EARG, "--view: the report shows the whole graph");
  if (o->view && dg_view_parse(o->view) < 0)
    return dg_error_set(DG_EARG, "--view: unknown view '%.40s' (full, actors, countries, timeline)", o->view);
  if (o->format == DG_FORMAT_JSON && o->view && strcmp(o->view, "full") != 0)
    return dg_error_set(DG_EARG, "--view: JSON is the whole graph; views are for the other formats");
  if (o->id_prefix && check_prefix(o->id_prefix) < 0)
    return dg_error_set(DG_EARG, "--id-prefix: start with a letter; use letters, digits, '-', '_'");
  if (o->width && (o->width < 100 || o->width > 20000))
    return dg_error_set(DG_EARG, "--width: from 100 to 20000 pixels");
  if (o->gexf_version && o->gexf_version != 12 && o->gexf_version != 13)
    return dg_error_set(DG_EARG, "--gexf-version: 1.2 or 1.3");
  if (o->undated != DG_UNDATED_STRIP && o->undated != DG_UNDATED_OMIT)
    return dg_error_set(DG_EARG, "--undated: strip or omit");
  return 0;
}

/* A view of the graph (analysed unless drawn) written into b, or streamed
 * to write (GraphML, GEXF). */
static int export_view(dg_buf *b, dg_write_fn write, void *ctx, const dg_graph *g, const dg_export_options *o)
{
  const char *name = o->view ? o->view : dg_export_default_view(o->format);
  int kind = dg_view_parse(name);
  dg_view *v = NULL;
  dg_analysis *an = NULL;
  int rc = dg_view_build(&v, g, (dg_view_kind)kind);
  /* Degree, betweenness and first appearance travel with every view; an
   * actors view is what the analysis reads, so it is not built twice. The
   * escalation diagram reads the records, not the view's attributes: its
   * drawing skips the analysis (betweenness grows faster than the graph). */
  int drawing = kind == DG_VIEW_TIMELINE && (o->format == DG_FORMAT_SVG || o->format == DG_FORMAT_PNG ||
                                             o->format == DG_FORMAT_PDF || o->format == DG_FORMAT_DOT);
  if (rc == 0 && !drawing) rc = dg_analyse_with_view(&an, g, kind == DG_VIEW_ACTORS ? v : NULL);
  if (rc == 0 && !drawing) rc = dg_analysis_annotate(an, v);
  dg_analysis_free(an);
  if (rc == 0 && write && o->format == DG_FORMAT_GRAPHML) rc = dg_write_graphml_to(write, ctx, v);
  else if (rc == 0 && write) rc = dg_write_gexf_to(write, ctx, v, o->gexf_version ? o->gexf_version : 12);
  else if (rc == 0) rc = write_view(b, v, o);
  dg_view_free(v);
  return rc;
}

int dg_export(char **out, size_t *len, const dg_graph *g, const dg_export_options *o)
{
  dg_export_options def = DG_EXPORT_OPTIONS_INIT;
  if (!o) o = &def;
  *out = NULL;
  int rc = dg_export_check(o);
  if (rc < 0) return rc;
  if (o->format == DG_FORMAT_JSON) return dg_export_json(out, len, g);
  if (o->format >= DG_FORMAT_CSV_COUNTRIES) {
    dg_buf tb = DG_BUF_INIT;
    rc = dg_write_csv_table(&tb, g, o->format);
    if (rc == 0 && !(*out = dg_buf_detach(&tb, len))) rc = DG_ENOMEM;
    dg_buf_free(&tb);
    return rc;
  }
  if (o->format == DG_FORMAT_HTML) {
    dg_buf hb = DG_BUF_INIT;
    rc = dg_write_report(&hb, g, o->id_prefix ? o->id_prefix : "dg");
    if (rc == 0 && !(*out = dg_buf_detach(&hb, len))) rc = DG_ENOMEM;
    dg_buf_free(&hb);
    return rc;
  }
  dg_buf b = DG_BUF_INIT;
  rc = export_view(&b, NULL, NULL, g, o);
  if (rc < 0) { dg_buf_free(&b); return rc; }
  /* The caller frees with dg_string_free (free), as dg_free does. */
  return (*out = dg_buf_detach(&b, len)) ? 0 : DG_ENOMEM;
}

int dg_export_write(const dg_graph *g, const dg_export_options *o, dg_write_fn write, void *ctx)
{
  dg_export_options def = DG_EXPORT_OPTIONS_INIT;
  if (!o) o = &def;
  int rc = dg_export_check(o);
  if (rc < 0) return rc;
  if (o->format == DG_FORMAT_JSON) return dg_write_json_to(write, ctx, g);
  if (o->format == DG_FORMAT_GRAPHML || o->format == DG_FORMAT_GEXF) return export_view(NULL, write, ctx, g, o);
  if (o->format == DG_FORMAT_HTML) return dg_write_report_to(write, ctx, g, o->id_prefix ? o->id_prefix : "dg");
  char *out = NULL;
  size_t len = 0;
  if ((rc = dg_export(&out, &len, g, o)) == 0) rc = write(ctx, out, len);
  dg_string_free(out);
  return rc;
}
