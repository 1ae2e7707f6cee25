/* One person across articles: the same surname, compatible first names
 * (Sergei/Sergey share an initial) and no conflicting country. */
#include "merge/merge.h"
#include "text/text.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/sort.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
  char surname[64], first[64];
  size_t words;
  size_t order; /* input index after sorting */
} name_key;

/* Known by the first word: a patronymic ("Faisal bin Farhan": Faisal, so
 * King Salman is not Mohammed bin Salman) or a Korean given name with a
 * lower-case part ("Park Min-ho": Park). */
static int given_name_first(const char *name, const char *folded)
{
  const char *h = strrchr(name, '-');
  if (h && h[1] >= 'a' && h[1] <= 'z' && h > name && h[-1] != ' ' && !strchr(h, ' ') && strchr(name, ' ')) return 1;
  static const char *const patronymic[] = {" bin ", " bint ", " ibn ", " binti ", NULL};
  for (size_t i = 0; patronymic[i]; i++)
    if (strstr(folded, patronymic[i])) return 1;
  return 0;
}

static int make_key(const dg_gazetteer *gz, const char *name, name_key *k)
{
  char *f = dg_fold_string(name);
  memset(k, 0, sizeof *k);
  if (!f) return DG_ENOMEM;
  int by_first = given_name_first(name, f);
  for (char *w = strtok(f, " ."); w; w = strtok(NULL, " .")) {
    size_t n = strlen(w);
    if (dg_strmap_get(&gz->particles, w, n) >= 0 || dg_strmap_get(&gz->honorifics, w, n) >= 0) continue;
    if (n >= sizeof k->surname) n = sizeof k->surname - 1;
    if (!k->words) { memcpy(k->first, w, n); k->first[n] = '\0'; }
    if (!k->words || !by_first) { memcpy(k->surname, w, n); k->surname[n] = '\0'; }
    k->words++;
  }
  dg_free(f);
  return 0;
}

static int same_person(const name_key *a, const char *ca, const name_key *b, const char *cb)
{
  if (!a->words || strcmp(a->surname, b->surname) != 0) return 0;
  if (a->words > 1 && b->words > 1 && a->first[0] != b->first[0]) return 0;
  return !ca[0] || !cb[0] || strcmp(ca, cb) == 0;
}

/* Input persons in a fixed order: by their first evidence (doc, offset). */
static int by_evidence(const void *a, const void *b, void *ctx)
{
  const dg_records *in = ctx;
  const dg_xperson *x = &in->persons[*(const int *)a], *y = &in->persons[*(const int *)b];
  int c = strcmp(x->ev.n ? x->ev.v[0].doc : "", y->ev.n ? y->ev.v[0].doc : "");
  if (c) return c;
  size_t sx = x->ev.n ? x->ev.v[0].start : 0, sy = y->ev.n ? y->ev.v[0].start : 0;
  if (sx != sy) return sx < sy ? -1 : 1;
  return strcmp(x->name, y->name);
}

static int add_alias(dg_xperson *p, const char *form)
{
  if (strcmp(p->name, form) == 0) return 0;
  for (size_t i = 0; i < p->aliases.n; i++)
    if (strcmp(p->aliases.v[i], form) == 0) return 0;
  if (dg_grow((void **)&p->aliases.v, &p->aliases.cap, p->aliases.n + 1, sizeof *p->aliases.v) < 0) return DG_ENOMEM;
  if (!(p->aliases.v[p->aliases.n] = dg_strdup(form))) return DG_ENOMEM;
  p->aliases.n++;
  return 0;
}

/* Fold input person x into cluster p (whose key is *pk). */
static int absorb(const dg_gazetteer *gz, dg_xperson *p, name_key *pk, const dg_xperson *x)
{
  name_key xk;
  if (make_key(gz, x->name, &xk) < 0) return DG_ENOMEM;
  if (xk.words > pk->words) { /* the fuller name becomes the name */
    char *old = p->name;
    if (!(p->name = dg_strdup(x->name))) { p->name = old; return DG_ENOMEM; }
    *pk = xk;
    int rc = add_alias(p, old);
    dg_free(old);
    if (rc < 0) return rc;
  } else if (add_alias(p, x->name) < 0) {
    return DG_ENOMEM;
  }
  for (size_t i = 0; i < x->aliases.n; i++)
    if (add_alias(p, x->aliases.v[i]) < 0) return DG_ENOMEM;
  if (!p->iso3[0]) memcpy(p->iso3, x->iso3, 4);
  if (!p->role && x->role) {
    if (!(p->role = dg_strdup(x->role))) return DG_ENOMEM;
    p->level = x->level;
  }
  return dg_evlist_copy(&p->ev, &x->ev);
}

static int new_cluster(dg_records *out, const dg_xperson *x)
{
  if (dg_grow((void **)&out->persons, &out->cappersons, out->npersons + 1, sizeof *out->persons) < 0)
    return DG_ENOMEM;
  dg_xperson *p = &out->persons[out->npersons];
  memset(p, 0, sizeof *p);
  p->level = DG_LEVEL_NONE;
  if (!(p->name = dg_strdup(x->name))) return DG_ENOMEM;
  return (int)out->npersons++;
}

int dg_merge_persons(dg_graph *g, int *map)
{
  size_t n = g->in.npersons;
  int *order = dg_malloc((n + 1) * sizeof *order);
  name_key *keys = dg_malloc((n + 1) * sizeof *keys);
  int *chain = dg_malloc((n + 1) * sizeof *chain); /* clusters chained per surname */
  dg_strmap by_surname = DG_STRMAP_INIT;
  int rc = 0;
  if (!order || !keys || !chain) { rc = DG_ENOMEM; goto done; }
  for (size_t i = 0; i < n; i++) order[i] = (int)i;
  dg_sort(order, n, sizeof *order, by_evidence, &g->in);
  for (size_t k = 0; k < n && !rc; k++) {
    const dg_xperson *x = &g->in.persons[order[k]];
    name_key xk;
    map[order[k]] = -1;
    if (x->nonstate) continue; /* commentators are not actors of the graph */
    if ((rc = make_key(g->gz, x->name, &xk)) < 0) break;
    int best = -1;
    size_t sl = strlen(xk.surname);
    /* Candidates share the surname; the earliest cluster wins, a same-country one first. */
    for (int c = dg_strmap_get(&by_surname, xk.surname, sl); c >= 0; c = chain[c]) {
      if (!same_person(&keys[c], g->out.persons[c].iso3, &xk, x->iso3)) continue;
      int same_country = x->iso3[0] && strcmp(g->out.persons[c].iso3, x->iso3) == 0;
      int best_same = best >= 0 && x->iso3[0] && strcmp(g->out.persons[best].iso3, x->iso3) == 0;
      if (best < 0 || (same_country && !best_same) || (same_country == best_same && c < best)) best = c;
    }
    if (best < 0) {
      if ((best = new_cluster(&g->out, x)) < 0) { rc = best; break; }
      keys[best] = xk;
      chain[best] = dg_strmap_get(&by_surname, xk.surname, sl);
      if (dg_strmap_put(&by_surname, xk.surname, sl, best) < 0) { rc = DG_ENOMEM; break; }
    }
    map[order[k]] = best;
    rc = absorb(g->gz, &g->out.persons[best], &keys[best], x);
  }
done:
  dg_free(order);
  dg_free(keys);
  dg_free(chain);
  dg_strmap_free(&by_surname);
  return rc;
}
