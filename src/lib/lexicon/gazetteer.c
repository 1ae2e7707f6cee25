#include "lexicon/gazetteer.h"
#include "lexicon/matcher.h"
#include "lexicon/load.h"
#include "text/text.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <string.h>

extern const unsigned char dg_builtin_gazetteer[];
extern const size_t dg_builtin_gazetteer_len;
extern const unsigned char dg_builtin_officials[];
extern const size_t dg_builtin_officials_len;

const char *const dg_word_sets[DG_WORDS_SETS] = {
  "visit_words", "actor_nouns", "margin_words", "place_kinds", "briefing_verbs",
  "refusal_words", "count_nouns", "past_tenses", "time_zones", "dateline_labels",
  "distributive_words", "topic_nouns", "group_nouns", "postponement_words",
  "org_nouns", "portfolio_words", "title_heads", "intl_orgs", "outcome_participles", "other_events",
                                                     "invitation_words", "call_purposes", "broker_participles",
                                                     "participation_words"};

int dg_gazetteer_word(const dg_gazetteer *gz, int set, const char *w, size_t n)
{
  return dg_strmap_get(&gz->words[set], w, n) >= 0;
}

int dg_gazetteer_word_bits(const dg_gazetteer *gz, const char *w, size_t n)
{
  int v = dg_strmap_get(&gz->word_bits, w, n);
  return v < 0 ? 0 : v;
}

static int add_bits(dg_strmap *to, const dg_strmap *from, int bit)
{
  for (size_t i = 0; i < from->cap; i++) {
    if (!from->keys[i]) continue;
    int v = dg_strmap_get(to, from->keys[i], from->klens[i]);
    if (dg_strmap_put(to, from->keys[i], from->klens[i], (v < 0 ? 0 : v) | 1 << bit) < 0) return DG_ENOMEM;
  }
  return 0;
}

int dg_gazetteer_index(dg_gazetteer *gz)
{
  dg_strmap bits = DG_STRMAP_INIT;
  int rc = 0;
  for (int s = 0; s < DG_WORDS_SETS && !rc; s++) rc = add_bits(&bits, &gz->words[s], s);
  if (!rc) rc = add_bits(&bits, &gz->stopwords, DG_WORDBIT_STOP);
  if (!rc) rc = add_bits(&bits, &gz->honorifics, DG_WORDBIT_HONORIFIC);
  if (!rc) rc = add_bits(&bits, &gz->particles, DG_WORDBIT_PARTICLE);
  if (rc < 0) { dg_strmap_free(&bits); return rc; }
  dg_strmap_free(&gz->word_bits);
  gz->word_bits = bits;
  return dg_matcher_build(gz);
}

int dg_gazetteer_country(const dg_gazetteer *gz, const char *iso3)
{
  return dg_strmap_get(&gz->iso_index, iso3, strlen(iso3));
}

int dg_gazetteer_region(const dg_gazetteer *gz, const char *w, size_t n)
{
  return dg_strmap_get(&gz->region_index, w, n);
}

int dg_region_has(const dg_gazetteer *gz, int r, const char *iso3)
{
  const dg_region *g = &gz->regions[r];
  for (size_t i = 0; i < g->nmembers; i++)
    if (memcmp(g->members[i], iso3, 4) == 0) return 1;
  return 0;
}

void dg_gazetteer_free(dg_gazetteer *gz)
{
  if (!gz) return;
  for (size_t i = 0; i < gz->ncountries; i++) {
    dg_country *c = &gz->countries[i];
    dg_free(c->name);
    dg_strv_free(&c->aliases); dg_strv_free(&c->demonyms); dg_strv_free(&c->capitals);
  }
  for (size_t i = 0; i < gz->nplaces; i++) dg_free(gz->places[i].name);
  for (size_t i = 0; i < gz->ngroups; i++) { dg_free(gz->groups[i].name); dg_strv_free(&gz->groups[i].aliases); }
  dg_free(gz->groups);
  for (size_t i = 0; i < gz->nregions; i++) { dg_free(gz->regions[i].name); dg_free(gz->regions[i].members); }
  dg_free(gz->regions);
  dg_strmap_free(&gz->region_index);
  for (size_t i = 0; i < gz->ntitles; i++) { dg_free(gz->titles[i].phrase); dg_free(gz->titles[i].role); }
  for (size_t i = 0; i < gz->ntriggers; i++) dg_free(gz->triggers[i].phrase);
  for (size_t i = 0; i < gz->nformats; i++) dg_free(gz->formats[i].phrase);
  for (size_t i = 0; i < gz->nstatuses; i++) dg_free(gz->statuses[i].phrase);
  for (size_t i = 0; i < gz->nlevels; i++) dg_free(gz->levels[i].phrase);
  for (size_t i = 0; i < gz->npersons; i++) {
    dg_known_person *p = &gz->persons[i];
    dg_free(p->name); dg_strv_free(&p->aliases); dg_free(p->role);
    dg_free(p->valid_from); dg_free(p->valid_to);
  }
  dg_free(gz->countries); dg_free(gz->places); dg_free(gz->titles); dg_free(gz->triggers);
  dg_free(gz->formats); dg_free(gz->statuses); dg_free(gz->levels); dg_free(gz->persons);
  dg_strv_free(&gz->speech); dg_strv_free(&gz->source); dg_strv_free(&gz->nonstate);
  dg_strv_free(&gz->bp_prefix); dg_strv_free(&gz->bp_cutoff); dg_strv_free(&gz->bp_caption);
  dg_strmap_free(&gz->honorifics); dg_strmap_free(&gz->particles); dg_strmap_free(&gz->stopwords);
  dg_strmap_free(&gz->iso_index);
  dg_strmap_free(&gz->word_bits);
  for (int i = 0; i < DG_WORDS_SETS; i++) dg_strmap_free(&gz->words[i]);
  dg_matcher_free(gz->matcher);
  dg_free(gz);
}

static int add_builtin(dg_gazetteer *gz, const unsigned char *data, size_t len, const char *name)
{
  cJSON *root = NULL;
  int rc = dg_json_parse(&root, (const char *)data, len, name);
  if (rc == 0) rc = dg_gazetteer_add_tables(gz, root, name);
  cJSON_Delete(root);
  return rc;
}

/* The world gazetteer, then the dated officials (data/OFFICIALS.md), whose
 * persons are marked built-in; one matcher for both. */
int dg_gazetteer_new(dg_gazetteer **out)
{
  *out = NULL;
  dg_gazetteer *gz = dg_calloc(1, sizeof *gz);
  if (!gz) return DG_ENOMEM;
  int rc = add_builtin(gz, dg_builtin_gazetteer, dg_builtin_gazetteer_len, "built-in gazetteer");
  size_t first = gz->npersons;
  if (!rc) rc = add_builtin(gz, dg_builtin_officials, dg_builtin_officials_len, "built-in officials");
  for (size_t i = first; !rc && i < gz->npersons; i++) gz->persons[i].builtin = 1;
  if (!rc) rc = dg_gazetteer_index(gz);
  if (rc < 0) { dg_gazetteer_free(gz); return rc; }
  *out = gz;
  return 0;
}

int dg_gazetteer_add_file(dg_gazetteer *gz, const char *path)
{
  cJSON *root = NULL;
  int rc = dg_json_load_file(&root, path);
  if (rc == 0) {
    rc = dg_gazetteer_apply(gz, root, path);
  }
  cJSON_Delete(root);
  return rc;
}

int dg_gazetteer_add_json(dg_gazetteer *gz, const char *json, size_t len, const char *name)
{
  cJSON *root = NULL;
  int rc = dg_json_parse(&root, json, len, name);
  if (rc == 0) {
    rc = dg_gazetteer_apply(gz, root, name);
  }
  cJSON_Delete(root);
  return rc;
}
