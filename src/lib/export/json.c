/* Node-link JSON, as NetworkX's node_link_graph and D3 read it. The schema
 * is a contract (src/README.md): extend it, never rename. Written straight
 * (util/jsonout: the bytes cJSON_Print gave for the same tree), into one
 * string or streamed to a sink, so the graph's JSON never sits in memory as
 * a tree. */
#include "export/writers.h"
#include "merge/merged.h"
#include "util/error.h"
#include "util/jsonout.h"
#include <stdio.h>
#include <string.h>

static void evidence(dg_jo *w, const dg_evlist *l)
{
  dg_jo_arr(w, "evidence");
  for (size_t i = 0; i < l->n; i++) {
    dg_jo_obj(w, NULL);
    dg_jo_str(w, "doc", l->v[i].doc);
    dg_jo_int(w, "start", (long long)l->v[i].start);
    dg_jo_int(w, "end", (long long)l->v[i].end);
    dg_jo_str(w, "sentence", l->v[i].sentence);
    dg_jo_end(w);
  }
  dg_jo_end(w);
}

static void documents(dg_jo *w, const dg_records *r)
{
  dg_jo_arr(w, "documents");
  for (size_t i = 0; i < r->ndocs; i++) {
    const dg_xdocument *d = &r->docs[i];
    dg_jo_obj(w, NULL);
    dg_jo_str(w, "id", d->id);
    dg_jo_str(w, "path", d->path);
    dg_jo_str(w, "published", d->published);
    dg_jo_str(w, "reference_date", d->reference_date[0] ? d->reference_date : NULL);
    dg_jo_str(w, "reference_how", dg_reference_how_name(d->reference_how));
    dg_jo_str(w, "source", d->source);
    if (d->url) dg_jo_str(w, "url", d->url);
    dg_jo_end(w);
  }
  dg_jo_end(w);
}

static void country_node(dg_jo *w, const dg_gazetteer *gz, const dg_xcountry *c)
{
  char id[16];
  int gi = dg_gazetteer_country(gz, c->iso3);
  snprintf(id, sizeof id, "country:%s", c->iso3);
  dg_jo_obj(w, NULL);
  dg_jo_str(w, "id", id);
  dg_jo_str(w, "kind", "country");
  dg_jo_str(w, "label", gi >= 0 ? gz->countries[gi].name : c->iso3);
  dg_jo_str(w, "iso3", c->iso3);
  evidence(w, &c->ev);
  dg_jo_end(w);
}

static void person_node(dg_jo *w, const dg_xperson *p)
{
  dg_jo_obj(w, NULL);
  dg_jo_str(w, "id", p->id);
  dg_jo_str(w, "kind", "person");
  dg_jo_str(w, "label", p->name);
  dg_jo_str(w, "name", p->name);
  dg_jo_arr(w, "aliases");
  for (size_t i = 0; i < p->aliases.n; i++) dg_jo_str(w, NULL, p->aliases.v[i]);
  dg_jo_end(w);
  dg_jo_str(w, "country", p->iso3[0] ? p->iso3 : NULL);
  dg_jo_str(w, "role", p->role);
  dg_jo_str(w, "level", dg_level_name(p->level));
  if (p->corrected) dg_jo_str(w, "corrected", p->corrected);
  evidence(w, &p->ev);
  dg_jo_end(w);
}

static void meeting_node(dg_jo *w, const dg_records *r, const dg_xmeeting *m)
{
  char date[16];
  dg_ymd_format(&m->date, date, sizeof date);
  dg_jo_obj(w, NULL);
  dg_jo_str(w, "id", m->id);
  dg_jo_str(w, "kind", "meeting");
  dg_jo_str(w, "label", m->label);
  dg_jo_str(w, "mode", m->call ? "call" : "in-person");
  dg_jo_str(w, "date", date[0] ? date : NULL);
  dg_jo_str(w, "date_precision", date[0] ? dg_precision_name(m->date.prec) : NULL);
  dg_jo_str(w, "date_how", date[0] ? dg_date_how_name(m->date_how) : NULL);
  dg_jo_str(w, "place", m->place);
  dg_jo_arr(w, "countries");
  for (size_t i = 0; i < m->ncountries; i++) dg_jo_str(w, NULL, m->countries[i]);
  dg_jo_end(w);
  dg_jo_arr(w, "persons");
  for (size_t i = 0; i < m->npersons; i++) dg_jo_str(w, NULL, r->persons[m->persons[i]].id);
  dg_jo_end(w);
  dg_jo_str(w, "level", dg_level_name(dg_levels_main(m->levels)));
  dg_jo_arr(w, "levels");
  for (int l = 0; l < DG_LEVEL_COUNT; l++)
    if (m->levels & (1u << l)) dg_jo_str(w, NULL, dg_level_name(l));
  dg_jo_end(w);
  dg_jo_int(w, "format", (long long)m->ncountries);
  dg_jo_str(w, "status", dg_status_name(m->status));
  if (m->conflicts) dg_jo_str(w, "conflicts", m->conflicts);
  if (m->corrected) dg_jo_str(w, "corrected", m->corrected);
  evidence(w, &m->ev);
  dg_jo_end(w);
}

static void link(dg_jo *w, const char *src, const char *dst, const char *kind)
{
  dg_jo_obj(w, NULL);
  dg_jo_str(w, "source", src);
  dg_jo_str(w, "target", dst);
  dg_jo_str(w, "kind", kind);
  dg_jo_end(w);
}

static void links_of(dg_jo *w, const dg_records *r)
{
  char cid[16];
  dg_jo_arr(w, "links");
  for (size_t i = 0; i < r->npersons; i++) {
    if (!r->persons[i].iso3[0]) continue;
    snprintf(cid, sizeof cid, "country:%s", r->persons[i].iso3);
    link(w, r->persons[i].id, cid, "represents");
  }
  for (size_t i = 0; i < r->nmeetings; i++) {
    const dg_xmeeting *m = &r->meetings[i];
    for (size_t k = 0; k < m->ncountries; k++) {
      snprintf(cid, sizeof cid, "country:%s", m->countries[k]);
      link(w, cid, m->id, "attended");
    }
    for (size_t k = 0; k < m->npersons; k++) link(w, r->persons[m->persons[k]].id, m->id, "attended");
  }
  dg_jo_end(w);
}

/* A country is a node when it acts: in a meeting or through an official. */
static int country_acts(const dg_records *r, const dg_xcountry *c)
{
  if (c->actor) return 1;
  for (size_t i = 0; i < r->npersons; i++)
    if (strcmp(r->persons[i].iso3, c->iso3) == 0) return 1;
  return 0;
}

/* The whole document into w (formatted, then a newline). */
static int write_json(dg_jo *w, const dg_graph *g)
{
  const dg_records *r = dg_merged_records(g);
  char gen[64];
  if (!r) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  snprintf(gen, sizeof gen, "diplograph %s", dg_version());
  dg_jo_obj(w, NULL);
  dg_jo_bool(w, "directed", 1);
  dg_jo_bool(w, "multigraph", 1);
  dg_jo_obj(w, "graph");
  dg_jo_str(w, "generator", gen);
  documents(w, r);
  if (r->focus) dg_jo_str(w, "focus", r->focus);
  if (r->corrections.n) {
    dg_jo_arr(w, "corrections");
    for (size_t i = 0; i < r->corrections.n; i++) dg_jo_str(w, NULL, r->corrections.v[i]);
    dg_jo_end(w);
  }
  dg_jo_end(w);
  dg_jo_arr(w, "nodes");
  for (size_t i = 0; i < r->ncountries; i++)
    if (country_acts(r, &r->countries[i])) country_node(w, dg_merged_gazetteer(g), &r->countries[i]);
  for (size_t i = 0; i < r->npersons; i++) person_node(w, &r->persons[i]);
  for (size_t i = 0; i < r->nmeetings; i++) meeting_node(w, r, &r->meetings[i]);
  dg_jo_end(w);
  links_of(w, r);
  dg_jo_end(w);
  dg_jo_raw(w, "\n", 1);
  return w->rc;
}

int dg_export_json(char **out, size_t *len, const dg_graph *g)
{
  dg_jo w;
  *out = NULL;
  if (dg_jo_init(&w, 1, 1 << 16) < 0) return DG_ENOMEM;
  int rc = write_json(&w, g);
  if (rc < 0) { dg_jo_free(&w); return rc; }
  return (*out = dg_jo_detach(&w, len)) ? 0 : DG_ENOMEM;
}

int dg_write_json_to(dg_write_fn write, void *ctx, const dg_graph *g)
{
  dg_jo w;
  dg_jo_init_sink(&w, 1, write, ctx);
  int rc = write_json(&w, g);
  if (rc == 0) rc = dg_jo_flush(&w);
  dg_jo_free(&w);
  return rc;
}
