/* Saved web pages as articles: libxml2's HTML parser (the charset the page
 * declares), the text of the element that holds the article, without
 * navigation, scripts, asides, banners and link lists; a blank line between
 * blocks, so that the sentence splitter sees paragraphs. */
#include "text/html.h"
#include "text/document.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <string.h>

int dg_html_sniff(const char *bytes, size_t n)
{
  size_t i = n >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (i < n && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) i++;
  while (i + 4 < n && strncmp(bytes + i, "<!--", 4) == 0) { /* a comment first */
    const char *e = strstr(bytes + i, "-->");
    if (!e || (size_t)(e - bytes) >= n) return 0;
    i = (size_t)(e - bytes) + 3;
    while (i < n && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n')) i++;
  }
  static const char *const starts[] = {"<!doctype html", "<html"};
  for (size_t k = 0; k < 2; k++) {
    size_t len = strlen(starts[k]), j = 0;
    while (j < len && i + j < n && (bytes[i + j] | 0x20) == (starts[k][j] | (starts[k][j] >= 'a' ? 0x20 : 0))) j++;
    if (j == len) return 1;
  }
  return 0;
}

static int named(xmlNodePtr n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && n->name && xmlStrcasecmp(n->name, BAD_CAST name) == 0;
}

static int is_block(xmlNodePtr n)
{
  static const char *const blocks[] = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
                                       "blockquote", "section", "article", "main", "tr", "table", "dd", "dt",
                                       "dl", "pre", "hr", "address"};
  for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++)
    if (named(n, blocks[i])) return 1;
  return 0;
}

/* A list whose text is mostly links: "related stories", "more on this". */
static size_t link_text(xmlNodePtr n)
{
  size_t t = 0;
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (named(c, "a")) {
      xmlChar *s = xmlNodeGetContent(c);
      t += s ? (size_t)xmlStrlen(s) : 0;
      xmlFree(s);
    } else if (c->type == XML_ELEMENT_NODE) {
      t += link_text(c);
    }
  }
  return t;
}

static int link_list(xmlNodePtr n)
{
  if (!named(n, "ul") && !named(n, "ol")) return 0;
  xmlChar *s = xmlNodeGetContent(n);
  size_t all = 0;
  for (const xmlChar *p = s; p && *p; p++) all += *p > ' ';
  xmlFree(s);
  return all > 0 && link_text(n) * 10 >= all * 7;
}

typedef struct {
  const char *title; /* the page's title, written first: an <h1> repeating it is left out */
  dg_buf b;
  int space;  /* a space is due before the next word */
  int breaks; /* line breaks due before the next word: 1 or 2 */
} out;

static void put_text(out *o, const char *s)
{
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') { o->space = 1; continue; }
    if (o->b.len && o->breaks) dg_buf_puts(&o->b, o->breaks > 1 ? "\n\n" : "\n");
    else if (o->b.len && o->space) dg_buf_putc(&o->b, ' ');
    o->breaks = o->space = 0;
    /* a no-break space (C2 A0) is a space */
    if (c == 0xC2 && (unsigned char)s[1] == 0xA0) { o->space = 1; s++; continue; }
    dg_buf_putc(&o->b, (char)c);
  }
}

static void text_of(out *o, xmlNodePtr n, int depth)
{
  for (xmlNodePtr c = n->children; c && depth < 200; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) put_text(o, (const char *)c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || dg_html__skipped(c) || link_list(c)) continue;
    if (named(c, "br")) { if (o->breaks < 1) o->breaks = 1; continue; }
    if (named(c, "h1") && o->title) {
      xmlChar *h = xmlNodeGetContent(c);
      int same = h && xmlStrstr(BAD_CAST o->title, h) != NULL;
      xmlFree(h);
      if (same) continue;
    }
    int block = is_block(c);
    if (block) o->breaks = 2;
    text_of(o, c, depth + 1);
    if (block) o->breaks = 2;
  }
}

/* The charset: the page's own declaration; else UTF-8 when the bytes are
 * UTF-8 (libxml2 would otherwise guess Latin-1). */
static const char *charset(const char *bytes, size_t n)
{
  size_t head = n < 4096 ? n : 4096;
  for (size_t i = 0; i + 7 <= head; i++)
    if (strncmp(bytes + i, "charset", 7) == 0 || strncmp(bytes + i, "CHARSET", 7) == 0) return NULL;
  return dg_utf8_check(bytes, n) == 0 ? "UTF-8" : NULL;
}

void dg_html_meta_free(dg_html_meta *m)
{
  dg_free(m->title); dg_free(m->published); dg_free(m->url); dg_free(m->site);
  memset(m, 0, sizeof *m);
}

int dg_html_read(char **text, size_t *len, dg_html_meta *meta, const char *bytes, size_t n)
{
  *text = NULL;
  memset(meta, 0, sizeof *meta);
  if (n > (size_t)0x7fffffff) return dg_error_set(DG_ELIMIT, "web page too large");
  const char *cs = charset(bytes, n);
  dg_error_clear();
  htmlDocPtr doc = htmlReadMemory(bytes, (int)n, NULL, cs,
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc) return dg_error_set(DG_EINPUT, "not a readable web page (libxml2's HTML parser gave up)");
  out o = {NULL, DG_BUF_INIT, 0, 0};
  dg_html__meta(meta, doc);
  o.title = meta->title;
  if (meta->title) { put_text(&o, meta->title); o.breaks = 2; }
  xmlNodePtr main = dg_html__main_block(doc);
  if (main) text_of(&o, main, 0);
  xmlFreeDoc(doc);
  if (o.b.failed) { dg_buf_free(&o.b); dg_html_meta_free(meta); return DG_ENOMEM; }
  dg_buf_putc(&o.b, '\n');
  *text = dg_buf_detach(&o.b, len);
  if (!*text) { dg_html_meta_free(meta); return DG_ENOMEM; }
  return 0;
}
