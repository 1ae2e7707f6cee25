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
  int status_unsaid; /* held only because nothing said otherwise (no verb tense, cue or modal) */
  size_t first_trigger;
  int places_only;     /* reading a stretch where only the place counts */
  int context_only;    /* after "on the sidelines of" / "to discuss": no more parties */
  size_t excluded_end; /* token after the last country that did not take part, or 0 */
  int host[4];         /* countries read as where X is ("was in A and B"), by gazetteer index */
  size_t host_tok[4], nhost;
  int oom;             /* an allocation failed while reading the frame */
  size_t body;         /* first token after a dateline ("LIMA, Nov. 3 (Andina) --") */
  size_t between;      /* where "talks between A and B" names the parties, or 0 */
  size_t own0;         /* where the stretch of that trigger begins (after another meeting's), or w0 */
  size_t cur;          /* the token being read, for ctok and ptok */
  size_t ctok[DG_MAX_MEETING_COUNTRIES]; /* where each country of m was first read */
  size_t ptok[DG_MAX_MEETING_PERSONS];   /* where each person of m was first read */
} dg_frame;

/* Countries and persons added to a frame, with the token they were read at. */
void dg_frame_add_country(dg_frame *f, const char *iso3);

/* distribute.c: "X held separate meetings with A and B" is one meeting per
 * counterpart. */
typedef struct {
  size_t country;  /* index into the frame's countries */
  size_t t0, t1;   /* the counterpart's stretch of tokens (its own date is there) */
  size_t split;    /* tokens before this are the subject's side */
  int per_host;    /* country is one of the subjects, meeting all after split */
} dg_split;
size_t dg_frame_distribute(const dg_ctx *c, const dg_frame *f, dg_split *out, size_t max);
int dg_frame_hostless(const dg_ctx *c, const dg_frame *f);
/* "A and B will each receive the <set> in his respective capital": one
 * meeting per subject country, with all the counterparts (per_host). */
size_t dg_frame_per_host(const dg_ctx *c, const dg_frame *f, dg_split *out, size_t max);
void dg_frame_levels(dg_ctx *c, dg_frame *f); /* levels.c */
/* stretch.c */
size_t dg_frame_skip_dateline(const dg_ctx *c, size_t w0, size_t w1);
size_t dg_frame_own_start(const dg_ctx *c, size_t w0, size_t parties);
int dg_frame_far_after_trigger(const dg_ctx *c, const dg_frame *f, size_t t);
int dg_frame_trigger_follows(const dg_ctx *c, size_t t);
size_t dg_frame_pair_end(const dg_ctx *c, const dg_frame *f, size_t te);
int dg_frame_names_the_meeting(const dg_ctx *c, const dg_frame *f, size_t t, size_t te);
int dg_frame_of_event_before(const dg_ctx *c, const dg_frame *f, size_t t);
size_t dg_frame_schedule_cue(const dg_ctx *c, const dg_frame *f);
int dg_frame_split_meeting(const dg_ctx *c, const dg_frame *f, const dg_split *sp, dg_xmeeting *out);
/* "X was in A and B on D1 and D2 respectively": the i-th of the last list
 * of countries before the dates (at: their first tokens) meets X's side on
 * the i-th date. Returns the splits (t0 the date's token), or 0. */
size_t dg_frame_respectively(const dg_ctx *c, const dg_frame *f, const size_t *at, size_t nd, dg_split *out,
                             size_t max);

/* discourse.c: participants given by reference ("the two leaders"). */
void dg_discourse_note(dg_ctx *c, size_t s, const dg_xmeeting *m);
int dg_discourse_sentence(dg_ctx *c, size_t s);

/* pending.c: "Ministers from many countries met in <country> on Friday. Top
 * diplomats from A, B and C joined": a frame with no party but a place or a
 * date waits (dg_pending_keep takes f->m, or clears it); a sentence just
 * after it that says who took part gives the meeting (1), else 0. */
int dg_pending_keep(dg_ctx *c, dg_frame *f);
/* frames.c: m's persons (not yet there) and levels join `to`'s */
void dg_frame_join_persons(dg_xmeeting *to, const dg_xmeeting *m);
int dg_pending_sentence(dg_ctx *c, size_t s);
void dg_discourse_resolve(dg_ctx *c, dg_frame *f);

/* series.c: several meetings in one clause ("summits in A on D1 and in B
 * on D2"), and a series named by reference ("subsequent summits"). */
int dg_frame_plural_trigger(const dg_ctx *c, const dg_frame *f);
int dg_frame_plural_before(const dg_ctx *c, const dg_frame *f, size_t d);
int dg_frame_series_ref(const dg_ctx *c, const dg_frame *f);
size_t dg_frame_date_list(const dg_ctx *c, const dg_frame *f, int32_t *out, size_t *at, size_t max);
const char *dg_frame_hosted_rounds(const dg_ctx *c, const dg_frame *f);
size_t dg_frame_place_list(const dg_ctx *c, const dg_frame *f, const char **out, size_t max);

/* participants.c; a country as a party, unless the frame is reading only
 * places or the setting */
int dg_frame_participants(dg_ctx *c, dg_frame *f);
void dg_frame_add_party(dg_frame *f, const char *iso3);

/* pronouns.c: parties named by "we", by "X told Y", and the subject a
 * participle clause leaves out */
void dg_frame_we(dg_ctx *c, dg_frame *f);
void dg_frame_told(dg_ctx *c, dg_frame *f);
void dg_frame_it(dg_ctx *c, dg_frame *f);
void dg_frame_participle_subject(dg_ctx *c, dg_frame *f);
void dg_frame_object_pronoun(dg_ctx *c, dg_frame *f);
void dg_frame_counterpart_host(dg_ctx *c, dg_frame *f);
int dg_frame_add_person(dg_ctx *c, dg_frame *f, int person);

/* frames.c: a clause boundary at token t; a "that"/"which" clause after the
 * frame's trigger noun that speaks of the meeting */
int dg_frame_boundary(const dg_ctx *c, size_t t);
int dg_frame_relative_after(const dg_ctx *c, const dg_frame *f);
/* anchor.c: a clause of anchored triggers ("discussed") with no date or
 * place of its own, a process named as an object, an office in an aside:
 * no meeting of its own (1) */
int dg_frame_unanchored(const dg_ctx *c, const dg_frame *f);
/* real.c: a trigger at t that really is one ("call for", "did not meet",
 * "called on X to ..." are not). */
int dg_frame_real_trigger(const dg_ctx *c, size_t t, size_t w0);

/* cues.c: status, call, format and number of parties from the frame's words */
void dg_frame_read_cues(dg_ctx *c, dg_frame *f);

/* frame_date.c: set f->m.date from the frame's clause or sentence; others
 * holds the token ranges [w0, w1) of the sentence's other trigger clauses */
void dg_frame_date(const dg_ctx *c, dg_frame *f, const size_t *others, size_t nothers);
/* Give the frame date mention d (its past or future reading, by status). */
void dg_frame_set_date(const dg_ctx *c, dg_frame *f, const dg_date_mention *d);

#endif
