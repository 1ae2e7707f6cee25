/* An open-addressing hash map from byte strings to int (keys are copied). */
#ifndef DG_UTIL_STRMAP_H
#define DG_UTIL_STRMAP_H
#include <stddef.h>

typedef struct {
  char **keys;
  size_t *klens;
  int *vals;
  size_t cap, count;
} dg_strmap;

#define DG_STRMAP_INIT {NULL, NULL, NULL, 0, 0}

/* Returns the value or -1 when absent. */
int dg_strmap_get(const dg_strmap *m, const char *key, size_t klen);
/* Insert or replace. Returns 0 or DG_ENOMEM. */
int dg_strmap_put(dg_strmap *m, const char *key, size_t klen, int val);
void dg_strmap_free(dg_strmap *m);

#endif
