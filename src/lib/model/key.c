/* Stable keys of facts: a fact is named by its evidence, which survives a
 * re-run and new articles, never by a generated id or an index. */
#include "model/model.h"
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t fnv(uint32_t h, const void *p, size_t n)
{
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) { h ^= s[i]; h *= 16777619u; }
  return h;
}

void dg_evidence_key(char *buf, size_t n, const dg_evidence *e)
{
  char len[24];
  uint32_t h = 2166136261u;
  const char *s = e->sentence ? e->sentence : "";
  h = fnv(h, s, strlen(s) + 1);
  snprintf(len, sizeof len, "%zu", e->end >= e->start ? e->end - e->start : 0);
  h = fnv(h, len, strlen(len));
  snprintf(buf, n, "%s:%08x", e->doc ? e->doc : "", (unsigned)h);
}
