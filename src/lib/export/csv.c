/* CSV tables of a view (RFC 4180), safe to open in a spreadsheet.
 *
 *   nodes: id, label, every dg_node_attrs name, r, g, b, size, start
 *   edges: id, source, target (node ids), every dg_edge_attrs name, weight, start
 *
 * A header row, then one row per node or edge in view order; CRLF line ends;
 * a field is quoted when it holds a comma, a double quote, CR or LF (quotes
 * doubled); an absent value is an empty field. Every row has the header's
 * column count. UTF-8 without a byte order mark (RFC 4180 and most tools
 * expect none; Excel users import with "65001: UTF-8").
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with '=',
 * '+', '-', '@', tab or CR would be run as a formula by Excel, LibreOffice or
 * Google Sheets; names and places come from untrusted articles, so such a
 * cell gets a leading single quote, which spreadsheets show as text. */
#include "export/writers.h"
#include "export/xml_util.h"
#include <stdio.h>
#include <string.h>

void dg_csv_cell(dg_buf *b, const char *s, int first)
{
  if (!first) dg_buf_putc(b, ',');
  if (!s) return;
  int quote = strpbrk(s, ",\"\r\n") != NULL;
  if (quote) dg_buf_putc(b, '"');
  if (s[0] && strchr("=+-@\t\r", s[0])) dg_buf_putc(b, '\'');
  while (*s) {
    size_t n = strcspn(s, "\"");
    dg_buf_put(b, s, n);
    s += n;
    if (*s) { dg_buf_put(b, "\"\"", 2); s++; } /* a quote doubled */
  }
  if (quote) dg_buf_putc(b, '"');
}

/* Numbers come from the view, not from articles: written as they are. */
static void number(dg_buf *b, double v)
{
  char num[32];
  dg_export_number(num, v);
  dg_buf_putc(b, ',');
  dg_buf_puts(b, num);
}

static void header(dg_buf *b, const char *const *lead, int nlead, const dg_attr_spec *spec, int n,
                   const char *const *tail, int ntail)
{
  for (int i = 0; i < nlead; i++) dg_csv_cell(b, lead[i], i == 0);
  for (int i = 0; i < n; i++) dg_csv_cell(b, spec[i].name, 0);
  for (int i = 0; i < ntail; i++) dg_csv_cell(b, tail[i], 0);
  dg_buf_puts(b, "\r\n");
}

/* dg_buf keeps its failure; the error was set when it happened. */
static int done(const dg_buf *b) { return b->failed ? DG_ENOMEM : 0; }

int dg_write_csv_nodes(dg_buf *out, const dg_view *v)
{
  static const char *const lead[] = {"id", "label"};
  static const char *const tail[] = {"r", "g", "b", "size", "start"};
  header(out, lead, 2, dg_node_attrs, DG_NA_COUNT, tail, 5);
  for (size_t i = 0; i < v->nnodes && !out->failed; i++) {
    const dg_vnode *n = &v->nodes[i];
    dg_csv_cell(out, n->id, 1);
    dg_csv_cell(out, n->label, 0);
    for (int a = 0; a < DG_NA_COUNT; a++) dg_csv_cell(out, n->a[a], 0);
    for (int c = 0; c < 3; c++) number(out, n->rgb[c]);
    number(out, n->size);
    dg_csv_cell(out, n->start, 0);
    dg_buf_puts(out, "\r\n");
  }
  return done(out);
}

int dg_write_csv_edges(dg_buf *out, const dg_view *v)
{
  static const char *const lead[] = {"id", "source", "target"};
  static const char *const tail[] = {"weight", "start"};
  header(out, lead, 3, dg_edge_attrs, DG_EA_COUNT, tail, 2);
  for (size_t i = 0; i < v->nedges && !out->failed; i++) {
    const dg_vedge *e = &v->edges[i];
    dg_csv_cell(out, e->id, 1);
    dg_csv_cell(out, v->nodes[e->source].id, 0);
    dg_csv_cell(out, v->nodes[e->target].id, 0);
    for (int a = 0; a < DG_EA_COUNT; a++) dg_csv_cell(out, e->a[a], 0);
    number(out, e->weight);
    dg_csv_cell(out, e->start, 0);
    dg_buf_puts(out, "\r\n");
  }
  return done(out);
}
