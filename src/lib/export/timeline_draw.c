/* Drawing the escalation diagram planned in timeline.c. */
#include "export/timeline.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static const char *country_name(const dg_tl *t, const char *iso3)
{
  const dg_gazetteer *gz = dg_merged_gazetteer(t->g);
  int i = dg_gazetteer_country(gz, iso3);
  return i >= 0 ? gz->countries[i].name : iso3;
}

static void hex(char out[8], const unsigned char rgb[3])
{
  snprintf(out, 8, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
}

/* A node pinned at (x, y) with a unique name and a prefixed SVG id. */
static Agnode_t *pinned(dg_tl *t, double x, double y, const char *cls)
{
  char name[32], id[96], pos[64];
  snprintf(name, sizeof name, "t%u", t->serial++);
  Agnode_t *n = agnode(t->cg, name, 1);
  if (!n) return NULL;
  snprintf(id, sizeof id, "%s-%s", t->prefix, name);
  snprintf(pos, sizeof pos, "%.1f,%.1f!", x, y);
  if (dg_gv_set(n, "id", id) || dg_gv_set(n, "pos", pos) || dg_gv_set(n, "class", cls)) return NULL;
  return n;
}

static Agnode_t *text(dg_tl *t, double x, double y, const char *label, double size, const char *colour,
                      const char *cls)
{
  char fs[16];
  Agnode_t *n = pinned(t, x, y, cls);
  snprintf(fs, sizeof fs, "%.1f", size);
  if (!n || dg_gv_set(n, "shape", "plaintext") || dg_gv_set_raw(n, "label", label) ||
      dg_gv_set(n, "fontsize", fs) || dg_gv_set(n, "fontcolor", colour) || dg_gv_set(n, "margin", "0") ||
      dg_gv_set(n, "width", "0") || dg_gv_set(n, "height", "0"))
    return NULL;
  return n;
}

/* Graphviz centres text on its node: to start text at x, centre it at x plus
 * half its estimated width (DejaVu Sans averages 0.6 em a character). */
static double text_width(const char *label, double size)
{
  size_t longest = 0, cur = 0;
  for (const char *s = label; *s; s++) {
    if (s[0] == '\\' && (s[1] == 'n' || s[1] == 'l')) { cur = 0; s++; continue; }
    if (((unsigned char)*s & 0xC0) != 0x80 && ++cur > longest) longest = cur;
  }
  return 0.6 * size * (double)longest;
}

static Agnode_t *text_left(dg_tl *t, double x, double y, const char *label, double size, const char *colour,
                           const char *cls)
{
  return text(t, x + text_width(label, size) / 2, y, label, size, colour, cls);
}

/* Escape text for a label composed with "\n" line breaks. */
static void esc(dg_buf *b, const char *s)
{
  if (s) dg_gv_clean(b, s);
}

static Agedge_t *line(dg_tl *t, Agnode_t *a, Agnode_t *b, const char *style, const char *colour,
                      const char *width, const char *cls)
{
  char name[32], id[96];
  snprintf(name, sizeof name, "l%u", t->serial++);
  Agedge_t *e = agedge(t->cg, a, b, name, 1);
  if (!e) return NULL;
  snprintf(id, sizeof id, "%s-%s", t->prefix, name);
  if (dg_gv_set(e, "id", id) || dg_gv_set(e, "style", style) || dg_gv_set(e, "color", colour) ||
      dg_gv_set(e, "penwidth", width) || dg_gv_set(e, "class", cls) || dg_gv_set(e, "dir", "none"))
    return NULL;
  return e;
}

static Agnode_t *point(dg_tl *t, double x, double y)
{
  Agnode_t *n = pinned(t, x, y, "anchor");
  if (!n || dg_gv_set(n, "shape", "point") || dg_gv_set(n, "width", "0.01") ||
      dg_gv_set(n, "style", "invis"))
    return NULL;
  return n;
}

static const char *format_name(size_t n)
{
  static const char *const names[] = {"", "Unilateral", "Bilateral", "Trilateral", "Quadrilateral",
                                      "Five-way", "Six-way", "Seven-way", "Eight-way"};
  return n < sizeof names / sizeof *names ? names[n] : "Multilateral";
}

/* Countries of phase p that were not in the phase before ("+ Japan"). */
static void joined(const dg_tl *t, size_t p, dg_buf *b)
{
  if (p == 0) return;
  const dg_xmeeting *now = &t->r->meetings[t->cols[t->phases[p].first]];
  const dg_xmeeting *before = &t->r->meetings[t->cols[t->phases[p - 1].last]];
  int any = 0;
  for (size_t c = 0; c < now->ncountries; c++)
    if (!dg_meeting_has_country(before, now->countries[c])) {
      dg_buf_printf(b, "%s%s", any ? ", " : "\\n+ ", country_name(t, now->countries[c]));
      any = 1;
    }
}

/* Translucent bands behind the columns of each phase, and of the undated. */
static int band(dg_tl *t, size_t first, size_t last, const char *fill, const char *label)
{
  double x0 = dg_tl_col_x(t, first) - t->col_w / 2 + 1, x1 = dg_tl_col_x(t, last) + t->col_w / 2 - 1;
  double h = DG_TL_BAND_LABEL + DG_TL_HEAD + DG_TL_LANE * (double)t->nlanes;
  char w[32], hh[32];
  Agnode_t *n = pinned(t, (x0 + x1) / 2, dg_tl_y(t, DG_TL_TITLE + h / 2), "phase");
  snprintf(w, sizeof w, "%.3f", (x1 - x0) / 72.0);
  snprintf(hh, sizeof hh, "%.3f", h / 72.0);
  if (!n || dg_gv_set(n, "shape", "box") || dg_gv_set(n, "style", "filled") || dg_gv_set(n, "fillcolor", fill) ||
      dg_gv_set(n, "color", fill) || dg_gv_set(n, "label", "") || dg_gv_set(n, "width", w) ||
      dg_gv_set(n, "height", hh) || dg_gv_set(n, "fixedsize", "true"))
    return DG_ENOMEM;
  return text(t, (x0 + x1) / 2, dg_tl_y(t, DG_TL_TITLE + DG_TL_BAND_LABEL / 2), label, 7.5, "#333333",
              "phase-label") ? 0 : DG_ENOMEM;
}

static int bands(dg_tl *t)
{
  static const char *const fills[] = {"#9aa5b140", "#f0a03033", "#1f77b42e", "#2ca02c2e"};
  for (size_t p = 0; p < t->nphases; p++) {
    dg_buf b = DG_BUF_INIT;
    dg_buf_puts(&b, format_name(t->phases[p].size));
    joined(t, p, &b);
    char *label = dg_buf_detach(&b, NULL);
    size_t size = t->phases[p].size;
    int rc = label ? band(t, t->phases[p].first, t->phases[p].last, fills[size >= 4 ? 2 + (size > 4) : size == 3],
                          label) : DG_ENOMEM;
    dg_free(label);
    if (rc) return rc;
  }
  if (t->ndated < t->ncols) return band(t, t->ndated, t->ncols - 1, "#dddddd40", "Not dated");
  return 0;
}

/* A lane per country: its name in its colour and a faint guide line. */
static int lanes(dg_tl *t)
{
  for (size_t l = 0; l < t->nlanes; l++) {
    unsigned char rgb[3];
    char colour[8], cls[32];
    double y = dg_tl_lane_y(t, l);
    dg_country_colour(t->g, t->lanes[l], rgb);
    hex(colour, rgb);
    snprintf(cls, sizeof cls, "lane country-%s", t->lanes[l]);
    const char *cname = country_name(t, t->lanes[l]);
    Agnode_t *name = text_left(t, 4, y, "", 8.5, colour, cls);
    char pos[64];
    snprintf(pos, sizeof pos, "%.1f,%.1f!", 4 + text_width(cname, 8.5) / 2, y);
    if (!name || dg_gv_set(name, "label", cname) || dg_gv_set(name, "fontname", DG_FONT " Bold") ||
        dg_gv_set(name, "pos", pos))
      return DG_ENOMEM;
    Agnode_t *a = point(t, DG_TL_LANE_LABEL - 2, y), *b = point(t, t->width, y);
    if (!a || !b || !line(t, a, b, "solid", "#e4e4e4", "0.8", "lane-line")) return DG_ENOMEM;
  }
  return 0;
}

static void level_text(dg_buf *b, const dg_xmeeting *m)
{
  int main_level = dg_levels_main(m->levels);
  dg_buf_puts(b, dg_level_vocab.t[main_level].brief);
  if (main_level != DG_LEVEL_INTELLIGENCE && (m->levels & (1u << DG_LEVEL_INTELLIGENCE)))
    dg_buf_puts(b, "\\n+ intel.");
  if (m->call) dg_buf_puts(b, " call");
}

/* Date, place and level above the column. */
static int head(dg_tl *t, size_t k, const dg_xmeeting *m)
{
  char date[32], iso[16], cls[96];
  dg_buf b = DG_BUF_INIT;
  dg_ymd_format(&m->date, iso, sizeof iso);
  dg_gv_date(date, sizeof date, iso);
  esc(&b, date[0] ? date : "undated");
  dg_buf_puts(&b, "\n");
  esc(&b, m->place ? m->place : " ");
  dg_buf_puts(&b, "\n");
  level_text(&b, m);
  char *label = dg_buf_detach(&b, NULL);
  snprintf(cls, sizeof cls, "meeting status-%s level-%s format-%zu", dg_status_name(m->status),
           dg_level_name(dg_levels_main(m->levels)), m->ncountries);
  int rc = label && text(t, dg_tl_col_x(t, k), dg_tl_y(t, DG_TL_TITLE + DG_TL_BAND_LABEL + DG_TL_HEAD / 2),
                         label, 7, "#222222", cls) ? 0 : DG_ENOMEM;
  dg_free(label);
  return rc;
}

/* Surnames of the meeting's persons from one country ("Okafor, Lindqvist"). */
static char *names_of(const dg_tl *t, const dg_xmeeting *m, const char *iso3)
{
  dg_buf b = DG_BUF_INIT;
  size_t shown = 0, more = 0;
  for (size_t i = 0; i < m->npersons; i++) {
    const dg_xperson *p = &t->r->persons[m->persons[i]];
    if (strcmp(p->iso3, iso3) != 0) continue;
    if (shown == 2) { more++; continue; }
    const char *sp = strrchr(p->name, ' ');
    esc(&b, sp ? sp + 1 : p->name);
    dg_buf_puts(&b, "\\l"); /* Graphviz: end of a left-justified line */
    shown++;
  }
  if (more) dg_buf_printf(&b, "+%zu more\\l", more);
  return dg_buf_detach(&b, NULL);
}

static const char *status_style(int status)
{
  const dg_term *s = dg_vocab_term(&dg_status_vocab, status);
  return s ? s->style : "solid";
}

static const char *status_colour(int status, const char *otherwise)
{
  const dg_term *s = dg_vocab_term(&dg_status_vocab, status);
  return s && s->colour ? s->colour : otherwise;
}

static Agnode_t *dot(dg_tl *t, double x, double y, const char *iso3, int held, const char *cls)
{
  unsigned char rgb[3];
  char colour[8];
  dg_country_colour(t->g, iso3, rgb);
  hex(colour, rgb);
  Agnode_t *n = pinned(t, x, y, cls);
  if (!n || dg_gv_set(n, "shape", "circle") || dg_gv_set(n, "fixedsize", "true") ||
      dg_gv_set(n, "width", "0.15") || dg_gv_set(n, "label", "") || dg_gv_set(n, "style", "filled") ||
      dg_gv_set(n, "fillcolor", held ? colour : "white") || dg_gv_set(n, "color", colour) ||
      dg_gv_set(n, "penwidth", "1.6"))
    return NULL;
  return n;
}

/* One meeting: a dot per country lane, joined, with names underneath. */
static int column(dg_tl *t, size_t k)
{
  const dg_xmeeting *m = &t->r->meetings[t->cols[k]];
  double x = dg_tl_col_x(t, k);
  Agnode_t *prev = NULL;
  char cls[128];
  if (head(t, k, m)) return DG_ENOMEM;
  snprintf(cls, sizeof cls, "attended status-%s level-%s format-%zu", dg_status_name(m->status),
           dg_level_name(dg_levels_main(m->levels)), m->ncountries);
  for (size_t l = 0; l < t->nlanes; l++) {
    if (!dg_meeting_has_country(m, t->lanes[l])) continue;
    double y = dg_tl_lane_y(t, l);
    Agnode_t *d = dot(t, x, y, t->lanes[l], m->status == DG_STATUS_HELD, cls);
    if (!d || (prev && !line(t, prev, d, status_style(m->status), status_colour(m->status, "#444444"), "1.6", cls))) return DG_ENOMEM;
    prev = d;
    char *names = names_of(t, m, t->lanes[l]);
    if (!names) return DG_ENOMEM;
    int bad = names[0] && !text_left(t, x + 6, y - 9, names, 6.5, "#333333", "persons");
    dg_free(names);
    if (bad) return DG_ENOMEM;
  }
  return 0;
}

/* A title that states the story: the formats in order. */
static int title(dg_tl *t)
{
  dg_buf b = DG_BUF_INIT;
  dg_buf_puts(&b, "Meetings by date");
  for (size_t p = 0; p < t->nphases; p++)
    dg_buf_printf(&b, "%s%s", p ? " \xe2\x86\x92 " : ": ", format_name(t->phases[p].size));
  char *label = dg_buf_detach(&b, NULL);
  Agnode_t *n = label ? text_left(t, 4, dg_tl_y(t, DG_TL_TITLE / 2), label, 10, "#111111", "title") : NULL;
  int rc = n && !dg_gv_set(n, "fontname", DG_FONT " Bold") ? 0 : DG_ENOMEM;
  dg_free(label);
  return rc;
}

/* A legend entry starting at *x: a line, a dot, a word; *x moves on. */
static int legend_item(dg_tl *t, double *x, double y, int status, const char *label)
{
  static const unsigned char grey[3] = {68, 68, 68};
  char colour[8];
  hex(colour, grey);
  Agnode_t *a = point(t, *x, y), *b = point(t, *x + 22, y);
  Agnode_t *d = dot(t, *x + 11, y, "", status == DG_STATUS_HELD, "legend");
  if (!a || !b || !d || !line(t, a, b, status_style(status), status_colour(status, colour), "1.6", "legend")) return DG_ENOMEM;
  if (dg_gv_set(d, "color", colour) || (status == DG_STATUS_HELD && dg_gv_set(d, "fillcolor", colour)))
    return DG_ENOMEM;
  if (!text_left(t, *x + 27, y, label, 7.5, "#333333", "legend")) return DG_ENOMEM;
  *x += 27 + text_width(label, 7.5) + 14;
  return 0;
}

static int legend(dg_tl *t)
{
  double y = dg_tl_y(t, t->height - DG_TL_LEGEND / 2), x = DG_TL_LANE_LABEL;
  if (!text_left(t, 4, y, "Legend", 7.5, "#333333", "legend")) return DG_ENOMEM;
  for (int s = 0; s < dg_status_vocab.n; s++)
    if (legend_item(t, &x, y, s, dg_status_vocab.t[s].label)) return DG_ENOMEM;
  return text_left(t, x, y, "filled dot: took part; hollow: expected to", 7, "#555555", "legend") ? 0 : DG_ENOMEM;
}

int dg_tl_draw(dg_tl *t)
{
  t->cg = agopen("escalation", Agundirected, dg_gv_disc());
  if (!t->cg) return dg_error_oom(); /* Graphviz's allocator */
  Agraph_t *g = t->cg;
  char bb[64];
  snprintf(bb, sizeof bb, "0,0,%.1f,%.1f", t->width, t->height);
  int bad = dg_gv_set(g, "layout", "neato") || dg_gv_set(g, "splines", "line") || dg_gv_set(g, "id", t->prefix) ||
      dg_gv_set(g, "fontname", DG_FONT) || dg_gv_set(g, "charset", "UTF-8") ||
      dg_gv_set(g, "outputorder", "edgesfirst") || dg_gv_set(g, "notranslate", "true") || dg_gv_set(g, "inputscale", "72") ||
      dg_gv_set(g, "pad", "0.1") || dg_gv_set(g, "bgcolor", "white") ||
      !agattr(g, AGNODE, "fontname", DG_FONT) || !agattr(g, AGEDGE, "fontname", DG_FONT);
  if (!bad) bad = bands(t) || lanes(t) || title(t);
  for (size_t k = 0; !bad && k < t->ncols; k++) bad = column(t, k) != 0;
  if (!bad) bad = legend(t);
  /* Nodes and edges come from Graphviz's allocator, which sets no error. */
  return bad ? dg_error_oom() : 0;
}
