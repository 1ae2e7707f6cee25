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

/* A place dateline near the start of the text: "LIMA, Nov 16 (Andina) -",
 * "Quito, May 5 (AP)", "SEOUL, Nov. 3, 2021 --". Returns 1 and sets *out (day
 * precision, year 0 when the dateline gives none), *pos (byte offset of the
 * date) and *weekday (0 = Monday, or -1) when found, else 0. */
int dg_dates_place_dateline(const char *text, size_t len, dg_ymd *out, size_t *pos, int *weekday);

/* The year of a dateline's month m, day d that gives none: the year of the
 * latest full date the text names on or before that day of its year (else of
 * the latest full date); with a weekday (0 = Monday), the one of that year,
 * the next or the one before on which the day falls on that weekday (from the
 * latest year named when no full date is). 0 when nothing fixes it. */
int dg_dates_dateline_year(const char *text, size_t len, int m, int d, int weekday);

#endif
