/* Adding a validated gazetteer document to the tables. */
#include "lexicon/load.h"
#include "lexicon/matcher.h"
#include "text/text.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <stdlib.h>
#include <string.h>

#define GROW(arr, n, cap) dg_grow((void **)&(arr), &(cap), (n) + 1, sizeof *(arr))

static int push_strings(dg_strv *v, const cJSON *arr)
{
  const cJSON *s;
  cJSON_ArrayForEach(s, arr)
    if (dg_strv_push(v, s->valuestring) < 0) return DG_ENOMEM;
  return 0;
}

static int add_country(dg_gazetteer *gz, const cJSON *e)
{
  const char *iso = dg_json_str(e, "iso3", NULL), *name = dg_json_str(e, "name", NULL);
  int idx = dg_gazetteer_country(gz, iso);
  if (idx < 0) {
    if (GROW(gz->countries, gz->ncountries, gz->capcountries) < 0) return DG_ENOMEM;
    dg_country *c = &gz->countries[gz->ncountries];
    memset(c, 0, sizeof *c);
    memcpy(c->iso3, iso, 4);
    if (!(c->name = dg_strdup(name))) return DG_ENOMEM;
    idx = (int)gz->ncountries++;
    if (dg_strmap_put(&gz->iso_index, iso, 3, idx) < 0) return DG_ENOMEM;
  } else if (name && dg_strv_push(&gz->countries[idx].aliases, name) < 0) {
    return DG_ENOMEM; /* a user's name for a known country is one more alias */
  }
  dg_country *c = &gz->countries[idx];
  const char *colour = dg_json_str(e, "colour", NULL); /* "#rrggbb", checked by the loader */
  if (colour) {
    unsigned long v = strtoul(colour + 1, NULL, 16);
    c->rgb[0] = (unsigned char)(v >> 16), c->rgb[1] = (unsigned char)(v >> 8), c->rgb[2] = (unsigned char)v;
    c->coloured = 1; /* a user file's colour replaces the built-in one */
  }
  if (push_strings(&c->aliases, cJSON_GetObjectItemCaseSensitive(e, "aliases")) < 0 ||
      push_strings(&c->demonyms, cJSON_GetObjectItemCaseSensitive(e, "demonyms")) < 0 ||
      push_strings(&c->capitals, cJSON_GetObjectItemCaseSensitive(e, "capitals")) < 0)
    return DG_ENOMEM;
  return 0;
}

static int country_ref(const dg_gazetteer *gz, const cJSON *e)
{
  const char *iso = dg_json_str(e, "country", NULL);
  return iso ? dg_gazetteer_country(gz, iso) : -1;
}

static int add_cue(dg_cue **arr, size_t *n, size_t *cap, const char *phrase, int value)
{
  if (dg_grow((void **)arr, cap, *n + 1, sizeof **arr) < 0) return DG_ENOMEM;
  if (!((*arr)[*n].phrase = dg_strdup(phrase))) return DG_ENOMEM;
  (*arr)[(*n)++].value = value;
  return 0;
}

static int status_value(const char *s)
{
  int v = dg_status_parse(s);
  return v < 0 ? DG_STATUS_HELD : v;
}

/* A region: its name, lower-cased, indexes it ("Latin American" -> "latin
 * american"; a later file's region of the same name takes its place). */
static int add_region(dg_gazetteer *gz, const cJSON *e)
{
  const cJSON *m, *mem = cJSON_GetObjectItemCaseSensitive(e, "members");
  if (GROW(gz->regions, gz->nregions, gz->capregions) < 0) return DG_ENOMEM;
  dg_region *r = &gz->regions[gz->nregions];
  memset(r, 0, sizeof *r);
  if (!(r->name = dg_strdup(dg_json_str(e, "name", NULL)))) return DG_ENOMEM;
  size_t n = (size_t)cJSON_GetArraySize(mem);
  if (!(r->members = dg_calloc(n ? n : 1, sizeof *r->members))) { dg_free(r->name); return DG_ENOMEM; }
  cJSON_ArrayForEach(m, mem) memcpy(r->members[r->nmembers++], m->valuestring, 4);
  gz->nregions++;
  char key[64];
  size_t k = 0;
  for (const char *p = r->name; *p && k + 1 < sizeof key; p++)
    key[k++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
  return dg_strmap_put(&gz->region_index, key, k, (int)(gz->nregions - 1)) < 0 ? DG_ENOMEM : 0;
}

static int add_vocabulary(dg_gazetteer *gz, const cJSON *root)
{
  const cJSON *e;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "places")) {
    if (GROW(gz->places, gz->nplaces, gz->capplaces) < 0) return DG_ENOMEM;
    dg_place *p = &gz->places[gz->nplaces];
    if (!(p->name = dg_strdup(dg_json_str(e, "name", NULL)))) return DG_ENOMEM;
    p->country = country_ref(gz, e);
    gz->nplaces++;
  }
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "titles")) {
    if (GROW(gz->titles, gz->ntitles, gz->captitles) < 0) return DG_ENOMEM;
    dg_title *t = &gz->titles[gz->ntitles];
    t->phrase = dg_strdup(dg_json_str(e, "phrase", NULL));
    t->role = dg_strdup(dg_json_str(e, "role", NULL));
    t->level = dg_level_parse(dg_json_str(e, "level", NULL));
    t->plural = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "plural"));
    t->country = country_ref(gz, e); /* a title only one country uses */
    gz->ntitles++;
    if (!t->phrase || !t->role) return DG_ENOMEM;
  }
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "regions")) {
    if (add_region(gz, e) < 0) return DG_ENOMEM;
  }
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "groups")) {
    const cJSON *m;
    if (GROW(gz->groups, gz->ngroups, gz->capgroups) < 0) return DG_ENOMEM;
    dg_group *g = &gz->groups[gz->ngroups++];
    memset(g, 0, sizeof *g);
    if (!(g->name = dg_strdup(dg_json_str(e, "name", NULL)))) return DG_ENOMEM;
    cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(e, "members"))
      if (g->nmembers < 16) memcpy(g->members[g->nmembers++], m->valuestring, 4);
    if (push_strings(&g->aliases, cJSON_GetObjectItemCaseSensitive(e, "aliases")) < 0) return DG_ENOMEM;
  }
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "triggers")) {
    if (GROW(gz->triggers, gz->ntriggers, gz->captriggers) < 0) return DG_ENOMEM;
    dg_trigger *t = &gz->triggers[gz->ntriggers];
    const char *pos = dg_json_str(e, "pos", NULL), *mode = dg_json_str(e, "mode", NULL);
    t->verb = pos && strcmp(pos, "verb") == 0;
    t->call = mode && strcmp(mode, "call") == 0;
    t->anchored = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "anchored"));
    t->invited = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "invited"));
    t->addressee = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "addressee"));
    t->pairwise = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "pairwise"));
    t->modeless = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(e, "modeless"));
    if (!(t->phrase = dg_strdup(dg_json_str(e, "phrase", NULL)))) return DG_ENOMEM;
    gz->ntriggers++;
  }
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "formats")) {
    const cJSON *f = cJSON_GetObjectItemCaseSensitive(e, "format");
    int v = cJSON_IsNumber(f) ? f->valueint : 0;
    if (add_cue(&gz->formats, &gz->nformats, &gz->capformats, dg_json_str(e, "phrase", NULL), v) < 0)
      return DG_ENOMEM;
  }
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "status_cues"))
    if (add_cue(&gz->statuses, &gz->nstatuses, &gz->capstatuses, dg_json_str(e, "phrase", NULL),
                status_value(dg_json_str(e, "status", NULL))) < 0)
      return DG_ENOMEM;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "level_cues"))
    if (add_cue(&gz->levels, &gz->nlevels, &gz->caplevels, dg_json_str(e, "phrase", NULL),
                dg_level_parse(dg_json_str(e, "level", NULL))) < 0)
      return DG_ENOMEM;
  return 0;
}

static int add_persons(dg_gazetteer *gz, const cJSON *root)
{
  const cJSON *e;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "persons")) {
    if (GROW(gz->persons, gz->npersons, gz->cappersons) < 0) return DG_ENOMEM;
    dg_known_person *p = &gz->persons[gz->npersons++];
    memset(p, 0, sizeof *p);
    p->country = country_ref(gz, e);
    p->level = dg_level_parse(dg_json_str(e, "level", NULL));
    const char *role = dg_json_str(e, "role", NULL);
    const char *from = dg_json_str(e, "valid_from", NULL), *to = dg_json_str(e, "valid_to", NULL);
    if (!(p->name = dg_strdup(dg_json_str(e, "name", NULL))) || (role && !(p->role = dg_strdup(role))) ||
        (from && !(p->valid_from = dg_strdup(from))) || (to && !(p->valid_to = dg_strdup(to))))
      return DG_ENOMEM;
    if (push_strings(&p->aliases, cJSON_GetObjectItemCaseSensitive(e, "aliases")) < 0) return DG_ENOMEM;
  }
  return 0;
}

/* Phrases compared with folded lines are stored folded. */
static int push_folded(dg_strv *v, const cJSON *arr)
{
  const cJSON *s;
  cJSON_ArrayForEach(s, arr) {
    char *f = dg_fold_string(s->valuestring);
    if (!f) return DG_ENOMEM;
    int rc = dg_strv_push(v, f);
    dg_free(f);
    if (rc < 0) return rc;
  }
  return 0;
}

/* Single-word lists become folded sets. */
static int add_set(dg_strmap *m, const cJSON *arr)
{
  const cJSON *s;
  cJSON_ArrayForEach(s, arr) {
    char *f = dg_fold_string(s->valuestring);
    if (!f) return DG_ENOMEM;
    int rc = dg_strmap_put(m, f, strlen(f), 1);
    dg_free(f);
    if (rc < 0) return rc;
  }
  return 0;
}

static int add_lists(dg_gazetteer *gz, const cJSON *root)
{
  const cJSON *bp = cJSON_GetObjectItemCaseSensitive(root, "boilerplate");
#define ITEM(o, k) cJSON_GetObjectItemCaseSensitive(o, k)
  if (push_strings(&gz->speech, ITEM(root, "speech_verbs")) < 0 ||
      push_strings(&gz->source, ITEM(root, "source_words")) < 0 ||
      push_strings(&gz->nonstate, ITEM(root, "non_state_roles")) < 0 ||
      add_set(&gz->honorifics, ITEM(root, "honorifics")) < 0 ||
      add_set(&gz->particles, ITEM(root, "name_particles")) < 0 ||
      add_set(&gz->stopwords, ITEM(root, "stopwords")) < 0)
    return DG_ENOMEM;
  const cJSON *words = ITEM(root, "words");
  for (int i = 0; words && i < DG_WORDS_SETS; i++)
    if (add_set(&gz->words[i], ITEM(words, dg_word_sets[i])) < 0) return DG_ENOMEM;
  if (bp && (push_folded(&gz->bp_prefix, ITEM(bp, "line_prefixes")) < 0 ||
             push_folded(&gz->bp_cutoff, ITEM(bp, "cutoff_lines")) < 0 ||
             push_folded(&gz->bp_caption, ITEM(bp, "caption_suffixes")) < 0))
    return DG_ENOMEM;
#undef ITEM
  return 0;
}

int dg_gazetteer_apply(dg_gazetteer *gz, const cJSON *root, const char *name)
{
  int rc = dg_gazetteer_add_tables(gz, root, name);
  return rc < 0 ? rc : dg_gazetteer_index(gz);
}

int dg_gazetteer_add_tables(dg_gazetteer *gz, const cJSON *root, const char *name)
{
  int rc = dg_gazetteer_check(gz, root, name);
  if (rc < 0) return rc;
  const cJSON *e;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "countries"))
    if ((rc = add_country(gz, e)) < 0) return rc;
  if ((rc = add_vocabulary(gz, root)) < 0 || (rc = add_persons(gz, root)) < 0 ||
      (rc = add_lists(gz, root)) < 0)
    return rc;
  return 0;
}
