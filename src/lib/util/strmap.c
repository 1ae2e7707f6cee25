#include "util/strmap.h"
#include "util/alloc.h"
#include "util/error.h"
#include <stdint.h>
#include <string.h>

static uint64_t hash(const char *s, size_t n)
{
  uint64_t h = 1469598103934665603ULL; /* FNV-1a */
  for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 1099511628211ULL; }
  return h;
}

static size_t find_slot(const dg_strmap *m, const char *key, size_t klen)
{
  size_t i = (size_t)hash(key, klen) & (m->cap - 1);
  while (m->keys[i] && !(m->klens[i] == klen && memcmp(m->keys[i], key, klen) == 0))
    i = (i + 1) & (m->cap - 1);
  return i;
}

int dg_strmap_get(const dg_strmap *m, const char *key, size_t klen)
{
  if (!m->cap) return -1;
  size_t i = find_slot(m, key, klen);
  return m->keys[i] ? m->vals[i] : -1;
}

static int rehash(dg_strmap *m, size_t ncap)
{
  dg_strmap n = {dg_calloc(ncap, sizeof(char *)), dg_calloc(ncap, sizeof(size_t)),
                 dg_calloc(ncap, sizeof(int)), ncap, m->count};
  if (!n.keys || !n.klens || !n.vals) {
    dg_free(n.keys); dg_free(n.klens); dg_free(n.vals);
    return DG_ENOMEM;
  }
  for (size_t i = 0; i < m->cap; i++) {
    if (!m->keys[i]) continue;
    size_t j = find_slot(&n, m->keys[i], m->klens[i]);
    n.keys[j] = m->keys[i]; n.klens[j] = m->klens[i]; n.vals[j] = m->vals[i];
  }
  dg_free(m->keys); dg_free(m->klens); dg_free(m->vals);
  *m = n;
  return 0;
}

int dg_strmap_put(dg_strmap *m, const char *key, size_t klen, int val)
{
  if ((m->count + 1) * 2 > m->cap && rehash(m, m->cap ? m->cap * 2 : 64) < 0) return DG_ENOMEM;
  size_t i = find_slot(m, key, klen);
  if (!m->keys[i]) {
    char *k = dg_strndup(key, klen);
    if (!k) return DG_ENOMEM;
    m->keys[i] = k; m->klens[i] = klen; m->count++;
  }
  m->vals[i] = val;
  return 0;
}

void dg_strmap_free(dg_strmap *m)
{
  for (size_t i = 0; i < m->cap; i++) dg_free(m->keys[i]);
  dg_free(m->keys); dg_free(m->klens); dg_free(m->vals);
  memset(m, 0, sizeof *m);
}
