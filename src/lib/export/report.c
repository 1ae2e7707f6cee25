/* The HTML report: one self-contained HTML5 file (inline CSS, the escalation
 * diagram as inline SVG, no script, no external resource) for readers who
 * never run a command. The parts are written by report_*.c; this file holds
 * the page, its style sheet and the entry point. */
#include "export/report.h"
#include "export/writers.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

/* The style sheet: constant text of our own, free of '<', '>' and '&' so it
 * reads the same as HTML raw text and as XML. */
static const char css[] =
  "\n:root{color-scheme:light}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0;background:#eef0f3;color:#1c2230;"
  "font:15px/1.5 \"Liberation Sans\",\"Helvetica Neue\",Arial,\"DejaVu Sans\",sans-serif}\n"
  ".page{max-width:1180px;margin:0 auto;padding:36px 48px 56px;background:#fff}\n"
  "header{border-bottom:3px solid #1c2230;padding-bottom:14px}\n"
  "h1{font-size:28px;line-height:1.25;margin:0 0 6px}\n"
  "h2{font-size:20px;margin:40px 0 12px;padding-bottom:4px;border-bottom:1px solid #c9ced8}\n"
  "h3{font-size:16px;margin:22px 0 8px}\n"
  ".sub{color:#596173;margin:0}\n"
  "nav{margin:14px 0 0;font-size:14px}\n"
  "nav a{margin-right:18px}\n"
  "a{color:#1f4e9c;text-decoration:none}\n"
  "a:hover{text-decoration:underline}\n"
  "p.summary{font-size:16px;line-height:1.6;max-width:60em}\n"
  "table{width:100%;border-collapse:collapse;font-size:14px;margin:8px 0}\n"
  "th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e1e4ea}\n"
  "thead th{background:#eef1f6;border-bottom:2px solid #c9ced8;font-weight:bold;white-space:nowrap}\n"
  "table.meetings th.c-num{width:44px}\n"
  "table.meetings th.c-date{width:150px}\n"
  "table.meetings th.c-place{width:96px}\n"
  "table.meetings th.c-level{width:170px}\n"
  "table.meetings th.c-format{width:64px}\n"
  "table.meetings th.c-status{width:86px}\n"
  "table.meetings th.c-mode{width:84px}\n"
  "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
  "td.nowrap{white-space:nowrap}\n"
  "td.wrap{overflow-wrap:break-word}\n"
  ".note{display:block;color:#6b7385;font-size:12px}\n"
  ".muted{color:#6b7385}\n"
  ".corrected{color:#8a5200}\n"
  ".badge{display:inline-block;padding:0 7px;border-radius:3px;font-size:12px;font-weight:bold;"
  "border:1px solid transparent;white-space:nowrap}\n"
  ".status-held{background:#e2f3e6;color:#1b6a31}\n"
  ".status-planned{background:#e4ecfa;color:#1f4e9c}\n"
  ".status-proposed{background:#fcefd9;color:#8a5200}\n"
  ".status-cancelled{background:#f9e0dd;color:#a0281b;text-decoration:line-through}\n"
  ".party{margin:0 0 3px}\n"
  ".party b{font-weight:bold}\n"
  "tbody.meeting{border-top:2px solid #c9ced8}\n"
  "tbody.meeting td{border-bottom:none}\n"
  "tr.evidence td{padding-top:0;padding-bottom:10px}\n"
  "details summary{cursor:pointer;color:#3b475f;font-size:13px;margin:2px 0}\n"
  "ol.quotes{margin:4px 0 0;padding-left:26px;font-size:13.5px}\n"
  "ol.quotes li{margin:0 0 6px}\n"
  "ol.quotes q{font-style:italic}\n"
  "cite{display:block;font-style:normal;font-size:12px;color:#596173}\n"
  "figure{margin:8px 0 0;padding:12px;border:1px solid #e1e4ea}\n"
  "figure .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}\n"
  ".swatch{display:inline-block;width:10px;height:10px;margin-right:6px;border-radius:2px;"
  "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
  "figure svg{display:block;max-width:none}\n"
  "figure svg text{font-family:\"DejaVu Sans\",\"Liberation Sans\",Arial,sans-serif}\n"
  "figcaption{font-size:13px;color:#596173;margin-top:8px}\n"
  "ul.plain{padding-left:20px}\n"
  "ul.plain li{margin:0 0 6px}\n"
  "footer{margin-top:44px;padding-top:10px;border-top:1px solid #c9ced8;font-size:12px;color:#6b7385}\n"
  ;

/* Phones and print (a second constant: C99 promises 4095-byte literals). */
static const char css_media[] =
  "@media (max-width:700px){\n"
  "  body{font-size:14px}\n"
  "  .page{padding:16px 12px 32px}\n"
  "  h1{font-size:22px}\n"
  "  table{display:block;overflow-x:auto;font-size:13px}\n"
  "  table.meetings th[class^=c-]{width:auto}\n"
  "  th,td{padding:5px 6px}\n"
  "  figure{padding:6px;margin-left:-6px;margin-right:-6px}\n"
  "}\n"
  "@media print{\n"
  "  @page diagram{size:A4 landscape;margin:12mm}\n"
  "  section.diagram{page:diagram;break-before:page;page-break-before:always}\n"
  "  figure .scroll{overflow:visible}\n"
  "  figure svg{max-width:100%;height:auto}\n"
  "  @page{size:A4;margin:14mm 12mm}\n"
  "  body{background:none;font-size:10pt}\n"
  "  h1{font-size:19pt}\n"
  "  h2{font-size:14pt;margin-top:18pt}\n"
  "  p.summary{font-size:10.5pt}\n"
  "  table{font-size:8.5pt}\n"
  "  th,td{padding:3pt 4pt}\n"
  "  ol.quotes{font-size:8.5pt}\n"
  "  cite,.note{font-size:7.5pt}\n"
  "  table.meetings th.c-num{width:8mm}\n"
  "  table.meetings th.c-date{width:24mm}\n"
  "  table.meetings th.c-place{width:17mm}\n"
  "  table.meetings th.c-level{width:24mm}\n"
  "  table.meetings th.c-format{width:12mm}\n"
  "  table.meetings th.c-status{width:15mm}\n"
  "  table.meetings th.c-mode{width:15mm}\n"
  "  .page{max-width:none;margin:0;padding:0}\n"
  "  nav{display:none}\n"
  "  a{color:inherit}\n"
  "  thead th,.badge{background:none}\n"
  "  .badge{border-color:#777;color:#000}\n"
  "  thead{display:table-header-group}\n"
  "  tr,li,tbody.meeting,figure{break-inside:avoid;page-break-inside:avoid}\n"
  "  h2,h3{break-after:avoid;page-break-after:avoid}\n"
  "  section.meetings,section.sources{break-before:page;page-break-before:always}\n"
  "  figure{border:none;padding:0}\n"

  "  details summary{list-style:none}\n"
  "}\n";

/* Phones: each table row becomes a block of "Label: value" lines (the
 * labels are the th's, written into each td as data-label), so that no
 * table is wider than the screen. Screen only: print keeps the tables. */
static const char css_narrow[] =
  "@media screen and (max-width:600px){\n"
  "  table,table tbody,table tr,table td{display:block;width:auto}\n"
  "  table{overflow:visible}\n"
  "  table thead{display:none}\n"
  "  table tr{padding:6px 0;border-bottom:1px solid #e1e4ea}\n"
  "  table tbody.meeting{border-top:2px solid #c9ced8}\n"
  "  table td,table td.num,table td.nowrap{border:none;padding:1px 0;text-align:left;white-space:normal;overflow-wrap:anywhere}\n"
  "  table td[data-label]::before{content:attr(data-label) \": \";font-weight:bold;color:#596173}\n"
  "  table tr.evidence td::before{content:none}\n"
  "  table tr.evidence{border-bottom:none}\n"
  "  table .note{display:inline;margin-left:6px}\n"
  "}\n";

/* The title: the countries in order of first appearance. */
static void title_text(dg_report *r)
{
  size_t n = r->a->ncountries, shown = 0;
  char (*codes)[4] = n ? dg_calloc(n, sizeof *codes) : NULL;
  size_t *idx = n ? dg_malloc(n * sizeof *idx) : NULL;
  if (n && (!codes || !idx)) { dg_report__fail(r, DG_ENOMEM, NULL); n = 0; }
  if (n) shown = dg_report__countries_by_first(r, idx);
  for (size_t i = 0; i < shown; i++) memcpy(codes[i], r->a->actors[idx[i]].iso3, 4);
  if (!shown) dg_buf_puts(&r->text, "Diplomatic meetings: no countries found");
  else if (shown > 6) dg_buf_printf(&r->text, "Diplomatic meetings of %zu countries", shown);
  else {
    dg_buf_puts(&r->text, "Diplomatic meetings of ");
    dg_report__put_names(r, (const char (*)[4])codes, shown);
  }
  dg_free(codes);
  dg_free(idx);
}

static void head(dg_report *r)
{
  dg_report__start(r, "head", NULL);
  dg_report__start(r, "meta", NULL);
  dg_report__attr(r, "charset", "utf-8");
  dg_report__end_void(r);
  dg_report__start(r, "meta", NULL);
  dg_report__attr(r, "name", "viewport");
  dg_report__attr(r, "content", "width=device-width, initial-scale=1");
  dg_report__end_void(r);
  dg_report__start(r, "meta", NULL);
  dg_report__attr(r, "name", "generator");
  dg_buf_printf(&r->text, "diplograph %s", dg_version());
  dg_report__attr(r, "content", r->text.failed ? "diplograph" : r->text.ptr);
  r->text.len = 0;
  dg_report__end_void(r);
  dg_report__start(r, "title", NULL);
  title_text(r);
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__start(r, "style", NULL);
  dg_report__raw(r, css);
  dg_report__raw(r, css_media);
  dg_report__raw(r, css_narrow);
  dg_report__end(r);
  dg_report__end(r);
}

static void masthead(dg_report *r)
{
  static const char *const toc[][2] = {{"summary", "Summary"}, {"diagram", "Escalation diagram"},
                                       {"meetings", "Meetings"}, {"persons", "Persons"},
                                       {"countries", "Countries"}, {"disagreements", "Disagreements"},
                                       {"sources", "Sources"}};
  char num[16];
  size_t nd = r->out->ndocs;
  dg_report__start(r, "header", NULL);
  dg_report__start(r, "h1", NULL);
  title_text(r);
  dg_report__flush(r);
  dg_report__end(r);
  dg_buf_printf(&r->text, "Escalation report compiled from %s news %s by diplograph %s.",
                dg_report__number(num, sizeof num, nd), nd == 1 ? "article" : "articles", dg_version());
  dg_report__start(r, "p", "sub");
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__focus_line(r);
  dg_report__start(r, "nav", NULL);
  for (size_t i = 0; i < sizeof toc / sizeof toc[0]; i++) {
    dg_report__link_start(r, toc[i][0], 1);
    dg_report__text(r, toc[i][1]);
    dg_report__end(r);
  }
  dg_report__end(r);
  dg_report__end(r);
}

static void footer(dg_report *r)
{
  dg_report__start(r, "footer", NULL);
  dg_buf_printf(&r->text,
                "Generated by diplograph %s. The meetings, persons and dates above were extracted "
                "automatically from the articles listed under Sources; every meeting cites the "
                "sentences it was read from, so that each can be checked against its article.",
                dg_version());
  dg_report__start(r, "p", NULL);
  dg_report__flush(r);
  dg_report__end(r);
  dg_report__end(r);
}

static void page(dg_report *r)
{
  if (!r->x.rc && xmlTextWriterWriteDTD(r->x.w, BAD_CAST "html", NULL, NULL, NULL) < 0)
    dg_report__fail(r, DG_EDEP, "libxml2: xmlTextWriterWriteDTD failed");
  dg_report__start(r, "html", NULL);
  dg_report__attr(r, "lang", "en");
  head(r);
  dg_report__start(r, "body", NULL);
  dg_report__start(r, "div", "page");
  masthead(r);
  dg_report__start(r, "main", NULL);
  dg_report__summary(r);
  dg_report__diagram(r);
  dg_report__meetings(r);
  dg_report__persons(r);
  dg_report__countries(r);
  dg_report__conflicts(r);
  dg_report__corrections(r);
  dg_report__sources(r);
  dg_report__end(r);
  footer(r);
  dg_report__end(r);
  dg_report__end(r);
  dg_report__end(r);
}

/* The report streams to its sink as libxml2 fills its buffer (a document
 * of 1,000 meetings is 6 MB: built in memory, it was copied three times).
 * HTML has no XML declaration: libxml2 writes one first, always in its first
 * chunk, and it is dropped on the way ("<?xml ... ?>" and its line end). */
typedef struct {
  dg_write_fn write;
  void *ctx;
  int state; /* 0: at the start, 1: after "?>", 2: passing through */
} prolog_skip;

static int skip_prolog(void *ctx, const char *data, size_t len)
{
  prolog_skip *p = ctx;
  if (p->state == 0) {
    p->state = 2;
    if (len >= 5 && strncmp(data, "<?xml", 5) == 0) {
      const char *e = NULL;
      for (size_t i = 0; i + 1 < len && !e; i++)
        if (data[i] == '?' && data[i + 1] == '>') e = data + i;
      if (e) {
        len -= (size_t)(e + 2 - data);
        data = e + 2;
        p->state = 1;
      }
    }
  }
  if (p->state == 1 && len) {
    if (data[0] == '\n') data++, len--;
    p->state = 2;
  }
  return len ? p->write(p->ctx, data, len) : 0;
}

int dg_write_report_to(dg_write_fn write, void *ctx, const dg_graph *g, const char *prefix)
{
  if (!g) return dg_error_set(DG_EARG, "no graph for the report");
  if (!dg_merged_records(g)) return dg_error_set(DG_EARG, "the graph is not built");
  dg_report r;
  memset(&r, 0, sizeof r);
  r.g = g;
  r.out = dg_merged_records(g);
  r.prefix = prefix && prefix[0] ? prefix : "dg";
  dg_analysis *an = NULL;
  int rc = dg_analyse(&an, g);
  if (rc < 0) return rc;
  r.a = an;
  prolog_skip skip = {write, ctx, 0};
  if (dg_xml_open_to(&r.x, skip_prolog, &skip) == 0) r.x.html = 1;
  if (!r.x.rc && dg_report__sort_meetings(&r) == 0 && dg_report__index(&r) == 0) page(&r);
  rc = dg_xml_close(&r.x, NULL);
  dg_buf_free(&r.text);
  dg_free(r.order);
  dg_report__index_free(&r);
  dg_analysis_free(an);
  return rc;
}

static int to_buf(void *ctx, const char *data, size_t len)
{
  return dg_buf_put((dg_buf *)ctx, data, len) < 0 ? DG_ENOMEM : 0;
}

int dg_write_report(dg_buf *out, const dg_graph *g, const char *prefix)
{
  if (!out) return dg_error_set(DG_EARG, "no buffer for the report");
  return dg_write_report_to(to_buf, out, g, prefix);
}
