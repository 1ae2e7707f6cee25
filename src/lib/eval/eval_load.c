/* Loading the answer key (examples/gold.json format) and the graph
 * (dg_export_json's node-link JSON) into the evaluator's arrays. */
#include "eval/eval_json.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

/* ------------------------------------------------------------ answer key */

static int gold_meeting(ev_meeting *m, const cJSON *o, const ev_where *w)
{
  if (!cJSON_IsObject(o)) return dg_eval__bad(w, "id");
  int rc = dg_eval__get_str(&m->id, o, "id", 1, w);
  if (rc == 0) rc = dg_eval__get_str(&m->kind, o, "kind", 1, w);
  if (rc == 0 && strcmp(m->kind, "meeting") != 0 && strcmp(m->kind, "call") != 0)
    rc = dg_error_set(DG_EDATA, "%s: %s: \"kind\" must be \"meeting\" or \"call\", not \"%.40s\"",
                      w->input, w->path, m->kind);
  if (rc == 0) rc = dg_eval__get_str(&m->status, o, "status", 1, w);
  if (rc == 0) rc = dg_eval__get_str(&m->level, o, "level", 1, w);
  if (rc == 0) rc = dg_eval__get_str(&m->date, o, "date", 0, w);
  if (rc == 0) rc = dg_eval__get_str(&m->place, o, "place", 0, w);
  if (rc == 0) rc = dg_eval__get_strs(&m->countries, o, "countries", 1, 0, w);
  if (rc == 0) {
    const cJSON *acc = cJSON_GetObjectItemCaseSensitive(o, "accept");
    m->has_accept = acc && !cJSON_IsNull(acc);
    rc = dg_eval__get_strs(&m->accept, o, "accept", 0, 1, w);
  }
  if (rc == 0) rc = dg_eval__get_persons(&m->persons, o, "persons", 0, w);
  if (rc == 0) rc = dg_eval__get_persons(&m->optional, o, "persons_optional", 0, w);
  return rc;
}

static int gold_meetings(ev_meetings *out, const cJSON *root, const char *key, int req,
                         const ev_where *w)
{
  const cJSON *arr;
  int rc = dg_eval__get_array(&arr, root, key, req, w);
  if (rc < 0 || !arr) return rc;
  out->v = dg_calloc((size_t)cJSON_GetArraySize(arr), sizeof *out->v);
  if (!out->v) return DG_ENOMEM;
  for (const cJSON *c = arr->child; c; c = c->next) {
    ev_where sub;
    dg_eval__at(&sub, w, key, out->n);
    rc = gold_meeting(&out->v[out->n++], c, &sub);
    if (rc < 0) return rc;
  }
  return 0;
}

int dg_eval__gold_load(ev_gold *g, const char *json, size_t len)
{
  ev_where w = {"answer key", ""};
  cJSON *root;
  int rc = dg_eval__parse(&root, w.input, json, len);
  if (rc < 0) return rc;
  g->tree = root;
  if (rc == 0) rc = dg_eval__get_strs(&g->countries, root, "countries", 1, 0, &w);
  if (rc == 0) rc = dg_eval__get_strs(&g->countries_opt, root, "countries_optional", 0, 0, &w);
  if (rc == 0) rc = dg_eval__get_persons(&g->persons, root, "persons", 1, &w);
  if (rc == 0) rc = dg_eval__get_persons(&g->persons_opt, root, "persons_optional", 0, &w);
  if (rc == 0) rc = gold_meetings(&g->meetings, root, "meetings", 1, &w);
  if (rc == 0) rc = gold_meetings(&g->meetings_opt, root, "meetings_optional", 0, &w);
  const cJSON *fb = cJSON_GetObjectItemCaseSensitive(root, "forbidden");
  if (rc == 0 && fb && !cJSON_IsNull(fb)) {
    ev_where fw = {w.input, "forbidden"};
    if (!cJSON_IsObject(fb)) return dg_eval__bad(&w, "forbidden");
    rc = dg_eval__get_persons(&g->forbidden_persons, fb, "persons", 0, &fw);
    if (rc == 0) rc = dg_eval__get_strs(&g->forbidden_countries, fb, "countries", 0, 0, &fw);
  }
  return rc;
}

void dg_eval__gold_free(ev_gold *g)
{
  dg_free(g->countries.v);
  dg_free(g->countries_opt.v);
  dg_free(g->forbidden_countries.v);
  dg_eval__persons_free(&g->persons);
  dg_eval__persons_free(&g->persons_opt);
  dg_eval__persons_free(&g->forbidden_persons);
  dg_eval__meetings_free(&g->meetings);
  dg_eval__meetings_free(&g->meetings_opt);
  cJSON_Delete(g->tree);
  memset(g, 0, sizeof *g);
}

/* ----------------------------------------------------------------- graph */

static int graph_person(ev_person *p, const cJSON *o, const ev_where *w)
{
  ev_strs aliases = {NULL, 0};
  int rc = dg_eval__get_str(&p->name, o, "name", 0, w);
  if (rc == 0 && !p->name) rc = dg_eval__get_str(&p->name, o, "label", 1, w);
  if (rc == 0) rc = dg_eval__get_str(&p->country, o, "country", 0, w);
  if (rc == 0) rc = dg_eval__get_strs(&aliases, o, "aliases", 0, 0, w);
  if (rc == 0) rc = dg_eval__names_add(&p->forms, p->name);
  for (size_t i = 0; rc == 0 && i < aliases.n; i++) rc = dg_eval__names_add(&p->forms, aliases.v[i]);
  dg_free(aliases.v);
  return rc;
}

/* A copy of the person node `id` (or a nameless stand-in for an unknown id). */
static int attendee(ev_person *a, const char *id, const ev_persons *people)
{
  a->id = a->name = id;
  for (size_t i = 0; i < people->n; i++) {
    const ev_person *p = &people->v[i];
    if (strcmp(p->id, id) != 0) continue;
    a->name = p->name;
    a->country = p->country;
    a->forms.v = dg_calloc(p->forms.n, sizeof *a->forms.v);
    if (!a->forms.v) return DG_ENOMEM;
    for (size_t j = 0; j < p->forms.n; j++) {
      if (!(a->forms.v[j] = dg_strdup(p->forms.v[j])))
        return DG_ENOMEM;
      a->forms.n++;
    }
    return 0;
  }
  return 0;
}

static int attendees(ev_persons *out, const cJSON *o, const ev_where *w, const ev_persons *people)
{
  ev_strs ids = {NULL, 0};
  int rc = dg_eval__get_strs(&ids, o, "persons", 0, 0, w);
  if (rc == 0 && ids.n && !(out->v = dg_calloc(ids.n, sizeof *out->v)))
    rc = DG_ENOMEM;
  for (size_t i = 0; rc == 0 && i < ids.n; i++) {
    int seen = 0;
    for (size_t j = 0; j < out->n; j++) seen |= strcmp(out->v[j].id, ids.v[i]) == 0;
    if (!seen) rc = attendee(&out->v[out->n++], ids.v[i], people);
  }
  dg_free(ids.v);
  return rc;
}

static int graph_meeting(ev_meeting *m, const cJSON *o, const ev_where *w, const ev_persons *people)
{
  const char *mode;
  int rc = dg_eval__get_str(&mode, o, "mode", 0, w);
  m->kind = !mode ? NULL
            : strcmp(mode, "in-person") == 0 ? "meeting"
            : strcmp(mode, "call") == 0      ? "call"
                                             : NULL;
  if (rc == 0) rc = dg_eval__get_str(&m->status, o, "status", 0, w);
  if (rc == 0) rc = dg_eval__get_str(&m->level, o, "level", 0, w);
  if (rc == 0) rc = dg_eval__get_str(&m->date, o, "date", 0, w);
  if (rc == 0) rc = dg_eval__get_str(&m->place, o, "place", 0, w);
  if (rc == 0) rc = dg_eval__get_strs(&m->countries, o, "countries", 1, 0, w);
  if (rc == 0) rc = attendees(&m->persons, o, w, people);
  return rc;
}

/* One node: kind "country", "person" or "meeting" (others are ignored).
 * Meetings are read in a second pass, once all persons are known. */
static int graph_node(ev_graph *g, const cJSON *o, const ev_where *w, int pass)
{
  const char *id, *kind;
  if (!cJSON_IsObject(o)) return dg_eval__bad(w, "id");
  int rc = dg_eval__get_str(&id, o, "id", 1, w);
  if (rc == 0) rc = dg_eval__get_str(&kind, o, "kind", 1, w);
  if (rc < 0) return rc;
  if (pass == 1 && strcmp(kind, "country") == 0)
    return dg_eval__get_str(&g->countries.v[g->countries.n++], o, "iso3", 1, w);
  if (pass == 1 && strcmp(kind, "person") == 0) {
    ev_person *p = &g->persons.v[g->persons.n++];
    p->id = id;
    return graph_person(p, o, w);
  }
  if (pass == 2 && strcmp(kind, "meeting") == 0) {
    ev_meeting *m = &g->meetings.v[g->meetings.n++];
    m->id = id;
    return graph_meeting(m, o, w, &g->persons);
  }
  return 0;
}

int dg_eval__graph_load(ev_graph *g, const char *json, size_t len)
{
  ev_where w = {"graph", ""};
  const cJSON *nodes;
  cJSON *root;
  int rc = dg_eval__parse(&root, w.input, json, len);
  if (rc < 0) return rc;
  g->tree = root;
  if ((rc = dg_eval__get_array(&nodes, root, "nodes", 1, &w)) < 0) return rc;
  size_t n = (size_t)cJSON_GetArraySize(nodes);
  g->countries.v = dg_calloc(n, sizeof *g->countries.v);
  g->persons.v = dg_calloc(n, sizeof *g->persons.v);
  g->meetings.v = dg_calloc(n, sizeof *g->meetings.v);
  if (!g->countries.v || !g->persons.v || !g->meetings.v)
    return DG_ENOMEM;
  for (int pass = 1; pass <= 2; pass++) {
    size_t i = 0;
    for (const cJSON *c = nodes->child; c; c = c->next, i++) {
      ev_where sub;
      dg_eval__at(&sub, &w, "nodes", i);
      if ((rc = graph_node(g, c, &sub, pass)) < 0) return rc;
    }
  }
  return 0;
}

void dg_eval__graph_free(ev_graph *g)
{
  dg_free(g->countries.v);
  dg_eval__persons_free(&g->persons);
  dg_eval__meetings_free(&g->meetings);
  cJSON_Delete(g->tree);
  memset(g, 0, sizeof *g);
}
