/* One article's extraction as one JSON line: the seam between `extract`
 * (run anywhere, constant memory) and `merge`. It carries the raw facts,
 * before any merging: year-less dates and weekday-only dates included. */
#include "model/model.h"
#include "util/alloc.h"
#include "util/error.h"
#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static cJSON *str_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static cJSON *evidence(const dg_evlist *l)
{
  cJSON *arr = cJSON_CreateArray();
  for (size_t i = 0; arr && i < l->n; i++) {
    cJSON *e = cJSON_CreateObject();
    if (!e) break;
    cJSON_AddItemToArray(arr, e);
    cJSON_AddNumberToObject(e, "start", (double)l->v[i].start);
    cJSON_AddNumberToObject(e, "end", (double)l->v[i].end);
    cJSON_AddStringToObject(e, "sentence", l->v[i].sentence);
  }
  return arr;
}

static cJSON *strings(const dg_strv *v)
{
  cJSON *arr = cJSON_CreateArray();
  for (size_t i = 0; arr && i < v->n; i++) cJSON_AddItemToArray(arr, cJSON_CreateString(v->v[i]));
  return arr;
}

static cJSON *person(const dg_xperson *p)
{
  cJSON *o = cJSON_CreateObject();
  if (!o) return NULL;
  cJSON_AddStringToObject(o, "name", p->name);
  cJSON_AddItemToObject(o, "aliases", strings(&p->aliases));
  cJSON_AddItemToObject(o, "country", str_or_null(p->iso3[0] ? p->iso3 : NULL));
  cJSON_AddItemToObject(o, "role", str_or_null(p->role));
  cJSON_AddItemToObject(o, "level", str_or_null(dg_level_name(p->level)));
  cJSON_AddBoolToObject(o, "nonstate", p->nonstate);
  cJSON_AddItemToObject(o, "evidence", evidence(&p->ev));
  return o;
}

static cJSON *meeting(const dg_xmeeting *m)
{
  cJSON *o = cJSON_CreateObject(), *arr;
  if (!o) return NULL;
  cJSON_AddStringToObject(o, "mode", m->call ? "call" : "in-person");
  int ymd[3] = {m->date.year, m->date.month, m->date.day};
  cJSON_AddItemToObject(o, "date", cJSON_CreateIntArray(ymd, 3));
  cJSON_AddNumberToObject(o, "date_precision", m->date.prec);
  cJSON_AddStringToObject(o, "date_how", m->date_how);
  cJSON_AddBoolToObject(o, "date_weak", m->date_weak);
  cJSON_AddItemToObject(o, "place", str_or_null(m->place));
  cJSON_AddItemToObject(o, "countries", arr = cJSON_CreateArray());
  for (size_t i = 0; arr && i < m->ncountries; i++) cJSON_AddItemToArray(arr, cJSON_CreateString(m->countries[i]));
  cJSON_AddItemToObject(o, "persons", arr = cJSON_CreateArray());
  for (size_t i = 0; arr && i < m->npersons; i++) cJSON_AddItemToArray(arr, cJSON_CreateNumber(m->persons[i]));
  cJSON_AddNumberToObject(o, "levels", m->levels);
  cJSON_AddNumberToObject(o, "format_said", m->format_said);
  cJSON_AddBoolToObject(o, "sideline", m->sideline);
  cJSON_AddStringToObject(o, "status", dg_status_name(m->status));
  cJSON_AddItemToObject(o, "evidence", evidence(&m->ev));
  return o;
}

int dg_export_extraction(char **out, size_t *len, const dg_extraction *x)
{
  const dg_records *r = &x->r;
  const dg_xdocument *d = &r->docs[0];
  cJSON *root = cJSON_CreateObject(), *arr;
  *out = NULL;
  if (!root) return dg_error_set(DG_ENOMEM, "out of memory");
  cJSON_AddStringToObject(root, "id", d->id);
  cJSON_AddItemToObject(root, "path", str_or_null(d->path));
  cJSON_AddItemToObject(root, "published", str_or_null(d->published));
  cJSON_AddItemToObject(root, "source", str_or_null(d->source));
  cJSON_AddStringToObject(root, "reference_date", d->reference_date);
  cJSON_AddStringToObject(root, "reference_how", d->reference_how);
  cJSON_AddItemToObject(root, "countries", arr = cJSON_CreateArray());
  for (size_t i = 0; arr && i < r->ncountries; i++) {
    cJSON *c = cJSON_CreateObject();
    if (!c) break;
    cJSON_AddItemToArray(arr, c);
    cJSON_AddStringToObject(c, "iso3", r->countries[i].iso3);
    cJSON_AddBoolToObject(c, "actor", r->countries[i].actor);
    cJSON_AddItemToObject(c, "evidence", evidence(&r->countries[i].ev));
  }
  cJSON_AddItemToObject(root, "persons", arr = cJSON_CreateArray());
  for (size_t i = 0; arr && i < r->npersons; i++) cJSON_AddItemToArray(arr, person(&r->persons[i]));
  cJSON_AddItemToObject(root, "meetings", arr = cJSON_CreateArray());
  for (size_t i = 0; arr && i < r->nmeetings; i++) cJSON_AddItemToArray(arr, meeting(&r->meetings[i]));
  char *text = cJSON_PrintUnformatted(root);
  cJSON_Delete(root);
  if (!text) return dg_error_set(DG_ENOMEM, "out of memory");
  size_t n = strlen(text);
  char *copy = malloc(n + 2);
  if (copy) { memcpy(copy, text, n); copy[n] = '\n'; copy[n + 1] = '\0'; }
  cJSON_free(text);
  if (!copy) return dg_error_set(DG_ENOMEM, "out of memory");
  *out = copy;
  if (len) *len = n + 1;
  return 0;
}
