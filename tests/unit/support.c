/* Helpers shared by the unit tests: see support.h. */
#include "support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *test_data_dir(void)
{
  static char dir[1024];
  const char *env = getenv("DG_TEST_DATA");
  if (env && env[0]) return env;
  if (!dir[0]) {
    const char *f = __FILE__, *slash = strrchr(f, '/');
    size_t n = slash ? (size_t)(slash - f) : 0;
    snprintf(dir, sizeof dir, "%.*s/../data", (int)n, f);
  }
  return dir;
}

const char *test_data_path(const char *subdir, const char *name)
{
  static char bufs[4][1200];
  static int next;
  char *b = bufs[next++ & 3];
  snprintf(b, sizeof bufs[0], "%s/%s/%s", test_data_dir(), subdir, name);
  return b;
}

const char *jstr(const cJSON *o, const char *key)
{
  const cJSON *v = o ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

int jint(const cJSON *o, const char *key)
{
  const cJSON *v = o ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;
  return cJSON_IsNumber(v) ? v->valueint : -1;
}

int streq(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

const cJSON *nodes(const cJSON *root) { return cJSON_GetObjectItemCaseSensitive(root, "nodes"); }

int is_kind(const cJSON *n, const char *kind) { return streq(jstr(n, "kind"), kind); }

int count_kind(const cJSON *root, const char *kind)
{
  int k = 0;
  const cJSON *n;
  cJSON_ArrayForEach(n, nodes(root)) k += is_kind(n, kind);
  return k;
}

int str_in_array(const cJSON *arr, const char *s)
{
  const cJSON *v;
  cJSON_ArrayForEach(v, arr) if (cJSON_IsString(v) && strcmp(v->valuestring, s) == 0) return 1;
  return 0;
}

const cJSON *person(const cJSON *root, const char *name)
{
  const cJSON *n;
  cJSON_ArrayForEach(n, nodes(root)) {
    if (!is_kind(n, "person")) continue;
    if (streq(jstr(n, "name"), name) || str_in_array(cJSON_GetObjectItemCaseSensitive(n, "aliases"), name))
      return n;
  }
  return NULL;
}

void countries_key(const cJSON *m, char *buf, size_t n)
{
  const cJSON *v;
  buf[0] = '\0';
  cJSON_ArrayForEach(v, cJSON_GetObjectItemCaseSensitive(m, "countries")) {
    if (!cJSON_IsString(v)) continue;
    if (buf[0]) strncat(buf, ",", n - strlen(buf) - 1);
    strncat(buf, v->valuestring, n - strlen(buf) - 1);
  }
}
