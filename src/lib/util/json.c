#include "util/json.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

static void position(const char *s, size_t at, long *line, long *col)
{
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < at; i++) {
    if (s[i] == '\n') { (*line)++; *col = 1; }
    else if (((unsigned char)s[i] & 0xC0) != 0x80) (*col)++;
  }
}

/* Depth and duplicate keys; cJSON keeps duplicates silently. */
static int check_tree(const cJSON *node, int depth, const char **dup)
{
  if (depth > DG_MAX_JSON_DEPTH) return -1;
  for (const cJSON *c = node->child; c; c = c->next) {
    if (cJSON_IsObject(node) && c->string)
      for (const cJSON *d = c->next; d; d = d->next)
        if (d->string && strcmp(c->string, d->string) == 0) { *dup = c->string; return -2; }
    if (c->child) {
      int rc = check_tree(c, depth + 1, dup);
      if (rc < 0) return rc;
    }
  }
  return 0;
}

int dg_json_parse(cJSON **out, const char *s, size_t len, const char *name)
{
  const char *end = NULL;
  long line, col;
  *out = NULL;
  cJSON *root = cJSON_ParseWithLengthOpts(s, len, &end, 0);
  if (!root) {
    const char *at = cJSON_GetErrorPtr();
    size_t off = at && at >= s && at <= s + len ? (size_t)(at - s) : 0;
    position(s, off, &line, &col);
    dg_error_set(DG_EDATA, "malformed JSON at line %ld, column %ld", line, col);
    dg_error_locate(name, line, col, (long)off);
    return DG_EDATA;
  }
  const char *dup = NULL;
  int rc = check_tree(root, 1, &dup);
  if (rc == -1) {
    dg_error_set(DG_ELIMIT, "JSON nested deeper than %d levels", DG_MAX_JSON_DEPTH);
    dg_error_locate(name, -1, -1, -1);
    cJSON_Delete(root);
    return DG_ELIMIT;
  }
  if (rc == -2) {
    /* Point at the second occurrence of the key. */
    char pat[300];
    snprintf(pat, sizeof pat, "\"%s\"", dup);
    const char *first = strstr(s, pat);
    const char *second = first ? strstr(first + 1, pat) : NULL;
    position(s, second ? (size_t)(second - s) : 0, &line, &col);
    dg_error_set(DG_EDATA, "duplicate key \"%.200s\" at line %ld, column %ld", dup, line, col);
    dg_error_locate(name, line, col, -1);
    cJSON_Delete(root);
    return DG_EDATA;
  }
  *out = root;
  return 0;
}

int dg_json_load_file(cJSON **out, const char *path)
{
  dg_buf b = DG_BUF_INIT;
  char chunk[65536];
  size_t n;
  int rc = 0;
  *out = NULL;
  FILE *f = fopen(path, "rb");
  if (!f) {
    dg_error_set(DG_EIO, "cannot open: %s", strerror(errno));
    dg_error_locate(path, -1, -1, -1);
    return DG_EIO;
  }
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b.len + n > DG_MAX_DATA_BYTES) {
      rc = dg_error_set(DG_ELIMIT, "larger than the %zu MiB limit", DG_MAX_DATA_BYTES >> 20);
      break;
    }
    if ((rc = dg_buf_put(&b, chunk, n)) < 0) break;
  }
  if (!rc && ferror(f)) rc = dg_error_set(DG_EIO, "read error: %s", strerror(errno));
  fclose(f);
  if (!rc) rc = dg_json_parse(out, b.ptr ? b.ptr : "", b.len, path);
  if (rc < 0 && dg_error_last()->file[0] == '\0') dg_error_locate(path, -1, -1, -1);
  dg_buf_free(&b);
  return rc;
}

const char *dg_json_str(const cJSON *obj, const char *key, int *bad)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
  if (!v || cJSON_IsNull(v)) return NULL;
  if (!cJSON_IsString(v)) { if (bad) *bad = 1; return NULL; }
  return v->valuestring;
}
