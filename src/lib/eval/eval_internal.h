/* Internals of the evaluator (dg_eval): the answer key and the graph loaded
 * into plain arrays, name folding and matching, and the three matchers.
 * Strings are borrowed from the parsed cJSON trees, which live as long as the
 * evaluation; only arrays and folded names are allocated here. The rules are
 * documented for users in src/lib/eval/README.md. */
#ifndef DG_EVAL_INTERNAL_H
#define DG_EVAL_INTERNAL_H
#include "diplograph.h"
#include "util/buf.h"
#include <stddef.h>

/* A list of borrowed strings; items may be NULL where JSON null is allowed. */
typedef struct {
  const char **v;
  size_t n;
} ev_strs;

/* The folded forms of a name and its aliases (owned, none empty). */
typedef struct {
  char **v;
  size_t n;
} ev_names;

typedef struct {
  const char *id;      /* node id (graph) or NULL (answer key) */
  const char *name;    /* as written, for the report */
  const char *country; /* ISO3 or NULL */
  ev_names forms;
} ev_person;

typedef struct {
  ev_person *v;
  size_t n;
} ev_persons;

typedef struct {
  const char *id;
  const char *kind; /* "meeting" or "call" (graph modes normalised); NULL = unknown */
  const char *status, *level, *date, *place; /* NULL when null or absent */
  int has_accept;   /* the answer key gave an "accept" list */
  ev_strs accept;   /* accepted dates, NULL items for null */
  ev_strs countries;
  ev_persons persons;  /* gold "persons" or the graph's attendees */
  ev_persons optional; /* gold "persons_optional" */
} ev_meeting;

typedef struct {
  ev_meeting *v;
  size_t n;
} ev_meetings;

typedef struct {
  ev_strs countries, countries_opt, forbidden_countries;
  ev_persons persons, persons_opt, forbidden_persons;
  ev_meetings meetings, meetings_opt;
  void *tree; /* the parsed JSON that the strings point into */
} ev_gold;

typedef struct {
  ev_strs countries; /* iso3 of each country node, in node order */
  ev_persons persons;
  ev_meetings meetings;
  void *tree;
} ev_graph;

/* eval_name.c */
/* Fold `s` for comparison: case, diacritics, compatibility forms, Turkish
 * dotless i; '-' and '.' become spaces; spaces collapse. With `drop` the
 * particles al/el and honorifics mr/mrs/ms/dr are dropped. *out is owned by
 * the caller (dg_free); it may be "". */
int ev_fold(char **out, const char *s, int drop);
/* Add the folded form of `s` (a name) unless empty or already present. */
int ev_names_add(ev_names *n, const char *s);
void ev_names_free(ev_names *n);
/* 2: some form equal; 1: same surname and compatible first name, or one a
 * bare surname of the other; 0: no match. */
int ev_name_match(const ev_names *a, const ev_names *b);
/* Both NULL, or equal after folding (without dropping particles). Returns
 * 1/0, or a negative dg_error_code. */
int ev_place_equal(const char *a, const char *b);

/* eval_load.c */
/* On failure the struct is left for the caller to free (it starts zeroed). */
int ev_gold_load(ev_gold *g, const char *json, size_t len);
int ev_graph_load(ev_graph *g, const char *json, size_t len);
void ev_gold_free(ev_gold *g);
void ev_graph_free(ev_graph *g);

/* eval_match.c: each fills its part of `res` and appends report lines. */
void ev_match_countries(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p);
int ev_match_persons(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p);

/* eval_meet.c */
int ev_match_meetings(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p);

/* eval.c */
void ev_prf(dg_prf *p);
int ev_streq(const char *a, const char *b);  /* both NULL or equal */
int ev_iso_eq(const char *a, const char *b); /* ASCII case-insensitive */
void ev_put_str(dg_buf *b, const char *s);   /* s or "null" */

#endif
