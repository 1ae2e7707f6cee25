/* An extraction line as export/extraction.c writes it, read straight into
 * the records: no cJSON tree (which cost a third of merge's time and most
 * of its allocations). Only the writer's shape is read: its keys in its
 * order, strings without \u escapes, integers. Anything else returns 0 and
 * the line goes the general way (ingest.c), which reads every valid line
 * and says what is wrong with the others; so this file needs no errors. The
 * line is valid UTF-8 (checked before), so are its strings. */
#include "merge/ingest.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/vocab.h"
#include <limits.h>
#include <string.h>

#define NO 0 /* not the writer's shape */

typedef struct {
  const char *p, *e;
  dg_ingest *c;
  dg_records *r;
  dg_buf b; /* the last string read, unescaped */
  int oom;
} rd;

static void ws(rd *r)
{
  while (r->p < r->e && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r')) r->p++;
}

static int lit(rd *r, char ch)
{
  ws(r);
  if (r->p < r->e && *r->p == ch) { r->p++; return 1; }
  return 0;
}

static int word(rd *r, const char *w, size_t n)
{
  ws(r);
  if ((size_t)(r->e - r->p) < n || memcmp(r->p, w, n) != 0) return 0;
  r->p += n;
  return 1;
}

static int put(rd *r, const char *s, size_t n)
{
  if (dg_buf_put(&r->b, s, n) < 0) r->oom = 1;
  return !r->oom;
}

/* A string into r->b (NUL-terminated): 1, or 0 (not one, or a \u escape). */
static int str(rd *r)
{
  static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
  if (!lit(r, '"')) return 0;
  r->b.len = 0;
  if (!put(r, "", 0)) return 0;
  for (;;) {
    const char *q = r->p;
    while (q < r->e && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20) q++;
    if (q >= r->e || (unsigned char)*q < 0x20 || !put(r, r->p, (size_t)(q - r->p))) return 0;
    r->p = q + 1;
    if (*q == '"') break;
    const char *k = r->p < r->e && *r->p ? strchr(from, *r->p) : NULL;
    if (!k || !put(r, to + (k - from), 1)) return 0;
    r->p++;
  }
  return 1;
}

static const char *sv(const rd *r) { return r->b.ptr ? r->b.ptr : ""; }

/* A string or null: 1 with *s (NULL for null), or 0. */
static int nstr(rd *r, const char **s)
{
  if (word(r, "null", 4)) { *s = NULL; return 1; }
  if (!str(r)) return 0;
  *s = sv(r);
  return 1;
}

/* A copy of a string or null into *d. */
static int dup(rd *r, char **d)
{
  const char *s;
  if (!nstr(r, &s)) return 0;
  if (s && !(*d = dg_strdup(s))) r->oom = 1;
  return !r->oom;
}

/* An integer of at most 15 digits (exact in a double, as cJSON reads it). */
static int integer(rd *r, long long *v)
{
  ws(r);
  const char *q = r->p;
  int neg = q < r->e && *q == '-', d = 0;
  q += neg;
  if (q >= r->e || *q < '0' || *q > '9' || (*q == '0' && q + 1 < r->e && q[1] >= '0' && q[1] <= '9')) return 0;
  long long x = 0;
  for (; q < r->e && *q >= '0' && *q <= '9'; q++)
    if (++d > 15) return 0;
    else x = x * 10 + (*q - '0');
  if (q < r->e && (*q == '.' || *q == 'e' || *q == 'E')) return 0;
  r->p = q;
  *v = neg ? -x : x;
  return 1;
}

/* ingest.c's num(): a number's int value, true 1, false and null 0. */
static int num(rd *r, int *v)
{
  long long x;
  if (word(r, "true", 4)) { *v = 1; return 1; }
  if (word(r, "false", 5) || word(r, "null", 4)) { *v = 0; return 1; }
  if (!integer(r, &x) || x > INT_MAX || x < INT_MIN) return 0;
  *v = (int)x;
  return 1;
}

/* The next key of an object: it must be `want` (the writer's order). */
static int key(rd *r, const char *want)
{
  size_t n = strlen(want);
  ws(r);
  if ((size_t)(r->e - r->p) < n + 3 || r->p[0] != '"' || memcmp(r->p + 1, want, n) != 0 || r->p[n + 1] != '"')
    return 0;
  r->p += n + 2;
  return lit(r, ':');
}

/* key, then ',' before the next one. */
static int next(rd *r, const char *want) { return lit(r, ',') && key(r, want); }

static int evidence(rd *r, dg_evlist *l)
{
  if (!lit(r, '[')) return 0;
  if (lit(r, ']')) return 1;
  do {
    long long st, en;
    if (!lit(r, '{') || !key(r, "start") || !integer(r, &st) || !next(r, "end") || !integer(r, &en) ||
        !next(r, "sentence") || !str(r) || !lit(r, '}'))
      return 0;
    if (st < 0 || en < st || en > 9007199254740992LL) return 0; /* the general path's "evidence entry" */
    char *shared = dg_ingest__sentence(r->c, sv(r), r->b.len);
    if (!shared || dg_evlist_add_shared(l, r->c->doc, (size_t)st, (size_t)en, shared) < 0) { r->oom = 1; return 0; }
  } while (lit(r, ','));
  return lit(r, ']');
}

static int country(rd *r)
{
  dg_xcountry *x;
  int actor;
  if (!lit(r, '{') || !key(r, "iso3") || !str(r) || !dg_ingest__iso3_ok(sv(r))) return 0;
  if (dg_records_add_country(r->r, sv(r), &x) < 0) { r->oom = 1; return 0; }
  if (!next(r, "actor") || !num(r, &actor)) return 0;
  x->actor |= actor;
  return next(r, "evidence") && evidence(r, &x->ev) && lit(r, '}');
}

static int aliases(rd *r, dg_strv *a)
{
  if (!lit(r, '[')) return 0;
  if (lit(r, ']')) return 1;
  do {
    if (!str(r)) return 0;
    if (dg_grow((void **)&a->v, &a->cap, a->n + 1, sizeof *a->v) < 0 || !(a->v[a->n] = dg_strdup(sv(r)))) {
      r->oom = 1;
      return 0;
    }
    a->n++;
  } while (lit(r, ','));
  return lit(r, ']');
}

static int person(rd *r)
{
  dg_records *rr = r->r;
  const char *s;
  if (dg_grow((void **)&rr->persons, &rr->cappersons, rr->npersons + 1, sizeof *rr->persons) < 0) {
    r->oom = 1;
    return 0;
  }
  dg_xperson *p = &rr->persons[rr->npersons++];
  memset(p, 0, sizeof *p);
  if (!lit(r, '{') || !key(r, "name") || !dup(r, &p->name) || !p->name || !next(r, "aliases") ||
      !aliases(r, &p->aliases) || !next(r, "country") || !nstr(r, &s))
    return 0;
  if (s && !dg_ingest__iso3_ok(s)) return 0;
  if (s) memcpy(p->iso3, s, 4);
  if (!next(r, "role") || !dup(r, &p->role) || !next(r, "level") || !nstr(r, &s)) return 0;
  p->level = dg_level_parse(s);
  return next(r, "nonstate") && num(r, &p->nonstate) && next(r, "evidence") && evidence(r, &p->ev) && lit(r, '}');
}

static int vocab(rd *r, const dg_vocab *voc, int *v)
{
  const char *s;
  if (!nstr(r, &s)) return 0;
  *v = s ? dg_vocab_parse(voc, s) : 0;
  return *v >= 0;
}

static int meeting_head(rd *r, dg_xmeeting *m)
{
  long long d[3];
  int prec, how;
  const char *mode;
  if (!lit(r, '{') || !key(r, "mode") || !nstr(r, &mode)) return 0;
  m->call = mode && strcmp(mode, "call") == 0;
  if (!next(r, "date") || !lit(r, '[') || !integer(r, &d[0]) || !lit(r, ',') || !integer(r, &d[1]) ||
      !lit(r, ',') || !integer(r, &d[2]) || !lit(r, ']') || !next(r, "date_precision") || !num(r, &prec))
    return 0;
  if (d[0] < 0 || d[0] > 9999 || d[1] < 0 || d[1] > 12 || d[2] < 0 || d[2] > 31) return 0;
  m->date.year = (int)d[0];
  m->date.month = (int)d[1];
  m->date.day = (int)d[2];
  m->date.prec = (dg_precision)prec;
  if (m->date.prec > DG_PREC_DAY) return 0;
  if (!next(r, "date_how") || !vocab(r, &dg_date_how_vocab, &how) || !next(r, "date_weak") ||
      !num(r, &m->date_weak) || !next(r, "place") || !dup(r, &m->place))
    return 0;
  m->date_how = (dg_date_how)how;
  return 1;
}

static int meeting_rest(rd *r, dg_xmeeting *m)
{
  int levels, status;
  const char *st;
  if (!next(r, "countries") || !lit(r, '[')) return 0;
  if (!lit(r, ']')) {
    do {
      if (!str(r) || !dg_ingest__iso3_ok(sv(r))) return 0;
      dg_meeting_add_country(m, sv(r));
    } while (lit(r, ','));
    if (!lit(r, ']')) return 0;
  }
  if (!next(r, "persons") || !lit(r, '[')) return 0;
  if (!lit(r, ']')) {
    do {
      long long p;
      if (!integer(r, &p) || p < 0 || (size_t)p >= r->r->npersons) return 0;
      if (m->npersons < DG_MAX_MEETING_PERSONS) m->persons[m->npersons++] = (int)p;
    } while (lit(r, ','));
    if (!lit(r, ']')) return 0;
  }
  if (!next(r, "levels") || !num(r, &levels) || !next(r, "format_said") || !num(r, &m->format_said) ||
      !next(r, "sideline") || !num(r, &m->sideline) || !lit(r, ','))
    return 0;
  m->levels = (unsigned)levels & ((1u << DG_LEVEL_COUNT) - 1);
  if (key(r, "postponed")) {
    if (!num(r, &m->postponed) || !lit(r, ',')) return 0;
  }
  if (key(r, "earlier")) {
    if (!num(r, &m->earlier) || !lit(r, ',')) return 0;
  }
  if (!key(r, "status") || !nstr(r, &st)) return 0;
  status = dg_status_parse(st);
  m->status = status < 0 ? DG_STATUS_HELD : status;
  return next(r, "evidence") && evidence(r, &m->ev) && m->ev.n && lit(r, '}');
}

static int meeting(rd *r)
{
  dg_records *rr = r->r;
  if (dg_grow((void **)&rr->meetings, &rr->capmeetings, rr->nmeetings + 1, sizeof *rr->meetings) < 0) {
    r->oom = 1;
    return 0;
  }
  dg_xmeeting *m = &rr->meetings[rr->nmeetings++];
  memset(m, 0, sizeof *m);
  return meeting_head(r, m) && meeting_rest(r, m);
}

/* '[' item (',' item)* ']' */
static int list(rd *r, int (*item)(rd *))
{
  if (!lit(r, '[')) return 0;
  if (lit(r, ']')) return 1;
  do
    if (!item(r)) return 0;
  while (lit(r, ','));
  return lit(r, ']');
}

static int document(rd *r)
{
  dg_records *rr = r->r;
  const char *ref;
  int how;
  if (dg_grow((void **)&rr->docs, &rr->capdocs, 1, sizeof *rr->docs) < 0) { r->oom = 1; return 0; }
  dg_xdocument *d = &rr->docs[0];
  memset(d, 0, sizeof *d);
  rr->ndocs = 1;
  if (!lit(r, '{') || !key(r, "id") || !dup(r, &d->id) || !d->id || !next(r, "path") || !dup(r, &d->path) ||
      !next(r, "published") || !dup(r, &d->published) || !next(r, "source") || !dup(r, &d->source) ||
      !lit(r, ','))
    return 0;
  if (key(r, "url") && (!dup(r, &d->url) || !lit(r, ','))) return 0;
  if (!key(r, "reference_date") || !nstr(r, &ref)) return 0;
  if (ref && (strlen(ref) >= sizeof d->reference_date || strspn(ref, "0123456789-") != strlen(ref))) return 0;
  memcpy(d->reference_date, ref ? ref : "", ref ? strlen(ref) + 1 : 1);
  if (!next(r, "reference_how") || !vocab(r, &dg_reference_how_vocab, &how)) return 0;
  d->reference_how = (dg_reference_how)how;
  if (!(r->c->doc = dg_evstr_new(d->id, strlen(d->id)))) { r->oom = 1; return 0; }
  return next(r, "countries") && list(r, country) && next(r, "persons") && list(r, person) &&
         next(r, "meetings") && list(r, meeting) && lit(r, '}');
}

int dg_ingest__fast(dg_ingest *c, dg_records *out, const char *line, size_t len)
{
  rd r = {line, line + len, c, out, DG_BUF_INIT, 0};
  int ok = document(&r);
  ws(&r);
  ok = ok && r.p == r.e;
  dg_buf_free(&r.b);
  return r.oom ? DG_ENOMEM : ok;
}
