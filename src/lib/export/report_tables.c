/* The report's other tables: persons, countries, disagreements between
 * articles, and the sources (the articles themselves). */
#include "export/report.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void header_row(dg_report *r, const char *const *head, size_t n, unsigned numeric)
{
  rp_start(r, "thead", NULL);
  rp_start(r, "tr", NULL);
  for (size_t i = 0; i < n; i++) rp_elem(r, "th", numeric & (1u << i) ? "num" : NULL, head[i]);
  rp_end(r);
  rp_end(r);
}

/* r->text as a cell; "—" when empty. */
static void cell(dg_report *r, const char *cls)
{
  rp_start(r, "td", cls);
  if (r->text.len) rp_flush(r);
  else rp_elem(r, "span", "muted", "—");
  rp_end(r);
}

static void date_cell(dg_report *r, const char *iso)
{
  char words[48];
  rp_date_words(words, sizeof words, iso);
  dg_buf_puts(&r->text, words);
  cell(r, "nowrap");
}

/* ---------------------------------------------------------------- persons */

static const dg_report *sort_r;
static int by_country_name(const void *x, const void *y)
{
  const dg_xperson *p = &sort_r->out->persons[*(const size_t *)x], *q = &sort_r->out->persons[*(const size_t *)y];
  if (!p->iso3[0] != !q->iso3[0]) return p->iso3[0] ? -1 : 1;
  int c = strcmp(rp_country(sort_r, p->iso3), rp_country(sort_r, q->iso3));
  if (!c) c = strcmp(p->name ? p->name : "", q->name ? q->name : "");
  return c ? c : (*(const size_t *)x > *(const size_t *)y) - (*(const size_t *)x < *(const size_t *)y);
}

static int takes_part(const dg_xmeeting *m, int person, const char *iso3)
{
  if (iso3) return dg_meeting_has_country(m, iso3);
  for (size_t p = 0; p < m->npersons; p++)
    if (m->persons[p] == person) return 1;
  return 0;
}

/* How many meetings a person (or a country) takes part in, with links: "3 (M2, M6, M8)". */
static void meeting_links(dg_report *r, int person, const char *iso3)
{
  size_t n = 0, shown = 0;
  for (size_t k = 0; k < r->out->nmeetings; k++) n += takes_part(&r->out->meetings[k], person, iso3) != 0;
  rp_start(r, "td", NULL);
  dg_buf_printf(&r->text, "%zu", n);
  if (n) dg_buf_puts(&r->text, " (");
  for (size_t k = 0; k < r->out->nmeetings; k++) {
    if (!takes_part(&r->out->meetings[r->order[k]], person, iso3)) continue;
    dg_buf_puts(&r->text, shown++ ? ", " : "");
    rp_meeting_ref(r, k + 1);
  }
  if (n) dg_buf_puts(&r->text, ")");
  rp_flush(r);
  rp_end(r);
}

static void person_row(dg_report *r, size_t i)
{
  const dg_xperson *p = &r->out->persons[i];
  const dg_actor_stat *s = rp_actor(r, p->id);
  rp_start(r, "tr", NULL);
  rp_id(r, "person", i + 1);
  rp_start(r, "td", NULL);
  rp_elem(r, "b", NULL, p->name ? p->name : "?");
  rp_end(r);
  for (size_t k = 0; k < p->aliases.n; k++) dg_buf_printf(&r->text, "%s%s", k ? "; " : "", p->aliases.v[k]);
  cell(r, NULL);
  if (p->iso3[0]) dg_buf_puts(&r->text, rp_country(r, p->iso3));
  cell(r, NULL);
  if (p->role) dg_buf_puts(&r->text, p->role);
  cell(r, NULL);
  meeting_links(r, (int)i, NULL);
  date_cell(r, s ? s->first_seen : "");
  rp_end(r);
}

void rp_persons(dg_report *r)
{
  static const char *const head[] = {"Name", "Also written", "Country", "Role", "Meetings", "First appearance"};
  size_t n = r->out->npersons;
  rp_start(r, "section", "persons");
  rp_id(r, "persons", 1);
  rp_elem(r, "h2", NULL, "Persons");
  rp_elem(r, "p", "muted",
          "State officials named in the articles, by country. First appearance: the date of the first dated "
          "meeting the person takes part in.");
  size_t *idx = n ? dg_malloc(n * sizeof *idx) : NULL;
  if (n && !idx) rp_fail(r, DG_ENOMEM, NULL);
  if (!n || !idx) rp_elem(r, "p", NULL, "No official was named.");
  if (idx) {
    for (size_t i = 0; i < n; i++) idx[i] = i;
    sort_r = r;
    qsort(idx, n, sizeof *idx, by_country_name);
    rp_start(r, "table", "persons");
    header_row(r, head, sizeof head / sizeof head[0], 0);
    rp_start(r, "tbody", NULL);
    for (size_t i = 0; i < n; i++) person_row(r, idx[i]);
    rp_end(r);
    rp_end(r);
  }
  dg_free(idx);
  rp_end(r);
}

/* -------------------------------------------------------------- countries */

static void country_row(dg_report *r, const dg_actor_stat *s, size_t n)
{
  char num[32];
  size_t officials = 0;
  for (size_t i = 0; i < r->out->npersons; i++) officials += strcmp(r->out->persons[i].iso3, s->iso3) == 0;
  rp_start(r, "tr", NULL);
  rp_id(r, "country", n);
  rp_start(r, "td", NULL);
  rp_elem(r, "b", NULL, rp_country(r, s->iso3));
  rp_end(r);
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
  rp_end(r);
}

void rp_countries(dg_report *r)
{
  static const char *const head[] = {"Country", "Code", "First appearance", "Meetings", "Officials",
                                     "Degree", "Betweenness"};
  size_t n = r->a->nactors;
  rp_start(r, "section", "countries");
  rp_id(r, "countries", 1);
  rp_elem(r, "h2", NULL, "Countries");
  rp_elem(r, "p", "muted",
          "In order of first appearance. Degree: meetings shared with other participants, counted once per "
          "meeting and partner; betweenness: how often the country lies on the shortest path between two "
          "others in the network of who met whom.");
  size_t *idx = n ? dg_malloc(n * sizeof *idx) : NULL;
  if (n && !idx) rp_fail(r, DG_ENOMEM, NULL);
  size_t nc = idx ? rp_countries_by_first(r, idx) : 0;
  if (!nc) rp_elem(r, "p", NULL, "No country takes part in a meeting.");
  if (nc) {
    rp_start(r, "table", "countries");
    header_row(r, head, sizeof head / sizeof head[0], 0x70);
    rp_start(r, "tbody", NULL);
    for (size_t i = 0; i < nc; i++) country_row(r, &r->a->actors[idx[i]], i + 1);
    rp_end(r);
    rp_end(r);
  }
  dg_free(idx);
  rp_end(r);
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
    rp_start(r, "li", NULL);
    rp_text(r, "Article ");
    rp_link_start(r, "source", i + 1);
    rp_text(r, d->id ? d->id : "?");
    rp_end(r);
    if (d->reference_how == DG_REF_NONE)
      dg_buf_puts(&r->text, " has no publication date and names no date to stand for one: its relative "
                  "dates (\"on Wednesday\", \"last month\") could not be resolved");
    else
      dg_buf_printf(&r->text, " has no publication date; its relative dates (\"on Wednesday\", \"last month\") "
                    "were resolved against %s", how_words(d->reference_how));
    if (d->reference_date[0]) {
      char w[48];
      rp_date_words(w, sizeof w, d->reference_date);
      dg_buf_printf(&r->text, " (%s)", w);
    }
    dg_buf_puts(&r->text, ".");
    rp_flush(r);
    rp_end(r);
    n++;
  }
  return n;
}

void rp_conflicts(dg_report *r)
{
  size_t n = 0;
  rp_start(r, "section", "disagreements");
  rp_id(r, "disagreements", 1);
  rp_elem(r, "h2", NULL, "Disagreements between articles");
  rp_start(r, "ul", "plain");
  for (size_t k = 0; k < r->out->nmeetings; k++) {
    const dg_xmeeting *m = &r->out->meetings[r->order[k]];
    if (!m->conflicts) continue;
    rp_start(r, "li", NULL);
    rp_meeting_ref(r, k + 1);
    dg_buf_printf(&r->text, " %s: %s.", m->label ? m->label : "", m->conflicts);
    rp_flush(r);
    rp_end(r);
    n++;
  }
  if (!n) rp_elem(r, "li", NULL, "No disagreement between the articles was recorded.");
  rp_end(r);
  rp_elem(r, "h3", NULL, "Notes on dates");
  rp_start(r, "ul", "plain");
  if (!date_notes(r)) rp_elem(r, "li", NULL, "Every article's dates were read against its publication date.");
  rp_end(r);
  rp_end(r);
}

/* ---------------------------------------------------------------- sources */

static size_t quotes_of(const dg_report *r, const char *doc)
{
  size_t n = 0;
  for (size_t i = 0; doc && i < r->out->nmeetings; i++)
    for (size_t k = 0; k < r->out->meetings[i].ev.n; k++)
      n += r->out->meetings[i].ev.v[k].doc && strcmp(r->out->meetings[i].ev.v[k].doc, doc) == 0;
  return n;
}

static void source_row(dg_report *r, size_t i)
{
  const dg_xdocument *d = &r->out->docs[i];
  rp_start(r, "tr", NULL);
  rp_id(r, "source", i + 1);
  rp_start(r, "td", NULL);
  rp_elem(r, "b", NULL, d->id ? d->id : "?");
  rp_end(r);
  if (d->source) dg_buf_puts(&r->text, d->source);
  cell(r, NULL);
  if (d->path) dg_buf_puts(&r->text, d->path);
  cell(r, "wrap");
  date_cell(r, d->published);
  date_cell(r, d->reference_date);
  dg_buf_puts(&r->text, how_words(d->reference_how));
  cell(r, NULL);
  dg_buf_printf(&r->text, "%zu", quotes_of(r, d->id));
  cell(r, "num");
  rp_end(r);
}

void rp_sources(dg_report *r)
{
  static const char *const head[] = {"Article", "Source", "File", "Published", "Reference date",
                                     "Reference date from", "Quotes"};
  rp_start(r, "section", "sources");
  rp_id(r, "sources", 1);
  rp_elem(r, "h2", NULL, "Sources");
  rp_elem(r, "p", "muted",
          "The articles read, as listed for the run. Relative dates in an article (\"last month\", \"on "
          "Wednesday\") are resolved against its reference date. Quotes: the sentences cited as evidence of "
          "meetings.");
  if (!r->out->ndocs) rp_elem(r, "p", NULL, "No article was read.");
  else {
    rp_start(r, "table", "sources");
    header_row(r, head, sizeof head / sizeof head[0], 0x40);
    rp_start(r, "tbody", NULL);
    for (size_t i = 0; i < r->out->ndocs; i++) source_row(r, i);
    rp_end(r);
    rp_end(r);
  }
  rp_end(r);
}
