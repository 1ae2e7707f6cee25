/* Corrections: an analyst's fixes to a built graph, kept in JSON files and
 * applied after merge on every run. Internal to correct/.
 *
 * A fact is named by its evidence (a reference): the document id and a
 * quote from a sentence cited for it, or the key the report shows
 * (dg_evidence_key), or for a person its name. Never by a node id or an
 * index, which change when articles are added. */
#ifndef DG_CORRECT_CORRECT_H
#define DG_CORRECT_CORRECT_H
#include "merge/merged.h"
#include "util/strv.h"

typedef struct {
  char *doc, *quote; /* evidence in doc whose sentence holds quote */
  char *key;         /* or a key "DOC:xxxxxxxx" */
  char *name;        /* persons: or a name (or alias) */
  char countries[DG_MAX_MEETING_COUNTRIES][4]; /* meetings: and exactly these countries, when given */
  size_t ncountries;
} dg_cref;

typedef enum {
  DG_C_DROP_MEETING, DG_C_SET_MEETING, DG_C_MERGE_MEETINGS, DG_C_SPLIT_MEETING, DG_C_ADD_MEETING,
  DG_C_DROP_PERSON, DG_C_SET_PERSON, DG_C_MERGE_PERSONS, DG_C_ACTIONS
} dg_caction;

extern const char *const dg_correct__actions[DG_C_ACTIONS];

/* What a set-meeting, add-meeting or set-person gives (has_* = present). */
typedef struct {
  int has_date; dg_ymd date;   /* date: null clears it */
  int status;                  /* -1 when absent */
  int has_place; char *place;  /* place: null clears it */
  int level;                   /* DG_LEVEL_NONE when absent */
  int mode;                    /* -1 absent, 0 in person, 1 call */
  int has_countries; char countries[DG_MAX_MEETING_COUNTRIES][4]; size_t ncountries;
  int has_persons; dg_cref *persons; size_t npersons;
  char *name, *role;           /* persons */
  int has_country; char iso3[4];
} dg_cset;

typedef struct {
  dg_caction action;
  char *where;      /* "FILE: corrections[N]" for messages */
  char *note;       /* the analyst's note, or NULL */
  dg_cref target;   /* the meeting or person it applies to */
  dg_cref *refs;    /* merge: the others; split: the evidence that leaves */
  size_t nrefs;
  dg_cset set;
} dg_correction;

struct dg_corrections {
  dg_correction *v;
  size_t n, cap;
};

/* load.c */
void dg_correct__ref_clear(dg_cref *r);

/* find.c: the meetings (persons) a reference names, as indices into out
 * (at most cap); returns how many matched. */
size_t dg_correct__find_meetings(const dg_records *r, const dg_cref *ref, size_t *out, size_t cap);
size_t dg_correct__find_persons(const dg_records *r, const dg_cref *ref, size_t *out, size_t cap);
/* 1 when evidence e is what ref names. */
int dg_correct__evidence_is(const dg_evidence *e, const dg_cref *ref);
/* "doc 'a1', quote '...'" for messages, into buf. */
void dg_correct__describe(char *buf, size_t n, const dg_cref *ref);

/* Applying one correction: 0 done, 1 stale (*why says why), 2 nothing to
 * change (a set- that gives the values the graph has), <0 an error. */
typedef struct {
  dg_records *r;
  const dg_gazetteer *gz;
  char why[400];
} dg_capply;
int dg_correct__meeting(dg_capply *a, const dg_correction *c);  /* meetings.c */
int dg_correct__person(dg_capply *a, const dg_correction *c);   /* persons.c */
/* Mark a node corrected: its notes, "; " between them. */
int dg_correct__mark(char **slot, const dg_correction *c);
/* Remove meeting i (persons.c uses it too). */
void dg_correct__remove_meeting(dg_records *r, size_t i);

#endif
