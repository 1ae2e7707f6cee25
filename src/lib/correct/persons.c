/* Corrections of persons: drop, set (name, country, role), merge. */
#include "correct/correct.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static int find_one(dg_capply *a, const dg_cref *ref, size_t *i)
{
  char d[320];
  size_t hits[2];
  dg_correct__describe(d, sizeof d, ref);
  size_t n = dg_correct__find_persons(a->r, ref, hits, 2);
  if (n == 1) { *i = hits[0]; return 0; }
  snprintf(a->why, sizeof a->why, n ? "%s names several persons: quote the name as written, or use its key"
                                    : "no person has %s (the article or the extraction changed?)", d);
  return 1;
}

/* Person p leaves the graph; meetings forget it, later indices move down. */
static void remove_person(dg_records *r, size_t p)
{
  for (size_t m = 0; m < r->nmeetings; m++) {
    dg_xmeeting *x = &r->meetings[m];
    size_t w = 0;
    for (size_t k = 0; k < x->npersons; k++) {
      if (x->persons[k] == (int)p) continue;
      x->persons[w++] = x->persons[k] > (int)p ? x->persons[k] - 1 : x->persons[k];
    }
    x->npersons = w;
  }
  dg_xperson_clear(&r->persons[p]);
  memmove(&r->persons[p], &r->persons[p + 1], (r->npersons - p - 1) * sizeof *r->persons);
  r->npersons--;
}

static int has_alias(const dg_xperson *p, const char *s)
{
  if (p->name && strcmp(p->name, s) == 0) return 1;
  for (size_t i = 0; i < p->aliases.n; i++)
    if (strcmp(p->aliases.v[i], s) == 0) return 1;
  return 0;
}

/* The level of a role, from the gazetteer's titles; "other" when unknown. */
static int role_level(const dg_gazetteer *gz, const char *role)
{
  for (size_t i = 0; gz && i < gz->ntitles; i++)
    if (gz->titles[i].role && strcmp(gz->titles[i].role, role) == 0) return gz->titles[i].level;
  return DG_LEVEL_OTHER;
}

static int set_person(dg_capply *a, const dg_correction *c)
{
  size_t i;
  int rc = find_one(a, &c->target, &i), changed = 0;
  if (rc) return rc;
  dg_xperson *p = &a->r->persons[i];
  const dg_cset *s = &c->set;
  if (s->name && (!p->name || strcmp(p->name, s->name))) {
    char *n = dg_strdup(s->name);
    if (!n || (p->name && dg_strv_push(&p->aliases, p->name) < 0)) { dg_free(n); return DG_ENOMEM; }
    dg_free(p->name);
    p->name = n;
    changed = 1;
  }
  if (s->has_country && strcmp(p->iso3, s->iso3)) { memcpy(p->iso3, s->iso3, 4); changed = 1; }
  if (s->role && (!p->role || strcmp(p->role, s->role))) {
    char *r = dg_strdup(s->role);
    if (!r) return DG_ENOMEM;
    dg_free(p->role);
    p->role = r;
    p->level = role_level(a->gz, r);
    changed = 1;
  }
  return changed ? dg_correct__mark(&p->corrected, c) : 2;
}

/* Person o joins person t: its names become aliases, its evidence and its
 * meetings become t's. */
static int absorb(dg_records *r, size_t t, size_t o)
{
  dg_xperson *pt = &r->persons[t], *po = &r->persons[o];
  if (po->name && !has_alias(pt, po->name) && dg_strv_push(&pt->aliases, po->name) < 0) return DG_ENOMEM;
  for (size_t k = 0; k < po->aliases.n; k++)
    if (!has_alias(pt, po->aliases.v[k]) && dg_strv_push(&pt->aliases, po->aliases.v[k]) < 0) return DG_ENOMEM;
  for (size_t k = 0; k < po->ev.n; k++) {
    const dg_evidence *e = &po->ev.v[k];
    if (dg_evlist_add(&pt->ev, e->doc, e->start, e->end, e->sentence, strlen(e->sentence)) < 0) return DG_ENOMEM;
  }
  if (!pt->iso3[0]) memcpy(pt->iso3, po->iso3, 4);
  if (!pt->role && po->role) { pt->role = po->role; pt->level = po->level; po->role = NULL; }
  for (size_t m = 0; m < r->nmeetings; m++) {
    dg_xmeeting *x = &r->meetings[m];
    int has_t = 0;
    for (size_t k = 0; k < x->npersons; k++) has_t |= x->persons[k] == (int)t;
    for (size_t k = 0; k < x->npersons; k++)
      if (x->persons[k] == (int)o && !has_t) { x->persons[k] = (int)t; has_t = 1; }
  }
  return 0;
}

static int merge_persons(dg_capply *a, const dg_correction *c)
{
  size_t t;
  int rc = find_one(a, &c->target, &t), merged = 0;
  for (size_t k = 0; !rc && k < c->nrefs; k++) {
    size_t o;
    if ((rc = find_one(a, &c->refs[k], &o)) != 0 || o == t) continue;
    if ((rc = absorb(a->r, t, o)) < 0) return rc;
    remove_person(a->r, o);
    if (o < t) t--;
    merged = 1;
  }
  if (rc) return rc;
  if (!merged) { snprintf(a->why, sizeof a->why, "the persons it names are already one"); return 1; }
  return dg_correct__mark(&a->r->persons[t].corrected, c);
}

int dg_correct__person(dg_capply *a, const dg_correction *c)
{
  size_t i;
  int rc;
  switch (c->action) {
  case DG_C_DROP_PERSON:
    if ((rc = find_one(a, &c->target, &i))) return rc;
    remove_person(a->r, i);
    return 0;
  case DG_C_SET_PERSON: return set_person(a, c);
  case DG_C_MERGE_PERSONS: return merge_persons(a, c);
  default: return dg_error_set(DG_EARG, "not a person correction");
  }
}
