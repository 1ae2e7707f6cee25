/* igraph without aborts: handlers that record igraph's errors and warnings
 * instead of printing them or ending the program, and the conversion of an
 * igraph error code into a dg_error_code. Not thread-safe (see analyse.h). */
#include "analyse/analyse.h"
#include "analyse/igraph_guard.h"
#include "util/error.h"
#include <stdio.h>
#include <string.h>

static char last_error[384];
static char last_warning[384];
static int nwarnings;
static int depth;

static void record(char *dst, size_t n, const char *reason)
{
  snprintf(dst, n, "%s", reason ? reason : "");
  /* one line */
  for (char *p = dst; *p; p++)
    if (*p == '\n' || *p == '\r') *p = ' ';
}

/* Record the message first: IGRAPH_FINALLY_FREE may free `reason`. */
static void on_error(const char *reason, const char *file, int line, igraph_error_t err)
{
  (void)file;
  (void)line;
  if (reason && reason[0]) record(last_error, sizeof last_error, reason);
  else record(last_error, sizeof last_error, igraph_strerror(err));
  IGRAPH_FINALLY_FREE();
}

static void on_warning(const char *reason, const char *file, int line)
{
  (void)file;
  (void)line;
  record(last_warning, sizeof last_warning, reason);
  nwarnings++;
}

void dg_igraph_begin(dg_igraph_guard *guard)
{
  if (depth++ == 0) {
    last_error[0] = '\0';
    last_warning[0] = '\0';
    nwarnings = 0;
  }
  guard->error = igraph_set_error_handler(on_error);
  guard->warning = igraph_set_warning_handler(on_warning);
}

void dg_igraph_end(dg_igraph_guard *guard)
{
  igraph_set_error_handler(guard->error);
  igraph_set_warning_handler(guard->warning);
  if (depth > 0) depth--;
}

int dg_igraph_check(igraph_error_t rc, const char *what)
{
  if (rc == IGRAPH_SUCCESS) return 0;
  const char *msg = last_error[0] ? last_error : igraph_strerror(rc);
  int code = rc == IGRAPH_ENOMEM ? DG_ENOMEM : DG_EDEP;
  int ret = dg_error_set(code, "igraph: %s: %s", what, msg);
  last_error[0] = '\0';
  return ret;
}

const char *dg_igraph_last_warning(void) { return last_warning; }
int dg_igraph_warnings(void) { return nwarnings; }
