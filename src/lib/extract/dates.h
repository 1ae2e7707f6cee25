/* Date expressions in folded English text, normalised against a document's
 * reference date ("last december", "on wednesday", "june 2, 2020"). */
#ifndef DG_EXTRACT_DATES_H
#define DG_EXTRACT_DATES_H
#include <stddef.h>

typedef enum { DG_PREC_NONE = 0, DG_PREC_YEAR = 1, DG_PREC_MONTH = 2, DG_PREC_DAY = 3 } dg_precision;

/* A calendar date at a precision. year == 0 means the year is unknown (a
 * yearless "March 14th" in a document whose year is unknown); month/day
 * are 0 beyond the precision. */
typedef struct { int year, month, day; dg_precision prec; } dg_ymd;

typedef enum {
  DG_DATE_ABSOLUTE = 0,   /* "June 3, 2019", "3 June 2019", "2019-06-03", "in 2017", "October 2018" */
  DG_DATE_YEARLESS,       /* "March 14th", "on 15 March", "in January": year taken from the reference */
  DG_DATE_RELATIVE,       /* "last month", "last December", "August of last year", "earlier this month", "yesterday" */
  DG_DATE_WEEKDAY         /* "on Wednesday", "last Tuesday", "next Friday" */
} dg_date_how;

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

/* A dateline at the start of a line: "Updated: March 4, 2019, 9:05 AM",
 * "Published: 3 June 2019", "Posted on June 3, 2019", "Last updated 2019-06-03", "June 3, 2019 at 10:15" alone on a line, "Date: ...".
 * Returns 1 and sets *out (day precision) and *pos (byte offset of the date) when found (the last such line wins if several), else 0. */
int dg_dates_dateline(const char *text, size_t len, dg_ymd *out, size_t *pos);

/* The latest explicit date the text names (absolute full dates first; if the text names no year at all, the latest yearless month+day with year 0). Returns 1 and sets *out, else 0. Bounds ("since 2011") are ignored. Used to infer a reference date when none is known. */
int dg_dates_latest(const char *text, size_t len, dg_ymd *out);

/* Strict "YYYY-MM-DD" (a real calendar date, 1000..9999); returns 0 or DG_EARG. */
int dg_ymd_parse_iso(dg_ymd *out, const char *s);
/* "YYYY-MM-DD", "YYYY-MM", "YYYY" per precision; "" for NONE or unknown year. Returns the length. */
int dg_ymd_format(const dg_ymd *d, char *buf, size_t n);
/* Compare two dates at the coarser of their precisions: <0, 0, >0. Unknown years compare equal on year. */
int dg_ymd_compare(const dg_ymd *a, const dg_ymd *b);
/* 1 when a and b can denote the same day (equal at the coarser precision; year 0 matches any year). */
int dg_ymd_compatible(const dg_ymd *a, const dg_ymd *b);
/* 0 = Monday .. 6 = Sunday, for a valid Gregorian date. */
int dg_weekday_of(int y, int m, int d);
/* Add days to a day-precision date. */
dg_ymd dg_ymd_add_days(dg_ymd d, int days);
#endif
