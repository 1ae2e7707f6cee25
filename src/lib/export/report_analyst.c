/* The report's parts that come from the analyst's workflow: the source of
 * an article as a link to where it was found, the focus line, the marks on
 * corrected facts and the Corrections section. */
#include "export/report.h"
#include <string.h>

/* Only http(s) addresses become links; anything else is shown as text. */
static int web_url(const char *u)
{
  return u && (strncmp(u, "https://", 8) == 0 || strncmp(u, "http://", 7) == 0) && !strpbrk(u, " \t\r\n\"<>");
}

void dg_report__source_cell(dg_report *r, const dg_xdocument *d)
{
  dg_report__start(r, "td", NULL);
  const char *text = d->source ? d->source : d->url;
  if (web_url(d->url)) {
    dg_report__start(r, "a", NULL);
    dg_report__attr(r, "href", d->url);
    dg_report__attr(r, "rel", "noopener noreferrer");
    dg_report__attr(r, "title", d->url);
    dg_report__text(r, text);
    dg_report__end(r);
  } else if (text) {
    dg_report__text(r, text);
    if (d->source && d->url) { dg_report__text(r, " "); dg_report__elem(r, "span", "muted", d->url); }
  } else {
    dg_report__elem(r, "span", "muted", "—");
  }
  dg_report__end(r);
}
