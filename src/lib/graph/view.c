/* Building the views: full (countries, persons, meetings), actors (countries
 * and persons, an edge per meeting between co-participants), countries (an
 * edge per pair with counts and dates), timeline (meetings in time order with
 * their countries). */
#include "graph/view_build.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

const dg_attr_spec dg_node_attrs[DG_NA_COUNT] = {
  {"kind", "string"}, {"iso3", "string"}, {"country", "string"}, {"role", "string"},
  {"level", "string"}, {"levels", "string"}, {"date", "string"}, {"date_precision", "string"},
  {"place", "string"}, {"status", "string"}, {"mode", "string"}, {"format", "int"},
  {"countries", "string"}, {"persons", "string"}, {"evidence_count", "int"}, {"degree", "int"},
  {"betweenness", "double"}, {"first_seen", "string"}, {"sources", "string"}, {"corrected", "string"}};

const dg_attr_spec dg_edge_attrs[DG_EA_COUNT] = {
  {"kind", "string"}, {"meeting", "string"}, {"date", "string"}, {"level", "string"},
  {"status", "string"}, {"mode", "string"}, {"format", "int"}, {"count", "int"},
  {"first_date", "string"}, {"last_date", "string"}};

static const char *const view_names[] = {"full", "actors", "countries", "timeline"};

const char *dg_view_name(dg_view_kind kind) { return view_names[kind]; }

int dg_view_parse(const char *name)
{
  for (int i = 0; i < 4; i++)
    if (strcmp(name, view_names[i]) == 0) return i;
  return -1;
}

/* Country colours. A country has one colour in every diagram, whatever the
 * corpus: the gazetteer's "colour", chosen offline for all countries at once
 * (tools/gazetteer/colours.py colours a graph of countries often reported
 * together, so that neighbours, rivals and partners differ). A user file can
 * set it too. A country without one (a user file's new country) takes a
 * colour from its ISO code alone: the code hashed (FNV-1a, then the
 * "lowbias32" finaliser) into the same palette, Paul Tol's "muted" nine,
 * which stay apart for readers with protanopia, deuteranopia or tritanopia
 * (tools/gazetteer/cvd.py checks it). Two countries of one diagram may share
 * a colour; the diagram then tells them apart by the shape of their marks
 * (export/timeline_draw.c), never by changing a colour. */
const unsigned char dg_country_palette[DG_PALETTE_SIZE][3] = {
  {0xCC, 0x66, 0x77}, {0x33, 0x22, 0x88}, {0xDD, 0xCC, 0x77}, {0x11, 0x77, 0x33}, {0x88, 0xCC, 0xEE},
  {0x88, 0x22, 0x55}, {0x44, 0xAA, 0x99}, {0x99, 0x99, 0x33}, {0xAA, 0x44, 0x99}};
static const unsigned char no_country[3] = {0x88, 0x88, 0x88};

unsigned dg_country_slot(const char *iso3)
{
  uint32_t h = 2166136261u;
  for (const unsigned char *p = (const unsigned char *)iso3; *p; p++) h = (h ^ *p) * 16777619u;
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  h *= 0x846ca68bu;
  h ^= h >> 16;
  return h % DG_PALETTE_SIZE;
}

void dg_country_colour(const dg_graph *g, const char *iso3, unsigned char rgb[3])
{
  if (!iso3 || !iso3[0]) { memcpy(rgb, no_country, 3); return; }
  const dg_gazetteer *gz = g ? dg_merged_gazetteer(g) : NULL;
  int i = gz ? dg_gazetteer_country(gz, iso3) : -1;
  if (i >= 0 && gz->countries[i].coloured) memcpy(rgb, gz->countries[i].rgb, 3);
  else memcpy(rgb, dg_country_palette[dg_country_slot(iso3)], 3);
}

int dg_vnode_set(dg_vnode *n, int attr, const char *value)
{
  char *v = value ? dg_strdup(value) : NULL;
  if (value && !v) return DG_ENOMEM;
  dg_free(n->a[attr]);
  n->a[attr] = v;
  return 0;
}

int dg_view_set_int(char **slot, long v)
{
  char b[32];
  snprintf(b, sizeof b, "%ld", v);
  dg_free(*slot);
  return (*slot = dg_strdup(b)) ? 0 : DG_ENOMEM;
}

int dg_view_set_str(char **slot, const char *v)
{
  dg_free(*slot);
  *slot = v ? dg_strdup(v) : NULL;
  return !v || *slot ? 0 : DG_ENOMEM;
}

/* A full date for timelines: month and year precision start on day 1. */
int dg_view_set_start(char **slot, const dg_ymd *d)
{
  char b[16];
  if (d->prec == DG_PREC_NONE || !d->year) return 0;
  snprintf(b, sizeof b, "%04d-%02d-%02d", d->year, d->month ? d->month : 1, d->day ? d->day : 1);
  return dg_view_set_str(slot, b);
}

dg_vnode *dg_view_add_node(dg_view *v, const char *id, const char *label, const char *kind)
{
  if (dg_grow((void **)&v->nodes, &v->capnodes, v->nnodes + 1, sizeof *v->nodes) < 0) return NULL;
  dg_vnode *n = &v->nodes[v->nnodes];
  memset(n, 0, sizeof *n);
  n->id = dg_strdup(id);
  n->label = dg_strdup(label);
  n->a[DG_NA_KIND] = dg_strdup(kind);
  v->nnodes++;
  if (!n->id || !n->label || !n->a[DG_NA_KIND]) return NULL;
  if (dg_strmap_put(&v->index, id, strlen(id), (int)(v->nnodes - 1)) < 0) return NULL;
  return n;
}

dg_vedge *dg_view_add_edge(dg_view *v, size_t s, size_t t, const char *kind)
{
  char id[32];
  if (dg_grow((void **)&v->edges, &v->capedges, v->nedges + 1, sizeof *v->edges) < 0) return NULL;
  dg_vedge *e = &v->edges[v->nedges];
  memset(e, 0, sizeof *e);
  snprintf(id, sizeof id, "e%zu", v->nedges);
  e->id = dg_strdup(id);
  e->source = s;
  e->target = t;
  e->weight = 1;
  e->a[DG_EA_KIND] = dg_strdup(kind);
  v->nedges++;
  if (!e->id || !e->a[DG_EA_KIND]) return NULL;
  return e;
}

long dg_view_find(const dg_view *v, const char *id)
{
  return dg_strmap_get(&v->index, id, strlen(id));
}


int dg_view_build(dg_view **out, const dg_graph *g, dg_view_kind kind)
{
  *out = NULL;
  if (!dg_merged_records(g)) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  dg_view *v = dg_calloc(1, sizeof *v);
  if (!v) return DG_ENOMEM;
  v->kind = kind;
  v->graph = g;
  int rc = dg_view_add_countries(v);
  if (!rc && (kind == DG_VIEW_FULL || kind == DG_VIEW_ACTORS)) rc = dg_view_add_persons(v);
  if (!rc && (kind == DG_VIEW_FULL || kind == DG_VIEW_TIMELINE)) rc = dg_view_add_meetings(v);
  if (!rc) {
    switch (kind) {
    case DG_VIEW_FULL: rc = dg_view_edges_full(v); break;
    case DG_VIEW_ACTORS: rc = dg_view_edges_actors(v); break;
    case DG_VIEW_COUNTRIES: rc = dg_view_edges_countries(v); break;
    case DG_VIEW_TIMELINE: rc = dg_view_edges_timeline(v); break;
    }
  }
  if (rc < 0) { dg_view_free(v); return rc; }
  *out = v;
  return 0;
}

void dg_view_free(dg_view *v)
{
  if (!v) return;
  for (size_t i = 0; i < v->nnodes; i++) {
    dg_vnode *n = &v->nodes[i];
    dg_free(n->id); dg_free(n->label); dg_free(n->start);
    for (int a = 0; a < DG_NA_COUNT; a++) dg_free(n->a[a]);
  }
  for (size_t i = 0; i < v->nedges; i++) {
    dg_vedge *e = &v->edges[i];
    dg_free(e->id); dg_free(e->start);
    for (int a = 0; a < DG_EA_COUNT; a++) dg_free(e->a[a]);
  }
  dg_free(v->nodes);
  dg_free(v->edges);
  dg_strmap_free(&v->index);
  dg_free(v);
}
