#include "model/model.h"
#include "util/alloc.h"
#include "util/sort.h"
#include "util/error.h"
#include <stdlib.h>
#include <string.h>

/* A counted string: the count in the size_t before its first byte. */
char *dg_evstr_new(const char *s, size_t n)
{
  size_t *h = dg_malloc(sizeof *h + n + 1);
  if (!h) return NULL;
  *h = 1;
  char *p = (char *)(h + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *dg_evstr_ref(char *s)
{
  if (s) ((size_t *)s)[-1]++;
  return s;
}

void dg_evstr_unref(char *s)
{
  if (s && --((size_t *)s)[-1] == 0) dg_free((size_t *)s - 1);
}

/* The same span twice is one piece of evidence; repeats come together, so
 * looking at the last few keeps this linear. */
static int seen(const dg_evlist *l, const char *doc, size_t start, size_t end)
{
  for (size_t i = l->n > 8 ? l->n - 8 : 0; i < l->n; i++)
    if (l->v[i].start == start && l->v[i].end == end && strcmp(l->v[i].doc, doc) == 0) return 1;
  return 0;
}

int dg_evlist_add_shared(dg_evlist *l, char *doc, size_t start, size_t end, char *sentence)
{
  if (seen(l, doc, start, end)) return 0;
  if (dg_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) return DG_ENOMEM;
  l->v[l->n++] = (dg_evidence){dg_evstr_ref(doc), start, end, dg_evstr_ref(sentence)};
  return 0;
}

int dg_evlist_add(dg_evlist *l, const char *doc, size_t start, size_t end, const char *sentence,
                  size_t sentence_len)
{
  if (seen(l, doc, start, end)) return 0;
  if (dg_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) return DG_ENOMEM;
  dg_evidence *e = &l->v[l->n];
  e->doc = dg_evstr_new(doc, strlen(doc));
  e->sentence = dg_evstr_new(sentence, sentence_len);
  e->start = start;
  e->end = end;
  if (!e->doc || !e->sentence) {
    dg_evstr_unref(e->doc);
    dg_evstr_unref(e->sentence);
    return DG_ENOMEM;
  }
  l->n++;
  return 0;
}

static size_t char_start(const char *t, size_t i, size_t lo)
{
  while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80) i--;
  return i;
}

int dg_evlist_add_in(dg_evlist *l, const char *doc, size_t start, size_t end, const char *text,
                     size_t sent_start, size_t sent_end)
{
  if (sent_end - sent_start <= DG_EVIDENCE_SENTENCE)
    return dg_evlist_add(l, doc, start, end, text + sent_start, sent_end - sent_start);
  size_t margin = (DG_EVIDENCE_SENTENCE - (end - start < DG_EVIDENCE_SENTENCE / 2 ? end - start : DG_EVIDENCE_SENTENCE / 2)) / 2;
  size_t a = start > sent_start + margin ? start - margin : sent_start;
  size_t b = end + margin < sent_end ? end + margin : sent_end;
  a = char_start(text, a, sent_start);
  b = char_start(text, b, a);
  char *w = dg_malloc(b - a + 8);
  if (!w) return DG_ENOMEM;
  size_t n = 0;
  if (a > sent_start) { memcpy(w, "\xe2\x80\xa6", 3); n = 3; }
  memcpy(w + n, text + a, b - a);
  n += b - a;
  if (b < sent_end) { memcpy(w + n, "\xe2\x80\xa6", 3); n += 3; }
  int rc = dg_evlist_add(l, doc, start, end, w, n);
  dg_free(w);
  return rc;
}

int dg_evlist_copy(dg_evlist *dst, const dg_evlist *src)
{
  for (size_t i = 0; i < src->n; i++) {
    const dg_evidence *e = &src->v[i];
    if (dg_evlist_add_shared(dst, e->doc, e->start, e->end, e->sentence) < 0) return DG_ENOMEM;
  }
  return 0;
}

static int by_doc_offset(const void *a, const void *b, void *ctx)
{
  (void)ctx;
  const dg_evidence *x = a, *y = b;
  int c = strcmp(x->doc, y->doc);
  if (c) return c;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

void dg_evlist_sort(dg_evlist *l)
{
  if (l->n > 1) dg_sort(l->v, l->n, sizeof *l->v, by_doc_offset, NULL);
}

void dg_evlist_free(dg_evlist *l)
{
  for (size_t i = 0; i < l->n; i++) { dg_evstr_unref(l->v[i].doc); dg_evstr_unref(l->v[i].sentence); }
  dg_free(l->v);
  memset(l, 0, sizeof *l);
}

int dg_levels_main(unsigned levels)
{
  int best = DG_LEVEL_OTHER;
  for (int l = 0; l < DG_LEVEL_COUNT; l++)
    if ((levels & (1u << l)) && dg_level_vocab.t[l].rank > dg_level_vocab.t[best].rank) best = l;
  return best;
}

size_t dg_meeting_set_key(const dg_xmeeting *m, char *key)
{
  char codes[DG_MAX_MEETING_COUNTRIES][4];
  size_t n = m->ncountries;
  memcpy(codes, m->countries, n * 4);
  for (size_t i = 1; i < n; i++) /* insertion sort: at most 16 codes */
    for (size_t j = i; j > 0 && strcmp(codes[j - 1], codes[j]) > 0; j--) {
      char t[4];
      memcpy(t, codes[j], 4); memcpy(codes[j], codes[j - 1], 4); memcpy(codes[j - 1], t, 4);
    }
  for (size_t i = 0; i < n; i++) memcpy(key + 3 * i, codes[i], 3);
  key[3 * n] = '\0';
  return 3 * n;
}

int dg_meeting_has_country(const dg_xmeeting *m, const char *iso3)
{
  for (size_t i = 0; i < m->ncountries; i++)
    if (memcmp(m->countries[i], iso3, 4) == 0) return 1;
  return 0;
}

int dg_meeting_add_country(dg_xmeeting *m, const char *iso3)
{
  if (dg_meeting_has_country(m, iso3)) return 0;
  if (m->ncountries >= DG_MAX_MEETING_COUNTRIES) return 0; /* documented cap: extra ones ignored */
  memcpy(m->countries[m->ncountries++], iso3, 4);
  return 1;
}

int dg_records_add_country(dg_records *r, const char *iso3, dg_xcountry **out)
{
  for (size_t i = 0; i < r->ncountries; i++)
    if (memcmp(r->countries[i].iso3, iso3, 4) == 0) { *out = &r->countries[i]; return 0; }
  if (dg_grow((void **)&r->countries, &r->capcountries, r->ncountries + 1, sizeof *r->countries) < 0)
    return DG_ENOMEM;
  dg_xcountry *c = &r->countries[r->ncountries++];
  memset(c, 0, sizeof *c);
  memcpy(c->iso3, iso3, 4);
  *out = c;
  return 0;
}

void dg_xperson_clear(dg_xperson *p)
{
  dg_free(p->id);
  dg_free(p->name);
  for (size_t i = 0; i < p->aliases.n; i++) dg_free(p->aliases.v[i]);
  dg_free(p->aliases.v);
  dg_free(p->role);
  dg_free(p->corrected);
  dg_evlist_free(&p->ev);
  memset(p, 0, sizeof *p);
}

void dg_xmeeting_clear(dg_xmeeting *m)
{
  dg_free(m->id);
  dg_free(m->label);
  dg_free(m->place);
  dg_free(m->conflicts);
  dg_free(m->corrected);
  dg_evlist_free(&m->ev);
  memset(m, 0, sizeof *m);
}

void dg_records_free(dg_records *r)
{
  for (size_t i = 0; i < r->ndocs; i++) {
    dg_xdocument *d = &r->docs[i];
    dg_free(d->id); dg_free(d->path); dg_free(d->published); dg_free(d->source); dg_free(d->url);
  }
  for (size_t i = 0; i < r->ncountries; i++) dg_evlist_free(&r->countries[i].ev);
  for (size_t i = 0; i < r->npersons; i++) dg_xperson_clear(&r->persons[i]);
  for (size_t i = 0; i < r->nmeetings; i++) dg_xmeeting_clear(&r->meetings[i]);
  dg_free(r->docs); dg_free(r->countries); dg_free(r->persons); dg_free(r->meetings);
  dg_strv_free(&r->corrections);
  dg_free(r->focus);
  memset(r, 0, sizeof *r);
}
