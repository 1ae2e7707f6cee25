#include "text/document.h"
#include "text/html.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/buf.h"
#include "util/calendar.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
  unsigned c = s[0];
  size_t need;
  unsigned min;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) { need = 2; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { need = 3; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 4; min = 0x10000; }
  else return 0;
  if (n < need) return 0;
  unsigned cp = c & (0x3F >> (need - 1));
  for (size_t i = 1; i < need; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return need;
}

int dg_utf8_check(const char *s, size_t len)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    if (u[i] < 0x80) {
      if (u[i] == 0) {
        dg_error_set(DG_EINPUT, "binary data (NUL byte at offset %zu)", i);
        dg_error_locate(NULL, -1, -1, (long)i);
        return DG_EINPUT;
      }
      i++;
      continue;
    }
    size_t k = utf8_seq(u + i, len - i);
    if (!k) {
      dg_error_set(DG_EINPUT, "invalid UTF-8 at byte offset %zu", i);
      dg_error_locate(NULL, -1, -1, (long)i);
      return DG_EINPUT;
    }
    i += k;
  }
  return 0;
}

static int read_stream(FILE *f, const char *name, dg_buf *b)
{
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (b->len + n > DG_MAX_DOCUMENT_BYTES)
      return dg_error_set(DG_ELIMIT, "larger than the %zu MiB limit for one article",
                          DG_MAX_DOCUMENT_BYTES >> 20);
    if (dg_buf_put(b, chunk, n) < 0) return DG_ENOMEM;
  }
  if (ferror(f)) return dg_error_set(DG_EIO, "read error: %s", strerror(errno));
  (void)name;
  return 0;
}

static char *default_id(const char *path)
{
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  return dg_strndup(base, n);
}

static int open_input(FILE **f, const char *path)
{
  struct stat st;
  if (strcmp(path, "-") == 0) { *f = stdin; return 0; }
  if (stat(path, &st) != 0)
    return dg_error_set(DG_EIO, "cannot open: %s", strerror(errno));
  if (S_ISDIR(st.st_mode)) return dg_error_set(DG_EIO, "is a directory, not an article");
  if (S_ISREG(st.st_mode) && (size_t)st.st_size > DG_MAX_DOCUMENT_BYTES)
    return dg_error_set(DG_ELIMIT, "larger than the %zu MiB limit for one article",
                        DG_MAX_DOCUMENT_BYTES >> 20);
  *f = fopen(path, "rb");
  if (!*f) return dg_error_set(DG_EIO, "cannot open: %s", strerror(errno));
  return 0;
}

static int is_html_name(const char *path)
{
  const char *dot = strrchr(path, '.');
  return dot && (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0 || strcmp(dot, ".HTML") == 0 ||
                 strcmp(dot, ".HTM") == 0 || strcmp(dot, ".xhtml") == 0);
}

int dg_document_from_html(dg_document **out, const char *id, const char *bytes, size_t len)
{
  char *text = NULL;
  size_t n = 0;
  dg_html_meta m;
  *out = NULL;
  if (len > DG_MAX_DOCUMENT_BYTES)
    return dg_error_set(DG_ELIMIT, "larger than the %zu MiB limit for one article", DG_MAX_DOCUMENT_BYTES >> 20);
  int rc = dg_html_read(&text, &n, &m, bytes, len);
  if (rc < 0) return rc;
  rc = dg_document_from_memory(out, id, text, n);
  if (rc == DG_EINPUT && dg_error_last()->message[0] == 'e') /* "empty article" */
    dg_error_set(DG_EINPUT, "a web page without article text");
  if (rc == 0) {
    dg_document *d = *out;
    d->title = m.title; d->url = m.url; d->source = m.site;
    m.title = m.url = m.site = NULL;
    d->published = m.published;
    d->published_meta = m.published != NULL;
    m.published = NULL;
  }
  dg_free(text);
  dg_html_meta_free(&m);
  return rc;
}

int dg_document_load(dg_document **out, const char *path, const char *id)
{
  FILE *f = NULL;
  dg_buf b = DG_BUF_INIT;
  int rc;
  *out = NULL;
  if ((rc = open_input(&f, path)) < 0) goto done;
  rc = read_stream(f, path, &b);
  if (f != stdin) fclose(f);
  if (rc < 0) goto done;
  char *autoid = id ? NULL : default_id(strcmp(path, "-") == 0 ? "stdin" : path);
  if (!id && !autoid) { rc = DG_ENOMEM; goto done; }
  if (is_html_name(path) || dg_html_sniff(b.ptr ? b.ptr : "", b.len))
    rc = dg_document_from_html(out, id ? id : autoid, b.ptr ? b.ptr : "", b.len);
  else
    rc = dg_document_from_memory(out, id ? id : autoid, b.ptr ? b.ptr : "", b.len);
  dg_free(autoid);
  if (rc == 0 && !((*out)->path = dg_strdup(path))) {
    dg_document_free(*out);
    *out = NULL;
    rc = DG_ENOMEM;
  }
done:
  dg_buf_free(&b);
  if (rc < 0) dg_error_locate(path, -1, -1, dg_error_last()->offset);
  return rc;
}

static int is_blank(const char *s, size_t len)
{
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t') return 0;
  return 1;
}

int dg_document_from_memory(dg_document **out, const char *id, const char *text, size_t len)
{
  *out = NULL;
  if (len > DG_MAX_DOCUMENT_BYTES)
    return dg_error_set(DG_ELIMIT, "larger than the %zu MiB limit for one article",
                        DG_MAX_DOCUMENT_BYTES >> 20);
  int rc = dg_utf8_check(text, len);
  if (rc < 0) return rc;
  size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  if (is_blank(text + bom, len - bom)) return dg_error_set(DG_EINPUT, "empty article");
  dg_document *d = dg_calloc(1, sizeof *d);
  if (!d) return DG_ENOMEM;
  d->id = dg_strdup(id ? id : "doc");
  d->text = dg_strndup(text, len);
  d->len = len;
  if (!d->id || !d->text) {
    dg_document_free(d);
    return DG_ENOMEM;
  }
  *out = d;
  return 0;
}

static int set_str(char **slot, const char *v)
{
  char *c = NULL;
  if (v && !(c = dg_strdup(v))) return DG_ENOMEM;
  dg_free(*slot);
  *slot = c;
  return 0;
}

int dg_date_check(const char *s)
{
  dg_ymd d;
  if (!s || dg_ymd_parse_iso(&d, s) < 0)
    return dg_error_set(DG_EARG, "not a date in the form YYYY-MM-DD: '%.40s'", s ? s : "");
  return 0;
}

int dg_document_set_published(dg_document *doc, const char *date)
{
  dg_ymd d;
  if (date && dg_ymd_parse_iso(&d, date) < 0)
    return dg_error_set(DG_EARG, "not a date in the form YYYY-MM-DD: '%.40s'", date);
  doc->published_meta = 0;
  return set_str(&doc->published, date);
}

int dg_document_set_source(dg_document *doc, const char *source) { return set_str(&doc->source, source); }
int dg_document_set_url(dg_document *doc, const char *url) { return set_str(&doc->url, url); }
const char *dg_document_id(const dg_document *doc) { return doc->id; }
const char *dg_document_path(const dg_document *doc) { return doc->path; }
size_t dg_document_size(const dg_document *doc) { return doc->len; }

void dg_document_free(dg_document *doc)
{
  if (!doc) return;
  dg_free(doc->id);
  dg_free(doc->path);
  dg_free(doc->text);
  dg_free(doc->published);
  dg_free(doc->source);
  dg_free(doc->url);
  dg_free(doc->title);
  dg_free(doc);
}
