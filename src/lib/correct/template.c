/* dg_corrections_template: a corrections file to edit, one entry per
 * meeting and per person of the graph, each named by its key or name and
 * holding its current values. */
#include "correct/correct.h"
#include "util/error.h"
#include "util/jsonw.h"
#include <stdio.h>

static const char about[] =
  "Edit an entry to correct that fact, and delete the entries you leave as they are (an entry that stays pins "
  "its values on later runs). Actions: drop-meeting, set-meeting, merge-meetings, split-meeting, add-meeting, "
  "drop-person, set-person, merge-persons; see src/lib/correct/README.md. Give each a \"note\": the report "
  "lists it. Run with --corrections FILE.";

static void meeting_entry(dg_jw *w, cJSON *arr, const dg_records *r, const dg_xmeeting *m)
{
  char key[DG_KEY_SIZE], date[16];
  cJSON *o = dg_jw_obj(w, arr, NULL);
  dg_jw_str(w, o, "comment", m->label);
  dg_jw_str(w, o, "action", "set-meeting");
  dg_evidence_key(key, sizeof key, &m->ev.v[0]);
  dg_jw_str(w, dg_jw_obj(w, o, "meeting"), "key", key);
  dg_ymd_format(&m->date, date, sizeof date);
  if (date[0] || m->date.prec == DG_PREC_NONE) /* a year-less day cannot be written back: left out */
    dg_jw_str(w, o, "date", date[0] ? date : NULL);
  dg_jw_str(w, o, "status", dg_status_name(m->status));
  dg_jw_str(w, o, "place", m->place);
  dg_jw_str(w, o, "level", dg_level_name(dg_levels_main(m->levels)));
  dg_jw_str(w, o, "mode", m->call ? "call" : "in-person");
  cJSON *c = dg_jw_arr(w, o, "countries");
  for (size_t k = 0; k < m->ncountries; k++) dg_jw_str(w, c, NULL, m->countries[k]);
  cJSON *p = dg_jw_arr(w, o, "persons");
  for (size_t k = 0; k < m->npersons; k++) dg_jw_str(w, p, NULL, r->persons[m->persons[k]].name);
  dg_jw_str(w, o, "note", "");
}

static void person_entry(dg_jw *w, cJSON *arr, const dg_xperson *p)
{
  cJSON *o = dg_jw_obj(w, arr, NULL);
  dg_jw_str(w, o, "comment", p->id);
  dg_jw_str(w, o, "action", "set-person");
  dg_jw_str(w, dg_jw_obj(w, o, "person"), "name", p->name);
  dg_jw_str(w, o, "name", p->name);
  if (p->iso3[0]) dg_jw_str(w, o, "country", p->iso3);
  if (p->role) dg_jw_str(w, o, "role", p->role);
  dg_jw_str(w, o, "note", "");
}

int dg_corrections_template(char **out, const dg_graph *g)
{
  const dg_records *r = dg_merged_records(g);
  dg_jw w = {0};
  *out = NULL;
  if (!r) return dg_error_set(DG_EARG, "the graph is not built (dg_graph_build)");
  cJSON *root = dg_jw_root();
  if (!root) return DG_ENOMEM;
  dg_jw_str(&w, root, "about", about);
  cJSON *arr = dg_jw_arr(&w, root, "corrections");
  for (size_t i = 0; i < r->nmeetings; i++)
    if (r->meetings[i].ev.n) meeting_entry(&w, arr, r, &r->meetings[i]);
  for (size_t i = 0; i < r->npersons; i++) person_entry(&w, arr, &r->persons[i]);
  return dg_jw_finish(&w, root, 1, out, NULL);
}
