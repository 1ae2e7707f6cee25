/* The last step of dg_graph_build: stable ids and labels, sorted nodes,
 * sorted evidence. Everything an exporter needs, computed once. */
#include "merge/merge.h"
#include "text/text.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/sort.h"
#include "util/strmap.h"
#include <stdlib.h>
#include <string.h>

/* "person:" + the folded name with non-alphanumerics as '-', made unique. */
static char *make_id(const char *prefix, const char *text, dg_strmap *seen)
{
  char *f = dg_fold_string(text);
  dg_buf b = DG_BUF_INIT;
  if (!f) return NULL;
  dg_buf_puts(&b, prefix);
  int dash = 1;
  for (const unsigned char *p = (const unsigned char *)f; *p; p++) {
    int ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p >= 0x80;
    if (ok) { dg_buf_putc(&b, (char)*p); dash = 0; }
    else if (!dash) { dg_buf_putc(&b, '-'); dash = 1; }
  }
  if (dash && b.len > strlen(prefix)) b.ptr[--b.len] = '\0';
  dg_free(f);
  size_t base = b.len;
  for (int n = 2; !b.failed && dg_strmap_get(seen, b.ptr, b.len) >= 0; n++) {
    b.len = base;
    dg_buf_printf(&b, "-%d", n);
  }
  if (b.failed || dg_strmap_put(seen, b.ptr, b.len, 1) < 0) { dg_buf_free(&b); return NULL; }
  return dg_buf_detach(&b, NULL);
}

/* "Defence ministers", "Leaders' call": the level's plural, capitalised. */
static void put_level_label(dg_buf *b, int level, int call)
{
  const char *w = dg_level_vocab.t[level].plural;
  dg_buf_printf(b, "%c%s%s", w[0] >= 'a' && w[0] <= 'z' ? w[0] - 'a' + 'A' : w[0], w + 1, call ? "' call" : "");
}

static const char *country_name(const dg_gazetteer *gz, const char *iso3)
{
  int i = dg_gazetteer_country(gz, iso3);
  return i >= 0 ? gz->countries[i].name : iso3;
}

static int by_iso(const void *a, const void *b, void *ctx) { return strcmp((const char *)a, (const char *)b); }

static int label_meeting(const dg_gazetteer *gz, dg_xmeeting *m)
{
  char date[16];
  dg_buf b = DG_BUF_INIT;
  dg_sort(m->countries, m->ncountries, sizeof m->countries[0], by_iso, NULL);
  dg_ymd_format(&m->date, date, sizeof date);
  put_level_label(&b, dg_levels_main(m->levels), m->call);
  dg_buf_puts(&b, ": ");
  for (size_t i = 0; i < m->ncountries; i++)
    dg_buf_printf(&b, "%s%s", i ? ", " : "", country_name(gz, m->countries[i]));
  if (m->place || date[0])
    dg_buf_printf(&b, " (%s%s%s)", m->place ? m->place : "", m->place && date[0] ? ", " : "", date);
  if (!(m->label = dg_buf_detach(&b, NULL))) return DG_ENOMEM;
  dg_buf ib = DG_BUF_INIT;
  dg_buf_printf(&ib, "%s %s", date[0] ? date : "undated", m->call ? "call" : "");
  for (size_t i = 0; i < m->ncountries; i++) dg_buf_printf(&ib, " %s", m->countries[i]);
  dg_buf_printf(&ib, " %s", dg_level_name(dg_levels_main(m->levels)));
  m->id = dg_buf_detach(&ib, NULL); /* a seed, made an id by the caller */
  return m->id ? 0 : DG_ENOMEM;
}

static int by_person_id(const void *a, const void *b, void *ctx)
{
  const dg_xperson *persons = ctx;
  return strcmp(persons[*(const int *)a].id, persons[*(const int *)b].id);
}

static int by_id_meeting(const void *a, const void *b, void *ctx)
{
  return strcmp(((const dg_xmeeting *)a)->id, ((const dg_xmeeting *)b)->id);
}

/* Ids for persons, then sort them, remapping the meetings' person indices. */
static int finish_persons(dg_records *r, dg_strmap *seen)
{
  size_t n = r->npersons;
  for (size_t i = 0; i < n; i++) {
    dg_xperson *p = &r->persons[i];
    dg_evlist_sort(&p->ev);
    if (!(p->id = make_id("person:", p->name, seen))) return DG_ENOMEM;
  }
  int *order = dg_malloc((n + 1) * sizeof *order), *rank = dg_malloc((n + 1) * sizeof *rank);
  dg_xperson *sorted = dg_malloc((n + 1) * sizeof *sorted);
  if (!order || !rank || !sorted) {
    dg_free(order); dg_free(rank); dg_free(sorted);
    return DG_ENOMEM;
  }
  for (size_t i = 0; i < n; i++) order[i] = (int)i;
  dg_sort(order, n, sizeof *order, by_person_id, r->persons);
  for (size_t i = 0; i < n; i++) { sorted[i] = r->persons[order[i]]; rank[order[i]] = (int)i; }
  for (size_t m = 0; m < r->nmeetings; m++)
    for (size_t k = 0; k < r->meetings[m].npersons; k++)
      r->meetings[m].persons[k] = rank[r->meetings[m].persons[k]];
  dg_free(r->persons);
  r->persons = sorted;
  r->cappersons = n + 1;
  dg_free(order);
  dg_free(rank);
  return 0;
}

static int by_country(const void *a, const void *b, void *ctx)
{
  return strcmp(((const dg_xcountry *)a)->iso3, ((const dg_xcountry *)b)->iso3);
}

/* Every country a person or a meeting names is a node, even when the text
 * never names it (a person known from a user gazetteer). */
static int ensure_countries(dg_records *r)
{
  dg_xcountry *x;
  for (size_t i = 0; i < r->npersons; i++) {
    if (!r->persons[i].iso3[0]) continue;
    if (dg_records_add_country(r, r->persons[i].iso3, &x) < 0) return DG_ENOMEM;
    x->actor = 1;
  }
  for (size_t m = 0; m < r->nmeetings; m++)
    for (size_t k = 0; k < r->meetings[m].ncountries; k++) {
      if (dg_records_add_country(r, r->meetings[m].countries[k], &x) < 0) return DG_ENOMEM;
      x->actor = 1;
    }
  dg_sort(r->countries, r->ncountries, sizeof *r->countries, by_country, NULL);
  return 0;
}

int dg_graph_finish(dg_graph *g)
{
  dg_records *r = &g->out;
  dg_strmap seen = DG_STRMAP_INIT;
  int rc = ensure_countries(r);
  if (!rc) rc = finish_persons(r, &seen);
  for (size_t i = 0; i < r->ncountries; i++) dg_evlist_sort(&r->countries[i].ev);
  for (size_t i = 0; i < r->nmeetings && !rc; i++) {
    dg_xmeeting *m = &r->meetings[i];
    dg_evlist_sort(&m->ev);
    if ((rc = label_meeting(g->gz, m)) < 0) break;
    char *seed = m->id;
    m->id = make_id("meeting:", seed, &seen);
    dg_free(seed);
    if (!m->id) rc = DG_ENOMEM;
  }
  if (!rc) dg_sort(r->meetings, r->nmeetings, sizeof *r->meetings, by_id_meeting, NULL);
  dg_strmap_free(&seen);
  return rc;
}
