/* JSON helpers shared by the answer-key and graph loaders of the evaluator. */
#ifndef DG_EVAL_JSON_H
#define DG_EVAL_JSON_H
#include "eval/eval_internal.h"
#include <cjson/cJSON.h>

/* Where a field is read: the input's name ("answer key", "graph") and a path
 * such as "meetings[2]" ("" at the top level), for error messages. */
typedef struct {
  const char *input;
  char path[128];
} ev_where;

/* Parse a whole buffer; malformed JSON or trailing text give DG_EDATA with
 * the line and column, nesting beyond DG_MAX_JSON_DEPTH gives DG_ELIMIT. */
int dg_eval__parse(cJSON **out, const char *input, const char *json, size_t len);

/* DG_EDATA: "<input>: <path>: missing or invalid "<field>"". */
int dg_eval__bad(const ev_where *w, const char *field);
/* sub = w + ".key[i]" */
void dg_eval__at(ev_where *sub, const ev_where *w, const char *key, size_t i);

/* A string member; absent or null gives NULL, or an error when `req`. */
int dg_eval__get_str(const char **out, const cJSON *o, const char *key, int req, const ev_where *w);
/* The array member `key`: *arr NULL when absent or null (an error if req). */
int dg_eval__get_array(const cJSON **arr, const cJSON *o, const char *key, int req, const ev_where *w);
/* An array of strings (null items allowed when `nulls`); absent or null
 * gives an empty list, or an error when `req`. */
int dg_eval__get_strs(ev_strs *out, const cJSON *o, const char *key, int req, int nulls,
                      const ev_where *w);
/* An array of names ("Jane Doe") or person objects {name, aliases, country}. */
int dg_eval__get_persons(ev_persons *out, const cJSON *o, const char *key, int req,
                         const ev_where *w);

void dg_eval__person_free(ev_person *p);
void dg_eval__persons_free(ev_persons *p);
void dg_eval__meetings_free(ev_meetings *m);

#endif
