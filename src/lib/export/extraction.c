/* One article's extraction as one JSON line: the seam between `extract`
 * (run anywhere, constant memory) and `merge`. It carries the raw facts,
 * before any merging: year-less dates and weekday-only dates included.
 * merge/ingest.c reads it back. */
#include "model/model.h"
#include "util/error.h"
#include "util/jsonw.h"

static void evidence(dg_jw *w, cJSON *o, const dg_evlist *l)
{
  cJSON *arr = dg_jw_arr(w, o, "evidence");
  for (size_t i = 0; i < l->n; i++) {
    cJSON *e = dg_jw_obj(w, arr, NULL);
    dg_jw_num(w, e, "start", (double)l->v[i].start);
    dg_jw_num(w, e, "end", (double)l->v[i].end);
    dg_jw_str(w, e, "sentence", l->v[i].sentence);
  }
}

static void person(dg_jw *w, cJSON *arr, const dg_xperson *p)
{
  cJSON *o = dg_jw_obj(w, arr, NULL), *al;
  dg_jw_str(w, o, "name", p->name);
  al = dg_jw_arr(w, o, "aliases");
  for (size_t i = 0; i < p->aliases.n; i++) dg_jw_str(w, al, NULL, p->aliases.v[i]);
  dg_jw_str(w, o, "country", p->iso3[0] ? p->iso3 : NULL);
  dg_jw_str(w, o, "role", p->role);
  dg_jw_str(w, o, "level", dg_level_name(p->level));
  dg_jw_bool(w, o, "nonstate", p->nonstate);
  evidence(w, o, &p->ev);
}

static void meeting(dg_jw *w, cJSON *arr, const dg_xmeeting *m)
{
  cJSON *o = dg_jw_obj(w, arr, NULL), *a;
  dg_jw_str(w, o, "mode", m->call ? "call" : "in-person");
  a = dg_jw_arr(w, o, "date");
  dg_jw_num(w, a, NULL, m->date.year);
  dg_jw_num(w, a, NULL, m->date.month);
  dg_jw_num(w, a, NULL, m->date.day);
  dg_jw_num(w, o, "date_precision", m->date.prec);
  dg_jw_str(w, o, "date_how", dg_date_how_name(m->date_how));
  dg_jw_bool(w, o, "date_weak", m->date_weak);
  dg_jw_str(w, o, "place", m->place);
  a = dg_jw_arr(w, o, "countries");
  for (size_t i = 0; i < m->ncountries; i++) dg_jw_str(w, a, NULL, m->countries[i]);
  a = dg_jw_arr(w, o, "persons");
  for (size_t i = 0; i < m->npersons; i++) dg_jw_num(w, a, NULL, m->persons[i]);
  dg_jw_num(w, o, "levels", m->levels);
  dg_jw_num(w, o, "format_said", m->format_said);
  dg_jw_bool(w, o, "sideline", m->sideline);
  if (m->postponed) dg_jw_bool(w, o, "postponed", 1);
  dg_jw_str(w, o, "status", dg_status_name(m->status));
  evidence(w, o, &m->ev);
}

int dg_export_extraction(char **out, size_t *len, const dg_extraction *x)
{
  const dg_records *r = &x->r;
  const dg_xdocument *d = &r->docs[0];
  dg_jw w = {0};
  cJSON *root = dg_jw_root(), *arr;
  *out = NULL;
  if (!root) return DG_ENOMEM;
  dg_jw_str(&w, root, "id", d->id);
  dg_jw_str(&w, root, "path", d->path);
  dg_jw_str(&w, root, "published", d->published);
  dg_jw_str(&w, root, "source", d->source);
  dg_jw_str(&w, root, "reference_date", d->reference_date);
  dg_jw_str(&w, root, "reference_how", dg_reference_how_name(d->reference_how));
  arr = dg_jw_arr(&w, root, "countries");
  for (size_t i = 0; i < r->ncountries; i++) {
    cJSON *c = dg_jw_obj(&w, arr, NULL);
    dg_jw_str(&w, c, "iso3", r->countries[i].iso3);
    dg_jw_bool(&w, c, "actor", r->countries[i].actor);
    evidence(&w, c, &r->countries[i].ev);
  }
  arr = dg_jw_arr(&w, root, "persons");
  for (size_t i = 0; i < r->npersons; i++) person(&w, arr, &r->persons[i]);
  arr = dg_jw_arr(&w, root, "meetings");
  for (size_t i = 0; i < r->nmeetings; i++) meeting(&w, arr, &r->meetings[i]);
  /* One line: no formatting, then the newline dg_jw_finish adds. */
  return dg_jw_finish(&w, root, 0, out, len);
}
