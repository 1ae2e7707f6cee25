/* Generalisation tests of merging across articles: invented articles that
 * report the same meeting in other words, with other date forms, or report
 * different meetings of the same countries; persons spelt differently; and
 * order independence. Only the public API is used.
 *
 * Cases the library gets wrong are kept with KNOWN_GAP(what, cond):
 * reported, not failed; closed ones are ASSERT_GAP (see test_extract.c). */
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
#include "support.h"

/* ------------------------------------------------------------- harness */

static dg_gazetteer *gz;

typedef struct {
  const char *id;
  const char *published;
  const char *text;
} doc_in;

/* A gap that has been closed: now an assertion. */
#define ASSERT_GAP(what, cond) do { if (!(cond)) fail_msg("regressed: %s", (what)); } while (0)

/* The graph of docs[order[0]], docs[order[1]], ... as JSON text (malloc'd). */
static char *graph_json_order(const doc_in *docs, const size_t *order, size_t n)
{
  dg_graph *g = NULL;
  char *out = NULL, *copy;
  size_t len = 0;
  assert_int_equal(dg_graph_new(&g), 0);
  for (size_t i = 0; i < n; i++) {
    const doc_in *di = &docs[order ? order[i] : i];
    dg_document *d = NULL;
    dg_extraction *x = NULL;
    assert_int_equal(dg_document_from_memory(&d, di->id, di->text, strlen(di->text)), 0);
    if (di->published) assert_int_equal(dg_document_set_published(d, di->published), 0);
    assert_int_equal(dg_extract(&x, gz, d, NULL), 0);
    assert_int_equal(dg_graph_add(g, x), 0);
    dg_extraction_free(x);
    dg_document_free(d);
  }
  assert_int_equal(dg_graph_build(g, gz), 0);
  assert_int_equal(dg_export_json(&out, &len, g), 0);
  copy = malloc(len + 1);
  assert_non_null(copy);
  memcpy(copy, out, len);
  copy[len] = '\0';
  dg_string_free(out);
  dg_graph_free(g);
  return copy;
}

static cJSON *graph(const doc_in *docs, size_t n)
{
  char *json = graph_json_order(docs, NULL, n);
  cJSON *root = cJSON_Parse(json);
  free(json);
  assert_non_null(root);
  return root;
}

/* ------------------------------------------------------ JSON accessors */

/* Meetings of exactly these countries (and this status, NULL: any). */
static int count_meetings(const cJSON *root, const char *countries, const char *status)
{
  const cJSON *n;
  char key[256];
  int k = 0;
  cJSON_ArrayForEach(n, nodes(root)) {
    if (!is_kind(n, "meeting")) continue;
    countries_key(n, key, sizeof key);
    k += strcmp(key, countries) == 0 && (!status || streq(jstr(n, "status"), status));
  }
  return k;
}

/* The meeting of exactly these countries with this date (NULL: any). */
static const cJSON *meeting_on(const cJSON *root, const char *countries, const char *date)
{
  const cJSON *n;
  char key[256];
  cJSON_ArrayForEach(n, nodes(root)) {
    if (!is_kind(n, "meeting")) continue;
    countries_key(n, key, sizeof key);
    if (strcmp(key, countries) == 0 && (!date || streq(jstr(n, "date"), date))) return n;
  }
  return NULL;
}

/* Is there evidence from document `doc`? */
static int evidence_from(const cJSON *o, const char *doc)
{
  const cJSON *e;
  if (!o) return 0;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(o, "evidence")) if (streq(jstr(e, "doc"), doc)) return 1;
  return 0;
}

static int meeting_has_person(const cJSON *root, const cJSON *m, const char *name)
{
  const cJSON *p = person(root, name);
  return m && p && str_in_array(cJSON_GetObjectItemCaseSensitive(m, "persons"), jstr(p, "id"));
}

static int n_persons_of(const cJSON *m)
{
  return m ? cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(m, "persons")) : -1;
}

static void dump(const cJSON *root)
{
  const cJSON *n, *e;
  char key[256];
  cJSON_ArrayForEach(n, nodes(root)) {
    if (is_kind(n, "person"))
      print_error("  person %s country=%s role=%s\n", jstr(n, "name"),
                  jstr(n, "country") ? jstr(n, "country") : "null", jstr(n, "role") ? jstr(n, "role") : "null");
    if (!is_kind(n, "meeting")) continue;
    countries_key(n, key, sizeof key);
    print_error("  meeting [%s] mode=%s date=%s place=%s status=%s docs=", key, jstr(n, "mode"),
                jstr(n, "date") ? jstr(n, "date") : "null", jstr(n, "place") ? jstr(n, "place") : "null",
                jstr(n, "status"));
    cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(n, "evidence")) print_error("%s ", jstr(e, "doc"));
    print_error("\n");
  }
}

static void check(const cJSON *root, int ok, const char *what, int line)
{
  if (ok) return;
  print_error("test_merge.c:%d: %s\n", line, what);
  dump(root);
  fail();
}
#define CHECK(root, cond) check((root), (cond) ? 1 : 0, #cond, __LINE__)

/* ================================================================ tests */

/* One meeting told by two articles in different words: one node with
 * evidence from both. */
static void same_meeting_different_wording(void **state)
{
  (void)state;
  const doc_in a[] = {
    {"a", "2024-05-08", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                        "Pavyzdyte in Vilnius on Tuesday."},
    {"b", "2024-05-09", "Lithuania's top diplomat Ona Pavyzdyte hosted her Polish counterpart Jan Przyklad "
                        "in Vilnius on May 7, 2024, for talks on regional security."},
  };
  cJSON *r = graph(a, 2);
  CHECK(r, count_kind(r, "meeting") == 1);
  const cJSON *m = meeting_on(r, "LTU,POL", "2024-05-07");
  CHECK(r, m != NULL);
  CHECK(r, evidence_from(m, "a") && evidence_from(m, "b"));
  CHECK(r, streq(jstr(m, "place"), "Vilnius") && streq(jstr(m, "status"), "held"));
  CHECK(r, n_persons_of(m) == 2 && meeting_has_person(r, m, "Jan Przyklad"));
  CHECK(r, count_kind(r, "person") == 2);
  cJSON_Delete(r);

  const doc_in b[] = {
    {"a", "2024-05-06", "The foreign ministers of Egypt, Jordan and Iraq held a trilateral meeting in "
                        "Baghdad on Sunday."},
    {"b", "2024-05-07", "Iraqi Foreign Minister Faisal Muthal hosted his Egyptian and Jordanian "
                        "counterparts, Omar Example and Ayman Mithal, in Baghdad on May 5."},
  };
  r = graph(b, 2);
  CHECK(r, count_kind(r, "meeting") == 1);
  m = meeting_on(r, "EGY,IRQ,JOR", "2024-05-05");
  CHECK(r, m != NULL);
  CHECK(r, evidence_from(m, "a") && evidence_from(m, "b"));
  CHECK(r, n_persons_of(m) == 3 && streq(jstr(m, "level"), "foreign"));
  cJSON_Delete(r);

  const doc_in c[] = {
    {"a", "2024-05-10", "Japanese Prime Minister Kenji Reibun and South Korean President Min Yesi held a "
                        "telephone conversation on Thursday."},
    {"b", "2024-05-10", "South Korea's President Min Yesi spoke by phone with Japan's Prime Minister Kenji "
                        "Reibun on May 9, the presidential office said."},
  };
  r = graph(c, 2);
  CHECK(r, count_kind(r, "meeting") == 1);
  m = meeting_on(r, "JPN,KOR", "2024-05-09");
  CHECK(r, m != NULL && streq(jstr(m, "mode"), "call"));
  CHECK(r, evidence_from(m, "a") && evidence_from(m, "b"));
  cJSON_Delete(r);

  /* A later article without a date joins the dated one. */
  const doc_in d[] = {
    {"a", "2024-05-10", "Ghanaian President Kwame Nhwesoo met Nigerian President Bola Apeere in Accra on "
                        "Tuesday."},
    {"b", "2024-05-12", "Ghana's President Kwame Nhwesoo and Nigeria's President Bola Apeere met in Accra to "
                        "discuss regional security."},
  };
  r = graph(d, 2);
  CHECK(r, count_kind(r, "meeting") == 1);
  m = meeting_on(r, "GHA,NGA", "2024-05-07");
  CHECK(r, m != NULL && evidence_from(m, "a") && evidence_from(m, "b"));
  cJSON_Delete(r);
}

/* A weekday-only date and an exact date. */
static void weekday_and_exact_date(void **state)
{
  (void)state;
  /* Consistent: Tuesday before 2024-05-08 is May 7. */
  const doc_in a[] = {
    {"a", "2024-05-08", "Slovenian Prime Minister Janez Primer met Croatian Prime Minister Ivo Primjer in "
                        "Zagreb on Tuesday."},
    {"b", "2024-05-20", "Croatian Prime Minister Ivo Primjer hosted Slovenian Prime Minister Janez Primer in "
                        "Zagreb on May 7."},
  };
  cJSON *r = graph(a, 2);
  CHECK(r, count_kind(r, "meeting") == 1);
  const cJSON *m = meeting_on(r, "HRV,SVN", "2024-05-07");
  CHECK(r, m != NULL && evidence_from(m, "a") && evidence_from(m, "b"));
  cJSON_Delete(r);

  /* A stale copy published later: "on Tuesday" counts back to May 14, the
   * other article says May 7 (also a Tuesday). One node, the exact date,
   * and the disagreement noted. */
  const doc_in b[] = {
    {"a", "2024-05-20", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                        "Pavyzdyte in Vilnius on Tuesday."},
    {"b", "2024-05-09", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                        "Pavyzdyte in Vilnius on May 7, 2024."},
  };
  r = graph(b, 2);
  CHECK(r, count_kind(r, "meeting") == 1);
  m = meeting_on(r, "LTU,POL", "2024-05-07");
  CHECK(r, m != NULL && evidence_from(m, "a") && evidence_from(m, "b"));
  CHECK(r, jstr(m, "conflicts") != NULL && strstr(jstr(m, "conflicts"), "2024-05-14") != NULL);
  cJSON_Delete(r);
}

/* A meeting announced in an earlier article and reported as held later. */
static void planned_then_held(void **state)
{
  (void)state;
  const doc_in a[] = {
    {"a", "2024-05-01", "Polish Foreign Minister Jan Przyklad will meet Lithuanian Foreign Minister Ona "
                        "Pavyzdyte in Vilnius on May 7."},
    {"b", "2024-05-08", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                        "Pavyzdyte in Vilnius on Tuesday."},
  };
  cJSON *r = graph(a, 2);
  CHECK(r, count_meetings(r, "LTU,POL", "held") == 1);
  const cJSON *m = meeting_on(r, "LTU,POL", "2024-05-07");
  CHECK(r, m != NULL);
  /* The announcement merges with the report that it was held: one held node
   * with evidence from a and b, not a planned node (doc a) and a held one
   * (doc b). */
  ASSERT_GAP("planned (2024-05-01: 'will meet ... on May 7') + held (2024-05-08: 'met ... on Tuesday') -> one held node",
            count_kind(r, "meeting") == 1 && count_meetings(r, "LTU,POL", "held") == 1);
  cJSON_Delete(r);

  const doc_in b[] = {
    {"a", "2024-04-20", "Ghanaian President Kwame Nhwesoo will meet Nigerian President Bola Apeere in "
                        "Accra next month."},
    {"b", "2024-05-20", "Ghanaian President Kwame Nhwesoo met Nigerian President Bola Apeere in Accra on "
                        "May 14."},
  };
  r = graph(b, 2);
  CHECK(r, meeting_on(r, "GHA,NGA", "2024-05-14") != NULL);
  CHECK(r, streq(jstr(meeting_on(r, "GHA,NGA", "2024-05-14"), "status"), "held"));
  /* The same with a month-precision plan ("next month" = 2024-05). */
  ASSERT_GAP("planned 'next month' (2024-04-20) + held 'on May 14' (2024-05-20) -> one held node",
            count_kind(r, "meeting") == 1);
  cJSON_Delete(r);
}

/* Two meetings of the same countries on different dates stay apart. */
static void different_dates_stay_apart(void **state)
{
  (void)state;
  const doc_in a[] = {
    {"a", "2024-03-08", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                        "Pavyzdyte in Vilnius on March 5."},
    {"b", "2024-05-08", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                        "Pavyzdyte in Vilnius on May 7."},
  };
  cJSON *r = graph(a, 2);
  CHECK(r, count_meetings(r, "LTU,POL", NULL) == 2);
  CHECK(r, evidence_from(meeting_on(r, "LTU,POL", "2024-03-05"), "a"));
  CHECK(r, !evidence_from(meeting_on(r, "LTU,POL", "2024-03-05"), "b"));
  CHECK(r, evidence_from(meeting_on(r, "LTU,POL", "2024-05-07"), "b"));
  CHECK(r, count_kind(r, "person") == 2);
  cJSON_Delete(r);

  /* Two calls a week apart, by weekday. */
  const doc_in b[] = {
    {"a", "2024-05-03", "Kazakh President Nurlan Mysal spoke by phone with Uzbek President Aziz Misol on "
                        "Thursday."},
    {"b", "2024-05-10", "Kazakh President Nurlan Mysal spoke by phone with Uzbek President Aziz Misol on "
                        "Thursday."},
  };
  r = graph(b, 2);
  CHECK(r, count_meetings(r, "KAZ,UZB", NULL) == 2);
  CHECK(r, meeting_on(r, "KAZ,UZB", "2024-05-02") != NULL && meeting_on(r, "KAZ,UZB", "2024-05-09") != NULL);
  cJSON_Delete(r);

  /* A call and a meeting on the same day are two events. */
  const doc_in c[] = {
    {"a", "2024-05-08", "Polish Foreign Minister Jan Przyklad spoke by phone with Lithuanian Foreign "
                        "Minister Ona Pavyzdyte on Tuesday."},
    {"b", "2024-05-08", "Polish President Andrzej Przyklad met Lithuanian President Gitanas Pavyzdys in "
                        "Vilnius on Tuesday."},
  };
  r = graph(c, 2);
  CHECK(r, count_meetings(r, "LTU,POL", NULL) == 2);
  cJSON_Delete(r);
}

/* The same articles in any order give the same bytes. */
static void order_independent(void **state)
{
  (void)state;
  const doc_in d[] = {
    {"kiev-1", "2024-05-08", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                             "Pavyzdyte in Vilnius on Tuesday. Mr Przyklad said the talks were useful."},
    {"agency", "2024-05-20", "Polish Foreign Minister Jan Przyklad met Lithuanian Foreign Minister Ona "
                             "Pavyzdyte in Vilnius on Tuesday."},
    {"wire-7", "2024-05-09", "Lithuania's top diplomat Ona Pavyzdyt\xC4\x97 hosted her Polish counterpart Jan "
                             "Przyk\xC5\x82" "ad in Vilnius on May 7, 2024. The foreign ministers of Poland, "
                             "Lithuania and Latvia will meet in Riga next month."},
    {"zz", NULL, "Latvian Foreign Minister Karlis Piemers held a telephone conversation with Estonian "
                 "Foreign Minister Margus Naide on Monday.\n\nUpdated: May 15, 2024"},
  };
  static const size_t orders[][4] = {
    {0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 3, 1}, {1, 0, 2, 3}, {3, 1, 2, 0},
  };
  char *first = graph_json_order(d, orders[0], 4);
  cJSON *r = cJSON_Parse(first);
  assert_non_null(r);
  CHECK(r, count_kind(r, "meeting") >= 3);
  CHECK(r, meeting_on(r, "LTU,POL", "2024-05-07") != NULL);
  CHECK(r, meeting_on(r, "EST,LVA", "2024-05-13") != NULL);
  CHECK(r, meeting_on(r, "LTU,LVA,POL", "2024-06") != NULL);
  cJSON_Delete(r);
  for (size_t i = 1; i < sizeof orders / sizeof orders[0]; i++) {
    char *other = graph_json_order(d, orders[i], 4);
    if (strcmp(first, other) != 0) {
      print_error("order %zu gives different JSON\n", i);
      fail();
    }
    free(other);
  }
  free(first);
}

/* One person across articles spelt with and without diacritics, or with a
 * transliterated first name. */
static void person_spelling_variants(void **state)
{
  (void)state;
  static const struct {
    const char *a, *b, *name1, *name2, *countries;
  } rows[] = {
    {"Russian Foreign Minister Ivan Primerov met Turkish Foreign Minister Ay\xC5\x9F" "e \xC3\x96rnek in "
     "Ankara on Monday.",
     "Turkey's top diplomat Ayse Ornek hosted Russia's Ivan Primerov in Ankara on Monday.",
     "Ay\xC5\x9F" "e \xC3\x96rnek", "Ayse Ornek", "RUS,TUR"},
    {"Russian Foreign Minister Sergei Primerov met Turkish Foreign Minister Ayse Ornek in Ankara on "
     "Monday.",
     "Russian Foreign Minister Sergey Primerov held talks with his Turkish counterpart Ayse Ornek in "
     "Ankara on May 6.",
     "Sergei Primerov", "Sergey Primerov", "RUS,TUR"},
    {"Ukrainian Foreign Minister Dmytro Pryklad met Polish Foreign Minister Jan Przyklad in Warsaw on "
     "Monday.",
     "Ukraine's Foreign Minister Dmitry Pryklad held talks with Polish Foreign Minister Jan "
     "Przyk\xC5\x82" "ad in Warsaw on May 6.",
     "Dmytro Pryklad", "Dmitry Pryklad", "POL,UKR"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    const doc_in d[] = {{"a", "2024-05-10", rows[i].a}, {"b", "2024-05-11", rows[i].b}};
    cJSON *r = graph(d, 2);
    const cJSON *p1 = person(r, rows[i].name1), *p2 = person(r, rows[i].name2);
    CHECK(r, p1 != NULL && p1 == p2);
    CHECK(r, evidence_from(p1, "a") && evidence_from(p1, "b"));
    CHECK(r, count_kind(r, "person") == 2);
    CHECK(r, count_kind(r, "meeting") == 1);
    const cJSON *m = meeting_on(r, rows[i].countries, "2024-05-06");
    CHECK(r, m != NULL && n_persons_of(m) == 2);
    cJSON_Delete(r);
  }
}

/* Same surname, other first name and country: two persons. */
static void same_surname_different_persons(void **state)
{
  (void)state;
  const doc_in d[] = {
    {"a", "2024-05-10", "German Foreign Minister Jan Muster met Czech Foreign Minister Petr Priklad in "
                        "Prague on Monday."},
    {"b", "2024-05-10", "Austrian Foreign Minister Anna Muster met Slovak Foreign Minister Peter Priklad in "
                        "Vienna on Tuesday."},
  };
  cJSON *r = graph(d, 2);
  CHECK(r, count_kind(r, "person") == 4);
  CHECK(r, person(r, "Jan Muster") != person(r, "Anna Muster"));
  CHECK(r, streq(jstr(person(r, "Petr Priklad"), "country"), "CZE"));
  CHECK(r, streq(jstr(person(r, "Peter Priklad"), "country"), "SVK"));
  CHECK(r, count_kind(r, "meeting") == 2);
  cJSON_Delete(r);
}

/* ================================================================== main */

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
    cmocka_unit_test(same_meeting_different_wording),
    cmocka_unit_test(weekday_and_exact_date),
    cmocka_unit_test(planned_then_held),
    cmocka_unit_test(different_dates_stay_apart),
    cmocka_unit_test(order_independent),
    cmocka_unit_test(person_spelling_variants),
    cmocka_unit_test(same_surname_different_persons),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
