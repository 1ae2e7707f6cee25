/* Unit tests of dg_eval: small invented answer keys and graphs. JSON is
 * written with single quotes here and turned into double quotes by q(). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "eval/eval_internal.h"

void dg_alloc_fail_after(long n); /* util/alloc.c, for tests */

/* ------------------------------------------------------------- fixtures */

static const char GOLD[] =
  "{'about': 'invented for tests',"
  " 'countries': ['FRA', 'DEU', 'ITA'],"
  " 'countries_optional': ['BEL'],"
  " 'persons': ["
  "  {'name': 'Jane Example', 'country': 'FRA', 'role': 'foreign minister'},"
  "  {'name': 'Jan Muster', 'country': 'DEU', 'role': 'foreign minister'},"
  "  {'name': 'Sergei Testov', 'country': 'ITA', 'role': 'defence minister'},"
  "  {'name': 'Ay\xC5\x9F" "e K\xC4\xB1l\xC4\xB1\xC3\xA7', 'country': 'ITA', 'role': 'envoy'},"
  "  {'name': 'Omar al-Fictional', 'country': 'ITA', 'role': 'president'}],"
  " 'persons_optional': [{'name': 'Max Commentator', 'note': 'analyst: only without a country'}],"
  " 'forbidden': {'persons': ['Bad Actor'], 'countries': ['ESP']},"
  " 'meetings': ["
  "  {'id': 'G1', 'kind': 'meeting', 'status': 'held', 'date': '2024-03-05',"
  "   'accept': ['2024-03-05'], 'place': 'Paris', 'countries': ['FRA', 'DEU'],"
  "   'persons': ['Jane Example', 'Jan Muster'], 'level': 'foreign', 'levels': ['foreign']},"
  "  {'id': 'G2', 'kind': 'call', 'status': 'held', 'date': '2024-03-07',"
  "   'accept': ['2024-03-07', null], 'place': null, 'countries': ['ITA', 'FRA'],"
  "   'persons': ['Jane Example', 'Sergei Testov'], 'level': 'foreign', 'levels': ['foreign']},"
  "  {'id': 'G3', 'kind': 'meeting', 'status': 'planned', 'date': '2024-04',"
  "   'accept': ['2024-04', null], 'place': null, 'countries': ['FRA', 'DEU', 'ITA'],"
  "   'persons': ['Jane Example', 'Jan Muster'], 'persons_optional': ['Sergei Testov'],"
  "   'level': 'foreign', 'levels': ['foreign']}],"
  " 'meetings_optional': ["
  "  {'id': 'O1', 'kind': 'meeting', 'status': 'held', 'date': null,"
  "   'countries': ['DEU', 'ITA'], 'level': 'other'}]}";

#define COUNTRY(iso) "{'id': 'country:" iso "', 'kind': 'country', 'label': '" iso "', 'iso3': '" iso "', 'evidence': []}"
#define PERSON(id, name, country) \
  "{'id': 'person:" id "', 'kind': 'person', 'label': '" name "', 'name': '" name "', " \
  "'aliases': [], 'country': " country ", 'role': null, 'evidence': []}"
#define MEETING(id, mode, date, place, countries, persons, level, status) \
  "{'id': 'meeting:" id "', 'kind': 'meeting', 'label': '" id "', 'mode': '" mode "', " \
  "'date': " date ", 'date_precision': null, 'place': " place ", 'countries': [" countries "], " \
  "'persons': [" persons "], 'level': '" level "', 'levels': ['" level "'], 'format': 2, " \
  "'status': '" status "', 'evidence': []}"

#define N_COUNTRIES COUNTRY("FRA") "," COUNTRY("DEU") "," COUNTRY("ITA")
#define N_PERSONS \
  PERSON("jane", "Jane Example", "'FRA'") "," PERSON("jan", "Jan Muster", "'DEU'") "," \
  PERSON("sergei", "Sergei Testov", "'ITA'") "," \
  PERSON("ayse", "Ay\xC5\x9F" "e K\xC4\xB1l\xC4\xB1\xC3\xA7", "'ITA'") "," \
  PERSON("omar", "Omar al-Fictional", "'ITA'")
#define M_G1 MEETING("g1", "in-person", "'2024-03-05'", "'Paris'", "'FRA', 'DEU'", \
                     "'person:jane', 'person:jan'", "foreign", "held")
#define M_G2 MEETING("g2", "call", "'2024-03-07'", "null", "'FRA', 'ITA'", \
                     "'person:jane', 'person:sergei'", "foreign", "held")
#define M_G3 MEETING("g3", "in-person", "'2024-04'", "null", "'DEU', 'FRA', 'ITA'", \
                     "'person:jane', 'person:jan'", "foreign", "planned")
#define N_MEETINGS M_G1 "," M_G2 "," M_G3

#define GRAPH(nodes) \
  "{'directed': true, 'multigraph': true, 'graph': {'generator': 'diplograph 0.1.0', " \
  "'documents': []}, 'nodes': [" nodes "], 'links': []}"

#define PERFECT GRAPH(N_COUNTRIES "," N_PERSONS "," N_MEETINGS)

/* A copy of s with ' turned into " (tests write JSON with single quotes). */
static char *q(const char *s)
{
  char *d = malloc(strlen(s) + 1);
  assert_non_null(d);
  for (size_t i = 0;; i++) {
    d[i] = s[i] == '\'' ? '"' : s[i];
    if (!s[i]) break;
  }
  return d;
}

/* Evaluate `graph` against GOLD (or `gold`); returns the report. */
static char *run_with(dg_eval_result *r, const char *gold, const char *graph, int expect)
{
  char *g = q(gold), *p = q(graph), *report = NULL;
  int rc = dg_eval(r, &report, g, strlen(g), p, strlen(p));
  if (rc != expect) fprintf(stderr, "dg_eval: %d %s\n", rc, dg_error_last()->message);
  assert_int_equal(rc, expect);
  free(g);
  free(p);
  return report;
}

static char *run(dg_eval_result *r, const char *graph) { return run_with(r, GOLD, graph, 0); }

static void assert_has(const char *report, const char *needle)
{
  if (!strstr(report, needle)) fprintf(stderr, "not found: \"%s\" in:\n%s", needle, report);
  assert_non_null(strstr(report, needle));
}

static void assert_prf(const dg_prf *p, int tp, int fp, int fn)
{
  assert_int_equal(p->tp, tp);
  assert_int_equal(p->fp, fp);
  assert_int_equal(p->fn, fn);
}

#define EPS 1e-9

/* ---------------------------------------------------------------- tests */

static void perfect_graph_scores_one(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, PERFECT);
  assert_prf(&r.countries, 3, 0, 0);
  assert_prf(&r.persons, 5, 0, 0);
  assert_prf(&r.meetings, 3, 0, 0);
  const dg_prf *all[3] = {&r.countries, &r.persons, &r.meetings};
  for (int i = 0; i < 3; i++) {
    assert_float_equal(all[i]->precision, 1.0, EPS);
    assert_float_equal(all[i]->recall, 1.0, EPS);
    assert_float_equal(all[i]->f1, 1.0, EPS);
  }
  assert_int_equal(r.matched, 3);
  assert_float_equal(r.date_accuracy, 1.0, EPS);
  assert_float_equal(r.place_accuracy, 1.0, EPS);
  assert_float_equal(r.level_accuracy, 1.0, EPS);
  assert_float_equal(r.status_accuracy, 1.0, EPS);
  assert_float_equal(r.attendee_accuracy, 1.0, EPS);
  assert_int_equal(r.forbidden, 0);
  assert_has(rep, "countries: P=1.000 R=1.000 F1=1.000 (tp 3, fp 0, fn 0)\n");
  assert_has(rep, "persons:   P=1.000 R=1.000 F1=1.000 (tp 5, fp 0, fn 0)\n");
  assert_has(rep, "meetings:  P=1.000 R=1.000 F1=1.000 (tp 3, fp 0, fn 0)\n");
  assert_has(rep, "matched meetings: 3 | date 1.000 | place 1.000 | level 1.000 | status 1.000"
                  " | attendees 1.000\n");
  assert_has(rep, "  G1 ~ meeting:g1  date 2024-03-05 ok | place Paris ok | level foreign ok"
                  " | status held ok | attendees 2/2\n");
  assert_has(rep, "  G3 ~ meeting:g3  ");
  assert_has(rep, "attendees 2/2\n"); /* the optional attendee is not required */
  assert_has(rep, "forbidden: 0\n");
  free(rep);
}

static void missing_meeting_lowers_recall(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," M_G1 "," M_G2));
  assert_prf(&r.meetings, 2, 0, 1);
  assert_float_equal(r.meetings.precision, 1.0, EPS);
  assert_float_equal(r.meetings.recall, 2.0 / 3, EPS);
  assert_float_equal(r.meetings.f1, 0.8, EPS);
  assert_has(rep, "  missed G3 (meeting, planned, FRA DEU ITA, foreign, 2024-04)\n");
  free(rep);
}

static void extra_meeting_lowers_precision(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," N_MEETINGS "," MEETING(
    "x", "in-person", "'2024-05'", "'Rome'", "'FRA', 'ITA'", "", "leaders", "proposed")));
  assert_prf(&r.meetings, 3, 1, 0);
  assert_float_equal(r.meetings.precision, 0.75, EPS);
  assert_float_equal(r.meetings.recall, 1.0, EPS);
  assert_has(rep, "  extra meeting:x (meeting, proposed, FRA ITA, leaders, 2024-05)\n");
  free(rep);
}

static void wrong_date_still_matches(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," M_G2 "," M_G3 "," MEETING(
    "g1", "in-person", "'2024-03-06'", "'Lyon'", "'FRA', 'DEU'", "'person:jane', 'person:jan'",
    "foreign", "held")));
  assert_prf(&r.meetings, 3, 0, 0);
  assert_float_equal(r.date_accuracy, 2.0 / 3, EPS);
  assert_float_equal(r.place_accuracy, 2.0 / 3, EPS);
  assert_float_equal(r.level_accuracy, 1.0, EPS);
  assert_has(rep, "date 2024-03-06 wrong (gold 2024-03-05) | place Lyon wrong (gold Paris)");
  free(rep);
}

static void null_date_accepted_and_place_folded(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," M_G3 "," MEETING(
    "g1", "in-person", "'2024-03-05'", "'PARIS'", "'DEU', 'FRA'", "'person:jan', 'person:jane'",
    "foreign", "held") "," MEETING("g2", "call", "null", "null", "'ITA', 'FRA'",
    "'person:jane', 'person:sergei'", "foreign", "held")));
  assert_prf(&r.meetings, 3, 0, 0);
  assert_float_equal(r.date_accuracy, 1.0, EPS);
  assert_float_equal(r.place_accuracy, 1.0, EPS);
  assert_has(rep, "  G2 ~ meeting:g2  date null ok | place null ok");
  free(rep);
}

static void wrong_level_and_status(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," M_G1 "," M_G3 "," MEETING(
    "g2", "call", "'2024-03-07'", "null", "'FRA', 'ITA'", "'person:jane', 'person:sergei'",
    "leaders", "planned")));
  assert_prf(&r.meetings, 3, 0, 0);
  assert_float_equal(r.level_accuracy, 2.0 / 3, EPS);
  assert_float_equal(r.status_accuracy, 2.0 / 3, EPS);
  assert_has(rep, "level leaders wrong (gold foreign) | status planned wrong (gold held)");
  free(rep);
}

static void attendees_extra_and_missing(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," M_G2 "," M_G3 "," MEETING(
    "g1", "in-person", "'2024-03-05'", "'Paris'", "'FRA', 'DEU'", "'person:jane', 'person:omar'",
    "foreign", "held")));
  /* G1: P = {Jane, Omar}, G = {Jane, Jan}: 1 / |{Jane, Jan, Omar}| */
  assert_float_equal(r.attendee_accuracy, (1.0 / 3 + 1 + 1) / 3, EPS);
  assert_has(rep, "attendees 1/3 (missing Jan Muster, extra \"Omar al-Fictional\")\n");
  free(rep);
}

static void spelling_variants_match(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES ","
    PERSON("jane", "JANE EXAMPLE", "'FRA'") "," PERSON("jan", "Dr. Jan Muster", "'DEU'") ","
    PERSON("sergei", "Sergey Testov", "'ITA'") "," PERSON("ayse", "Ayse Kilic", "'ITA'") ","
    PERSON("omar", "Omar Al Fictional", "'ITA'") "," N_MEETINGS));
  assert_prf(&r.persons, 5, 0, 0);
  assert_float_equal(r.attendee_accuracy, 1.0, EPS);
  assert_has(rep, "  Sergei Testov ~ person:sergei \"Sergey Testov\"\n");
  free(rep);
}

static void name_rule(void **state)
{
  (void)state;
  static const struct {
    const char *a, *b;
    int want;
  } cases[] = {
    {"Sergei Testov", "Sergey Testov", 1},
    {"Sergei Testov", "Sergei Testov", 2},
    {"Omar al-Fictional", "Omar Fictional", 2},
    {"Omar el Fictional", "omar AL-FICTIONAL", 2},
    {"Mr. Jan Muster", "Jan Muster", 2},
    {"Ay\xC5\x9F" "e K\xC4\xB1l\xC4\xB1\xC3\xA7", "Ayse Kilic", 2},
    {"\xC4\xB0smet \xC3\x96rnek", "Ismet Ornek", 2}, /* capital dotted I, O umlaut */
    {"Jan-Peter Muster", "Jan Peter Muster", 2},
    {"Muster", "Jan Muster", 1},
    {"Jan Muster", "Muster", 1},
    {"Jane Example", "Mary Example", 0},
    {"Sergei Testov", "Sergei Other", 0},
    {"Jan", "Jan Muster", 0},
    {"Al", "Al", 0}, /* nothing left after folding: never a match */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    ev_names a = {NULL, 0}, b = {NULL, 0};
    assert_int_equal(dg_eval__names_add(&a, cases[i].a), 0);
    assert_int_equal(dg_eval__names_add(&b, cases[i].b), 0);
    int got = dg_eval__name_match(&a, &b);
    if (got != cases[i].want) fprintf(stderr, "%s / %s: %d\n", cases[i].a, cases[i].b, got);
    assert_int_equal(got, cases[i].want);
    dg_eval__names_free(&a);
    dg_eval__names_free(&b);
  }
}

static void aliases_match(void **state)
{
  (void)state;
  dg_eval_result r;
  const char *gold =
    "{'countries': ['FRA'], 'persons': [{'name': 'Jean Exemple', 'aliases': ['Johnny Sample'],"
    " 'country': 'FRA'}], 'meetings': []}";
  char *rep = run_with(&r, gold, GRAPH(COUNTRY("FRA") ","
    "{'id': 'person:x', 'kind': 'person', 'label': 'J. Sample', 'name': 'J. Sample',"
    " 'aliases': ['Johnny Sample'], 'country': 'FRA'}"), 0);
  assert_prf(&r.persons, 1, 0, 0);
  free(rep);
}

static void duplicate_persons_are_fp(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," PERSON("jane2", "Jane  EXAMPLE", "'FRA'")
                              "," N_MEETINGS));
  assert_prf(&r.persons, 5, 1, 0);
  assert_has(rep, "  extra person: person:jane2 \"Jane  EXAMPLE\" (duplicate of Jane Example)\n");
  free(rep);
}

static void optional_person(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," PERSON("max", "Max Commentator", "null")
                              "," N_MEETINGS));
  assert_prf(&r.persons, 5, 0, 0);
  assert_has(rep, "  ignored person: person:max \"Max Commentator\" (optional, no country)\n");
  free(rep);
  rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," PERSON("max", "Max Commentator", "'DEU'")
                        "," N_MEETINGS));
  assert_prf(&r.persons, 5, 1, 0);
  assert_has(rep, "  extra person: person:max \"Max Commentator\" (optional Max Commentator");
  free(rep);
}

static void forbidden_counted(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," COUNTRY("ESP") "," COUNTRY("BEL") "," N_PERSONS ","
                              PERSON("bad", "Bad Actor", "'ESP'") "," N_MEETINGS));
  assert_prf(&r.countries, 3, 1, 0); /* BEL is optional: neither TP nor FP */
  assert_prf(&r.persons, 5, 1, 0);
  assert_int_equal(r.forbidden, 2);
  assert_float_equal(r.countries.precision, 0.75, EPS);
  assert_has(rep, "  extra country: ESP (forbidden)\n");
  assert_has(rep, "  ignored country: BEL (optional)\n");
  assert_has(rep, "  extra person: person:bad \"Bad Actor\" (forbidden: Bad Actor)\n");
  assert_has(rep, "forbidden: 2\n");
  free(rep);
}

static void missing_country_and_person(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(COUNTRY("FRA") "," COUNTRY("DEU") "," PERSON("jane", "Jane Example",
                                                                            "'FRA'")));
  assert_prf(&r.countries, 2, 0, 1);
  assert_prf(&r.persons, 1, 0, 4);
  assert_prf(&r.meetings, 0, 0, 3);
  assert_float_equal(r.meetings.precision, 1.0, EPS); /* nothing predicted */
  assert_float_equal(r.meetings.recall, 0.0, EPS);
  assert_float_equal(r.meetings.f1, 0.0, EPS);
  assert_int_equal(r.matched, 0);
  assert_has(rep, "  missed country: ITA\n");
  assert_has(rep, "  missed person: Jan Muster (DEU)\n");
  free(rep);
}

static void optional_meeting_absorbed(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," N_MEETINGS "," MEETING(
    "o1", "in-person", "null", "null", "'ITA', 'DEU'", "", "other", "held") "," MEETING(
    "o1b", "in-person", "null", "null", "'ITA', 'DEU'", "", "other", "held")));
  /* one-to-one: the optional entry absorbs one meeting, the second is extra */
  assert_prf(&r.meetings, 3, 1, 0);
  assert_has(rep, "  ignored meeting:o1 ~ optional O1\n");
  assert_has(rep, "  extra meeting:o1b (meeting, held, ITA DEU, other, null)\n");
  free(rep);
}

static void call_and_meeting_do_not_match(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," M_G1 "," M_G3 "," MEETING(
    "g2", "in-person", "'2024-03-07'", "null", "'FRA', 'ITA'", "'person:jane', 'person:sergei'",
    "foreign", "held")));
  assert_prf(&r.meetings, 2, 1, 1);
  assert_has(rep, "  missed G2 (call, held, ITA FRA, foreign, 2024-03-07)\n");
  assert_has(rep, "  extra meeting:g2 (meeting, held, FRA ITA, foreign, 2024-03-07)\n");
  free(rep);
}

static void best_candidate_wins(void **state)
{
  (void)state;
  dg_eval_result r;
  /* two candidates for G1: the better one (right date) wins although it
   * comes second; the other is a duplicate */
  char *rep = run(&r, GRAPH(N_COUNTRIES "," N_PERSONS "," MEETING(
    "bad", "in-person", "'2023'", "null", "'FRA', 'DEU'", "", "other", "planned") ","
    M_G1 "," M_G2 "," M_G3));
  assert_prf(&r.meetings, 3, 1, 0);
  assert_has(rep, "  G1 ~ meeting:g1  ");
  if (getenv("DG_EVAL_SHOW")) fputs(rep, stderr);
  assert_has(rep, "  extra meeting:bad [duplicate of G1] (meeting, planned, FRA DEU, other, 2023)\n");
  free(rep);
}

static void malformed_json(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run_with(&r, "{'countries': [\n  'FRA',\n  ,]}", PERFECT, DG_EDATA);
  assert_null(rep);
  assert_int_equal(dg_error_last()->code, DG_EDATA);
  assert_non_null(strstr(dg_error_last()->message, "answer key"));
  assert_non_null(strstr(dg_error_last()->message, "line 3"));
  assert_int_equal(dg_error_last()->line, 3);
  run_with(&r, GOLD, "{'nodes': [}", DG_EDATA);
  assert_non_null(strstr(dg_error_last()->message, "graph: malformed JSON at line 1, column"));
  run_with(&r, GOLD, "", DG_EDATA);
  assert_non_null(strstr(dg_error_last()->message, "graph: malformed JSON at line 1"));
  run_with(&r, GOLD, "{'nodes': []} x", DG_EDATA);
  assert_non_null(strstr(dg_error_last()->message, "graph: unexpected text"));
  run_with(&r, "[1, 2]", PERFECT, DG_EDATA);
  assert_non_null(strstr(dg_error_last()->message, "not a JSON object"));
}

static void missing_fields(void **state)
{
  (void)state;
  dg_eval_result r;
  run_with(&r, "{'persons': [], 'meetings': []}", PERFECT, DG_EDATA);
  assert_string_equal(dg_error_last()->message,
                      "answer key: missing or invalid \"countries\"");
  run_with(&r, "{'countries': [], 'persons': [], 'meetings': [{'id': 'M', 'status': 'held',"
               " 'level': 'other', 'countries': []}]}", PERFECT, DG_EDATA);
  assert_string_equal(dg_error_last()->message,
                      "answer key: meetings[0]: missing or invalid \"kind\"");
  run_with(&r, "{'countries': [], 'persons': [{'country': 'FRA'}], 'meetings': []}", PERFECT,
           DG_EDATA);
  assert_string_equal(dg_error_last()->message,
                      "answer key: persons[0]: missing or invalid \"name\"");
  run_with(&r, GOLD, "{'graph': {}}", DG_EDATA);
  assert_string_equal(dg_error_last()->message, "graph: missing or invalid \"nodes\"");
  run_with(&r, GOLD, GRAPH("{'id': 'meeting:m', 'kind': 'meeting', 'mode': 'call'}"), DG_EDATA);
  assert_string_equal(dg_error_last()->message,
                      "graph: nodes[0]: missing or invalid \"countries\"");
  run_with(&r, GOLD, GRAPH("{'id': 'country:X', 'kind': 'country'}"), DG_EDATA);
  assert_string_equal(dg_error_last()->message, "graph: nodes[0]: missing or invalid \"iso3\"");
}

static void empty_key_and_graph(void **state)
{
  (void)state;
  dg_eval_result r;
  char *rep = run_with(&r, "{'countries': [], 'persons': [], 'meetings': []}", GRAPH(""), 0);
  assert_float_equal(r.countries.f1, 1.0, EPS);
  assert_float_equal(r.meetings.f1, 1.0, EPS);
  assert_float_equal(r.date_accuracy, 1.0, EPS);
  free(rep);
  /* no report requested */
  char *g = q(GOLD), *p = q(PERFECT);
  assert_int_equal(dg_eval(&r, NULL, g, strlen(g), p, strlen(p)), 0);
  assert_int_equal(r.matched, 3);
  free(g);
  free(p);
}

static void deterministic_report(void **state)
{
  (void)state;
  dg_eval_result r1, r2;
  char *a = run(&r1, PERFECT), *b = run(&r2, PERFECT);
  assert_string_equal(a, b);
  free(a);
  free(b);
}

static void allocation_failures(void **state)
{
  (void)state;
  char *g = q(GOLD), *p = q(GRAPH(N_COUNTRIES "," N_PERSONS "," N_MEETINGS "," PERSON(
    "max", "Max Commentator", "null") "," MEETING("o1", "in-person", "null", "null",
    "'ITA', 'DEU'", "", "other", "held")));
  int ok = 0;
  for (long n = 1; n < 100000 && !ok; n++) {
    dg_eval_result r;
    char *rep = NULL;
    dg_alloc_fail_after(n);
    int rc = dg_eval(&r, &rep, g, strlen(g), p, strlen(p));
    assert_true(rc == 0 || rc == DG_ENOMEM);
    if (rc == DG_ENOMEM) assert_null(rep);
    ok = rc == 0 && rep != NULL;
    free(rep);
  }
  dg_alloc_fail_after(0);
  assert_true(ok);
  free(g);
  free(p);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(perfect_graph_scores_one),
    cmocka_unit_test(missing_meeting_lowers_recall),
    cmocka_unit_test(extra_meeting_lowers_precision),
    cmocka_unit_test(wrong_date_still_matches),
    cmocka_unit_test(null_date_accepted_and_place_folded),
    cmocka_unit_test(wrong_level_and_status),
    cmocka_unit_test(attendees_extra_and_missing),
    cmocka_unit_test(spelling_variants_match),
    cmocka_unit_test(name_rule),
    cmocka_unit_test(aliases_match),
    cmocka_unit_test(duplicate_persons_are_fp),
    cmocka_unit_test(optional_person),
    cmocka_unit_test(forbidden_counted),
    cmocka_unit_test(missing_country_and_person),
    cmocka_unit_test(optional_meeting_absorbed),
    cmocka_unit_test(call_and_meeting_do_not_match),
    cmocka_unit_test(best_candidate_wins),
    cmocka_unit_test(malformed_json),
    cmocka_unit_test(missing_fields),
    cmocka_unit_test(empty_key_and_graph),
    cmocka_unit_test(deterministic_report),
    cmocka_unit_test(allocation_failures),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
