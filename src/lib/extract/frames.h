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

#endif
