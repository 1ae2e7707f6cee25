/* The analysis of a built graph: actors with their degree and betweenness
 * (igraph, on the actors view), then phases.c for the rest; annotating a
 * view; the public wrapper for --stats. */
#include "analyse/analyse.h"
#include "analyse/igraph_guard.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dg_analysis_free(dg_analysis *a)
{
  if (!a) return;
  for (size_t i = 0; i < a->nactors; i++) {
    dg_free(a->actors[i].id);
    dg_free(a->actors[i].label);
  }
  for (size_t i = 0; i < a->nphased; i++) dg_free(a->phased[i]);
  dg_free(a->actors);
  dg_free(a->phased);
  dg_free(a->phases);
  dg_free(a->transitions);
  dg_free(a->highest_meeting);
  dg_free(a);
}

static int is_kind(const dg_vnode *n, const char *kind)
{
  return n->a[DG_NA_KIND] && strcmp(n->a[DG_NA_KIND], kind) == 0;
}

/* The view's country and person nodes as actors, in view order (countries
 * by iso3, then persons by id); vertex[i] = the actor of view node i or -1. */
static int list_actors(dg_analysis *a, const dg_view *v, long *vertex)
{
  a->actors = dg_calloc(v->nnodes ? v->nnodes : 1, sizeof *a->actors);
  if (!a->actors) return DG_ENOMEM;
  for (size_t i = 0; i < v->nnodes; i++) {
    const dg_vnode *n = &v->nodes[i];
    int person = is_kind(n, "person");
    vertex[i] = -1;
    if (!person && !is_kind(n, "country")) continue;
    dg_actor_stat *s = &a->actors[a->nactors];
    const char *iso3 = n->a[person ? DG_NA_COUNTRY : DG_NA_ISO3];
    s->person = person;
    snprintf(s->iso3, sizeof s->iso3, "%s", iso3 ? iso3 : "");
    s->id = dg_strdup(n->id);
    s->label = dg_strdup(n->label);
    vertex[i] = (long)a->nactors++;
    if (!s->id || !s->label) return DG_ENOMEM;
    if (person) a->npersons++;
    else a->ncountries++;
  }
  return 0;
}

/* The co-participation edges ("met") between actors, as igraph's edge list. */
static int edge_list(igraph_vector_int_t *edges, const dg_view *v, const long *vertex)
{
  igraph_integer_t k = 0;
  for (size_t i = 0; i < v->nedges; i++) {
    const dg_vedge *e = &v->edges[i];
    if (!e->a[DG_EA_KIND] || strcmp(e->a[DG_EA_KIND], "met") != 0) continue;
    if (vertex[e->source] < 0 || vertex[e->target] < 0) continue;
    k++;
  }
  int rc = dg_igraph_check(igraph_vector_int_init(edges, 2 * k), "edge list");
  if (rc < 0) return rc;
  k = 0;
  for (size_t i = 0; i < v->nedges; i++) {
    const dg_vedge *e = &v->edges[i];
    if (!e->a[DG_EA_KIND] || strcmp(e->a[DG_EA_KIND], "met") != 0) continue;
    if (vertex[e->source] < 0 || vertex[e->target] < 0) continue;
    VECTOR(*edges)[k++] = vertex[e->source];
    VECTOR(*edges)[k++] = vertex[e->target];
  }
  return 0;
}

/* Exact betweenness costs actors x links: above this many actors it is
 * estimated from BETWEENNESS_SOURCES shortest-path sources, evenly spaced
 * in actor order (so the result is deterministic), and scaled up (Brandes
 * and Pich's pivot estimate), which keeps the cost linear. */
#define BETWEENNESS_EXACT 2000
#define BETWEENNESS_SOURCES 256

static igraph_error_t betweenness(const igraph_t *g, igraph_vector_t *btw, size_t n)
{
  if (n <= BETWEENNESS_EXACT) return igraph_betweenness(g, btw, igraph_vss_all(), IGRAPH_UNDIRECTED, NULL);
  size_t step = (n + BETWEENNESS_SOURCES - 1) / BETWEENNESS_SOURCES, k = (n + step - 1) / step;
  igraph_vector_int_t src;
  igraph_error_t e = igraph_vector_int_init(&src, (igraph_integer_t)k);
  if (e) return e;
  for (size_t i = 0; i < k; i++) VECTOR(src)[i] = (igraph_integer_t)(i * step);
  e = igraph_betweenness_subset(g, btw, igraph_vss_all(), IGRAPH_UNDIRECTED, igraph_vss_vector(&src),
                                igraph_vss_all(), NULL);
  igraph_vector_int_destroy(&src);
  if (!e) igraph_vector_scale(btw, (igraph_real_t)n / (igraph_real_t)k);
  return e;
}

/* Degree on the multigraph, betweenness on its simple graph. Call inside a
 * guard. */
static int centrality(dg_analysis *a, const igraph_vector_int_t *edges)
{
  igraph_t mg, sg;
  igraph_vector_int_t deg;
  igraph_vector_t btw;
  int rc = dg_igraph_check(igraph_create(&mg, edges, (igraph_integer_t)a->nactors, IGRAPH_UNDIRECTED),
                           "building the actors graph");
  if (rc < 0) return rc;
  if ((rc = dg_igraph_check(igraph_copy(&sg, &mg), "copying the actors graph")) < 0) {
    igraph_destroy(&mg);
    return rc;
  }
  int have_deg = 0, have_btw = 0;
  rc = dg_igraph_check(igraph_vector_int_init(&deg, 0), "degree");
  if (!rc) { have_deg = 1; rc = dg_igraph_check(igraph_vector_init(&btw, 0), "betweenness"); }
  if (!rc) have_btw = 1;
  if (!rc)
    rc = dg_igraph_check(igraph_degree(&mg, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS), "degree");
  if (!rc) rc = dg_igraph_check(igraph_simplify(&sg, 1, 1, NULL), "simplifying the actors graph");
  if (!rc)
    rc = dg_igraph_check(betweenness(&sg, &btw, a->nactors), "betweenness");
  for (size_t i = 0; !rc && i < a->nactors; i++) {
    a->actors[i].degree = (long)VECTOR(deg)[i];
    a->actors[i].betweenness = VECTOR(btw)[i];
  }
  if (have_btw) igraph_vector_destroy(&btw);
  if (have_deg) igraph_vector_int_destroy(&deg);
  igraph_destroy(&sg);
  igraph_destroy(&mg);
  return rc;
}

static int analyse_view(dg_analysis *a, const dg_view *v)
{
  long *vertex = dg_malloc((v->nnodes ? v->nnodes : 1) * sizeof *vertex);
  if (!vertex) return DG_ENOMEM;
  int rc = list_actors(a, v, vertex);
  if (!rc) {
    dg_igraph_guard guard;
    igraph_vector_int_t edges;
    dg_igraph_begin(&guard);
    rc = edge_list(&edges, v, vertex);
    if (!rc) {
      rc = centrality(a, &edges);
      igraph_vector_int_destroy(&edges);
    }
    dg_igraph_end(&guard);
  }
  dg_free(vertex);
  return rc;
}

int dg_analyse(dg_analysis **out, const dg_graph *g) { return dg_analyse_with_view(out, g, NULL); }

int dg_analyse_with_view(dg_analysis **out, const dg_graph *g, const dg_view *actors)
{
  dg_view *own = NULL;
  *out = NULL;
  if (!g) return dg_error_set(DG_EARG, "no graph");
  if (actors && actors->kind != DG_VIEW_ACTORS) return dg_error_set(DG_EARG, "not an actors view");
  if (!actors) {
    int rc = dg_view_build(&own, g, DG_VIEW_ACTORS);
    if (rc < 0) return rc;
    actors = own;
  }
  dg_analysis *a = dg_calloc(1, sizeof *a);
  if (!a) {
    dg_view_free(own);
    return DG_ENOMEM;
  }
  a->highest = DG_LEVEL_NONE;
  int rc = analyse_view(a, actors);
  dg_view_free(own);
  if (!rc) rc = dg_analyse_phases(a, g);
  if (rc < 0) {
    dg_analysis_free(a);
    return rc;
  }
  *out = a;
  return 0;
}

int dg_analysis_annotate(const dg_analysis *a, dg_view *v)
{
  char b[32];
  if (!a || !v) return dg_error_set(DG_EARG, "no analysis or no view");
  for (size_t i = 0; i < a->nactors; i++) {
    const dg_actor_stat *s = &a->actors[i];
    long k = dg_view_find(v, s->id);
    if (k < 0) continue;
    dg_vnode *n = &v->nodes[k];
    snprintf(b, sizeof b, "%ld", s->degree);
    if (dg_vnode_set(n, DG_NA_DEGREE, b) < 0) return DG_ENOMEM;
    dg_format_betweenness(b, sizeof b, s->betweenness);
    if (dg_vnode_set(n, DG_NA_BETWEENNESS, b) < 0) return DG_ENOMEM;
    if (dg_vnode_set(n, DG_NA_FIRST_SEEN, s->first_seen[0] ? s->first_seen : NULL) < 0)
      return DG_ENOMEM;
  }
  return 0;
}

int dg_graph_stats(char **out, const dg_graph *g, int as_json)
{
  dg_analysis *a = NULL;
  *out = NULL;
  int rc = dg_analyse(&a, g);
  if (rc < 0) return rc;
  rc = as_json ? dg_analysis_json(out, a) : dg_analysis_text(out, a);
  dg_analysis_free(a);
  return rc;
}
