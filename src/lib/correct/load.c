/* Reading corrections files (schema: correct/README.md). Every entry is
 * checked when it is read, so that a typo fails the run with its place
 * instead of being skipped. */
#include "correct/correct.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <stdio.h>
#include <string.h>

const char *const dg_correct__actions[DG_C_ACTIONS] = {
  "drop-meeting", "set-meeting", "merge-meetings", "split-meeting", "add-meeting",
  "drop-person", "set-person", "merge-persons"};

typedef struct {
  const char *name; /* the file, for errors */
  size_t index;
  char what[300];   /* the first problem */
} ctx;

static int bad(ctx *c, const char *fmt, const char *arg)
{
  if (!c->what[0]) snprintf(c->what, sizeof c->what, fmt, arg);
  return -1;
}

void dg_correct__ref_clear(dg_cref *r)
{
  dg_free(r->doc); dg_free(r->quote); dg_free(r->key); dg_free(r->name);
  memset(r, 0, sizeof *r);
}

static void cset_clear(dg_cset *s)
{
  dg_free(s->place); dg_free(s->name); dg_free(s->role);
  for (size_t i = 0; i < s->npersons; i++) dg_correct__ref_clear(&s->persons[i]);
  dg_free(s->persons);
}

static void correction_clear(dg_correction *c)
{
  dg_free(c->where); dg_free(c->note);
  dg_correct__ref_clear(&c->target);
  for (size_t i = 0; i < c->nrefs; i++) dg_correct__ref_clear(&c->refs[i]);
  dg_free(c->refs);
  cset_clear(&c->set);
}

static char *dup_member(ctx *c, const cJSON *o, const char *key)
{
  int b = 0;
  const char *v = dg_json_str(o, key, &b);
  if (b) { bad(c, "\"%s\" must be a string", key); return NULL; }
  char *d = v ? dg_strdup(v) : NULL;
  if (v && !d) bad(c, "%s", "out of memory");
  return d;
}

static int iso3_ok(const char *s)
{
  return s && strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

/* {"doc", "quote"} | {"key"} | {"name"} (persons), or a bare string: a name. */
static int read_ref(ctx *c, dg_cref *r, const cJSON *o, int person)
{
  memset(r, 0, sizeof *r);
  if (person && cJSON_IsString(o)) return (r->name = dg_strdup(o->valuestring)) ? 0 : bad(c, "%s", "out of memory");
  if (!cJSON_IsObject(o)) return bad(c, "%s", person ? "a person is {\"name\"}, {\"doc\", \"quote\"} or {\"key\"}"
                                                      : "a meeting is {\"doc\", \"quote\"} or {\"key\"}");
  for (const cJSON *m = o->child; m; m = m->next)
    if (strcmp(m->string, "doc") && strcmp(m->string, "quote") && strcmp(m->string, "key") &&
        (!person || strcmp(m->string, "name")) && (person || strcmp(m->string, "countries")))
      return bad(c, "unknown member \"%s\" in a reference", m->string);
  const cJSON *cs = person ? NULL : cJSON_GetObjectItemCaseSensitive(o, "countries"), *e;
  if (cs && !cJSON_IsArray(cs)) return bad(c, "%s", "a reference's \"countries\" is an array of codes");
  cJSON_ArrayForEach(e, cs) {
    if (!cJSON_IsString(e) || !iso3_ok(e->valuestring)) return bad(c, "%s", "a reference's \"countries\": codes like \"PER\"");
    if (r->ncountries < DG_MAX_MEETING_COUNTRIES) memcpy(r->countries[r->ncountries++], e->valuestring, 4);
  }
  r->doc = dup_member(c, o, "doc");
  r->quote = dup_member(c, o, "quote");
  r->key = dup_member(c, o, "key");
  if (person) r->name = dup_member(c, o, "name");
  if (c->what[0]) return -1;
  int forms = (r->doc || r->quote) + (r->key != NULL) + (r->name != NULL);
  if (forms != 1 || (r->doc && (!r->quote || !r->quote[0])) || (r->quote && !r->doc))
    return bad(c, "%s", "a reference gives \"doc\" and \"quote\", or \"key\"" );
  return 0;
}

static int read_refs(ctx *c, dg_cref **v, size_t *n, const cJSON *arr, int person, size_t min, const char *key)
{
  if (!cJSON_IsArray(arr) || (size_t)cJSON_GetArraySize(arr) < min)
    return bad(c, min > 1 ? "\"%s\" must be an array of two or more" : "\"%s\" must be a non-empty array", key);
  size_t k = (size_t)cJSON_GetArraySize(arr);
  if (!(*v = dg_calloc(k, sizeof **v))) return bad(c, "%s", "out of memory");
  const cJSON *e;
  cJSON_ArrayForEach(e, arr) {
    if (read_ref(c, &(*v)[*n], e, person) < 0) { (*n)++; return -1; }
    (*n)++;
  }
  return 0;
}

/* "YYYY", "YYYY-MM" or "YYYY-MM-DD": a date at its precision. */
static int read_date(dg_ymd *d, const char *s)
{
  int y, m = 0, day = 0;
  size_t n = strlen(s);
  char full[11];
  if (n == 4) snprintf(full, sizeof full, "%s-01-01", s);
  else if (n == 7) snprintf(full, sizeof full, "%s-01", s);
  else if (n == 10) snprintf(full, sizeof full, "%s", s);
  else return -1;
  if (!dg_iso_fields(full, &y, &m, &day)) return -1;
  *d = dg_ymd_make(y, n >= 7 ? m : 0, n == 10 ? day : 0, n == 4 ? DG_PREC_YEAR : n == 7 ? DG_PREC_MONTH : DG_PREC_DAY);
  return 0;
}

static int read_countries(ctx *c, dg_cset *s, const cJSON *arr)
{
  const cJSON *e;
  if (!cJSON_IsArray(arr)) return bad(c, "%s", "\"countries\" must be an array of ISO 3166 alpha-3 codes");
  s->has_countries = 1;
  cJSON_ArrayForEach(e, arr) {
    if (!cJSON_IsString(e) || !iso3_ok(e->valuestring)) return bad(c, "%s", "\"countries\": codes like \"PER\"");
    if (s->ncountries < DG_MAX_MEETING_COUNTRIES) memcpy(s->countries[s->ncountries++], e->valuestring, 4);
  }
  return 0;
}

/* The members an action may have besides action, note and comment. */
static const char *const allowed[DG_C_ACTIONS] = {
  " meeting ", " meeting date status place level mode countries persons ", " meetings ", " meeting evidence ",
  " date status place level mode countries persons ", " person ", " person name country role ", " persons "};

static int read_values(ctx *c, dg_cset *s, const cJSON *o)
{
  const cJSON *v;
  if ((v = cJSON_GetObjectItemCaseSensitive(o, "date"))) {
    s->has_date = 1;
    if (!cJSON_IsNull(v) && (!cJSON_IsString(v) || read_date(&s->date, v->valuestring) < 0))
      return bad(c, "%s", "\"date\" must be YYYY, YYYY-MM, YYYY-MM-DD or null");
  }
  if ((v = cJSON_GetObjectItemCaseSensitive(o, "status")) &&
      (!cJSON_IsString(v) || (s->status = dg_status_parse(v->valuestring)) < 0))
    return bad(c, "%s", "\"status\" must be held, planned, proposed or another status name");
  if ((v = cJSON_GetObjectItemCaseSensitive(o, "level")) &&
      (!cJSON_IsString(v) || (s->level = dg_level_parse(v->valuestring)) == DG_LEVEL_NONE))
    return bad(c, "%s", "\"level\" must be a level name (leaders, foreign, defence, ...)");
  if ((v = cJSON_GetObjectItemCaseSensitive(o, "mode"))) {
    if (!cJSON_IsString(v) || (strcmp(v->valuestring, "call") && strcmp(v->valuestring, "in-person")))
      return bad(c, "%s", "\"mode\" must be call or in-person");
    s->mode = strcmp(v->valuestring, "call") == 0;
  }
  if ((v = cJSON_GetObjectItemCaseSensitive(o, "place"))) {
    s->has_place = 1;
    if (!cJSON_IsNull(v) && !(s->place = dup_member(c, o, "place"))) return -1;
  }
  if ((v = cJSON_GetObjectItemCaseSensitive(o, "countries")) && read_countries(c, s, v) < 0) return -1;
  if ((v = cJSON_GetObjectItemCaseSensitive(o, "country"))) {
    if (!cJSON_IsString(v) || !iso3_ok(v->valuestring)) return bad(c, "%s", "\"country\" must be a code like \"PER\"");
    s->has_country = 1;
    memcpy(s->iso3, v->valuestring, 4);
  }
  s->name = dup_member(c, o, "name");
  s->role = dup_member(c, o, "role");
  return c->what[0] ? -1 : 0;
}

static int read_set(ctx *c, dg_correction *x, const cJSON *o)
{
  char probe[40];
  for (const cJSON *m = o->child; m; m = m->next) {
    snprintf(probe, sizeof probe, " %.30s ", m->string);
    if (strcmp(m->string, "action") && strcmp(m->string, "note") && strcmp(m->string, "comment") &&
        !strstr(allowed[x->action], probe))
      return bad(c, "unknown member \"%s\" for this action", m->string);
  }
  if (x->action != DG_C_SET_MEETING && x->action != DG_C_ADD_MEETING && x->action != DG_C_SET_PERSON) return 0;
  if (read_values(c, &x->set, o) < 0) return -1;
  const cJSON *p = cJSON_GetObjectItemCaseSensitive(o, "persons");
  if (p && x->action != DG_C_SET_PERSON) {
    x->set.has_persons = 1;
    if (cJSON_GetArraySize(p) && read_refs(c, &x->set.persons, &x->set.npersons, p, 1, 1, "persons") < 0) return -1;
  }
  const dg_cset *s = &x->set;
  int any = s->has_date || s->status >= 0 || s->has_place || s->level != DG_LEVEL_NONE || s->mode >= 0 ||
            s->has_countries || s->has_persons || s->name || s->role || s->has_country;
  if (!any) return bad(c, "%s sets nothing", dg_correct__actions[x->action]);
  if (x->action == DG_C_ADD_MEETING && s->ncountries < 2)
    return bad(c, "%s", "add-meeting needs \"countries\": two or more");
  return 0;
}

static int action_of(ctx *c, const cJSON *o)
{
  const char *a = dg_json_str(o, "action", NULL);
  for (int i = 0; a && i < DG_C_ACTIONS; i++)
    if (strcmp(a, dg_correct__actions[i]) == 0) return i;
  return bad(c, "%s", "\"action\" must be one of drop-meeting, set-meeting, merge-meetings, split-meeting, "
                      "add-meeting, drop-person, set-person, merge-persons");
}

static int read_targets(ctx *c, dg_correction *x, const cJSON *o)
{
  const cJSON *m = cJSON_GetObjectItemCaseSensitive(o, "meeting");
  const cJSON *p = cJSON_GetObjectItemCaseSensitive(o, "person");
  switch (x->action) {
  case DG_C_DROP_MEETING: case DG_C_SET_MEETING: case DG_C_SPLIT_MEETING:
    if (!m) return bad(c, "%s needs \"meeting\"", dg_correct__actions[x->action]);
    if (read_ref(c, &x->target, m, 0) < 0) return -1;
    if (x->action == DG_C_SPLIT_MEETING)
      return read_refs(c, &x->refs, &x->nrefs, cJSON_GetObjectItemCaseSensitive(o, "evidence"), 0, 1, "evidence");
    return 0;
  case DG_C_MERGE_MEETINGS: case DG_C_MERGE_PERSONS: {
    int person = x->action == DG_C_MERGE_PERSONS;
    const char *key = person ? "persons" : "meetings";
    if (read_refs(c, &x->refs, &x->nrefs, cJSON_GetObjectItemCaseSensitive(o, key), person, 2, key) < 0) return -1;
    x->target = x->refs[0]; /* the first stays; the others join it */
    memmove(x->refs, x->refs + 1, --x->nrefs * sizeof *x->refs);
    return 0;
  }
  case DG_C_ADD_MEETING:
    if (!x->note) return bad(c, "%s", "add-meeting needs a \"note\": it is the meeting's evidence");
    return 0;
  case DG_C_DROP_PERSON: case DG_C_SET_PERSON:
    if (!p) return bad(c, "%s needs \"person\"", dg_correct__actions[x->action]);
    return read_ref(c, &x->target, p, 1);
  default: return -1;
  }
}

static int read_one(ctx *c, dg_correction *x, const cJSON *o)
{
  char where[400];
  memset(x, 0, sizeof *x);
  x->set.status = x->set.mode = -1;
  x->set.level = DG_LEVEL_NONE;
  snprintf(where, sizeof where, "%s: corrections[%zu]", c->name, c->index);
  if (!(x->where = dg_strdup(where))) return bad(c, "%s", "out of memory");
  if (!cJSON_IsObject(o)) return bad(c, "%s", "must be an object");
  int a = action_of(c, o);
  if (a < 0) return -1;
  x->action = (dg_caction)a;
  x->note = dup_member(c, o, "note");
  if (c->what[0] || read_targets(c, x, o) < 0) return -1;
  return read_set(c, x, o);
}

static int add_root(dg_corrections *cs, const cJSON *root, const char *name)
{
  ctx c = {name, 0, ""};
  const cJSON *arr = cJSON_IsObject(root) ? cJSON_GetObjectItemCaseSensitive(root, "corrections") : NULL;
  if (!cJSON_IsArray(arr)) {
    dg_error_set(DG_EDATA, "needs a \"corrections\" array");
    dg_error_locate(name, -1, -1, -1);
    return DG_EDATA;
  }
  size_t n0 = cs->n;
  const cJSON *o;
  cJSON_ArrayForEach(o, arr) {
    if (dg_grow((void **)&cs->v, &cs->cap, cs->n + 1, sizeof *cs->v) < 0) goto fail;
    int rc = read_one(&c, &cs->v[cs->n++], o);
    if (rc < 0) goto fail;
    c.index++;
  }
  return 0;
fail:
  while (cs->n > n0) correction_clear(&cs->v[--cs->n]);
  if (strcmp(c.what, "out of memory") == 0 || !c.what[0]) return DG_ENOMEM;
  dg_error_set(DG_EDATA, "corrections[%zu]: %s", c.index, c.what);
  dg_error_locate(name, -1, -1, -1);
  return DG_EDATA;
}

int dg_corrections_new(dg_corrections **out)
{
  *out = dg_calloc(1, sizeof **out);
  return *out ? 0 : DG_ENOMEM;
}

int dg_corrections_add_json(dg_corrections *c, const char *json, size_t len, const char *name)
{
  cJSON *root = NULL;
  int rc = dg_json_parse(&root, json, len, name ? name : "corrections");
  if (rc < 0) return rc;
  rc = add_root(c, root, name ? name : "corrections");
  cJSON_Delete(root);
  return rc;
}

int dg_corrections_add_file(dg_corrections *c, const char *path)
{
  cJSON *root = NULL;
  int rc = dg_json_load_file(&root, path);
  if (rc < 0) return rc;
  rc = add_root(c, root, path);
  cJSON_Delete(root);
  return rc;
}

size_t dg_corrections_count(const dg_corrections *c) { return c ? c->n : 0; }

void dg_corrections_free(dg_corrections *c)
{
  if (!c) return;
  for (size_t i = 0; i < c->n; i++) correction_clear(&c->v[i]);
  dg_free(c->v);
  dg_free(c);
}
