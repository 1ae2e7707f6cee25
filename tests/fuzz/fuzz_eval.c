/* libFuzzer target: dg_eval on an answer key and a graph.
 *
 * The input is split at its first NUL byte: the bytes before are the answer
 * key (examples/gold.json format), the bytes after the graph JSON (as
 * dg_export_json writes it). Without a NUL byte the input is cut in half.
 * dg_eval is called with and without a report. Results are checked for
 * basic sanity (counts >= 0, precision/recall/F1 in [0, 1] or NaN-free);
 * on failure *report must be NULL. Public API only. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_prf(const dg_prf *p) {
  if (p->tp < 0 || p->fp < 0 || p->fn < 0) abort();
  if (!(p->precision >= 0.0 && p->precision <= 1.0)) abort();
  if (!(p->recall >= 0.0 && p->recall <= 1.0)) abort();
  if (!(p->f1 >= 0.0 && p->f1 <= 1.0)) abort();
}

static void check_acc(double a) {
  if (!(a >= 0.0 && a <= 1.0)) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *)data;
  const char *nul = memchr(text, '\0', size);
  size_t gold_len = nul ? (size_t)(nul - text) : size / 2;
  const char *graph = nul ? nul + 1 : text + gold_len;
  size_t graph_len = size - (size_t)(graph - text);
  dg_eval_result r;
  char *report = (char *)1; /* must be overwritten */

  memset(&r, 0, sizeof r);
  if (dg_eval(&r, &report, text, gold_len, graph, graph_len) == 0) {
    if (report == NULL) abort();
    check_prf(&r.countries);
    check_prf(&r.persons);
    check_prf(&r.meetings);
    if (r.matched < 0 || r.forbidden < 0) abort();
    check_acc(r.date_accuracy);
    check_acc(r.level_accuracy);
    check_acc(r.place_accuracy);
    check_acc(r.status_accuracy);
    check_acc(r.attendee_accuracy);
    dg_string_free(report);
    /* The same without a report. */
    memset(&r, 0, sizeof r);
    (void)dg_eval(&r, NULL, text, gold_len, graph, graph_len);
  } else if (report != NULL) {
    abort(); /* the header: when a call fails *report is NULL */
  }
  dg_error_clear();
  return 0;
}
