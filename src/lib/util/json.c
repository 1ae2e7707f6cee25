#include "util/json.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/strmap.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <threads.h>

static _Thread_local int cjson_oom;
static once_flag cjson_once = ONCE_FLAG_INIT;

static void *cjson_malloc(size_t n)
{
  void *p = dg_malloc(n);
  if (!p) cjson_oom = 1;
  return p;
}

static void install_hooks(void)
{
  cJSON_Hooks hooks = {cjson_malloc, dg_free};
  cJSON_InitHooks(&hooks);
}

void dg_cjson_init(void) { call_once(&cjson_once, install_hooks); }
int dg_cjson_failed(void) { return cjson_oom; }
void dg_cjson_clear(void) { cjson_oom = 0; }

static void position(const char *s, size_t at, long *line, long *col)
{
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < at; i++) {
    if (s[i] == '\n') { (*line)++; *col = 1; }
    else if (((unsigned char)s[i] & 0xC0) != 0x80) (*col)++;
  }
}

/* cJSON keeps duplicate keys silently and does not say where anything is:
 * a second pass over the (already valid) text finds duplicate keys and
 * excessive nesting with their exact offsets. */
typedef struct {
  const char *s;
  size_t len, pos;
  size_t bad;  /* offset of the problem */
  int problem; /* 0, 1 = too deep, 2 = duplicate key */
} scan;

static void skip_ws(scan *sc)
{
  while (sc->pos < sc->len && strchr(" \t\r\n", sc->s[sc->pos]) && sc->s[sc->pos]) sc->pos++;
}

/* A string at sc->pos: returns its raw content span (escapes not decoded). */
static void string_span(scan *sc, size_t *a, size_t *b)
{
  *a = ++sc->pos;
  while (sc->pos < sc->len && sc->s[sc->pos] != '"') sc->pos += sc->s[sc->pos] == '\\' ? 2 : 1;
  *b = sc->pos < sc->len ? sc->pos : sc->len;
  sc->pos++;
}

static int scan_value(scan *sc, int depth);

/* Is the key at [a, b) among the first n seen (spans in seen[])? */
static int seen_key(const scan *sc, const size_t (*seen)[2], size_t n, size_t a, size_t b)
{
  for (size_t i = 0; i < n; i++)
    if (seen[i][1] - seen[i][0] == b - a && memcmp(sc->s + seen[i][0], sc->s + a, b - a) == 0) return 1;
  return 0;
}

/* Keys are checked linearly while an object is small, through a map after. */
static int scan_object(scan *sc, int depth)
{
  enum { SMALL = 16 };
  size_t seen[SMALL][2], nseen = 0;
  dg_strmap keys = DG_STRMAP_INIT;
  int rc = 0;
  sc->pos++;
  for (;;) {
    skip_ws(sc);
    if (sc->pos >= sc->len || sc->s[sc->pos] == '}') break;
    if (sc->s[sc->pos] == ',') { sc->pos++; continue; }
    size_t at = sc->pos, a, b;
    string_span(sc, &a, &b);
    int dup = seen_key(sc, (const size_t(*)[2])seen, nseen < SMALL ? nseen : SMALL, a, b) ||
              (nseen >= SMALL && dg_strmap_get(&keys, sc->s + a, b - a) >= 0);
    if (dup) { sc->problem = 2; sc->bad = at; rc = 1; break; }
    if (nseen < SMALL) { seen[nseen][0] = a; seen[nseen][1] = b; }
    else if (dg_strmap_put(&keys, sc->s + a, b - a, 1) < 0) { rc = DG_ENOMEM; break; }
    nseen++;
    skip_ws(sc);
    sc->pos++; /* ':' */
    if ((rc = scan_value(sc, depth)) != 0) break;
  }
  sc->pos++;
  dg_strmap_free(&keys);
  return rc;
}

static int scan_value(scan *sc, int depth)
{
  skip_ws(sc);
  if (sc->pos >= sc->len) return 0;
  char c = sc->s[sc->pos];
  if (c == '{' || c == '[') {
    if (depth + 1 > DG_MAX_JSON_DEPTH) { sc->problem = 1; sc->bad = sc->pos; return 1; }
    if (c == '{') return scan_object(sc, depth + 1);
    sc->pos++;
    for (;;) {
      skip_ws(sc);
      if (sc->pos >= sc->len || sc->s[sc->pos] == ']') { sc->pos++; return 0; }
      if (sc->s[sc->pos] == ',') { sc->pos++; continue; }
      int rc = scan_value(sc, depth + 1);
      if (rc) return rc;
    }
  }
  if (c == '"') { size_t a, b; string_span(sc, &a, &b); return 0; }
  size_t start = sc->pos;
  while (sc->pos < sc->len && sc->s[sc->pos] && !strchr(",]} \t\r\n", sc->s[sc->pos])) sc->pos++;
  if (sc->pos == start) sc->pos++; /* always move on */
  return 0;
}

static int fail_at(const char *s, size_t off, const char *name, int code, const char *what)
{
  long line, col;
  position(s, off, &line, &col);
  dg_error_set(code, "%s at line %ld, column %ld", what, line, col);
  dg_error_locate(name, line, col, (long)off);
  return code;
}

/* JSON allows only tab, CR and LF as control bytes outside strings (inside
 * strings it allows none); cJSON also skips the others as space, which would
 * let a stray byte hide a duplicate key. The offset of the first, or -1. */
static long stray_control(const char *s, size_t len)
{
  int in_string = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (in_string) {
      if (c == '\\') i++;
      else if (c == '"') in_string = 0;
      else if (c < 0x20) return (long)i;
    } else if (c == '"') {
      in_string = 1;
    } else if (c < 0x20 && c != '\t' && c != '\r' && c != '\n') {
      return (long)i;
    }
  }
  return -1;
}

int dg_json_parse(cJSON **out, const char *s, size_t len, const char *name)
{
  const char *end = NULL;
  long line, col;
  *out = NULL;
  long bad = stray_control(s, len);
  if (bad >= 0) return fail_at(s, (size_t)bad, name, DG_EDATA, "malformed JSON: a control character");
  dg_cjson_init();
  dg_cjson_clear();
  cJSON *root = cJSON_ParseWithLengthOpts(s, len, &end, 0);
  if (!root && dg_cjson_failed()) return DG_ENOMEM;
  if (!root) {
    const char *at = cJSON_GetErrorPtr();
    size_t off = at && at >= s && at <= s + len ? (size_t)(at - s) : 0;
    position(s, off, &line, &col);
    dg_error_set(DG_EDATA, "malformed JSON at line %ld, column %ld", line, col);
    dg_error_locate(name, line, col, (long)off);
    return DG_EDATA;
  }
  /* Only white space may follow the value. */
  size_t after = end ? (size_t)(end - s) : len;
  while (after < len && strchr(" \t\r\n", s[after]) && s[after]) after++;
  if (after < len) {
    cJSON_Delete(root);
    return fail_at(s, after, name, DG_EDATA, "unexpected text after the JSON value");
  }
  scan sc = {s, len, 0, 0, 0};
  int rc = scan_value(&sc, 0);
  if (rc != 0) {
    cJSON_Delete(root);
    if (rc == DG_ENOMEM) return rc;
    if (sc.problem == 1) {
      char what[64];
      snprintf(what, sizeof what, "JSON nested deeper than %d levels", DG_MAX_JSON_DEPTH);
      return fail_at(s, sc.bad, name, DG_ELIMIT, what);
    }
    char what[160];
    size_t a = sc.bad + 1, b = a;
    while (b < len && s[b] != '"' && b - a < 100) b += s[b] == '\\' ? 2 : 1;
    snprintf(what, sizeof what, "duplicate key \"%.*s\"", (int)(b - a), s + a);
    return fail_at(s, sc.bad, name, DG_EDATA, what);
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
