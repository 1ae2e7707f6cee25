/* The escalation diagram's frame: headline, subtitle, time axis (ticks,
 * labels, breaks), a legend of the marks used and only those, and the
 * credit line. */
#include "export/timeline.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

#define KEY_SAMPLE 24.0 /* the drawn part of a legend entry */
#define KEY_SPACE 16.0  /* between entries */

static const char *status_style(int status)
{
  const dg_term *s = dg_vocab_term(&dg_status_vocab, status);
  return s && s->style ? s->style : "solid";
}

static int shown(const dg_tl *t, size_t i)
{
  return t->legend_kind[i] != DG_TL_KEY_BREAK || t->nbreaks > 0;
}

static double row_h(void) { return DG_TL_FS_TEXT * DG_TL_LINE + 6; }

/* Where entry i goes: rows as wide as the figure. */
static void key_pos(const dg_tl *t, size_t i, double *x, double *row)
{
  double cx = DG_TL_PAD, r = 0;
  for (size_t j = 0; j <= i; j++) {
    if (!shown(t, j)) continue;
    double w = KEY_SAMPLE + 4 + t->legend[j].w;
    if (cx > DG_TL_PAD && cx + w > t->width - DG_TL_PAD) { cx = DG_TL_PAD; r++; }
    if (j == i) break;
    cx += w + KEY_SPACE;
  }
  *x = cx;
  *row = r;
}

double dg_tl_legend_height(dg_tl *t)
{
  double x, rows = -1;
  for (size_t i = 0; i < t->nlegend; i++)
    if (shown(t, i)) key_pos(t, i, &x, &rows);
  return (rows + 1) * row_h() + 4;
}

static int key_status(dg_tl *t, double x, double y, int status)
{
  Agnode_t *a = dg_tl_anchor(t, x, y), *b = dg_tl_anchor(t, x + KEY_SAMPLE, y);
  Agnode_t *d = dg_tl_dot(t, NULL, x + KEY_SAMPLE / 2, y, "#444444", "#444444", status == DG_STATUS_HELD, 0,
                          "legend");
  return a && b && d && dg_tl_line(t, a, b, status_style(status), "#444444", "1.6", "legend") ? 0 : DG_ENOMEM;
}

static int key_break(dg_tl *t, double x, double y)
{
  for (int i = 0; i < 2; i++) {
    double cx = x + KEY_SAMPLE / 2 + (i ? 2.5 : -2.5);
    Agnode_t *a = dg_tl_anchor(t, cx - 2.5, y + 4.5), *b = dg_tl_anchor(t, cx + 2.5, y - 4.5);
    if (!a || !b || !dg_tl_line(t, a, b, "solid", "#555555", "1.2", "legend")) return DG_ENOMEM;
  }
  return 0;
}

static int legend(dg_tl *t)
{
  for (size_t i = 0; i < t->nlegend; i++) {
    if (!shown(t, i)) continue;
    double x, row, y;
    key_pos(t, i, &x, &row);
    y = t->y_legend + row * row_h() + row_h() / 2;
    int k = t->legend_kind[i], rc;
    char name[48];
    if (k == DG_TL_KEY_BREAK) rc = key_break(t, x, y);
    else if (k == DG_TL_KEY_UNDATED) {
      Agnode_t *n = dg_tl_node(t, "legend-undated", x + KEY_SAMPLE / 2, y, "legend");
      rc = !n || dg_gv_set(n, "shape", "box") || dg_gv_set(n, "style", "filled") ||
           dg_gv_set(n, "fillcolor", "#d0d0d0") || dg_gv_set(n, "color", "#b0b0b0") || dg_gv_set(n, "label", "") ||
           dg_gv_set(n, "width", "0.2") || dg_gv_set(n, "height", "0.14") || dg_gv_set(n, "fixedsize", "true");
    } else rc = key_status(t, x, y, k);
    snprintf(name, sizeof name, "legend-%zu", i + 1);
    if (rc || !dg_tl_label(t, name, x + KEY_SAMPLE + 4, y - t->legend[i].h / 2, &t->legend[i], "#333333", "legend",
                           'l'))
      return DG_ENOMEM;
  }
  return 0;
}

static int text_at(dg_tl *t, const char *name, double x, double y, const dg_tl_text *tx, const char *colour)
{
  if (!tx->text || !tx->text[0]) return 0;
  return dg_tl_label(t, name, x, y, tx, colour, name, 'l') ? 0 : DG_ENOMEM;
}

static int axis_line(dg_tl *t, double x0, double x1)
{
  Agnode_t *a = dg_tl_anchor(t, x0, t->y_axis), *b = dg_tl_anchor(t, x1, t->y_axis);
  return a && b && dg_tl_line(t, a, b, "solid", "#666666", "0.8", "axis") ? 0 : DG_ENOMEM;
}

static int tick_label(dg_tl *t, const dg_tl_tick *k, const char *text, double y, int n)
{
  dg_tl_text tx = {(char *)text, DG_TL_FS_TEXT, 0, 0, DG_TL_FS_TEXT * DG_TL_LINE};
  char name[48];
  int year = text[0] >= '0' && text[0] <= '9';
  const dg_tl_text *measured = year ? &t->tick_year : NULL;
  if (!year)
    for (int m = 0; m < 12; m++)
      if (strcmp(dg_month_abbr(m + 1), text) == 0) measured = &t->tick_month[m];
  tx.w = measured ? measured->w : 0;
  snprintf(name, sizeof name, "tick-%ld%s", k->day, n ? "-year" : "");
  /* placed on a line of the nominal height; drawn from the measured one */
  Agnode_t *node = dg_tl_label(t, name, k->x, y, &tx, "#444444", "tick", 'c');
  return node && (!measured || !dg_gv_set_label_size(node, measured->w, measured->h)) ? 0 : DG_ENOMEM;
}

static int axis(dg_tl *t)
{
  for (size_t a = 0; a < t->ndated;) {
    size_t b = a;
    while (b + 1 < t->ndated && t->cols[b + 1].seg == t->cols[a].seg) b++;
    if (axis_line(t, t->cols[a].x - DG_TL_AXIS_EXT, t->cols[b].x + DG_TL_AXIS_EXT)) return DG_ENOMEM;
    a = b + 1;
  }
  for (size_t i = 0; i < t->nticks; i++) {
    const dg_tl_tick *k = &t->ticks[i];
    Agnode_t *a = dg_tl_anchor(t, k->x, t->y_axis), *b = dg_tl_anchor(t, k->x, t->y_axis + (k->major ? 5 : 3));
    if (!a || !b || !dg_tl_line(t, a, b, "solid", "#666666", "0.8", "axis")) return DG_ENOMEM;
    double y = t->y_axis + 6;
    if (k->label[0] && tick_label(t, k, k->label, y, 0)) return DG_ENOMEM;
    if (k->labelled) {
      char year[16];
      snprintf(year, sizeof year, "%d", k->year);
      if (tick_label(t, k, year, y + DG_TL_FS_TEXT * DG_TL_LINE, 1)) return DG_ENOMEM;
    }
  }
  for (size_t i = 0; i < t->nbreaks; i++) {
    for (int j = 0; j < 2; j++) {
      double cx = t->breaks[i] + (j ? 2.5 : -2.5);
      Agnode_t *a = dg_tl_anchor(t, cx - 2.5, t->y_axis + 4.5), *b = dg_tl_anchor(t, cx + 2.5, t->y_axis - 4.5);
      Agedge_t *e = a && b ? dg_tl_line(t, a, b, "solid", "#555555", "1.2", "break") : NULL;
      if (!e || dg_tl_set_tooltip(e, "time left out")) return DG_ENOMEM;
    }
  }
  return 0;
}

int dg_tl_frame(dg_tl *t)
{
  double y = DG_TL_PAD;
  if (text_at(t, "title", DG_TL_PAD, y, &t->title, "#111111")) return DG_ENOMEM;
  if (t->title.text && t->title.text[0]) y += t->title.h + 2;
  if (text_at(t, "subtitle", DG_TL_PAD, y, &t->subtitle, "#444444")) return DG_ENOMEM;
  if (axis(t) || legend(t)) return DG_ENOMEM;
  return text_at(t, "credit", DG_TL_PAD, t->y_credit, &t->credit, "#666666");
}
