/* Analytics of a built graph: centrality of the actors (with igraph), first
 * appearances, format phases (how the set of countries meeting changed over
 * time) and the highest level reached. The "analyse" stage of the flow:
 * graph -> analyse -> export. It reads a built dg_graph and its views and
 * nothing later; exporters take a view annotated by dg_analysis_annotate().
 *
 * Definitions (see also the comments in analyse.c and phases.c):
 *  - Actors are the nodes of the actors view: the countries that act (sorted
 *    by iso3) and the persons (sorted by id), in that order.
 *  - Degree: the number of co-participation ("met") edges of the actors
 *    view at the actor, counting parallel edges (one per meeting, whatever
 *    its status). The "represents" edges (person -> country) are ignored.
 *  - Betweenness: igraph_betweenness, undirected, unweighted, unnormalised,
 *    on the same graph with parallel edges merged (a simple graph: a repeated
 *    meeting does not count as more shortest paths; this is also what
 *    NetworkX computes on the exported multigraph).
 *  - First seen: the earliest date of a dated meeting (any status) the actor
 *    takes part in, at that meeting's precision; "" when none.
 *  - Phases: held meetings with a known date in date order, consecutive
 *    meetings with the same country set grouped. Dates compare as (year,
 *    month, day) with a missing month or day as 0, so "2024-03" sorts before
 *    "2024-03-05"; ties keep the graph's meeting order.
 *  - Highest level: over all held meetings, the highest rung of the ladder
 *    intelligence < defence < foreign < leaders (else deputy-foreign, else
 *    other), with the date of the first dated held meeting that reached it.
 *
 * Not thread-safe: igraph's error and warning handlers are process-wide and
 * swapped during dg_analyse (analyse/igraph_guard.c). */
#ifndef DG_ANALYSE_ANALYSE_H
#define DG_ANALYSE_ANALYSE_H
#include "diplograph.h"
#include "graph/view.h"
#include "merge/merged.h"
#include <stddef.h>

#define DG_DATE_LEN 16 /* room for "YYYY-MM-DD" and its NUL */

typedef struct dg_analysis dg_analysis;

typedef struct {
  char *id;               /* the graph's node id: "country:DEU", "person:anna-keller" */
  char *label;            /* the country's name or the person's name */
  int person;             /* 0 for a country, 1 for a person */
  char iso3[4];           /* the country; a person's country or "" */
  long degree;
  double betweenness;
  char first_seen[DG_DATE_LEN]; /* "" when the actor is in no dated meeting */
} dg_actor_stat;

typedef struct {
  char from[DG_DATE_LEN], to[DG_DATE_LEN]; /* dates of the first and last meeting */
  char countries[DG_MAX_MEETING_COUNTRIES][4]; /* sorted */
  size_t ncountries;
  size_t first, count;    /* the phase's meetings: phased[first .. first + count) */
  unsigned levels;        /* bit per DG_LEVEL_* (a meeting without level counts as other) */
} dg_phase;

typedef struct {
  char date[DG_DATE_LEN]; /* the first meeting of the new phase */
  size_t from, to;        /* number of countries before and after */
  char joined[DG_MAX_MEETING_COUNTRIES][4];
  size_t njoined;
  char left[DG_MAX_MEETING_COUNTRIES][4];
  size_t nleft;
} dg_transition;

struct dg_analysis {
  size_t ncountries, npersons;  /* actors of each kind */
  size_t nmeetings;             /* all meetings */
  size_t held, planned, proposed, cancelled; /* by status */
  size_t undated;               /* held meetings without a known date (not in phases) */
  dg_actor_stat *actors;        /* countries, then persons */
  size_t nactors;
  char **phased;                /* ids of the held dated meetings, in date order */
  size_t nphased;
  dg_phase *phases;
  size_t nphases;
  dg_transition *transitions;   /* nphases - 1 of them (none when nphases < 2) */
  size_t ntransitions;
  int highest;                  /* DG_LEVEL_*, or DG_LEVEL_NONE without held meetings */
  char highest_date[DG_DATE_LEN]; /* "" when only undated meetings reached it */
  char *highest_meeting;        /* id of the meeting that first reached it, or NULL */
};

/* Analyse a built graph. *out is the caller's (dg_analysis_free). An empty
 * graph gives an empty analysis. DG_EARG when the graph is not built, DG_EDEP
 * when igraph fails, DG_ENOMEM. */
int dg_analyse(dg_analysis **out, const dg_graph *g);
/* The same, given the graph's actors view when the caller has already built
 * it (NULL: build it). The view stays the caller's and is only read; another
 * kind of view is DG_EARG. */
int dg_analyse_with_view(dg_analysis **out, const dg_graph *g, const dg_view *actors);
void dg_analysis_free(dg_analysis *a);

/* Set DG_NA_DEGREE ("%ld"), DG_NA_BETWEENNESS ("%.6g", '.' as decimal point)
 * and DG_NA_FIRST_SEEN (NULL when none) on the view's country and person
 * nodes, found by id; works on every view kind (nodes it lacks are skipped).
 * The values are those of the actors graph whatever the view's kind.
 * Returns 0, DG_EARG (NULL argument) or DG_ENOMEM. */
int dg_analysis_annotate(const dg_analysis *a, dg_view *v);

/* A short human summary (for --stats), and the same as JSON. *out is
 * malloc'd, the caller's (free or dg_string_free). 0, DG_EARG or DG_ENOMEM. */
int dg_analysis_text(char **out, const dg_analysis *a);
int dg_analysis_json(char **out, const dg_analysis *a);

/* The proposed public wrapper: analyse g and write the summary as text
 * (as_json == 0) or JSON. */
int dg_graph_stats(char **out, const dg_graph *g, int as_json);

/* phases.c: counts, phases, transitions, highest level and first
 * appearances (fills the fields other than degree and betweenness; the
 * actors must already be listed). 0 or DG_ENOMEM. */
int dg_analyse_phases(dg_analysis *a, const dg_graph *g);

/* report.c: a betweenness value as text, "%.6g" with '.' whatever the locale. */
void dg_format_betweenness(char *buf, size_t n, double v);

#endif
