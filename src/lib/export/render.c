/* SVG, PNG and PDF: the view's cgraph graph laid out and rendered by gvc.
 * SVG comes from the core renderer and is tidied for embedding: no
 * stroke="transparent" (which some viewers draw black), nothing clickable. */
#include "export/cgraph_util.h"
#include "export/writers.h"
#include "util/alloc.h"
#include "util/error.h"
#include <graphviz/gvc.h>
#include <string.h>

/* Replace every occurrence of `from` by `to` in b (to not longer than from). */
static void replace_all(dg_buf *b, const char *from, const char *to)
{
  size_t fl = strlen(from), tl = strlen(to), w = 0;
  for (size_t r = 0; r < b->len;) {
    if (r + fl <= b->len && memcmp(b->ptr + r, from, fl) == 0) {
      memcpy(b->ptr + w, to, tl);
      w += tl;
      r += fl;
    } else {
      b->ptr[w++] = b->ptr[r++];
    }
  }
  b->len = w;
  if (b->ptr) b->ptr[w] = '\0';
}

static const char *renderer(const char *format)
{
  if (strcmp(format, "svg") == 0) return "svg:svg:core";
  if (strcmp(format, "png") == 0) return "png:cairo";
  if (strcmp(format, "pdf") == 0) return "pdf:cairo";
  return NULL;
}

/* One Graphviz context for the process: freeing one and making another
 * leaves the pango plugin reading freed memory on the next render (Graphviz
 * 2.42 to 7.x), so the context is made on first use and kept. Rendering is
 * for one thread at a time (diplograph.h). */
static GVC_t *context(void)
{
  static GVC_t *gvc;
  if (!gvc) gvc = gvContext();
  return gvc;
}

int dg_render(dg_buf *out, const dg_view *v, const char *format, const char *prefix)
{
  const char *r = renderer(format);
  if (!r) return dg_error_set(DG_EARG, "cannot render to '%s'", format);
  Agraph_t *g = NULL;
  char *data = NULL;
  unsigned int len = 0;
  dg_gv_begin();
  int rc = dg_gv_graph(&g, v, prefix);
  GVC_t *gvc = rc == 0 ? context() : NULL;
  if (rc == 0 && !gvc) rc = 1;
  if (rc == 0 && gvLayout(gvc, g, agget(g, "layout") && *agget(g, "layout") ? agget(g, "layout") : "dot") != 0) rc = 1;
  if (rc == 0) {
    if (gvRenderData(gvc, g, r, &data, &len) != 0 || !data) rc = 1;
    else if (dg_buf_put(out, data, len) < 0) rc = DG_ENOMEM;
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
  }
  if (g) agclose(g);
  rc = dg_gv_end(rc);
  if (rc == 0 && strcmp(format, "svg") == 0) replace_all(out, "stroke=\"transparent\"", "stroke=\"none\"");
  return rc;
}
