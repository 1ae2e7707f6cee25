/* Unit tests for extract/dates: date expressions and their normalisation.
 * All sentences are invented. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "diplograph.h"
#include "extract/dates.h"

/* 2023-05-10 is a Wednesday. */
static const dg_ymd REF = {2023, 5, 10, DG_PREC_DAY};
static const dg_ymd REF_NEWYEAR = {2024, 1, 3, DG_PREC_DAY};
static const dg_ymd REF_LATEDEC = {2022, 12, 28, DG_PREC_DAY};

/* The built-in gazetteer (dateline labels and time zones), loaded once. */
static const dg_gazetteer *builtin(void)
{
  static dg_gazetteer *gz;
  if (!gz) assert_int_equal(dg_gazetteer_new(&gz), 0);
  return gz;
}

static dg_ymd mk(int y, int m, int d, dg_precision p)
{
  dg_ymd r;
  r.year = y;
  r.month = m;
  r.day = d;
  r.prec = p;
  return r;
}

/* Format into one of a few rotating buffers so two results can be compared. */
static const char *fmt(dg_ymd d)
{
  static char bufs[4][16];
  static int next;
  char *b = bufs[next++ & 3];
  dg_ymd_format(&d, b, 16);
  return b;
}

static size_t scan(const char *s, const dg_ymd *ref, dg_date_mention *m, size_t max)
{
  return dg_dates_scan(s, strlen(s), ref, m, max);
}

/* Require exactly one mention in s, spanning `span`; return it. */
static dg_date_mention one_(const char *s, const dg_ymd *ref, const char *span, int line)
{
  dg_date_mention m[8];
  size_t n = scan(s, ref, m, 8);
  if (n != 1 || m[0].end - m[0].start != strlen(span) ||
      memcmp(s + m[0].start, span, strlen(span)) != 0) {
    print_error("line %d: \"%s\": expected one mention [%s], got %zu (first [%.*s])\n", line, s,
                span, n, n ? (int)(m[0].end - m[0].start) : 0, n ? s + m[0].start : "");
    fail();
  }
  return m[0];
}

/* One mention with the given span, kind, and past/future readings. */
static void check_(const char *s, const dg_ymd *ref, const char *span, dg_date_how how,
                   const char *past, const char *future, int line)
{
  dg_date_mention m = one_(s, ref, span, line);
  const char *p = fmt(m.past), *f = fmt(m.future);
  if (m.how != how || strcmp(p, past) != 0 || strcmp(f, future) != 0) {
    print_error("line %d: \"%s\": expected how %d past %s future %s, "
                "got how %d past %s future %s\n",
                line, s, (int)how, past, future, (int)m.how, p, f);
    fail();
  }
}

static void none_(const char *s, const dg_ymd *ref, int line)
{
  dg_date_mention m[4];
  size_t n = scan(s, ref, m, 4);
  if (n != 0) {
    print_error("line %d: \"%s\": expected no date, got [%.*s]\n", line, s,
                (int)(m[0].end - m[0].start), s + m[0].start);
    fail();
  }
}

#define ONE(s, ref, span) one_(s, ref, span, __LINE__)
#define CHECK(s, ref, span, how, past, future) check_(s, ref, span, how, past, future, __LINE__)
#define NONE(s) none_(s, &REF, __LINE__)

#define ABS DG_DATE_ABSOLUTE
#define YRL DG_DATE_YEARLESS
#define REL DG_DATE_RELATIVE
#define WDY DG_DATE_WEEKDAY

/* ------------------------------------------------------------ absolute */

static void test_absolute_full_dates(void **state)
{
  (void)state;
  CHECK("the foreign ministers of chile and peru met on may 10, 2023 in lima.", &REF,
        "may 10, 2023", ABS, "2023-05-10", "2023-05-10");
  CHECK("envoys from ghana and togo signed the accord on 14 june 2021.", &REF, "14 june 2021", ABS,
        "2021-06-14", "2021-06-14");
  CHECK("the statement was dated 2022-11-03 and released later.", &REF, "2022-11-03", ABS,
        "2022-11-03", "2022-11-03");
  CHECK("a summit in oslo on december 28 2022 drew nine delegations.", &REF, "december 28 2022",
        ABS, "2022-12-28", "2022-12-28");
  CHECK("the talks on 28 dec 2022 ended early.", &REF, "28 dec 2022", ABS, "2022-12-28",
        "2022-12-28");
  CHECK("on dec. 2, 2019, the envoys met in quito.", &REF, "dec. 2, 2019", ABS, "2019-12-02",
        "2019-12-02");
  CHECK("they spoke on wednesday, december 28, 2022 by phone.", &REF,
        "wednesday, december 28, 2022", ABS, "2022-12-28", "2022-12-28");
  CHECK("it was signed on the 4th of july 2018 in hanoi.", &REF, "the 4th of july 2018", ABS,
        "2018-07-04", "2018-07-04");
  CHECK("the deadline of sept. 12, 2021 passed quietly.", &REF, "sept. 12, 2021", ABS,
        "2021-09-12", "2021-09-12");
  CHECK("on january 6th, 2020, the council met.", &REF, "january 6th, 2020", ABS, "2020-01-06",
        "2020-01-06");
  /* a range keeps its first day and its year */
  CHECK("the forum ran december 28-30, 2022 in doha.", &REF, "december 28-30, 2022", ABS,
        "2022-12-28", "2022-12-28");
  CHECK("a timestamp 2022-12-28t10:00 was logged.", &REF, "2022-12-28", ABS, "2022-12-28",
        "2022-12-28");
}

static void test_absolute_month_and_year(void **state)
{
  (void)state;
  CHECK("kenya and ethiopia restored flights in december 2022.", &REF, "december 2022", ABS,
        "2022-12", "2022-12");
  CHECK("the pact was first proposed in 2021 by brazil.", &REF, "2021", ABS, "2021", "2021");
  CHECK("the year 2019 saw no progress.", &REF, "the year 2019", ABS, "2019", "2019");
  CHECK("relations thawed in late 2021 after a prisoner swap.", &REF, "late 2021", ABS, "2021",
        "2021");
  CHECK("by mid-2020 the embassy had reopened.", &REF, "mid-2020", ABS, "2020", "2020");
  CHECK("they first met in may of 2022.", &REF, "may of 2022", ABS, "2022-05", "2022-05");
  CHECK("a visit in oct. 2021 was cancelled.", &REF, "oct. 2021", ABS, "2021-10", "2021-10");
  CHECK("talks resumed in mid-january 2023 in cairo.", &REF, "mid-january 2023", ABS, "2023-01",
        "2023-01");
  CHECK("the end of 2018 brought new sanctions.", &REF, "the end of 2018", ABS, "2018", "2018");
  CHECK("during the spring of 2016, envoys met twice.", &REF, "2016", ABS, "2016", "2016");
}

/* ------------------------------------------------------------ yearless */

static void test_yearless_days(void **state)
{
  (void)state;
  CHECK("on december 28th the defence chiefs of fiji and samoa met.", &REF, "december 28th", YRL,
        "2022-12-28", "2023-12-28");
  CHECK("the envoys met on 15 march in rabat.", &REF, "15 march", YRL, "2023-03-15",
        "2024-03-15");
  CHECK("a call on dec. 28 followed.", &REF, "dec. 28", YRL, "2022-12-28", "2023-12-28");
  CHECK("they will meet on the 3rd of june.", &REF, "the 3rd of june", YRL, "2022-06-03",
        "2023-06-03");
  /* the reference day itself counts in both readings */
  CHECK("ministers gathered on may 10 in sofia.", &REF, "may 10", YRL, "2023-05-10", "2023-05-10");
  CHECK("the vote is due on may 11.", &REF, "may 11", YRL, "2022-05-11", "2023-05-11");
  CHECK("they met on may 9.", &REF, "may 9", YRL, "2023-05-09", "2024-05-09");
}

static void test_yearless_rollover(void **state)
{
  (void)state;
  CHECK("the two presidents spoke on december 30.", &REF_NEWYEAR, "december 30", YRL,
        "2023-12-30", "2024-12-30");
  CHECK("a visit to hanoi is planned for january 5.", &REF_NEWYEAR, "january 5", YRL,
        "2023-01-05", "2024-01-05");
  CHECK("nepal and bhutan agreed to meet in january.", &REF_NEWYEAR, "january", YRL, "2024-01",
        "2024-01");
  CHECK("the visit took place in december.", &REF_NEWYEAR, "december", YRL, "2023-12", "2024-12");
  /* written in late december: "january" is the coming one when future */
  CHECK("the talks could take place in the second half of january.", &REF_LATEDEC,
        "the second half of january", YRL, "2022-01", "2023-01");
}

static void test_leap_years(void **state)
{
  const dg_ymd ref2024 = {2024, 3, 1, DG_PREC_DAY};
  const dg_ymd ref2023 = {2023, 3, 1, DG_PREC_DAY};
  (void)state;
  CHECK("the treaty was signed on february 29.", &ref2024, "february 29", YRL, "2024-02-29",
        "2028-02-29");
  CHECK("the treaty was signed on february 29.", &ref2023, "february 29", YRL, "2020-02-29",
        "2024-02-29");
  CHECK("the ministers met yesterday.", &ref2024, "yesterday", REL, "2024-02-29", "2024-02-29");
  CHECK("signed on 29 february 2024 in lome.", &REF, "29 february 2024", ABS, "2024-02-29",
        "2024-02-29");
  /* February 29 of a common year is not a date */
  NONE("a file named 2023-02-29 was found.");
}

static void test_bare_months(void **state)
{
  (void)state;
  CHECK("the accord was drafted in january.", &REF, "january", YRL, "2023-01", "2024-01");
  CHECK("elections are due in may.", &REF, "may", YRL, "2023-05", "2023-05");
  CHECK("the protests started in august.", &REF, "august", YRL, "2022-08", "2023-08");
  CHECK("peace talks began in early january.", &REF, "early january", YRL, "2023-01", "2024-01");
  CHECK("a summit in late june was cancelled.", &REF, "late june", YRL, "2022-06", "2023-06");
  CHECK("by the end of january the plan was dead.", &REF, "the end of january", YRL, "2023-01",
        "2024-01");
  CHECK("at the beginning of july the envoy left.", &REF, "the beginning of july", YRL, "2022-07",
        "2023-07");
  CHECK("the first half of february was quiet.", &REF, "the first half of february", YRL,
        "2023-02", "2024-02");
}

/* ------------------------------------------------------------ relative */

static void test_relative_months_years(void **state)
{
  (void)state;
  CHECK("peru recalled its ambassador last month.", &REF, "last month", REL, "2023-04", "2023-04");
  CHECK("this month the talks resumed.", &REF, "this month", REL, "2023-05", "2023-05");
  CHECK("earlier this month the ministers met.", &REF, "earlier this month", REL, "2023-05",
        "2023-05");
  CHECK("a vote is expected later this month.", &REF, "later this month", REL, "2023-05",
        "2023-05");
  CHECK("they will meet next month in accra.", &REF, "next month", REL, "2023-06", "2023-06");
  CHECK("the border reopened last year.", &REF, "last year", REL, "2022", "2022");
  CHECK("elections are due this year.", &REF, "this year", REL, "2023", "2023");
  CHECK("a state visit is planned next year.", &REF, "next year", REL, "2024", "2024");
  CHECK("earlier this year the envoys met.", &REF, "earlier this year", REL, "2023", "2023");
  CHECK("the defence chiefs met last december.", &REF, "last december", REL, "2022-12",
        "2022-12");
  CHECK("the summit was held last may.", &REF, "last may", REL, "2022-05", "2022-05");
  CHECK("the treaty takes effect next january.", &REF, "next january", REL, "2024-01", "2024-01");
  CHECK("they met in belgrade in august of last year.", &REF, "august of last year", REL,
        "2022-08", "2022-08");
  CHECK("they met in riga august last year.", &REF, "august last year", REL, "2022-08", "2022-08");
  CHECK("talks are set for january next year.", &REF, "january next year", REL, "2024-01",
        "2024-01");
  CHECK("the deal collapsed late last year.", &REF, "late last year", REL, "2022", "2022");
  CHECK("ratification by the end of next year.", &REF, "the end of next year", REL, "2024",
        "2024");
}

static void test_relative_rollover(void **state)
{
  const dg_ymd dec = {2023, 12, 20, DG_PREC_DAY};
  (void)state;
  CHECK("the envoy resigned last december.", &REF_NEWYEAR, "last december", REL, "2023-12",
        "2023-12");
  CHECK("tensions rose last month.", &REF_NEWYEAR, "last month", REL, "2023-12", "2023-12");
  CHECK("a follow-up is planned next month.", &dec, "next month", REL, "2024-01", "2024-01");
  CHECK("they met last january.", &REF_NEWYEAR, "last january", REL, "2023-01", "2023-01");
  CHECK("talks resume next january.", &REF_NEWYEAR, "next january", REL, "2025-01", "2025-01");
}

static void test_day_offsets(void **state)
{
  (void)state;
  CHECK("the ministers met yesterday in tunis.", &REF, "yesterday", REL, "2023-05-09",
        "2023-05-09");
  CHECK("the leaders speak today.", &REF, "today", REL, "2023-05-10", "2023-05-10");
  CHECK("a vote is set for tomorrow.", &REF, "tomorrow", REL, "2023-05-11", "2023-05-11");
  CHECK("the envoy arrived a week ago.", &REF, "a week ago", REL, "2023-05-03", "2023-05-03");
  CHECK("they spoke two days ago.", &REF, "two days ago", REL, "2023-05-08", "2023-05-08");
  CHECK("the talks ended 3 days ago.", &REF, "3 days ago", REL, "2023-05-07", "2023-05-07");
  CHECK("the office opened two months ago.", &REF, "two months ago", REL, "2023-03", "2023-03");
  CHECK("the war began 11 years ago.", &REF, "11 years ago", REL, "2012", "2012");
  CHECK("the border closed yesterday.", &REF_NEWYEAR, "yesterday", REL, "2024-01-02",
        "2024-01-02");
  CHECK("ten days ago the talks began.", &REF_NEWYEAR, "ten days ago", REL, "2023-12-24",
        "2023-12-24");
}

static void test_weeks_are_skipped(void **state)
{
  (void)state;
  NONE("the envoys met last week in nairobi.");
  NONE("a decision is expected this week.");
  NONE("the talks resume next week.");
  NONE("earlier this week the ministers spoke.");
  NONE("they met a few days ago.");
}

/* ------------------------------------------------------------ weekdays */

static void test_weekdays(void **state)
{
  dg_date_mention m;
  (void)state;
  assert_int_equal(dg_weekday_of(2023, 5, 10), 2);
  CHECK("the ministers met on wednesday in ankara.", &REF, "wednesday", WDY, "2023-05-10",
        "2023-05-10");
  CHECK("the ministers met on tuesday in ankara.", &REF, "tuesday", WDY, "2023-05-09",
        "2023-05-16");
  CHECK("the ministers will meet on friday.", &REF, "friday", WDY, "2023-05-05", "2023-05-12");
  CHECK("thursday's call went well.", &REF, "thursday", WDY, "2023-05-04", "2023-05-11");
  CHECK("the envoy left last wednesday.", &REF, "last wednesday", WDY, "2023-05-03",
        "2023-05-03");
  CHECK("the envoy left last tuesday.", &REF, "last tuesday", WDY, "2023-05-09", "2023-05-09");
  CHECK("the envoy arrives next wednesday.", &REF, "next wednesday", WDY, "2023-05-17",
        "2023-05-17");
  CHECK("the envoy arrives next friday.", &REF, "next friday", WDY, "2023-05-12", "2023-05-12");
  CHECK("a meeting this sunday.", &REF, "this sunday", WDY, "2023-05-07", "2023-05-14");
  /* across a year boundary: 2024-01-03 is a Wednesday */
  CHECK("they talked on saturday.", &REF_NEWYEAR, "saturday", WDY, "2023-12-30", "2024-01-06");
  m = ONE("the ministers met on monday.", &REF, "monday");
  assert_int_equal(m.weekday, 0);
  assert_int_equal(m.past.prec, DG_PREC_DAY);
  m = ONE("the ministers met on sunday.", &REF, "sunday");
  assert_int_equal(m.weekday, 6);
  m = ONE("the ministers met on may 3.", &REF, "may 3");
  assert_int_equal(m.weekday, -1);
}

/* ------------------------------------------------------------ weekday of a week */

/* 2024-05-10 is a Friday; its week runs from Monday 2024-05-06 to Sunday 2024-05-12. */
static const dg_ymd REF_FRI = {2024, 5, 10, DG_PREC_DAY};

static void test_weekday_of_week(void **state)
{
  dg_date_mention m;
  const dg_ymd mon = {2024, 5, 6, DG_PREC_DAY};
  (void)state;
  assert_int_equal(dg_weekday_of(2024, 5, 10), 4);
  CHECK("the envoys of chad and niger met on wednesday last week in niamey.", &REF_FRI,
        "wednesday last week", REL, "2024-05-01", "2024-05-01");
  CHECK("last week on wednesday the two foreign ministers spoke by phone.", &REF_FRI,
        "last week on wednesday", REL, "2024-05-01", "2024-05-01");
  CHECK("a draft text was circulated on wednesday of last week.", &REF_FRI,
        "wednesday of last week", REL, "2024-05-01", "2024-05-01");
  CHECK("the delegations arrived on monday this week.", &REF_FRI, "monday this week", REL,
        "2024-05-06", "2024-05-06");
  CHECK("a second round is planned on friday next week.", &REF_FRI, "friday next week", REL,
        "2024-05-17", "2024-05-17");
  CHECK("they will meet next week, on tuesday, in lome.", &REF_FRI, "next week, on tuesday", REL,
        "2024-05-14", "2024-05-14");
  CHECK("the call took place on wednesday of this week.", &REF_FRI, "wednesday of this week",
        REL, "2024-05-08", "2024-05-08");
  CHECK("a vote follows this week on sunday.", &REF_FRI, "this week on sunday", REL,
        "2024-05-12", "2024-05-12");
  CHECK("the talks opened on sunday last week.", &REF_FRI, "sunday last week", REL, "2024-05-05",
        "2024-05-05");
  /* the reference day's own week, seen from its Monday */
  CHECK("the envoys met on sunday last week.", &mon, "sunday last week", REL, "2024-05-05",
        "2024-05-05");
  CHECK("the envoys met on monday last week.", &mon, "monday last week", REL, "2024-04-29",
        "2024-04-29");
  CHECK("the envoys meet on monday this week.", &mon, "monday this week", REL, "2024-05-06",
        "2024-05-06");
  /* across a year boundary: 2024-01-03 is a Wednesday */
  CHECK("the ministers spoke on friday last week.", &REF_NEWYEAR, "friday last week", REL,
        "2023-12-29", "2023-12-29");
  CHECK("talks resume on monday next week.", &REF_LATEDEC, "monday next week", REL, "2023-01-02",
        "2023-01-02");

  m = ONE("the envoys met on thursday last week.", &REF_FRI, "thursday last week");
  assert_int_equal(m.weekday, -1);
  assert_int_equal(m.past.prec, DG_PREC_DAY);
  assert_int_equal(m.bound, 0);
  assert_int_equal(ONE("the mission stays until friday next week.", &REF_FRI,
                       "friday next week").bound, 1);

  /* no reference: no reading */
  m = ONE("the envoys met on wednesday last week.", NULL, "wednesday last week");
  assert_int_equal(m.how, REL);
  assert_int_equal(m.past.prec, DG_PREC_NONE);
  assert_int_equal(m.future.prec, DG_PREC_NONE);

  /* a plain weekday is still a weekday */
  CHECK("the envoy left last wednesday.", &REF_FRI, "last wednesday", WDY, "2024-05-08",
        "2024-05-08");
  CHECK("the envoys met on wednesday in accra.", &REF_FRI, "wednesday", WDY, "2024-05-08",
        "2024-05-15");
  /* a week's noun, a duration or a plural is no calendar week */
  CHECK("on tuesday last week's draft was rejected.", &REF_FRI, "tuesday", WDY, "2024-05-07",
        "2024-05-14");
  CHECK("over the last week on monday the envoys met.", &REF_FRI, "monday", WDY, "2024-05-06",
        "2024-05-13");
  CHECK("on monday last weeks of talks ended.", &REF_FRI, "monday", WDY, "2024-05-06",
        "2024-05-13");
  NONE("the envoys met last week in the capital.");
  NONE("last week on the border the patrols met.");
  NONE("next week the talks resume.");
  NONE("a wed last week was planned.");
}

/* ------------------------------------------------------------ day of the month */

static void test_day_of_month(void **state)
{
  const dg_ymd mar24 = {2024, 3, 10, DG_PREC_DAY}, mar23 = {2023, 3, 10, DG_PREC_DAY};
  const dg_ymd jan31 = {2024, 1, 31, DG_PREC_DAY}, may_only = {2024, 5, 0, DG_PREC_MONTH};
  (void)state;
  CHECK("the ministers of peru and chile met on the 7th in lima.", &REF_FRI, "the 7th", YRL,
        "2024-05-07", "2024-06-07");
  CHECK("a ceasefire was agreed on the 21st.", &REF_FRI, "the 21st", YRL, "2024-04-21",
        "2024-05-21");
  /* the reference day itself counts in both readings */
  CHECK("the envoys meet on the 10th", &REF_FRI, "the 10th", YRL, "2024-05-10", "2024-05-10");
  CHECK("the accord was initialled on the 3rd of this month.", &REF_FRI, "the 3rd of this month",
        YRL, "2024-05-03", "2024-05-03");
  CHECK("the 3rd of this month saw a first round.", &REF_FRI, "the 3rd of this month", YRL,
        "2024-05-03", "2024-05-03");
  CHECK("the two sides met on the 7th of last month.", &REF_FRI, "the 7th of last month", YRL,
        "2024-04-07", "2024-04-07");
  CHECK("a summit is set for the 15th of next month.", &REF_FRI, "the 15th of next month", YRL,
        "2024-06-15", "2024-06-15");
  /* a day some months lack: step on to the nearest month that has it */
  CHECK("the talks ended on the 31st.", &REF_FRI, "the 31st", YRL, "2024-03-31", "2024-05-31");
  CHECK("the talks ended on the 30th.", &mar24, "the 30th", YRL,
        "2024-01-30", "2024-03-30");
  CHECK("the talks ended on the 29th.", &mar23, "the 29th", YRL,
        "2023-01-29", "2023-03-29");
  CHECK("the talks resume on the 30th.", &jan31, "the 30th", YRL,
        "2024-01-30", "2024-03-30");
  /* across a year boundary */
  CHECK("the envoys met on the 28th.", &REF_NEWYEAR, "the 28th", YRL, "2023-12-28",
        "2024-01-28");
  CHECK("the envoys met on the 5th of last month.", &REF_NEWYEAR, "the 5th of last month", YRL,
        "2023-12-05", "2023-12-05");
  CHECK("the envoys will meet on the 2nd.", &REF_LATEDEC, "the 2nd", YRL, "2022-12-02",
        "2023-01-02");
  CHECK("the envoys will meet on the 2nd of next month.", &REF_LATEDEC, "the 2nd of next month",
        YRL, "2023-01-02", "2023-01-02");
  /* a month-precision reference is enough when the month is named */
  CHECK("they met on the 3rd of last month.", &may_only,
        "the 3rd of last month", YRL, "2024-04-03", "2024-04-03");
  /* a month without that day has no reading */
  CHECK("they met on the 31st of last month.", &REF_FRI, "the 31st of last month", YRL, "", "");

  /* what may follow the ordinal */
  CHECK("on the 7th, the envoys of fiji and tonga met.", &REF_FRI, "the 7th", YRL, "2024-05-07",
        "2024-06-07");
  CHECK("the talks ran on the 7th and 8th.", &REF_FRI, "the 7th", YRL, "2024-05-07",
        "2024-06-07");
  CHECK("the vote fell on the 21st when the envoys left.", &REF_FRI, "the 21st", YRL,
        "2024-04-21", "2024-05-21");
  CHECK("on the 2nd with the envoys present, the deal was signed.", &REF_FRI, "the 2nd", YRL,
        "2024-05-02", "2024-06-02");
  CHECK("on the 4th at noon the delegates met.", &REF_FRI, "the 4th", YRL, "2024-05-04",
        "2024-06-04");
  CHECK("on the 4th they met again.", &REF_FRI, "the 4th", YRL, "2024-05-04", "2024-06-04");
  CHECK("they met on the 1st; later talks failed.", &REF_FRI, "the 1st", YRL, "2024-05-01", "2024-06-01");
  assert_int_equal(ONE("a reply is due by the 15th of next month.", &REF_FRI,
                       "the 15th of next month").bound, 1);
  /* the day-month forms are unchanged */
  CHECK("they will meet on the 3rd of june.", &REF_FRI, "the 3rd of june", YRL, "2023-06-03",
        "2024-06-03");
}

static void test_day_of_month_not_dates(void **state)
{
  dg_date_mention m;
  dg_ymd d;
  const dg_ymd may_only = {2024, 5, 0, DG_PREC_MONTH};
  const char *s;
  (void)state;
  NONE("the 7th meeting of the council was tense.");
  NONE("talks on the 7th meeting stalled.");
  NONE("diplomacy in the 21st century is hard.");
  NONE("the envoys focused on the 21st century.");
  NONE("their office is on the 7th floor.");
  NONE("the office on the 7th-floor terrace.");
  NONE("he finished 7th in the vote.");
  NONE("the 7th was a quiet day.");
  NONE("since the 3rd, the talks have stalled.");
  NONE("the 3rd of these rounds failed.");
  NONE("a 2nd round was held.");
  NONE("they met on the 32nd.");
  NONE("they met on the 7th 2024.");
  NONE("the 3rd of last months was the worst.");

  /* no reference: a day, but no reading */
  m = ONE("the envoys met on the 7th.", NULL, "the 7th");
  assert_int_equal(m.how, YRL);
  assert_int_equal(m.weekday, -1);
  assert_int_equal(m.past.prec, DG_PREC_NONE);
  assert_int_equal(m.future.prec, DG_PREC_NONE);
  m = ONE("the envoys met on the 3rd of last month.", NULL, "the 3rd of last month");
  assert_int_equal(m.past.prec, DG_PREC_NONE);
  m = ONE("the envoys met on the 7th.", &may_only, "the 7th");
  assert_int_equal(m.past.prec, DG_PREC_NONE);

  /* nothing fixes the year of a dateline's day */
  s = "the envoys met on the 7th and on the 3rd of last month.";
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 5, 7, -1), 0);
  (void)d;
}

/* ------------------------------------------------------------ no reference */

static void test_no_reference(void **state)
{
  dg_date_mention m;
  const dg_ymd noyear = {0, 5, 10, DG_PREC_DAY};
  (void)state;
  CHECK("signed on may 10, 2023 in seoul.", NULL, "may 10, 2023", ABS, "2023-05-10", "2023-05-10");
  CHECK("first proposed in 2019.", NULL, "2019", ABS, "2019", "2019");

  m = ONE("on december 28th they met.", NULL, "december 28th");
  assert_int_equal(m.how, YRL);
  assert_int_equal(m.past.year, 0);
  assert_int_equal(m.past.month, 12);
  assert_int_equal(m.past.day, 28);
  assert_int_equal(m.past.prec, DG_PREC_DAY);
  assert_int_equal(m.future.year, 0);
  assert_int_equal(m.future.day, 28);

  m = ONE("the talks began in january.", NULL, "january");
  assert_int_equal(m.how, YRL);
  assert_int_equal(m.past.year, 0);
  assert_int_equal(m.past.month, 1);
  assert_int_equal(m.past.prec, DG_PREC_MONTH);

  m = ONE("tensions rose last month.", NULL, "last month");
  assert_int_equal(m.how, REL);
  assert_int_equal(m.past.prec, DG_PREC_NONE);
  assert_int_equal(m.future.prec, DG_PREC_NONE);

  m = ONE("they met in august of last year.", NULL, "august of last year");
  assert_int_equal(m.past.prec, DG_PREC_NONE);

  m = ONE("the envoys met yesterday.", NULL, "yesterday");
  assert_int_equal(m.past.prec, DG_PREC_NONE);

  m = ONE("the envoys met on wednesday.", NULL, "wednesday");
  assert_int_equal(m.how, WDY);
  assert_int_equal(m.weekday, 2);
  assert_int_equal(m.past.prec, DG_PREC_NONE);
  assert_int_equal(m.future.prec, DG_PREC_NONE);

  /* a reference with an unknown year behaves alike */
  m = ONE("the envoys met on wednesday.", &noyear, "wednesday");
  assert_int_equal(m.past.prec, DG_PREC_NONE);
  m = ONE("on 2 march the envoys met.", &noyear, "2 march");
  assert_int_equal(m.past.year, 0);
  assert_int_equal(m.past.month, 3);
  assert_int_equal(m.past.day, 2);
  assert_int_equal(m.past.prec, DG_PREC_DAY);
}

/* ------------------------------------------------------------ ambiguity */

static void test_ambiguous_month_words(void **state)
{
  (void)state;
  NONE("the ministers may meet again in geneva.");
  NONE("talks may be held in vienna.");
  NONE("this may help both sides.");
  NONE("the last may be the hardest.");
  NONE("it may, however, take time.");
  NONE("thousands joined a march on the capital.");
  NONE("protesters march through the old town.");
  NONE("the march ended peacefully.");
  NONE("the august body voted.");
  NONE("an august institution of the republic.");
  NONE("10 may be enough to start.");
  CHECK("talks were held in may.", &REF, "may", YRL, "2023-05", "2023-05");
  CHECK("the talks set for may were scrapped.", &REF, "may", YRL, "2023-05", "2023-05");
  CHECK("a summit planned for march.", &REF, "march", YRL, "2023-03", "2024-03");
  NONE("a year for 2023 budgets.");
  CHECK("by march the envoys had left.", &REF, "march", YRL, "2023-03", "2024-03");
  CHECK("since august the border is shut.", &REF, "august", YRL, "2022-08", "2023-08");
  CHECK("the summit is planned for mid-may.", &REF, "mid-may", YRL, "2023-05", "2023-05");
  CHECK("a report is due at the end of march.", &REF, "the end of march", YRL, "2023-03",
        "2024-03");
  CHECK("the march 15 rally drew crowds.", &REF, "march 15", YRL, "2023-03-15", "2024-03-15");
  CHECK("they met in may 2021.", &REF, "may 2021", ABS, "2021-05", "2021-05");
  CHECK("an august 2023 meeting in lusaka.", &REF, "august 2023", ABS, "2023-08", "2023-08");
  CHECK("the 5 may talks in kigali.", &REF, "5 may", YRL, "2023-05-05", "2024-05-05");
}

static void test_abbreviations(void **state)
{
  (void)state;
  CHECK("the envoys met on mar 3 in bern.", &REF, "mar 3", YRL, "2023-03-03", "2024-03-03");
  CHECK("filed jan. 5, 2022.", &REF, "jan. 5, 2022", ABS, "2022-01-05", "2022-01-05");
  CHECK("posted sun, 7 may 2023.", &REF, "sun, 7 may 2023", ABS, "2023-05-07", "2023-05-07");
  CHECK("on wed., dec. 7, 2022 the talks began.", &REF, "wed., dec. 7, 2022", ABS, "2022-12-07",
        "2022-12-07");
  NONE("a dispute that could mar the talks.");
  NONE("the jan talks were tense.");
  NONE("the sun rose over the harbour.");
  NONE("the committee sat late.");
}

/* ------------------------------------------------------------ bounds */

static void test_bounds(void **state)
{
  dg_date_mention m[8];
  const char *s;
  (void)state;
  assert_int_equal(ONE("no talks have been held since 2011.", &REF, "2011").bound, 1);
  assert_int_equal(ONE("the truce holds until may.", &REF, "may").bound, 1);
  assert_int_equal(ONE("a deal is expected by june.", &REF, "june").bound, 1);
  assert_int_equal(ONE("they must leave before march.", &REF, "march").bound, 1);
  assert_int_equal(ONE("the rules changed after 2015.", &REF, "2015").bound, 1);
  assert_int_equal(ONE("sanctions apply from 2012.", &REF, "2012").bound, 1);
  assert_int_equal(ONE("the mission stays till october.", &REF, "october").bound, 1);
  assert_int_equal(ONE("the mandate runs through 2025.", &REF, "2025").bound, 1);
  assert_int_equal(ONE("ratification by the end of 2024.", &REF, "the end of 2024").bound, 1);
  assert_int_equal(ONE("they met in 2011.", &REF, "2011").bound, 0);
  assert_int_equal(ONE("they met on march 3.", &REF, "march 3").bound, 0);
  /* only the immediate preposition counts */
  assert_int_equal(ONE("since the start of the war in 2011.", &REF, "2011").bound, 0);

  s = "between 2011 and 2015 the two states had no envoys.";
  assert_int_equal(scan(s, &REF, m, 8), 2);
  assert_int_equal(m[0].bound, 1);
  assert_int_equal(m[1].bound, 1);
  assert_string_equal(fmt(m[0].past), "2011");
  assert_string_equal(fmt(m[1].past), "2015");

  s = "from 2012 to 2014 the embassy was closed; in 2016 it reopened.";
  assert_int_equal(scan(s, &REF, m, 8), 3);
  assert_int_equal(m[0].bound, 1);
  assert_int_equal(m[1].bound, 1);
  assert_string_equal(fmt(m[1].past), "2014");
  assert_int_equal(m[2].bound, 0);

  s = "between january and march the envoys met twice.";
  assert_int_equal(scan(s, &REF, m, 8), 2);
  assert_int_equal(m[1].bound, 1);
  assert_string_equal(fmt(m[1].past), "2023-03");
}

/* A list of days under one month: each day takes the month (and year) of
 * the first; a count or a range is no list. */
static void test_day_lists(void **state)
{
  dg_date_mention m[8];
  const char *s;
  (void)state;
  s = "the envoys met on october 4, 17 and 29 in accra.";
  assert_int_equal(scan(s, &REF, m, 8), 3);
  assert_string_equal(fmt(m[0].past), "2022-10-04");
  assert_string_equal(fmt(m[1].past), "2022-10-17");
  assert_string_equal(fmt(m[2].past), "2022-10-29");
  assert_int_equal(m[2].end - m[2].start, 2);
  assert_memory_equal(s + m[1].start, "17", 2);
  s = "rounds were held on 2 february 2021, 9, and 23, officials said.";
  assert_int_equal(scan(s, &REF, m, 8), 3); /* the days take the first one's year too */
  assert_string_equal(fmt(m[2].past), "2021-02-23");
  s = "talks on february 2, 9 and 23, 2021 failed.";
  assert_int_equal(scan(s, &REF, m, 8), 3); /* a year closing the list is every day's */
  assert_string_equal(fmt(m[0].past), "2021-02-02");
  assert_string_equal(fmt(m[2].past), "2021-02-23");
  s = "the ministers met on february 2 and 9.";
  assert_int_equal(scan(s, &REF, m, 8), 2);
  assert_string_equal(fmt(m[1].past), "2023-02-09");
  /* a count, falling days, a range, a month after the number */
  assert_int_equal(scan("on february 2, 14 soldiers died.", &REF, m, 8), 1);
  assert_int_equal(scan("on february 9 and 2 talks were held.", &REF, m, 8), 1);
  assert_int_equal(scan("on april 30 and 31 nothing happened.", &REF, m, 8), 1);
  s = "between february 2 and 9 the border was shut.";
  assert_int_equal(scan(s, &REF, m, 8), 1);
  assert_int_equal(m[0].bound, 1);
  /* day first: each day before the last takes its month and year */
  s = "talks on 6, 22 and 30 june 2020 and on 3 july.";
  assert_int_equal(scan(s, &REF, m, 8), 4);
  assert_string_equal(fmt(m[0].past), "2020-06-06");
  assert_string_equal(fmt(m[1].past), "2020-06-22");
  assert_string_equal(fmt(m[2].past), "2020-06-30");
  assert_int_equal(m[0].end - m[0].start, 1);
  s = "they were in lima and quito on 8 and 9 november respectively.";
  assert_int_equal(scan(s, &REF, m, 8), 2);
  assert_string_equal(fmt(m[0].past), "2022-11-08");
  assert_int_equal(scan("scores of 3 and 2 in may.", &REF, m, 8), 1);
  assert_int_equal(scan("on 30 and 31 april nothing happened.", &REF, m, 8), 1); /* april alone */
  assert_int_equal(m[0].past.prec, DG_PREC_MONTH);
  /* parts of the reference day */
  s = "they spoke this morning and will dine tonight, not this week.";
  assert_int_equal(scan(s, &REF, m, 8), 2);
  assert_string_equal(fmt(m[0].past), "2023-05-10");
  assert_string_equal(fmt(m[1].past), "2023-05-10");
  s = "the summits of march 3 and 14 june were cancelled.";
  assert_int_equal(scan(s, &REF, m, 8), 2);
  assert_string_equal(fmt(m[1].past), "2022-06-14");
}

/* ------------------------------------------------------------ negatives */

static void test_not_dates(void **state)
{
  (void)state;
  NONE("the conflict has lasted 11 years.");
  NONE("a deal is possible in 11 years.");
  NONE("the delegation stayed for 12 days.");
  NONE("the call began at 7:31 am local time.");
  NONE("aid worth 3.7 million was pledged.");
  NONE("some 1,500 troops were deployed.");
  NONE("covid-19 delayed the talks.");
  NONE("the note was dated 28/12/2022.");
  NONE("the treaty of the 1990s still applies.");
  NONE("the 2011-2015 period was tense.");
  NONE("the 2023 elections loom.");
  NONE("emissions fell to pre-2020 levels.");
  NONE("trade grew over the last year.");
  NONE("the talks stalled in the last month.");
  NONE("a total of 2000 troops took part.");
  NONE("an 11-year-old girl was rescued.");
  NONE("the g20 met.");
}

/* ------------------------------------------------------------ scanning */

static void test_scan_many_and_max(void **state)
{
  const char *s = "on may 3, 2023 the ministers of laos and cambodia met; a second round "
                  "followed last month, and a third is planned for next year.";
  dg_date_mention m[2];
  size_t n;
  (void)state;
  n = scan(s, &REF, m, 2);
  assert_int_equal(n, 3);
  assert_string_equal(fmt(m[0].past), "2023-05-03");
  assert_string_equal(fmt(m[1].past), "2023-04");
  assert_true(m[0].end <= m[1].start);
  assert_int_equal(scan(s, &REF, NULL, 0), 3);
  assert_int_equal(dg_dates_scan(NULL, 10, &REF, m, 2), 0);
  assert_int_equal(dg_dates_scan(s, 0, &REF, m, 2), 0);
}

static void test_scan_respects_len(void **state)
{
  /* not NUL-terminated and cut before the year */
  char buf[32];
  const char *s = "met on may 10, 2023 in rome";
  dg_date_mention m[2];
  size_t n, cut = 13; /* "met on may 10" */
  (void)state;
  memset(buf, 'x', sizeof buf);
  memcpy(buf, s, cut);
  n = dg_dates_scan(buf, cut, &REF, m, 2);
  assert_int_equal(n, 1);
  assert_int_equal(m[0].start, 7);
  assert_int_equal(m[0].end, 13);
  assert_int_equal(m[0].how, YRL);
  assert_string_equal(fmt(m[0].past), "2023-05-10");
}

static void test_spans_and_offsets(void **state)
{
  const char *s = "officials from oman said that\non 4 april the envoys met.";
  dg_date_mention m = ONE(s, &REF, "4 april");
  (void)state;
  assert_int_equal(m.start, 33);
  assert_int_equal(m.end, 40);
  /* a blank line separates a preposition from a year */
  NONE("he stayed in\n\n2021 was the year.");
}

/* ------------------------------------------------------------ datelines */

static void dateline_is(const char *s, const char *date, const char *at)
{
  dg_ymd d = mk(0, 0, 0, DG_PREC_NONE);
  size_t pos = 0;
  assert_int_equal(dg_dates_dateline(builtin(), s, strlen(s), &d, &pos), 1);
  assert_string_equal(fmt(d), date);
  assert_int_equal(d.prec, DG_PREC_DAY);
  assert_ptr_equal(strstr(s, at), s + pos);
}

static void test_dateline(void **state)
{
  dg_ymd d;
  size_t pos;
  const char *s;
  (void)state;
  dateline_is("envoys meet in lima\nupdated: december 29, 2022, 7:31 am\nthe talks...",
              "2022-12-29", "december 29");
  dateline_is("published: 3 may 2023\nbody text", "2023-05-03", "3 may");
  dateline_is("posted on may 3, 2023\nbody", "2023-05-03", "may 3");
  dateline_is("last updated 2023-05-03\n", "2023-05-03", "2023-05-03");
  dateline_is("headline\nmay 3, 2023 at 10:15\nbody", "2023-05-03", "may 3");
  dateline_is("date: wednesday, may 3, 2023\n", "2023-05-03", "wednesday");
  dateline_is("**updated** : 12:30 gmt, may 4, 2023\n", "2023-05-04", "may 4");
  /* the last dateline wins */
  dateline_is("published: 3 may 2023\ntext\nupdated: 4 may 2023 10:00 gmt\n", "2023-05-04",
              "4 may");

  s = "the summit was held on may 3, 2023 in paris.\n";
  assert_int_equal(dg_dates_dateline(builtin(), s, strlen(s), &d, &pos), 0);
  s = "may 3, 2023 - the ministers met in the capital\n";
  assert_int_equal(dg_dates_dateline(builtin(), s, strlen(s), &d, &pos), 0);
  s = "updated: last month\n";
  assert_int_equal(dg_dates_dateline(builtin(), s, strlen(s), &d, &pos), 0);
  s = "published: may 2023\n";
  assert_int_equal(dg_dates_dateline(builtin(), s, strlen(s), &d, &pos), 0);
  assert_int_equal(dg_dates_dateline(builtin(), "", 0, &d, &pos), 0);
}

/* ------------------------------------------------------- place datelines */

static void place_dateline_is(const char *s, int year, int month, int day, int wd, const char *at)
{
  dg_ymd d = mk(0, 0, 0, DG_PREC_NONE);
  size_t pos = 0;
  int w = -2;
  assert_int_equal(dg_dates_place_dateline(s, strlen(s), &d, &pos, &w), 1);
  assert_int_equal(d.year, year);
  assert_int_equal(d.month, month);
  assert_int_equal(d.day, day);
  assert_int_equal(d.prec, DG_PREC_DAY);
  assert_int_equal(w, wd);
  assert_ptr_equal(strstr(s, at), s + pos);
}

static void test_place_dateline(void **state)
{
  dg_ymd d;
  size_t pos;
  int w;
  const char *s;
  (void)state;
  place_dateline_is("envoys meet\n\nquito, nov 16 (andes) - the ministers met.", 0, 11, 16, -1, "nov 16");
  place_dateline_is("oslo, norway, march 4 -- talks opened.", 0, 3, 4, -1, "march 4");
  place_dateline_is("accra, tuesday, june 6 (wire) the envoys arrived.", 0, 6, 6, 1, "tuesday");
  place_dateline_is("riga, may 2, 2019 (baltic news) the ministers met.", 2019, 5, 2, -1, "may 2");
  place_dateline_is(" date 2019-05-02 riga, may 2 (wire) the ministers met.", 0, 5, 2, -1, "may 2 (");
  /* a sentence is no dateline: a keyword before the date, no comma, no tail */
  s = "on monday, may 2 the envoys met.";
  assert_int_equal(dg_dates_place_dateline(s, strlen(s), &d, &pos, &w), 0);
  s = "the envoys met in riga may 2 (local time).";
  assert_int_equal(dg_dates_place_dateline(s, strlen(s), &d, &pos, &w), 0);
  s = "riga, may 2 the envoys met.";
  assert_int_equal(dg_dates_place_dateline(s, strlen(s), &d, &pos, &w), 0);
  s = "riga, last month (wire) the envoys met.";
  assert_int_equal(dg_dates_place_dateline(s, strlen(s), &d, &pos, &w), 0);
}

static void test_dateline_year(void **state)
{
  const char *s;
  (void)state;
  /* the latest full date on or before the day in its year */
  s = "a pact of 3 march 2011; talks on 9 june 2019; a summit due on 2 december 2019.";
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 11, 16, -1), 2019);
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 4, 1, -1), 2011);
  /* else the latest full date */
  s = "the summit is due on 2 december 2019.";
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 5, 1, -1), 2019);
  /* bounds and coarse dates are no full dates */
  s = "the pact lasts until june 1, 2030; talks began in november 2021.";
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 7, 1, -1), 0);
  /* a weekday picks the year named, the next or the one before: 2021-11-16
   * was a Tuesday, 2022-11-16 a Wednesday */
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 11, 16, 1), 2021);
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 11, 16, 2), 2022);
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 11, 16, 5), 0);
  s = "the envoys met last week and yesterday.";
  assert_int_equal(dg_dates_dateline_year(s, strlen(s), 11, 16, 1), 0);
  assert_int_equal(dg_dates_dateline_year(NULL, 0, 11, 16, -1), 0);
}

/* ------------------------------------------------------------ dg_ymd */

static void test_parse_iso(void **state)
{
  dg_ymd d;
  (void)state;
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-05-10"), 0);
  assert_int_equal(d.year, 2023);
  assert_int_equal(d.month, 5);
  assert_int_equal(d.day, 10);
  assert_int_equal(d.prec, DG_PREC_DAY);
  assert_int_equal(dg_ymd_parse_iso(&d, "2024-02-29"), 0);
  assert_int_equal(d.day, 29);
  assert_int_equal(dg_ymd_parse_iso(&d, "2000-02-29"), 0);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-02-29"), DG_EARG);
  assert_int_equal(dg_error_last()->code, DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "1900-02-29"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-13-01"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-00-10"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-04-31"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-1-01"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-05-10x"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023-05-10 "), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "0999-05-10"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, "2023/05/10"), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, ""), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(&d, NULL), DG_EARG);
  assert_int_equal(dg_ymd_parse_iso(NULL, "2023-05-10"), DG_EARG);
}

static void test_format(void **state)
{
  char b[16];
  dg_ymd d;
  (void)state;
  d = mk(2023, 5, 10, DG_PREC_DAY);
  assert_int_equal(dg_ymd_format(&d, b, sizeof b), 10);
  assert_string_equal(b, "2023-05-10");
  d = mk(2023, 5, 0, DG_PREC_MONTH);
  assert_int_equal(dg_ymd_format(&d, b, sizeof b), 7);
  assert_string_equal(b, "2023-05");
  d = mk(2021, 0, 0, DG_PREC_YEAR);
  assert_int_equal(dg_ymd_format(&d, b, sizeof b), 4);
  assert_string_equal(b, "2021");
  d = mk(0, 12, 28, DG_PREC_DAY);
  assert_int_equal(dg_ymd_format(&d, b, sizeof b), 0);
  assert_string_equal(b, "");
  d = mk(2023, 5, 10, DG_PREC_NONE);
  assert_int_equal(dg_ymd_format(&d, b, sizeof b), 0);
  assert_string_equal(b, "");
  /* a short buffer truncates but reports the full length */
  d = mk(2023, 5, 10, DG_PREC_DAY);
  assert_int_equal(dg_ymd_format(&d, b, 5), 10);
  assert_string_equal(b, "2023");
  assert_int_equal(dg_ymd_format(&d, NULL, 0), 10);
}

static void test_compare_compatible(void **state)
{
  dg_ymd a = mk(2023, 5, 10, DG_PREC_DAY), b = mk(2023, 5, 11, DG_PREC_DAY);
  dg_ymd month = mk(2023, 5, 0, DG_PREC_MONTH), year = mk(2022, 0, 0, DG_PREC_YEAR);
  dg_ymd noyear = mk(0, 5, 10, DG_PREC_DAY), none = mk(0, 0, 0, DG_PREC_NONE);
  (void)state;
  assert_true(dg_ymd_compare(&a, &b) < 0);
  assert_true(dg_ymd_compare(&b, &a) > 0);
  assert_int_equal(dg_ymd_compare(&a, &a), 0);
  assert_int_equal(dg_ymd_compare(&a, &month), 0);
  assert_true(dg_ymd_compare(&year, &a) < 0);
  assert_int_equal(dg_ymd_compare(&noyear, &a), 0);
  assert_true(dg_ymd_compare(&noyear, &b) < 0);
  assert_true(dg_ymd_compatible(&a, &month));
  assert_true(dg_ymd_compatible(&noyear, &a));
  assert_false(dg_ymd_compatible(&a, &b));
  assert_false(dg_ymd_compatible(&year, &month));
  assert_true(dg_ymd_compatible(&none, &a));
}

static void test_calendar(void **state)
{
  dg_ymd d;
  (void)state;
  assert_int_equal(dg_weekday_of(1970, 1, 1), 3);
  assert_int_equal(dg_weekday_of(2000, 1, 1), 5);
  assert_int_equal(dg_weekday_of(2024, 2, 29), 3);
  assert_int_equal(dg_weekday_of(1900, 3, 1), 3);
  d = dg_ymd_add_days(mk(2023, 12, 31, DG_PREC_DAY), 1);
  assert_string_equal(fmt(d), "2024-01-01");
  d = dg_ymd_add_days(mk(2024, 3, 1, DG_PREC_DAY), -1);
  assert_string_equal(fmt(d), "2024-02-29");
  d = dg_ymd_add_days(mk(2023, 3, 1, DG_PREC_DAY), -1);
  assert_string_equal(fmt(d), "2023-02-28");
  d = dg_ymd_add_days(mk(2023, 5, 10, DG_PREC_DAY), 365);
  assert_string_equal(fmt(d), "2024-05-09");
  /* coarse or yearless dates are returned unchanged */
  d = dg_ymd_add_days(mk(2023, 5, 0, DG_PREC_MONTH), 40);
  assert_string_equal(fmt(d), "2023-05");
  d = dg_ymd_add_days(mk(0, 5, 10, DG_PREC_DAY), 1);
  assert_int_equal(d.day, 10);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_absolute_full_dates),
    cmocka_unit_test(test_absolute_month_and_year),
    cmocka_unit_test(test_yearless_days),
    cmocka_unit_test(test_yearless_rollover),
    cmocka_unit_test(test_leap_years),
    cmocka_unit_test(test_bare_months),
    cmocka_unit_test(test_relative_months_years),
    cmocka_unit_test(test_relative_rollover),
    cmocka_unit_test(test_day_offsets),
    cmocka_unit_test(test_weeks_are_skipped),
    cmocka_unit_test(test_weekdays),
    cmocka_unit_test(test_weekday_of_week),
    cmocka_unit_test(test_day_of_month),
    cmocka_unit_test(test_day_of_month_not_dates),
    cmocka_unit_test(test_no_reference),
    cmocka_unit_test(test_ambiguous_month_words),
    cmocka_unit_test(test_abbreviations),
    cmocka_unit_test(test_bounds),
    cmocka_unit_test(test_not_dates),
    cmocka_unit_test(test_scan_many_and_max),
    cmocka_unit_test(test_scan_respects_len),
    cmocka_unit_test(test_spans_and_offsets),
    cmocka_unit_test(test_dateline),
    cmocka_unit_test(test_place_dateline),
    cmocka_unit_test(test_dateline_year),
    cmocka_unit_test(test_parse_iso),
    cmocka_unit_test(test_day_lists),
    cmocka_unit_test(test_format),
    cmocka_unit_test(test_compare_compatible),
    cmocka_unit_test(test_calendar),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
