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

static const char *const level_names[DG_LEVEL_COUNT] = {
  "intelligence", "defence", "foreign", "leaders", "deputy-foreign", "other"};

const char *dg_level_name(int level)
{
  return level >= 0 && level < DG_LEVEL_COUNT ? level_names[level] : NULL;
}

int dg_level_parse(const char *s)
{
  for (int i = 0; s && i < DG_LEVEL_COUNT; i++)
    if (strcmp(s, level_names[i]) == 0) return i;
  return DG_LEVEL_NONE;
}

const char *dg_status_name(int status)
{
  static const char *const names[] = {"held", "planned", "proposed"};
  return status >= 0 && status <= DG_STATUS_PROPOSED ? names[status] : NULL;
}

int dg_gazetteer_country(const dg_gazetteer *gz, const char *iso3)
{
  return dg_strmap_get(&gz->iso_index, iso3, strlen(iso3));
}

static void strv_free(dg_strv *v)
{
  for (size_t i = 0; i < v->n; i++) dg_free(v->v[i]);
  dg_free(v->v);
  memset(v, 0, sizeof *v);
}

static int strv_push(dg_strv *v, const char *s)
{
  if (dg_grow((void **)&v->v, &v->cap, v->n + 1, sizeof *v->v) < 0) return DG_ENOMEM;
  if (!(v->v[v->n] = dg_strdup(s))) return dg_error_set(DG_ENOMEM, "out of memory");
  v->n++;
  return 0;
}

void dg_gazetteer_free(dg_gazetteer *gz)
{
  if (!gz) return;
  for (size_t i = 0; i < gz->ncountries; i++) {
    dg_country *c = &gz->countries[i];
    dg_free(c->name);
    strv_free(&c->aliases); strv_free(&c->demonyms); strv_free(&c->capitals);
  }
  for (size_t i = 0; i < gz->nplaces; i++) dg_free(gz->places[i].name);
  for (size_t i = 0; i < gz->ngroups; i++) { dg_free(gz->groups[i].name); strv_free(&gz->groups[i].aliases); }
  dg_free(gz->groups);
  for (size_t i = 0; i < gz->ntitles; i++) { dg_free(gz->titles[i].phrase); dg_free(gz->titles[i].role); }
  for (size_t i = 0; i < gz->ntriggers; i++) dg_free(gz->triggers[i].phrase);
  for (size_t i = 0; i < gz->nformats; i++) dg_free(gz->formats[i].phrase);
  for (size_t i = 0; i < gz->nstatuses; i++) dg_free(gz->statuses[i].phrase);
  for (size_t i = 0; i < gz->nlevels; i++) dg_free(gz->levels[i].phrase);
  for (size_t i = 0; i < gz->npersons; i++) {
    dg_known_person *p = &gz->persons[i];
    dg_free(p->name); strv_free(&p->aliases); dg_free(p->role);
    dg_free(p->valid_from); dg_free(p->valid_to);
  }
  dg_free(gz->countries); dg_free(gz->places); dg_free(gz->titles); dg_free(gz->triggers);
  dg_free(gz->formats); dg_free(gz->statuses); dg_free(gz->levels); dg_free(gz->persons);
  strv_free(&gz->speech); strv_free(&gz->source); strv_free(&gz->nonstate);
  strv_free(&gz->bp_prefix); strv_free(&gz->bp_cutoff); strv_free(&gz->bp_caption);
  dg_strmap_free(&gz->honorifics); dg_strmap_free(&gz->particles); dg_strmap_free(&gz->stopwords);
  dg_strmap_free(&gz->iso_index);
  dg_matcher_free(gz->matcher);
  dg_free(gz);
}

int dg_gazetteer_new(dg_gazetteer **out)
{
  *out = NULL;
  dg_gazetteer *gz = dg_calloc(1, sizeof *gz);
  if (!gz) return dg_error_set(DG_ENOMEM, "out of memory");
  int rc = dg_gazetteer_add_json(gz, (const char *)dg_builtin_gazetteer, dg_builtin_gazetteer_len,
                                 "built-in gazetteer");
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

int dg_strv_push(dg_strv *v, const char *s) { return strv_push(v, s); }
