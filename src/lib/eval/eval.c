/* dg_eval: score a graph against a hand-made answer key. The rules are
 * documented in src/lib/eval/README.md; the matchers live in eval_match.c
 * (countries, persons) and eval_meet.c (meetings). */
#include "eval/eval_internal.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

void dg_eval__prf(dg_prf *p)
{
  double pr = p->tp + p->fp ? (double)p->tp / (p->tp + p->fp) : 1.0;
  double re = p->tp + p->fn ? (double)p->tp / (p->tp + p->fn) : 1.0;
  p->precision = pr;
  p->recall = re;
  p->f1 = pr + re > 0 ? 2 * pr * re / (pr + re) : 0.0;
}

int dg_eval__streq(const char *a, const char *b)
{
  if (!a || !b) return a == b;
  return strcmp(a, b) == 0;
}

static char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }

int dg_eval__iso_eq(const char *a, const char *b)
{
  if (!a || !b) return a == b;
  for (; *a && *b; a++, b++)
    if (ascii_upper(*a) != ascii_upper(*b)) return 0;
  return *a == *b;
}

void dg_eval__put_str(dg_buf *b, const char *s) { dg_buf_puts(b, s ? s : "null"); }

static void header(dg_buf *b, const char *name, const dg_prf *p)
{
  dg_buf_printf(b, "%-10s P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)\n", name, p->precision,
                p->recall, p->f1, p->tp, p->fp, p->fn);
}

/* The report: each section's header, then its detail lines. */
static int assemble(char **report, const dg_eval_result *res, const dg_buf parts[3])
{
  static const char *const names[3] = {"countries:", "persons:", "meetings:"};
  const dg_prf *prf[3] = {&res->countries, &res->persons, &res->meetings};
  dg_buf b = DG_BUF_INIT;
  for (int i = 0; i < 3; i++) {
    if (parts[i].failed) b.failed = 1;
    header(&b, names[i], prf[i]);
    if (parts[i].len) dg_buf_put(&b, parts[i].ptr, parts[i].len);
  }
  dg_buf_printf(&b, "forbidden: %d\n", res->forbidden);
  *report = dg_buf_detach(&b, NULL);
  if (!*report) return DG_ENOMEM;
  return 0;
}

static int evaluate(dg_eval_result *out, char **report, const ev_gold *g, const ev_graph *p)
{
  dg_buf parts[3] = {DG_BUF_INIT, DG_BUF_INIT, DG_BUF_INIT};
  dg_eval__match_countries(out, &parts[0], g, p);
  int rc = dg_eval__match_persons(out, &parts[1], g, p);
  if (rc == 0) rc = dg_eval__match_meetings(out, &parts[2], g, p);
  if (rc == 0) {
    dg_eval__prf(&out->countries);
    dg_eval__prf(&out->persons);
    dg_eval__prf(&out->meetings);
    if (report) rc = assemble(report, out, parts);
  }
  for (int i = 0; i < 3; i++) dg_buf_free(&parts[i]);
  return rc;
}

int dg_eval(dg_eval_result *out, char **report, const char *gold_json, size_t gold_len,
            const char *graph_json, size_t graph_len)
{
  ev_gold g;
  ev_graph p;
  if (report) *report = NULL;
  if (!out) return dg_error_set(DG_EARG, "dg_eval: no result to fill");
  memset(out, 0, sizeof *out);
  memset(&g, 0, sizeof g);
  memset(&p, 0, sizeof p);
  int rc = dg_eval__gold_load(&g, gold_json, gold_len);
  if (rc == 0) rc = dg_eval__graph_load(&p, graph_json, graph_len);
  if (rc == 0) rc = evaluate(out, report, &g, &p);
  if (rc < 0) memset(out, 0, sizeof *out);
  dg_eval__gold_free(&g);
  dg_eval__graph_free(&p);
  return rc;
}
