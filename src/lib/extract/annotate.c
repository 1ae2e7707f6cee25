/* Lay the gazetteer hits and the dates over the tokens, mark boilerplate,
 * and fix the reference date. */
#include "extract/context.h"
#include "extract/date_scan.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static int layer(int kind)
{
  return kind <= DG_HIT_PERSON ? 0 : kind <= DG_HIT_FORMAT ? 1 : 2;
}

/* First token whose folded start is >= fs. */
static size_t tok_at(const dg_text *t, size_t fs)
{
  size_t lo = 0, hi = t->ntok;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t->tok[mid].fs < fs) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* Short entries such as "US", "UK" or "PM" are abbreviations: in lower case
 * they are ordinary words ("told us", "3 pm"). Such a hit needs a capital. */
static int plausible(const dg_ctx *c, const dg_hit *h)
{
  if (h->fe - h->fs > 3) return 1;
  size_t os = c->text.fold.map[h->fs], oe = c->text.fold.map[h->fe];
  for (size_t i = os; i < oe; i++)
    if (c->doc->text[i] >= 'A' && c->doc->text[i] <= 'Z') return 1;
  return 0;
}

static int map_hits(dg_ctx *c)
{
  size_t n = c->text.ntok;
  int32_t *maps[3];
  c->ent = dg_malloc((n + 1) * sizeof *c->ent);
  c->evt = dg_malloc((n + 1) * sizeof *c->evt);
  c->cue = dg_malloc((n + 1) * sizeof *c->cue);
  c->tok_date = dg_malloc((n + 1) * sizeof *c->tok_date);
  c->tok_person = dg_malloc((n + 1) * sizeof *c->tok_person);
  if (!c->ent || !c->evt || !c->cue || !c->tok_date || !c->tok_person)
    return DG_ENOMEM;
  memset(c->ent, 0xff, (n + 1) * sizeof *c->ent);
  memset(c->evt, 0xff, (n + 1) * sizeof *c->evt);
  memset(c->cue, 0xff, (n + 1) * sizeof *c->cue);
  memset(c->tok_date, 0xff, (n + 1) * sizeof *c->tok_date);
  memset(c->tok_person, 0xff, (n + 1) * sizeof *c->tok_person);
  maps[0] = c->ent; maps[1] = c->evt; maps[2] = c->cue;
  for (size_t h = 0; h < c->hits.n; h++) {
    const dg_hit *hit = &c->hits.v[h];
    int32_t *m = maps[layer(hit->kind)];
    if (layer(hit->kind) == 0 && !plausible(c, hit)) continue;
    c->has_trigger |= hit->kind == DG_HIT_TRIGGER;
    for (size_t t = tok_at(&c->text, hit->fs); t < n && c->text.tok[t].fe <= hit->fe; t++)
      if (m[t] < 0) m[t] = (int32_t)h;
  }
  return 0;
}

static const dg_hit *hit_starting(const dg_ctx *c, const int32_t *m, size_t t)
{
  if (t >= c->text.ntok || m[t] < 0) return NULL;
  const dg_hit *h = &c->hits.v[m[t]];
  return h->fs == c->text.tok[t].fs ? h : NULL;
}

const dg_hit *dg_ent_at(const dg_ctx *c, size_t t) { return hit_starting(c, c->ent, t); }
const dg_hit *dg_evt_at(const dg_ctx *c, size_t t) { return hit_starting(c, c->evt, t); }
const dg_hit *dg_cue_at(const dg_ctx *c, size_t t) { return hit_starting(c, c->cue, t); }

size_t dg_hit_end_tok(const dg_ctx *c, const dg_hit *h, size_t t)
{
  while (t < c->text.ntok && c->text.tok[t].fs < h->fe) t++;
  return t;
}

int dg_is_country_hit(const dg_hit *h)
{
  return h && (h->kind == DG_HIT_COUNTRY || h->kind == DG_HIT_DEMONYM || h->kind == DG_HIT_CAPITAL);
}

int dg_tok_word_in(const dg_ctx *c, size_t t, const char *const *words)
{
  for (size_t i = 0; words[i]; i++)
    if (dg_tok_is(&c->text, t, words[i])) return 1;
  return 0;
}

int dg_tok_in_set(const dg_ctx *c, size_t t, int set)
{
  return t < c->text.ntok && (c->tok_bits[t] >> set & 1u);
}

/* Each token's word sets, looked up once. */
static int word_bits(dg_ctx *c)
{
  if (!(c->tok_bits = dg_malloc((c->text.ntok + 1) * sizeof *c->tok_bits))) return DG_ENOMEM;
  for (size_t t = 0; t < c->text.ntok; t++)
    c->tok_bits[t] = (uint32_t)dg_gazetteer_word_bits(c->gz, dg_tok_str(&c->text, t), dg_tok_len(&c->text, t));
  c->tok_bits[c->text.ntok] = 0;
  return 0;
}

/* ---- boilerplate: lines that are not part of the story ---- */

static size_t line_end(const dg_folded *f, size_t fs)
{
  const char *nl = memchr(f->s + fs, '\n', f->len - fs);
  return nl ? (size_t)(nl - f->s) : f->len;
}

static void trim(const char *s, size_t *a, size_t *b)
{
  while (*a < *b && (s[*a] == ' ' || s[*a] == '"' || s[*a] == '\'')) (*a)++;
  while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == ':' || s[*b - 1] == '.')) (*b)--;
}

static int line_matches(const dg_ctx *c, size_t fs, const dg_strv *v, int how)
{
  const char *s = c->text.fold.s;
  size_t a = fs, b = line_end(&c->text.fold, fs);
  trim(s, &a, &b);
  for (size_t i = 0; i < v->n; i++) {
    size_t k = strlen(v->v[i]);
    if (k == 0 || k > b - a) continue;
    if (how == 0 && memcmp(s + a, v->v[i], k) == 0 &&
        (k == b - a || !((s[a + k] >= 'a' && s[a + k] <= 'z'))))
      return 1; /* prefix */
    if (how == 1 && k == b - a && memcmp(s + a, v->v[i], k) == 0) return 1; /* whole line */
    if (how == 2 && b - a < 300 && memcmp(s + b - k, v->v[i], k) == 0 &&
        (b - a == k || !((s[b - k - 1] >= 'a' && s[b - k - 1] <= 'z'))))
      return 1; /* suffix */
  }
  return 0;
}

static int mark_boilerplate(dg_ctx *c)
{
  const dg_gazetteer *gz = c->gz;
  if (!(c->boiler = dg_calloc(c->text.nsent + 1, 1))) return DG_ENOMEM;
  int cut = 0, line_is = 0;
  size_t line = (size_t)-1;
  for (size_t i = 0; i < c->text.nsent; i++) {
    size_t fs = c->text.sent[i].line_fs;
    if (fs != line) { /* decide once per line: a line may hold many sentences */
      line = fs;
      if (!cut && line_matches(c, fs, &gz->bp_cutoff, 1)) cut = 1;
      line_is = line_matches(c, fs, &gz->bp_prefix, 0) || line_matches(c, fs, &gz->bp_caption, 2);
    }
    c->boiler[i] = (unsigned char)(cut || line_is);
  }
  return 0;
}

/* ---- reference date and dates ---- */

/* A place dateline ("LIMA, Nov 16 (Andina) -") as the reference: its year
 * from the dateline, else from the text's full dates or a weekday. */
static int place_reference(dg_ctx *c, dg_ymd d, int wd)
{
  if (!d.year) d.year = dg_dates_dateline_year(c->text.fold.s, c->text.fold.len, d.month, d.day, wd);
  if (!d.year) return 0;
  c->ref = d;
  return 1;
}

/* "SOCHI, Oct 31 -" in an article published on 1 November: the story was
 * filed the day its dateline gives, which is its "today" and "this
 * afternoon". A dateline one to three days before the given date, with no
 * year or the given year, replaces it as the reference. */
static int filed_before(dg_ctx *c, dg_ymd d)
{
  if (d.prec < DG_PREC_DAY || c->ref.prec < DG_PREC_DAY) return 0;
  if (!d.year) d.year = c->ref.year - (d.month > c->ref.month);
  long back = dg_days_from_civil(c->ref.year, c->ref.month, c->ref.day) - dg_days_from_civil(d.year, d.month, d.day);
  if (back < 1 || back > 3) return 0;
  c->ref = d;
  return 1;
}

/* The publication date (manifest), --date, a dateline; else none: then only
 * what needs no reference is resolved ("3 May 2021", not "on Monday"). The
 * datelines' own dates are no dates of the story (c->ref_at), even when a
 * manifest gives the reference. */
static int find_reference(dg_ctx *c, const dg_extract_options *opts, dg_reference_how *how)
{
  const char *iso = c->doc->published ? c->doc->published : opts ? opts->default_date : NULL;
  dg_ymd line;
  c->ref_at[0] = c->ref_at[1] = (size_t)-1;
  int dated = dg_dates_dateline(c->gz, c->text.fold.s, c->text.fold.len, &line, &c->ref_at[0]);
  dg_ymd place_line;
  int wd;
  int placed = dg_dates_place_dateline(c->text.fold.s, c->text.fold.len, &place_line, &c->ref_at[1], &wd);
  if (iso) {
    if (dg_ymd_parse_iso(&c->ref, iso) < 0)
      return dg_error_set(DG_EARG, "not a date in the form YYYY-MM-DD: '%.40s'", iso);
    *how = !c->doc->published ? DG_REF_OPTION : c->doc->published_meta ? DG_REF_METADATA : DG_REF_PUBLISHED;
    if (placed && filed_before(c, place_line)) *how = DG_REF_DATELINE;
  } else if (dated || (placed && place_reference(c, place_line, wd))) { /* sets c->ref when it fixes a year */
    if (dated) c->ref = line;
    *how = DG_REF_DATELINE;
  } else {
    *how = DG_REF_NONE;
    return 0;
  }
  c->ref_known = 1;
  return 0;
}

static int scan_dates(dg_ctx *c)
{
  const dg_ymd *ref = c->ref_known ? &c->ref : NULL;
  size_t pos = 0, cap = 0;
  scan sc;
  dg_date_mention h;
  dg_dates__init(&sc, c->text.fold.s, c->text.fold.len, ref);
  while (dg_dates__next(&sc, &pos, &h)) { /* one pass, the array grown as it goes */
    if (dg_grow((void **)&c->dates, &cap, c->ndates + 1, sizeof *c->dates) < 0) return DG_ENOMEM;
    c->dates[c->ndates++] = h;
  }
  for (size_t d = 0; d < c->ndates; d++) {
    if (c->dates[d].start == c->ref_at[0] || c->dates[d].start == c->ref_at[1])
      continue; /* a dateline dates the article, not an event */
    for (size_t t = tok_at(&c->text, c->dates[d].start);
         t < c->text.ntok && c->text.tok[t].fe <= c->dates[d].end; t++)
      c->tok_date[t] = (int32_t)d;
  }
  return 0;
}

int dg_sentence_has_trigger(const dg_ctx *c, size_t s)
{
  for (size_t t = c->text.sent[s].t0; t < c->text.sent[s].t1; t++)
    if (c->evt[t] >= 0 && c->hits.v[c->evt[t]].kind == DG_HIT_TRIGGER) return 1;
  return 0;
}

int dg_annotate(dg_ctx *c, const dg_extract_options *opts)
{
  int rc;
  dg_xdocument *d = &c->r->docs[0];
  if ((rc = dg_text_analyse(&c->text, c->doc->text, c->doc->len)) < 0) return rc;
  if ((rc = dg_matcher_scan(c->gz->matcher, c->text.fold.s, c->text.fold.len, &c->hits)) < 0) return rc;
  if ((rc = map_hits(c)) < 0 || (rc = word_bits(c)) < 0 || (rc = mark_boilerplate(c)) < 0) return rc;
  if ((rc = find_reference(c, opts, &d->reference_how)) < 0) return rc;
  dg_ymd_format(&c->ref, d->reference_date, sizeof d->reference_date);
  return scan_dates(c);
}
