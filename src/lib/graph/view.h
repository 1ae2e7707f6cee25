/* Views: the merged graph seen as plain nodes and edges with typed
 * attributes, the common input of every graph exporter (DOT, GraphML, GEXF,
 * CSV). The "graph" stage of the flow: it reads a built dg_graph and nothing
 * later. */
#ifndef DG_GRAPH_VIEW_H
#define DG_GRAPH_VIEW_H
#include "diplograph.h"
#include "merge/merged.h"
#include "util/strmap.h"
#include <stddef.h>

/* Node attributes. Values are kept as text; dg_node_attrs gives each a type
 * ("string", "int", "double") for typed formats. NULL = absent. A name that
 * the JSON graph also uses means the same there: "countries" and "persons"
 * are the JSON lists (iso3 codes, person ids) joined by spaces; the number
 * of evidence entries is "evidence_count" (JSON's "evidence" is the list). */
enum {
  DG_NA_KIND, DG_NA_ISO3, DG_NA_COUNTRY, DG_NA_ROLE, DG_NA_LEVEL, DG_NA_LEVELS, DG_NA_DATE,
  DG_NA_DATE_PRECISION, DG_NA_PLACE, DG_NA_STATUS, DG_NA_MODE, DG_NA_FORMAT, DG_NA_COUNTRIES,
  DG_NA_PERSONS, DG_NA_EVIDENCE, DG_NA_DEGREE, DG_NA_BETWEENNESS, DG_NA_FIRST_SEEN,
  DG_NA_SOURCES,   /* meetings: the urls (else ids) of the articles that report it, space-separated */
  DG_NA_CORRECTED, /* the notes of the corrections applied to the node, or absent */
  DG_NA_COUNT
};
/* Edge attributes. */
enum {
  DG_EA_KIND, DG_EA_MEETING, DG_EA_DATE, DG_EA_LEVEL, DG_EA_STATUS, DG_EA_MODE, DG_EA_FORMAT,
  DG_EA_COUNT_MEETINGS, DG_EA_FIRST_DATE, DG_EA_LAST_DATE,
  DG_EA_COUNT
};

typedef struct {
  const char *name; /* no spaces: usable as a GraphML attr.name or CSV header */
  const char *type; /* "string", "int" or "double" */
} dg_attr_spec;

extern const dg_attr_spec dg_node_attrs[DG_NA_COUNT];
extern const dg_attr_spec dg_edge_attrs[DG_EA_COUNT];

typedef struct {
  char *id;           /* the graph's node id ("country:TUR", "person:...", "meeting:...") */
  char *label;
  char *a[DG_NA_COUNT];
  unsigned char rgb[3]; /* one colour per country, everywhere */
  double size;        /* drawing size, from degree or participants */
  char *start;        /* first date the node exists (GEXF), or NULL */
} dg_vnode;

typedef struct {
  char *id;           /* unique within the view, so parallel edges survive */
  size_t source, target; /* node indices */
  char *a[DG_EA_COUNT];
  double weight;
  char *start;        /* date of the edge (GEXF), or NULL */
} dg_vedge;

typedef enum { DG_VIEW_FULL = 0, DG_VIEW_ACTORS, DG_VIEW_COUNTRIES, DG_VIEW_TIMELINE } dg_view_kind;

typedef struct {
  dg_view_kind kind;
  dg_vnode *nodes;
  size_t nnodes, capnodes;
  dg_vedge *edges;
  size_t nedges, capedges;
  const dg_graph *graph; /* what it was built from */
  dg_strmap index;       /* node id -> index */
} dg_view;

const char *dg_view_name(dg_view_kind kind);
/* "full", "actors", "countries", "timeline"; returns -1 when unknown. */
int dg_view_parse(const char *name);

/* Build a view of a built graph. *out is the caller's (dg_view_free). */
int dg_view_build(dg_view **out, const dg_graph *g, dg_view_kind kind);
void dg_view_free(dg_view *v);

/* Index of the node with this id, or -1. */
long dg_view_find(const dg_view *v, const char *id);
/* Set (replace) a node attribute from text; returns 0 or DG_ENOMEM. */
int dg_vnode_set(dg_vnode *n, int attr, const char *value);

/* The colour of a country: the gazetteer's, or for a country without one
 * the palette's colour at dg_country_slot (its ISO code hashed); the same in
 * every graph (view.c says why). Grey for an unknown country (""). */
#define DG_PALETTE_SIZE 9
extern const unsigned char dg_country_palette[DG_PALETTE_SIZE][3];
unsigned dg_country_slot(const char *iso3);
void dg_country_colour(const dg_graph *g, const char *iso3, unsigned char rgb[3]);

#endif
