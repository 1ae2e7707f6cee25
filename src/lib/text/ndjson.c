/* Articles as NDJSON records, read one line at a time. */
#define _POSIX_C_SOURCE 200809L /* getc_unlocked */
#include "diplograph.h"
#include "text/document.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/json.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

struct dg_ndjson {
  FILE *f;
  char *name;
  long line;
  dg_buf buf;
  int ended; /* a line over the limit ended the stream */
};

int dg_ndjson_open(dg_ndjson **out, const char *path)
{
  *out = NULL;
  dg_ndjson *r = dg_calloc(1, sizeof *r);
  if (!r || !(r->name = dg_strdup(strcmp(path, "-") == 0 ? "stdin" : path))) {
    dg_free(r);
    return DG_ENOMEM;
  }
  r->f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!r->f) {
    dg_error_set(DG_EIO, "cannot open: %s", strerror(errno));
    dg_error_locate(path, -1, -1, -1);
    dg_ndjson_close(r);
    return DG_EIO;
  }
  *out = r;
  return 0;
}

void dg_ndjson_close(dg_ndjson *r)
{
  if (!r) return;
  if (r->f && r->f != stdin) fclose(r->f);
  dg_buf_free(&r->buf);
  dg_free(r->name);
  dg_free(r);
}

/* The longest line: an article, with room for its JSON escapes and fields. */
#define MAX_LINE (2 * DG_MAX_DOCUMENT_BYTES + 65536)

/* One line into r->buf, NUL bytes and all (the JSON parser rejects them);
 * 1 when read, 0 at the end. A line longer than MAX_LINE is refused and
 * ends the stream: its end may never come (`< /dev/zero`), and what follows
 * cannot be told apart from its tail. */
static int read_line(dg_ndjson *r, int *too_long)
{
  char chunk[65536];
  size_t n = 0;
  int ch, any = 0;
  dg_buf_clear(&r->buf);
  *too_long = 0;
  if (r->ended) return 0;
  while ((ch = getc_unlocked(r->f)) != EOF) { /* one reader at a time */
    any = 1;
    chunk[n++] = (char)ch;
    if (ch == '\n' || n == sizeof chunk) {
      if (r->buf.len + n > MAX_LINE) { *too_long = r->ended = 1; break; }
      if (dg_buf_put(&r->buf, chunk, n) < 0) return DG_ENOMEM;
      if (ch == '\n') { n = 0; break; }
      n = 0;
    }
  }
  if (n && r->buf.len + n > MAX_LINE) *too_long = r->ended = 1;
  else if (n && dg_buf_put(&r->buf, chunk, n) < 0) return DG_ENOMEM;
  if (ferror(r->f)) return dg_error_set(DG_EIO, "read error: %s", strerror(errno));
  if (any) r->line++;
  return any;
}

static int fail(const dg_ndjson *r, int code, const char *what)
{
  if (code == DG_ENOMEM) return code; /* the allocator's message stands */
  dg_error_set(code, "record: %s", what);
  dg_error_locate(r->name, r->line, -1, -1);
  return code;
}

static int make_doc(dg_ndjson *r, const cJSON *o, dg_document **doc)
{
  int bad = 0;
  const char *text = dg_json_str(o, "text", &bad), *id = dg_json_str(o, "id", &bad);
  const char *pub = dg_json_str(o, "published", &bad), *src = dg_json_str(o, "source", &bad);
  const char *url = dg_json_str(o, "url", &bad);
  if (bad || !text) return fail(r, DG_EINPUT, "needs a \"text\" string; id, published, source, url are strings");
  char fallback[300];
  snprintf(fallback, sizeof fallback, "%s:%ld", r->name, r->line);
  int rc = dg_document_from_memory(doc, id ? id : fallback, text, strlen(text));
  if (rc == 0 && (pub || src || url)) {
    rc = dg_document_set_published(*doc, pub);
    if (rc == 0) rc = dg_document_set_source(*doc, src);
    if (rc == 0) rc = dg_document_set_url(*doc, url);
    if (rc < 0) { dg_document_free(*doc); *doc = NULL; }
  }
  if (rc < 0) {
    char what[600];
    snprintf(what, sizeof what, "%s", dg_error_last()->message);
    return fail(r, rc, what);
  }
  return 0;
}

int dg_ndjson_next(dg_ndjson *r, dg_document **doc)
{
  int too_long;
  *doc = NULL;
  for (;;) {
    int got = read_line(r, &too_long);
    if (got <= 0) return got;
    if (too_long) return fail(r, DG_ELIMIT, "longer than the limit for one article; the rest of the input is not read");
    const char *s = r->buf.ptr;
    size_t n = r->buf.len;
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) n--;
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
    if (k == n) continue; /* a blank line */
    if (dg_utf8_check(s, n) < 0) return fail(r, DG_EINPUT, "not UTF-8");
    cJSON *o = NULL;
    int rc = dg_json_parse(&o, s, n, r->name);
    if (rc < 0) {
      char what[600];
      snprintf(what, sizeof what, "%s", dg_error_last()->message);
      return fail(r, rc == DG_ENOMEM ? DG_ENOMEM : DG_EDATA, what);
    }
    rc = cJSON_IsObject(o) ? make_doc(r, o, doc) : fail(r, DG_EDATA, "not a JSON object");
    cJSON_Delete(o);
    return rc < 0 ? rc : 1;
  }
}
