/* The escalation diagram's plan (timeline.c) and drawing (timeline_draw.c). */
#ifndef DG_EXPORT_TIMELINE_H
#define DG_EXPORT_TIMELINE_H
#include "export/cgraph_util.h"

/* Geometry, in points (1 pt = 1/72 in; an SVG 600 pt wide shows as 800 px). */
#define DG_TL_WIDTH 600.0
#define DG_TL_LANE_LABEL 78.0
#define DG_TL_GAP 10.0
#define DG_TL_MIN_COL 52.0
#define DG_TL_TITLE 24.0
#define DG_TL_BAND_LABEL 22.0
#define DG_TL_HEAD 42.0
#define DG_TL_LANE 34.0
#define DG_TL_LEGEND 34.0
#define DG_TL_MAX_PHASES 16

typedef struct {
  size_t first, last; /* columns */
  size_t size;        /* countries */
} dg_tl_phase;

typedef struct {
  const dg_graph *g;
  const dg_records *r;
  const char *prefix;
  int *cols;          /* meeting indices in column order */
  size_t ncols, ndated;
  const char **lanes; /* iso3 per lane */
  size_t nlanes;
  dg_tl_phase phases[DG_TL_MAX_PHASES];
  size_t nphases;
  double col_w, width, height, top_lanes;
  Agraph_t *cg;
  unsigned serial;    /* for node names */
} dg_tl;

double dg_tl_col_x(const dg_tl *t, size_t k);
double dg_tl_y(const dg_tl *t, double from_top);
double dg_tl_lane_y(const dg_tl *t, size_t lane);
int dg_tl_draw(dg_tl *t);

#endif
