/* Parsing with error locations, typed member access and the shared frees. */
#include "eval/eval_json.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <stdio.h>
#include <string.h>

/* The shared strict parser (line and column, duplicate keys, depth, text
 * after the value), with the input's role before the message. */
int dg_eval__parse(cJSON **out, const char *input, const char *json, size_t len)
{
  *out = NULL;
  if (!json) return dg_error_set(DG_EARG, "%s: no input", input);
  int rc = dg_json_parse(out, json, len, NULL);
  if (rc < 0) {
    const dg_error *e = dg_error_last();
    long line = e->line, col = e->column, off = e->offset;
    char msg[sizeof e->message];
    snprintf(msg, sizeof msg, "%s", e->message);
    dg_error_set(rc, "%s: %s", input, msg);
    dg_error_locate(NULL, line, col, off);
    return rc;
  }
  if (!cJSON_IsObject(*out)) {
    cJSON_Delete(*out);
    *out = NULL;
    return dg_error_set(DG_EDATA, "%s: not a JSON object", input);
  }
  return 0;
}

int dg_eval__bad(const ev_where *w, const char *field)
{
  if (w->path[0])
    return dg_error_set(DG_EDATA, "%s: %s: missing or invalid \"%s\"", w->input, w->path, field);
  return dg_error_set(DG_EDATA, "%s: missing or invalid \"%s\"", w->input, field);
}

void dg_eval__at(ev_where *sub, const ev_where *w, const char *key, size_t i)
{
  sub->input = w->input;
  int n = snprintf(sub->path, sizeof sub->path, "%s%s%s[%zu]", w->path, w->path[0] ? "." : "",
                   key, i);
  if (n < 0 || (size_t)n >= sizeof sub->path) sub->path[sizeof sub->path - 1] = '\0';
}

int dg_eval__get_str(const char **out, const cJSON *o, const char *key, int req, const ev_where *w)
{
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);
  *out = NULL;
  if (!it || cJSON_IsNull(it)) return req ? dg_eval__bad(w, key) : 0;
  if (!cJSON_IsString(it)) return dg_eval__bad(w, key);
  *out = it->valuestring;
  return 0;
}

int dg_eval__get_array(const cJSON **arr, const cJSON *o, const char *key, int req,
                     const ev_where *w)
{
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);
  *arr = NULL;
  if (!it || cJSON_IsNull(it)) return req ? dg_eval__bad(w, key) : 0;
  if (!cJSON_IsArray(it)) return dg_eval__bad(w, key);
  *arr = it;
  return 0;
}

int dg_eval__get_strs(ev_strs *out, const cJSON *o, const char *key, int req, int nulls,
                      const ev_where *w)
{
  const cJSON *arr;
  int rc = dg_eval__get_array(&arr, o, key, req, w);
  if (rc < 0 || !arr) return rc;
  size_t n = (size_t)cJSON_GetArraySize(arr);
  out->v = dg_calloc(n, sizeof *out->v);
  if (!out->v) return DG_ENOMEM;
  for (const cJSON *c = arr->child; c; c = c->next) {
    if (cJSON_IsString(c))
      out->v[out->n++] = c->valuestring;
    else if (nulls && cJSON_IsNull(c))
      out->v[out->n++] = NULL;
    else
      return dg_eval__bad(w, key);
  }
  return 0;
}

static int get_person(ev_person *p, const cJSON *c, const ev_where *w)
{
  if (cJSON_IsString(c)) {
    p->name = c->valuestring;
    return dg_eval__names_add(&p->forms, p->name);
  }
  if (!cJSON_IsObject(c)) return dg_eval__bad(w, "name");
  ev_strs aliases = {NULL, 0};
  int rc = dg_eval__get_str(&p->name, c, "name", 1, w);
  if (rc == 0) rc = dg_eval__get_str(&p->country, c, "country", 0, w);
  if (rc == 0) rc = dg_eval__get_strs(&aliases, c, "aliases", 0, 0, w);
  if (rc == 0) rc = dg_eval__names_add(&p->forms, p->name);
  for (size_t i = 0; rc == 0 && i < aliases.n; i++) rc = dg_eval__names_add(&p->forms, aliases.v[i]);
  dg_free(aliases.v);
  return rc;
}

int dg_eval__get_persons(ev_persons *out, const cJSON *o, const char *key, int req,
                         const ev_where *w)
{
  const cJSON *arr;
  int rc = dg_eval__get_array(&arr, o, key, req, w);
  if (rc < 0 || !arr) return rc;
  size_t n = (size_t)cJSON_GetArraySize(arr);
  out->v = dg_calloc(n, sizeof *out->v);
  if (!out->v) return DG_ENOMEM;
  for (const cJSON *c = arr->child; c; c = c->next) {
    ev_where sub;
    dg_eval__at(&sub, w, key, out->n);
    rc = get_person(&out->v[out->n++], c, &sub);
    if (rc < 0) return rc;
  }
  return 0;
}

void dg_eval__person_free(ev_person *p) { dg_eval__names_free(&p->forms); }

void dg_eval__persons_free(ev_persons *p)
{
  for (size_t i = 0; i < p->n; i++) dg_eval__person_free(&p->v[i]);
  dg_free(p->v);
  p->v = NULL;
  p->n = 0;
}

void dg_eval__meetings_free(ev_meetings *m)
{
  for (size_t i = 0; i < m->n; i++) {
    dg_free(m->v[i].accept.v);
    dg_free(m->v[i].countries.v);
    dg_eval__persons_free(&m->v[i].persons);
    dg_eval__persons_free(&m->v[i].optional);
  }
  dg_free(m->v);
  m->v = NULL;
  m->n = 0;
}
