/* Matching countries and persons of a graph against the answer key. */
#include "eval/eval_internal.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdint.h>
#include <string.h>

#define NONE SIZE_MAX

/* ------------------------------------------------------------- countries */

static int has_iso(const ev_strs *l, size_t upto, const char *iso)
{
  for (size_t i = 0; i < upto && i < l->n; i++)
    if (dg_eval__iso_eq(l->v[i], iso)) return 1;
  return 0;
}

void dg_eval__match_countries(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p)
{
  dg_prf *c = &res->countries;
  for (size_t i = 0; i < g->countries.n; i++) {
    if (has_iso(&p->countries, p->countries.n, g->countries.v[i])) {
      c->tp++;
      dg_buf_printf(rep, "  matched country: %s\n", g->countries.v[i]);
    } else {
      c->fn++;
      dg_buf_printf(rep, "  missed country: %s\n", g->countries.v[i]);
    }
  }
  for (size_t i = 0; i < p->countries.n; i++) {
    const char *iso = p->countries.v[i];
    int dup = has_iso(&p->countries, i, iso);
    if (has_iso(&g->countries, g->countries.n, iso)) {
      if (!dup) continue; /* counted above */
      c->fp++;
      dg_buf_printf(rep, "  extra country: %s (duplicate node)\n", iso);
    } else if (has_iso(&g->countries_opt, g->countries_opt.n, iso)) {
      dg_buf_printf(rep, "  ignored country: %s (optional)\n", iso);
    } else if (has_iso(&g->forbidden_countries, g->forbidden_countries.n, iso)) {
      c->fp++;
      res->forbidden++;
      dg_buf_printf(rep, "  extra country: %s (forbidden)\n", iso);
    } else {
      c->fp++;
      dg_buf_printf(rep, "  extra country: %s\n", iso);
    }
  }
}

/* --------------------------------------------------------------- persons */

/* Pair each gold person with the first free predicted person that matches:
 * exact matches (strength 2) in a first round, loose ones in a second. */
static void pair_persons(size_t *gm, size_t *pm, const ev_persons *gold, const ev_persons *pred)
{
  for (int strength = 2; strength >= 1; strength--)
    for (size_t i = 0; i < gold->n; i++) {
      for (size_t j = 0; gm[i] == NONE && j < pred->n; j++) {
        if (pm[j] != NONE || dg_eval__name_match(&gold->v[i].forms, &pred->v[j].forms) < strength)
          continue;
        gm[i] = j;
        pm[j] = i;
      }
    }
}

static const ev_person *find_person(const ev_persons *l, const ev_person *p)
{
  for (size_t i = 0; i < l->n; i++)
    if (dg_eval__name_match(&l->v[i].forms, &p->forms)) return &l->v[i];
  return NULL;
}

/* A predicted person left unpaired: a duplicate, forbidden, optional or extra. */
static void leftover_person(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_person *p)
{
  const ev_person *o;
  if (!p->country && find_person(&g->persons_opt, p) && !find_person(&g->persons, p)) {
    dg_buf_printf(rep, "  ignored person: %s \"%s\" (optional, no country)\n", p->id, p->name);
    return;
  }
  res->persons.fp++;
  dg_buf_printf(rep, "  extra person: %s \"%s\"", p->id, p->name);
  if ((o = find_person(&g->persons, p))) {
    dg_buf_printf(rep, " (duplicate of %s)\n", o->name);
  } else if ((o = find_person(&g->forbidden_persons, p))) {
    res->forbidden++;
    dg_buf_printf(rep, " (forbidden: %s)\n", o->name);
  } else if ((o = find_person(&g->persons_opt, p))) {
    dg_buf_printf(rep, " (optional %s, acceptable only without a country, has %s)\n", o->name,
                  p->country);
  } else {
    dg_buf_puts(rep, "\n");
  }
}

int dg_eval__match_persons(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p)
{
  const ev_persons *gold = &g->persons, *pred = &p->persons;
  size_t *gm = dg_malloc((gold->n + 1) * sizeof *gm);
  size_t *pm = dg_malloc((pred->n + 1) * sizeof *pm);
  if (!gm || !pm) {
    dg_free(gm);
    dg_free(pm);
    return DG_ENOMEM;
  }
  for (size_t i = 0; i < gold->n; i++) gm[i] = NONE;
  for (size_t j = 0; j < pred->n; j++) pm[j] = NONE;
  pair_persons(gm, pm, gold, pred);
  for (size_t i = 0; i < gold->n; i++) {
    const ev_person *gp = &gold->v[i];
    if (gm[i] == NONE) {
      res->persons.fn++;
      dg_buf_printf(rep, "  missed person: %s (", gp->name);
      dg_eval__put_str(rep, gp->country);
      dg_buf_puts(rep, ")\n");
    } else {
      res->persons.tp++;
      dg_buf_printf(rep, "  %s ~ %s \"%s\"\n", gp->name, pred->v[gm[i]].id, pred->v[gm[i]].name);
    }
  }
  for (size_t j = 0; j < pred->n; j++)
    if (pm[j] == NONE) leftover_person(res, rep, g, &pred->v[j]);
  dg_free(gm);
  dg_free(pm);
  return 0;
}
