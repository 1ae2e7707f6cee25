/* The data that flows from extract to merge to export: plain records, each
 * extracted fact carrying its evidence. Strings are owned by the record. */
#ifndef DG_MODEL_MODEL_H
#define DG_MODEL_MODEL_H
#include "diplograph.h"
#include "util/calendar.h"
#include "util/strv.h"
#include "util/vocab.h"
#include <stddef.h>

#define DG_MAX_MEETING_COUNTRIES 16
#define DG_MAX_MEETING_PERSONS 32

/* Evidence strings are shared: each is counted (dg_evstr_*), so a copy of
 * a list (dg_evlist_copy: merged records, clusters) holds the same strings,
 * and an ingested document names its id and each of its sentences once.
 * Only model.c allocates and frees them; they may move between lists. */
typedef struct {
  char *doc;       /* document id (counted) */
  size_t start, end; /* byte span in the original article */
  char *sentence;  /* the sentence that carries the fact (counted) */
} dg_evidence;

typedef struct {
  dg_evidence *v;
  size_t n, cap;
} dg_evlist;

typedef struct {
  char iso3[4];
  int actor;   /* takes part in a meeting or is represented by a person */
  dg_evlist ev;
} dg_xcountry;

typedef struct {
  char *id;        /* "person:..." once the graph is built */
  char *name;      /* the fullest form seen */
  dg_strv aliases; /* other forms seen */
  char iso3[4];    /* "" when unknown */
  char *role;      /* canonical role, or NULL */
  int level;       /* DG_LEVEL_* of the role, or DG_LEVEL_NONE */
  int nonstate;    /* quoted as an analyst or journalist */
  dg_evlist ev;
  char *corrected; /* the notes of the corrections applied to it, or NULL */
} dg_xperson;

typedef struct {
  char *id, *label; /* once the graph is built */
  int call;        /* mode: call rather than in person */
  dg_ymd date;
  dg_date_how date_how; /* how the date was read; DG_DATE_NONE without one */
  int date_weak;   /* a weekday-only or year-less date */
  char *place;
  char countries[DG_MAX_MEETING_COUNTRIES][4];
  size_t ncountries;
  int persons[DG_MAX_MEETING_PERSONS]; /* indices into the persons array */
  size_t npersons;
  unsigned levels; /* bit per DG_LEVEL_* */
  int format_said; /* a format word's number ("trilateral" = 3), or 0 */
  int sideline;    /* held on the sidelines of a larger meeting */
  int postponed;   /* put off with no new date ("the talks were postponed") */
  int earlier;     /* told as history of another in its article ("the first talks since ...") */
  int mode_unsaid; /* its words ("discussed") do not say in person or by phone: extraction only */
  int status;
  char *conflicts; /* disagreements found when merging, or NULL */
  dg_evlist ev;
  char *corrected; /* the notes of the corrections applied to it, or NULL */
} dg_xmeeting;

typedef struct {
  char *id, *path, *published, *source;
  char *url;               /* where the article came from, or NULL */
  char reference_date[11]; /* "YYYY-MM-DD" or "" */
  dg_reference_how reference_how; /* where reference_date came from */
} dg_xdocument;

/* One article's result (dg_extraction) and the merged graph share a shape. */
typedef struct {
  dg_xdocument *docs; size_t ndocs, capdocs;
  dg_xcountry *countries; size_t ncountries, capcountries;
  dg_xperson *persons; size_t npersons, cappersons;
  dg_xmeeting *meetings; size_t nmeetings, capmeetings;
  /* Set on a built graph by the stages after merge (correct/, focus/). */
  dg_strv corrections; /* each correction applied: "ACTION: note" */
  char *focus;         /* what the graph was narrowed to ("from 2021-03-01; countries PER, CHL"), or NULL */
} dg_records;

struct dg_extraction {
  dg_records r;
  int not_english; /* the text does not read as English (dg_extraction_info) */
};

int dg_evlist_add(dg_evlist *l, const char *doc, size_t start, size_t end, const char *sentence,
                  size_t sentence_len);
int dg_evlist_copy(dg_evlist *dst, const dg_evlist *src);
/* A counted string s[0..n) (one reference, NULL when out of memory); a
 * reference more; one fewer (freed at none; NULL is nothing). */
char *dg_evstr_new(const char *s, size_t n);
char *dg_evstr_ref(char *s);
void dg_evstr_unref(char *s);
/* Add evidence holding a reference to doc and sentence (both counted). */
int dg_evlist_add_shared(dg_evlist *l, char *doc, size_t start, size_t end, char *sentence);
/* Add evidence whose sentence is text[sent_start, sent_end): a sentence
 * longer than DG_EVIDENCE_SENTENCE bytes is kept as a window around the span,
 * marked with "…" where cut, so one huge "sentence" cannot be copied once per
 * mention. */
#define DG_EVIDENCE_SENTENCE 600
int dg_evlist_add_in(dg_evlist *l, const char *doc, size_t start, size_t end, const char *text,
                     size_t sent_start, size_t sent_end);
/* At most this many mentions of one country or person are kept per article. */
#define DG_EVIDENCE_PER_ARTICLE 5
/* Sort by (document, start) so that output does not depend on input order. */
void dg_evlist_sort(dg_evlist *l);
void dg_evlist_free(dg_evlist *l);
/* key.c: the stable key of a piece of evidence, "DOC:xxxxxxxx" (a hash of
 * its sentence and span length): what corrections and the report name a
 * fact by. It survives re-runs and new articles; it changes only when the
 * sentence or the span read in it changes. */
#define DG_KEY_SIZE 160
void dg_evidence_key(char *buf, size_t n, const dg_evidence *e);

/* Level of a meeting: the highest on the ladder, else deputy-foreign, else other. */
int dg_levels_main(unsigned levels);
int dg_meeting_has_country(const dg_xmeeting *m, const char *iso3);
/* The sorted codes of m's countries, "CHLPER", NUL-terminated into key
 * (3 * DG_MAX_MEETING_COUNTRIES + 1 bytes); returns its length. */
size_t dg_meeting_set_key(const dg_xmeeting *m, char *key);
int dg_meeting_add_country(dg_xmeeting *m, const char *iso3);

int dg_records_add_country(dg_records *r, const char *iso3, dg_xcountry **out);
void dg_xperson_clear(dg_xperson *p);
void dg_xmeeting_clear(dg_xmeeting *m);
void dg_records_free(dg_records *r);

#endif
