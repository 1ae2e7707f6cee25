/* Node-link JSON, as NetworkX's node_link_graph and D3 read it. The schema
 * is a contract (src/README.md): extend it, never rename. */
#include "merge/merged.h"
#include "util/error.h"
#include "util/jsonw.h"
#include <stdio.h>
#include <string.h>

static void evidence(dg_jw *w, cJSON *node, const dg_evlist *l)
{
  cJSON *arr = dg_jw_arr(w, node, "evidence");
  for (size_t i = 0; i < l->n; i++) {
    cJSON *e = dg_jw_obj(w, arr, NULL);
    dg_jw_str(w, e, "doc", l->v[i].doc);
    dg_jw_num(w, e, "start", (double)l->v[i].start);
    dg_jw_num(w, e, "end", (double)l->v[i].end);
    dg_jw_str(w, e, "sentence", l->v[i].sentence);
  }
}

static void documents(dg_jw *w, cJSON *graph, const dg_records *r)
{
  cJSON *arr = dg_jw_arr(w, graph, "documents");
  for (size_t i = 0; i < r->ndocs; i++) {
    const dg_xdocument *d = &r->docs[i];
    cJSON *o = dg_jw_obj(w, arr, NULL);
    dg_jw_str(w, o, "id", d->id);
    dg_jw_str(w, o, "path", d->path);
    dg_jw_str(w, o, "published", d->published);
    dg_jw_str(w, o, "reference_date", d->reference_date[0] ? d->reference_date : NULL);
    dg_jw_str(w, o, "reference_how", dg_reference_how_name(d->reference_how));
    dg_jw_str(w, o, "source", d->source);
    if (d->url) dg_jw_str(w, o, "url", d->url);
  }
}

static void country_node(dg_jw *w, cJSON *nodes, const dg_gazetteer *gz, const dg_xcountry *c)
{
  char id[16];
  int gi = dg_gazetteer_country(gz, c->iso3);
  cJSON *o = dg_jw_obj(w, nodes, NULL);
  snprintf(id, sizeof id, "country:%s", c->iso3);
  dg_jw_str(w, o, "id", id);
  dg_jw_str(w, o, "kind", "country");
  dg_jw_str(w, o, "label", gi >= 0 ? gz->countries[gi].name : c->iso3);
  dg_jw_str(w, o, "iso3", c->iso3);
  evidence(w, o, &c->ev);
}

static void person_node(dg_jw *w, cJSON *nodes, const dg_xperson *p)
{
  cJSON *o = dg_jw_obj(w, nodes, NULL);
  dg_jw_str(w, o, "id", p->id);
  dg_jw_str(w, o, "kind", "person");
  dg_jw_str(w, o, "label", p->name);
  dg_jw_str(w, o, "name", p->name);
  cJSON *al = dg_jw_arr(w, o, "aliases");
  for (size_t i = 0; i < p->aliases.n; i++) dg_jw_str(w, al, NULL, p->aliases.v[i]);
  dg_jw_str(w, o, "country", p->iso3[0] ? p->iso3 : NULL);
  dg_jw_str(w, o, "role", p->role);
  dg_jw_str(w, o, "level", dg_level_name(p->level));
  if (p->corrected) dg_jw_str(w, o, "corrected", p->corrected);
  evidence(w, o, &p->ev);
}

static void meeting_node(dg_jw *w, cJSON *nodes, const dg_records *r, const dg_xmeeting *m)
{
  char date[16];
  cJSON *o = dg_jw_obj(w, nodes, NULL), *arr;
  dg_ymd_format(&m->date, date, sizeof date);
  dg_jw_str(w, o, "id", m->id);
  dg_jw_str(w, o, "kind", "meeting");
  dg_jw_str(w, o, "label", m->label);
  dg_jw_str(w, o, "mode", m->call ? "call" : "in-person");
  dg_jw_str(w, o, "date", date[0] ? date : NULL);
  dg_jw_str(w, o, "date_precision", date[0] ? dg_precision_name(m->date.prec) : NULL);
  dg_jw_str(w, o, "date_how", date[0] ? dg_date_how_name(m->date_how) : NULL);
  dg_jw_str(w, o, "place", m->place);
  arr = dg_jw_arr(w, o, "countries");
  for (size_t i = 0; i < m->ncountries; i++) dg_jw_str(w, arr, NULL, m->countries[i]);
  arr = dg_jw_arr(w, o, "persons");
  for (size_t i = 0; i < m->npersons; i++) dg_jw_str(w, arr, NULL, r->persons[m->persons[i]].id);
  dg_jw_str(w, o, "level", dg_level_name(dg_levels_main(m->levels)));
  arr = dg_jw_arr(w, o, "levels");
  for (int l = 0; l < DG_LEVEL_COUNT; l++)
    if (m->levels & (1u << l)) dg_jw_str(w, arr, NULL, dg_level_name(l));
  dg_jw_num(w, o, "format", (double)m->ncountries);
  dg_jw_str(w, o, "status", dg_status_name(m->status));
  if (m->conflicts) dg_jw_str(w, o, "conflicts", m->conflicts);
  if (m->corrected) dg_jw_str(w, o, "corrected", m->corrected);
  evidence(w, o, &m->ev);
}

static void link(dg_jw *w, cJSON *links, const char *src, const char *dst, const char *kind)
{
  cJSON *o = dg_jw_obj(w, links, NULL);
  dg_jw_str(w, o, "source", src);
  dg_jw_str(w, o, "target", dst);
  dg_jw_str(w, o, "kind", kind);
}

static void links_of(dg_jw *w, cJSON *links, const dg_records *r)
{
  char cid[16];
  for (size_t i = 0; i < r->npersons; i++) {
    if (!r->persons[i].iso3[0]) continue;
    snprintf(cid, sizeof cid, "country:%s", r->persons[i].iso3);
    link(w, links, r->persons[i].id, cid, "represents");
  }
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    for (size_t k = 0; k < m->ncountries; k++) {
      snprintf(cid, sizeof cid, "country:%s", m->countries[k]);
      link(w, links, cid, m->id, "attended");
    }
    for (size_t k = 0; k < m->npersons; k++) link(w, links, r->persons[m->persons[k]].id, m->id, "attended");
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
  const dg_records *r = dg_merged_records(g);
  dg_jw w = {0};
  char gen[64];
  *out = NULL;
  if (!r) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  cJSON *root = dg_jw_root();
  if (!root) return DG_ENOMEM;
  snprintf(gen, sizeof gen, "diplograph %s", dg_version());
  dg_jw_bool(&w, root, "directed", 1);
  dg_jw_bool(&w, root, "multigraph", 1);
  cJSON *graph = dg_jw_obj(&w, root, "graph");
  dg_jw_str(&w, graph, "generator", gen);
  documents(&w, graph, r);
  if (r->focus) dg_jw_str(&w, graph, "focus", r->focus);
  if (r->corrections.n) {
    cJSON *arr = dg_jw_arr(&w, graph, "corrections");
    for (size_t i = 0; i < r->corrections.n; i++) dg_jw_str(&w, arr, NULL, r->corrections.v[i]);
  }
  cJSON *nodes = dg_jw_arr(&w, root, "nodes");
  for (size_t i = 0; i < r->ncountries; i++)
    if (country_acts(r, &r->countries[i])) country_node(&w, nodes, dg_merged_gazetteer(g), &r->countries[i]);
  for (size_t i = 0; i < r->npersons; i++) person_node(&w, nodes, &r->persons[i]);
  for (size_t i = 0; i < r->nmeetings; i++) meeting_node(&w, nodes, r, &r->meetings[i]);
  links_of(&w, dg_jw_arr(&w, root, "links"), r);
  return dg_jw_finish(&w, root, 1, out, len);
}
