#include "util/jsonout.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

int dg_jo_init(dg_jo *w, int pretty, size_t reserve)
{
  memset(w, 0, sizeof *w);
  w->pretty = pretty;
  if (reserve && dg_grow((void **)&w->b.ptr, &w->b.cap, reserve, 1) < 0) return w->rc = DG_ENOMEM;
  if (w->b.ptr) w->b.ptr[0] = '\0';
  return 0;
}

void dg_jo_init_sink(dg_jo *w, int pretty, dg_jo_sink sink, void *ctx)
{
  memset(w, 0, sizeof *w);
  w->pretty = pretty;
  w->sink = sink;
  w->ctx = ctx;
}

/* Room for n more bytes (and the NUL); 0 or -1 (failed, remembered). */
static int room(dg_jo *w, size_t n)
{
  if (w->rc) return -1;
  if (w->b.len + n + 1 <= w->b.cap) return 0;
  if (w->sink && w->b.len >= DG_JO_CHUNK) {
    if (dg_jo_flush(w) < 0) return -1;
    if (n + 1 <= w->b.cap) return 0;
  }
  if (dg_grow((void **)&w->b.ptr, &w->b.cap, w->b.len + n + 1, 1) < 0) {
    w->rc = DG_ENOMEM;
    return -1;
  }
  return 0;
}

static void put(dg_jo *w, const char *p, size_t n)
{
  if (room(w, n) < 0) return;
  memcpy(w->b.ptr + w->b.len, p, n);
  w->b.len += n;
  w->b.ptr[w->b.len] = '\0';
}

static void tabs(dg_jo *w, int n)
{
  if (n <= 0 || room(w, (size_t)n) < 0) return;
  memset(w->b.ptr + w->b.len, '\t', (size_t)n);
  w->b.len += (size_t)n;
  w->b.ptr[w->b.len] = '\0';
}

/* Bytes that cJSON escapes: '"', '\\' and those below 32. */
static int plain(unsigned char c) { return c > 31 && c != '"' && c != '\\'; }

static void string(dg_jo *w, const char *s)
{
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *)s;
  put(w, "\"", 1);
  while (*p) {
    const unsigned char *q = p;
    while (*q && plain(*q)) q++;
    if (q > p) put(w, (const char *)p, (size_t)(q - p));
    if (!*q) break;
    char e[6] = {'\\', 0, 0, 0, 0, 0};
    size_t n = 2;
    switch (*q) {
    case '"': e[1] = '"'; break;
    case '\\': e[1] = '\\'; break;
    case '\b': e[1] = 'b'; break;
    case '\f': e[1] = 'f'; break;
    case '\n': e[1] = 'n'; break;
    case '\r': e[1] = 'r'; break;
    case '\t': e[1] = 't'; break;
    default:
      e[1] = 'u'; e[2] = '0'; e[3] = '0'; e[4] = hex[*q >> 4]; e[5] = hex[*q & 15];
      n = 6;
    }
    put(w, e, n);
    p = q + 1;
  }
  put(w, "\"", 1);
}

/* What goes before a value: the separator after the previous one, and in an
 * object the key. */
static void before(dg_jo *w, const char *key)
{
  if (w->depth == 0) return;
  int d = w->depth - 1;
  if (w->arr[d]) {
    if (w->count[d]++) put(w, w->pretty ? ", " : ",", w->pretty ? 2 : 1);
    return;
  }
  if (w->count[d]++) put(w, w->pretty ? ",\n" : ",", w->pretty ? 2 : 1);
  if (w->pretty) tabs(w, w->depth);
  string(w, key ? key : "");
  put(w, w->pretty ? ":\t" : ":", w->pretty ? 2 : 1);
}

static void begin(dg_jo *w, const char *key, int arr)
{
  before(w, key);
  if (w->depth >= DG_JO_DEPTH) {
    if (!w->rc) w->rc = dg_error_set(DG_ELIMIT, "JSON nested too deeply");
    return;
  }
  put(w, arr ? "[" : (w->pretty ? "{\n" : "{"), arr || !w->pretty ? 1 : 2);
  w->arr[w->depth] = (unsigned char)arr;
  w->count[w->depth] = 0;
  w->depth++;
}

void dg_jo_obj(dg_jo *w, const char *key) { begin(w, key, 0); }
void dg_jo_arr(dg_jo *w, const char *key) { begin(w, key, 1); }

void dg_jo_end(dg_jo *w)
{
  if (w->depth == 0) return;
  int d = --w->depth;
  if (w->arr[d]) { put(w, "]", 1); return; }
  if (w->pretty) {
    if (w->count[d]) put(w, "\n", 1);
    tabs(w, d);
  }
  put(w, "}", 1);
}

void dg_jo_str(dg_jo *w, const char *key, const char *value)
{
  before(w, key);
  if (value) string(w, value);
  else put(w, "null", 4);
}

void dg_jo_int(dg_jo *w, const char *key, long long value)
{
  char tmp[24], *e = tmp + sizeof tmp, *p = e;
  unsigned long long u = value < 0 ? 0ULL - (unsigned long long)value : (unsigned long long)value;
  before(w, key);
  do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
  if (value < 0) *--p = '-';
  put(w, p, (size_t)(e - p));
}

void dg_jo_bool(dg_jo *w, const char *key, int value)
{
  before(w, key);
  put(w, value ? "true" : "false", value ? 4 : 5);
}

void dg_jo_null(dg_jo *w, const char *key)
{
  before(w, key);
  put(w, "null", 4);
}

void dg_jo_raw(dg_jo *w, const char *p, size_t n) { put(w, p, n); }

int dg_jo_flush(dg_jo *w)
{
  if (w->rc) return w->rc;
  if (w->sink && w->b.len) {
    int rc = w->sink(w->ctx, w->b.ptr, w->b.len);
    if (rc < 0) return w->rc = rc;
    w->b.len = 0;
    w->b.ptr[0] = '\0';
  }
  return 0;
}

char *dg_jo_detach(dg_jo *w, size_t *len)
{
  if (w->rc) { dg_jo_free(w); return NULL; } /* the error was set where it failed */
  if (!w->b.ptr && room(w, 0) < 0) return NULL;
  if (!w->b.len) w->b.ptr[0] = '\0';
  char *p = w->b.ptr;
  if (len) *len = w->b.len;
  memset(&w->b, 0, sizeof w->b);
  return p;
}

void dg_jo_free(dg_jo *w)
{
  dg_free(w->b.ptr);
  memset(&w->b, 0, sizeof w->b);
}
