/* Focus: a built graph narrowed to the meetings of one process (a period,
 * some countries, a status, a level, a format), with the persons who attend
 * them; every output then draws from the same narrowed graph. */
#include "merge/merged.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
static int parse_date(dg_ymd *d, const char *s)
{
  int y, m, day;
  size_t n = strlen(s);
  char full[11];
  if (n != 4 && n != 7 && n != 10) return -1;
  snprintf(full, sizeof full, "%s%s", s, n == 4 ? "-01-01" : n == 7 ? "-01" : "");
  if (!dg_iso_fields(full, &y, &m, &day)) return -1;
  *d = dg_ymd_make(y, n >= 7 ? m : 0, n == 10 ? day : 0, n == 4 ? DG_PREC_YEAR : n == 7 ? DG_PREC_MONTH : DG_PREC_DAY);
  return 0;
}

/* Each comma-separated item of list checked by ok(); 0 or -1 with *bad set. */
static int each_item(const char *list, int (*ok)(const char *, size_t), const char **bad, size_t *badlen)
{
  const char *p = list;
  for (;;) {
    const char *e = strchr(p, ',');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    if (!ok(p, n)) { *bad = p; *badlen = n; return -1; }
    if (!e) return 0;
    p = e + 1;
  }
}

static int iso3_ok(const char *s, size_t n)
{
  return n == 3 && isalpha((unsigned char)s[0]) && isalpha((unsigned char)s[1]) && isalpha((unsigned char)s[2]);
}

static int named_in(const dg_vocab *voc, const char *s, size_t n)
{
  for (int i = 0; i < voc->n; i++)
    if (strlen(voc->t[i].name) == n && strncmp(voc->t[i].name, s, n) == 0) return i;
  return -1;
}

static int status_ok(const char *s, size_t n) { return named_in(&dg_status_vocab, s, n) >= 0; }
static int level_ok(const char *s, size_t n) { return named_in(&dg_level_vocab, s, n) >= 0; }

int dg_focus_check(const dg_focus *f)
{
  dg_ymd d;
  const char *bad;
  size_t n;
  if (f->from && parse_date(&d, f->from) < 0)
    return dg_error_set(DG_EARG, "--from: a date YYYY, YYYY-MM or YYYY-MM-DD, not '%.40s'", f->from);
  if (f->to && parse_date(&d, f->to) < 0)
    return dg_error_set(DG_EARG, "--to: a date YYYY, YYYY-MM or YYYY-MM-DD, not '%.40s'", f->to);
  if (f->countries && each_item(f->countries, iso3_ok, &bad, &n) < 0)
    return dg_error_set(DG_EARG, "--country: ISO 3166 alpha-3 codes separated by commas (PER,CHL), not '%.*s'", (int)(n > 40 ? 40 : n), bad);
  if (f->status && each_item(f->status, status_ok, &bad, &n) < 0)
    return dg_error_set(DG_EARG, "--status: held, planned, proposed, cancelled... separated by commas, not '%.*s'", (int)(n > 40 ? 40 : n), bad);
  if (f->level && each_item(f->level, level_ok, &bad, &n) < 0)
    return dg_error_set(DG_EARG, "--level: leaders, foreign, defence, intelligence, deputy-foreign, other, not '%.*s'", (int)(n > 40 ? 40 : n), bad);
  if (f->min_format < 0 || f->min_format > DG_MAX_MEETING_COUNTRIES)
    return dg_error_set(DG_EARG, "--min-format: a number of countries from 1 to %d", DG_MAX_MEETING_COUNTRIES);
  return 0;
}

/* 1 when the comma-separated list holds the word w. */
static int listed(const char *list, const char *w, int fold_case)
{
  size_t n = strlen(w);
  for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
    const char *e = strchr(p, ',');
    size_t k = e ? (size_t)(e - p) : strlen(p);
    size_t i = 0;
    while (k == n && i < n && (fold_case ? toupper((unsigned char)p[i]) == toupper((unsigned char)w[i]) : p[i] == w[i])) i++;
    if (k == n && i == n) return 1;
  }
  return 0;
}

static int selected(const dg_focus *f, const dg_ymd *from, const dg_ymd *to, const dg_xmeeting *m)
{
  int dated = m->date.prec != DG_PREC_NONE && m->date.year != 0;
  if ((f->from || f->to) && !dated && !f->keep_undated) return 0;
  if (dated && f->from && dg_ymd_compare(&m->date, from) < 0) return 0;
  if (dated && f->to && dg_ymd_compare(&m->date, to) > 0) return 0;
  if (f->status && !listed(f->status, dg_status_name(m->status), 0)) return 0;
  if (f->level && !listed(f->level, dg_level_name(dg_levels_main(m->levels)), 0)) return 0;
  if (f->min_format && m->ncountries < (size_t)f->min_format) return 0;
  if (f->countries) {
    int any = 0;
    for (size_t k = 0; k < m->ncountries && !any; k++) any = listed(f->countries, m->countries[k], 1);
    if (!any) return 0;
  }
  return 1;
}

/* "from 2021-03-01 to 2021-06-30; countries PER, CHL; held; ..." */
static char *describe(const dg_focus *f)
{
  dg_buf b = DG_BUF_INIT;
  if (f->from && f->to) dg_buf_printf(&b, "from %s to %s", f->from, f->to);
  else if (f->from) dg_buf_printf(&b, "from %s", f->from);
  else if (f->to) dg_buf_printf(&b, "until %s", f->to);
  if ((f->from || f->to) && f->keep_undated) dg_buf_puts(&b, " (undated meetings kept)");
  if (f->countries) {
    dg_buf_printf(&b, "%swith ", b.len ? "; " : "");
    for (const char *p = f->countries; *p; p++) dg_buf_putc(&b, *p == ',' ? ' ' : (char)toupper((unsigned char)*p));
  }
  if (f->status) dg_buf_printf(&b, "%sstatus %s", b.len ? "; " : "", f->status);
  if (f->level) dg_buf_printf(&b, "%slevel %s", b.len ? "; " : "", f->level);
  if (f->min_format > 1) dg_buf_printf(&b, "%sat least %d countries", b.len ? "; " : "", f->min_format);
  if (!b.len && !b.failed) return NULL;
  return dg_buf_detach(&b, NULL);
}

/* Persons who attend no kept meeting leave; meetings' indices follow. */
static int keep_attending(dg_records *r)
{
  int *map = dg_malloc((r->npersons + 1) * sizeof *map);
  if (!map) return DG_ENOMEM;
  for (size_t i = 0; i < r->npersons; i++) map[i] = -1;
  for (size_t m = 0; m < r->nmeetings; m++)
    for (size_t k = 0; k < r->meetings[m].npersons; k++) map[r->meetings[m].persons[k]] = 0;
  size_t w = 0;
  for (size_t i = 0; i < r->npersons; i++) {
    if (map[i] < 0) { dg_xperson_clear(&r->persons[i]); continue; }
    map[i] = (int)w;
    r->persons[w++] = r->persons[i];
  }
  r->npersons = w;
  for (size_t m = 0; m < r->nmeetings; m++)
    for (size_t k = 0; k < r->meetings[m].npersons; k++) r->meetings[m].persons[k] = map[r->meetings[m].persons[k]];
  dg_free(map);
  return 0;
}

int dg_graph_focus(dg_graph *g, const dg_focus *f)
{
  dg_records *r = dg_merged_records_edit(g);
  dg_ymd from = {0, 0, 0, DG_PREC_NONE}, to = from;
  if (!r) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  int rc = dg_focus_check(f);
  if (rc < 0) return rc;
  char *what = describe(f);
  if (!what) return 0; /* an empty focus: the whole graph */
  if (f->from) parse_date(&from, f->from);
  if (f->to) parse_date(&to, f->to);
  size_t w = 0;
  for (size_t i = 0; i < r->nmeetings; i++) {
    if (!selected(f, &from, &to, &r->meetings[i])) { dg_xmeeting_clear(&r->meetings[i]); continue; }
    r->meetings[w++] = r->meetings[i];
  }
  r->nmeetings = w;
  dg_free(r->focus);
  r->focus = what;
  rc = keep_attending(r);
  return rc < 0 ? rc : dg_merged_refinish(g);
}
