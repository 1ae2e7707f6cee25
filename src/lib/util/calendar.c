/* The calendar (see calendar.h). */
#include "util/calendar.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

/* Year 0 is "unknown": treat it as leap so a yearless February 29 stays valid. */
int dg_is_leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

int dg_days_in_month(int y, int m)
{
  static const unsigned char dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && dg_is_leap(y) ? 29 : dim[m - 1];
}

int dg_valid_day(int y, int m, int d) { return d >= 1 && d <= dg_days_in_month(y, m); }

dg_ymd dg_ymd_make(int y, int m, int d, dg_precision p)
{
  dg_ymd r;
  r.year = y;
  r.month = m;
  r.day = d;
  r.prec = p;
  return r;
}

/* Days since 1970-01-01 (H. Hinnant's algorithm, exact for any Gregorian date). */
static long days_from_civil(int y, int m, int d)
{
  long yy = (long)y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

long dg_days_from_civil(int y, int m, int d) { return days_from_civil(y, m, d); }

static void civil_from_days(long z, int *y, int *m, int *d)
{
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

int dg_weekday_of(int y, int m, int d)
{
  long z = days_from_civil(y, m, d);
  /* 1970-01-01 was a Thursday (3 with Monday = 0). */
  return (int)(((z % 7) + 7 + 3) % 7);
}

dg_ymd dg_ymd_add_days(dg_ymd d, int days)
{
  dg_ymd r = d;
  /* A yearless or coarse date has no day arithmetic: leave it alone. */
  if (d.prec != DG_PREC_DAY || d.year == 0 || !dg_valid_day(d.year, d.month, d.day)) return d;
  civil_from_days(days_from_civil(d.year, d.month, d.day) + days, &r.year, &r.month, &r.day);
  return r;
}

static int digits_at(const char *s, int n, int *v)
{
  int i, x = 0;
  for (i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return 1;
}

/* "YYYY-MM-DD" at s (10 bytes available), a real date in 1000..9999. */
int dg_iso_fields(const char *s, int *y, int *m, int *d)
{
  if (!digits_at(s, 4, y) || s[4] != '-' || !digits_at(s + 5, 2, m) || s[7] != '-' ||
      !digits_at(s + 8, 2, d))
    return 0;
  return *y >= 1000 && dg_valid_day(*y, *m, *d);
}

int dg_ymd_parse_iso(dg_ymd *out, const char *s)
{
  int y, m, d;
  if (!out || !s) return dg_error_set(DG_EARG, "date: missing argument");
  if (strlen(s) != 10 || !dg_iso_fields(s, &y, &m, &d))
    return dg_error_set(DG_EARG, "date: '%.40s' is not a valid YYYY-MM-DD date", s);
  *out = dg_ymd_make(y, m, d, DG_PREC_DAY);
  return 0;
}

int dg_ymd_format(const dg_ymd *d, char *buf, size_t n)
{
  int r;
  if (!buf) n = 0; /* snprintf(NULL, 0) just measures */
  if (!d || d->prec == DG_PREC_NONE || d->year == 0) {
    if (n) buf[0] = '\0';
    return 0;
  }
  if (d->prec == DG_PREC_YEAR)
    r = snprintf(buf, n, "%04d", d->year);
  else if (d->prec == DG_PREC_MONTH)
    r = snprintf(buf, n, "%04d-%02d", d->year, d->month);
  else
    r = snprintf(buf, n, "%04d-%02d-%02d", d->year, d->month, d->day);
  return r < 0 ? 0 : r;
}

static int cmp_int(int a, int b) { return (a > b) - (a < b); }

int dg_ymd_compare(const dg_ymd *a, const dg_ymd *b)
{
  dg_precision p;
  int r;
  if (!a || !b) return 0;
  p = a->prec < b->prec ? a->prec : b->prec;
  if (p == DG_PREC_NONE) return 0;
  if (a->year != 0 && b->year != 0 && (r = cmp_int(a->year, b->year)) != 0) return r;
  if (p >= DG_PREC_MONTH && (r = cmp_int(a->month, b->month)) != 0) return r;
  if (p >= DG_PREC_DAY) return cmp_int(a->day, b->day);
  return 0;
}

int dg_ymd_compatible(const dg_ymd *a, const dg_ymd *b) { return dg_ymd_compare(a, b) == 0; }
