#include "util/jsonw.h"
#include "diplograph.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <stdlib.h>
#include <string.h>

static cJSON *attach(dg_jw *w, cJSON *parent, const char *key, cJSON *item)
{
  if (!item || !parent || w->failed) {
    cJSON_Delete(item);
    w->failed = 1;
    return NULL;
  }
  cJSON_bool ok = key ? cJSON_AddItemToObject(parent, key, item) : cJSON_AddItemToArray(parent, item);
  if (!ok) {
    cJSON_Delete(item);
    w->failed = 1;
    return NULL;
  }
  return item;
}

cJSON *dg_jw_obj(dg_jw *w, cJSON *parent, const char *key) { return attach(w, parent, key, cJSON_CreateObject()); }

/* The root of a tree to build (cJSON's hooks installed first). */
cJSON *dg_jw_root(void)
{
  dg_cjson_init();
  return cJSON_CreateObject();
}
cJSON *dg_jw_arr(dg_jw *w, cJSON *parent, const char *key) { return attach(w, parent, key, cJSON_CreateArray()); }

void dg_jw_str(dg_jw *w, cJSON *parent, const char *key, const char *value)
{
  attach(w, parent, key, value ? cJSON_CreateString(value) : cJSON_CreateNull());
}

void dg_jw_num(dg_jw *w, cJSON *parent, const char *key, double value)
{
  attach(w, parent, key, cJSON_CreateNumber(value));
}

void dg_jw_bool(dg_jw *w, cJSON *parent, const char *key, int value)
{
  attach(w, parent, key, cJSON_CreateBool(value));
}

int dg_jw_finish(dg_jw *w, cJSON *root, int formatted, char **out, size_t *len)
{
  *out = NULL;
  char *text = root && !w->failed ? (formatted ? cJSON_Print(root) : cJSON_PrintUnformatted(root)) : NULL;
  cJSON_Delete(root);
  if (!text) return dg_error_oom(); /* a failed allocation, maybe reported long ago */
  size_t n = strlen(text);
  /* cJSON allocates with its hooks; hand back a malloc'd copy, which the
   * caller frees with dg_string_free. */
  char *copy = malloc(n + 2);
  if (copy) {
    memcpy(copy, text, n);
    copy[n] = '\n';
    copy[n + 1] = '\0';
  }
  dg_free(text); /* cJSON allocated it with our hooks */
  if (!copy) return dg_error_oom(); /* plain malloc: dg_string_free frees it */
  *out = copy;
  if (len) *len = n + 1;
  return 0;
}
