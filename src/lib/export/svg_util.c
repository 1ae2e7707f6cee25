/* Writing SVG as Graphviz's core renderer writes it: numbers, points,
 * escaped text, colours, and Graphviz's reading of label text. Internal to
 * export/ (svg_pinned.c). */
#include "export/svg_pinned.h"
#include "export/xml_util.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Graphviz's numbers: two decimals, trailing zeros dropped, no "-0". By
 * hand (printf's "%.2f" took a tenth of the time), except near a tie, where
 * printf's rounding of the exact binary value is the reference. */
void dg_svg_num(dg_buf *o, double v)
{
  char s[48];
  if (v > -0.005 && v < 0.005) { dg_buf_putc(o, '0'); return; }
  double r = v * 100, f = fabs(r - trunc(r));
  int len;
  if (fabs(v) < 1e12 && fabs(f - 0.5) > 1e-6) {
    long long c = llround(r);
    unsigned long long a = (unsigned long long)(c < 0 ? -c : c), ip = a / 100, fp = a % 100;
    char *p = s + sizeof s;
    if (fp) {
      if (fp % 10) *--p = (char)('0' + fp % 10);
      *--p = (char)('0' + fp / 10);
      *--p = '.';
    }
    do *--p = (char)('0' + ip % 10); while ((ip /= 10) > 0);
    if (c < 0) *--p = '-';
    dg_buf_put(o, p, (size_t)(s + sizeof s - p));
    return;
  }
  len = snprintf(s, sizeof s, "%.2f", v);
  for (int i = 0; i < len; i++) s[i] = s[i] == ',' ? '.' : s[i]; /* whatever the caller's locale */
  while (len > 0 && s[len - 1] == '0') len--;
  if (len > 0 && s[len - 1] == '.') len--;
  dg_buf_put(o, s, (size_t)len);
}

void dg_svg_point(dg_buf *o, double x, double y)
{
  dg_svg_num(o, x);
  dg_buf_putc(o, ',');
  dg_svg_num(o, -y);
}

/* XML text, safe in an HTML page too; in an attribute also quotes and line
 * ends. What is not a character of both goes out as U+FFFD: invalid UTF-8
 * (framing options, user gazetteers and corrections are not checked for
 * it), control characters, DEL and C1, noncharacters (as dg_xml_clean and
 * the report's HTML cleaning do); a CR before a LF is dropped, another is a
 * LF. Two spaces keep their width (the second a no-break space), as
 * Graphviz writes them. s[n] must be readable (a NUL or more text). */
void dg_svg_xml(dg_buf *o, const char *s, size_t n, int attr)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t run = 0; /* the start of the bytes copied as they are */
  for (size_t i = 0, k; i < n; i += k) {
    int ok;
    unsigned c = u[i];
    k = dg_xml_char(u + i, &ok);
    if (i + k > n) ok = 0, k = n - i;
    const char *e = NULL;
    if (!ok || dg_html_rejects(u + i, k)) e = "\xEF\xBF\xBD";
    else if (c == '\r') e = i + 1 < n && u[i + 1] == '\n' ? "" : attr ? "&#10;" : "\n";
    else if (c == '&') e = "&amp;";
    else if (c == '<') e = "&lt;";
    else if (c == '>') e = "&gt;";
    else if (c == '"' && attr) e = "&quot;";
    else if (c == '\n' && attr) e = "&#10;";
    else if (c == ' ' && !attr && i > 0 && u[i - 1] == ' ') e = "\xc2\xa0";
    if (!e) continue;
    dg_buf_put(o, s + run, i - run);
    dg_buf_puts(o, e);
    run = i + k;
  }
  dg_buf_put(o, s + run, n - run);
}

/* A colour: "#rrggbb" or "#rrggbbaa", or a name as given. Its opacity, when
 * neither 0 nor 1, follows it, or goes into later (Graphviz writes a line's
 * after the width and dashes). */
void dg_svg_colour(dg_buf *o, const char *key, const char *c, char later[48])
{
  unsigned r, g, b, a = 255;
  size_t n = strlen(c);
  dg_buf_printf(o, " %s=\"", key);
  if (c[0] == '#' && (n == 7 || n == 9) && sscanf(c + 1, "%2x%2x%2x", &r, &g, &b) == 3 &&
      (n == 7 || sscanf(c + 7, "%2x", &a) == 1)) {
    if (a == 0) dg_buf_puts(o, "none\"");
    else dg_buf_printf(o, "#%02x%02x%02x\"", r, g, b);
    char op[48]; /* a / 255 to six decimals, as "%f" writes it, but in any locale */
    snprintf(op, sizeof op, " %s-opacity=\"0.%06ld\"", key, lround(a * 1e6 / 255.0));
    if (a > 0 && a < 255 && later) memcpy(later, op, sizeof op);
    else if (a > 0 && a < 255) dg_buf_puts(o, op);
  } else if (strcmp(c, "transparent") == 0) dg_buf_puts(o, "none\"");
  else {
    dg_svg_xml(o, c, n, 1);
    dg_buf_putc(o, '"');
  }
}

/* Graphviz's reading of a label or tooltip: "&amp;" and the other XML
 * escapes undone, then backslash escapes: "\n", "\l", "\r" end a line (its
 * justification is returned through just), "\x" is x. Returns the next
 * line's start, or NULL at the end; the line is written into line. */
const char *dg_svg_line(const char *s, dg_buf *line, char *just)
{
  static const struct { const char *e; char c; } ent[] = {
    {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  dg_buf_clear(line);
  if (!*s) return NULL;
  for (;;) {
    if (!*s) { *just = 'n'; return s; }
    if (*s == '\\' && s[1]) {
      if (s[1] == 'n' || s[1] == 'l' || s[1] == 'r') { *just = s[1]; return s + 2; }
      dg_buf_putc(line, s[1]);
      s += 2;
      continue;
    }
    if (*s == '\n') { *just = 'n'; return s + 1; }
    size_t k = 0;
    for (; *s == '&' && k < sizeof ent / sizeof *ent; k++)
      if (strncmp(s, ent[k].e, strlen(ent[k].e)) == 0) break;
    if (*s == '&' && k < sizeof ent / sizeof *ent) {
      dg_buf_putc(line, ent[k].c);
      s += strlen(ent[k].e);
    } else dg_buf_putc(line, *s++);
  }
}

