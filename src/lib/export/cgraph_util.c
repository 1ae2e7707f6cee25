/* Graphviz plumbing: error capture and safe attribute setting. */
#include "export/cgraph_util.h"
#include "util/alloc.h"
#include "util/error.h"
#include <graphviz/gvc.h>
#include <stdio.h>
#include <string.h>

/* Graphviz reports through agerr(), which prints unless a handler is set. */
static char gv_message[400];

static int capture(char *msg)
{
  if (!gv_message[0]) {
    snprintf(gv_message, sizeof gv_message, "%s", msg);
    size_t n = strlen(gv_message);
    while (n && (gv_message[n - 1] == '\n' || gv_message[n - 1] == ' ')) gv_message[--n] = '\0';
  }
  return 0;
}

/* cgraph writes through an I/O discipline: ours appends to a dg_buf. */
static int buf_putstr(void *chan, const char *s) { return dg_buf_puts((dg_buf *)chan, s) < 0 ? EOF : 0; }
static int buf_flush(void *chan) { (void)chan; return 0; }
static Agiodisc_t io_disc;
static Agdisc_t disc;

Agdisc_t *dg_gv_disc(void)
{
  io_disc.afread = AgIoDisc.afread; /* not a constant: set at run time */
  io_disc.putstr = buf_putstr;
  io_disc.flush = buf_flush;
  disc.mem = &AgMemDisc;
  disc.id = &AgIdDisc;
  disc.io = &io_disc;
  return &disc;
}

void dg_gv_begin(void)
{
  gv_message[0] = '\0';
  agseterrf(capture);
  agseterr(AGERR); /* warnings are not failures */
}

int dg_gv_end(int rc)
{
  agseterrf(NULL);
  if (rc == 0 && agerrors() > 0 && gv_message[0]) rc = dg_error_set(DG_EDEP, "Graphviz: %s", gv_message);
  else if (rc > 0) rc = dg_error_set(DG_EDEP, "Graphviz: %s", gv_message[0] ? gv_message : "failed");
  agreseterrors();
  return rc;
}

static int set(void *obj, const char *name, const char *value)
{
  Agraph_t *g = agraphof(obj);
  Agsym_t *sym = agattr(g, AGTYPE(obj), (char *)name, NULL);
  /* Declare with Graphviz's own default, or agwrite() would omit a value
   * equal to ours and readers would fall back to theirs (label "\N"). */
  const char *def = strcmp(name, "label") == 0 ? "\\N" : "";
  /* Graphviz allocates with its own allocator: its failures set no error */
  if (!sym && !(sym = agattr(g, AGTYPE(obj), (char *)name, (char *)def))) return dg_error_oom();
  return agxset(obj, sym, (char *)value) == 0 ? 0 : dg_error_oom();
}

int dg_gv_set_raw(void *obj, const char *name, const char *value) { return set(obj, name, value); }

/* Graphviz reads three things in a label: backslash escapes ("\\N", "\\n",
 * "\\l"), XML entities and character references ("&amp;", "&#1;", decoded
 * before drawing, so "&#1;" would put a forbidden character into the SVG),
 * and a leading '<' only in HTML-like labels, which we never make. So a
 * backslash is doubled and '&' becomes "&amp;", which every renderer decodes
 * back to '&'. */
int dg_gv_clean_n(dg_buf *b, const char *value, size_t n)
{
  const unsigned char *p = (const unsigned char *)value, *end = p + n;
  for (; p < end && *p; p++) {
    if (*p == '\\') dg_buf_puts(b, "\\\\");
    else if (*p == '&') dg_buf_puts(b, "&amp;");
    else if (*p < 0x20 || *p == 0x7f) dg_buf_putc(b, ' ');
    else if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
      dg_buf_puts(b, "\xEF\xBF\xBD"); /* U+FFFE, U+FFFF: not XML characters */
      p += 2;
    } else dg_buf_putc(b, (char)*p);
  }
  return b->failed ? dg_error_oom() : 0;
}

int dg_gv_clean(dg_buf *b, const char *value) { return dg_gv_clean_n(b, value, strlen(value)); }

/* One context for the process: Graphviz's pango plugin keeps state across
 * contexts, and a second context freed after a first is a use after free
 * (reliability audit, issue 18). Never freed; drawing is for one thread at a
 * time (include/diplograph.h). */
static GVC_t *context;

GVC_t *dg_gv_context(void)
{
  if (!context) context = gvContext();
  return context;
}

int dg_gv_set(void *obj, const char *name, const char *value)
{
  const unsigned char *p = (const unsigned char *)value;
  while (*p >= 0x20 && *p < 0x7f && *p != '\\' && *p != '&') p++;
  if (!*p) return set(obj, name, value); /* nothing to clean: most values */
  dg_buf b = DG_BUF_INIT;
  int rc = dg_gv_clean(&b, value);
  char *clean = rc == 0 ? dg_buf_detach(&b, NULL) : NULL;
  if (!clean) { dg_buf_free(&b); return DG_ENOMEM; }
  rc = set(obj, name, clean);
  dg_free(clean);
  return rc;
}

typedef struct {
  Agrec_t h;
  double w, h2;
} label_size;

#define LABEL_SIZE "dg_label_size"

int dg_gv_set_label_size(Agnode_t *n, double w, double h)
{
  label_size *r = (label_size *)agbindrec(n, LABEL_SIZE, sizeof *r, 0);
  if (!r) return dg_error_oom();
  r->w = w, r->h2 = h;
  return 0;
}

int dg_gv_label_size(Agnode_t *n, double *w, double *h)
{
  label_size *r = (label_size *)aggetrec(n, LABEL_SIZE, 0);
  if (!r) return -1;
  *w = r->w, *h = r->h2;
  return 0;
}

void dg_gv_date(char *buf, size_t n, const char *iso)
{
  int y = 0, m = 0, d = 0;
  buf[0] = '\0';
  if (!iso || sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) < 1) return;
  if (m >= 1 && m <= 12 && d >= 1) snprintf(buf, n, "%d %s %d", d, dg_month_abbr(m), y);
  else if (m >= 1 && m <= 12) snprintf(buf, n, "%s %d", dg_month_abbr(m), y);
  else snprintf(buf, n, "%d", y);
}

const char *dg_gv_prefix(const dg_export_options *o) { return o && o->id_prefix ? o->id_prefix : "dg"; }

int dg_gv_graph(Agraph_t **out, const dg_view *v, const dg_export_options *o)
{
  return v->kind == DG_VIEW_TIMELINE ? dg_timeline_graph(out, v, o) : dg_network_graph(out, v, dg_gv_prefix(o));
}
