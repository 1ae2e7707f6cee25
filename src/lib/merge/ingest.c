/* Reading back one article's extraction line (export/extraction.c writes
 * it): what `merge` takes in, so extraction can run anywhere. */
#include "merge/merge.h"
#include "merge/ingest.h"
#include "text/document.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <stdio.h>
#include <string.h>

typedef dg_ingest ctx;

void dg_ingest__free(ctx *c)
{
  dg_evstr_unref(c->doc);
  for (size_t i = 0; i < c->nsents; i++) dg_evstr_unref(c->sents[i]);
  dg_free(c->sents);
  dg_strmap_free(&c->sent_index);
}

char *dg_ingest__sentence(ctx *c, const char *s, size_t n)
{
  int i = dg_strmap_get(&c->sent_index, s, n);
  if (i >= 0) return c->sents[i];
  if (dg_grow((void **)&c->sents, &c->capsents, c->nsents + 1, sizeof *c->sents) < 0) return NULL;
  char *e = dg_evstr_new(s, n);
  if (!e || dg_strmap_put(&c->sent_index, s, n, (int)c->nsents) < 0) { dg_evstr_unref(e); return NULL; }
  return c->sents[c->nsents++] = e;
}

static int oom(ctx *c)
{
  c->bad = c->oom = 1;
  return DG_ENOMEM;
}

static int bad(ctx *c, const char *what)
{
  if (!c->bad) {
    dg_error_set(DG_EDATA, "extraction record: %s", what);
    dg_error_locate(c->name, -1, -1, -1);
  }
  c->bad = 1;
  return DG_EDATA;
}

static char *dup_str(ctx *c, const cJSON *o, const char *key, int required)
{
  int b = 0;
  const char *v = dg_json_str(o, key, &b);
  if (b || (required && !v) || (v && dg_utf8_check(v, strlen(v)) < 0)) { bad(c, key); return NULL; }
  char *d = v ? dg_strdup(v) : NULL;
  if (v && !d) oom(c);
  return d;
}

static int num(const cJSON *o, const char *key)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsNumber(v) ? v->valueint : cJSON_IsTrue(v) ? 1 : 0;
}

static int evidence(ctx *c, dg_evlist *l, const cJSON *arr, const char *doc)
{
  const cJSON *e;
  (void)doc; /* c->doc is its counted copy */
  if (!cJSON_IsArray(arr)) return bad(c, "evidence");
  cJSON_ArrayForEach(e, arr) {
    const cJSON *st = cJSON_GetObjectItemCaseSensitive(e, "start"), *en = cJSON_GetObjectItemCaseSensitive(e, "end");
    const char *sent = dg_json_str(e, "sentence", NULL);
    /* Offsets are byte counts: whole, and exact in a double (so the cast is defined). */
    if (!cJSON_IsNumber(st) || !cJSON_IsNumber(en) || !sent || dg_utf8_check(sent, strlen(sent)) < 0 ||
        !(st->valuedouble >= 0) || !(en->valuedouble >= st->valuedouble) || !(en->valuedouble <= 9007199254740992.0) ||
        st->valuedouble != (double)(size_t)st->valuedouble || en->valuedouble != (double)(size_t)en->valuedouble)
      return bad(c, "evidence entry");
    char *shared = dg_ingest__sentence(c, sent, strlen(sent));
    if (!shared || dg_evlist_add_shared(l, c->doc, (size_t)st->valuedouble, (size_t)en->valuedouble, shared) < 0)
      return oom(c);
  }
  return 0;
}

/* An ISO 3166-1 alpha-3 code: three ASCII capitals (a code of other bytes
 * would reach ids, DOT and fixed-size fields). */
int dg_ingest__iso3_ok(const char *s)
{
  return s && strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static int countries(ctx *c, dg_records *r, const cJSON *arr, const char *doc)
{
  const cJSON *e;
  if (!cJSON_IsArray(arr)) return bad(c, "countries");
  cJSON_ArrayForEach(e, arr) {
    const char *iso = dg_json_str(e, "iso3", NULL);
    dg_xcountry *x;
    if (!dg_ingest__iso3_ok(iso)) return bad(c, "country iso3");
    if (dg_records_add_country(r, iso, &x) < 0) return oom(c);
    x->actor |= num(e, "actor");
    if (evidence(c, &x->ev, cJSON_GetObjectItemCaseSensitive(e, "evidence"), doc) < 0) return DG_EDATA;
  }
  return 0;
}

static int persons(ctx *c, dg_records *r, const cJSON *arr, const char *doc)
{
  const cJSON *e, *a;
  if (!cJSON_IsArray(arr)) return bad(c, "persons");
  cJSON_ArrayForEach(e, arr) {
    if (dg_grow((void **)&r->persons, &r->cappersons, r->npersons + 1, sizeof *r->persons) < 0) return oom(c);
    dg_xperson *p = &r->persons[r->npersons++];
    memset(p, 0, sizeof *p);
    p->name = dup_str(c, e, "name", 1);
    p->role = dup_str(c, e, "role", 0);
    p->level = dg_level_parse(dg_json_str(e, "level", NULL));
    p->nonstate = num(e, "nonstate");
    const char *iso = dg_json_str(e, "country", NULL);
    if (iso && !dg_ingest__iso3_ok(iso)) return bad(c, "person country");
    if (iso) memcpy(p->iso3, iso, 4);
    cJSON_ArrayForEach(a, cJSON_GetObjectItemCaseSensitive(e, "aliases")) {
      if (!cJSON_IsString(a) || dg_utf8_check(a->valuestring, strlen(a->valuestring)) < 0) return bad(c, "alias");
      if (dg_grow((void **)&p->aliases.v, &p->aliases.cap, p->aliases.n + 1, sizeof *p->aliases.v) < 0 ||
          !(p->aliases.v[p->aliases.n] = dg_strdup(a->valuestring)))
        return oom(c);
      p->aliases.n++;
    }
    if (c->bad || evidence(c, &p->ev, cJSON_GetObjectItemCaseSensitive(e, "evidence"), doc) < 0) return DG_EDATA;
  }
  return 0;
}

static int status_of(const char *s)
{
  int v = dg_status_parse(s);
  return v < 0 ? DG_STATUS_HELD : v;
}

/* A vocabulary value: a missing one is 0 (none), an unknown one is bad. */
static int how_of(ctx *c, const dg_vocab *voc, const char *s)
{
  int v = s ? dg_vocab_parse(voc, s) : 0;
  if (v < 0) return bad(c, voc->what), 0;
  return v;
}

static int one_meeting(ctx *c, dg_xmeeting *m, const cJSON *e, size_t npersons, const char *doc)
{
  const cJSON *d = cJSON_GetObjectItemCaseSensitive(e, "date"), *x;
  const char *mode = dg_json_str(e, "mode", NULL), *how = dg_json_str(e, "date_how", NULL);
  if (!cJSON_IsArray(d) || cJSON_GetArraySize(d) != 3) return bad(c, "meeting date");
  m->date.year = cJSON_GetArrayItem(d, 0)->valueint;
  m->date.month = cJSON_GetArrayItem(d, 1)->valueint;
  m->date.day = cJSON_GetArrayItem(d, 2)->valueint;
  m->date.prec = (dg_precision)num(e, "date_precision");
  if (m->date.prec > DG_PREC_DAY || m->date.year < 0 || m->date.year > 9999 || m->date.month < 0 || m->date.month > 12 || m->date.day < 0 || m->date.day > 31)
    return bad(c, "meeting date");
  m->date_how = (dg_date_how)how_of(c, &dg_date_how_vocab, how);
  m->date_weak = num(e, "date_weak");
  m->call = mode && strcmp(mode, "call") == 0;
  m->place = dup_str(c, e, "place", 0);
  m->levels = (unsigned)num(e, "levels") & ((1u << DG_LEVEL_COUNT) - 1);
  m->format_said = num(e, "format_said");
  m->sideline = num(e, "sideline");
  m->postponed = num(e, "postponed");
  m->earlier = num(e, "earlier");
  m->status = status_of(dg_json_str(e, "status", NULL));
  cJSON_ArrayForEach(x, cJSON_GetObjectItemCaseSensitive(e, "countries")) {
    if (!cJSON_IsString(x) || !dg_ingest__iso3_ok(x->valuestring)) return bad(c, "meeting country");
    dg_meeting_add_country(m, x->valuestring);
  }
  cJSON_ArrayForEach(x, cJSON_GetObjectItemCaseSensitive(e, "persons")) {
    if (!cJSON_IsNumber(x) || x->valueint < 0 || (size_t)x->valueint >= npersons) return bad(c, "meeting person");
    if (m->npersons < DG_MAX_MEETING_PERSONS) m->persons[m->npersons++] = x->valueint;
  }
  if (c->bad) return DG_EDATA;
  return evidence(c, &m->ev, cJSON_GetObjectItemCaseSensitive(e, "evidence"), doc);
}

static int meetings(ctx *c, dg_records *r, const cJSON *arr, const char *doc)
{
  const cJSON *e;
  if (!cJSON_IsArray(arr)) return bad(c, "meetings");
  cJSON_ArrayForEach(e, arr) {
    if (dg_grow((void **)&r->meetings, &r->capmeetings, r->nmeetings + 1, sizeof *r->meetings) < 0) return oom(c);
    dg_xmeeting *m = &r->meetings[r->nmeetings++];
    memset(m, 0, sizeof *m);
    if (one_meeting(c, m, e, r->npersons, doc) < 0) return DG_EDATA;
    if (!m->ev.n) return bad(c, "a meeting without evidence");
  }
  return 0;
}

static int document(ctx *c, dg_records *r, const cJSON *o)
{
  if (dg_grow((void **)&r->docs, &r->capdocs, 1, sizeof *r->docs) < 0) return oom(c);
  dg_xdocument *d = &r->docs[0];
  memset(d, 0, sizeof *d);
  r->ndocs = 1;
  d->id = dup_str(c, o, "id", 1);
  d->path = dup_str(c, o, "path", 0);
  d->published = dup_str(c, o, "published", 0);
  d->source = dup_str(c, o, "source", 0);
  d->url = dup_str(c, o, "url", 0);
  const char *ref = dg_json_str(o, "reference_date", NULL), *how = dg_json_str(o, "reference_how", NULL);
  if (ref && (strlen(ref) >= sizeof d->reference_date || strspn(ref, "0123456789-") != strlen(ref)))
    return bad(c, "reference_date");
  snprintf(d->reference_date, sizeof d->reference_date, "%s", ref ? ref : "");
  d->reference_how = (dg_reference_how)how_of(c, &dg_reference_how_vocab, how);
  return c->oom ? DG_ENOMEM : c->bad ? DG_EDATA : 0;
}

/* The general path: a cJSON tree, every key looked up. */
static int parse_tree(ctx *c, dg_extraction *x, const char *line, size_t len)
{
  cJSON *o = NULL;
  int rc = dg_json_parse(&o, line, len, c->name);
  if (rc < 0) return rc;
  rc = cJSON_IsObject(o) ? document(c, &x->r, o) : bad(c, "not an object");
  const char *doc = rc == 0 ? x->r.docs[0].id : NULL;
  if (rc == 0 && !(c->doc = dg_evstr_new(doc, strlen(doc)))) rc = oom(c);
  if (rc == 0) rc = countries(c, &x->r, cJSON_GetObjectItemCaseSensitive(o, "countries"), doc);
  if (rc == 0) rc = persons(c, &x->r, cJSON_GetObjectItemCaseSensitive(o, "persons"), doc);
  if (rc == 0) rc = meetings(c, &x->r, cJSON_GetObjectItemCaseSensitive(o, "meetings"), doc);
  cJSON_Delete(o);
  return rc;
}

int dg_extraction_parse(dg_extraction **out, const char *line, size_t len, const char *name)
{
  return dg_ingest__parse(out, line, len, name, 1);
}

int dg_ingest__parse(dg_extraction **out, const char *line, size_t len, const char *name, int fast)
{
  ctx c;
  memset(&c, 0, sizeof c);
  c.name = name ? name : "extraction";
  *out = NULL;
  if (dg_utf8_check(line, len) < 0) return bad(&c, "not UTF-8");
  dg_extraction *x = dg_calloc(1, sizeof *x);
  if (!x) return oom(&c);
  /* The writer's lines are read without a tree; anything else (and every
   * error) takes the general path. */
  int rc = fast ? dg_ingest__fast(&c, &x->r, line, len) : 0;
  if (rc == 0) {
    dg_ingest__free(&c);
    dg_records_free(&x->r);
    memset(x, 0, sizeof *x);
    memset(&c, 0, sizeof c);
    c.name = name ? name : "extraction";
    rc = parse_tree(&c, x, line, len);
  } else if (rc == DG_ENOMEM) {
    c.oom = 1;
  }
  dg_ingest__free(&c);
  if (rc < 0 || c.bad) {
    dg_extraction_free(x);
    /* a later bad() may have overwritten rc; a JSON syntax error keeps its code */
    return c.oom ? dg_error_oom() : c.bad ? DG_EDATA : rc;
  }
  *out = x;
  return 0;
}
