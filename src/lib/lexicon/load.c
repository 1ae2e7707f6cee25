#include "lexicon/load.h"
#include "text/text.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <stdio.h>
#include <string.h>

static int bad(const char *name, const char *where, const char *what)
{
  dg_error_set(DG_EDATA, "%s: %s", where, what);
  dg_error_locate(name, -1, -1, -1);
  return DG_EDATA;
}

static int check_strings(const cJSON *arr, const char *name, const char *where)
{
  if (!arr) return 0;
  if (!cJSON_IsArray(arr)) return bad(name, where, "must be an array of strings");
  const cJSON *s;
  cJSON_ArrayForEach(s, arr)
    if (!cJSON_IsString(s) || !s->valuestring[0]) return bad(name, where, "must hold non-empty strings");
  return 0;
}

/* "status must be held, planned or proposed", from the status table. */
static const char *status_message(void)
{
  static _Thread_local char msg[128];
  size_t n = (size_t)snprintf(msg, sizeof msg, "status must be ");
  for (int i = 0; i < dg_status_vocab.n && n < sizeof msg; i++)
    n += (size_t)snprintf(msg + n, sizeof msg - n, "%s%s", i == 0 ? "" : i + 1 == dg_status_vocab.n ? " or " : ", ",
                          dg_status_name(i));
  return msg;
}

/* Each entry of `section` must be an object with the string fields `req`. */
static int check_entries(const cJSON *root, const char *section, const char *const *req,
                         const char *name)
{
  const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, section);
  char where[96];
  if (!arr) return 0;
  if (!cJSON_IsArray(arr)) return bad(name, section, "must be an array");
  int i = 0;
  const cJSON *e;
  cJSON_ArrayForEach(e, arr) {
    snprintf(where, sizeof where, "%s[%d]", section, i++);
    if (!cJSON_IsObject(e)) return bad(name, where, "must be an object");
    for (size_t k = 0; req[k]; k++) {
      int b = 0;
      const char *v = dg_json_str(e, req[k], &b);
      if (!v || !v[0]) {
        char what[64];
        snprintf(what, sizeof what, "needs a non-empty string \"%s\"", req[k]);
        return bad(name, where, what);
      }
    }
    const char *lv = dg_json_str(e, "level", NULL);
    if (lv && dg_level_parse(lv) == DG_LEVEL_NONE) return bad(name, where, "unknown level");
    const char *st = dg_json_str(e, "status", NULL);
    if (st && dg_status_parse(st) < 0) return bad(name, where, status_message());
    int rc = check_strings(cJSON_GetObjectItemCaseSensitive(e, "aliases"), name, where);
    if (!rc) rc = check_strings(cJSON_GetObjectItemCaseSensitive(e, "demonyms"), name, where);
    if (!rc) rc = check_strings(cJSON_GetObjectItemCaseSensitive(e, "capitals"), name, where);
    if (rc) return rc;
  }
  return 0;
}

static int is_iso3(const char *s)
{
  return s && strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
         s[2] >= 'A' && s[2] <= 'Z';
}

/* "#rrggbb": a '#' and six hex digits. */
static int is_colour(const cJSON *v)
{
  const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
  if (!s || s[0] != '#' || strlen(s) != 7) return 0;
  for (int i = 1; i < 7; i++)
    if (!strchr("0123456789abcdefABCDEF", s[i])) return 0;
  return 1;
}

static int check_countries(const dg_gazetteer *gz, const cJSON *root, const char *name)
{
  static const char *const req[] = {"iso3", NULL};
  int rc = check_entries(root, "countries", req, name);
  if (rc) return rc;
  const cJSON *arr = cJSON_GetObjectItemCaseSensitive(root, "countries"), *e;
  dg_strmap seen = DG_STRMAP_INIT;
  int i = 0;
  cJSON_ArrayForEach(e, arr) {
    char where[64];
    const char *iso = dg_json_str(e, "iso3", NULL);
    snprintf(where, sizeof where, "countries[%d]", i++);
    if (!is_iso3(iso)) { rc = bad(name, where, "iso3 must be three capital letters"); break; }
    if (dg_strmap_get(&seen, iso, 3) >= 0) { rc = bad(name, where, "duplicate iso3 in this file"); break; }
    const cJSON *colour = cJSON_GetObjectItemCaseSensitive(e, "colour");
    if (colour && !is_colour(colour)) { rc = bad(name, where, "\"colour\" must be \"#rrggbb\""); break; }
    if (dg_strmap_put(&seen, iso, 3, 1) < 0) { rc = DG_ENOMEM; break; }
    if (dg_gazetteer_country(gz, iso) < 0 && !dg_json_str(e, "name", NULL)) {
      rc = bad(name, where, "a new country needs a \"name\"");
      break;
    }
  }
  dg_strmap_free(&seen);
  return rc;
}

/* A place's or person's "country" must name a known country, or one this
 * file adds. */
static int check_country_refs(const dg_gazetteer *gz, const cJSON *root, const char *section,
                              const char *name)
{
  const cJSON *e, *c;
  int i = 0;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, section)) {
    char where[64];
    const char *iso = dg_json_str(e, "country", NULL);
    snprintf(where, sizeof where, "%s[%d]", section, i++);
    if (!iso || dg_gazetteer_country(gz, iso) >= 0) continue;
    int found = 0;
    cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(root, "countries")) {
      const char *ci = dg_json_str(c, "iso3", NULL);
      found |= ci && strcmp(ci, iso) == 0;
    }
    if (!found) return bad(name, where, "\"country\" is not a known iso3 code");
  }
  return 0;
}

static int known_iso(const dg_gazetteer *gz, const cJSON *root, const char *iso)
{
  const cJSON *c;
  if (dg_gazetteer_country(gz, iso) >= 0) return 1;
  cJSON_ArrayForEach(c, cJSON_GetObjectItemCaseSensitive(root, "countries")) {
    const char *ci = dg_json_str(c, "iso3", NULL);
    if (ci && strcmp(ci, iso) == 0) return 1;
  }
  return 0;
}

/* "members" of a group or a region: two or more known iso3 codes, at most
 * `most` (0: no bound), each once when `once`. */
static int check_members(const dg_gazetteer *gz, const cJSON *root, const char *name, const char *where,
                         const cJSON *mem, int most, int once)
{
  const cJSON *m;
  int n = cJSON_IsArray(mem) ? cJSON_GetArraySize(mem) : 0;
  if (n < 2 && !most) return bad(name, where, "\"members\" must list two or more iso3 codes");
  if (n < 2 || (most && n > most)) {
    char what[64];
    snprintf(what, sizeof what, "\"members\" must list 2 to %d iso3 codes", most);
    return bad(name, where, what);
  }
  cJSON_ArrayForEach(m, mem) {
    if (!cJSON_IsString(m) || !known_iso(gz, root, m->valuestring))
      return bad(name, where, "a member is not a known iso3 code");
    for (const cJSON *o = mem->child; once && o != m; o = o->next)
      if (strcmp(o->valuestring, m->valuestring) == 0) return bad(name, where, "a member is listed twice");
  }
  return 0;
}

/* A region needs a name and two or more known member countries. */
static int check_regions(const dg_gazetteer *gz, const cJSON *root, const char *name)
{
  static const char *const req[] = {"name", NULL};
  int rc = check_entries(root, "regions", req, name), i = 0;
  const cJSON *e;
  if (rc) return rc;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "regions")) {
    char where[64];
    const cJSON *mem = cJSON_GetObjectItemCaseSensitive(e, "members");
    snprintf(where, sizeof where, "regions[%d]", i++);
    const char *n = dg_json_str(e, "name", NULL);
    int words = 1, ok = strlen(n) < 60;
    for (const char *p = n; *p && ok; p++) {
      if (*p == ' ') words++;
      else ok = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
    }
    if (!ok || words > 2 || n[0] == ' ' || n[strlen(n) - 1] == ' ' || strstr(n, "  "))
      return bad(name, where, "\"name\" must be one or two words of letters (\"Gulf\", \"Latin American\")");
    if ((rc = check_members(gz, root, name, where, mem, 0, 1)) != 0) return rc;
  }
  return 0;
}

/* A group needs a name and 2 to 16 known member countries. */
static int check_groups(const dg_gazetteer *gz, const cJSON *root, const char *name)
{
  static const char *const req[] = {"name", NULL};
  int rc = check_entries(root, "groups", req, name), i = 0;
  const cJSON *e;
  if (rc) return rc;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "groups")) {
    char where[64];
    const cJSON *mem = cJSON_GetObjectItemCaseSensitive(e, "members");
    snprintf(where, sizeof where, "groups[%d]", i++);
    if ((rc = check_members(gz, root, name, where, mem, 16, 0)) != 0) return rc;
  }
  return 0;
}

static int check_validity(const cJSON *root, const char *name)
{
  const cJSON *e;
  int i = 0;
  cJSON_ArrayForEach(e, cJSON_GetObjectItemCaseSensitive(root, "persons")) {
    char where[64];
    snprintf(where, sizeof where, "persons[%d]", i++);
    const char *from = dg_json_str(e, "valid_from", NULL), *to = dg_json_str(e, "valid_to", NULL);
    if ((from && dg_date_check(from) < 0) || (to && dg_date_check(to) < 0))
      return bad(name, where, "valid_from and valid_to must be YYYY-MM-DD");
  }
  return 0;
}

static const char *const known_sections[] = {
  "schema", "countries", "places", "groups", "regions", "titles", "triggers", "formats", "status_cues", "level_cues",
  "speech_verbs", "source_words", "non_state_roles", "honorifics", "name_particles", "stopwords",
  "words", "boilerplate", "persons", NULL};

/* "words": an object of word sets (dg_word_sets), each a list of strings. */
static int check_words(const cJSON *root, const char *name)
{
  const cJSON *w = cJSON_GetObjectItemCaseSensitive(root, "words");
  if (!w) return 0;
  if (!cJSON_IsObject(w)) return bad(name, "words", "must be an object");
  for (const cJSON *s = w->child; s; s = s->next) {
    int k = 0;
    while (k < DG_WORDS_SETS && strcmp(dg_word_sets[k], s->string)) k++;
    if (k == DG_WORDS_SETS) {
      char what[300];
      snprintf(what, sizeof what, "unknown word set \"%.200s\"", s->string);
      return bad(name, "words", what);
    }
    int rc = check_strings(s, name, "words");
    if (rc) return rc;
  }
  return 0;
}

int dg_gazetteer_check(const dg_gazetteer *gz, const cJSON *root, const char *name)
{
  static const char *const r_place[] = {"name", "country", NULL};
  static const char *const r_title[] = {"phrase", "role", "level", NULL};
  static const char *const r_phrase[] = {"phrase", NULL};
  static const char *const r_status[] = {"phrase", "status", NULL};
  static const char *const r_level[] = {"phrase", "level", NULL};
  static const char *const r_person[] = {"name", NULL};
  if (!cJSON_IsObject(root)) return bad(name, "top level", "must be a JSON object");
  for (const cJSON *c = root->child; c; c = c->next) {
    size_t k = 0;
    while (known_sections[k] && strcmp(known_sections[k], c->string)) k++;
    if (!known_sections[k]) {
      char what[300];
      snprintf(what, sizeof what, "unknown section \"%.200s\"", c->string);
      return bad(name, "top level", what);
    }
  }
  int rc = check_countries(gz, root, name);
  if (!rc) rc = check_entries(root, "places", r_place, name);
  if (!rc) rc = check_entries(root, "titles", r_title, name);
  if (!rc) rc = check_entries(root, "triggers", r_phrase, name);
  if (!rc) rc = check_entries(root, "formats", r_phrase, name);
  if (!rc) rc = check_entries(root, "status_cues", r_status, name);
  if (!rc) rc = check_entries(root, "level_cues", r_level, name);
  if (!rc) rc = check_entries(root, "persons", r_person, name);
  if (!rc) rc = check_groups(gz, root, name);
  if (!rc) rc = check_regions(gz, root, name);
  if (!rc) rc = check_country_refs(gz, root, "places", name);
  if (!rc) rc = check_country_refs(gz, root, "titles", name);
  if (!rc) rc = check_country_refs(gz, root, "persons", name);
  if (!rc) rc = check_validity(root, name);
  if (!rc) rc = check_words(root, name);
  static const char *const lists[] = {"speech_verbs", "source_words", "non_state_roles",
                                      "honorifics", "name_particles", "stopwords", NULL};
  for (size_t k = 0; !rc && lists[k]; k++)
    rc = check_strings(cJSON_GetObjectItemCaseSensitive(root, lists[k]), name, lists[k]);
  const cJSON *bp = cJSON_GetObjectItemCaseSensitive(root, "boilerplate");
  if (!rc && bp && !cJSON_IsObject(bp)) rc = bad(name, "boilerplate", "must be an object");
  if (!rc && bp) {
    rc = check_strings(cJSON_GetObjectItemCaseSensitive(bp, "line_prefixes"), name, "boilerplate");
    if (!rc) rc = check_strings(cJSON_GetObjectItemCaseSensitive(bp, "cutoff_lines"), name, "boilerplate");
    if (!rc) rc = check_strings(cJSON_GetObjectItemCaseSensitive(bp, "caption_suffixes"), name, "boilerplate");
  }
  return rc;
}
