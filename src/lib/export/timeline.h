/* The escalation diagram. Internal to export/.
 *
 *   timeline.c        the entry, the plan (columns, lanes, phases), heights
 *   timeline_text.c   the words: heads, names, tooltips, framing; measured
 *                     with Graphviz's own text layout
 *   timeline_axis.c   the time scale: breaks, placement without overlap, ticks
 *   timeline_draw.c   the marks: lanes, bands, columns
 *   timeline_frame.c  headline, subtitle, time axis, legend, credit
 *
 * All lengths are in points (1/72 in), y from the top of the figure. */
#ifndef DG_EXPORT_TIMELINE_H
#define DG_EXPORT_TIMELINE_H
#include "export/cgraph_util.h"

#define DG_TL_PAD 12.0        /* outer margin */
#define DG_TL_GAP 4.0         /* between two text boxes, at least */
#define DG_TL_STEP 9.0        /* between two columns, at least */
#define DG_TL_DOT 5.4         /* dot radius */
#define DG_TL_SWATCH 13.0     /* a lane's colour swatch and the space after it */
#define DG_TL_BREAK 26.0      /* the width of a break in time */
#define DG_TL_AXIS_EXT 8.0    /* the axis beyond a segment's first and last columns */
#define DG_TL_HEAD_ROWS 3     /* rows the column heads stagger over */
#define DG_TL_BAND_ROWS 2     /* rows the phase labels stagger over */
#define DG_TL_MAX_PHASES 12   /* more phases than this: no bands */
#define DG_TL_MAX_COLUMNS 20000
#define DG_TL_MAX_RASTER 16000.0 /* PNG/PDF: the longest side in points */
#define DG_TL_LEGEND_MAX 16
#define DG_TL_KEY_BREAK 1000   /* legend: a break in time */
#define DG_TL_KEY_UNDATED 1001 /* legend: the undated strip */
#define DG_TL_LINE 1.2        /* line height, in font sizes (Graphviz's) */

/* Font sizes (points): at least 8, so the figure printed at 7/8 scale keeps
 * 7 pt text. */
#define DG_TL_FS_TITLE 14.0
#define DG_TL_FS_SUB 10.0
#define DG_TL_FS_LANE 9.5
#define DG_TL_FS_TEXT 8.0

/* A piece of text as Graphviz draws it ("\n" breaks, "\l" left-justified
 * lines), measured by Graphviz's text layout. */
typedef struct {
  char *text;
  double size;
  int bold;
  double w, h;
} dg_tl_text;

typedef struct {
  size_t lane;
  dg_tl_text t;
} dg_tl_names;

typedef struct {
  int m;              /* meeting index */
  int dated;
  long day;           /* days since 1970-01-01 of the date (of its month's or year's start when vaguer) */
  int seg;            /* time segment: breaks separate them */
  size_t lo, hi;      /* first and last lane */
  double x;
  int row;            /* head row */
  dg_tl_text head;
  dg_tl_names names[DG_MAX_MEETING_COUNTRIES];
  size_t nnames;
} dg_tl_col;

typedef struct {
  size_t first, last; /* columns */
  size_t size;        /* countries */
  dg_tl_text label;
  int row;
  double x0, x1;
} dg_tl_phase;

typedef struct {
  long day;
  int year;
  double x;
  int major;          /* a year (or the first month shown of a year) */
  int labelled;
  char label[16];
} dg_tl_tick;

typedef struct {
  const dg_graph *g;
  const dg_records *r;
  const dg_export_options *o;
  const char *prefix;
  dg_tl_col *cols;
  size_t ncols, ndated, nomitted; /* undated left out (--undated omit) */
  const char **lanes; /* iso3 per lane */
  size_t nlanes;
  double *lane_y;     /* y of each lane's line */
  double *lane_h;     /* names below it, in lines */
  dg_tl_text *lane_label;
  dg_tl_phase phases[DG_TL_MAX_PHASES];
  size_t nphases;
  int bands;          /* phases are drawn */
  dg_tl_text strip_label; /* "Not dated" */
  int strip_row;
  double strip_x0, strip_x1;
  dg_tl_text title, subtitle, credit;
  dg_tl_text tick_year, tick_month[12]; /* "0000" for the width of a year */
  dg_tl_text legend[DG_TL_LEGEND_MAX];
  int legend_kind[DG_TL_LEGEND_MAX]; /* a status, or DG_TL_KEY_* */
  size_t nlegend;
  double scale;       /* points per day */
  double plot_x0, plot_x1, width, height;
  double y_bands, y_heads, head_row_h, y_lanes, y_axis, y_legend, y_credit;
  int head_rows_used, band_rows_used;
  size_t nsegs;
  dg_tl_tick *ticks;
  size_t nticks, capticks;
  double *breaks;     /* x of each break */
  size_t nbreaks;
  unsigned used_status; /* bit per status drawn */
  Agraph_t *cg;
  unsigned serial;
} dg_tl;

/* timeline_text.c */
int dg_tl_compose(dg_tl *t);
int dg_tl_measure(dg_tl *t);
char *dg_tl_meeting_tooltip(const dg_tl *t, const dg_xmeeting *m);
char *dg_tl_person_tooltip(const dg_tl *t, const dg_xmeeting *m, const char *iso3);
const char *dg_tl_country_name(const dg_tl *t, const char *iso3);
void dg_tl_text_free(dg_tl_text *x);
/* timeline_axis.c */
int dg_tl_place(dg_tl *t);
/* timeline_draw.c */
int dg_tl_draw(dg_tl *t);
Agnode_t *dg_tl_node(dg_tl *t, const char *name, double x, double y, const char *cls);
Agnode_t *dg_tl_label(dg_tl *t, const char *name, double x, double y, const dg_tl_text *x_, const char *colour,
                      const char *cls, char align);
Agnode_t *dg_tl_anchor(dg_tl *t, double x, double y);
Agedge_t *dg_tl_line(dg_tl *t, Agnode_t *a, Agnode_t *b, const char *style, const char *colour,
                     const char *width, const char *cls);
/* A meeting's mark: filled (held) or an outline, in shape `mark` (0 circle,
 * then the shapes that tell apart the lanes of one colour: dg_tl_lane_mark). */
Agnode_t *dg_tl_dot(dg_tl *t, const char *name, double x, double y, const char *colour, const char *line,
                    int filled, int mark, const char *cls);
int dg_tl_lane_mark(const dg_tl *t, size_t lane);
const char *dg_tl_mark_name(int mark);
int dg_tl_set_tooltip(void *obj, const char *text);
/* timeline_frame.c */
int dg_tl_frame(dg_tl *t);
double dg_tl_legend_height(dg_tl *t);

#endif
