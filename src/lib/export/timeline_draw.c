/* Drawing the escalation diagram planned in timeline.c and timeline_axis.c:
 * the lanes, the phase bands and the columns. Every object is a pinned
 * Graphviz node or an edge between two, named for what it is
 * ("meeting-3-TUR", "lane-IRN"), with the id prefix in its SVG id. */
#include "export/timeline.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static void hex(char out[8], const unsigned char rgb[3])
{
  snprintf(out, 8, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
}

/* A country's colour, and a darker shade of it for outlines (the palette's
 * lighter colours need one on white). */
static void colour_of(const dg_tl *t, const char *iso3, char out[8], char dark[8])
{
  unsigned char rgb[3];
  dg_country_colour(t->g, iso3, rgb);
  hex(out, rgb);
  for (int i = 0; i < 3; i++) rgb[i] = (unsigned char)(rgb[i] * 7 / 10);
  hex(dark, rgb);
}

/* Graphviz's y axis points up; the plan's y runs down from the top. */
static double gy(const dg_tl *t, double y) { return t->height - y; }

Agnode_t *dg_tl_node(dg_tl *t, const char *name, double x, double y, const char *cls)
{
  char unique[160], id[200], pos[64];
  if (name) snprintf(unique, sizeof unique, "%s", name);
  else snprintf(unique, sizeof unique, "anchor-%u", t->serial++);
  Agnode_t *n = agnode(t->cg, unique, 1);
  if (!n) return NULL;
  snprintf(id, sizeof id, "%s-%s", t->prefix, unique);
  snprintf(pos, sizeof pos, "%.2f,%.2f!", x, gy(t, y));
  if (dg_gv_set(n, "id", id) || dg_gv_set(n, "pos", pos) || dg_gv_set(n, "class", cls)) return NULL;
  return n;
}

int dg_tl_set_tooltip(void *obj, const char *text)
{
  return text ? dg_gv_set_raw(obj, "tooltip", text) : DG_ENOMEM;
}

/* Text whose box starts at x (align 'l') or is centred on x ('c'), with its
 * top at y. */
Agnode_t *dg_tl_label(dg_tl *t, const char *name, double x, double y, const dg_tl_text *tx, const char *colour,
                      const char *cls, char align)
{
  char fs[16];
  double cx = align == 'l' ? x + tx->w / 2 : x;
  Agnode_t *n = dg_tl_node(t, name, cx, y + tx->h / 2, cls);
  snprintf(fs, sizeof fs, "%.2f", tx->size);
  if (!n || dg_gv_set(n, "shape", "plaintext") || dg_gv_set_raw(n, "label", tx->text) ||
      dg_gv_set(n, "fontsize", fs) || dg_gv_set(n, "fontcolor", colour) || dg_gv_set(n, "margin", "0") ||
      dg_gv_set(n, "width", "0") || dg_gv_set(n, "height", "0") ||
      (tx->bold && dg_gv_set(n, "fontname", DG_FONT " Bold")) || dg_gv_set_label_size(n, tx->w, tx->h))
    return NULL;
  return n;
}

Agnode_t *dg_tl_anchor(dg_tl *t, double x, double y)
{
  Agnode_t *n = dg_tl_node(t, NULL, x, y, "anchor");
  if (!n || dg_gv_set(n, "shape", "point") || dg_gv_set(n, "width", "0.01") || dg_gv_set(n, "style", "invis"))
    return NULL;
  return n;
}

Agedge_t *dg_tl_line(dg_tl *t, Agnode_t *a, Agnode_t *b, const char *style, const char *colour,
                     const char *width, const char *cls)
{
  char name[32], id[96];
  snprintf(name, sizeof name, "line-%u", t->serial++);
  Agedge_t *e = agedge(t->cg, a, b, name, 1);
  if (!e) return NULL;
  snprintf(id, sizeof id, "%s-%s", t->prefix, name);
  if (dg_gv_set(e, "id", id) || dg_gv_set(e, "style", style) || dg_gv_set(e, "color", colour) ||
      dg_gv_set(e, "penwidth", width) || dg_gv_set(e, "class", cls) || dg_gv_set(e, "dir", "none"))
    return NULL;
  return e;
}

/* Marks. Every country keeps its colour in every diagram, so two lanes of
 * one diagram can have the same colour (nine colours for 250 countries; the
 * gazetteer's colours make it rare for countries often reported together).
 * The later lane's marks then take another shape: the first lane of a colour
 * has circles, the second diamonds, the third squares, the fourth triangles,
 * in lane order; the lane's swatch beside its name shows the same shape, so
 * the reader can match marks to countries by shape as well as colour. Sizes
 * are scaled so that the shapes look alike in weight. */
static const char *const mark_shapes[] = {"circle", "diamond", "square", "triangle"};
static const double mark_scale[] = {1.0, 1.32, 0.9, 1.4};
#define NMARKS (sizeof mark_shapes / sizeof *mark_shapes)

const char *dg_tl_mark_name(int mark) { return mark_shapes[(size_t)mark % NMARKS]; }

int dg_tl_lane_mark(const dg_tl *t, size_t lane)
{
  unsigned char a[3], b[3];
  size_t same = 0;
  dg_country_colour(t->g, t->lanes[lane], a);
  for (size_t l = 0; l < lane; l++) {
    dg_country_colour(t->g, t->lanes[l], b);
    same += memcmp(a, b, 3) == 0;
  }
  return (int)(same % NMARKS);
}

/* A mark of shape `mark`, `size` points across (a circle's diameter). */
static Agnode_t *mark_node(dg_tl *t, const char *name, double x, double y, double size, int mark, const char *cls)
{
  char w[16], c[160];
  snprintf(w, sizeof w, "%.3f", size * mark_scale[(size_t)mark % NMARKS] / 72);
  if (mark) snprintf(c, sizeof c, "%s mark-%s", cls, dg_tl_mark_name(mark));
  Agnode_t *n = dg_tl_node(t, name, x, y, mark ? c : cls);
  if (!n || dg_gv_set(n, "shape", dg_tl_mark_name(mark)) || dg_gv_set(n, "fixedsize", "true") ||
      dg_gv_set(n, "width", w) || dg_gv_set(n, "height", w))
    return NULL;
  return n;
}

Agnode_t *dg_tl_dot(dg_tl *t, const char *name, double x, double y, const char *colour, const char *line,
                    int filled, int mark, const char *cls)
{
  Agnode_t *n = mark_node(t, name, x, y, 2 * DG_TL_DOT, mark, cls);
  if (!n || dg_gv_set(n, "label", "") || dg_gv_set(n, "style", "filled") ||
      dg_gv_set(n, "fillcolor", filled ? colour : "white") || dg_gv_set(n, "color", line) ||
      dg_gv_set(n, "penwidth", filled ? "1" : "1.8"))
    return NULL;
  return n;
}

/* A filled rectangle from (x0, y0) to (x1, y1). */
static Agnode_t *rect(dg_tl *t, const char *name, double x0, double y0, double x1, double y1, const char *fill,
                      const char *cls)
{
  char w[32], h[32];
  Agnode_t *n = dg_tl_node(t, name, (x0 + x1) / 2, (y0 + y1) / 2, cls);
  snprintf(w, sizeof w, "%.4f", (x1 - x0) / 72.0);
  snprintf(h, sizeof h, "%.4f", (y1 - y0) / 72.0);
  if (!n || dg_gv_set(n, "shape", "box") || dg_gv_set(n, "style", "filled") || dg_gv_set(n, "fillcolor", fill) ||
      dg_gv_set(n, "color", fill) || dg_gv_set(n, "penwidth", "0") || dg_gv_set(n, "label", "") ||
      dg_gv_set(n, "width", w) || dg_gv_set(n, "height", h) || dg_gv_set(n, "fixedsize", "true"))
    return NULL;
  return n;
}

static const char *status_style(int status)
{
  const dg_term *s = dg_vocab_term(&dg_status_vocab, status);
  return s && s->style ? s->style : "solid";
}

/* The connector's colour: the status table's where it has one (cancelled). */
static const char *status_colour(int status, const char *otherwise)
{
  const dg_term *s = dg_vocab_term(&dg_status_vocab, status);
  return s && s->colour ? s->colour : otherwise;
}

/* Translucent bands behind the phases, and the undated strip. */
static int band(dg_tl *t, const char *name, double x0, double x1, int row, const dg_tl_text *label,
                const char *fill, const char *tip)
{
  char lname[64];
  double band_h = (t->y_heads - t->y_bands) / (t->band_rows_used ? t->band_rows_used : 1);
  Agnode_t *n = rect(t, name, x0, t->y_bands - 2, x1, t->y_axis - 4, fill, "phase");
  if (!n || dg_tl_set_tooltip(n, tip)) return DG_ENOMEM;
  snprintf(lname, sizeof lname, "%s-label", name);
  n = dg_tl_label(t, lname, x0 + 3, t->y_bands + band_h * row, label, "#333333", "phase-label", 'l');
  return n && !dg_tl_set_tooltip(n, tip) ? 0 : DG_ENOMEM;
}

static char *phase_tip(const dg_tl *t, const dg_tl_phase *p)
{
  dg_buf b = DG_BUF_INIT;
  char a[32], z[32], iso[16];
  dg_ymd_format(&t->r->meetings[t->cols[p->first].m].date, iso, sizeof iso);
  dg_gv_date(a, sizeof a, iso);
  dg_ymd_format(&t->r->meetings[t->cols[p->last].m].date, iso, sizeof iso);
  dg_gv_date(z, sizeof z, iso);
  size_t n = p->last - p->first + 1;
  dg_buf_printf(&b, "%zu countries: %zu meeting%s, %s", p->size, n, n == 1 ? "" : "s", a);
  if (p->last != p->first) dg_buf_printf(&b, " \xe2\x80\x93 %s", z);
  return dg_buf_detach(&b, NULL);
}

static int bands(dg_tl *t)
{
  static const char *const fills[] = {"#9aa5b133", "#f0a03030", "#1f77b426", "#2ca02c26"};
  for (size_t p = 0; t->bands && p < t->nphases; p++) {
    char name[32];
    size_t size = t->phases[p].size;
    snprintf(name, sizeof name, "phase-%zu", p + 1);
    char *tip = phase_tip(t, &t->phases[p]);
    int rc = band(t, name, t->phases[p].x0, t->phases[p].x1, t->phases[p].row, &t->phases[p].label,
                  fills[size >= 4 ? 2 + (size > 4) : size == 3], tip);
    dg_free(tip);
    if (rc) return rc;
  }
  if (t->ndated < t->ncols) {
    dg_buf b = DG_BUF_INIT;
    size_t n = t->ncols - t->ndated;
    dg_buf_printf(&b, "%zu meeting%s without a date", n, n == 1 ? "" : "s");
    char *tip = dg_buf_detach(&b, NULL);
    int rc = band(t, "undated", t->strip_x0, t->strip_x1, t->strip_row, &t->strip_label, "#d0d0d040", tip);
    dg_free(tip);
    return rc;
  }
  return 0;
}

/* A lane per country: a swatch (its colour, in the shape of its marks), its
 * name and a faint guide line. */
static int lanes(dg_tl *t)
{
  for (size_t l = 0; l < t->nlanes; l++) {
    char colour[8], dark[8], cls[32], name[32];
    double y = t->lane_y[l];
    colour_of(t, t->lanes[l], colour, dark);
    snprintf(cls, sizeof cls, "lane country-%s", t->lanes[l]);
    snprintf(name, sizeof name, "lane-%s-colour", t->lanes[l]);
    Agnode_t *sw = mark_node(t, name, DG_TL_PAD + 4.5, y, 10, dg_tl_lane_mark(t, l), cls);
    if (sw && (dg_gv_set(sw, "style", "filled") || dg_gv_set(sw, "fillcolor", colour) || dg_gv_set(sw, "label", "")))
      sw = NULL;
    snprintf(name, sizeof name, "lane-%s", t->lanes[l]);
    const dg_tl_text *lab = &t->lane_label[l];
    Agnode_t *n = dg_tl_label(t, name, DG_TL_PAD + DG_TL_SWATCH, y - lab->h / 2, lab, "#222222", cls, 'l');
    Agnode_t *a = dg_tl_anchor(t, t->plot_x0 - 6, y), *b = dg_tl_anchor(t, t->plot_x1, y);
    Agedge_t *e = a && b ? dg_tl_line(t, a, b, "solid", "#e6e6e6", "0.8", "lane-line") : NULL;
    dg_buf tb = DG_BUF_INIT;
    dg_gv_clean(&tb, dg_tl_country_name(t, t->lanes[l]));
    char *tip = dg_buf_detach(&tb, NULL);
    int bad = !sw || !n || !e || dg_gv_set(sw, "color", dark) || dg_gv_set(sw, "penwidth", "0.8") ||
              dg_tl_set_tooltip(sw, tip) || dg_tl_set_tooltip(n, tip) || dg_tl_set_tooltip(e, tip);
    dg_free(tip);
    if (bad) return DG_ENOMEM;
  }
  return 0;
}

/* The head over column k, in its row, with a leader line down to the lanes. */
static int head(dg_tl *t, size_t k, const char *cls, const char *tip)
{
  const dg_tl_col *c = &t->cols[k];
  char name[48];
  int rows = t->head_rows_used;
  double top = t->y_heads + (double)(rows - 1 - c->row) * t->head_row_h;
  snprintf(name, sizeof name, "meeting-%zu-head", k + 1);
  Agnode_t *n = dg_tl_label(t, name, c->x, top, &c->head, "#222222", cls, 'c');
  if (!n || dg_tl_set_tooltip(n, tip)) return DG_ENOMEM;
  Agnode_t *a = dg_tl_anchor(t, c->x, top + c->head.h + 1.5), *b = dg_tl_anchor(t, c->x, t->y_lanes - 1);
  Agedge_t *e = a && b ? dg_tl_line(t, a, b, "solid", "#b8b8b8", "0.6", "leader") : NULL;
  return e && !dg_tl_set_tooltip(e, tip) ? 0 : DG_ENOMEM;
}

/* One meeting: a dot per country lane, joined, with the persons beside. */
static int column(dg_tl *t, size_t k)
{
  const dg_tl_col *c = &t->cols[k];
  const dg_xmeeting *m = &t->r->meetings[c->m];
  char cls[128], name[48], colour[8], dark[8];
  snprintf(cls, sizeof cls, "meeting status-%s level-%s format-%zu", dg_status_name(m->status),
           dg_level_name(dg_levels_main(m->levels)), m->ncountries);
  char *tip = dg_tl_meeting_tooltip(t, m);
  int rc = tip ? head(t, k, cls, tip) : DG_ENOMEM;
  Agnode_t *prev = NULL;
  for (size_t l = c->lo; rc == 0 && l <= c->hi; l++) {
    if (!dg_meeting_has_country(m, t->lanes[l])) continue;
    colour_of(t, t->lanes[l], colour, dark);
    snprintf(name, sizeof name, "meeting-%zu-%s", k + 1, t->lanes[l]);
    Agnode_t *d = dg_tl_dot(t, name, c->x, t->lane_y[l], colour, dark, m->status == DG_STATUS_HELD,
                            dg_tl_lane_mark(t, l), cls);
    Agedge_t *e = d && prev ? dg_tl_line(t, prev, d, status_style(m->status), status_colour(m->status, "#444444"), "1.6", cls) : NULL;
    if (!d || dg_tl_set_tooltip(d, tip) || (prev && (!e || dg_tl_set_tooltip(e, tip)))) rc = DG_ENOMEM;
    prev = d;
  }
  for (size_t i = 0; rc == 0 && i < c->nnames; i++) {
    const dg_tl_names *nm = &c->names[i];
    snprintf(name, sizeof name, "meeting-%zu-%s-persons", k + 1, t->lanes[nm->lane]);
    Agnode_t *n = dg_tl_label(t, name, c->x + DG_TL_DOT + 2, t->lane_y[nm->lane] + 1.5, &nm->t, "#333333",
                              "persons", 'l');
    char *ptip = n ? dg_tl_person_tooltip(t, m, t->lanes[nm->lane]) : NULL;
    if (!n || dg_tl_set_tooltip(n, ptip)) rc = DG_ENOMEM;
    dg_free(ptip);
  }
  dg_free(tip);
  return rc;
}

int dg_tl_draw(dg_tl *t)
{
  t->cg = agopen("escalation", Agundirected, dg_gv_disc());
  if (!t->cg) return dg_error_oom(); /* Graphviz's allocator */
  Agraph_t *g = t->cg;
  int bad = dg_gv_set(g, "layout", "nop2") || dg_gv_set(g, "splines", "line") || dg_gv_set(g, "id", t->prefix) ||
            dg_gv_set(g, "fontname", DG_FONT) || dg_gv_set(g, "charset", "UTF-8") ||
            dg_gv_set(g, "outputorder", "edgesfirst") || dg_gv_set(g, "notranslate", "true") ||
            dg_gv_set(g, "pad", "0") || dg_gv_set(g, "bgcolor", "white") ||
            !agattr(g, AGNODE, "fontname", DG_FONT) || !agattr(g, AGEDGE, "fontname", DG_FONT);
  /* The figure's extent, for Graphviz's bounding box: an invisible box. */
  Agnode_t *bg = bad ? NULL : rect(t, "extent", 0, 0, t->width, t->height, "white", "extent");
  if (!bad) bad = !bg || dg_gv_set(bg, "style", "invis");
  if (!bad) bad = bands(t) || lanes(t);
  for (size_t k = 0; !bad && k < t->ncols; k++) bad = column(t, k) != 0;
  /* Nodes and edges come from Graphviz's allocator, which sets no error. */
  return bad ? dg_error_oom() : 0;
}
