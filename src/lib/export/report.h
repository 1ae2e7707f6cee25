/* The HTML report (report*.c), shared between its parts. Internal to export/.
 *
 * Everything is written through libxml2's xmlTextWriter (xml_util.h), which
 * escapes markup; every string passes dg_xml_clean first. Composite text
 * ("on 3 April 2020 Japan joined") is composed in a dg_buf and written as one
 * escaped string, never pasted into markup. Errors are sticky in r->x.rc, so
 * the writers are straight-line code checked once at the end. Not
 * thread-safe, like dg_analyse: the sorts keep comparator state in statics. */
#ifndef DG_EXPORT_REPORT_H
#define DG_EXPORT_REPORT_H
#include "analyse/analyse.h"
#include "export/xml_util.h"
#include "util/strmap.h"

typedef struct {
  dg_xml x;
  const dg_graph *g;
  const dg_records *out;  /* dg_merged_records(g) */
  const dg_analysis *a;
  const char *prefix;     /* of every id in the page, the diagram's included */
  size_t *order;          /* meeting indices: dated by date, then undated */
  /* report_index.c: lookups by id, and each person's meetings, so that no
   * table scans a whole list per row. */
  dg_strmap actor_ids, doc_ids, meeting_ids; /* id -> index (meeting: its number) */
  size_t *person_first;   /* person i's meeting numbers: person_list[person_first[i] .. person_first[i+1]) */
  size_t *person_list;
  dg_buf text;            /* composite text being built */
  int inl;                /* depth inside an element holding text: no indentation there */
  const char *labels[12]; /* the th texts of the table being written (static strings) */
  size_t nlabels, col;    /* how many; the next td's column in its row */
} dg_report;

/* ------------------------------------------------------- report_util.c */

/* Start an element, with a class attribute when cls is not NULL. A td gets
 * its column's th text as data-label (the narrow screen's layout). */
void dg_report__start(dg_report *r, const char *name, const char *cls);
/* End an element with an explicit end tag (HTML has no <td/>). */
void dg_report__end(dg_report *r);
/* End a void element (<meta>, <br>) or an SVG element. */
void dg_report__end_void(dg_report *r);
void dg_report__attr(dg_report *r, const char *name, const char *value);
void dg_report__text(dg_report *r, const char *text);
/* <name class="cls">text</name> */
void dg_report__elem(dg_report *r, const char *name, const char *cls, const char *text);
/* Write r->text (composed with dg_buf_*) as escaped text and clear it. */
void dg_report__flush(dg_report *r);
/* Constant markup of the report itself (the style sheet): never data. */
void dg_report__raw(dg_report *r, const char *constant);
/* Record a failure unless one is recorded; returns r->x.rc. `what` NULL:
 * the error is already set (a failed dg_malloc & co. sets its own). */
int dg_report__fail(dg_report *r, int code, const char *what);
/* An id attribute "<prefix>-<kind>-<n>" (n from 1), and a link to one. */
void dg_report__id(dg_report *r, const char *kind, size_t n);
void dg_report__link_start(dg_report *r, const char *kind, size_t n);

/* The gazetteer's name of a country, or its code. */
const char *dg_report__country(const dg_report *r, const char *iso3);
/* "Japan, Kenya and Peru": names of n codes (4 bytes apart), into r->text. */
void dg_report__put_names(dg_report *r, const char (*codes)[4], size_t n);
/* "14 March 2019", "August 2018", "2021" from "YYYY[-MM[-DD]]"; "" stays "". */
void dg_report__date_words(char *buf, size_t n, const char *iso);
/* The same for a date of the model; with "(year unknown)" for year 0. */
void dg_report__ymd_words(char *buf, size_t n, const dg_ymd *d);
/* The same without "(year unknown)". */
void dg_report__ymd_words_bare(char *buf, size_t n, const dg_ymd *d);
/* "on" before a day, "in" before a month or a year. */
const char *dg_report__date_prep(const char *iso);
/* "foreign ministers", "leaders", "officials" (plural, lower case). */
const char *dg_report__level_words(int level);
/* The levels of a bit set as words, ", " between them, into r->text. */
void dg_report__put_levels(dg_report *r, unsigned levels);
/* A link to meeting n of the table ("M3"); flushes r->text first. */
void dg_report__meeting_ref(dg_report *r, size_t n);
/* "two" .. "twelve", else digits (into buf). */
const char *dg_report__number(char *buf, size_t n, size_t v);
/* Meeting indices in date order (dated by (year, month, day), ties in graph
 * order; undated last); r->order. 0 or DG_ENOMEM. */
int dg_report__sort_meetings(dg_report *r);

/* ------------------------------------------------------ report_index.c */

/* Make the lookups below (after dg_report__sort_meetings). 0 or DG_ENOMEM. */
int dg_report__index(dg_report *r);
void dg_report__index_free(dg_report *r);
/* The analysis' statistics of a node id, or NULL. */
const dg_actor_stat *dg_report__actor(const dg_report *r, const char *id);
/* Index of a document id in r->out->docs, or -1. */
int dg_report__doc(const dg_report *r, const char *id);
/* The number a meeting has in the report (its place in r->order, from 1), or 0. */
size_t dg_report__meeting_number(const dg_report *r, const char *id);
/* The numbers of the meetings person i takes part in, in report order: *n of them. */
const size_t *dg_report__person_meetings(const dg_report *r, size_t i, size_t *n);
/* The analysis' countries (indices into r->a->actors) in order of first
 * appearance, dated first, then by name; idx holds r->a->nactors. */
size_t dg_report__countries_by_first(const dg_report *r, size_t *idx);
/* 1 when the meeting has a date to show in the date order. */
int dg_report__dated(const dg_xmeeting *m);

/* ---------------------------------------------------- the report's parts */

void dg_report__summary(dg_report *r);        /* report_summary.c: summary and phases */
void dg_report__diagram(dg_report *r);        /* report_svg.c */
void dg_report__meetings(dg_report *r);       /* report_meetings.c */
void dg_report__persons(dg_report *r);        /* report_tables.c */
void dg_report__countries(dg_report *r);      /* report_tables.c */
void dg_report__conflicts(dg_report *r);      /* report_tables.c */
void dg_report__sources(dg_report *r);        /* report_tables.c */

/* report_analyst.c: the Source cell of an article, a link (rel="noopener
 * noreferrer") when its url is http(s). */
void dg_report__source_cell(dg_report *r, const dg_xdocument *d);
/* The focus the graph was narrowed to, a line under the title (if any). */
void dg_report__focus_line(dg_report *r);
/* A meeting's key for corrections and its correction notes. */
void dg_report__meeting_notes(dg_report *r, const dg_xmeeting *m);
/* The Corrections section (when corrections were applied). */
void dg_report__corrections(dg_report *r);
/* Under a person's name in the persons table: the notes, when corrected. */
void dg_report__person_note(dg_report *r, const dg_xperson *p);

#endif
