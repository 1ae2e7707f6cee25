#include "lexicon/matcher.h"
#include "text/text.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

typedef struct {
  int32_t child, sibling, pay;
  unsigned char c;
} trie_node;

typedef struct {
  uint16_t kind;
  int32_t ref, next;
} payload;

/* Built as a linked trie (nodes), then frozen for scanning: the children of
 * a node are contiguous (breadth-first order), their bytes side by side in
 * `ch`, so a step scans a few bytes of one cache line instead of chasing a
 * sibling list through memory. */
typedef struct {
  int32_t first, pay; /* first child in the frozen order; payload list */
  uint16_t n;         /* number of children */
} frozen_node;

struct dg_matcher {
  int32_t root[256];
  trie_node *nodes; size_t nnodes, capnodes;
  payload *pays; size_t npays, cappays;
  int32_t froot[256]; /* the frozen trie: root children by byte */
  frozen_node *fz;
  unsigned char *ch;
};

enum { LAYER_ENTITY, LAYER_EVENT, LAYER_CUE, LAYERS };

static int layer_of(int kind)
{
  if (kind <= DG_HIT_PERSON) return LAYER_ENTITY;
  if (kind <= DG_HIT_FORMAT) return LAYER_EVENT;
  return LAYER_CUE;
}

static int is_word_byte(unsigned char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static int32_t new_node(dg_matcher *m, unsigned char c)
{
  if (dg_grow((void **)&m->nodes, &m->capnodes, m->nnodes + 1, sizeof *m->nodes) < 0) return -1;
  trie_node *n = &m->nodes[m->nnodes];
  n->child = n->sibling = n->pay = -1;
  n->c = c;
  return (int32_t)m->nnodes++;
}

static int32_t child_of(const dg_matcher *m, int32_t node, unsigned char c)
{
  if (node < 0) return m->root[c];
  for (int32_t k = m->nodes[node].child; k >= 0; k = m->nodes[k].sibling)
    if (m->nodes[k].c == c) return k;
  return -1;
}

static int insert(dg_matcher *m, const char *raw, int kind, int ref)
{
  char *p = dg_fold_string(raw);
  if (!p) return DG_ENOMEM;
  int32_t node = -1;
  int rc = 0;
  if (!p[0]) goto done; /* nothing to match */
  for (const unsigned char *s = (const unsigned char *)p; *s; s++) {
    int32_t next = child_of(m, node, *s);
    if (next < 0) {
      if ((next = new_node(m, *s)) < 0) { rc = DG_ENOMEM; goto done; }
      if (node < 0) m->root[*s] = next;
      else { m->nodes[next].sibling = m->nodes[node].child; m->nodes[node].child = next; }
    }
    node = next;
  }
  if (dg_grow((void **)&m->pays, &m->cappays, m->npays + 1, sizeof *m->pays) < 0) { rc = DG_ENOMEM; goto done; }
  m->pays[m->npays] = (payload){(uint16_t)kind, ref, m->nodes[node].pay};
  m->nodes[node].pay = (int32_t)m->npays++;
done:
  dg_free(p);
  return rc;
}

static int insert_strv(dg_matcher *m, const dg_strv *v, int kind, int ref)
{
  for (size_t i = 0; i < v->n; i++)
    if (insert(m, v->v[i], kind, ref) < 0) return DG_ENOMEM;
  return 0;
}

static int insert_all(dg_matcher *m, const dg_gazetteer *gz)
{
  int rc = 0;
  for (size_t i = 0; i < gz->ncountries && !rc; i++) {
    const dg_country *c = &gz->countries[i];
    rc = insert(m, c->name, DG_HIT_COUNTRY, (int)i);
    if (!rc) rc = insert_strv(m, &c->aliases, DG_HIT_COUNTRY, (int)i);
    if (!rc) rc = insert_strv(m, &c->demonyms, DG_HIT_DEMONYM, (int)i);
    if (!rc) rc = insert_strv(m, &c->capitals, DG_HIT_CAPITAL, (int)i);
  }
  for (size_t i = 0; i < gz->nplaces && !rc; i++) rc = insert(m, gz->places[i].name, DG_HIT_PLACE, (int)i);
  for (size_t i = 0; i < gz->ngroups && !rc; i++) {
    rc = insert(m, gz->groups[i].name, DG_HIT_GROUP, (int)i);
    if (!rc) rc = insert_strv(m, &gz->groups[i].aliases, DG_HIT_GROUP, (int)i);
  }
  for (size_t i = 0; i < gz->ntitles && !rc; i++) rc = insert(m, gz->titles[i].phrase, DG_HIT_TITLE, (int)i);
  for (size_t i = 0; i < gz->npersons && !rc; i++) {
    rc = insert(m, gz->persons[i].name, DG_HIT_PERSON, (int)i);
    if (!rc) rc = insert_strv(m, &gz->persons[i].aliases, DG_HIT_PERSON, (int)i);
  }
  for (size_t i = 0; i < gz->ntriggers && !rc; i++) rc = insert(m, gz->triggers[i].phrase, DG_HIT_TRIGGER, (int)i);
  for (size_t i = 0; i < gz->nformats && !rc; i++) rc = insert(m, gz->formats[i].phrase, DG_HIT_FORMAT, (int)i);
  for (size_t i = 0; i < gz->nstatuses && !rc; i++) rc = insert(m, gz->statuses[i].phrase, DG_HIT_STATUS, (int)i);
  for (size_t i = 0; i < gz->nlevels && !rc; i++) rc = insert(m, gz->levels[i].phrase, DG_HIT_LEVEL, (int)i);
  if (!rc) rc = insert_strv(m, &gz->speech, DG_HIT_SPEECH, -1);
  if (!rc) rc = insert_strv(m, &gz->source, DG_HIT_SOURCE, -1);
  if (!rc) rc = insert_strv(m, &gz->nonstate, DG_HIT_NONSTATE, -1);
  return rc;
}

/* Number the nodes breadth first (the root's children first, then each
 * node's children together) and lay them out for scanning. */
static int freeze(dg_matcher *m)
{
  size_t n = m->nnodes, head = 0, tail = 0;
  int32_t *order = dg_malloc((n ? n : 1) * sizeof *order), *pos = dg_malloc((n ? n : 1) * sizeof *pos);
  m->fz = dg_malloc((n ? n : 1) * sizeof *m->fz);
  m->ch = dg_malloc(n ? n : 1);
  if (!order || !pos || !m->fz || !m->ch) { dg_free(order); dg_free(pos); return DG_ENOMEM; }
  for (int c = 0; c < 256; c++)
    if (m->root[c] >= 0) order[tail++] = m->root[c];
  while (head < tail) { /* children of order[head] become contiguous */
    int32_t v = order[head++];
    for (int32_t k = m->nodes[v].child; k >= 0; k = m->nodes[k].sibling) order[tail++] = k;
  }
  for (size_t i = 0; i < tail; i++) pos[order[i]] = (int32_t)i;
  for (int c = 0; c < 256; c++) m->froot[c] = m->root[c] >= 0 ? pos[m->root[c]] : -1;
  for (size_t i = 0; i < tail; i++) {
    const trie_node *t = &m->nodes[order[i]];
    frozen_node *f = &m->fz[i];
    f->pay = t->pay;
    f->n = 0;
    f->first = t->child >= 0 ? (int32_t)tail : -1;
    m->ch[i] = t->c;
    for (int32_t k = t->child; k >= 0; k = m->nodes[k].sibling) {
      if (pos[k] < f->first) f->first = pos[k];
      f->n++;
    }
  }
  dg_free(order);
  dg_free(pos);
  dg_free(m->nodes); /* only the frozen trie is scanned */
  m->nodes = NULL;
  m->nnodes = m->capnodes = 0;
  return 0;
}

int dg_matcher_build(dg_gazetteer *gz)
{
  dg_matcher *m = dg_calloc(1, sizeof *m);
  if (!m) return DG_ENOMEM;
  memset(m->root, 0xff, sizeof m->root);
  if (insert_all(m, gz) < 0 || freeze(m) < 0) { dg_matcher_free(m); return DG_ENOMEM; }
  dg_matcher_free(gz->matcher);
  gz->matcher = m;
  return 0;
}

void dg_matcher_free(dg_matcher *m)
{
  if (!m) return;
  dg_free(m->nodes);
  dg_free(m->pays);
  dg_free(m->fz);
  dg_free(m->ch);
  dg_free(m);
}

static int32_t frozen_child(const dg_matcher *m, int32_t node, unsigned char c)
{
  if (node < 0) return m->froot[c];
  const frozen_node *f = &m->fz[node];
  const unsigned char *ch = m->ch + f->first;
  for (int k = 0; k < f->n; k++)
    if (ch[k] == c) return f->first + k;
  return -1;
}

/* Walk the trie from word start p; record the longest complete match ending
 * at a word boundary, per layer. Text '-' and space runs match one space. */
static void walk(const dg_matcher *m, const char *t, size_t len, size_t p,
                 int32_t best_node[LAYERS], size_t best_end[LAYERS])
{
  int32_t node = -1;
  size_t i = p;
  while (i < len) {
    unsigned char c = (unsigned char)t[i];
    if (c == '\n') break;
    size_t adv = 1;
    if (c == ' ' || c == '-') {
      c = ' ';
      while (i + adv < len && (t[i + adv] == ' ' || t[i + adv] == '-')) adv++;
    }
    if ((node = frozen_child(m, node, c)) < 0) break;
    i += adv;
    if (m->fz[node].pay < 0 || c == ' ') continue;
    if (i < len && is_word_byte((unsigned char)t[i]) && is_word_byte(c)) continue;
    for (int32_t k = m->fz[node].pay; k >= 0; k = m->pays[k].next) {
      int l = layer_of(m->pays[k].kind);
      best_node[l] = node;
      best_end[l] = i;
    }
  }
}

static int emit(const dg_matcher *m, int32_t node, int layer, size_t fs, size_t fe, dg_hits *out)
{
  for (int32_t k = m->fz[node].pay; k >= 0; k = m->pays[k].next) {
    if (layer_of(m->pays[k].kind) != layer) continue;
    if (dg_grow((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v) < 0) return DG_ENOMEM;
    out->v[out->n++] = (dg_hit){(uint32_t)fs, (uint32_t)fe, m->pays[k].kind, m->pays[k].ref};
  }
  return 0;
}

int dg_matcher_scan(const dg_matcher *m, const char *t, size_t len, dg_hits *out)
{
  size_t skip[LAYERS] = {0, 0, 0};
  for (size_t p = 0; p < len; p++) {
    if (!is_word_byte((unsigned char)t[p]) || (p > 0 && is_word_byte((unsigned char)t[p - 1])))
      continue;
    if (m->froot[(unsigned char)t[p]] < 0) continue;
    int32_t best[LAYERS] = {-1, -1, -1};
    size_t end[LAYERS] = {0, 0, 0};
    walk(m, t, len, p, best, end);
    for (int l = 0; l < LAYERS; l++) {
      if (best[l] < 0 || p < skip[l]) continue;
      if (emit(m, best[l], l, p, end[l], out) < 0) return DG_ENOMEM;
      skip[l] = end[l];
    }
  }
  return 0;
}
