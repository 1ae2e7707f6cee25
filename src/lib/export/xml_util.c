/* Helpers of the XML writers: safe text, sticky errors, libxml2 kept quiet. */
#include "export/xml_util.h"
#include "util/alloc.h"
#include "util/error.h"
#include <libxml/parser.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------ clean text */

/* Length of the UTF-8 sequence at p (1 for an invalid byte) and, in *ok,
 * whether it is a character XML 1.0 allows. Strict decoding: overlong forms,
 * surrogates and code points above U+10FFFF are invalid. */
size_t dg_xml_char(const unsigned char *p, int *ok)
{
  unsigned c = p[0];
  *ok = 0;
  if (c < 0x80) { *ok = c >= 0x20 || c == '\t' || c == '\n' || c == '\r'; return 1; }
  if (c >= 0xC2 && c <= 0xDF) { *ok = (p[1] & 0xC0) == 0x80; return *ok ? 2 : 1; }
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    if (p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80) return 1;
    /* U+FFFE and U+FFFF are not XML characters: EF BF BE, EF BF BF */
    *ok = !(c == 0xEF && p[1] == 0xBF && p[2] >= 0xBE);
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    if (p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 1;
    *ok = 1;
    return 4;
  }
  return 1;
}

const char *dg_xml_clean(dg_buf *scratch, const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, n;
  int ok = 1;
  /* the common case, clean text, costs no copy */
  while (p[i] && (n = dg_xml_char(p + i, &ok), ok)) i += n;
  if (!p[i]) return s;
  scratch->len = 0;
  if (dg_buf_put(scratch, s, i) < 0) return NULL;
  while (p[i]) {
    n = dg_xml_char(p + i, &ok);
    if (dg_buf_put(scratch, ok ? s + i : "\xEF\xBF\xBD", ok ? n : 3) < 0) return NULL;
    i += n;
  }
  return scratch->ptr;
}

/* What an HTML5 parser also rejects in text (a parse error, where XML is
 * content): DEL and the C1 controls, noncharacters (U+FDD0..U+FDEF and the
 * last two code points of every plane), and CR, which the XML writer turns
 * into "&#13;", a control-character reference. A CR before LF is dropped,
 * another becomes LF; the others become U+FFFD. Call on dg_xml_clean's
 * result. */
int dg_html_rejects(const unsigned char *p, size_t n)
{
  unsigned c = p[0], cp = c;
  if (n == 2) cp = (c & 0x1Fu) << 6 | (p[1] & 0x3Fu);
  if (n == 3) cp = (c & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);
  if (n == 4) cp = (c & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3Fu);
  return (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFEu) == 0xFFFEu;
}

static const char *html_clean(dg_buf *out, const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  out->len = 0;
  while (p[i]) {
    unsigned c = p[i], n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    const char *put = s + i;
    size_t len = n;
    if (c == '\r') { put = "\n"; len = p[i + 1] == '\n' ? 0 : 1; }
    else if (dg_html_rejects(p + i, n)) {
      put = "\xEF\xBF\xBD";
      len = 3;
    }
    if (dg_buf_put(out, put, len) < 0) return NULL;
    i += n;
  }
  if (dg_buf_put(out, "", 1) < 0) return NULL;
  return out->ptr;
}

/* ----------------------------------------------------- numbers, labels */

void dg_export_number(char out[32], double v)
{
  if (!isfinite(v)) v = 0;
  snprintf(out, 32, "%.15g", v);
  /* a locale set by the program may make the decimal point a comma */
  for (char *c = out; *c; c++)
    if (*c == ',') *c = '.';
}

const char *dg_edge_label(dg_buf *b, const dg_vedge *e)
{
  const char *first = e->a[DG_EA_DATE] ? e->a[DG_EA_DATE] : e->a[DG_EA_FIRST_DATE];
  const char *last = e->a[DG_EA_DATE] ? NULL : e->a[DG_EA_LAST_DATE];
  const char *count = e->a[DG_EA_COUNT_MEETINGS];
  b->len = 0;
  dg_buf_puts(b, e->a[DG_EA_KIND] ? e->a[DG_EA_KIND] : "edge");
  if (first) dg_buf_printf(b, " %s", first);
  if (first && last && strcmp(first, last) != 0) dg_buf_printf(b, "/%s", last); /* ISO 8601 interval */
  if (count && strcmp(count, "1") != 0) dg_buf_printf(b, " (%s)", count);
  return b->failed ? NULL : b->ptr;
}

/* ------------------------------------------------------------ the writer */

/* libxml2 reports through a per-thread handler that prints by default: keep
 * the message for dg_error_set instead. */
static void on_error(void *ctx, xmlErrorPtr e)
{
  dg_xml *x = ctx;
  if (!e || !e->message) return;
  snprintf(x->err, sizeof x->err, "%s", e->message);
  size_t n = strlen(x->err);
  if (n && x->err[n - 1] == '\n') x->err[n - 1] = '\0';
}

/* Record the first failure of a libxml2 call (a negative return). */
static void check(dg_xml *x, int r, const char *what)
{
  if (r >= 0 || x->rc) return;
  x->rc = dg_error_set(DG_EDEP, "libxml2: %s failed%s%s", what, x->err[0] ? ": " : "", x->err);
}

/* libxml2's output callback: the bytes go to the sink; a failure is kept. */
static int to_sink(void *ctx, const char *buf, int len)
{
  dg_xml *x = ctx;
  if (x->rc) return -1;
  int rc = x->sink(x->sink_ctx, buf, (size_t)len);
  if (rc < 0) { x->rc = rc; return -1; }
  return len;
}

int dg_xml_open_to(dg_xml *x, dg_write_fn write, void *ctx)
{
  memset(x, 0, sizeof *x);
  xmlInitParser(); /* idempotent; libxml2 asks for it before first use */
  x->saved_handler = xmlStructuredError;
  x->saved_ctx = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(x, on_error);
  x->sink = write;
  x->sink_ctx = ctx;
  if (write) {
    xmlOutputBufferPtr ob = xmlOutputBufferCreateIO(to_sink, NULL, x, NULL);
    if (!ob || !(x->w = xmlNewTextWriter(ob))) { /* the writer owns ob once made */
      if (ob) xmlOutputBufferClose(ob);
      x->rc = dg_error_set(DG_ENOMEM, "out of memory (libxml2)");
      return x->rc;
    }
  } else if (!(x->mem = xmlBufferCreate()) || !(x->w = xmlNewTextWriterMemory(x->mem, 0))) {
    x->rc = dg_error_set(DG_ENOMEM, "out of memory (libxml2)");
    return x->rc;
  } else {
    /* libxml2 2.9 grows a memory buffer by what each write needs: a
     * reallocation (an mremap of the whole buffer) per write once it is
     * large, quadratic in the document (the report's diagram of 32,000
     * articles: 12,500 mremaps, 8 s in the kernel). Doubling is linear. */
    xmlBufferSetAllocationScheme(x->mem, XML_BUFFER_ALLOC_DOUBLEIT);
  }
  check(x, xmlTextWriterSetIndent(x->w, 1), "xmlTextWriterSetIndent");
  check(x, xmlTextWriterSetIndentString(x->w, BAD_CAST "  "), "xmlTextWriterSetIndentString");
  check(x, xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", NULL), "xmlTextWriterStartDocument");
  return x->rc;
}

int dg_xml_open(dg_xml *x) { return dg_xml_open_to(x, NULL, NULL); }

int dg_xml_close(dg_xml *x, dg_buf *out)
{
  if (x->w && !x->rc) {
    check(x, xmlTextWriterEndDocument(x->w), "xmlTextWriterEndDocument");
    check(x, xmlTextWriterFlush(x->w), "xmlTextWriterFlush");
  }
  if (x->w) xmlFreeTextWriter(x->w); /* flushes into x->mem or the sink */
  if (!x->rc && out && x->mem && dg_buf_put(out, (const char *)xmlBufferContent(x->mem), (size_t)xmlBufferLength(x->mem)) < 0)
    x->rc = DG_ENOMEM;
  if (x->mem) xmlBufferFree(x->mem);
  dg_buf_free(&x->scratch);
  dg_buf_free(&x->scratch_html);
  xmlSetStructuredErrorFunc(x->saved_ctx, x->saved_handler);
  int rc = x->rc;
  memset(x, 0, sizeof *x);
  return rc;
}

/* text made safe, or NULL with x->rc set */
static const xmlChar *safe(dg_xml *x, const char *s)
{
  const char *c = dg_xml_clean(&x->scratch, s);
  if (c && x->html) c = html_clean(&x->scratch_html, c);
  if (!c) x->rc = DG_ENOMEM;
  return (const xmlChar *)c;
}

void dg_xml_start(dg_xml *x, const char *name)
{
  if (!x->rc) check(x, xmlTextWriterStartElement(x->w, BAD_CAST name), "xmlTextWriterStartElement");
}

void dg_xml_end(dg_xml *x)
{
  if (!x->rc) check(x, xmlTextWriterEndElement(x->w), "xmlTextWriterEndElement");
}

void dg_xml_attr(dg_xml *x, const char *name, const char *value)
{
  const xmlChar *v;
  if (!x->rc && (v = safe(x, value)))
    check(x, xmlTextWriterWriteAttribute(x->w, BAD_CAST name, v), "xmlTextWriterWriteAttribute");
}

void dg_xml_attr_num(dg_xml *x, const char *name, double value)
{
  char b[32];
  dg_export_number(b, value);
  dg_xml_attr(x, name, b);
}

void dg_xml_text(dg_xml *x, const char *text)
{
  const xmlChar *v;
  if (!x->rc && (v = safe(x, text)))
    check(x, xmlTextWriterWriteString(x->w, v), "xmlTextWriterWriteString");
}
