/* A loaded article: the original bytes (validated UTF-8) and its metadata. */
#ifndef DG_TEXT_DOCUMENT_H
#define DG_TEXT_DOCUMENT_H
#include "diplograph.h"

struct dg_document {
  char *id;
  char *path;      /* as given, or "-" for stdin, or NULL from memory */
  char *text;      /* the original bytes, NUL-terminated */
  size_t len;
  char *published; /* "YYYY-MM-DD" or NULL */
  char *source;    /* or NULL */
  char *url;       /* or NULL */
  int published_meta; /* published came from a web page's metadata */
  char *title;     /* a web page's title, or NULL */
};


/* Check that s[0..len) is UTF-8 with no NUL byte. On failure returns
 * DG_EINPUT with the byte offset in the error. */
int dg_utf8_check(const char *s, size_t len);

#endif
