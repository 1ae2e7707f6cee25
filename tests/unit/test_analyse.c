/* Analytics of a built graph: degree and betweenness of the actors (igraph),
 * first appearances, format phases and transitions, the highest level, the
 * text and JSON summaries, annotating every kind of view, the empty graph,
 * igraph's errors turned into DG_EDEP, and allocation failures.
 *
 * The graphs are built from invented articles through the public API. The
 * main story (8 meetings):
 *   M1 2024-02-02 DEU FRA          defence   Brenner, Girard            held
 *   M2 2024-03-05 DEU FRA POL      foreign   Valmont, Keller, Zalewski  held
 *   M3 2024-04-10 DEU FRA POL      defence   Brenner, Girard, Nowicki   held
 *   M4 2024-06-12 DEU FRA POL UKR  foreign   Valmont, Keller, Zalewski, Marchenko  held
 *   M5 2024-07-03 MDA UKR          foreign   Marchenko, Rusu            held
 *   M6 2024-09-20 DEU FRA POL UKR  leaders                              planned
 *   M7 2024-10    POL UKR          foreign                              proposed
 *   M8 undated    DEU UKR          defence                              held
 * Degree counts one edge per meeting and pair (all statuses): DEU 1+2+2+3+3+1
 * = 12, FRA 1+2+2+3+3 = 11, POL 2+2+3+3+1 = 11, UKR 3+1+3+1+1 = 9, MDA 1.
 * The simple country graph is K4 (DEU FRA POL UKR) plus MDA-UKR: UKR lies on
 * the shortest paths MDA-DEU, MDA-FRA, MDA-POL, betweenness 3, others 0.
 * Persons: Brenner, Girard 1+2 = 3, Nowicki 2, Valmont, Keller, Zalewski
 * 2+3 = 5, Marchenko 3+1 = 4, Rusu 1; the simple person graph is a triangle
 * (Brenner Girard Nowicki) and K4 (Valmont Keller Zalewski Marchenko) plus
 * Marchenko-Rusu: Marchenko 3, others 0. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "analyse/analyse.h"
#include "analyse/igraph_guard.h"
#include "graph/view.h"

void dg_alloc_fail_after(long n); /* util/alloc.c, for tests */

static dg_gazetteer *gz;

typedef struct {
  const char *id, *published, *text;
} doc_in;

static const doc_in story[] = {
  {"d1", "2024-02-03",
   "German Defence Minister Karl Brenner and French Defence Minister Paul Girard met in Berlin on 2 "
   "February 2024."},
  {"d2", "2024-03-06",
   "French Foreign Minister Jean Valmont, German Foreign Minister Anna Keller and Polish Foreign "
   "Minister Piotr Zalewski met in Weimar on 5 March 2024."},
  {"d3", "2024-04-11",
   "German Defence Minister Karl Brenner, French Defence Minister Paul Girard and Polish Defence "
   "Minister Marek Nowicki met in Paris on 10 April 2024."},
  {"d4", "2024-06-13",
   "French Foreign Minister Jean Valmont, German Foreign Minister Anna Keller, Polish Foreign "
   "Minister Piotr Zalewski and Ukrainian Foreign Minister Oleh Marchenko met in Paris on 12 June "
   "2024."},
  {"d5", "2024-07-04",
   "Ukrainian Foreign Minister Oleh Marchenko and Moldovan Foreign Minister Ion Rusu met in Chisinau "
   "on 3 July 2024."},
  {"d6", "2024-07-10",
   "The leaders of France, Germany, Poland and Ukraine will meet in Warsaw on 20 September 2024."},
  {"d7", "2024-07-12", "The foreign ministers of Poland and Ukraine could meet in Warsaw in October 2024."},
  {"d8", "2024-05-02", "The defence ministers of Germany and Ukraine met in Berlin."},
};
#define NSTORY (sizeof story / sizeof story[0])

/* A square: FRA-DEU twice, DEU-ITA, FRA-ESP, ESP-ITA. */
static const doc_in square[] = {
  {"s1", "2024-01-11", "The foreign ministers of France and Germany met in Paris on 10 January 2024."},
  {"s2", "2024-02-11", "The foreign ministers of France and Germany met in Berlin on 10 February 2024."},
  {"s3", "2024-03-11", "The foreign ministers of Germany and Italy met in Rome on 10 March 2024."},
  {"s4", "2024-04-11", "The foreign ministers of France and Spain met in Madrid on 10 April 2024."},
  {"s5", "2024-05-11", "The foreign ministers of Spain and Italy met in Rome on 10 May 2024."},
};

/* ------------------------------------------------------------- harness */

static dg_graph *build(const doc_in *docs, size_t n)
{
  dg_graph *g = NULL;
  assert_int_equal(dg_graph_new(&g), 0);
  for (size_t i = 0; i < n; i++) {
    dg_document *d = NULL;
    dg_extraction *x = NULL;
    assert_int_equal(dg_document_from_memory(&d, docs[i].id, docs[i].text, strlen(docs[i].text)), 0);
    if (docs[i].published) assert_int_equal(dg_document_set_published(d, docs[i].published), 0);
    assert_int_equal(dg_extract(&x, gz, d, NULL), 0);
    assert_int_equal(dg_graph_add(g, x), 0);
    dg_extraction_free(x);
    dg_document_free(d);
  }
  assert_int_equal(dg_graph_build(g, gz), 0);
  return g;
}

static dg_analysis *analyse(const dg_graph *g)
{
  dg_analysis *a = NULL;
  int rc = dg_analyse(&a, g);
  if (rc) fail_msg("dg_analyse: %d %s", rc, dg_error_last()->message);
  assert_non_null(a);
  return a;
}

static const dg_actor_stat *actor(const dg_analysis *a, const char *id)
{
  for (size_t i = 0; i < a->nactors; i++)
    if (strcmp(a->actors[i].id, id) == 0) return &a->actors[i];
  fail_msg("no actor %s", id);
  return NULL;
}

static void check_actor(const dg_analysis *a, const char *id, long degree, double btw, const char *first)
{
  const dg_actor_stat *s = actor(a, id);
  if (s->degree != degree) fail_msg("%s: degree %ld, expected %ld", id, s->degree, degree);
  if (s->betweenness < btw - 1e-9 || s->betweenness > btw + 1e-9)
    fail_msg("%s: betweenness %g, expected %g", id, s->betweenness, btw);
  assert_string_equal(s->first_seen, first);
}

/* n codes of 4 bytes each at set, separated by spaces. */
static void codes_equal(const char *set, size_t n, const char *expected)
{
  char buf[128] = "";
  for (size_t k = 0; k < n; k++) {
    if (k) strcat(buf, " ");
    strcat(buf, set + 4 * k);
  }
  assert_string_equal(buf, expected);
}

/* ---------------------------------------------------------------- tests */

static void centrality(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  dg_analysis *a = analyse(g);
  assert_int_equal(a->ncountries, 5);
  assert_int_equal(a->npersons, 8);
  assert_int_equal(a->nactors, 13);
  check_actor(a, "country:DEU", 12, 0, "2024-02-02");
  check_actor(a, "country:FRA", 11, 0, "2024-02-02");
  check_actor(a, "country:POL", 11, 0, "2024-03-05");
  check_actor(a, "country:UKR", 9, 3, "2024-06-12");
  check_actor(a, "country:MDA", 1, 0, "2024-07-03");
  check_actor(a, "person:karl-brenner", 3, 0, "2024-02-02");
  check_actor(a, "person:paul-girard", 3, 0, "2024-02-02");
  check_actor(a, "person:marek-nowicki", 2, 0, "2024-04-10");
  check_actor(a, "person:jean-valmont", 5, 0, "2024-03-05");
  check_actor(a, "person:anna-keller", 5, 0, "2024-03-05");
  check_actor(a, "person:piotr-zalewski", 5, 0, "2024-03-05");
  check_actor(a, "person:oleh-marchenko", 4, 3, "2024-06-12");
  check_actor(a, "person:ion-rusu", 1, 0, "2024-07-03");
  /* countries first (by iso3), then persons (by id) */
  assert_string_equal(a->actors[0].id, "country:DEU");
  assert_string_equal(a->actors[5].id, "person:anna-keller");
  assert_string_equal(actor(a, "person:ion-rusu")->iso3, "MDA");
  assert_string_equal(actor(a, "country:UKR")->label, "Ukraine");
  dg_analysis_free(a);
  dg_graph_free(g);
}

/* Repeated meetings are parallel edges for the degree, one edge for the
 * betweenness: on the square FRA=DEU-ITA-ESP-FRA every actor has 0.5 (on the
 * multigraph igraph would give DEU and FRA 2/3, ESP and ITA 1/3). */
static void betweenness_ignores_repeats(void **state)
{
  (void)state;
  dg_graph *g = build(square, sizeof square / sizeof square[0]);
  dg_analysis *a = analyse(g);
  check_actor(a, "country:FRA", 3, 0.5, "2024-01-10");
  check_actor(a, "country:DEU", 3, 0.5, "2024-01-10");
  check_actor(a, "country:ITA", 2, 0.5, "2024-03-10");
  check_actor(a, "country:ESP", 2, 0.5, "2024-04-10");
  /* FRA DEU twice in a row: one phase of two meetings */
  assert_int_equal(a->nphases, 4);
  assert_int_equal(a->phases[0].count, 2);
  assert_string_equal((const char *)a->phases[0].from, "2024-01-10");
  assert_string_equal((const char *)a->phases[0].to, "2024-02-10");
  assert_int_equal(a->ntransitions, 3);
  codes_equal((const char *)a->transitions[0].joined, a->transitions[0].njoined, "ITA");
  codes_equal((const char *)a->transitions[0].left, a->transitions[0].nleft, "FRA");
  dg_analysis_free(a);
  dg_graph_free(g);
}

static void phases(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  dg_analysis *a = analyse(g);
  assert_int_equal(a->nmeetings, 8);
  assert_int_equal(a->held, 6);
  assert_int_equal(a->planned, 1);
  assert_int_equal(a->proposed, 1);
  assert_int_equal(a->undated, 1);
  assert_int_equal(a->nphased, 5);
  assert_int_equal(a->nphases, 4);

  const dg_phase *p = a->phases;
  assert_string_equal(p[0].from, "2024-02-02");
  assert_string_equal(p[0].to, "2024-02-02");
  codes_equal((const char *)p[0].countries, p[0].ncountries, "DEU FRA");
  assert_int_equal(p[0].count, 1);
  assert_int_equal(p[0].levels, 1u << DG_LEVEL_DEFENCE);

  assert_string_equal(p[1].from, "2024-03-05");
  assert_string_equal(p[1].to, "2024-04-10");
  codes_equal((const char *)p[1].countries, p[1].ncountries, "DEU FRA POL");
  assert_int_equal(p[1].count, 2);
  assert_int_equal(p[1].levels, (1u << DG_LEVEL_DEFENCE) | (1u << DG_LEVEL_FOREIGN));
  assert_string_equal(a->phased[p[1].first], "meeting:2024-03-05-deu-fra-pol-foreign");
  assert_string_equal(a->phased[p[1].first + 1], "meeting:2024-04-10-deu-fra-pol-defence");

  codes_equal((const char *)p[2].countries, p[2].ncountries, "DEU FRA POL UKR");
  assert_string_equal(p[2].from, "2024-06-12");
  codes_equal((const char *)p[3].countries, p[3].ncountries, "MDA UKR");
  assert_string_equal(p[3].from, "2024-07-03");

  assert_int_equal(a->ntransitions, 3);
  const dg_transition *t = a->transitions;
  assert_string_equal(t[0].date, "2024-03-05");
  assert_int_equal(t[0].from, 2);
  assert_int_equal(t[0].to, 3);
  codes_equal((const char *)t[0].joined, t[0].njoined, "POL");
  assert_int_equal(t[0].nleft, 0);
  assert_string_equal(t[1].date, "2024-06-12");
  assert_int_equal(t[1].from, 3);
  assert_int_equal(t[1].to, 4);
  codes_equal((const char *)t[1].joined, t[1].njoined, "UKR");
  assert_int_equal(t[1].nleft, 0);
  assert_string_equal(t[2].date, "2024-07-03");
  assert_int_equal(t[2].from, 4);
  assert_int_equal(t[2].to, 2);
  codes_equal((const char *)t[2].joined, t[2].njoined, "MDA");
  codes_equal((const char *)t[2].left, t[2].nleft, "DEU FRA POL");

  /* leaders is only planned: the highest level reached is foreign, first on 5 March */
  assert_int_equal(a->highest, DG_LEVEL_FOREIGN);
  assert_string_equal(a->highest_date, "2024-03-05");
  assert_string_equal(a->highest_meeting, "meeting:2024-03-05-deu-fra-pol-foreign");
  dg_analysis_free(a);
  dg_graph_free(g);
}

static const char expected_text[] =
  "actors: 5 countries, 8 persons; meetings: 8 (6 held, 1 planned, 1 proposed; 1 held undated)\n"
  "phases:\n"
  "  2024-02-02              DEU FRA          2 countries  1 meeting   defence\n"
  "  2024-03-05..2024-04-10  DEU FRA POL      3 countries  2 meetings  defence, foreign\n"
  "  2024-06-12              DEU FRA POL UKR  4 countries  1 meeting   foreign\n"
  "  2024-07-03              MDA UKR          2 countries  1 meeting   foreign\n"
  "transitions:\n"
  "  2024-03-05: 2 -> 3 countries, joined POL\n"
  "  2024-06-12: 3 -> 4 countries, joined UKR\n"
  "  2024-07-03: 4 -> 2 countries, joined MDA, left DEU FRA POL\n"
  "highest level: foreign (2024-03-05)\n"
  "first appearance: DEU 2024-02-02, FRA 2024-02-02, POL 2024-03-05, UKR 2024-06-12, MDA 2024-07-03\n"
  "centrality (degree, betweenness):\n"
  "  DEU              12  0\n"
  "  FRA              11  0\n"
  "  POL              11  0\n"
  "  UKR               9  3\n"
  "  MDA               1  0\n"
  "  Anna Keller       5  0\n"
  "  Jean Valmont      5  0\n"
  "  Piotr Zalewski    5  0\n"
  "  Oleh Marchenko    4  3\n"
  "  Karl Brenner      3  0\n"
  "  Paul Girard       3  0\n"
  "  Marek Nowicki     2  0\n"
  "  Ion Rusu          1  0\n";

static void text_summary(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  dg_analysis *a = analyse(g);
  char *text = NULL;
  assert_int_equal(dg_analysis_text(&text, a), 0);
  if (strcmp(text, expected_text) != 0) fail_msg("text summary:\n%s", text);
  free(text);
  /* the wrapper gives the same */
  assert_int_equal(dg_graph_stats(&text, g, 0), 0);
  assert_string_equal(text, expected_text);
  free(text);
  dg_analysis_free(a);
  dg_graph_free(g);
}

static const cJSON *get(const cJSON *o, const char *key)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!v) fail_msg("no key %s", key);
  return v;
}

static double num(const cJSON *o, const char *key)
{
  const cJSON *v = get(o, key);
  assert_true(cJSON_IsNumber(v));
  return v->valuedouble;
}

static const char *str(const cJSON *o, const char *key)
{
  const cJSON *v = get(o, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void json_codes_equal(const cJSON *arr, const char *expected)
{
  char buf[128] = "";
  const cJSON *v;
  assert_true(cJSON_IsArray(arr));
  cJSON_ArrayForEach(v, arr) {
    assert_true(cJSON_IsString(v));
    if (buf[0]) strcat(buf, " ");
    strcat(buf, v->valuestring);
  }
  assert_string_equal(buf, expected);
}

static const cJSON *json_actor(const cJSON *root, const char *id)
{
  const cJSON *n;
  cJSON_ArrayForEach(n, get(root, "actors")) if (strcmp(str(n, "id"), id) == 0) return n;
  fail_msg("no actor %s", id);
  return NULL;
}

static void json_summary(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  dg_analysis *a = analyse(g);
  char *json = NULL, *again = NULL;
  assert_int_equal(dg_analysis_json(&json, a), 0);
  cJSON *root = cJSON_Parse(json);
  assert_non_null(root);

  /* key order is fixed */
  const char *keys[] = {"counts", "phases", "transitions", "highest_level", "actors"};
  const cJSON *k = root->child;
  for (size_t i = 0; i < sizeof keys / sizeof *keys; i++, k = k->next) {
    assert_non_null(k);
    assert_string_equal(k->string, keys[i]);
  }
  assert_null(k);

  const cJSON *c = get(root, "counts");
  assert_int_equal((int)num(c, "countries"), 5);
  assert_int_equal((int)num(c, "persons"), 8);
  assert_int_equal((int)num(c, "meetings"), 8);
  assert_int_equal((int)num(c, "held"), 6);
  assert_int_equal((int)num(c, "planned"), 1);
  assert_int_equal((int)num(c, "proposed"), 1);
  assert_int_equal((int)num(c, "undated"), 1);
  assert_int_equal((int)num(c, "in_phases"), 5);

  const cJSON *ph = get(root, "phases");
  assert_int_equal(cJSON_GetArraySize(ph), 4);
  const cJSON *p1 = cJSON_GetArrayItem(ph, 1);
  assert_string_equal(str(p1, "from"), "2024-03-05");
  assert_string_equal(str(p1, "to"), "2024-04-10");
  json_codes_equal(get(p1, "countries"), "DEU FRA POL");
  assert_int_equal((int)num(p1, "format"), 3);
  assert_int_equal((int)num(p1, "meetings"), 2);
  json_codes_equal(get(p1, "meeting_ids"),
                   "meeting:2024-03-05-deu-fra-pol-foreign meeting:2024-04-10-deu-fra-pol-defence");
  json_codes_equal(get(p1, "levels"), "defence foreign");
  assert_string_equal(str(p1, "level"), "foreign");

  const cJSON *tr = get(root, "transitions");
  assert_int_equal(cJSON_GetArraySize(tr), 3);
  const cJSON *t1 = cJSON_GetArrayItem(tr, 1);
  assert_string_equal(str(t1, "date"), "2024-06-12");
  assert_int_equal((int)num(t1, "from"), 3);
  assert_int_equal((int)num(t1, "to"), 4);
  json_codes_equal(get(t1, "joined"), "UKR");
  json_codes_equal(get(t1, "left"), "");
  json_codes_equal(get(cJSON_GetArrayItem(tr, 2), "left"), "DEU FRA POL");

  const cJSON *h = get(root, "highest_level");
  assert_string_equal(str(h, "level"), "foreign");
  assert_string_equal(str(h, "date"), "2024-03-05");
  assert_string_equal(str(h, "meeting"), "meeting:2024-03-05-deu-fra-pol-foreign");

  assert_int_equal(cJSON_GetArraySize(get(root, "actors")), 13);
  const cJSON *ukr = json_actor(root, "country:UKR");
  assert_string_equal(str(ukr, "kind"), "country");
  assert_string_equal(str(ukr, "iso3"), "UKR");
  assert_int_equal((int)num(ukr, "degree"), 9);
  assert_true(num(ukr, "betweenness") == 3.0);
  assert_string_equal(str(ukr, "first_seen"), "2024-06-12");
  const cJSON *om = json_actor(root, "person:oleh-marchenko");
  assert_string_equal(str(om, "kind"), "person");
  assert_string_equal(str(om, "label"), "Oleh Marchenko");
  assert_string_equal(str(om, "country"), "UKR");
  assert_int_equal((int)num(om, "degree"), 4);
  assert_true(num(om, "betweenness") == 3.0);
  cJSON_Delete(root);

  /* deterministic: again, through the wrapper, and from the articles in another order */
  assert_int_equal(dg_graph_stats(&again, g, 1), 0);
  assert_string_equal(json, again);
  free(again);
  doc_in reversed[NSTORY];
  for (size_t i = 0; i < NSTORY; i++) reversed[i] = story[NSTORY - 1 - i];
  dg_graph *g2 = build(reversed, NSTORY);
  assert_int_equal(dg_graph_stats(&again, g2, 1), 0);
  assert_string_equal(json, again);
  free(again);
  dg_graph_free(g2);
  free(json);
  dg_analysis_free(a);
  dg_graph_free(g);
}

static const char *node_attr(const dg_view *v, const char *id, int attr)
{
  long k = dg_view_find(v, id);
  if (k < 0) fail_msg("no node %s in the %s view", id, dg_view_name(v->kind));
  return v->nodes[k].a[attr];
}

static void annotate_views(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  dg_analysis *a = analyse(g);
  for (int kind = DG_VIEW_FULL; kind <= DG_VIEW_TIMELINE; kind++) {
    dg_view *v = NULL;
    assert_int_equal(dg_view_build(&v, g, (dg_view_kind)kind), 0);
    assert_int_equal(dg_analysis_annotate(a, v), 0);
    assert_string_equal(node_attr(v, "country:UKR", DG_NA_DEGREE), "9");
    assert_string_equal(node_attr(v, "country:UKR", DG_NA_BETWEENNESS), "3");
    assert_string_equal(node_attr(v, "country:UKR", DG_NA_FIRST_SEEN), "2024-06-12");
    assert_string_equal(node_attr(v, "country:DEU", DG_NA_DEGREE), "12");
    assert_string_equal(node_attr(v, "country:MDA", DG_NA_BETWEENNESS), "0");
    int persons = kind == DG_VIEW_FULL || kind == DG_VIEW_ACTORS;
    assert_int_equal(dg_view_find(v, "person:oleh-marchenko") >= 0, persons);
    if (persons) {
      assert_string_equal(node_attr(v, "person:oleh-marchenko", DG_NA_DEGREE), "4");
      assert_string_equal(node_attr(v, "person:oleh-marchenko", DG_NA_BETWEENNESS), "3");
      assert_string_equal(node_attr(v, "person:marek-nowicki", DG_NA_FIRST_SEEN), "2024-04-10");
    }
    for (size_t i = 0; i < v->nnodes; i++) /* meetings are not actors */
      if (strcmp(v->nodes[i].a[DG_NA_KIND], "meeting") == 0) {
        assert_null(v->nodes[i].a[DG_NA_DEGREE]);
        assert_null(v->nodes[i].a[DG_NA_BETWEENNESS]);
      }
    /* annotating twice replaces */
    assert_int_equal(dg_analysis_annotate(a, v), 0);
    assert_string_equal(node_attr(v, "country:UKR", DG_NA_DEGREE), "9");
    dg_view_free(v);
  }
  dg_analysis_free(a);
  dg_graph_free(g);
}

/* The actors view's degree attribute equals the number of "met" edges at the node. */
static void degree_matches_view(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  dg_analysis *a = analyse(g);
  dg_view *v = NULL;
  assert_int_equal(dg_view_build(&v, g, DG_VIEW_ACTORS), 0);
  assert_int_equal(dg_analysis_annotate(a, v), 0);
  for (size_t i = 0; i < v->nnodes; i++) {
    long n = 0;
    char b[32];
    for (size_t e = 0; e < v->nedges; e++)
      if (strcmp(v->edges[e].a[DG_EA_KIND], "met") == 0) n += (v->edges[e].source == i) + (v->edges[e].target == i);
    snprintf(b, sizeof b, "%ld", n);
    assert_string_equal(v->nodes[i].a[DG_NA_DEGREE], b);
  }
  dg_view_free(v);
  dg_analysis_free(a);
  dg_graph_free(g);
}

/* Given the actors view the caller built, the analysis is the one it builds
 * itself; any other view kind is refused and nothing is returned. */
static void analyse_with_view(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  dg_analysis *own = analyse(g), *given = NULL, *wrong = (dg_analysis *)1;
  dg_view *v = NULL, *full = NULL;
  assert_int_equal(dg_view_build(&v, g, DG_VIEW_ACTORS), 0);
  assert_int_equal(dg_analyse_with_view(&given, g, v), 0);
  assert_int_equal(given->nactors, own->nactors);
  for (size_t i = 0; i < own->nactors; i++) {
    const dg_actor_stat *s = &own->actors[i];
    check_actor(given, s->id, s->degree, s->betweenness, s->first_seen);
  }
  assert_int_equal(given->highest, own->highest);
  assert_int_equal(dg_view_build(&full, g, DG_VIEW_FULL), 0);
  assert_int_equal(dg_analyse_with_view(&wrong, g, full), DG_EARG);
  assert_null(wrong);
  dg_view_free(full);
  dg_view_free(v);
  dg_analysis_free(given);
  dg_analysis_free(own);
  dg_graph_free(g);
}

static void empty_graph(void **state)
{
  (void)state;
  static const doc_in quiet[] = {{"q1", "2024-01-01", "The weather in Paris was mild on Monday."}};
  for (int round = 0; round < 2; round++) {
    dg_graph *g = round ? build(quiet, 1) : build(NULL, 0);
    dg_analysis *a = analyse(g);
    assert_int_equal(a->nactors, 0);
    assert_int_equal(a->nmeetings, 0);
    assert_int_equal(a->nphases, 0);
    assert_int_equal(a->ntransitions, 0);
    assert_int_equal(a->highest, DG_LEVEL_NONE);
    assert_null(a->highest_meeting);
    char *text = NULL, *json = NULL;
    assert_int_equal(dg_analysis_text(&text, a), 0);
    assert_string_equal(text, "actors: 0 countries, 0 persons; meetings: 0\n"
                              "phases: none\n"
                              "highest level: none\n"
                              "first appearance: none\n");
    free(text);
    assert_int_equal(dg_analysis_json(&json, a), 0);
    cJSON *root = cJSON_Parse(json);
    assert_non_null(root);
    assert_int_equal((int)num(get(root, "counts"), "meetings"), 0);
    assert_int_equal(cJSON_GetArraySize(get(root, "phases")), 0);
    assert_int_equal(cJSON_GetArraySize(get(root, "transitions")), 0);
    assert_int_equal(cJSON_GetArraySize(get(root, "actors")), 0);
    assert_true(cJSON_IsNull(get(root, "highest_level")));
    cJSON_Delete(root);
    free(json);
    dg_view *v = NULL;
    assert_int_equal(dg_view_build(&v, g, DG_VIEW_FULL), 0);
    assert_int_equal(dg_analysis_annotate(a, v), 0);
    dg_view_free(v);
    dg_analysis_free(a);
    dg_graph_free(g);
  }
  dg_analysis_free(NULL);
}

static void not_built(void **state)
{
  (void)state;
  dg_graph *g = NULL;
  dg_analysis *a = (dg_analysis *)&a; /* overwritten with NULL */
  assert_int_equal(dg_graph_new(&g), 0);
  assert_int_equal(dg_analyse(&a, g), DG_EARG);
  assert_null(a);
  char *out = (char *)&out;
  assert_int_equal(dg_graph_stats(&out, g, 0), DG_EARG);
  assert_null(out);
  dg_graph_free(g);
}

/* A bad call into igraph ends in DG_EDEP with igraph's message, no abort;
 * the previous handlers come back. */
static void igraph_errors(void **state)
{
  (void)state;
  igraph_error_handler_t *before = igraph_set_error_handler(igraph_error_handler_abort);
  igraph_warning_handler_t *wbefore = igraph_set_warning_handler(igraph_warning_handler_print);
  dg_igraph_guard outer, inner;
  igraph_vector_int_t edges;
  igraph_t graph;

  dg_igraph_begin(&outer);
  dg_igraph_begin(&inner); /* guards nest */
  assert_int_equal(igraph_vector_int_init(&edges, 3), IGRAPH_SUCCESS); /* odd: invalid */
  VECTOR(edges)[0] = 0; VECTOR(edges)[1] = 1; VECTOR(edges)[2] = 2;
  igraph_error_t rc = igraph_create(&graph, &edges, 3, IGRAPH_UNDIRECTED);
  assert_int_not_equal(rc, IGRAPH_SUCCESS);
  assert_int_equal(dg_igraph_check(rc, "building"), DG_EDEP);
  assert_int_equal(dg_error_last()->code, DG_EDEP);
  assert_non_null(strstr(dg_error_last()->message, "igraph: building: "));
  assert_true(strlen(dg_error_last()->message) > strlen("igraph: building: "));
  /* a vertex out of range */
  assert_int_equal(igraph_vector_int_resize(&edges, 2), IGRAPH_SUCCESS);
  assert_int_equal(igraph_create(&graph, &edges, 2, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
  igraph_vector_int_t deg;
  assert_int_equal(igraph_vector_int_init(&deg, 0), IGRAPH_SUCCESS);
  rc = igraph_degree(&graph, &deg, igraph_vss_1(7), IGRAPH_ALL, IGRAPH_LOOPS);
  assert_int_equal(dg_igraph_check(rc, "degree"), DG_EDEP);
  assert_non_null(strstr(dg_error_last()->message, "igraph: degree: "));
  igraph_vector_int_destroy(&deg);
  igraph_destroy(&graph);
  igraph_vector_int_destroy(&edges);
  /* warnings are recorded, not printed */
  igraph_warning("an invented warning", __FILE__, __LINE__);
  assert_int_equal(dg_igraph_warnings(), 1);
  assert_string_equal(dg_igraph_last_warning(), "an invented warning");
  assert_int_equal(dg_igraph_check(IGRAPH_SUCCESS, "nothing"), 0);
  assert_int_equal(dg_igraph_check(IGRAPH_ENOMEM, "memory"), DG_ENOMEM);
  dg_igraph_end(&inner);
  dg_igraph_end(&outer);

  assert_ptr_equal(igraph_set_error_handler(before), igraph_error_handler_abort);
  assert_ptr_equal(igraph_set_warning_handler(wbefore), igraph_warning_handler_print);
}

/* Every allocation failure ends in DG_ENOMEM, never in a crash. */
static void out_of_memory(void **state)
{
  (void)state;
  dg_graph *g = build(story, NSTORY);
  int ok = 0;
  for (long n = 1; n < 100000 && !ok; n++) {
    dg_analysis *a = NULL;
    char *text = NULL, *json = NULL;
    dg_alloc_fail_after(n);
    int rc = dg_analyse(&a, g);
    if (!rc) rc = dg_analysis_text(&text, a);
    if (!rc) rc = dg_analysis_json(&json, a);
    dg_alloc_fail_after(0);
    if (rc) {
      assert_int_equal(rc, DG_ENOMEM);
    } else {
      ok = 1;
      assert_string_equal(text, expected_text);
    }
    free(text);
    free(json);
    dg_analysis_free(a);
  }
  assert_true(ok);
  /* annotate */
  dg_analysis *a = analyse(g);
  ok = 0;
  for (long n = 1; n < 100000 && !ok; n++) {
    dg_view *v = NULL;
    assert_int_equal(dg_view_build(&v, g, DG_VIEW_ACTORS), 0);
    dg_alloc_fail_after(n);
    int rc = dg_analysis_annotate(a, v);
    dg_alloc_fail_after(0);
    if (rc) assert_int_equal(rc, DG_ENOMEM);
    else ok = 1;
    dg_view_free(v);
  }
  assert_true(ok);
  dg_analysis_free(a);
  dg_graph_free(g);
}

static int setup(void **state)
{
  (void)state;
  return dg_gazetteer_new(&gz);
}

static int teardown(void **state)
{
  (void)state;
  dg_gazetteer_free(gz);
  gz = NULL;
  return 0;
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(centrality),
    cmocka_unit_test(betweenness_ignores_repeats),
    cmocka_unit_test(phases),
    cmocka_unit_test(text_summary),
    cmocka_unit_test(json_summary),
    cmocka_unit_test(annotate_views),
    cmocka_unit_test(analyse_with_view),
    cmocka_unit_test(degree_matches_view),
    cmocka_unit_test(empty_graph),
    cmocka_unit_test(not_built),
    cmocka_unit_test(igraph_errors),
    cmocka_unit_test(out_of_memory),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
