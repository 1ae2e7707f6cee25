/* One pass over folded text finds every gazetteer phrase at word
 * boundaries: leftmost-longest within each layer (entities, events, cues),
 * so "will meet" (a cue) does not hide "meet" (an event). */
#ifndef DG_LEXICON_MATCHER_H
#define DG_LEXICON_MATCHER_H
#include "lexicon/gazetteer.h"
#include <stdint.h>

typedef struct {
  uint32_t fs, fe; /* folded span */
  uint16_t kind;   /* DG_HIT_* */
  int32_t ref;     /* index into the gazetteer table of that kind (-1 for word lists) */
} dg_hit;

typedef struct {
  dg_hit *v;
  size_t n, cap;
} dg_hits;

/* Build the matcher for all phrases in gz (replaces gz->matcher). */
int dg_matcher_build(dg_gazetteer *gz);
void dg_matcher_free(dg_matcher *m);
/* Append the hits in text[0..len) to *out, sorted by start. */
int dg_matcher_scan(const dg_matcher *m, const char *text, size_t len, dg_hits *out);

#endif
