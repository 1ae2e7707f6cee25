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
int dg_eval__fold(char **out, const char *s, int drop);
/* Add the folded form of `s` (a name) unless empty or already present. */
int dg_eval__names_add(ev_names *n, const char *s);
void dg_eval__names_free(ev_names *n);
/* 2: some form equal; 1: same surname and compatible first name, or one a
 * bare surname of the other; 0: no match. */
int dg_eval__name_match(const ev_names *a, const ev_names *b);
/* Both NULL, or equal after folding (without dropping particles). Returns
 * 1/0, or a negative dg_error_code. */
int dg_eval__place_equal(const char *a, const char *b);

/* eval_load.c */
/* On failure the struct is left for the caller to free (it starts zeroed). */
int dg_eval__gold_load(ev_gold *g, const char *json, size_t len);
int dg_eval__graph_load(ev_graph *g, const char *json, size_t len);
void dg_eval__gold_free(ev_gold *g);
void dg_eval__graph_free(ev_graph *g);

/* eval_match.c: each fills its part of `res` and appends report lines. */
void dg_eval__match_countries(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p);
int dg_eval__match_persons(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p);

/* eval_meet.c */
int dg_eval__match_meetings(dg_eval_result *res, dg_buf *rep, const ev_gold *g, const ev_graph *p);

/* eval.c */
void dg_eval__prf(dg_prf *p);
int dg_eval__streq(const char *a, const char *b);  /* both NULL or equal */
int dg_eval__iso_eq(const char *a, const char *b); /* ASCII case-insensitive */
void dg_eval__put_str(dg_buf *b, const char *s);   /* s or "null" */

#endif
