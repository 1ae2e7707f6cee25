/* Node-link JSON, as NetworkX's node_link_graph and D3 read it. The schema
 * is a contract (src/README.md): extend it, never rename. */
#include "merge/merge.h"
#include "util/alloc.h"
#include "util/error.h"
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *precision_name(dg_precision p)
{
  static const char *const names[] = {NULL, "year", "month", "day"};
  return names[p];
}

static cJSON *str_or_null(const char *s) { return s ? cJSON_CreateString(s) : cJSON_CreateNull(); }

static cJSON *evidence(const dg_evlist *l)
{
  cJSON *arr = cJSON_CreateArray();
  for (size_t i = 0; arr && i < l->n; i++) {
    cJSON *e = cJSON_CreateObject();
    if (!e) break;
    cJSON_AddItemToArray(arr, e);
    cJSON_AddStringToObject(e, "doc", l->v[i].doc);
    cJSON_AddNumberToObject(e, "start", (double)l->v[i].start);
    cJSON_AddNumberToObject(e, "end", (double)l->v[i].end);
    cJSON_AddStringToObject(e, "sentence", l->v[i].sentence);
  }
  return arr;
}

static cJSON *documents(const dg_records *r)
{
  cJSON *arr = cJSON_CreateArray();
  for (size_t i = 0; arr && i < r->ndocs; i++) {
    const dg_xdocument *d = &r->docs[i];
    cJSON *o = cJSON_CreateObject();
    if (!o) break;
    cJSON_AddItemToArray(arr, o);
    cJSON_AddStringToObject(o, "id", d->id);
    cJSON_AddItemToObject(o, "path", str_or_null(d->path));
    cJSON_AddItemToObject(o, "published", str_or_null(d->published));
    cJSON_AddItemToObject(o, "reference_date", str_or_null(d->reference_date[0] ? d->reference_date : NULL));
    cJSON_AddStringToObject(o, "reference_how", d->reference_how);
    cJSON_AddItemToObject(o, "source", str_or_null(d->source));
  }
  return arr;
}

static void add_country_node(cJSON *nodes, const dg_gazetteer *gz, const dg_xcountry *c)
{
  char id[16];
  int gi = dg_gazetteer_country(gz, c->iso3);
  cJSON *o = cJSON_CreateObject();
  if (!o) return;
  snprintf(id, sizeof id, "country:%s", c->iso3);
  cJSON_AddItemToArray(nodes, o);
  cJSON_AddStringToObject(o, "id", id);
  cJSON_AddStringToObject(o, "kind", "country");
  cJSON_AddStringToObject(o, "label", gi >= 0 ? gz->countries[gi].name : c->iso3);
  cJSON_AddStringToObject(o, "iso3", c->iso3);
  cJSON_AddItemToObject(o, "evidence", evidence(&c->ev));
}

static void add_person_node(cJSON *nodes, const dg_xperson *p)
{
  cJSON *o = cJSON_CreateObject(), *al;
  if (!o) return;
  cJSON_AddItemToArray(nodes, o);
  cJSON_AddStringToObject(o, "id", p->id);
  cJSON_AddStringToObject(o, "kind", "person");
  cJSON_AddStringToObject(o, "label", p->name);
  cJSON_AddStringToObject(o, "name", p->name);
  cJSON_AddItemToObject(o, "aliases", al = cJSON_CreateArray());
  for (size_t i = 0; al && i < p->aliases.n; i++) cJSON_AddItemToArray(al, cJSON_CreateString(p->aliases.v[i]));
  cJSON_AddItemToObject(o, "country", str_or_null(p->iso3[0] ? p->iso3 : NULL));
  cJSON_AddItemToObject(o, "role", str_or_null(p->role));
  cJSON_AddItemToObject(o, "level", str_or_null(dg_level_name(p->level)));
  cJSON_AddItemToObject(o, "evidence", evidence(&p->ev));
}

static void add_meeting_node(cJSON *nodes, const dg_records *r, const dg_xmeeting *m)
{
  char date[16];
  cJSON *o = cJSON_CreateObject(), *arr;
  if (!o) return;
  dg_ymd_format(&m->date, date, sizeof date);
  cJSON_AddItemToArray(nodes, o);
  cJSON_AddStringToObject(o, "id", m->id);
  cJSON_AddStringToObject(o, "kind", "meeting");
  cJSON_AddStringToObject(o, "label", m->label);
  cJSON_AddStringToObject(o, "mode", m->call ? "call" : "in-person");
  cJSON_AddItemToObject(o, "date", str_or_null(date[0] ? date : NULL));
  cJSON_AddItemToObject(o, "date_precision", str_or_null(date[0] ? precision_name(m->date.prec) : NULL));
  cJSON_AddItemToObject(o, "date_how", str_or_null(date[0] ? m->date_how : NULL));
  cJSON_AddItemToObject(o, "place", str_or_null(m->place));
  cJSON_AddItemToObject(o, "countries", arr = cJSON_CreateArray());
  for (size_t i = 0; arr && i < m->ncountries; i++) cJSON_AddItemToArray(arr, cJSON_CreateString(m->countries[i]));
  cJSON_AddItemToObject(o, "persons", arr = cJSON_CreateArray());
  for (size_t i = 0; arr && i < m->npersons; i++)
    cJSON_AddItemToArray(arr, cJSON_CreateString(r->persons[m->persons[i]].id));
  cJSON_AddStringToObject(o, "level", dg_level_name(dg_levels_main(m->levels)));
  cJSON_AddItemToObject(o, "levels", arr = cJSON_CreateArray());
  for (int l = 0; arr && l < DG_LEVEL_COUNT; l++)
    if (m->levels & (1u << l)) cJSON_AddItemToArray(arr, cJSON_CreateString(dg_level_name(l)));
  cJSON_AddNumberToObject(o, "format", (double)m->ncountries);
  cJSON_AddStringToObject(o, "status", dg_status_name(m->status));
  if (m->conflicts) cJSON_AddStringToObject(o, "conflicts", m->conflicts);
  cJSON_AddItemToObject(o, "evidence", evidence(&m->ev));
}

static void add_link(cJSON *links, const char *src, const char *dst, const char *kind)
{
  cJSON *o = cJSON_CreateObject();
  if (!o) return;
  cJSON_AddItemToArray(links, o);
  cJSON_AddStringToObject(o, "source", src);
  cJSON_AddStringToObject(o, "target", dst);
  cJSON_AddStringToObject(o, "kind", kind);
}

static void add_links(cJSON *links, const dg_records *r)
{
  char cid[16];
  for (size_t i = 0; i < r->npersons; i++) {
    if (!r->persons[i].iso3[0]) continue;
    snprintf(cid, sizeof cid, "country:%s", r->persons[i].iso3);
    add_link(links, r->persons[i].id, cid, "represents");
  }
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    for (size_t k = 0; k < m->ncountries; k++) {
      snprintf(cid, sizeof cid, "country:%s", m->countries[k]);
      add_link(links, cid, m->id, "attended");
    }
    for (size_t k = 0; k < m->npersons; k++) add_link(links, r->persons[m->persons[k]].id, m->id, "attended");
  }
}

/* A country is a node when it acts: in a meeting or through an official. */
static int country_acts(const dg_records *r, const dg_xcountry *c)
{
  if (c->actor) return 1;
  for (size_t i = 0; i < r->npersons; i++)
    if (strcmp(r->persons[i].iso3, c->iso3) == 0) return 1;
  return 0;
}

int dg_export_json(char **out, size_t *len, const dg_graph *g)
{
  const dg_records *r = &g->out;
  char gen[64];
  *out = NULL;
  if (!g->built) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  cJSON *root = cJSON_CreateObject(), *graph, *nodes, *links;
  if (!root) return dg_error_set(DG_ENOMEM, "out of memory");
  snprintf(gen, sizeof gen, "diplograph %s", dg_version());
  cJSON_AddBoolToObject(root, "directed", 1);
  cJSON_AddBoolToObject(root, "multigraph", 1);
  cJSON_AddItemToObject(root, "graph", graph = cJSON_CreateObject());
  if (graph) {
    cJSON_AddStringToObject(graph, "generator", gen);
    cJSON_AddItemToObject(graph, "documents", documents(r));
  }
  cJSON_AddItemToObject(root, "nodes", nodes = cJSON_CreateArray());
  cJSON_AddItemToObject(root, "links", links = cJSON_CreateArray());
  for (size_t i = 0; nodes && i < r->ncountries; i++)
    if (country_acts(r, &r->countries[i])) add_country_node(nodes, g->gz, &r->countries[i]);
  for (size_t i = 0; nodes && i < r->npersons; i++) add_person_node(nodes, &r->persons[i]);
  for (size_t i = 0; nodes && i < r->nmeetings; i++) add_meeting_node(nodes, r, &r->meetings[i]);
  if (links) add_links(links, r);
  char *text = cJSON_Print(root);
  cJSON_Delete(root);
  if (!text) return dg_error_set(DG_ENOMEM, "out of memory");
  size_t n = strlen(text);
  /* cJSON allocates with malloc; hand back a copy ending in a newline so the
   * caller frees with dg_string_free(). */
  char *copy = malloc(n + 2);
  if (!copy) { cJSON_free(text); return dg_error_set(DG_ENOMEM, "out of memory"); }
  memcpy(copy, text, n);
  copy[n] = '\n';
  copy[n + 1] = '\0';
  cJSON_free(text);
  *out = copy;
  if (len) *len = n + 1;
  return 0;
}
