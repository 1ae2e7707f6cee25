/* The documents of a dg_records by id, made once, so that naming the
 * articles a meeting's evidence quotes costs the length of its evidence,
 * not that times the number of documents (a scan per piece of evidence made
 * the meetings of the GraphML, GEXF, DOT and CSV exports quadratic). */
#ifndef DG_MODEL_DOCINDEX_H
#define DG_MODEL_DOCINDEX_H
#include "model/model.h"
#include "util/strmap.h"
#include <stddef.h>

typedef struct {
  const dg_records *r;
  dg_strmap ids; /* document id -> index of the first document of that id */
  size_t *seen;  /* per document: the list it was last named in */
  size_t list;   /* the current list (dg_docindex_list) */
} dg_docindex;

/* 0, or DG_ENOMEM (x is then empty, dg_docindex_free is still right). */
int dg_docindex_init(dg_docindex *x, const dg_records *r);
void dg_docindex_free(dg_docindex *x);
/* The index of the document of this id, or -1. */
int dg_docindex_find(const dg_docindex *x, const char *id);
/* Start naming the articles of ev: then dg_docindex_source(x, ev, k) for
 * k = 0 .. ev->n - 1 gives, for the first piece of evidence of each article,
 * the article's url when it has one, else its id; NULL for the others. */
void dg_docindex_list(dg_docindex *x);
const char *dg_docindex_source(dg_docindex *x, const dg_evlist *ev, size_t k);

#endif
