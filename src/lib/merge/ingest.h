/* Internal to merge/: reading an extraction line (ingest.c, the general
 * path through cJSON, with its errors; ingest_fast.c, the lines as
 * export/extraction.c writes them, read without a tree). */
#ifndef DG_MERGE_INGEST_H
#define DG_MERGE_INGEST_H
#include "diplograph.h"
#include "model/model.h"
#include "util/strmap.h"

typedef struct {
  const char *name;
  int bad; /* the record is unusable */
  int oom; /* ... because memory ran out */
  /* The document's id and each of its sentences, held once (counted
   * strings: model.h) however many facts they carry. */
  char *doc;
  dg_strmap sent_index; /* sentence -> index in sents */
  char **sents;
  size_t nsents, capsents;
} dg_ingest;

void dg_ingest__free(dg_ingest *c);
/* The counted copy of sentence s[0..n) (one per document), or NULL. */
char *dg_ingest__sentence(dg_ingest *c, const char *s, size_t n);
/* An ISO 3166-1 alpha-3 code: three ASCII capitals. */
int dg_ingest__iso3_ok(const char *s);
/* Read line[0..len) (valid UTF-8) into r when it has the shape the writer
 * gives (keys known, in its order, plain strings, integers): 1, r filled;
 * 0 when it has not (r and c are then to be freed and the line read by the
 * general path, which says what is wrong); DG_ENOMEM. It accepts only what
 * the general path reads to the same records. */
int dg_ingest__fast(dg_ingest *c, dg_records *r, const char *line, size_t len);
/* dg_extraction_parse, with fast 0: the general path only (for the test
 * that both read every line alike). */
int dg_ingest__parse(dg_extraction **out, const char *line, size_t len, const char *name, int fast);

#endif
