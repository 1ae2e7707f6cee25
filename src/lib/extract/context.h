/* The state of extracting one article: the analysed text, the gazetteer hits
 * laid over its tokens, the dates, the person mentions, and the records
 * being built. Internal to extract/. */
#ifndef DG_EXTRACT_CONTEXT_H
#define DG_EXTRACT_CONTEXT_H
#include "extract/dates.h"
#include "lexicon/gazetteer.h"
#include "lexicon/matcher.h"
#include "model/model.h"
#include "text/document.h"
#include "text/text.h"
#include "util/strmap.h"

typedef struct {
  int person;     /* index into r->persons */
  size_t t0, t1;  /* tokens */
  int speaker;    /* the person speaks ("X said"), rather than acts */
  int titled;     /* found with a title in this mention */
} dg_pmention;

typedef struct {
  char surname[48], first[48];
  size_t words;
} dg_pkey;

/* A set of countries that acted together, for references ("the two sides"). */
typedef struct {
  size_t s;   /* the sentence that last named it */
  size_t n;
  char c[DG_MAX_MEETING_COUNTRIES][4];
} dg_actorset;
#define DG_ACTOR_SETS 8

typedef struct {
  const dg_gazetteer *gz;
  const dg_document *doc;
  dg_text text;
  dg_hits hits;
  int has_trigger;            /* a trigger hit anywhere: else no meeting can be read */
  int32_t *ent, *evt, *cue;   /* per token: first hit of that layer covering it, or -1 */
  int32_t *tok_date;          /* per token: date mention index, or -1 */
  int32_t *tok_person;        /* per token: person mention index, or -1 */
  uint32_t *tok_bits;         /* per token: the gazetteer's word sets that hold it (word_bits) */
  unsigned char *boiler;      /* per sentence: not part of the story */
  dg_date_mention *dates;
  size_t ndates;
  dg_ymd ref;
  int ref_known;              /* a reference date from metadata or a dateline */
  int ref_inferred;           /* always 0: the reference is never guessed from the dates named */
  size_t ref_at[2];           /* folded offsets of the datelines' dates (labelled, place), or (size_t)-1 */
  dg_pmention *pm;
  size_t npm, cappm;
  int32_t *last_speaker;      /* per mention: the latest speaker mention at or before it, or -1 */
  size_t prev_sentence;       /* sentence of the last meeting read */
  dg_pkey *pkeys;             /* parallel to r->persons */
  size_t cappkeys;
  /* persons.c: persons found by key, not by a scan. A map gives the latest
   * person of a surname (or the first word of a two-word name); per person,
   * the one before it in that chain, or -1. */
  dg_strmap by_surname, by_first;
  int32_t *prev_surname, *prev_first;
  size_t capprev_surname, capprev_first;
  dg_records *r;
  dg_actorset sets[DG_ACTOR_SETS]; /* the latest sets of actors, a ring */
  size_t nsets;
  /* pending.c: a meeting told without its parties ("ministers from many
   * countries met in X on Friday"), until a sentence names who took part */
  dg_xmeeting pending;
  size_t pending_s;
  int pending_host;           /* the country it was held in, or -1 */
  int has_pending;
} dg_ctx;

/* annotate.c */
int dg_annotate(dg_ctx *c, const dg_extract_options *opts);
/* extract.c: free what the stages put in c (not c itself, nor c->r). */
void dg_ctx_free(dg_ctx *c);
/* A trigger hit lies over a token of sentence s: else it has no frame. */
int dg_sentence_has_trigger(const dg_ctx *c, size_t s);
/* language.c: 1 when the text plainly does not read as English. */
int dg_extract_not_english(const dg_ctx *c);
const dg_hit *dg_ent_at(const dg_ctx *c, size_t t);  /* entity hit starting at token t, or NULL */
const dg_hit *dg_evt_at(const dg_ctx *c, size_t t);
const dg_hit *dg_cue_at(const dg_ctx *c, size_t t);
size_t dg_hit_end_tok(const dg_ctx *c, const dg_hit *h, size_t t); /* token after the hit */
int dg_is_country_hit(const dg_hit *h);
int dg_tok_word_in(const dg_ctx *c, size_t t, const char *const *words);
/* Is token t in the gazetteer's word set `set` (DG_WORDS_* or DG_WORDBIT_*)? */
int dg_tok_in_set(const dg_ctx *c, size_t t, int set);

/* names.c */
int dg_is_name_tok(const dg_ctx *c, size_t t);
size_t dg_name_end(const dg_ctx *c, size_t t, size_t limit); /* t if no name starts at t */
size_t dg_name_end_expected(const dg_ctx *c, size_t t, size_t limit); /* also "Germán X" */
size_t dg_name_start_before(const dg_ctx *c, size_t end, size_t floor); /* end if none */
size_t dg_name_words(const dg_ctx *c, size_t t0, size_t t1);
int dg_name_key(const dg_ctx *c, size_t t0, size_t t1, char *surname, size_t n, char *first, size_t fn);

/* persons.c */
int dg_find_persons(dg_ctx *c);
int dg_person_speaker_before(const dg_ctx *c, size_t t); /* person index or -1 */
/* The number of (text-ordered) mentions that end by token t. */
size_t dg_mentions_before(const dg_ctx *c, size_t t);
/* Whom "he"/"she" in sentence s before token t most likely means: the
 * sentence's speaker, else its first-named person, else the last speaker. */
int dg_pronoun_person(const dg_ctx *c, size_t s, size_t t);

/* discourse.c: the region (gazetteer `regions`) named by the capitalised
 * words [t0, t1) ("Latin American"), or -1 */
int dg_region_of(const dg_ctx *c, size_t t0, size_t t1);

/* frames.c */
int dg_find_meetings(dg_ctx *c);
/* modes.c: a meeting told in words of no mode is the article's call of
 * the same parties, date and status */
int dg_settle_modes(dg_ctx *c);

#endif
