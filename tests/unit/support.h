/* Helpers shared by the unit tests (tests/unit/support.c): where the test
 * data lives, and read-only accessors for the graph JSON that dg_export_json
 * writes. Nothing here owns memory: returned strings and nodes belong to the
 * cJSON tree passed in, or to static buffers as noted. */
#ifndef DG_TEST_SUPPORT_H
#define DG_TEST_SUPPORT_H

#include <cjson/cJSON.h>
#include <stddef.h>

/* tests/data: from DG_TEST_DATA (set by ctest), else next to this file.
 * The string is static. */
const char *test_data_dir(void);

/* tests/data/SUBDIR/NAME in one of 4 rotating static buffers, so up to four
 * paths can be alive in one expression. */
const char *test_data_path(const char *subdir, const char *name);

/* o[key] as a string (NULL if absent or not a string) or an int (-1). */
const char *jstr(const cJSON *o, const char *key);
int jint(const cJSON *o, const char *key);

/* Both non-NULL and equal. */
int streq(const char *a, const char *b);

/* The "nodes" array of a graph, and whether node n has this "kind". */
const cJSON *nodes(const cJSON *root);
int is_kind(const cJSON *n, const char *kind);
int count_kind(const cJSON *root, const char *kind);

/* Whether the array holds the string s. */
int str_in_array(const cJSON *arr, const char *s);

/* A person whose name or one of whose aliases is `name` (NULL: none). */
const cJSON *person(const cJSON *root, const char *name);

/* The countries of meeting m joined with ",": "DEU,FRA" (truncated to n). */
void countries_key(const cJSON *m, char *buf, size_t n);

#endif
