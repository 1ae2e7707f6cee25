/* Building JSON with cJSON without losing anything silently: every create
 * and add is checked, the first failure is remembered (sticky), and the
 * writer then reports DG_ENOMEM instead of printing an incomplete tree. */
#ifndef DG_UTIL_JSONW_H
#define DG_UTIL_JSONW_H
#include <cjson/cJSON.h>

typedef struct {
  int failed;
} dg_jw;

/* Each adds to parent: under key when parent is an object, appended when key
 * is NULL (parent an array). A NULL parent means an earlier failure. */
cJSON *dg_jw_root(void); /* a new root object, or NULL */
cJSON *dg_jw_obj(dg_jw *w, cJSON *parent, const char *key);
cJSON *dg_jw_arr(dg_jw *w, cJSON *parent, const char *key);
void dg_jw_str(dg_jw *w, cJSON *parent, const char *key, const char *value); /* NULL: null */
void dg_jw_num(dg_jw *w, cJSON *parent, const char *key, double value);
void dg_jw_bool(dg_jw *w, cJSON *parent, const char *key, int value);
/* Print the tree (formatted or not) into a malloc'd string ending in "\n";
 * frees the tree. Returns 0 or DG_ENOMEM. */
int dg_jw_finish(dg_jw *w, cJSON *root, int formatted, char **out, size_t *len);

#endif
