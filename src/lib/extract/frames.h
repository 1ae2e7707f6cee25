/* A meeting frame: the clause around one or more trigger words, and what it
 * says about the meeting. Internal to extract/. */
#ifndef DG_EXTRACT_FRAMES_H
#define DG_EXTRACT_FRAMES_H
#include "extract/context.h"

typedef struct {
  size_t s;          /* sentence */
  size_t w0, w1;     /* window tokens */
  dg_xmeeting m;     /* the meeting being built */
  int place_country; /* the place's country, or -1 */
  int n_said;        /* "five nations", "trilateral": how many, or 0 */
  int past_verb;     /* a past-tense trigger verb ("met") */
  size_t first_trigger;
  int places_only;     /* reading a stretch where only the place counts */
  int context_only;    /* after "on the sidelines of" / "to discuss": no more parties */
  size_t excluded_end; /* token after the last country that did not take part, or 0 */
  int oom;             /* an allocation failed while reading the frame */
  size_t body;         /* first token after a dateline ("LIMA, Nov. 3 (Andina) --") */
} dg_frame;

/* participants.c */
int dg_frame_participants(dg_ctx *c, dg_frame *f);
int dg_frame_add_person(dg_ctx *c, dg_frame *f, int person);

/* frames.c: a clause boundary at token t; a "that"/"which" clause after the
 * frame's trigger noun that speaks of the meeting */
int dg_frame_boundary(const dg_ctx *c, size_t t);
int dg_frame_relative_after(const dg_ctx *c, const dg_frame *f);

/* frame_date.c: set f->m.date from the frame's clause or sentence; others
 * holds the token ranges [w0, w1) of the sentence's other trigger clauses */
void dg_frame_date(const dg_ctx *c, dg_frame *f, const size_t *others, size_t nothers);

#endif
