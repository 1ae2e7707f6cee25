/* Name folding and the name rule of the evaluator (see README.md). */
#include "eval/eval_internal.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Letters that Unicode does not decompose into a base letter and a mark. */
static utf8proc_int32_t fold_codepoint(utf8proc_int32_t c, void *data)
{
  (void)data;
  switch (c) {
  case 0x0131: return 'i'; /* Turkish dotless i */
  case 0x0141: case 0x0142: return 'l'; /* Polish l with stroke */
  case 0x00D8: case 0x00F8: return 'o'; /* o with stroke */
  case 0x0110: case 0x0111: return 'd'; /* d with stroke */
  default: return c;
  }
}

static int is_separator(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == '-' || c == '.';
}

static int is_dropped(const char *t, size_t n)
{
  static const char *const words[] = {"al", "el", "mr", "mrs", "ms", "dr"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen(words[i]) == n && memcmp(words[i], t, n) == 0) return 1;
  return 0;
}

static int join_tokens(dg_buf *b, const char *s, int drop)
{
  size_t i = 0;
  while (s[i]) {
    while (s[i] && is_separator(s[i])) i++;
    size_t start = i;
    while (s[i] && !is_separator(s[i])) i++;
    if (i == start || (drop && is_dropped(s + start, i - start))) continue;
    if (b->len) dg_buf_putc(b, ' ');
    dg_buf_put(b, s + start, i - start);
  }
  return b->failed ? DG_ENOMEM : 0;
}

int dg_eval__fold(char **out, const char *s, int drop)
{
  utf8proc_uint8_t *mapped = NULL;
  utf8proc_ssize_t r = utf8proc_map_custom(
    (const utf8proc_uint8_t *)s, 0, &mapped,
    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
      UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP,
    fold_codepoint, NULL);
  *out = NULL;
  if (r == UTF8PROC_ERROR_NOMEM) return dg_error_oom(); /* utf8proc's own malloc */
  if (r < 0)
    return dg_error_set(DG_EDATA, "cannot fold \"%.80s\": %s", s, utf8proc_errmsg(r));
  dg_buf b = DG_BUF_INIT;
  int rc = join_tokens(&b, (const char *)mapped, drop);
  free(mapped);
  if (rc == 0) rc = dg_buf_put(&b, "", 0); /* NUL-terminated even when empty */
  if (rc == 0) *out = dg_buf_detach(&b, NULL);
  if (!*out) {
    dg_buf_free(&b);
    return DG_ENOMEM;
  }
  return 0;
}

int dg_eval__names_add(ev_names *n, const char *s)
{
  char *f;
  int rc = dg_eval__fold(&f, s, 1);
  if (rc < 0) return rc;
  int keep = f[0] != '\0';
  for (size_t i = 0; keep && i < n->n; i++)
    if (strcmp(n->v[i], f) == 0) keep = 0;
  if (!keep) {
    dg_free(f);
    return 0;
  }
  char **v = dg_realloc(n->v, (n->n + 1) * sizeof *v);
  if (!v) {
    dg_free(f);
    return DG_ENOMEM;
  }
  v[n->n++] = f;
  n->v = v;
  return 0;
}

void dg_eval__names_free(ev_names *n)
{
  for (size_t i = 0; i < n->n; i++) dg_free(n->v[i]);
  dg_free(n->v);
  n->v = NULL;
  n->n = 0;
}

static const char *last_token(const char *f)
{
  const char *sp = strrchr(f, ' ');
  return sp ? sp + 1 : f;
}

/* Same surname, and either one is the bare surname or the first names begin
 * with the same letter (Sergei/Sergey). */
static int loose_match(const char *a, const char *b)
{
  if (strcmp(last_token(a), last_token(b)) != 0) return 0;
  if (!strchr(a, ' ') || !strchr(b, ' ')) return 1;
  int n = utf8proc_utf8class[(unsigned char)a[0]];
  if (n < 1) n = 1;
  return strncmp(a, b, (size_t)n) == 0;
}

int dg_eval__name_match(const ev_names *a, const ev_names *b)
{
  int best = 0;
  for (size_t i = 0; i < a->n; i++)
    for (size_t j = 0; j < b->n; j++) {
      if (strcmp(a->v[i], b->v[j]) == 0) return 2;
      if (loose_match(a->v[i], b->v[j])) best = 1;
    }
  return best;
}

int dg_eval__place_equal(const char *a, const char *b)
{
  if (!a || !b) return a == b;
  char *fa, *fb = NULL;
  int rc = dg_eval__fold(&fa, a, 0);
  if (rc == 0) rc = dg_eval__fold(&fb, b, 0);
  if (rc == 0) rc = strcmp(fa, fb) == 0;
  dg_free(fa);
  dg_free(fb);
  return rc;
}
