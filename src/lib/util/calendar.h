/* The calendar: dates at a precision, ISO parsing and formatting, comparison,
 * weekdays and day arithmetic (proleptic Gregorian). Used from text (the
 * manifest's dates) to export (labels), so it lives with the utilities. */
#ifndef DG_UTIL_CALENDAR_H
#define DG_UTIL_CALENDAR_H
#include <stddef.h>

typedef enum { DG_PREC_NONE = 0, DG_PREC_YEAR = 1, DG_PREC_MONTH = 2, DG_PREC_DAY = 3 } dg_precision;

/* A calendar date at a precision. year == 0 means the year is unknown (a
 * yearless "March 14th" in a document whose year is unknown); month/day
 * are 0 beyond the precision. */
typedef struct { int year, month, day; dg_precision prec; } dg_ymd;

/* A date from its fields (no check). */
dg_ymd dg_ymd_make(int y, int m, int d, dg_precision p);
/* Year 0 (unknown) counts as leap, so a yearless February 29 stays valid. */
int dg_is_leap(int y);
/* 28..31, or 0 for a month outside 1..12. */
int dg_days_in_month(int y, int m);
/* 1 when d is a day of month m of year y. */
int dg_valid_day(int y, int m, int d);
/* "YYYY-MM-DD" at s (10 bytes readable), a real date in 1000..9999: 1 and the fields, else 0. */
int dg_iso_fields(const char *s, int *y, int *m, int *d);

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
/* Add days to a day-precision date (a yearless or coarser date is returned unchanged). */
dg_ymd dg_ymd_add_days(dg_ymd d, int days);
/* The days from 1970-01-01 to a valid y-m-d (negative before). */
long dg_days_from_civil(int y, int m, int d);
#endif
