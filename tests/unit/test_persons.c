/* Persons on news-like text (issue 13): every named official with the right
 * country and role, and nothing else. Invented names and sentences, several
 * shapes per class: names as written, plural titles, honorifics, compound and
 * descriptive titles, generic "Minister of X", institutions that give a
 * country, possessive principals and retinues, false persons, roles kept as
 * stated, the built-in dated officials (with invented entries marked
 * built-in), and the cross-article merge of names. */
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
#include "lexicon/gazetteer.h"
#include "support.h"

static dg_gazetteer *gz;

/* Invented office holders, marked built-in below as the officials are. */
static const char officials[] =
  "{\"schema\": \"diplograph-gazetteer/1\", \"persons\": ["
  "{\"name\": \"Ana Vellaro\", \"aliases\": [\"Vellaro\"], \"country\": \"CHL\", \"role\": \"foreign minister\","
  " \"level\": \"foreign\", \"valid_from\": \"2020-01-01\", \"valid_to\": \"2022-12-31\"},"
  "{\"name\": \"Ana Vellaro\", \"aliases\": [\"Vellaro\"], \"country\": \"CHL\", \"role\": \"president\","
  " \"level\": \"leaders\", \"valid_from\": \"2023-01-01\"},"
  "{\"name\": \"Tor Brekkestad\", \"aliases\": [\"Brekkestad\"], \"country\": \"NOR\", \"role\": \"prime minister\","
  " \"level\": \"leaders\", \"valid_from\": \"2019-06-01\", \"valid_to\": \"2021-06-01\"}"
  "]}";

static int setup(void **state)
{
  (void)state;
  if (dg_gazetteer_new(&gz) < 0) return -1;
  size_t n0 = gz->npersons;
  if (dg_gazetteer_add_json(gz, officials, strlen(officials), "invented officials") < 0) return -1;
  for (size_t i = n0; i < gz->npersons; i++) gz->persons[i].builtin = 1;
  return 0;
}

static int teardown(void **state)
{
  (void)state;
  dg_gazetteer_free(gz);
  return 0;
}

/* The graph of some articles (each with its publication date or NULL). */
static cJSON *graph_of(const char *const *texts, const char *const *dates, size_t n)
{
  dg_graph *g = NULL;
  char *out = NULL;
  size_t len = 0;
  assert_int_equal(dg_graph_new(&g), 0);
  for (size_t i = 0; i < n; i++) {
    dg_document *d = NULL;
    dg_extraction *x = NULL;
    char id[32];
    snprintf(id, sizeof id, "a%zu", i);
    assert_int_equal(dg_document_from_memory(&d, id, texts[i], strlen(texts[i])), 0);
    if (dates[i]) assert_int_equal(dg_document_set_published(d, dates[i]), 0);
    assert_int_equal(dg_extract(&x, gz, d, NULL), 0);
    assert_int_equal(dg_graph_add(g, x), 0);
    dg_extraction_free(x);
    dg_document_free(d);
  }
  assert_int_equal(dg_graph_build(g, gz), 0);
  assert_int_equal(dg_export_json(&out, &len, g), 0);
  cJSON *root = cJSON_ParseWithLength(out, len);
  dg_string_free(out);
  dg_graph_free(g);
  assert_non_null(root);
  return root;
}

static cJSON *one(const char *text, const char *date)
{
  return graph_of(&text, &date, 1);
}

static void dump(const cJSON *root)
{
  const cJSON *n;
  cJSON_ArrayForEach(n, nodes(root))
    if (is_kind(n, "person"))
      print_error("  person %s country=%s role=%s\n", jstr(n, "name"), jstr(n, "country") ? jstr(n, "country") : "null",
                  jstr(n, "role") ? jstr(n, "role") : "null");
}

/* Person `name` exists with this country and role (NULL: none; ANY: not checked). */
static const char ANY[] = "(any)";
static void has_(const cJSON *root, const char *name, const char *iso3, const char *role, int line)
{
  const cJSON *p = person(root, name);
  const char *c = p ? jstr(p, "country") : NULL, *r = p ? jstr(p, "role") : NULL;
  int ok = p && (iso3 == ANY || (iso3 ? streq(c, iso3) : !c)) && (role == ANY || (role ? streq(r, role) : !r));
  if (ok) return;
  print_error("test_persons.c:%d: %s: want country=%s role=%s\n", line, name, iso3 ? iso3 : "null",
              role ? role : "null");
  dump(root);
  fail();
}
#define HAS(root, name, iso3, role) has_((root), (name), (iso3), (role), __LINE__)
#define NOT_PERSON(root, name) do { if (person((root), (name))) { dump(root); fail_msg("%s is not a person", (name)); } } while (0)

/* Each text gives one person with that name, country and role. */
typedef struct { const char *text, *name, *iso3, *role; } shape;

static void shapes(const shape *s, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    cJSON *root = one(s[i].text, "2024-05-02");
    if (!person(root, s[i].name)) print_error("in \"%s\"\n", s[i].text);
    has_(root, s[i].name, s[i].iso3, s[i].role, __LINE__);
    cJSON_Delete(root);
  }
}
#define SHAPES(arr) shapes((arr), sizeof (arr) / sizeof *(arr))

/* ------------------------------------------------------------ names */

static void names_as_written(void **state)
{
  (void)state;
  static const shape s[] = {
    {"Peruvian Foreign Minister Marek T. Olivera met his Chilean counterpart.", "Marek T. Olivera", "PER", "foreign minister"},
    {"Kenyan President Daniel W. Mutua Jr held talks in Lima.", "Daniel W. Mutua Jr", ANY, "president"},
    {"The Minister of Trade, Germán Ostrovsky, joined the talks in Quito.", "Germán Ostrovsky", NULL, ANY},
    {"Foreign Minister Israel Korvanen of Finland spoke to reporters.", "Israel Korvanen", "FIN", "foreign minister"},
  };
  SHAPES(s);
  /* Family name first: "Park" later is the same person. */
  cJSON *root = one("South Korean President Seo Min-jae met Chilean President Rosa Mendel in Seoul. "
                    "Seo said the talks went well.", "2024-05-02");
  HAS(root, "Seo Min-jae", "KOR", "president");
  assert_int_equal(count_kind(root, "person"), 2);
  cJSON_Delete(root);
  /* Three words written family name first, the last a short syllable
   * ("Un", "In" are no stopwords inside a name): "Mr. Han" is the same. */
  root = one("North Korean Premier Han Sol Un met Chilean President Rosa Mendel in Lima. "
             "Mr. Han said the talks went well.", "2024-05-02");
  HAS(root, "Han Sol Un", "PRK", "premier");
  assert_int_equal(count_kind(root, "person"), 2);
  cJSON_Delete(root);
  /* A later titled mention by the family name alone: "State Councillor Lin". */
  root = one("Chinese State Councillor and Foreign Minister Lin Bao met Peruvian Foreign Minister Luis Vegard. "
             "State Councillor Lin said the talks were useful.", "2024-05-02");
  HAS(root, "Lin Bao", "CHN", "state councillor and foreign minister");
  assert_int_equal(count_kind(root, "person"), 2);
  cJSON_Delete(root);
}

static void patronymics_are_distinct(void **state)
{
  (void)state;
  /* bin/ibn names are known by their first word: King Rashad is not Crown Prince Khalid bin Rashad. */
  const char *const texts[] = {
    "Omani Crown Prince Khalid bin Rashad met Chilean President Rosa Mendel.",
    "King Rashad of Oman received the Peruvian foreign minister, Luis Ortega.",
  };
  const char *const dates[] = {"2024-05-02", "2024-05-03"};
  cJSON *root = graph_of(texts, dates, 2);
  const cJSON *p = person(root, "Khalid bin Rashad");
  assert_non_null(p);
  assert_string_equal(jstr(p, "role"), "crown prince");
  p = person(root, "Rashad");
  assert_non_null(p);
  assert_string_equal(jstr(p, "role"), "king");
  cJSON_Delete(root);
}

/* ------------------------------------------------------ plural titles */

static void plural_titles(void **state)
{
  (void)state;
  cJSON *root = one("The foreign ministers of Chile, Peru and Bolivia, Ana Ruizen, Jorge Sotelo and Luis Mamanir, "
                    "met in Lima on Monday.", "2024-05-02");
  HAS(root, "Ana Ruizen", "CHL", "foreign minister");
  HAS(root, "Jorge Sotelo", "PER", "foreign minister");
  HAS(root, "Luis Mamanir", "BOL", "foreign minister");
  cJSON_Delete(root);
  root = one("Presidents of Norway and Sweden Olaf Hanssen and Sven Bergvik held talks in Oslo.", "2024-05-02");
  HAS(root, "Olaf Hanssen", "NOR", "president");
  HAS(root, "Sven Bergvik", "SWE", "president");
  cJSON_Delete(root);
  root = one("The Chilean and Peruvian defence ministers Marta Gilbert and Pedro Pazos met in Arica.", "2024-05-02");
  HAS(root, "Marta Gilbert", "CHL", "defence minister");
  HAS(root, "Pedro Pazos", "PER", "defence minister");
  cJSON_Delete(root);
  /* No countries: the role still holds for each name. */
  root = one("Presidents Tomas Kirrin and Luis Pallard relaunched the talks.", "2024-05-02");
  HAS(root, "Tomas Kirrin", NULL, "president");
  HAS(root, "Luis Pallard", NULL, "president");
  cJSON_Delete(root);
  root = one("Soto met President Ana Ruizen of Chile, Luis Vegard of Peru, and Jorge Lindqvist of Bolivia.", "2024-05-02");
  HAS(root, "Ana Ruizen", "CHL", "president");
  HAS(root, "Luis Vegard", "PER", "president");
  HAS(root, "Jorge Lindqvist", "BOL", "president");
  cJSON_Delete(root);
}

/* -------------------------------------------------------- honorifics */

static void honorifics_do_not_block(void **state)
{
  (void)state;
  static const shape s[] = {
    {"Omani Foreign Minister Prince Faris bin Talal met his Chilean counterpart.", "Faris bin Talal", "OMN", "foreign minister"},
    {"Kuwaiti Prime Minister Sheikh Nasser al-Sabahi arrived in Lima.", "Nasser al-Sabahi", "KWT", "prime minister"},
    {"Chile's Foreign Minister H.E. Tomas Oyarce would pay a visit to Peru.", "Tomas Oyarce", "CHL", "foreign minister"},
    {"Interim Afghan Minister for Industry and Commerce Haji Nur Azimi sat in.", "Nur Azimi", "AFG", ANY},
    {"Peruvian Defence Minister Gen. Carlos Montoyo visited Quito.", "Carlos Montoyo", "PER", "defence minister"},
  };
  SHAPES(s);
  cJSON *root = one("China's State Councillor and Foreign Minister, H.E. Lin Bao, would pay a visit.", "2024-05-02");
  NOT_PERSON(root, "H");
  cJSON_Delete(root);
}

/* --------------------------------------------- compound and descriptive */

static void compound_titles(void **state)
{
  (void)state;
  static const shape s[] = {
    {"Qatari Prime Minister and Foreign Minister Sheikh Omar bin Fahd spoke.", "Omar bin Fahd", "QAT", "prime minister and foreign minister"},
    {"Chilean Deputy Prime Minister and Defence Minister Rosa Altamira arrived.", "Rosa Altamira", "CHL", "deputy prime minister and defence minister"},
    {"Chinese State Councillor and Foreign Minister Lin Bao met Soto.", "Lin Bao", "CHN", ANY},
  };
  SHAPES(s);
  cJSON *root = one("Chilean Deputy Prime Minister and Defence Minister Rosa Altamira met Peruvian Defence Minister "
                    "Pedro Pazos in Lima on Monday.", "2024-05-02");
  const cJSON *n;
  int found = 0;
  cJSON_ArrayForEach(n, nodes(root))
    if (is_kind(n, "meeting")) { found = 1; assert_string_equal(jstr(n, "level"), "defence"); }
  assert_true(found);
  cJSON_Delete(root);
}

static void descriptive_titles(void **state)
{
  (void)state;
  static const shape s[] = {
    {"Ivo Marendic, the head of the seven-member Croatian delegation, said talks went well.", "Ivo Marendic", "HRV", ANY},
    {"The head of the Serbian delegation, Goran Pavlic, arrived late.", "Goran Pavlic", "SRB", ANY},
    {"Sudan's Sovereign Council Chairman Osman al-Tayeb called for talks.", "Osman al-Tayeb", "SDN", "sovereign council chairman"},
    {"Chilean irrigation minister Pablo Rendic stressed the time factor.", "Pablo Rendic", "CHL", "irrigation minister"},
  };
  SHAPES(s);
}

static void generic_ministers(void **state)
{
  (void)state;
  static const shape s[] = {
    {"Sudanese Minister of Minerals Omar Hassabo will lead the delegation.", "Omar Hassabo", "SDN", "minister of minerals"},
    {"Bolivia's Minister for Information Raul Quispeo said the talks were off.", "Raul Quispeo", "BOL", "minister for information"},
    {"The Peruvian Secretary for Strategic Affairs, Lucia Benavente, was isolated.", "Lucia Benavente", "PER", "secretary for strategic affairs"},
    {"US Secretary of Homeland Security Mark Delaney joined the talks.", "Mark Delaney", "USA", "secretary of homeland security"},
    {"Minister of International Relations and Cooperation Thandi Mokoena also said so.", "Thandi Mokoena", NULL, "minister of international relations and cooperation"},
    {"Secretary General of the Austrian Foreign Ministry, Dr. Peter Hollwarth, sat in.", "Peter Hollwarth", "AUT", ANY},
  };
  SHAPES(s);
  /* "ambassador in X" serves another country: X is not the ambassador's. */
  cJSON *root = one("There the ambassador in Lima, Jorge Casaretto, awaits them.", "2024-05-02");
  HAS(root, "Jorge Casaretto", NULL, "ambassador in lima");
  cJSON_Delete(root);
  root = one("Chile's ambassador to Peru, Marta Iglesio, met the minister.", "2024-05-02");
  HAS(root, "Marta Iglesio", "CHL", ANY);
  cJSON_Delete(root);
}

/* ---------------------------------------------------------- institutions */

static void institutions_give_a_country(void **state)
{
  (void)state;
  static const shape s[] = {
    {"CIA director Mark Halloway is due at the talks.", "Mark Halloway", "USA", "intelligence chief"},
    {"Mossad chief Dan Avital flew to Cairo.", "Dan Avital", "ISR", "intelligence chief"},
    {"State Department spokesperson Ellen Marsh said on Thursday that talks would go on.", "Ellen Marsh", "USA", "spokesperson"},
    {"Kremlin spokesman Pavel Orlov told reporters the date was not set.", "Pavel Orlov", "RUS", "spokesperson"},
    {"Ministry of External Affairs spokesperson Ravi Menon tweeted on Monday.", "Ravi Menon", "IND", "spokesperson"},
    {"Indian Ministry of External Affairs (MEA) spokesman Ravi Menon confirmed it.", "Ravi Menon", "IND", "spokesperson"},
    {"NIS Director Cho Min-su hosted his Japanese counterpart.", "Cho Min-su", "KOR", ANY},
  };
  SHAPES(s);
}

/* ---------------------------------------------- principals and retinues */

static void possessive_principals(void **state)
{
  (void)state;
  cJSON *root = one("Talks between Chilean President Rosa Mendel's chief of staff Pedro Galvez and Peruvian officials "
                    "ended.", "2024-05-02");
  HAS(root, "Rosa Mendel", "CHL", "president");
  HAS(root, "Pedro Galvez", "CHL", "chief of staff");
  cJSON_Delete(root);
  root = one("Peruvian President Luis Vegard flew to Quito with only his spokesman Juan Perales.", "2024-05-02");
  HAS(root, "Juan Perales", "PER", "spokesperson");
  cJSON_Delete(root);
  root = one("The Colombian president is travelling accompanied by Foreign Minister Alvaro Lemus, the Chief of Staff "
             "Laura Sanmiguel and the Minister of Commerce, Gabriel Uribarri.", "2024-05-02");
  HAS(root, "Alvaro Lemus", "COL", "foreign minister");
  HAS(root, "Laura Sanmiguel", "COL", "chief of staff");
  HAS(root, "Gabriel Uribarri", "COL", ANY);
  cJSON_Delete(root);
  /* A full name before a possessive title is a person too. */
  root = one("Bustos was ambassador when he served as Carlos Menendez's chief of staff.", "2024-05-02");
  HAS(root, "Carlos Menendez", NULL, NULL);
  cJSON_Delete(root);
  /* "the President's TITLE X", "X, the Prime Minister's TITLE": the
   * article's first person of that role. */
  root = one("Estonian Prime Minister Kaja Lind will attend the summit on Friday, Mart Tamm, the Prime Minister's "
             "press chief, said.", "2024-05-02");
  HAS(root, "Mart Tamm", "EST", "press chief");
  cJSON_Delete(root);
  root = one("President Dina Okoro of Nigeria spoke with Chinese President Wei Lan. The president's spokesperson "
             "Tunde Bello said the call was cordial.", "2024-05-02");
  HAS(root, "Tunde Bello", "NGA", "spokesperson");
  cJSON_Delete(root);
  /* An ambassador "in" a capital serves there: of the story's other side. */
  root = one("Chilean Foreign Minister Rosa Mendel flies to Lima for talks with Peru. The ambassador in Lima, "
             "Pedro Galvez, awaits her. Chile hopes for a deal.", "2024-05-02");
  HAS(root, "Pedro Galvez", "CHL", ANY);
  cJSON_Delete(root);
  /* "the counterparts of Rwanda A, Ghana B, and Togo C": the head's role, a country each. */
  root = one("Kenyan President Ana Bela asked the counterparts of Chile Jan Kalisa, Ghana Kofi Mensah, "
             "and Togo Eric Adjo to a meeting.", "2024-05-02");
  HAS(root, "Jan Kalisa", "CHL", "president");
  HAS(root, "Kofi Mensah", "GHA", "president");
  HAS(root, "Eric Adjo", "TGO", "president");
  cJSON_Delete(root);
  /* By elimination: "Presidents A and B ... between X and Y", A of X. */
  root = one("Presidents Rosa Mendel and Hugo Arrieta restored ties between Chile and Bolivia. Chilean President Rosa "
             "Mendel spoke first.", "2024-05-02");
  HAS(root, "Hugo Arrieta", "BOL", "president");
  cJSON_Delete(root);
  /* Never from a neighbour: a person listed after another keeps none. */
  root = one("Chilean President Rosa Mendel and President Hugo Arrieta met in Lima.", "2024-05-02");
  HAS(root, "Hugo Arrieta", NULL, "president");
  cJSON_Delete(root);
}

static void neighbouring_title_not_taken(void **state)
{
  (void)state;
  cJSON *root = one("After talking with the Peruvian President, Arturo Quintana stated that he was hopeful.", "2024-05-02");
  const cJSON *p = person(root, "Arturo Quintana");
  assert_true(!p || !streq(jstr(p, "country"), "PER"));
  cJSON_Delete(root);
  root = one("Asked about a conflict in the Andes, the Chilean president answered that he could not say.", "2024-05-02");
  NOT_PERSON(root, "Andes");
  cJSON_Delete(root);
}

/* ---------------------------------------------------------- false persons */

static void false_persons(void **state)
{
  (void)state;
  cJSON *root = one("Nguyen Van Long, head of Laos's ruling Communist Party, met the Chinese Strategic Dialogue team "
                    "near the Andean Renewal Dam and the Chilean Coast Guard.", "2024-05-02");
  NOT_PERSON(root, "Communist Party");
  NOT_PERSON(root, "Strategic Dialogue");
  NOT_PERSON(root, "Renewal Dam");
  NOT_PERSON(root, "Coast Guard");
  cJSON_Delete(root);
  root = one("The Chile-Peru High-Level Security Dialogue follows, the Chilean Presidential Administration noted.",
             "2024-05-02");
  NOT_PERSON(root, "High-Level");
  NOT_PERSON(root, "Presidential Administration");
  assert_int_equal(count_kind(root, "person"), 0);
  cJSON_Delete(root);
}

/* ------------------------------------------------------ roles as stated */

static void roles_kept_as_stated(void **state)
{
  (void)state;
  static const shape s[] = {
    {"Bela Horvathy, the Hungarian Prime Minister's press chief, informed the agency.", "Bela Horvathy", "HUN", "press chief"},
    {"Chilean presidential adviser Ines Barra met Peruvian officials.", "Ines Barra", "CHL", "presidential adviser"},
    {"Peruvian Prime Minister Luis Vegard's national security adviser Ana Quiroga met Soto.", "Ana Quiroga", "PER", "national security adviser"},
  };
  SHAPES(s);
  cJSON *root = one("Peruvian Prime Minister Luis Vegard's national security adviser Ana Quiroga met Soto.", "2024-05-02");
  HAS(root, "Luis Vegard", "PER", "prime minister");
  cJSON_Delete(root);
}

/* ------------------------------------------------ built-in dated officials */

static void officials_within_term(void **state)
{
  (void)state;
  /* No nationality in the text: the entry in term on the date gives it. */
  cJSON *root = one("Vellaro met Peruvian President Luis Vegard in Lima on Monday.", "2021-03-10");
  HAS(root, "Ana Vellaro", "CHL", "foreign minister");
  cJSON_Delete(root);
  root = one("Vellaro met Peruvian President Luis Vegard in Lima on Monday.", "2024-03-10");
  HAS(root, "Ana Vellaro", "CHL", "president");
  cJSON_Delete(root);
  /* Out of every term: the country still holds, the role is the text's. */
  root = one("President Tor Brekkestad met Peruvian President Luis Vegard in Lima.", "2024-03-10");
  HAS(root, "Tor Brekkestad", "NOR", "president");
  cJSON_Delete(root);
  root = one("Former prime minister Tor Brekkestad spoke in Lima.", "2024-03-10");
  HAS(root, "Tor Brekkestad", "NOR", ANY);
  cJSON_Delete(root);
  /* A title and a complement before a listed name do not hide it. */
  root = one("Minister of Planning and Cooperation Ana Vellaro spoke in Lima.", "2021-03-10");
  HAS(root, "Ana Vellaro", "CHL", "minister of planning and cooperation");
  cJSON_Delete(root);
}

static void officials_text_first(void **state)
{
  (void)state;
  /* The text's role and country come first; the list fills only the gaps. */
  cJSON *root = one("Chilean Senator Ana Vellaro met Peruvian President Luis Vegard.", "2021-03-10");
  HAS(root, "Ana Vellaro", "CHL", ANY);
  cJSON_Delete(root);
  root = one("Special envoy Ana Vellaro met Peruvian President Luis Vegard.", "2021-03-10");
  HAS(root, "Ana Vellaro", "CHL", "special envoy");
  cJSON_Delete(root);
}

static void officials_without_date(void **state)
{
  (void)state;
  /* No date at all: the country all entries agree on, no role (they differ). */
  cJSON *root = one("Vellaro met Peruvian President Luis Vegard in Lima.", NULL);
  HAS(root, "Ana Vellaro", "CHL", NULL);
  cJSON_Delete(root);
  /* One entry, no date: its country and role. */
  root = one("Brekkestad met Peruvian President Luis Vegard in Lima.", NULL);
  HAS(root, "Tor Brekkestad", "NOR", "prime minister");
  cJSON_Delete(root);
}

static void officials_relatives(void **state)
{
  (void)state;
  /* A longer name around a listed surname is somebody else. */
  cJSON *root = one("Ingrid Brekkestad, a Norwegian businesswoman, met Soto.", "2020-03-10");
  const cJSON *p = person(root, "Tor Brekkestad");
  assert_null(p);
  cJSON_Delete(root);
}

/* ------------------------------------------------------------ merge */

static void merge_across_articles(void **state)
{
  (void)state;
  const char *const texts[] = {
    "South Korean President Seo Min-jae met Chilean President Rosa Mendel in Seoul.",
    "President Seo met Peruvian President Luis Vegard in Lima.",
  };
  const char *const dates[] = {"2024-05-02", "2024-05-09"};
  cJSON *root = graph_of(texts, dates, 2);
  HAS(root, "Seo Min-jae", "KOR", "president");
  assert_int_equal(count_kind(root, "person"), 3);
  cJSON_Delete(root);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(names_as_written),
    cmocka_unit_test(patronymics_are_distinct),
    cmocka_unit_test(plural_titles),
    cmocka_unit_test(honorifics_do_not_block),
    cmocka_unit_test(compound_titles),
    cmocka_unit_test(descriptive_titles),
    cmocka_unit_test(generic_ministers),
    cmocka_unit_test(institutions_give_a_country),
    cmocka_unit_test(possessive_principals),
    cmocka_unit_test(neighbouring_title_not_taken),
    cmocka_unit_test(false_persons),
    cmocka_unit_test(roles_kept_as_stated),
    cmocka_unit_test(officials_within_term),
    cmocka_unit_test(officials_text_first),
    cmocka_unit_test(officials_without_date),
    cmocka_unit_test(officials_relatives),
    cmocka_unit_test(merge_across_articles),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
