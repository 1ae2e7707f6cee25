/* Unit tests for the lexicon: the built-in gazetteer, the phrase matcher and
 * user gazetteer files. All text, persons and invented countries are made up. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "graph/view.h"
#include "lexicon/gazetteer.h"
#include "lexicon/matcher.h"
#include "text/text.h"
#include "util/alloc.h"
#include "support.h"

/* ------------------------------------------------------------------ helpers */

static int setup_gz(void **state)
{
  dg_gazetteer *gz = NULL;
  if (dg_gazetteer_new(&gz) != 0) return -1;
  *state = gz;
  return 0;
}

static int teardown_gz(void **state)
{
  dg_gazetteer_free(*state);
  return 0;
}

/* The hits of the matcher on the folded text of s. */
typedef struct {
  dg_folded f;
  dg_hits h;
} scan_result;

static void scan(scan_result *r, const dg_gazetteer *gz, const char *s)
{
  memset(r, 0, sizeof *r);
  assert_int_equal(dg_fold(&r->f, s, strlen(s)), 0);
  assert_int_equal(dg_matcher_scan(gz->matcher, r->f.s, r->f.len, &r->h), 0);
  for (size_t i = 1; i < r->h.n; i++) assert_true(r->h.v[i].fs >= r->h.v[i - 1].fs); /* sorted */
}

static void scan_free(scan_result *r)
{
  dg_folded_free(&r->f);
  dg_free(r->h.v);
}

static void dump(const scan_result *r)
{
  for (size_t i = 0; i < r->h.n; i++)
    print_error("  hit kind %d ref %d [%.*s]\n", r->h.v[i].kind, r->h.v[i].ref,
                (int)(r->h.v[i].fe - r->h.v[i].fs), r->f.s + r->h.v[i].fs);
}

/* The hit of `kind` whose folded text is exactly `span`, or NULL. */
static const dg_hit *find(const scan_result *r, int kind, const char *span)
{
  for (size_t i = 0; i < r->h.n; i++) {
    const dg_hit *x = &r->h.v[i];
    if (x->kind == kind && x->fe - x->fs == strlen(span) && memcmp(r->f.s + x->fs, span, strlen(span)) == 0)
      return x;
  }
  return NULL;
}

static int count_hits_of_kind(const scan_result *r, int kind)
{
  int n = 0;
  for (size_t i = 0; i < r->h.n; i++) n += r->h.v[i].kind == kind;
  return n;
}

/* Require a hit of kind on span; return its ref. */
static int hit_(const dg_gazetteer *gz, const char *text, int kind, const char *span, int line)
{
  scan_result r;
  scan(&r, gz, text);
  const dg_hit *x = find(&r, kind, span);
  if (!x) {
    print_error("line %d: \"%s\": no hit of kind %d on [%s]; hits:\n", line, text, kind, span);
    dump(&r);
    scan_free(&r);
    fail();
  }
  int ref = x->ref;
  scan_free(&r);
  return ref;
}
#define HIT(gz, text, kind, span) hit_(gz, text, kind, span, __LINE__)

/* Require no hit of kind at all. */
static void no_hit_(const dg_gazetteer *gz, const char *text, int kind, int line)
{
  scan_result r;
  scan(&r, gz, text);
  if (count_hits_of_kind(&r, kind)) {
    print_error("line %d: \"%s\": unexpected hit of kind %d:\n", line, text, kind);
    dump(&r);
    scan_free(&r);
    fail();
  }
  scan_free(&r);
}
#define NO_HIT(gz, text, kind) no_hit_(gz, text, kind, __LINE__)

static int iso(const dg_gazetteer *gz, const char *iso3)
{
  int i = dg_gazetteer_country(gz, iso3);
  assert_true(i >= 0);
  return i;
}

static int add(dg_gazetteer *gz, const char *json)
{
  dg_error_clear();
  return dg_gazetteer_add_json(gz, json, strlen(json), "user.json");
}

/* ------------------------------------------------------------ built-in data */

static void test_builtin_counts(void **state)
{
  const dg_gazetteer *gz = *state;
  assert_true(gz->ncountries >= 240);
  assert_true(gz->ntitles > 100);
  assert_true(gz->ntriggers > 50);
  assert_true(gz->nformats > 10);
  assert_true(gz->nstatuses > 50);
  assert_true(gz->nlevels > 20);
  assert_true(gz->nplaces > 50);
  /* The built-in persons are the dated officials (data/OFFICIALS.md), all
   * marked built-in, each with a country and a role. */
  assert_true(gz->npersons > 1000);
  for (size_t i = 0; i < gz->npersons; i++) {
    assert_int_equal(gz->persons[i].builtin, 1);
    assert_true(gz->persons[i].country >= 0);
    assert_non_null(gz->persons[i].role);
  }
  assert_non_null(gz->matcher);
  static const char *const codes[] = {"FRA", "DEU", "TUR", "USA", "GBR", "RUS", "CHN", "KOR",
                                      "PRK", "OMN", "NGA", "NER", "IND", "XKX", "PSE", NULL};
  for (size_t i = 0; codes[i]; i++) {
    int k = dg_gazetteer_country(gz, codes[i]);
    if (k < 0) print_error("%s missing\n", codes[i]);
    assert_true(k >= 0);
    assert_string_equal(gz->countries[k].iso3, codes[i]);
  }
  assert_string_equal(gz->countries[iso(gz, "FRA")].name, "France");
  assert_string_equal(gz->countries[iso(gz, "DEU")].name, "Germany");
  assert_string_equal(gz->countries[iso(gz, "TUR")].name, "Turkey");
  assert_int_equal(dg_gazetteer_country(gz, "XAB"), -1);
  assert_int_equal(dg_gazetteer_country(gz, "fra"), -1);
  assert_int_equal(dg_gazetteer_country(gz, ""), -1);
  /* Every country's iso3 maps back to itself. */
  for (size_t i = 0; i < gz->ncountries; i++)
    assert_int_equal(dg_gazetteer_country(gz, gz->countries[i].iso3), (int)i);
}

static void test_levels_and_statuses(void **state)
{
  (void)state;
  assert_string_equal(dg_level_name(DG_LEVEL_FOREIGN), "foreign");
  assert_string_equal(dg_level_name(DG_LEVEL_DEFENCE), "defence");
  assert_string_equal(dg_level_name(DG_LEVEL_DEPUTY_FOREIGN), "deputy-foreign");
  assert_null(dg_level_name(DG_LEVEL_NONE));
  assert_null(dg_level_name(DG_LEVEL_COUNT));
  for (int l = 0; l < DG_LEVEL_COUNT; l++) assert_int_equal(dg_level_parse(dg_level_name(l)), l);
  assert_int_equal(dg_level_parse("defense"), DG_LEVEL_NONE);
  assert_int_equal(dg_level_parse(NULL), DG_LEVEL_NONE);
  assert_string_equal(dg_status_name(DG_STATUS_HELD), "held");
  assert_string_equal(dg_status_name(DG_STATUS_PLANNED), "planned");
  assert_string_equal(dg_status_name(DG_STATUS_PROPOSED), "proposed");
  assert_string_equal(dg_status_name(DG_STATUS_CANCELLED), "cancelled");
  assert_int_equal(dg_status_parse("cancelled"), DG_STATUS_CANCELLED);
  assert_null(dg_status_name(DG_STATUS_COUNT));
}

/* ------------------------------------------------------------------ matcher */

static void test_match_countries_demonyms_capitals(void **state)
{
  const dg_gazetteer *gz = *state;
  const char *text = "A French envoy flew from Paris to the Federal Republic of Germany, then "
                     "to Istanbul and the Élysée.";
  assert_int_equal(HIT(gz, text, DG_HIT_DEMONYM, "french"), iso(gz, "FRA"));
  assert_int_equal(HIT(gz, text, DG_HIT_CAPITAL, "paris"), iso(gz, "FRA"));
  assert_int_equal(HIT(gz, text, DG_HIT_COUNTRY, "federal republic of germany"), iso(gz, "DEU"));
  assert_int_equal(HIT(gz, text, DG_HIT_CAPITAL, "elysee"), iso(gz, "FRA"));
  int place = HIT(gz, text, DG_HIT_PLACE, "istanbul");
  assert_string_equal(gz->places[place].name, "Istanbul");
  assert_int_equal(gz->places[place].country, iso(gz, "TUR"));
  /* The longest alias wins: no separate hit on "germany". */
  NO_HIT(gz, "the Federal Republic of Germany", DG_HIT_DEMONYM);
  scan_result r;
  scan(&r, gz, "the Federal Republic of Germany");
  assert_int_equal(r.h.n, 1);
  scan_free(&r);
  /* Case, diacritics and typographic apostrophes do not matter. */
  assert_int_equal(HIT(gz, "TÜRKİYE", DG_HIT_COUNTRY, "turkiye"), iso(gz, "TUR"));
  assert_int_equal(HIT(gz, "Türkiye\xE2\x80\x99s minister", DG_HIT_COUNTRY, "turkiye"), iso(gz, "TUR"));
  assert_int_equal(HIT(gz, "the Quai d\xE2\x80\x99Orsay said", DG_HIT_CAPITAL, "quai d'orsay"), iso(gz, "FRA"));
  assert_int_equal(HIT(gz, "U.S. envoy", DG_HIT_COUNTRY, "u.s."), iso(gz, "USA"));
  assert_int_equal(HIT(gz, "the White House", DG_HIT_CAPITAL, "white house"), iso(gz, "USA"));
}

static void test_match_titles(void **state)
{
  const dg_gazetteer *gz = *state;
  int t;
  t = HIT(gz, "the foreign minister", DG_HIT_TITLE, "foreign minister");
  assert_string_equal(gz->titles[t].role, "foreign minister");
  assert_int_equal(gz->titles[t].level, DG_LEVEL_FOREIGN);
  assert_int_equal(gz->titles[t].plural, 0);
  t = HIT(gz, "Minister of Foreign Affairs Jane Example", DG_HIT_TITLE, "minister of foreign affairs");
  assert_int_equal(gz->titles[t].level, DG_LEVEL_FOREIGN);
  assert_string_equal(gz->titles[t].role, "foreign minister");
  t = HIT(gz, "the defense minister", DG_HIT_TITLE, "defense minister");
  assert_int_equal(gz->titles[t].level, DG_LEVEL_DEFENCE);
  t = HIT(gz, "the defence minister", DG_HIT_TITLE, "defence minister");
  assert_int_equal(gz->titles[t].level, DG_LEVEL_DEFENCE);
  t = HIT(gz, "the foreign ministers met", DG_HIT_TITLE, "foreign ministers");
  assert_int_equal(gz->titles[t].plural, 1);
  /* Longest wins: one title hit, the deputy one. */
  scan_result r;
  scan(&r, gz, "Deputy Foreign Minister Jan Muster");
  assert_int_equal(count_hits_of_kind(&r, DG_HIT_TITLE), 1);
  const dg_hit *x = find(&r, DG_HIT_TITLE, "deputy foreign minister");
  assert_non_null(x);
  assert_int_equal(gz->titles[x->ref].level, DG_LEVEL_DEPUTY_FOREIGN);
  scan_free(&r);
  t = HIT(gz, "President Jane Example", DG_HIT_TITLE, "president");
  assert_int_equal(gz->titles[t].level, DG_LEVEL_LEADERS);
}

static void test_match_triggers_and_formats(void **state)
{
  const dg_gazetteer *gz = *state;
  int t = HIT(gz, "The two ministers held talks on Monday.", DG_HIT_TRIGGER, "held talks");
  assert_string_equal(gz->triggers[t].phrase, "held talks");
  assert_int_equal(gz->triggers[t].call, 0);
  t = HIT(gz, "They had a phone call.", DG_HIT_TRIGGER, "had a phone call");
  assert_int_equal(gz->triggers[t].call, 1);
  t = HIT(gz, "In a phone call, they agreed.", DG_HIT_TRIGGER, "phone call");
  assert_int_equal(gz->triggers[t].call, 1);
  t = HIT(gz, "Jane Example met Jan Muster.", DG_HIT_TRIGGER, "met");
  assert_int_equal(gz->triggers[t].verb, 1);

  int f1 = HIT(gz, "a four-way meeting", DG_HIT_FORMAT, "four-way");
  int f2 = HIT(gz, "a four way meeting", DG_HIT_FORMAT, "four way");
  int f3 = HIT(gz, "a four\xE2\x80\x93way meeting", DG_HIT_FORMAT, "four-way"); /* en dash */
  int f4 = HIT(gz, "a FOUR - WAY meeting", DG_HIT_FORMAT, "four - way");
  assert_int_equal(gz->formats[f1].value, 4);
  assert_int_equal(f1, f2);
  assert_int_equal(f1, f3);
  assert_int_equal(f1, f4);
  int f = HIT(gz, "a trilateral summit", DG_HIT_FORMAT, "trilateral");
  assert_int_equal(gz->formats[f].value, 3);
  /* "summit" is both a trigger (events) and a level cue (cues). */
  HIT(gz, "a trilateral summit", DG_HIT_TRIGGER, "summit");
  int l = HIT(gz, "a trilateral summit", DG_HIT_LEVEL, "summit");
  assert_int_equal(gz->levels[l].value, DG_LEVEL_LEADERS);
}

static void test_match_leftmost_longest(void **state)
{
  const dg_gazetteer *gz = *state;
  scan_result r;
  scan(&r, gz, "South Korea and North Korea");
  assert_int_equal(count_hits_of_kind(&r, DG_HIT_COUNTRY), 2);
  const dg_hit *s = find(&r, DG_HIT_COUNTRY, "south korea");
  const dg_hit *n = find(&r, DG_HIT_COUNTRY, "north korea");
  assert_non_null(s);
  assert_non_null(n);
  assert_int_equal(s->ref, iso(gz, "KOR"));
  assert_int_equal(n->ref, iso(gz, "PRK"));
  assert_null(find(&r, DG_HIT_COUNTRY, "korea"));
  scan_free(&r);
  assert_int_equal(HIT(gz, "Korea", DG_HIT_COUNTRY, "korea"), iso(gz, "KOR"));
  assert_int_equal(HIT(gz, "South Korean officials", DG_HIT_DEMONYM, "south korean"), iso(gz, "KOR"));
  /* A line break is not a space: no "south korea" across lines. */
  scan(&r, gz, "South\nKorea");
  assert_null(find(&r, DG_HIT_COUNTRY, "south\nkorea"));
  assert_non_null(find(&r, DG_HIT_COUNTRY, "korea"));
  scan_free(&r);
}

static void test_match_word_boundaries(void **state)
{
  const dg_gazetteer *gz = *state;
  assert_int_equal(HIT(gz, "the Omani mediator", DG_HIT_DEMONYM, "omani"), iso(gz, "OMN"));
  NO_HIT(gz, "the Omani mediator", DG_HIT_COUNTRY);
  assert_int_equal(HIT(gz, "Oman's mediator", DG_HIT_COUNTRY, "oman"), iso(gz, "OMN"));
  assert_int_equal(HIT(gz, "talks in Nigeria", DG_HIT_COUNTRY, "nigeria"), iso(gz, "NGA"));
  scan_result r;
  scan(&r, gz, "talks in Nigeria");
  assert_int_equal(r.h.n, 2); /* "talks" (trigger) and "nigeria" */
  scan_free(&r);
  assert_int_equal(HIT(gz, "the Nigerien side", DG_HIT_DEMONYM, "nigerien"), iso(gz, "NER"));
  assert_int_equal(HIT(gz, "Niger-Nigeria border", DG_HIT_COUNTRY, "niger"), iso(gz, "NER"));
  assert_int_equal(HIT(gz, "Niger-Nigeria border", DG_HIT_COUNTRY, "nigeria"), iso(gz, "NGA"));
  /* "Indiana" is neither "India" nor "Indian". */
  NO_HIT(gz, "a senator from Indiana", DG_HIT_COUNTRY);
  NO_HIT(gz, "a senator from Indiana", DG_HIT_DEMONYM);
  assert_int_equal(HIT(gz, "the Indian side", DG_HIT_DEMONYM, "indian"), iso(gz, "IND"));
  assert_int_equal(HIT(gz, "India, too", DG_HIT_COUNTRY, "india"), iso(gz, "IND"));
  /* Not inside a word at its start either. */
  NO_HIT(gz, "Reindia and Parisian", DG_HIT_COUNTRY);
  NO_HIT(gz, "Reindia and Parisian", DG_HIT_CAPITAL);
  /* Digits are word characters: "2+2" is a format, "12+2" is not. */
  HIT(gz, "a 2+2 dialogue", DG_HIT_FORMAT, "2+2");
  NO_HIT(gz, "a 12+2 dialogue", DG_HIT_FORMAT);
  /* Non-ASCII letters are word characters too. */
  NO_HIT(gz, "Omaní", DG_HIT_COUNTRY);
}

static void test_match_layers(void **state)
{
  const dg_gazetteer *gz = *state;
  scan_result r;
  scan(&r, gz, "The ministers will meet in Paris.");
  const dg_hit *cue = find(&r, DG_HIT_STATUS, "will meet");
  const dg_hit *trig = find(&r, DG_HIT_TRIGGER, "meet");
  assert_non_null(cue);
  assert_non_null(trig);
  assert_int_equal(gz->statuses[cue->ref].value, DG_STATUS_PLANNED);
  assert_true(trig->fs > cue->fs && trig->fe == cue->fe);
  assert_non_null(find(&r, DG_HIT_TITLE, "ministers"));
  assert_non_null(find(&r, DG_HIT_CAPITAL, "paris"));
  scan_free(&r);
  /* A meeting called off: the cue says cancelled. */
  scan(&r, gz, "The summit in Paris has been called off.");
  cue = find(&r, DG_HIT_STATUS, "called off");
  assert_non_null(cue);
  assert_int_equal(gz->statuses[cue->ref].value, DG_STATUS_CANCELLED);
  scan_free(&r);
  /* A speech verb and a source word are cues. */
  HIT(gz, "Jane Example told reporters", DG_HIT_SPEECH, "told reporters");
  HIT(gz, "Jane Example told Jan Muster", DG_HIT_SPEECH, "told");
  scan(&r, gz, "the ministry said");
  assert_int_equal(count_hits_of_kind(&r, DG_HIT_SOURCE) + count_hits_of_kind(&r, DG_HIT_SPEECH), 2);
  scan_free(&r);
}

static void test_match_hit_spans(void **state)
{
  const dg_gazetteer *gz = *state;
  /* Folded spans map back to the original text through the fold map. */
  const char *text = "Çavuşoğlu met the Türkiye\xE2\x80\x99s neighbours in İstanbul.";
  scan_result r;
  scan(&r, gz, text);
  const dg_hit *c = find(&r, DG_HIT_COUNTRY, "turkiye");
  const dg_hit *p = find(&r, DG_HIT_PLACE, "istanbul");
  assert_non_null(c);
  assert_non_null(p);
  size_t os = r.f.map[c->fs], oe = r.f.map[c->fe];
  assert_int_equal(oe - os, strlen("Türkiye"));
  assert_memory_equal(text + os, "Türkiye", oe - os);
  os = r.f.map[p->fs];
  oe = r.f.map[p->fe];
  assert_memory_equal(text + os, "İstanbul", strlen("İstanbul"));
  assert_int_equal(oe - os, strlen("İstanbul"));
  scan_free(&r);
  /* Empty text: no hits. */
  scan(&r, gz, "");
  assert_int_equal(r.h.n, 0);
  scan_free(&r);
}

/* Every built-in country has a colour (tools/gazetteer/colours.py), one of
 * the palette's; a user file can set one, and a bad one is refused. */
static void test_country_colours(void **state)
{
  dg_gazetteer *gz = *state;
  unsigned used = 0;
  for (size_t i = 0; i < gz->ncountries; i++) {
    const dg_country *c = &gz->countries[i];
    int k = -1;
    assert_true(c->coloured);
    for (int j = 0; j < DG_PALETTE_SIZE; j++)
      if (memcmp(c->rgb, dg_country_palette[j], 3) == 0) k = j;
    if (k < 0) {
      print_error("%s: colour #%02x%02x%02x is not in the palette\n", c->iso3, c->rgb[0], c->rgb[1], c->rgb[2]);
      fail();
    }
    used |= 1u << k;
  }
  assert_int_equal(used, (1u << DG_PALETTE_SIZE) - 1); /* the whole palette is in use */
  int per = iso(gz, "PER");
  assert_int_equal(add(gz, "{\"countries\": [{\"iso3\": \"PER\", \"colour\": \"#0A0b0C\"},"
                        " {\"iso3\": \"XAC\", \"name\": \"Carpathia\"}]}"), 0);
  assert_memory_equal(gz->countries[per].rgb, "\x0a\x0b\x0c", 3);
  assert_false(gz->countries[iso(gz, "XAC")].coloured); /* a new country without one: from its code */
  assert_int_not_equal(add(gz, "{\"countries\": [{\"iso3\": \"CHL\", \"colour\": \"red\"}]}"), 0);
  assert_non_null(strstr(dg_error_last()->message, "#rrggbb"));
  assert_int_not_equal(add(gz, "{\"countries\": [{\"iso3\": \"CHL\", \"colour\": \"#12345g\"}]}"), 0);
  assert_int_not_equal(add(gz, "{\"countries\": [{\"iso3\": \"CHL\", \"colour\": 255}]}"), 0);
}

/* ----------------------------------------------------------- user gazetteers */

static const char USER_OK[] =
  "{\n"
  " \"schema\": \"diplograph-gazetteer/1\",\n"
  " \"countries\": [\n"
  "  {\"iso3\": \"TUR\", \"name\": \"Turkish Republic\", \"aliases\": [\"Anatolian Republic\"]},\n"
  "  {\"iso3\": \"XAB\", \"name\": \"Absurdistan\", \"aliases\": [\"Republic of Absurdistan\"],\n"
  "   \"demonyms\": [\"Absurdistani\"], \"capitals\": [\"Absurd City\"]}\n"
  " ],\n"
  " \"places\": [{\"name\": \"Lake Example\", \"country\": \"XAB\"}],\n"
  " \"titles\": [{\"phrase\": \"grand vizier\", \"role\": \"grand vizier\", \"level\": \"leaders\"}],\n"
  " \"triggers\": [{\"phrase\": \"broke bread with\", \"pos\": \"verb\", \"mode\": \"in-person\"}],\n"
  " \"persons\": [\n"
  "  {\"name\": \"Jane Example\", \"aliases\": [\"J. Example\", \"Example-Smith\"], \"country\": \"XAB\",\n"
  "   \"role\": \"foreign minister\", \"level\": \"foreign\", \"valid_from\": \"2024-01-01\"}\n"
  " ]\n"
  "}\n";

static void test_user_file_adds(void **state)
{
  dg_gazetteer *gz = *state;
  size_t nc = gz->ncountries, np0 = gz->npersons;
  int tur = iso(gz, "TUR");
  size_t tur_aliases = gz->countries[tur].aliases.n;
  assert_int_equal(add(gz, USER_OK), 0);
  /* A new country. */
  assert_int_equal(gz->ncountries, nc + 1);
  int xab = iso(gz, "XAB");
  assert_int_equal(xab, (int)nc);
  assert_string_equal(gz->countries[xab].name, "Absurdistan");
  assert_int_equal(dg_gazetteer_country(gz, "TUR"), tur);
  /* An existing country: the name becomes an alias, the built-in name stays. */
  assert_string_equal(gz->countries[tur].name, "Turkey");
  assert_int_equal(gz->countries[tur].aliases.n, tur_aliases + 2);

  const char *text = "Absurdistani Foreign Minister Jane Example broke bread with the Turkish "
                     "Republic's grand vizier at Lake Example, far from Absurd City and the "
                     "Anatolian Republic. J. Example and Example-Smith left the Republic of Absurdistan.";
  assert_int_equal(HIT(gz, text, DG_HIT_DEMONYM, "absurdistani"), xab);
  assert_int_equal(HIT(gz, text, DG_HIT_COUNTRY, "turkish republic"), tur);
  assert_int_equal(HIT(gz, text, DG_HIT_COUNTRY, "anatolian republic"), tur);
  assert_int_equal(HIT(gz, text, DG_HIT_COUNTRY, "republic of absurdistan"), xab);
  assert_int_equal(HIT(gz, text, DG_HIT_CAPITAL, "absurd city"), xab);
  int pl = HIT(gz, text, DG_HIT_PLACE, "lake example");
  assert_int_equal(gz->places[pl].country, xab);
  int ti = HIT(gz, text, DG_HIT_TITLE, "grand vizier");
  assert_int_equal(gz->titles[ti].level, DG_LEVEL_LEADERS);
  int tr = HIT(gz, text, DG_HIT_TRIGGER, "broke bread with");
  assert_int_equal(gz->triggers[tr].verb, 1);
  assert_int_equal(gz->triggers[tr].call, 0);
  /* The person and both aliases. */
  assert_int_equal(gz->npersons, np0 + 1);
  assert_int_equal(gz->persons[np0].builtin, 0);
  assert_int_equal(HIT(gz, text, DG_HIT_PERSON, "jane example"), (int)np0);
  assert_int_equal(HIT(gz, text, DG_HIT_PERSON, "j. example"), (int)np0);
  assert_int_equal(HIT(gz, text, DG_HIT_PERSON, "example-smith"), (int)np0);
  const dg_known_person *p = &gz->persons[np0];
  assert_string_equal(p->name, "Jane Example");
  assert_int_equal(p->aliases.n, 2);
  assert_int_equal(p->country, xab);
  assert_string_equal(p->role, "foreign minister");
  assert_int_equal(p->level, DG_LEVEL_FOREIGN);
  assert_string_equal(p->valid_from, "2024-01-01");
  assert_null(p->valid_to);
  /* "Lake Example" is a place, so "Example" there is not a person. */
  NO_HIT(gz, "at Lake Example", DG_HIT_PERSON);

  /* Adding a second file that only extends XAB works too. */
  assert_int_equal(add(gz, "{\"countries\": [{\"iso3\": \"XAB\", \"capitals\": [\"Nonsense Town\"]}]}"), 0);
  assert_int_equal(gz->ncountries, nc + 1);
  assert_int_equal(HIT(gz, "in Nonsense Town", DG_HIT_CAPITAL, "nonsense town"), xab);
}

/* A failed add leaves no trace. */
static void unchanged_after_(dg_gazetteer *gz, const char *json, int code, long line, long col,
                             const char *msg, int at)
{
  size_t nc = gz->ncountries, nt = gz->ntitles, np = gz->npersons, npl = gz->nplaces;
  size_t ntr = gz->ntriggers;
  int rc = add(gz, json);
  const dg_error *e = dg_error_last();
  if (rc != code || e->code != code || (line && e->line != line) || (col && e->column != col) ||
      strcmp(e->file, "user.json") != 0 || (msg && !strstr(e->message, msg))) {
    print_error("line %d: rc %d (want %d), line %ld, column %ld, file '%s', message '%s'\n", at, rc,
                code, e->line, e->column, e->file, e->message);
    fail();
  }
  assert_int_equal(gz->ncountries, nc);
  assert_int_equal(gz->ntitles, nt);
  assert_int_equal(gz->npersons, np);
  assert_int_equal(gz->nplaces, npl);
  assert_int_equal(gz->ntriggers, ntr);
  assert_int_equal(dg_gazetteer_country(gz, "XQQ"), -1);
  NO_HIT(gz, "Qqqland", DG_HIT_COUNTRY);
}
#define FAILS(gz, json, code, line, col, msg) unchanged_after_(gz, json, code, line, col, msg, __LINE__)

/* XQQ "Qqqland" is added by the first, valid, entry of each bad file. */
#define QQQ "{\"iso3\": \"XQQ\", \"name\": \"Qqqland\"}"

/* The domain word sets ("words") are data: built in, and extended by a user file. */
static void test_word_sets(void **state)
{
  dg_gazetteer *gz = *state;
  assert_true(dg_gazetteer_word(gz, DG_WORDS_PAST_TENSE, "met", 3));
  assert_true(dg_gazetteer_word(gz, DG_WORDS_TIME_ZONE, "gmt", 3));
  assert_true(dg_gazetteer_word(gz, DG_WORDS_ACTOR_NOUN, "envoys", 6));
  assert_false(dg_gazetteer_word(gz, DG_WORDS_PAST_TENSE, "conferred", 9));
  assert_int_equal(add(gz, "{\"words\": {\"past_tenses\": [\"Conferred\"], \"time_zones\": [\"WIB\"]}}"), 0);
  assert_true(dg_gazetteer_word(gz, DG_WORDS_PAST_TENSE, "conferred", 9)); /* folded */
  assert_true(dg_gazetteer_word(gz, DG_WORDS_PAST_TENSE, "met", 3));      /* still there */
  assert_true(dg_gazetteer_word(gz, DG_WORDS_TIME_ZONE, "wib", 3));
}

/* Regions: built in, looked up by their lower-cased name; a user file adds
 * one ("Andean": "the Andean presidents" refers to a set of its members). */
static void test_regions(void **state)
{
  dg_gazetteer *gz = *state;
  int r = dg_gazetteer_region(gz, "latin american", 14);
  assert_true(r >= 0);
  assert_true(dg_region_has(gz, r, "PER"));
  assert_false(dg_region_has(gz, r, "ESP"));
  assert_int_equal(dg_gazetteer_region(gz, "andean", 6), -1);
  assert_int_equal(add(gz, "{\"regions\": [{\"name\": \"Andean\", \"members\": [\"BOL\", \"COL\", \"ECU\", \"PER\"]}]}"), 0);
  r = dg_gazetteer_region(gz, "andean", 6);
  assert_true(r >= 0);
  assert_true(dg_region_has(gz, r, "ECU"));
  assert_false(dg_region_has(gz, r, "CHL"));
}

static void test_user_file_errors(void **state)
{
  dg_gazetteer *gz = *state;
  FAILS(gz, "{\"countries\": [" QQQ "], \"treaties\": []}", DG_EDATA, 0, 0, "unknown section \"treaties\"");
  FAILS(gz, "{\"countries\": [" QQQ "], \"words\": {\"idioms\": [\"x\"]}}", DG_EDATA, 0, 0,
        "unknown word set \"idioms\"");
  FAILS(gz, "{\"countries\": [" QQQ "], \"words\": {\"time_zones\": [1]}}", DG_EDATA, 0, 0, NULL);
  FAILS(gz, "{\"countries\": [" QQQ "], \"words\": [\"x\"]}", DG_EDATA, 0, 0, "must be an object");
  FAILS(gz, "{\"countries\": [" QQQ ", " QQQ "]}", DG_EDATA, 0, 0, "duplicate iso3");
  FAILS(gz, "{\"countries\": [" QQQ ", {\"iso3\": \"xab\", \"name\": \"X\"}]}", DG_EDATA, 0, 0, "iso3");
  FAILS(gz, "{\"countries\": [" QQQ ", {\"iso3\": \"XZZ\"}]}", DG_EDATA, 0, 0, "name");
  FAILS(gz, "{\"countries\": [" QQQ ", {\"iso3\": \"XZZ\", \"name\": \"Z\", \"aliases\": [\"\"]}]}", DG_EDATA,
        0, 0, NULL);
  FAILS(gz, "{\"countries\": [" QQQ "], \"titles\": [{\"phrase\": \"grand vizier\", \"role\": \"vizier\","
            " \"level\": \"cosmic\"}]}", DG_EDATA, 0, 0, "unknown level");
  FAILS(gz, "{\"countries\": [" QQQ "], \"titles\": [{\"phrase\": \"grand vizier\", \"level\": \"leaders\"}]}",
        DG_EDATA, 0, 0, "role");
  FAILS(gz, "{\"countries\": [" QQQ "], \"persons\": [{\"name\": \"Jane Example\", \"level\": \"top\"}]}",
        DG_EDATA, 0, 0, "unknown level");
  FAILS(gz, "{\"countries\": [" QQQ "], \"status_cues\": [{\"phrase\": \"may yet meet\", \"status\": \"maybe\"}]}",
        DG_EDATA, 0, 0, "status");
  FAILS(gz, "{\"countries\": [" QQQ "], \"regions\": [{\"name\": \"Andean\", \"members\": [\"PER\"]}]}",
        DG_EDATA, 0, 0, "two or more");
  FAILS(gz, "{\"countries\": [" QQQ "], \"regions\": [{\"name\": \"Andean\", \"members\": [\"PER\", \"XYZ\"]}]}",
        DG_EDATA, 0, 0, "not a known iso3");
  FAILS(gz, "{\"countries\": [" QQQ "], \"regions\": [{\"name\": \"Horn of Africa\", \"members\": [\"ETH\", \"SOM\"]}]}",
        DG_EDATA, 0, 0, "one or two words");
  FAILS(gz, "{\"countries\": [" QQQ "], \"regions\": [{\"name\": \"Andean\", \"members\": [\"PER\", \"PER\"]}]}",
        DG_EDATA, 0, 0, "listed twice");
  FAILS(gz, "{\"countries\": [" QQQ "], \"stopwords\": \"the\"}", DG_EDATA, 0, 0, NULL);
  FAILS(gz, "{\"countries\": [" QQQ "], \"boilerplate\": []}", DG_EDATA, 0, 0, NULL);
  FAILS(gz, "[" QQQ "]", DG_EDATA, 0, 0, NULL);
  /* Duplicate key in one object: line and column of the second key. */
  FAILS(gz,
        "{\n"
        " \"countries\": [" QQQ "],\n"
        " \"titles\": [\n"
        "  {\"phrase\": \"grand vizier\", \"role\": \"vizier\",\n"
        "   \"level\": \"leaders\", \"level\": \"other\"}\n"
        " ]\n"
        "}\n",
        DG_EDATA, 5, 24, "duplicate key \"level\"");
  /* Broken JSON: a missing comma, then a truncated file. */
  FAILS(gz,
        "{\n"
        " \"countries\": [\n"
        "  " QQQ "\n"
        "  {\"iso3\": \"XZZ\", \"name\": \"Zed\"}\n"
        " ]\n"
        "}\n",
        DG_EDATA, 4, 3, "malformed JSON at line 4, column 3");
  FAILS(gz,
        "{\n"
        " \"countries\": [\n"
        "  " QQQ ",\n"
        "  {\"iso3\": \"XZZ\", \"name\": \"Zé\"\n",
        DG_EDATA, 4, 31, "malformed JSON");
  FAILS(gz, "", DG_EDATA, 1, 1, "malformed JSON");
  /* Nesting deeper than 64. */
  char deep[400];
  size_t k = (size_t)snprintf(deep, sizeof deep, "{\"countries\": [" QQQ "], \"schema\": ");
  for (int i = 0; i < 70; i++) deep[k++] = '[';
  deep[k++] = '1';
  for (int i = 0; i < 70; i++) deep[k++] = ']';
  deep[k++] = '}';
  deep[k] = '\0';
  FAILS(gz, deep, DG_ELIMIT, 0, 0, "64");
  /* Still intact after all that. */
  assert_int_equal(HIT(gz, "France", DG_HIT_COUNTRY, "france"), iso(gz, "FRA"));
}

/* Duplicate-key position when the key was used before in an earlier object. */
static void test_user_file_duplicate_key_position(void **state)
{
  dg_gazetteer *gz = *state;
  const char *json =
    "{\n"
    " \"titles\": [\n"
    "  {\"phrase\": \"grand vizier\", \"role\": \"vizier\", \"level\": \"leaders\"},\n"
    "  {\"phrase\": \"small vizier\", \"role\": \"vizier\", \"level\": \"other\", \"level\": \"leaders\"}\n"
    " ]\n"
    "}\n";
  size_t nt = gz->ntitles;
  assert_int_equal(add(gz, json), DG_EDATA);
  assert_int_equal(gz->ntitles, nt);
  assert_int_equal(dg_error_last()->line, 4);
  assert_int_equal(dg_error_last()->column, 66); /* the repeated "level" */
}

/* Places and persons must name a known country (src/lib/data/README.md). */
static void test_user_file_country_refs(void **state)
{
  dg_gazetteer *gz = *state;
  FAILS(gz, "{\"countries\": [" QQQ "], \"places\": [{\"name\": \"Lake Nowhere\", \"country\": \"XZZ\"}]}",
        DG_EDATA, 0, 0, "places[0]");
  FAILS(gz, "{\"countries\": [" QQQ "], \"persons\": [{\"name\": \"Jane Example\", \"country\": \"XZZ\"}]}",
        DG_EDATA, 0, 0, "persons[0]");
  FAILS(gz, "{\"countries\": [" QQQ "], \"persons\": [{\"name\": \"Jane Example\", \"valid_from\": "
            "\"2024-02-30\"}]}", DG_EDATA, 0, 0, "valid_from");
  /* A country added by the same file, or built in, is fine. */
  size_t np = gz->nplaces;
  assert_int_equal(add(gz, "{\"places\": [{\"name\": \"Lake Somewhere\", \"country\": \"XQQ\"},\n"
                           "            {\"name\": \"Example Bay\", \"country\": \"FRA\"}],\n"
                           " \"countries\": [" QQQ "]}"),
                   0);
  assert_int_equal(gz->nplaces, np + 2);
  assert_int_equal(gz->places[np].country, iso(gz, "XQQ"));
  assert_int_equal(gz->places[np + 1].country, iso(gz, "FRA"));
  assert_int_equal(HIT(gz, "at Lake Somewhere", DG_HIT_PLACE, "lake somewhere"), (int)np);
}

static void test_user_file_from_disk(void **state)
{
  dg_gazetteer *gz = *state;
  const char *missing = test_data_path("unit", "no-such-gazetteer.json");
  assert_int_equal(dg_gazetteer_add_file(gz, missing), DG_EIO);
  assert_int_equal(dg_error_last()->code, DG_EIO);
  assert_string_equal(dg_error_last()->file, missing);

  const char *bad = test_data_path("unit", "gazetteer_broken.json");
  size_t nc = gz->ncountries;
  assert_int_equal(dg_gazetteer_add_file(gz, bad), DG_EDATA);
  assert_string_equal(dg_error_last()->file, bad);
  assert_int_equal(dg_error_last()->line, 5);
  assert_int_equal(dg_error_last()->column, 18); /* the missing comma */
  assert_int_equal(gz->ncountries, nc);

  const char *good = test_data_path("unit", "gazetteer_user.json");
  assert_int_equal(dg_gazetteer_add_file(gz, good), 0);
  assert_int_equal(gz->ncountries, nc + 1);
  int xab = iso(gz, "XAB");
  assert_int_equal(HIT(gz, "the Absurdistani envoy", DG_HIT_DEMONYM, "absurdistani"), xab);
  assert_int_equal(HIT(gz, "Jane Example arrived", DG_HIT_PERSON, "jane example"), (int)gz->npersons - 1);
  /* Adding the same file again is fine: XAB is known now, so its entry
   * extends it instead of being a duplicate. */
  assert_int_equal(dg_gazetteer_add_file(gz, good), 0);
  assert_int_equal(gz->ncountries, nc + 1);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown(test_builtin_counts, setup_gz, teardown_gz),
    cmocka_unit_test(test_levels_and_statuses),
    cmocka_unit_test_setup_teardown(test_match_countries_demonyms_capitals, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_match_titles, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_match_triggers_and_formats, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_match_leftmost_longest, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_match_word_boundaries, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_match_layers, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_match_hit_spans, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_user_file_adds, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_regions, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_user_file_errors, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_word_sets, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_user_file_duplicate_key_position, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_user_file_country_refs, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_country_colours, setup_gz, teardown_gz),
    cmocka_unit_test_setup_teardown(test_user_file_from_disk, setup_gz, teardown_gz),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
