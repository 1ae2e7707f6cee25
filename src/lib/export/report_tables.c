/* The report's other tables: persons, countries, disagreements between
 * articles, and the sources (the articles themselves). */
#include "export/report.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void header_row(dg_report *r, const char *const *head, size_t n, unsigned numeric)
{
  dg_report__start(r, "thead", NULL);
  dg_report__start(r, "tr", NULL);
  for (size_t i = 0; i < n; i++) dg_report__elem(r, "th", numeric & (1u << i) ? "num" : NULL, head[i]);
  dg_report__end(r);
  dg_report__end(r);
}

/* r->text as a cell; "—" when empty. */
static void cell(dg_report *r, const char *cls)
{
  dg_report__start(r, "td", cls);
  if (r->text.len) dg_report__flush(r);
  else dg_report__elem(r, "span", "muted", "—");
  dg_report__end(r);
}

static void date_cell(dg_report *r, const char *iso)
{
  char words[48];
  dg_report__date_words(words, sizeof words, iso);
  dg_buf_puts(&r->text, words);
  cell(r, "nowrap");
}

/* ---------------------------------------------------------------- persons */

static int by_country_name(const void *x, const void *y, void *ctx)
{
  const dg_report *r = ctx;
  const dg_xperson *p = &r->out->persons[*(const size_t *)x], *q = &r->out->persons[*(const size_t *)y];
  if (!p->iso3[0] != !q->iso3[0]) return p->iso3[0] ? -1 : 1;
  int c = strcmp(dg_report__country(r, p->iso3), dg_report__country(r, q->iso3));
  if (!c) c = strcmp(p->name ? p->name : "", q->name ? q->name : "");
  return c ? c : (*(const size_t *)x > *(const size_t *)y) - (*(const size_t *)x < *(const size_t *)y);
}

/* How many meetings a person (or a country) takes part in, with links: "3
 * (M2, M6, M8)". A person's come from the index; a country's from a scan (a
 * few hundred countries at most). */
static void meeting_links(dg_report *r, int person, const char *iso3)
{
  size_t n = 0, shown = 0;
  const size_t *mine = iso3 ? NULL : dg_report__person_meetings(r, (size_t)person, &n);
  for (size_t k = 0; iso3 && k < r->out->nmeetings; k++) n += dg_meeting_has_country(&r->out->meetings[k], iso3) != 0;
  dg_report__start(r, "td", NULL);
  dg_buf_printf(&r->text, "%zu", n);
  if (n) dg_buf_puts(&r->text, " (");
  for (size_t k = 0; k < (iso3 ? r->out->nmeetings : n); k++) {
    if (iso3 && !dg_meeting_has_country(&r->out->meetings[r->order[k]], iso3)) continue;
    dg_buf_puts(&r->text, shown++ ? ", " : "");
    dg_report__meeting_ref(r, iso3 ? k + 1 : mine[k]);
  }
  if (n) dg_buf_puts(&r->text, ")");
  dg_report__flush(r);
  dg_report__end(r);
}

static void person_row(dg_report *r, size_t i)
{
  const dg_xperson *p = &r->out->persons[i];
  const dg_actor_stat *s = dg_report__actor(r, p->id);
  dg_report__start(r, "tr", NULL);
  dg_report__id(r, "person", i + 1);
  dg_report__start(r, "td", NULL);
  dg_report__elem(r, "b", NULL, p->name ? p->name : "?");
  dg_report__person_note(r, p);
  dg_report__end(r);
  for (size_t k = 0; k < p->aliases.n; k++) dg_buf_printf(&r->text, "%s%s", k ? "; " : "", p->aliases.v[k]);
  cell(r, NULL);
  if (p->iso3[0]) dg_buf_puts(&r->text, dg_report__country(r, p->iso3));
  cell(r, NULL);
  if (p->role) dg_buf_puts(&r->text, p->role);
  cell(r, NULL);
  meeting_links(r, (int)i, NULL);
  date_cell(r, s ? s->first_seen : "");
  dg_report__end(r);
}

void dg_report__persons(dg_report *r)
{
  static const char *const head[] = {"Name", "Also written", "Country", "Role", "Meetings", "First appearance"};
  size_t n = r->out->npersons;
  dg_report__start(r, "section", "persons");
  dg_report__id(r, "persons", 1);
  dg_report__elem(r, "h2", NULL, "Persons");
  dg_report__elem(r, "p", "muted",
                  "State officials named in the articles, by country. First appearance: the date of the first dated "
                  "meeting the person takes part in.");
  size_t *idx = n ? dg_malloc(n * sizeof *idx) : NULL;
  if (n && !idx) dg_report__fail(r, DG_ENOMEM, NULL);
  if (!n || !idx) dg_report__elem(r, "p", NULL, "No official was named.");
  if (idx) {
    for (size_t i = 0; i < n; i++) idx[i] = i;
    dg_sort(idx, n, sizeof *idx, by_country_name, r);
    dg_report__start(r, "table", "persons");
    header_row(r, head, sizeof head / sizeof head[0], 0);
    dg_report__start(r, "tbody", NULL);
    for (size_t i = 0; i < n; i++) person_row(r, idx[i]);
    dg_report__end(r);
    dg_report__end(r);
  }
  dg_free(idx);
  dg_report__end(r);
}

/* -------------------------------------------------------------- countries */

static void country_row(dg_report *r, const dg_actor_stat *s, size_t n)
{
  char num[32];
  size_t officials = 0;
  for (size_t i = 0; i < r->out->npersons; i++) officials += strcmp(r->out->persons[i].iso3, s->iso3) == 0;
  dg_report__start(r, "tr", NULL);
  dg_report__id(r, "country", n);
  dg_report__start(r, "td", NULL);
  /* the country's colour in the diagram, as a swatch */
  unsigned char rgb[3];
  char style[48];
  dg_country_colour(r->g, s->iso3, rgb);
  snprintf(style, sizeof style, "background:#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
  dg_report__start(r, "span", "swatch");
  dg_report__attr(r, "style", style);
  dg_report__attr(r, "aria-hidden", "true");
  dg_report__end(r);
  dg_report__elem(r, "b", NULL, dg_report__country(r, s->iso3));
  dg_report__end(r);
  dg_buf_puts(&r->text, s->iso3);
  cell(r, NULL);
  date_cell(r, s->first_seen);
  meeting_links(r, -1, s->iso3);
  dg_buf_printf(&r->text, "%zu", officials);
  cell(r, "num");
  dg_buf_printf(&r->text, "%ld", s->degree);
  cell(r, "num");
  dg_format_betweenness(num, sizeof num, s->betweenness);
  dg_buf_puts(&r->text, num);
  cell(r, "num");
  dg_report__end(r);
}

void dg_report__countries(dg_report *r)
{
  static const char *const head[] = {"Country", "Code", "First appearance", "Meetings", "Officials",
                                     "Degree", "Betweenness"};
  size_t n = r->a->nactors;
  dg_report__start(r, "section", "countries");
  dg_report__id(r, "countries", 1);
  dg_report__elem(r, "h2", NULL, "Countries");
  dg_report__elem(r, "p", "muted",
                  "In order of first appearance. Degree: meetings shared with other participants, counted once per "
                  "meeting and partner; betweenness: how often the country lies on the shortest path between two "
                  "others in the network of who met whom.");
  size_t *idx = n ? dg_malloc(n * sizeof *idx) : NULL;
  if (n && !idx) dg_report__fail(r, DG_ENOMEM, NULL);
  size_t nc = idx ? dg_report__countries_by_first(r, idx) : 0;
  if (!nc) dg_report__elem(r, "p", NULL, "No country takes part in a meeting.");
  if (nc) {
    dg_report__start(r, "table", "countries");
    header_row(r, head, sizeof head / sizeof head[0], 0x70);
    dg_report__start(r, "tbody", NULL);
    for (size_t i = 0; i < nc; i++) country_row(r, &r->a->actors[idx[i]], i + 1);
    dg_report__end(r);
    dg_report__end(r);
  }
  dg_free(idx);
  dg_report__end(r);
}

/* ---------------------------------------------------------- disagreements */

static const char *how_words(dg_reference_how how)
{
  const dg_term *t = dg_vocab_term(&dg_reference_how_vocab, how);
  return t ? t->label : "unknown";
}

/* Articles whose relative dates ("on Wednesday") rest on a guessed reference. */
static size_t date_notes(dg_report *r)
{
  size_t n = 0;
  for (size_t i = 0; i < r->out->ndocs; i++) {
    const dg_xdocument *d = &r->out->docs[i];
    if (d->reference_how == DG_REF_PUBLISHED || d->reference_how == DG_REF_OPTION) continue;
    dg_report__start(r, "li", NULL);
    dg_report__text(r, "Article ");
    dg_report__link_start(r, "source", i + 1);
    dg_report__text(r, d->id ? d->id : "?");
    dg_report__end(r);
    if (d->reference_how == DG_REF_NONE)
      dg_buf_puts(&r->text, " has no publication date and no dateline: its relative and year-less dates "
                  "(\"on Wednesday\", \"last month\", \"in August\") are left without a date; give its date "
                  "with --date or in a manifest");
    else
      dg_buf_printf(&r->text, " has no publication date; its relative dates (\"on Wednesday\", \"last month\") "
                    "were resolved against %s", how_words(d->reference_how));
    if (d->reference_date[0]) {
      char w[48];
      dg_report__date_words(w, sizeof w, d->reference_date);
      dg_buf_printf(&r->text, " (%s)", w);
    }
    dg_buf_puts(&r->text, ".");
    dg_report__flush(r);
    dg_report__end(r);
    n++;
  }
  return n;
}

void dg_report__conflicts(dg_report *r)
{
  size_t n = 0;
  dg_report__start(r, "section", "disagreements");
  dg_report__id(r, "disagreements", 1);
  dg_report__elem(r, "h2", NULL, "Disagreements between articles");
  dg_report__start(r, "ul", "plain");
  for (size_t k = 0; k < r->out->nmeetings; k++) {
    const dg_xmeeting *m = &r->out->meetings[r->order[k]];
    if (!m->conflicts) continue;
    dg_report__start(r, "li", NULL);
    dg_report__meeting_ref(r, k + 1);
    dg_buf_printf(&r->text, " %s: %s.", m->label ? m->label : "", m->conflicts);
    dg_report__flush(r);
    dg_report__end(r);
    n++;
  }
  if (!n) dg_report__elem(r, "li", NULL, "No disagreement between the articles was recorded.");
  dg_report__end(r);
  dg_report__elem(r, "h3", NULL, "Notes on dates");
  dg_report__start(r, "ul", "plain");
  if (!date_notes(r)) dg_report__elem(r, "li", NULL, "Every article's dates were read against its publication date.");
  dg_report__end(r);
  dg_report__end(r);
}

/* ---------------------------------------------------------------- sources */

/* Per document, the sentences cited as evidence of meetings, counted in one
 * pass over the evidence (a pass per document was quadratic). */
static size_t *quotes(const dg_report *r)
{
  size_t *n = dg_calloc(r->out->ndocs + 1, sizeof *n);
  for (size_t i = 0; n && i < r->out->nmeetings; i++)
    for (size_t k = 0; k < r->out->meetings[i].ev.n; k++) {
      int d = dg_report__doc(r, r->out->meetings[i].ev.v[k].doc);
      if (d >= 0) n[d]++;
    }
  return n;
}

static void source_row(dg_report *r, size_t i, size_t nquotes)
{
  const dg_xdocument *d = &r->out->docs[i];
  dg_report__start(r, "tr", NULL);
  dg_report__id(r, "source", i + 1);
  dg_report__start(r, "td", NULL);
  dg_report__elem(r, "b", NULL, d->id ? d->id : "?");
  dg_report__end(r);
  dg_report__source_cell(r, d);
  if (d->path) dg_buf_puts(&r->text, d->path);
  cell(r, "wrap");
  date_cell(r, d->published);
  date_cell(r, d->reference_date);
  dg_buf_puts(&r->text, how_words(d->reference_how));
  cell(r, NULL);
  dg_buf_printf(&r->text, "%zu", nquotes);
  cell(r, "num");
  dg_report__end(r);
}

void dg_report__sources(dg_report *r)
{
  static const char *const head[] = {"Article", "Source", "File", "Published", "Reference date",
                                     "Reference date from", "Quotes"};
  dg_report__start(r, "section", "sources");
  dg_report__id(r, "sources", 1);
  dg_report__elem(r, "h2", NULL, "Sources");
  dg_report__elem(r, "p", "muted",
                  "The articles read, as listed for the run. Relative dates in an article (\"last month\", \"on "
                  "Wednesday\") are resolved against its reference date. Quotes: the sentences cited as evidence of "
                  "meetings.");
  if (!r->out->ndocs) dg_report__elem(r, "p", NULL, "No article was read.");
  else {
    dg_report__start(r, "table", "sources");
    header_row(r, head, sizeof head / sizeof head[0], 0x40);
    dg_report__start(r, "tbody", NULL);
    size_t *n = quotes(r);
    if (!n) dg_report__fail(r, DG_ENOMEM, NULL);
    for (size_t i = 0; n && i < r->out->ndocs; i++) source_row(r, i, n[i]);
    dg_free(n);
    dg_report__end(r);
    dg_report__end(r);
  }
  dg_report__end(r);
}
