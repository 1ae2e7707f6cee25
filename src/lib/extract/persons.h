/* The person store of one article (persons.c) and the text patterns that
 * feed it (patterns.c). Internal to extract/. */
#ifndef DG_EXTRACT_PERSONS_H
#define DG_EXTRACT_PERSONS_H
#include "extract/context.h"

typedef struct {
  int country;           /* gazetteer index or -1 */
  const char *role;      /* or NULL */
  int level;
  int nonstate;
  int titled;
  const char *canonical; /* a name to use instead of the text's, or NULL */
} dg_person_facts;

#define DG_PERSON_FACTS_INIT {-1, NULL, DG_LEVEL_NONE, 0, 0, NULL}

const dg_sentence *dg_sentence_of(const dg_ctx *c, size_t t);
/* Find or create the person named by tokens [t0, t1) and record a mention;
 * tokens already read as a mention are left alone. */
int dg_person_intern(dg_ctx *c, size_t t0, size_t t1, const dg_person_facts *f);
/* Fill in what person p lacks (country, role; a fuller canonical name). */
int dg_person_complete(dg_ctx *c, int p, const dg_person_facts *f);
/* The country hit ending right before token t ("Chilean X", "Chile's X"):
 * its gazetteer index (and *start, its first token), or -1. */
int dg_country_before(const dg_ctx *c, size_t t, size_t floor, size_t *start);
/* An international organisation's name ends right before token t ("NATO",
 * "the European Union", "UN"): the title after it is the organisation's. */
int dg_org_before(const dg_ctx *c, size_t t, size_t floor);

/* patterns.c: one sentence [t0, t1) */
/* "NAME, (the) (Chilean) TITLE" with the title at t: 1 when found. */
int dg_name_left_of(dg_ctx *c, size_t t, size_t t0, const dg_person_facts *f);
int dg_persons_titled(dg_ctx *c, size_t t0, size_t t1);
int dg_persons_counterparts(dg_ctx *c, size_t t0, size_t t1);
int dg_persons_national(dg_ctx *c, size_t t0, size_t t1);
int dg_persons_nonstate(dg_ctx *c, size_t t0, size_t t1);
/* titles.c: titles with a complement, head nouns, honorifics */
/* "of/for/in/to" + a portfolio, institution or country at t: the token
 * after it (*country set for "of"/"for" + a country), or t. */
size_t dg_title_complement(const dg_ctx *c, size_t t, size_t t1, int *country);
void dg_title_text(const dg_ctx *c, size_t t0, size_t t1, char *buf, size_t n);
int dg_title_level(const dg_ctx *c, size_t t0, size_t t1, int level);
size_t dg_skip_honorifics(const dg_ctx *c, size_t k, size_t t1);
int dg_persons_heads(dg_ctx *c, size_t t0, size_t t1);
int dg_persons_plural(dg_ctx *c, size_t t0, size_t t1);
int dg_persons_principals(dg_ctx *c, size_t t0, size_t t1);
/* inherit.c: a titled person without a country takes the principal's */
void dg_persons_inherit(dg_ctx *c);
/* known.c: listed persons; builtin 0 (a user's file) or 1 (the officials) */
int dg_persons_known(dg_ctx *c, size_t t0, size_t t1, int builtin);

#endif
