/* Meetings as real reporting tells them, in invented sentences: separate
 * bilaterals listed together, participants given by reference, several
 * events in one sentence, history paragraphs, calls, plans and
 * cancellations. Each case lists every meeting the text should give, as
 * "COUNTRIES|mode|status|date" (date "-" when none), and nothing else. */
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

static dg_gazetteer *gz;

typedef struct {
  const char *text;
  const char *published;
  const char *expect[8]; /* NULL-terminated */
} ev_case;

/* "CHL,PER|call|held|2023-02" for meeting m. */
static void signature(const cJSON *m, char *buf, size_t n)
{
  char cs[128];
  countries_key(m, cs, sizeof cs);
  const char *date = jstr(m, "date");
  snprintf(buf, n, "%s|%s|%s|%s", cs, jstr(m, "mode"), jstr(m, "status"), date ? date : "-");
}

static cJSON *extract_text(const char *text, const char *published)
{
  dg_graph *g = NULL;
  dg_document *d = NULL;
  dg_extraction *x = NULL;
  char *out = NULL;
  size_t len = 0;
  assert_int_equal(dg_graph_new(&g), 0);
  assert_int_equal(dg_document_from_memory(&d, "t", text, strlen(text)), 0);
  if (published) assert_int_equal(dg_document_set_published(d, published), 0);
  assert_int_equal(dg_extract(&x, gz, d, NULL), 0);
  assert_int_equal(dg_graph_add(g, x), 0);
  assert_int_equal(dg_graph_build(g, gz), 0);
  assert_int_equal(dg_export_json(&out, &len, g), 0);
  cJSON *root = cJSON_ParseWithLength(out, len);
  assert_non_null(root);
  dg_string_free(out);
  dg_extraction_free(x);
  dg_document_free(d);
  dg_graph_free(g);
  return root;
}

/* Every expected meeting is found, and every meeting found is expected. */
static void check_cases(const ev_case *cases, size_t n)
{
  int bad = 0;
  for (size_t i = 0; i < n; i++) {
    cJSON *root = extract_text(cases[i].text, cases[i].published);
    char got[16][160];
    size_t ngot = 0;
    const cJSON *node;
    cJSON_ArrayForEach(node, nodes(root)) {
      if (is_kind(node, "meeting") && ngot < 16) signature(node, got[ngot++], sizeof got[0]);
    }
    size_t nexp = 0;
    while (cases[i].expect[nexp]) nexp++;
    int ok = ngot == nexp;
    for (size_t e = 0; e < nexp && ok; e++) {
      int found = 0;
      for (size_t k = 0; k < ngot; k++) found |= strcmp(got[k], cases[i].expect[e]) == 0;
      ok = found;
    }
    if (!ok) {
      bad++;
      print_message("case %zu: \"%s\"\n  expected:", i, cases[i].text);
      for (size_t e = 0; e < nexp; e++) print_message(" %s", cases[i].expect[e]);
      print_message("\n  got:     ");
      for (size_t k = 0; k < ngot; k++) print_message(" %s", got[k]);
      print_message("\n");
    }
    cJSON_Delete(root);
  }
  if (bad) fail_msg("%d of %zu cases wrong", bad, n);
}

#define CHECK(cases) check_cases((cases), sizeof(cases) / sizeof((cases)[0]))

/* Class 1: separate bilaterals listed together are one meeting each. */
static void test_distributive(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"The Chilean president held separate bilateral meetings with his Peruvian counterpart and the "
     "Bolivian prime minister on 3 May 2023.",
     NULL, {"BOL,CHL|in-person|held|2023-05-03", "CHL,PER|in-person|held|2023-05-03", NULL}},
    {"President Ana Soto of Chile held separate virtual meetings with Peruvian President Luis Vega in "
     "February and Bolivian President Jorge Quispe in March.",
     "2023-06-01", {"CHL,PER|call|held|2023-02", "BOL,CHL|call|held|2023-03", NULL}},
    {"The Kenyan foreign minister held bilateral talks with the foreign ministers of Ghana, Senegal and "
     "Nigeria in Accra.",
     "2023-06-01",
     {"GHA,KEN|in-person|held|-", "KEN,SEN|in-person|held|-", "KEN,NGA|in-person|held|-", NULL}},
    {"Norwegian Prime Minister Erik Dahl met Danish Prime Minister Mette Holm and Swedish Prime Minister "
     "Lars Berg separately in Oslo.",
     "2023-06-01", {"DNK,NOR|in-person|held|-", "NOR,SWE|in-person|held|-", NULL}},
    /* A joint meeting stays one. */
    {"The Chilean, Peruvian and Bolivian presidents met in Lima on 4 May 2023.",
     NULL, {"BOL,CHL,PER|in-person|held|2023-05-04", NULL}},
    {"A bilateral meeting between the foreign ministers of Ghana and Togo took place in Lome.",
     "2023-06-01", {"GHA,TGO|in-person|held|-", NULL}},
    /* A participle clause ("after holding talks with") has the sentence's subject. */
    {"Spanish Prime Minister Ana Lopes left Cusco on Friday after attending the forum and holding "
     "bilateral talks with Chilean President Jan Soto, Bolivian President Eva Mora and Argentine "
     "President Luis Paz.",
     "2022-09-16",
     {"CHL,ESP|in-person|held|2022-09-16", "BOL,ESP|in-person|held|2022-09-16",
      "ARG,ESP|in-person|held|2022-09-16", NULL}},
    {"The Kenyan president flew home on 4 May 2023 before holding separate phone calls with the presidents of "
     "Ghana and Togo.",
     NULL, {"GHA,KEN|call|held|2023-05-04", "KEN,TGO|call|held|2023-05-04", NULL}},
    /* The list ends where a new clause begins. */
    {"Ahead of the forum, the Indian prime minister held bilateral talks with Ghana's president and "
     "Kenya's president, while the leaders of Peru and Chile are among those attending.",
     "2023-06-01", {"GHA,IND|in-person|held|-", "IND,KEN|in-person|held|-", NULL}},
    /* Separate meetings whose own side is no country named: the
     * counterparts did not meet together */
    {"Envoys of the Andean council gathered in Quito on Monday, and separate meetings with Ghana, Kenya "
     "and Japan took place.",
     "2023-06-01", {NULL}},
    {"The council's ministers held separate talks with Ghana and Kenya in Quito.", "2023-06-01", {NULL}},
    /* nor a side whose counterpart is no country named */
    {"Chilean President Ana Soto and Peruvian President Luis Rojas have each agreed to meet with the "
     "mediators in their respective capitals.",
     "2023-06-01", {NULL}},
  };
  CHECK(cases);
}

/* Class 2: participants given by reference take the latest set of that size. */
static void test_references(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    /* a pair or group right before a meeting noun names that meeting's parties,
     * also in what a clause is about; not in the setting ("on the sidelines of") */
    {"The delegation will meet Peruvian officials to discuss the Chile-Peru summit.", "2018-09-04",
     {"CHL,PER|in-person|planned|-", NULL}},
    {"The envoys will hold talks with senior Peruvian trade and fisheries officials to discuss the Bolivia-Peru summit "
     "and other issues.",
     "2018-09-04", {"BOL,PER|in-person|planned|-", NULL}},
    {"Envoys will travel to Seoul for talks about the inter-Korean summit.", "2018-09-04",
     {"KOR,PRK|in-person|planned|-", NULL}},
    {"Chilean President Ana Soto met Peruvian President Luis Rojas on the sidelines of the Bolivia-Ecuador "
     "summit.",
     "2018-09-04", {"CHL,PER|in-person|held|-", NULL}},
    /* a signing with a place or date of its own is a meeting; "to be signed" is not held */
    {"Chile and Peru signed a fisheries accord with Bolivia in Lima on Monday.", "2023-07-14",
     {"BOL,CHL,PER|in-person|held|2023-07-10", NULL}},
    {"Chile signed the accord in 2019.", "2023-07-14", {NULL}},
    {"The signing ceremony in Quito was attended by the foreign ministers of Chile and Peru.", "2023-07-14",
     {"CHL,PER|in-person|held|-", NULL}},
    /* a meeting told without its parties, then who took part: theirs and the host's */
    {"Foreign ministers from a dozen countries met in Ecuador on Friday with trade set to dominate. Top "
     "diplomats from Chile, the U.S and Peru attended the Andean Security Forum.",
     "2023-07-14", {"CHL,ECU,PER,USA|in-person|held|2023-07-14", NULL}},
    {"Foreign ministers from a dozen countries met in Ecuador on Friday. Chile, Peru and Bolivia export copper.",
     "2023-07-14", {NULL}},
    /* "it" after a word of speech is the country that spoke */
    {"Peru said on Friday that it will hold talks with Bolivia.", "2024-08-09",
     {"BOL,PER|in-person|planned|-", NULL}},
    {"The Chilean government announced it would consult with Argentine officials in Santiago.", "2024-08-09",
     {"ARG,CHL|in-person|planned|-", NULL}},
    {"Peru said the weather was fine. It will host a summit.", "2024-08-09", {NULL}},
    /* a place after "ahead of" another meeting is that meeting's */
    {"Chile and Peru met ahead of the summit in Quito.", "2024-08-09", {"CHL,PER|in-person|held|-", NULL}},
    /* a country named with a numbered set the meeting noun names: it joins
     * the set; not so for a process with no place or date of its own */
    {"The foreign ministers of Chile, Peru and Bolivia resumed talks in Lima on Sunday. The talks follow a "
     "Swiss-brokered meeting among the three sides in Geneva in March.",
     "2023-06-13", {"BOL,CHL,PER|in-person|held|2023-06-11", "BOL,CHE,CHL,PER|in-person|held|2023-03", NULL}},
    {"Qatari-mediated talks between Chile and Peru opened in Doha on Monday.", "2023-06-13",
     {"CHL,PER,QAT|in-person|held|2023-06-12", NULL}},
    {"The foreign ministers of Chile and Peru met in Lima on Sunday. Bolivian President Luis Arce was asked "
     "to broker negotiations between the two nations.",
     "2023-06-13", {"CHL,PER|in-person|held|2023-06-11", NULL}},
    /* a size said ("the three delegations") reaches past a few sentences
     * and a meeting of two */
    {"The envoys of Chile, Peru and Bolivia met in Lima on 3 May 2023. Fishing was the main topic. Prices "
     "fell. Fleets waited. Ports were closed. Chilean Foreign Minister Ana Soto later met Peruvian Foreign "
     "Minister Luis Rojas in Arica on 5 May 2023. The three delegations agreed to hold the next round of talks in "
     "Quito in July.",
     "2023-06-01",
     {"BOL,CHL,PER|in-person|held|2023-05-03", "CHL,PER|in-person|held|2023-05-05",
      "BOL,CHL,PER|in-person|planned|2023-07", NULL}},
    /* "the two Korean leaders", "inter-Korean": both Koreas (a group of
     * the gazetteer), not the latest set of two */
    {"US President Jon Smith met North Korean leader Kim Sol in Hanoi on 25 May 2018. A day later the two "
     "Korean leaders met at the border.",
     "2018-05-27", {"PRK,USA|in-person|held|2018-05-25", "KOR,PRK|in-person|held|-", NULL}},
    {"Officials in Seoul said the inter-Korean summit planned for next month was on track.",
     "2018-05-27", {"KOR,PRK|in-person|planned|2018-06", NULL}},
    /* a group talked about after the meeting is no party of it */
    {"In March, Chilean Foreign Minister Ana Soto travelled to Lima for talks with her Peruvian counterpart, "
     "Luis Rojas, and both of them described the Weimar Triangle as a model.",
     "2023-06-01", {"CHL,PER|in-person|held|2023-03", NULL}},
    /* two of a group's members who also met separately: a meeting of their own */
    {"The foreign ministers of France, Germany and Poland met in Weimar on 3 May 2023. French Foreign Minister "
     "Anne Roux and German Foreign Minister Jan Vogt also met separately before the session.",
     "2023-06-01", {"DEU,FRA,POL|in-person|held|2023-05-03", "DEU,FRA|in-person|held|-", NULL}},
    {"President Ana Soto of Chile and President Luis Vega of Peru relaunched ties last year. The two "
     "presidents met in Arica on 4 May 2023.",
     NULL, {"CHL,PER|in-person|held|2023-05-04", NULL}},
    {"The foreign ministers of Ghana, Togo and Benin met in Lome on 2 March 2023. The three countries "
     "will meet again in Cotonou on 9 June 2023.",
     NULL, {"BEN,GHA,TGO|in-person|held|2023-03-02", "BEN,GHA,TGO|in-person|planned|2023-06-09", NULL}},
    /* An intervening pair does not answer "the three". */
    {"The leaders of Chile, Peru and Bolivia met in Lima on 2 March 2023. Chile and Peru also signed a "
     "fisheries accord. The three leaders will meet again on 9 June 2023.",
     NULL, {"BOL,CHL,PER|in-person|held|2023-03-02", "BOL,CHL,PER|in-person|planned|2023-06-09", NULL}},
    {"Norway and Iceland resumed their dialogue this spring. The sides held talks in Reykjavik on 3 May "
     "2023.",
     NULL, {"ISL,NOR|in-person|held|2023-05-03", NULL}},
    /* Nothing to refer to: no meeting. */
    {"The two leaders met in Lima on 4 May 2023.", NULL, {NULL}},
  };
  CHECK(cases);
}

/* Class 7: countries that are not parties. */
static void test_not_parties(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    /* a boycott or a snub: no meeting with that party */
    {"Senators who boycotted a round of talks between Chile and Peru were criticised.",
     "2023-06-01", {NULL}},
    {"Chile snubbed the summit with Peru on Monday.", "2023-06-01", {NULL}},
    /* An office held, told in a relative aside in the present tense */
    {"Mr Okafor, who chairs the Regional Conference on the Lake Basin (RCLB), is also the mediator in the "
     "dispute between Chad and Niger.",
     "2023-06-01", {NULL}},
    {"Ghana's president, who heads the Joint Commission of Togo and Benin, urged calm.", "2023-06-01", {NULL}},
    {"Mr Okafor, who attended the summit between Chad and Niger on Monday, said it went well.", "2023-06-01",
     {"NER,TCD|in-person|held|2023-05-29", NULL}},
    /* A process named as the object of another noun is no event. */
    {"Ghana said it was ready to support the revival of the talks between Chile and Peru.", "2023-06-01",
     {NULL}},
    {"Ghana welcomed the outcome of the talks between Chile and Peru in Lima on 3 May 2023.", NULL,
     {"CHL,PER|in-person|held|2023-05-03", NULL}},
    /* A country after "of" and a topic noun is what is talked about. */
    {"The leaders of Chile and Peru discussed the reconstruction of Haiti and Cuba at their summit in Lima on "
     "3 May 2023.",
     NULL, {"CHL,PER|in-person|held|2023-05-03", NULL}},
    {"At the summit in Lima on 3 May 2023, the presidents of Chile, Peru and Bolivia backed the accession of "
     "Ecuador and Colombia to the pact.",
     NULL, {"BOL,CHL,PER|in-person|held|2023-05-03", NULL}},
    /* The head of an international organisation acts for it, not for a country. */
    {"Chilean Foreign Minister Ana Soto met NATO Secretary General Lars Dahl in Santiago on 3 May 2023.",
     NULL, {NULL}},
    {"The presidents of Ghana and Togo met European Union foreign policy chief Jan Bos in Accra on 3 May 2023.",
     NULL, {"GHA,TGO|in-person|held|2023-05-03", NULL}},
    {"The Chilean and Peruvian foreign ministers met in Geneva, Switzerland, on 3 May 2023.",
     NULL, {"CHL,PER|in-person|held|2023-05-03", NULL}},
    {"Chile and Peru discussed the Bolivia crisis when their ministers met on 3 May 2023.",
     NULL, {"CHL,PER|in-person|held|2023-05-03", NULL}},
    {"President Ana Soto of Chile, who visited Ecuador and Colombia last week, will meet President "
     "Luis Vega of Peru on 9 June 2023.",
     "2023-06-01", {"CHL,PER|in-person|planned|2023-06-09", NULL}},
    {"Ghana's president met former Nigerian President Tunde Bello and Togo's president in Accra on 3 "
     "May 2023.",
     NULL, {"GHA,TGO|in-person|held|2023-05-03", NULL}},
  };
  CHECK(cases);
}

/* Class 6: calls and other shapes of meeting words. */
static void test_call_shapes(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"The presidents of Chile and Peru had a phone discussion on 3 May 2023.",
     NULL, {"CHL,PER|call|held|2023-05-03", NULL}},
    /* "phoned to congratulate X" is a call; "called to demand" an appeal */
    {"Chilean President Ana Soto phoned to thank Peruvian President Luis Rojas for his help on 3 May 2023.",
     NULL, {"CHL,PER|call|held|2023-05-03", NULL}},
    {"Chilean President Ana Soto called to congratulate Peruvian President Luis Rojas on 3 May 2023.",
     NULL, {"CHL,PER|call|held|2023-05-03", NULL}},
    {"Chilean President Ana Soto called to demand an end to the strike in Peru on 3 May 2023.", NULL, {NULL}},
    {"Chilean President Ana Soto and Peruvian President Luis Vega have spoken on the phone several "
     "times since 2 January 2023.",
     NULL, {"CHL,PER|call|held|-", NULL}},
    /* Words between the verb and "on the phone". */
    {"Peruvian President Ana Soto and President Jan Novak of Chile talked twice on the phone last year.",
     "2022-03-05", {"CHL,PER|call|held|2021", NULL}},
    {"The defence ministers of Ghana and Togo held discussions in Lome on 3 May 2023.",
     NULL, {"GHA,TGO|in-person|held|2023-05-03", NULL}},
    {"The presidents of Chile and Peru will have lunch in Arica on 9 June 2023.",
     "2023-06-01", {"CHL,PER|in-person|planned|2023-06-09", NULL}},
    /* A phone call is between two sides: one with several counterparts is
     * one call each, unless they were on it together. */
    {"Kenyan President Ana Wambui also had a call with Chilean President Luis Soto and Peruvian President "
     "Jorge Vega a few weeks ago.",
     NULL, {"CHL,KEN|call|held|-", "KEN,PER|call|held|-", NULL}},
    {"The Ghanaian foreign minister spoke by phone with his Danish and Dutch counterparts on 4 March 2024.",
     NULL, {"DNK,GHA|call|held|2024-03-04", "GHA,NLD|call|held|2024-03-04", NULL}},
    {"Ghana's president phoned the leaders of Togo and Benin on Tuesday.",
     "2024-03-08", {"BEN,GHA|call|held|2024-03-05", "GHA,TGO|call|held|2024-03-05", NULL}},
    {"Ghana's president called the Togolese president on Tuesday.",
     "2024-03-08", {"GHA,TGO|call|held|2024-03-05", NULL}},
    {"Ghana's president called the Togolese decision a mistake on Tuesday.", "2024-03-08", {NULL}},
    {"Ghana's president on Tuesday called the Togolese president's remarks unacceptable.", "2024-03-08", {NULL}},
    /* taking part by video in a meeting told is no call of its own */
    {"The Chilean president will attend the summit in Lima on 9 June 2024, the leaders of Peru and Bolivia "
     "participating via videoconference.",
     "2024-03-08", {"BOL,CHL,PER|in-person|planned|2024-06-09", NULL}},
    {"The Peruvian president joined by video link the meeting of the Chilean and Bolivian leaders in Lima on 3 May "
     "2024.",
     "2024-05-08", {"BOL,CHL,PER|in-person|held|2024-05-03", NULL}},
    {"Ghana's president held a joint phone call with the leaders of Togo and Benin on Tuesday.",
     "2024-03-08", {"BEN,GHA,TGO|call|held|2024-03-05", NULL}},
    {"The leaders of Ghana, Togo and Benin held a phone call on Tuesday.",
     "2024-03-08", {"BEN,GHA,TGO|call|held|2024-03-05", NULL}},
    {"Ghana's president held a video conference with the leaders of Togo and Benin on Tuesday.",
     "2024-03-08", {"BEN,GHA,TGO|call|held|2024-03-05", NULL}},
  };
  CHECK(cases);
}

/* "a summit between A and B" names its parties, whoever speaks of it, also
 * after a city-state ("in Singapore between ..."). */
static void test_between_names_parties(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Chilean President Rosa Mendel said that she expected a summit in Singapore between Peruvian President "
     "Luis Vegard and Bolivian President Jorge Arce on 9 June 2024 to succeed.",
     "2024-05-27", {"BOL,PER|in-person|planned|2024-06-09", NULL}},
    {"Chilean President Rosa Mendel said she hoped talks in Lima between Peru and Bolivia would resume on 9 June 2024.",
     "2024-05-27", {"BOL,PER|in-person|planned|2024-06-09", NULL}},
  };
  CHECK(cases);
}

/* A region's set named by reference ("the African leaders", "these Gulf
 * states"); subjects receiving them each in his "respective capital", one
 * meeting each; "X followed Y": two events. */
static void test_region_references(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Kenyan President Daniel Mutua, Ghanaian President Kofi Mensah and Senegalese President Amadou Fall will "
     "travel to Lima soon. Peruvian President Luis Vegard has agreed to meet the African leaders on 9 June 2024.",
     "2024-03-01", {"GHA,KEN,PER,SEN|in-person|planned|2024-06-09", NULL}},
    {"Kenyan President Daniel Mutua, Ghanaian President Kofi Mensah and Senegalese President Amadou Fall will "
     "tour South America next month. Peruvian President Luis Vegard and Ecuadorian President Jorge Arce have "
     "each agreed to receive the African leaders, each in his respective capital.",
     "2024-03-01", {"GHA,KEN,PER,SEN|in-person|planned|-", "ECU,GHA,KEN,SEN|in-person|planned|-", NULL}},
    /* "their respective ministers": no distribution */
    {"The presidents of Kenya and Uganda met Rwandan President Paul Kagame in Kigali on 3 May 2024, accompanied "
     "by their respective foreign ministers.",
     NULL, {"KEN,RWA,UGA|in-person|held|2024-05-03", NULL}},
    /* a region's set is a party only where the frame lacks two, or after
     * "with" or the trigger; "Latin American" is no American */
    {"The presidents of Kenya, Ghana and Senegal met in Accra on 2 May 2024. The Chilean president met the "
     "Peruvian president in Lima on 3 May 2024 and criticised the African leaders.",
     NULL, {"GHA,KEN,SEN|in-person|held|2024-05-02", "CHL,PER|in-person|held|2024-05-03", NULL}},
    {"The presidents of Peru, Chile and Colombia met in Lima on 2 May 2024. Spain's king will receive the Latin "
     "American leaders in Madrid on 9 June 2024.",
     NULL, {"CHL,COL,PER|in-person|held|2024-05-02", "CHL,COL,ESP,PER|in-person|planned|2024-06-09", NULL}},
    /* the most recent set all of whose members are of the region */
    {"The prime ministers of Norway, Sweden and Finland met in Oslo on 2 May 2024. Chilean President Rosa "
     "Mendel spoke with the German chancellor on 3 May 2024. The Nordic premiers will meet again in Helsinki "
     "on 9 June 2024.",
     NULL, {"FIN,NOR,SWE|in-person|held|2024-05-02", "CHL,DEU|in-person|held|2024-05-03",
            "FIN,NOR,SWE|in-person|planned|2024-06-09", NULL}},
    /* a region no set is of: nothing */
    {"Chilean President Rosa Mendel and Peruvian President Luis Vegard met in Lima on 2 May 2024. The Arab "
     "leaders will meet in Cairo on 9 June 2024.",
     NULL, {"CHL,PER|in-person|held|2024-05-02", NULL}},
    {"Kenyan President Daniel Mutua, Ghanaian President Kofi Mensah and Senegalese President Amadou Fall will "
     "tour South America next month. Mutua had a telephone call with Peruvian President Luis Vegard on 8 May "
     "2024. That call followed a meeting held on 6 May 2024 among the African leaders.",
     NULL, {"KEN,PER|call|held|2024-05-08", "GHA,KEN,SEN|in-person|held|2024-05-06", NULL}},
  };
  CHECK(cases);
}

/* "X, followed by Y, met Z": one clause. */
static void test_followed_by(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Chilean President Rosa Mendel, followed by her foreign minister, met Peruvian President Luis Vegard in "
     "Lima on 3 May 2024.",
     NULL, {"CHL,PER|in-person|held|2024-05-03", NULL}},
  };
  CHECK(cases);
}

/* Class 3: several events in one clause, and a series named by reference. */
static void test_several_events(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"The leaders of Ghana and Togo held summits in Accra on 6 June 2018 and in Lome on 2 March 2019.",
     "2023-06-01", {"GHA,TGO|in-person|held|2018-06-06", "GHA,TGO|in-person|held|2019-03-02", NULL}},
    {"Chile, Peru and Bolivia first held a summit in Lima in March 2012. Later summits were "
     "held in Quito, on May 14, 2016, and in La Paz, on October 3, 2017.",
     "2021-05-05",
     {"BOL,CHL,PER|in-person|held|2012-03", "BOL,CHL,PER|in-person|held|2016-05-14",
      "BOL,CHL,PER|in-person|held|2017-10-03", NULL}},
    /* One meeting over two days stays one ("talks" has no singular trigger). */
    {"Ghana and Togo held talks in Accra on 6 June and 7 June 2023.",
     "2023-06-10", {"GHA,TGO|in-person|held|2023-06-06", NULL}},
    /* A plural trigger with a day list under one month, also inside a verb
     * phrase ("held meetings"), and after another trigger of the clause. */
    {"The defence chiefs of Ghana and Togo held meetings on October 4, 17 and 29.", "2023-11-20",
     {"GHA,TGO|in-person|held|2023-10-04", "GHA,TGO|in-person|held|2023-10-17",
      "GHA,TGO|in-person|held|2023-10-29", NULL}},
    {"It was a chance to review talks between envoys and to assess the accord reached between the "
     "generals of the Ghanaian Army and the Togolese People's Army during meetings on October 4 and 17, an "
     "aide said.",
     "2023-11-20", {"GHA,TGO|in-person|held|2023-10-04", "GHA,TGO|in-person|held|2023-10-17", NULL}},
    /* "the three chiefs first met in <city> in <month>": a meeting of its own */
    {"The spy chiefs of Chile, Peru and Bolivia met in Lima on Thursday. They shared views on trade, it said. "
     "It was their second such meeting after the three chiefs first met in Quito in February.",
     "2025-11-03", {"BOL,CHL,PER|in-person|held|2025-10-30", "BOL,CHL,PER|in-person|held|2025-02", NULL}},
    /* "X also met Y" after a meeting of more: a bilateral of its own */
    {"The foreign ministers of Ghana, Togo, Benin and Niger met in Accra on Monday. The Ghanaian minister "
     "also met her Togolese counterpart and discussed trade.",
     "2023-05-10", {"BEN,GHA,NER,TGO|in-person|held|2023-05-08", "GHA,TGO|in-person|held|-", NULL}},
    /* "X also had a call with Y" after a call of the same pair: another call */
    {"Kenyan President Daniel Mutua spoke by phone with Ghanaian President Kofi Mensah. Mutua also had a call "
     "with Mensah in the spring, his office said.",
     NULL, {"GHA,KEN|call|held|-", "GHA,KEN|call|held|-", NULL}},
    {"Kenyan President Daniel Mutua spoke by phone with Ghanaian President Kofi Mensah. The two leaders "
     "discussed trade, his office said.",
     NULL, {"GHA,KEN|call|held|-", NULL}},
    /* "arrived separately and met": one meeting */
    {"The leaders of Ghana, Togo and Benin met in Accra on Monday. They arrived separately and met at the "
     "palace.", "2023-05-10", {"BEN,GHA,TGO|in-person|held|2023-05-08", NULL}},
    /* "first in person, then by video": a meeting and a call, both history */
    {"After weeks of talks, at first in person in Chile, later by video link, the negotiators of Peru and "
     "Bolivia reached a deal on Tuesday.",
     "2022-03-30", {"BOL,PER|in-person|held|-", "BOL,PER|call|held|-", NULL}},
    {"Peru and Bolivia held talks by video link on Monday.", "2022-03-30", {"BOL,PER|call|held|2022-03-28", NULL}},
    /* "met again", with no date: another occasion, kept apart */
    {"The presidents of Ghana and Togo held talks on trade. Weeks ago, they met again at a forum.", NULL,
     {"GHA,TGO|in-person|held|-", "GHA,TGO|in-person|held|-", NULL}},
    {"The presidents of Ghana and Togo held talks in Accra on Monday. They will meet again in June.", "2023-05-10",
     {"GHA,TGO|in-person|held|2023-05-08", "GHA,TGO|in-person|planned|2023-06", NULL}},
    /* A plural trigger with a list of cities: one meeting per city */
    {"The foreign ministers of Ghana and Togo agreed to hold meetings in Accra, Lome and Abuja.",
     "2023-06-10",
     {"GHA,TGO|in-person|planned|-", "GHA,TGO|in-person|planned|-", "GHA,TGO|in-person|planned|-", NULL}},
    {"Ghana and Togo held talks in Accra and Lome.", "2023-06-10", {"GHA,TGO|in-person|held|-", NULL}},
    /* a city that has hosted rounds, with nobody named: the meetings just told of */
    {"Ghana and Togo opened a dialogue in 2021 and held talks later that year. Lome has hosted four rounds "
     "of negotiations, the most recent in March.",
     "2022-08-25", {"GHA,TGO|in-person|held|2021", "GHA,TGO|in-person|held|2022-03", NULL}},
    {"Lome has hosted four rounds of negotiations.", "2022-08-25", {NULL}},
    /* A series word without a meeting just before names nobody. */
    {"Later summits were held in Quito and Lima.", "2021-05-05", {NULL}},
  };
  CHECK(cases);
}

/* An outcome told in the past participle ("the accord reached during the
 * talks") says the meeting was held, whatever modal the sentence has;
 * "to be signed at" does not. */
static void test_outcome_held(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"The envoys would then review the accord reached between Ghana and Togo during talks in Lome on "
     "4 October.",
     "2023-11-20", {"GHA,TGO|in-person|held|2023-10-04", NULL}},
    {"A truce signed at the summit of Ghana and Togo could change the region.", "2023-11-20",
     {"GHA,TGO|in-person|held|-", NULL}},
    {"The accord to be signed at the summit of Ghana and Togo would end the dispute.", "2023-11-20",
     {"GHA,TGO|in-person|proposed|-", NULL}},
  };
  CHECK(cases);
}

/* Status from shapes with no tense of their own: a date after the report's
 * with nothing said is a plan; "was the first ... to meet" is done. */
static void test_status_shapes(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    /* a request is a proposal; an aside's cue yields to the main verb */
    {"The Chilean government has requested an early meeting with Peru.", "2024-08-09",
     {"CHL,PER|in-person|proposed|-", NULL}},
    {"The meeting of Chile and Peru, requested by Lima, was held on Monday.", "2024-08-09",
     {"CHL,PER|in-person|held|2024-08-05", NULL}},
    {"President Okafor of Ghana expects the leaders of Togo and Benin at a summit next Tuesday in "
     "Accra.",
     "2023-11-15", {"BEN,GHA,TGO|in-person|planned|2023-11-21", NULL}},
    {"A summit of Ghana and Togo in Accra on 3 May 2031.", "2023-11-15",
     {"GHA,TGO|in-person|planned|2031-05-03", NULL}},
    {"In August, Ghanaian President Okafor was the first visiting head of state to meet Togolese President Mensah.",
     "2023-11-15", {"GHA,TGO|in-person|held|2023-08", NULL}},
    {"Ghanaian President Okafor will be the first visiting head of state to meet Togolese President Mensah.",
     "2023-11-15", {"GHA,TGO|in-person|planned|-", NULL}},
  };
  CHECK(cases);
}

/* "was in A and B on D1 and D2 respectively": one meeting per country, on
 * its own date; a counterpart with no country is the host's; the purpose
 * of a journey told in the past was carried out. */
static void test_host_and_respectively(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"The Ghanaian president met the leaders of Togo and Benin on 8 and 9 November respectively.",
     "2023-11-20", {"GHA,TGO|in-person|held|2023-11-08", "BEN,GHA|in-person|held|2023-11-09", NULL}},
    {"Ghanaian President Ama Okafor was in Togo and Benin on 4 and 6 October respectively, to hold talks "
     "with his counterparts.",
     "2023-11-20", {"GHA,TGO|in-person|held|2023-10-04", "BEN,GHA|in-person|held|2023-10-06", NULL}},
    {"Ghanaian President Ama Okafor had been in Togo and Benin on 2 and 3 March respectively, to dialogue "
     "with his two counterparts, Kofi Adom and Jean Hounsou.",
     "2023-11-20", {"GHA,TGO|in-person|held|2023-03-02", "BEN,GHA|in-person|held|2023-03-03", NULL}},
    /* "statesman" is a leader's title; "the" inside the list of hosts; the
     * counterparts named by name, one of them known to be the host's */
    {"The Argentine statesman had been in Chile and Colombia on 5 and 7 June respectively, to confer with "
     "his counterparts Gabriel Boric and Gustavo Petro.",
     "2023-11-20", {"ARG,CHL|in-person|held|2023-06-05", "ARG,COL|in-person|held|2023-06-07", NULL}},
    {"The Ghanaian statesman had been in Togo and the Central African Republic on 5 and 7 June respectively, "
     "to confer with his counterparts Kofi Adom and Jean Ndoba.",
     "2023-11-20", {"GHA,TGO|in-person|held|2023-06-05", "CAF,GHA|in-person|held|2023-06-07", NULL}},
    {"The Ghanaian statesman was in Benin and the DRC on 12 and 14 April respectively, for talks with his "
     "counterparts.",
     "2023-11-20", {"BEN,GHA|in-person|held|2023-04-12", "COD,GHA|in-person|held|2023-04-14", NULL}},
    {"Ghanaian President Ama Okafor will travel to Togo to hold talks with his counterpart.", "2023-11-20",
     {"GHA,TGO|in-person|planned|-", NULL}},
    {"Ghanaian President Ama Okafor flew to Lome to meet Togolese President Kofi Mensah.", "2023-11-20",
     {"GHA,TGO|in-person|held|-", NULL}},
    {"Ghanaian President Ama Okafor was expected to meet Togolese President Kofi Mensah.", "2023-11-20",
     {"GHA,TGO|in-person|planned|-", NULL}},
  };
  CHECK(cases);
}

/* A format of k that names fewer is joined by the last set of the others;
 * "with him" is the last person named for another country. */
static void test_joined_and_him(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Presidents of Chile and Peru, Ana Ruiz and Jorge Soto, held talks in Lima on 3 May 2023. The talks "
     "came ahead of a trilateral summit, where Bolivian President Luis Mamani will take part. Ruiz met "
     "with him this afternoon.",
     "2023-05-04",
     {"CHL,PER|in-person|held|2023-05-03", "BOL,CHL,PER|in-person|planned|-",
      "BOL,CHL|in-person|held|2023-05-04", NULL}},
    /* a reference keeps a set salient; "they" before the trigger joins the
     * parties the clause names */
    {"Chilean President Ana Ruiz and Peruvian President Jorge Soto arrived in Quito on Monday. The pair "
     "travelled by train. Their aides flew ahead. It was a long day. Officials were tired. Ruiz said they "
     "will meet President Luis Mamani of Bolivia.",
     "2023-11-20", {"BOL,CHL,PER|in-person|planned|-", NULL}},
  };
  CHECK(cases);
}

/* Ordinary news that looks like a meeting: a club named after a city, a
 * fair a capital hosts, a bare "they" far from any set. */
static void test_ordinary_news(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Lima Rovers beat Quito Athletic 2-1 on Sunday. The win lifts them to first. Coach Ana Ruiz said the "
     "squad would travel to Quito for the final, where they meet Quito Athletic.",
     "2023-11-20", {NULL}},
    {"Separately, Lima is hosting the Peruvian food fair this year, with entries from 30 countries "
     "including Chile.",
     "2023-11-20", {NULL}},
    {"Peru hosted the leaders of Chile and Bolivia for a summit in Lima.", "2023-11-20",
     {"BOL,CHL,PER|in-person|held|-", NULL}},
  };
  CHECK(cases);
}

/* Class 4: a history clause gives its own held meeting. */
static void test_history(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"The leaders of Chile, Peru and Bolivia will meet in Lima on 9 June 2023. The meeting will be the "
     "first such summit since 2016.",
     "2023-06-01", {"BOL,CHL,PER|in-person|planned|2023-06-09", "BOL,CHL,PER|in-person|held|2016", NULL}},
    {"Chile and Peru held their first talks since March 2019 in Lima on 3 May 2023.",
     "2023-06-01", {"CHL,PER|in-person|held|2023-05-03", "CHL,PER|in-person|held|2019-03", NULL}},
    /* "since" an earlier meeting, with the date its phrase gives */
    {"On 3 May 2023, Chile and Peru held their first direct talks since another meeting in Quito in late "
     "January.",
     "2023-06-01", {"CHL,PER|in-person|held|2023-05-03", "CHL,PER|in-person|held|2023-01", NULL}},
    /* with no dates at all the earlier meeting stays its own, and it is the
     * parties the clause names that met then */
    {"Chilean, Peruvian and Bolivian army delegations met U.N. officials in Lima. The summit in Lima marks "
     "the Chilean and Peruvian governments' first direct talks since another meeting in Quito.",
     NULL, {"BOL,CHL,PER|in-person|held|-", "CHL,PER|in-person|held|-", NULL}},
    /* "the summit paves the way for talks between A and B": those are
     * another meeting, not the summit told again */
    {"Chilean, Peruvian and Bolivian envoys met in Lima on 13 July 2022. The summit in Lima paves the way "
     "for talks between the Chilean and Peruvian military delegations, held in Quito last month.",
     "2022-07-14", {"BOL,CHL,PER|in-person|held|2022-07-13", "CHL,PER|in-person|held|2022-06", NULL}},
  };
  CHECK(cases);
}

/* A meeting called off is a cancelled meeting, dated by the meeting's own
 * date, not the day it was called off; a condition is no event; the month
 * May is no modal. */
static void test_cancelled_and_may(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    /* the day it was called off is not the meeting's ("next week" has no
     * date of its own) */
    {"Lima on Tuesday called off next week's talks of the foreign ministers of Chile and Peru, "
     "due in Quito.",
     "2023-11-20", {"CHL,PER|in-person|cancelled|-", NULL}},
    {"The summit of Chile and Bolivia on 3 December was called off.", "2023-11-20",
     {"BOL,CHL|in-person|cancelled|2023-12-03", NULL}},
    /* the passive of a subject noun, however far from it */
    {"The summit in Lima that was meant to bring together the leaders of Chile and Bolivia on 3 December "
     "was called off.",
     "2023-11-20", {"BOL,CHL|in-person|cancelled|2023-12-03", NULL}},
    {"The summit between Chile and Bolivia, planned for 3 December, was cancelled.", "2023-11-20",
     {"BOL,CHL|in-person|cancelled|2023-12-03", NULL}},
    {"The ministry announced the cancellation of the summit of Chile and Peru.", "2023-11-20",
     {"CHL,PER|in-person|cancelled|-", NULL}},
    /* the cue in a passive relative clause after the meeting noun */
    {"He referred to the meeting of the speakers of parliament of the Visegrad nations planned for this "
     "month, which has been cancelled.",
     "2023-11-20", {"CZE,HUN,POL,SVK|in-person|cancelled|2023-11", NULL}},
    {"He referred to the talks between Chile and Peru set for Friday, which were called off.",
     "2023-11-20", {"CHL,PER|in-person|cancelled|2023-11-24", NULL}},
    {"He cited the summit of Bolivia and Peru set for May, which was later scrapped.", "2023-03-01",
     {"BOL,PER|in-person|cancelled|2023-05", NULL}},
    {"She named the talks between Bolivia and Chile, which have since been called off.", "2023-03-01",
     {"BOL,CHL|in-person|cancelled|-", NULL}},
    {"Chile and Peru agreed to resume trade. \"If that is no step towards talks of both countries, "
     "what is it?\" he asked.",
     "2023-11-20", {NULL}},
    {"Talks between Chile and Peru on 3 May focused on fishing rights.", "2023-11-20",
     {"CHL,PER|in-person|held|2023-05-03", NULL}},
    {"Ghanaian President Kwame Ofori had been in Togo and Benin on 3 and 4 May respectively, to meet his "
     "counterparts.",
     "2023-11-20", {"GHA,TGO|in-person|held|2023-05-03", "BEN,GHA|in-person|held|2023-05-04", NULL}},
  };
  CHECK(cases);
}

/* "discussed" is a meeting only with a date or a place of its own. */
static void test_anchored_discussed(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Fishing rights were a subject the foreign ministers of Chile and Peru, Ana Soto and Luis Rojas, "
     "discussed on 8 June in Arica.",
     "2023-11-20", {"CHL,PER|in-person|held|2023-06-08", NULL}},
    {"Chilean President Ana Soto and Peruvian President Luis Rojas spoke by phone on Monday. The two "
     "leaders discussed fishing rights and a new border crossing.",
     "2023-11-22", {"CHL,PER|call|held|2023-11-20", NULL}},
    {"Chile and Peru discussed fishing rights.", "2023-11-22", {NULL}},
    /* a setting or a manner after "discussed" is no topic */
    {"Chilean President Rosa Mendel discussed the situation with Peruvian President Luis Vegard during talks in "
     "Lima on 3 May 2024.",
     NULL, {"CHL,PER|in-person|held|2024-05-03", NULL}},
    {"Chilean President Rosa Mendel discussed the upcoming summit with Peruvian President Luis Vegard in a phone "
     "call on 3 May 2024.",
     NULL, {"CHL,PER|call|held|2024-05-03", NULL}},
    /* A meeting noun that is what was discussed: its place and date are
     * its own, not the discussion's; a setting ("at their summit") is. */
    {"Chilean President Ana Soto and Peruvian President Luis Rojas spoke by phone on Monday. Soto also "
     "discussed with Rojas the upcoming Pacific summit to be held in Quito at the end of May.",
     "2023-11-22", {"CHL,PER|call|held|2023-11-20", NULL}},
    {"The leaders of Chile and Peru discussed the reconstruction of Haiti at their summit in Lima on 3 May 2023.",
     NULL, {"CHL,PER|in-person|held|2023-05-03", NULL}},
    {"Chilean Foreign Minister Ana Soto discussed the proposal by phone with her Peruvian counterpart, Luis Rojas, "
     "on 3 May 2023.",
     NULL, {"CHL,PER|call|held|2023-05-03", NULL}},
    /* Words of no mode ("his discussion with") are the call the article
     * tells of the same parties; with a place of their own, a meeting. */
    {"Kenyan President Daniel Mutua confirmed a discussion with Ghanaian counterpart Kofi Mensah about the "
     "trade dispute. His spokesman said Mutua had a telephone conversation with Mensah on Wednesday.",
     "2023-11-24", {"GHA,KEN|call|held|2023-11-22", NULL}},
    {"Kenyan President Daniel Mutua had a discussion with Ghanaian President Kofi Mensah in Accra on 3 May 2023. "
     "Mutua had a phone call with Mensah on 9 May 2023.",
     NULL, {"GHA,KEN|in-person|held|2023-05-03", "GHA,KEN|call|held|2023-05-09", NULL}},
  };
  CHECK(cases);
}

/* A date without its year and no verb that says the meeting happened: the
 * nearer of last year's and the one to come ("plans for a 12 June summit"
 * on 27 May is a plan); "looked forward to meeting" is one too. */
static void test_nearer_date_plans(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Chilean President Ana Soto said she and Peruvian President Luis Rojas counted on plans for a 12 "
     "June summit in Arica.",
     "2023-05-27", {"CHL,PER|in-person|planned|2023-06-12", NULL}},
    {"Peruvian President Luis Rojas looked forward to meeting Chilean President Ana Soto on 12 June.",
     "2023-05-27", {"CHL,PER|in-person|planned|2023-06-12", NULL}},
    /* a weekday in the meeting's own clause, no verb saying it happened:
     * Saturday is two days ahead of a Thursday, Monday two days behind a
     * Wednesday */
    {"The envoy said a new text was ready for the meeting between Chilean President Ana Soto and "
     "Peruvian President Luis Rojas in Arica on Saturday.",
     "2023-03-16", {"CHL,PER|in-person|planned|2023-03-18", NULL}},
    {"The envoy said a new text was ready after the meeting between Chilean President Ana Soto and "
     "Peruvian President Luis Rojas in Arica on Monday.",
     "2023-03-15", {"CHL,PER|in-person|held|2023-03-13", NULL}},
    /* the meeting noun is the subject of a past verb: held, whatever is nearer */
    {"A meeting of Chilean President Ana Soto and Peruvian President Luis Rojas in Arica on Sunday was "
     "attended by their foreign ministers.",
     "2023-03-18", {"CHL,PER|in-person|held|2023-03-12", NULL}},
    /* a past verb between the meeting and its weekday: last week's */
    {"The talks of Chile and Peru in Lima began on Monday.", "2024-12-15", {"CHL,PER|in-person|held|2024-12-09", NULL}},
    {"The forum brought together delegations from Chile, Peru and Bolivia in Lima on Monday.", "2024-12-15",
     {"BOL,CHL,PER|in-person|held|2024-12-09", NULL}},
    /* last year's is nearer: a meeting that happened */
    {"The 12 June summit of Chile and Peru in Arica ended with a fishing accord.", "2023-11-27",
     {"CHL,PER|in-person|held|2023-06-12", NULL}},
  };
  CHECK(cases);
}

/* A person known by a hyphenated surname ("Mensah-Bonsu") is a party
 * when named by it alone. */
static void test_hyphenated_surname(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Ghanaian President Kofi Mensah-Bonsu arrived in Lima on Monday. Peruvian President Luis Rojas "
     "welcomed the visit. Rojas and Mensah-Bonsu met on Tuesday.",
     "2023-11-22", {"GHA,PER|in-person|held|2023-11-21", NULL}},
    {"Ghanaian President Kofi Mensah-Bonsu arrived in Lima on Monday. Peruvian President Luis Rojas "
     "welcomed the visit. Rojas met Mensah-Bonsu on Tuesday.",
     "2023-11-22", {"GHA,PER|in-person|held|2023-11-21", NULL}},
    /* "Omar al-Rashid" is known as "Rashid": a particle glued by a hyphen
     * is no part of the surname */
    {"Kenyan President Omar al-Rashid arrived in Lima on Monday. Peruvian President Luis Rojas welcomed "
     "the visit. Rojas met Rashid on Tuesday.",
     "2023-11-22", {"KEN,PER|in-person|held|2023-11-21", NULL}},
    /* "between" after the meeting's place names its parties, not the
     * subject; "Messrs." ends no sentence */
    {"Peruvian President Luis Rojas spoke. Chilean President Ana Soto spoke. Ghanaian President Kofi "
     "Mensah-Bonsu spoke. Rojas said he expected a summit in Accra between Messrs. Soto and Mensah-Bonsu "
     "next week.",
     "2023-11-22", {"CHL,GHA|in-person|planned|-", NULL}},
  };
  CHECK(cases);
}

/* A meeting named by reference ("their video call") with no date of its
 * own takes the one date of the sentence before that names its parties. */
static void test_date_before(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Presidents Ana Soto, of Chile, and Luis Rojas, of Peru, spoke on Thursday for the first time. In "
     "their videoconference, the two addressed fishing rights.",
     "2023-03-03", {"CHL,PER|call|held|2023-03-02", NULL}},
    {"Kenyan President Ruto and Ghanaian President Mensah arrived in Lima on Monday. The talks between the two "
     "presidents focused on cocoa prices.",
     "2023-03-03", {"GHA,KEN|in-person|held|2023-02-27", NULL}},
    /* two dates before: which one is unsaid */
    {"Presidents Ana Soto, of Chile, and Luis Rojas, of Peru, spoke on Thursday, a week after the floods of "
     "22 February. In their video call, the two addressed fishing rights.",
     "2023-03-03", {"CHL,PER|call|held|-", NULL}},
    /* the sentence before does not name both parties */
    {"Chilean President Ana Soto spoke to reporters on Thursday. During the video call between Soto and "
     "Peruvian President Luis Rojas, they addressed fishing rights.",
     "2023-03-03", {"CHL,PER|call|held|-", NULL}},
  };
  CHECK(cases);
}

/* "Peru's Transitional Council Chairman X" acts for Peru; "<city>-mediated
 * talks" are not held in that city; "talks, which are due to open on 14
 * August" take that date and status over the verb before them. */
static void test_clause_shapes(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"During a phone call with Chilean Foreign Minister Luis Rojas last Monday, Peru's Transitional Council "
     "Chairman Jorge Quispe stressed the need for calm.",
     "2024-08-09", {"CHL,PER|call|held|2024-08-05", NULL}},
    {"On July 23, the Peruvian foreign ministry invited Chile to Lima-mediated talks with Bolivia, which are "
     "due to open on August 14.",
     "2024-08-09", {"BOL,CHL|in-person|planned|2024-08-14", NULL}},
    /* a headline's "<subject> to <verb>" is the future; "the opening round
     * of negotiations" with a date and one party named is the set's held meeting */
    {"Water ministers of Chile, Peru, Bolivia to resume negotiations on the aquifer Sunday\n\n"
     "The opening round of negotiations in La Paz closed on Saturday, and Chilean water minister Ana "
     "Soto called it useful.",
     "2019-12-21", {"BOL,CHL,PER|in-person|planned|2019-12-22", "BOL,CHL,PER|in-person|held|2019-12-21", NULL}},
    /* the date is another event's: "ahead of the elections on Sunday" */
    {"Chile and Peru will hold talks in Lima. The Chilean government wants to speed up the talks ahead of "
     "the elections on Sunday.",
     "2019-12-21", {"CHL,PER|in-person|planned|-", NULL}},
    /* after a comma the date is the sentence's again */
    {"Chilean President Ana Soto met Peru's President Luis Rojas, ahead of the Andean summit in Lima, on "
     "May 17, 2023.",
     NULL, {"CHL,PER|in-person|held|2023-05-17", NULL}},
    /* no date of its own: "a date for the meeting" tells no event */
    {"Chile and Peru will hold talks in Lima. Chilean spokesman Jorge Paz had not given a date for the "
     "meeting, diplomats said.",
     "2019-12-21", {"CHL,PER|in-person|planned|-", NULL}},
    /* the present progressive is the day of the report; a dateline a day
     * before the given date is the story's "today" ("this afternoon") */
    {"Chilean President Ana Soto and Peruvian President Luis Rojas are holding talks in Lima.", "2022-11-01",
     {"CHL,PER|in-person|held|2022-11-01", NULL}},
    {"LIMA, Oct 31 Chilean President Ana Soto and Peruvian President Luis Rojas are holding talks in Lima. "
     "Soto held talks with Bolivian President Jorge Quispe this afternoon.",
     "2022-11-01", {"CHL,PER|in-person|held|2022-10-31", "BOL,CHL|in-person|held|2022-10-31", NULL}},
    /* a meeting called off stays so, though a clause after it schedules it */
    {"Lima on Monday called off a meeting of the foreign ministers of Chile and Peru, which was due in "
     "Quito.",
     "2022-11-01", {"CHL,PER|in-person|cancelled|-", NULL}},
    /* without the clause, the date before the verb stays the meeting's */
    {"On July 23, Chile and Bolivia held talks in Quito.", "2024-08-09", {"BOL,CHL|in-person|held|2024-07-23", NULL}},
  };
  CHECK(cases);
}

/* A visit is a meeting only where an invitation names it. */
static void test_invited_visit(void **state)
{
  (void)state;
  static const ev_case cases[] = {
    {"Chilean President Ana Soto has invited Peruvian President Luis Rojas to visit her country.", "2023-03-03",
     {"CHL,PER|in-person|proposed|-", NULL}},
    {"Chilean President Ana Soto will visit Peru on Monday at the invitation of Peruvian President Luis Rojas.",
     "2023-03-03", {"CHL,PER|in-person|planned|2023-03-06", NULL}},
    {"Chilean President Ana Soto visited Peru on Monday at the invitation of Peruvian President Luis Rojas.",
     "2023-03-03", {"CHL,PER|in-person|held|2023-02-27", NULL}},
    /* "called on" a person: a courtesy call; "called on X to ...": an appeal */
    {"Chilean Foreign Minister Ana Soto called on Peruvian President Luis Rojas on Friday.", "2023-03-03",
     {"CHL,PER|in-person|held|2023-03-03", NULL}},
    {"On 16 February, the Chilean minister called on the Prime Minister of Peru, Mr. Luis Rojas.", "2023-03-03",
     {"CHL,PER|in-person|held|2023-02-16", NULL}},
    {"Chilean Foreign Minister Ana Soto called on Peruvian President Luis Rojas to end the dispute.", "2023-03-03",
     {NULL}},
    {"Chile called on the Peruvian government to end the dispute.", "2023-03-03", {NULL}},
    /* no invitation: a trip, not a meeting */
    {"Chilean President Ana Soto visited Peru and Bolivia on Monday.", "2023-03-03", {NULL}},
    {"Chilean President Ana Soto visited Peru on Monday. Peruvian President Luis Rojas was invited to a "
     "football match.",
     "2023-03-03", {NULL}},
  };
  CHECK(cases);
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
  return 0;
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_distributive),
    cmocka_unit_test(test_references),
    cmocka_unit_test(test_not_parties),
    cmocka_unit_test(test_call_shapes),
    cmocka_unit_test(test_between_names_parties),
    cmocka_unit_test(test_region_references),
    cmocka_unit_test(test_followed_by),
    cmocka_unit_test(test_several_events),
    cmocka_unit_test(test_outcome_held),
    cmocka_unit_test(test_status_shapes),
    cmocka_unit_test(test_host_and_respectively),
    cmocka_unit_test(test_joined_and_him),
    cmocka_unit_test(test_ordinary_news),
    cmocka_unit_test(test_history),
    cmocka_unit_test(test_cancelled_and_may),
    cmocka_unit_test(test_anchored_discussed),
    cmocka_unit_test(test_nearer_date_plans),
    cmocka_unit_test(test_hyphenated_surname),
    cmocka_unit_test(test_date_before),
    cmocka_unit_test(test_clause_shapes),
    cmocka_unit_test(test_invited_visit),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
