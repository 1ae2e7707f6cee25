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

/* "Focus: from 2021-03 to 2021-06; with PER CHL" under the title. */
void dg_report__focus_line(dg_report *r)
{
  if (!r->out->focus) return;
  dg_buf_printf(&r->text, "Focus: %s. Meetings outside it, and the persons who attend only those, are left out.",
                r->out->focus);
  dg_report__start(r, "p", "focus");
  dg_report__flush(r);
  dg_report__end(r);
}

/* Under a meeting: its key (what a correction names it by) and, when it
 * was corrected, the notes. */
void dg_report__meeting_notes(dg_report *r, const dg_xmeeting *m)
{
  char key[DG_KEY_SIZE];
  if (m->corrected) {
    dg_buf_printf(&r->text, "Corrected: %s", m->corrected);
    dg_report__start(r, "p", "corrected");
    dg_report__flush(r);
    dg_report__end(r);
  }
  if (!m->ev.n) return;
  dg_evidence_key(key, sizeof key, &m->ev.v[0]);
  dg_report__start(r, "p", "key muted");
  dg_report__text(r, "Key for corrections: ");
  dg_report__elem(r, "code", NULL, key);
  dg_report__end(r);
}

/* Under a corrected person's name: "Corrected: NOTE", as under a meeting. */
void dg_report__person_note(dg_report *r, const dg_xperson *p)
{
  if (!p->corrected) return;
  dg_buf_printf(&r->text, "Corrected: %s", p->corrected);
  dg_report__start(r, "span", "note corrected");
  dg_report__flush(r);
  dg_report__end(r);
}

/* The corrections applied, each with its note; the corrected persons. */
void dg_report__corrections(dg_report *r)
{
  const dg_records *o = r->out;
  if (!o->corrections.n) return;
  dg_report__start(r, "section", "corrections");
  dg_report__id(r, "corrections", 1);
  dg_report__elem(r, "h2", NULL, "Corrections");
  dg_report__elem(r, "p", "muted",
                  "Corrections made by hand to what was read from the articles (--corrections), in the order "
                  "applied. Corrected meetings say so under their evidence, corrected persons under their name.");
  dg_report__start(r, "ol", "corrections");
  for (size_t i = 0; i < o->corrections.n; i++) dg_report__elem(r, "li", NULL, o->corrections.v[i]);
  dg_report__end(r);
  size_t np = 0;
  for (size_t i = 0; i < o->npersons; i++) np += o->persons[i].corrected != NULL;
  if (np) {
    dg_report__elem(r, "h3", NULL, "Corrected persons");
    dg_report__start(r, "ul", "corrected-persons");
    for (size_t i = 0; i < o->npersons; i++) {
      if (!o->persons[i].corrected) continue;
      dg_buf_printf(&r->text, "%s: %s", o->persons[i].name, o->persons[i].corrected);
      dg_report__start(r, "li", "corrected");
      dg_report__flush(r);
      dg_report__end(r);
    }
    dg_report__end(r);
  }
  dg_report__end(r);
}
