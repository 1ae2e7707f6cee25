/* dg_extract: one article in, its countries, persons and meetings out. */
#include "extract/context.h"
#include "util/alloc.h"
#include "util/error.h"
#include <string.h>

static int set_doc(dg_records *r, const dg_document *d)
{
  if (dg_grow((void **)&r->docs, &r->capdocs, 1, sizeof *r->docs) < 0) return DG_ENOMEM;
  dg_xdocument *x = &r->docs[0];
  memset(x, 0, sizeof *x);
  r->ndocs = 1;
  x->id = dg_strdup(d->id);
  x->path = d->path ? dg_strdup(d->path) : NULL;
  x->published = d->published ? dg_strdup(d->published) : NULL;
  x->source = d->source ? dg_strdup(d->source) : NULL;
  x->url = d->url ? dg_strdup(d->url) : NULL;
  if (!x->id || (d->path && !x->path) || (d->published && !x->published) || (d->source && !x->source) ||
      (d->url && !x->url))
    return DG_ENOMEM;
  return 0;
}

/* Every mention of a country in the story is evidence for it. */
static int country_mentions(dg_ctx *c)
{
  for (size_t s = 0; s < c->text.nsent; s++) {
    if (c->boiler[s]) continue;
    const dg_sentence *se = &c->text.sent[s];
    for (size_t t = se->t0; t < se->t1; t++) {
      const dg_hit *h = dg_ent_at(c, t);
      if (!dg_is_country_hit(h)) continue;
      size_t te = dg_hit_end_tok(c, h, t);
      dg_xcountry *x;
      if (dg_records_add_country(c->r, c->gz->countries[h->ref].iso3, &x) < 0) return DG_ENOMEM;
      if (x->ev.n < DG_EVIDENCE_PER_ARTICLE &&
          dg_evlist_add_in(&x->ev, c->doc->id, c->text.tok[t].os, c->text.tok[te - 1].oe, c->doc->text, se->os,
                           se->oe) < 0)
        return DG_ENOMEM;
      t = te - 1;
    }
  }
  return 0;
}

/* Countries that act: in a meeting, or represented by a state official. */
static void mark_actors(dg_records *r)
{
  for (size_t i = 0; i < r->ncountries; i++) {
    dg_xcountry *x = &r->countries[i];
    for (size_t p = 0; p < r->npersons && !x->actor; p++)
      x->actor = !r->persons[p].nonstate && strcmp(r->persons[p].iso3, x->iso3) == 0;
    for (size_t m = 0; m < r->nmeetings && !x->actor; m++)
      x->actor = dg_meeting_has_country(&r->meetings[m], x->iso3);
  }
}

void dg_ctx_free(dg_ctx *c)
{
  dg_text_free(&c->text);
  dg_free(c->hits.v);
  dg_free(c->ent); dg_free(c->evt); dg_free(c->cue);
  dg_free(c->tok_date); dg_free(c->tok_person); dg_free(c->tok_bits);
  dg_free(c->boiler); dg_free(c->dates); dg_free(c->pm); dg_free(c->pkeys); dg_free(c->last_speaker);
  dg_strmap_free(&c->by_surname); dg_strmap_free(&c->by_first);
  dg_free(c->prev_surname); dg_free(c->prev_first);
  dg_xmeeting_clear(&c->pending);
}

int dg_extract(dg_extraction **out, const dg_gazetteer *gz, const dg_document *doc,
               const dg_extract_options *opts)
{
  dg_ctx c;
  int rc;
  *out = NULL;
  dg_extraction *x = dg_calloc(1, sizeof *x);
  if (!x) return DG_ENOMEM;
  memset(&c, 0, sizeof c);
  c.gz = gz;
  c.doc = doc;
  c.r = &x->r;
  if ((rc = set_doc(c.r, doc)) < 0 || (rc = dg_annotate(&c, opts)) < 0 ||
      (rc = dg_find_persons(&c)) < 0 || (rc = country_mentions(&c)) < 0 ||
      (c.has_trigger && (rc = dg_find_meetings(&c)) < 0) || (rc = dg_settle_modes(&c)) < 0)
    goto done;
  mark_actors(c.r);
  x->not_english = dg_extract_not_english(&c);
done:
  dg_ctx_free(&c);
  if (rc < 0) {
    dg_error_locate(doc->path ? doc->path : doc->id, -1, -1, -1);
    dg_extraction_free(x);
    return rc;
  }
  *out = x;
  return 0;
}

int dg_extraction_info(dg_extraction_summary *out, const dg_extraction *x)
{
  const dg_records *r = &x->r;
  memset(out, 0, sizeof *out);
  out->id = r->ndocs ? r->docs[0].id : NULL;
  out->path = r->ndocs ? r->docs[0].path : NULL;
  for (size_t i = 0; i < r->ncountries; i++) out->countries += r->countries[i].actor != 0;
  out->mentioned_countries = r->ncountries;
  out->persons = r->npersons;
  out->meetings = r->nmeetings;
  out->reference_how = r->ndocs ? dg_reference_how_name(r->docs[0].reference_how) : "";
  out->not_english = x->not_english;
  return 0;
}

void dg_extraction_free(dg_extraction *x)
{
  if (!x) return;
  dg_records_free(&x->r);
  dg_free(x);
}
