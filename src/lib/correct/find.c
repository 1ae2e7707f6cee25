/* Finding the facts a correction names, by their evidence. */
#include "correct/correct.h"
#include "text/text.h"
#include "util/alloc.h"
#include <stdio.h>
#include <string.h>

int dg_correct__evidence_is(const dg_evidence *e, const dg_cref *ref)
{
  if (ref->key) {
    char k[DG_KEY_SIZE];
    dg_evidence_key(k, sizeof k, e);
    return strcmp(k, ref->key) == 0;
  }
  return ref->doc && e->doc && strcmp(e->doc, ref->doc) == 0 && e->sentence && strstr(e->sentence, ref->quote);
}

static int evlist_has(const dg_evlist *l, const dg_cref *ref)
{
  for (size_t i = 0; i < l->n; i++)
    if (dg_correct__evidence_is(&l->v[i], ref)) return 1;
  return 0;
}

/* A reference's countries, when it gives them, are the meeting's. */
static int same_countries(const dg_xmeeting *m, const dg_cref *ref)
{
  if (!ref->ncountries) return 1;
  if (ref->ncountries != m->ncountries) return 0;
  for (size_t k = 0; k < ref->ncountries; k++)
    if (!dg_meeting_has_country(m, ref->countries[k])) return 0;
  return 1;
}

size_t dg_correct__find_meetings(const dg_records *r, const dg_cref *ref, size_t *out, size_t cap)
{
  size_t n = 0;
  for (size_t i = 0; i < r->nmeetings; i++)
    if (same_countries(&r->meetings[i], ref) && evlist_has(&r->meetings[i].ev, ref)) {
      if (n < cap) out[n] = i;
      n++;
    }
  return n;
}

/* The same name, folded (case, diacritics): "ana lopez" is "Ana López". */
static int same_name(const char *a, const char *b)
{
  char *fa = dg_fold_string(a), *fb = dg_fold_string(b);
  int same = fa && fb && strcmp(fa, fb) == 0;
  dg_free(fa);
  dg_free(fb);
  return same;
}

static int named(const dg_xperson *p, const char *name)
{
  if (p->name && same_name(p->name, name)) return 1;
  for (size_t i = 0; i < p->aliases.n; i++)
    if (same_name(p->aliases.v[i], name)) return 1;
  return 0;
}

/* A quote names a person when it holds one of the person's names. */
static int quoted(const dg_xperson *p, const char *quote)
{
  if (p->name && strstr(quote, p->name)) return 1;
  for (size_t i = 0; i < p->aliases.n; i++)
    if (strstr(quote, p->aliases.v[i])) return 1;
  return 0;
}

size_t dg_correct__find_persons(const dg_records *r, const dg_cref *ref, size_t *out, size_t cap)
{
  size_t n = 0;
  for (size_t i = 0; i < r->npersons; i++) {
    const dg_xperson *p = &r->persons[i];
    int hit = ref->name ? named(p, ref->name)
                        : evlist_has(&p->ev, ref) && (ref->key || quoted(p, ref->quote));
    if (!hit) continue;
    if (n < cap) out[n] = i;
    n++;
  }
  return n;
}

void dg_correct__describe(char *buf, size_t n, const dg_cref *ref)
{
  if (ref->key) snprintf(buf, n, "key %.150s", ref->key);
  else if (ref->name) snprintf(buf, n, "name '%.150s'", ref->name);
  else snprintf(buf, n, "'%.100s' quoting '%.150s'%s", ref->doc, ref->quote, ref->ncountries ? " with those countries" : "");
}
