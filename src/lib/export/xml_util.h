/* Shared by the XML writers (graphml.c, gexf.c) and csv.c: a thin layer over
 * libxml2's xmlTextWriter that
 *  - makes text safe for XML 1.0 before libxml2 sees it (libxml2 escapes
 *    markup, but writes C0 controls as character references that XML 1.0
 *    forbids, and passes invalid UTF-8 through),
 *  - keeps the first failure (sticky, like dg_buf), so a writer is straight-
 *    line code that checks once at the end; every xmlTextWriter return value
 *    is still checked, by the helpers,
 *  - routes libxml2's error messages into dg_error_set instead of stderr
 *    (the library never prints). Internal to export/. */
#ifndef DG_EXPORT_XML_UTIL_H
#define DG_EXPORT_XML_UTIL_H
#include "graph/view.h"
#include "util/buf.h"
#include <libxml/xmlwriter.h>

typedef struct {
  xmlBufferPtr mem;
  xmlTextWriterPtr w;
  dg_buf scratch;    /* the cleaned copy of the current string */
  dg_buf scratch_html; /* and its HTML5-safe copy */
  int rc;            /* 0, or the first failure (DG_EDEP, DG_ENOMEM) */
  char err[200];     /* libxml2's last message, for dg_error_set */
  xmlStructuredErrorFunc saved_handler;
  void *saved_ctx;
  int html;          /* set after dg_xml_open: text is also made HTML5-safe (dg_xml_clean) */
  dg_write_fn sink;  /* dg_xml_open_to: where the document streams */
  void *sink_ctx;
} dg_xml;

/* Start an indented UTF-8 document in memory. Returns 0 or a negative code;
 * x must be closed with dg_xml_close either way. */
int dg_xml_open(dg_xml *x);
/* The same, streamed to write as libxml2 fills its buffer (close with
 * dg_xml_close(x, NULL)). */
int dg_xml_open_to(dg_xml *x, dg_write_fn write, void *ctx);
/* End the document and append it to out; frees x. Returns 0 or the first
 * failure (with dg_error_set done). */
int dg_xml_close(dg_xml *x, dg_buf *out);

/* Each does nothing once x->rc is set. */
void dg_xml_start(dg_xml *x, const char *name);
void dg_xml_end(dg_xml *x);
void dg_xml_attr(dg_xml *x, const char *name, const char *value);
void dg_xml_attr_num(dg_xml *x, const char *name, double value);
void dg_xml_text(dg_xml *x, const char *text);

/* s with every character XML 1.0 forbids (C0 controls other than tab, LF,
 * CR; U+FFFE, U+FFFF) and every invalid UTF-8 byte replaced by U+FFFD. The
 * result is s itself when nothing needed replacing, else scratch's text
 * (valid until the next call with the same scratch); NULL when out of memory. */
const char *dg_xml_clean(dg_buf *scratch, const char *s);
/* The length of the UTF-8 sequence at p (1 for an invalid byte; p is read
 * up to its NUL) and, in *ok, whether it is a character XML 1.0 allows.
 * Strict decoding: overlong forms, surrogates and code points above
 * U+10FFFF are invalid. */
size_t dg_xml_char(const unsigned char *p, int *ok);
/* Whether the valid n-byte sequence at p is a character an HTML5 parser
 * rejects in text: DEL, the C1 controls, noncharacters (U+FDD0..U+FDEF and
 * the last two code points of every plane). */
int dg_html_rejects(const unsigned char *p, size_t n);

/* A number as text whatever the C locale ("14", "0.5"); non-finite as "0". */
void dg_export_number(char out[32], double v);
/* The label an edge shows: its kind, then its date or dates when it has any,
 * then the number of meetings when more than one ("met 2020-06-02 (3)").
 * Written into b (cleared first); returns b->ptr or NULL (out of memory). */
const char *dg_edge_label(dg_buf *b, const dg_vedge *e);

#endif
