/* Saved web pages: libxml2's HTML parser, the article's main text and its
 * metadata. Internal to text/. */
#ifndef DG_TEXT_HTML_H
#define DG_TEXT_HTML_H
#include <libxml/HTMLparser.h>
#include <stddef.h>

typedef struct {
  char *title;     /* og:title, JSON-LD headline, <h1>, <title> */
  char *published; /* YYYY-MM-DD from the metadata, or NULL */
  char *url;       /* <link rel=canonical>, og:url */
  char *site;      /* og:site_name, JSON-LD publisher, application-name */
} dg_html_meta;

/* 1 when the bytes look like an HTML page (a doctype or <html> first). */
int dg_html_sniff(const char *bytes, size_t n);
/* The article text (title first, then its paragraphs, a blank line between
 * them), UTF-8 whatever charset the page declares, and the metadata. *text
 * and the strings of *meta are the caller's (dg_free, dg_html_meta_free). */
int dg_html_read(char **text, size_t *len, dg_html_meta *meta, const char *bytes, size_t n);
void dg_html_meta_free(dg_html_meta *m);

/* html_meta.c */
int dg_html__meta(dg_html_meta *meta, htmlDocPtr doc);
/* The element that holds the article: the <article> with the most paragraph
 * text, else <main>, else the block with the most text in paragraphs. */
xmlNodePtr dg_html__main_block(htmlDocPtr doc);
/* 1 for elements that are never the article (nav, script, cookie banners). */
int dg_html__skipped(xmlNodePtr n);
/* Text length of the <p> elements under n (not inside skipped ones). */
size_t dg_html__para_text(xmlNodePtr n);

#endif
