/* A direct JSON writer: no tree, one growing buffer, its own integer
 * formatting. It prints exactly what cJSON 1.7 prints for the same values
 * (cJSON_PrintUnformatted, or cJSON_Print when `pretty`): the same escapes,
 * the same separators, tabs and newlines, integers as cJSON prints them
 * (every value written here is an integer below 10^15). A test compares the
 * two (tests/unit/test_jsonout.c).
 *
 * With a sink, the buffer is handed to it whenever it holds more than
 * DG_JO_CHUNK bytes and at dg_jo_flush: a large document is streamed in
 * bounded memory. Failures are sticky: the first one (out of memory, a
 * failed sink) is remembered and returned by dg_jo_flush / dg_jo_detach. */
#ifndef DG_UTIL_JSONOUT_H
#define DG_UTIL_JSONOUT_H
#include "util/buf.h"
#include <stdint.h>

#define DG_JO_DEPTH 32
#define DG_JO_CHUNK ((size_t)1 << 16)

typedef int (*dg_jo_sink)(void *ctx, const char *p, size_t n); /* 0 or a DG_E* code */

typedef struct {
  dg_buf b;
  int pretty;
  int rc; /* 0, or the first failure */
  int depth;
  unsigned char arr[DG_JO_DEPTH];  /* 1: an array, 0: an object */
  uint32_t count[DG_JO_DEPTH];     /* values written at that depth */
  dg_jo_sink sink;
  void *ctx;
} dg_jo;

/* A writer into its own buffer (reserve: the first capacity, 0 for none). */
int dg_jo_init(dg_jo *w, int pretty, size_t reserve);
/* A writer that streams to sink. */
void dg_jo_init_sink(dg_jo *w, int pretty, dg_jo_sink sink, void *ctx);

/* In an object, key names the member; in an array (or at the top) it is NULL. */
void dg_jo_obj(dg_jo *w, const char *key);
void dg_jo_arr(dg_jo *w, const char *key);
void dg_jo_end(dg_jo *w); /* closes the innermost object or array */
void dg_jo_str(dg_jo *w, const char *key, const char *value); /* NULL: null */
void dg_jo_int(dg_jo *w, const char *key, long long value);
void dg_jo_bool(dg_jo *w, const char *key, int value);
void dg_jo_null(dg_jo *w, const char *key);
/* Append raw bytes (a newline after the document, say). */
void dg_jo_raw(dg_jo *w, const char *p, size_t n);

/* Hand what is buffered to the sink; returns 0 or the first failure. */
int dg_jo_flush(dg_jo *w);
/* The text written (malloc'd, NUL-terminated, freed with free), or NULL with
 * the error set; the writer is emptied. */
char *dg_jo_detach(dg_jo *w, size_t *len);
void dg_jo_free(dg_jo *w);

#endif
