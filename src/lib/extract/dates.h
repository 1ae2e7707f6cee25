/* Date expressions in folded English text, normalised against a document's
 * reference date ("last december", "on wednesday", "june 2, 2020"): scanned
 * by date_words.c and date_grammar.c, resolved by dates.c. The calendar
 * itself is util/calendar.h. */
#ifndef DG_EXTRACT_DATES_H
#define DG_EXTRACT_DATES_H
#include "util/calendar.h"
#include "util/vocab.h" /* dg_date_how */
#include "diplograph.h"     /* dg_gazetteer */
#include <stddef.h>

typedef struct {
  size_t start, end;   /* byte span in the scanned text */
  dg_ymd past;         /* the reading in a past-tense context */
  dg_ymd future;       /* the reading in a future-tense context (equals past when the expression is unambiguous) */
  dg_date_how how;
  int weekday;         /* 0 = Monday .. 6 = Sunday for DG_DATE_WEEKDAY, else -1 */
  int bound;           /* 1 when the date is a bound, not a point: "since 2011", "until May", "by June", "before March", "after 2015", "from 2012" */
} dg_date_mention;

/* Find every date expression in text[0..len), left to right, non-overlapping
 * (longest match wins). `ref` is the reference date (day precision, year may be 0 when unknown) or NULL when there is
 * none. Writes at most `max` mentions into out and returns how many were found in total (may exceed max; only max written). */
size_t dg_dates_scan(const char *text, size_t len, const dg_ymd *ref, dg_date_mention *out, size_t max);

/* Reference dates (reference.c). A dateline at the start of a line: "Updated: March 4, 2019, 9:05 AM",
 * "Published: 3 June 2019", "Posted on June 3, 2019", "Last updated 2019-06-03", "June 3, 2019 at 10:15" alone on a line, "Date: ...".
 * The labels and time zones are gz's word sets (dateline_labels, time_zones).
 * Returns 1 and sets *out (day precision) and *pos (byte offset of the date) when found (the last such line wins if several), else 0. */
int dg_dates_dateline(const dg_gazetteer *gz, const char *text, size_t len, dg_ymd *out, size_t *pos);

/* The latest explicit date the text names (absolute full dates first; if the text names no year at all, the latest yearless month+day with year 0). Returns 1 and sets *out, else 0. Bounds ("since 2011") are ignored. Used to infer a reference date when none is known. */
int dg_dates_latest(const char *text, size_t len, dg_ymd *out);

#endif
