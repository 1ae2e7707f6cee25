/* One article's extraction as one JSON line: the seam between `extract`
 * (run anywhere, constant memory) and `merge`. It carries the raw facts,
 * before any merging: year-less dates and weekday-only dates included.
 * merge/ingest.c reads it back. Written straight into one buffer (no cJSON
 * tree): the bytes cJSON_PrintUnformatted gave for the same tree. */
#include "model/model.h"
#include "util/error.h"
#include "util/jsonout.h"

static void evidence(dg_jo *w, const dg_evlist *l)
{
  dg_jo_arr(w, "evidence");
  for (size_t i = 0; i < l->n; i++) {
    dg_jo_obj(w, NULL);
    dg_jo_int(w, "start", (long long)l->v[i].start);
    dg_jo_int(w, "end", (long long)l->v[i].end);
    dg_jo_str(w, "sentence", l->v[i].sentence);
    dg_jo_end(w);
  }
  dg_jo_end(w);
}

static void person(dg_jo *w, const dg_xperson *p)
{
  dg_jo_obj(w, NULL);
  dg_jo_str(w, "name", p->name);
  dg_jo_arr(w, "aliases");
  for (size_t i = 0; i < p->aliases.n; i++) dg_jo_str(w, NULL, p->aliases.v[i]);
  dg_jo_end(w);
  dg_jo_str(w, "country", p->iso3[0] ? p->iso3 : NULL);
  dg_jo_str(w, "role", p->role);
  dg_jo_str(w, "level", dg_level_name(p->level));
  dg_jo_bool(w, "nonstate", p->nonstate);
  evidence(w, &p->ev);
  dg_jo_end(w);
}

static void meeting(dg_jo *w, const dg_xmeeting *m)
{
  dg_jo_obj(w, NULL);
  dg_jo_str(w, "mode", m->call ? "call" : "in-person");
  dg_jo_arr(w, "date");
  dg_jo_int(w, NULL, m->date.year);
  dg_jo_int(w, NULL, m->date.month);
  dg_jo_int(w, NULL, m->date.day);
  dg_jo_end(w);
  dg_jo_int(w, "date_precision", m->date.prec);
  dg_jo_str(w, "date_how", dg_date_how_name(m->date_how));
  dg_jo_bool(w, "date_weak", m->date_weak);
  dg_jo_str(w, "place", m->place);
  dg_jo_arr(w, "countries");
  for (size_t i = 0; i < m->ncountries; i++) dg_jo_str(w, NULL, m->countries[i]);
  dg_jo_end(w);
  dg_jo_arr(w, "persons");
  for (size_t i = 0; i < m->npersons; i++) dg_jo_int(w, NULL, m->persons[i]);
  dg_jo_end(w);
  dg_jo_int(w, "levels", m->levels);
  dg_jo_int(w, "format_said", m->format_said);
  dg_jo_bool(w, "sideline", m->sideline);
  if (m->postponed) dg_jo_bool(w, "postponed", 1);
  if (m->earlier) dg_jo_bool(w, "earlier", 1);
  dg_jo_str(w, "status", dg_status_name(m->status));
  evidence(w, &m->ev);
  dg_jo_end(w);
}

int dg_export_extraction(char **out, size_t *len, const dg_extraction *x)
{
  const dg_records *r = &x->r;
  const dg_xdocument *d = &r->docs[0];
  dg_jo w;
  *out = NULL;
  if (dg_jo_init(&w, 0, 8192) < 0) return DG_ENOMEM;
  dg_jo_obj(&w, NULL);
  dg_jo_str(&w, "id", d->id);
  dg_jo_str(&w, "path", d->path);
  dg_jo_str(&w, "published", d->published);
  dg_jo_str(&w, "source", d->source);
  if (d->url) dg_jo_str(&w, "url", d->url);
  dg_jo_str(&w, "reference_date", d->reference_date);
  dg_jo_str(&w, "reference_how", dg_reference_how_name(d->reference_how));
  dg_jo_arr(&w, "countries");
  for (size_t i = 0; i < r->ncountries; i++) {
    dg_jo_obj(&w, NULL);
    dg_jo_str(&w, "iso3", r->countries[i].iso3);
    dg_jo_bool(&w, "actor", r->countries[i].actor);
    evidence(&w, &r->countries[i].ev);
    dg_jo_end(&w);
  }
  dg_jo_end(&w);
  dg_jo_arr(&w, "persons");
  for (size_t i = 0; i < r->npersons; i++) person(&w, &r->persons[i]);
  dg_jo_end(&w);
  dg_jo_arr(&w, "meetings");
  for (size_t i = 0; i < r->nmeetings; i++) meeting(&w, &r->meetings[i]);
  dg_jo_end(&w);
  dg_jo_end(&w);
  dg_jo_raw(&w, "\n", 1); /* one line */
  return (*out = dg_jo_detach(&w, len)) ? 0 : DG_ENOMEM;
}
