/* The model's vocabularies, one table each: meeting status, level (the
 * ladder), date precision, how a date was read, where a reference date came
 * from; and the English names of months and small numbers that several
 * stages print or read. A value's name (JSON, attributes, CSS classes, the
 * gazetteer), its labels in prose and figures and its rank are all here:
 * adding a value means adding a row (and drawing it where it is drawn).
 * The level and status are read by the gazetteer (lexicon), so the tables
 * live in util, before every stage. */
#ifndef DG_UTIL_VOCAB_H
#define DG_UTIL_VOCAB_H
#include <stddef.h>

/* Meeting status; cancelled: planned, then called off ("the summit has been
 * called off"). */
enum { DG_STATUS_HELD = 0, DG_STATUS_PLANNED, DG_STATUS_PROPOSED, DG_STATUS_CANCELLED, DG_STATUS_COUNT };

/* Levels; the ladder runs intelligence < defence < foreign < leaders. */
enum {
  DG_LEVEL_NONE = -1,
  DG_LEVEL_INTELLIGENCE = 0,
  DG_LEVEL_DEFENCE,
  DG_LEVEL_FOREIGN,
  DG_LEVEL_LEADERS,
  DG_LEVEL_DEPUTY_FOREIGN,
  DG_LEVEL_OTHER,
  DG_LEVEL_COUNT
};

/* How a meeting's date was read (DG_DATE_NONE: no date). */
typedef enum {
  DG_DATE_NONE = 0,
  DG_DATE_ABSOLUTE,       /* "June 3, 2019", "3 June 2019", "2019-06-03", "in 2017", "October 2018" */
  DG_DATE_YEARLESS,       /* "March 14th", "on 15 March", "in January": year taken from the reference */
  DG_DATE_RELATIVE,       /* "last month", "last December", "August of last year", "earlier this month", "yesterday" */
  DG_DATE_WEEKDAY,        /* "on Wednesday", "last Tuesday", "next Friday" */
  DG_DATE_COMBINED,       /* merged: a year-less day and a weekday-resolved day of the same meeting */
  DG_DATE_HOW_COUNT
} dg_date_how;

/* Where a document's reference date came from (DG_REF_UNSET: not recorded). */
typedef enum {
  DG_REF_UNSET = 0,
  DG_REF_PUBLISHED, /* the manifest's publication date */
  DG_REF_OPTION,    /* --date */
  DG_REF_DATELINE,  /* a dateline in the text */
  DG_REF_LATEST,    /* the latest date the text names */
  DG_REF_NONE,      /* none found */
  DG_REF_HOW_COUNT
} dg_reference_how;

/* One value of a vocabulary. Fields a vocabulary does not use are NULL/0. */
typedef struct {
  const char *name;   /* the value as written: JSON, view attributes, CSS classes, the gazetteer */
  const char *label;  /* in prose ("held", "from a weekday", "its publication date") */
  const char *plural; /* in prose, plural ("defence ministers") */
  const char *brief;  /* short label in figures ("Deputy FM") */
  const char *style;  /* line style in figures (status) */
  int rank;           /* order: for levels, the higher wins as a meeting's level */
  const char *colour; /* line colour in figures (status), or NULL for the default */
} dg_term;

typedef struct {
  const char *what; /* "status", "level", ... (for messages) */
  const dg_term *t;
  int n;
} dg_vocab;

extern const dg_vocab dg_status_vocab, dg_level_vocab, dg_precision_vocab, dg_date_how_vocab,
  dg_reference_how_vocab;

/* The value's row, or NULL when v is out of range. */
const dg_term *dg_vocab_term(const dg_vocab *voc, int v);
/* The value named s, or -1 (NULL or unknown s). */
int dg_vocab_parse(const dg_vocab *voc, const char *s);

const char *dg_status_name(int status);   /* NULL when out of range */
int dg_status_parse(const char *s);       /* -1 when unknown */
const char *dg_level_name(int level);     /* NULL when out of range */
int dg_level_parse(const char *s);        /* DG_LEVEL_NONE when unknown */
const char *dg_precision_name(int prec);  /* "year", "month", "day"; NULL for none */
const char *dg_date_how_name(int how);    /* "" for DG_DATE_NONE */
const char *dg_reference_how_name(int how); /* "" for DG_REF_UNSET */

/* Months: 1..12 -> "January" / "Jan" (NULL outside); a folded word ("march",
 * "mar", "sept") -> 1..12 with *abbr set, or 0. */
const char *dg_month_name(int m);
const char *dg_month_abbr(int m);
int dg_month_parse(const char *w, size_t n, int *abbr);

/* Number words: 1..12 -> "one".."twelve" (NULL outside); a folded word -> 1..12 or 0. */
#define DG_NUMBER_WORDS 12
const char *dg_number_word(int v);
int dg_number_parse(const char *w, size_t n);
#endif
