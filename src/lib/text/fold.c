#include "text/text.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>
#include <utf8proc.h>

/* Letters that Unicode does not decompose into base + mark but that readers
 * treat as the base letter when matching names (Turkish dotless i, Nordic o
 * with stroke, Polish l with stroke, ...). */
static const char *fold_special(utf8proc_int32_t cp)
{
  switch (cp) {
  case 0x0131: return "i";                /* dotless i */
  case 0x00D8: case 0x00F8: return "o";
  case 0x00C6: case 0x00E6: return "ae";
  case 0x0152: case 0x0153: return "oe";
  case 0x00DF: return "ss";
  case 0x0110: case 0x0111: return "d";
  case 0x0141: case 0x0142: return "l";
  case 0x00DE: case 0x00FE: return "th";
  case 0x00D0: case 0x00F0: return "d";
  case 0x0126: case 0x0127: return "h";
  case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
  case 0x02BB: case 0x00B4: case 0x0060: return "'";
  case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
  case 0x2033: return "\"";
  case 0x2212: return "-";
  case 0x2026: return "...";
  case 0x2028: case 0x2029: case 0x0085: return "\n";
  case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: return "";
  default: return NULL;
  }
}

typedef struct {
  dg_folded *f;
  size_t cap;
} folder;

static int emit(folder *w, const char *bytes, size_t n, uint32_t orig)
{
  dg_folded *f = w->f;
  if (f->len + n + 1 > w->cap) {
    size_t ncap = (f->len + n + 1) * 2;
    char *s = dg_realloc(f->s, ncap);
    if (!s) return DG_ENOMEM;
    f->s = s;
    uint32_t *m = dg_realloc(f->map, ncap * sizeof *m);
    if (!m) return DG_ENOMEM;
    f->map = m;
    w->cap = ncap;
  }
  for (size_t i = 0; i < n; i++) {
    f->s[f->len] = bytes[i];
    f->map[f->len++] = orig;
  }
  return 0;
}

/* Fold one non-ASCII code point at original offset `orig`. */
static int fold_cp(folder *w, utf8proc_int32_t cp, uint32_t orig)
{
  const char *sp = fold_special(cp);
  if (sp) return emit(w, sp, strlen(sp), orig);
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  if (p->category == UTF8PROC_CATEGORY_ZS) return emit(w, " ", 1, orig);
  if (p->category == UTF8PROC_CATEGORY_PD) return emit(w, "-", 1, orig);
  if (p->category == UTF8PROC_CATEGORY_CC || p->category == UTF8PROC_CATEGORY_CF)
    return emit(w, " ", 1, orig);
  utf8proc_int32_t dec[16];
  int last = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(
    cp, dec, 16, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
    &last);
  if (n < 0 || n > 16) { dec[0] = cp; n = 1; }
  for (utf8proc_ssize_t i = 0; i < n; i++) {
    const char *sp2 = fold_special(dec[i]);
    if (sp2) { if (emit(w, sp2, strlen(sp2), orig) < 0) return DG_ENOMEM; continue; }
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t k = utf8proc_encode_char(dec[i], enc);
    if (emit(w, (const char *)enc, (size_t)k, orig) < 0) return DG_ENOMEM;
  }
  return 0;
}

int dg_fold(dg_folded *out, const char *s, size_t len)
{
  folder w = {out, 0};
  memset(out, 0, sizeof *out);
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    unsigned char c = u[i];
    if (c < 0x80) {
      char b = (char)c;
      if (c >= 'A' && c <= 'Z') b = (char)(c + 32);
      else if (c == '\t' || c == '\r' || c == '\v' || c == '\f' || c < 0x20) b = c == '\n' ? '\n' : ' ';
      else if (c == '`') b = '\'';
      if (emit(&w, &b, 1, (uint32_t)i) < 0) goto fail;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
    if (k <= 0) { cp = 0xFFFD; k = 1; }
    if (fold_cp(&w, cp, (uint32_t)i) < 0) goto fail;
    i += (size_t)k;
  }
  if (emit(&w, "", 0, 0) < 0 || emit(&w, " ", 1, (uint32_t)len) < 0) goto fail;
  out->len--; /* the sentinel: s[len] is a NUL-free terminator slot */
  out->s[out->len] = '\0';
  out->map[out->len] = (uint32_t)len;
  return 0;
fail:
  dg_folded_free(out);
  return DG_ENOMEM;
}

void dg_folded_free(dg_folded *f)
{
  dg_free(f->s);
  dg_free(f->map);
  memset(f, 0, sizeof *f);
}

char *dg_fold_string(const char *s)
{
  dg_folded f;
  if (dg_fold(&f, s, strlen(s)) < 0) return NULL;
  /* Collapse space runs, trim, and treat '-' like a space. */
  size_t j = 0;
  for (size_t i = 0; i < f.len; i++) {
    char c = f.s[i] == '-' || f.s[i] == '\n' ? ' ' : f.s[i];
    if (c == ' ' && (j == 0 || f.s[j - 1] == ' ')) continue;
    f.s[j++] = c;
  }
  while (j > 0 && f.s[j - 1] == ' ') j--;
  f.s[j] = '\0';
  dg_free(f.map);
  return f.s;
}
