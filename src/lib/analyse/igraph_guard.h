/* Calling igraph without aborts (internal to analyse/). */
#ifndef DG_ANALYSE_IGRAPH_GUARD_H
#define DG_ANALYSE_IGRAPH_GUARD_H
#include <igraph.h>

/* igraph_guard.c: igraph's default error handler aborts the program. A guard
 * installs handlers that record the message instead (the error handler also
 * frees igraph's temporaries with IGRAPH_FINALLY_FREE, as it must) and
 * restores the previous handlers at the end. igraph's handlers are global
 * (thread-local only when igraph is built with TLS) and the recorded message
 * is a static buffer: not thread-safe; guards nest. */
typedef struct {
  igraph_error_handler_t *error;
  igraph_warning_handler_t *warning;
} dg_igraph_guard;

void dg_igraph_begin(dg_igraph_guard *guard);
void dg_igraph_end(dg_igraph_guard *guard);
/* 0 when rc is IGRAPH_SUCCESS; else sets the error, "igraph: WHAT: MESSAGE"
 * with igraph's recorded message, and returns DG_EDEP (DG_ENOMEM for
 * IGRAPH_ENOMEM). */
int dg_igraph_check(igraph_error_t rc, const char *what);
/* The last warning igraph gave inside a guard, or "" (static storage), and
 * how many since the outermost guard began. */
const char *dg_igraph_last_warning(void);
int dg_igraph_warnings(void);

#endif
