/* A saved web page's metadata (title, publication date, canonical url, site
 * name) and the choice of the element that holds the article. */
#include "text/html.h"
#include "util/alloc.h"
#include "util/calendar.h"
#include "util/json.h"
#include <string.h>

static int named(xmlNodePtr n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && n->name && xmlStrcasecmp(n->name, BAD_CAST name) == 0;
}

static char *attr(xmlNodePtr n, const char *name)
{
  xmlChar *v = xmlGetProp(n, BAD_CAST name);
  char *s = v ? dg_strdup((const char *)v) : NULL;
  xmlFree(v);
  return s;
}

/* Set *slot once (the first source in precedence order wins). */
static void take(char **slot, char *v)
{
  if (!*slot && v && v[0]) *slot = v;
  else dg_free(v);
}

/* "2021-03-04T10:00:00+01:00" -> "2021-03-04" (the date as the page says it). */
static char *iso_day(const char *s)
{
  int y, m, d;
  if (!s || strlen(s) < 10 || !dg_iso_fields(s, &y, &m, &d)) return NULL;
  return dg_strndup(s, 10);
}

static const char *const class_words[] = {"cookie", "consent", "banner", "related", "share", "social", "newsletter",
                                          "promo", "advert", "subscribe", "comments", "breadcrumb", "recommend",
                                          "paywall", "popup", "most-read", "trending"};
static const char *const skipped_elements[] = {"script", "style", "noscript", "nav", "aside", "footer", "header",
                                               "form", "button", "figure", "iframe", "svg", "template", "select",
                                               "dialog", "menu"};

int dg_html__skipped(xmlNodePtr n)
{
  if (n->type != XML_ELEMENT_NODE) return 0;
  for (size_t i = 0; i < sizeof skipped_elements / sizeof *skipped_elements; i++)
    if (named(n, skipped_elements[i])) return 1;
  static const char *const attrs[] = {"class", "id", "role"};
  for (size_t a = 0; a < 3; a++) {
    xmlChar *v = xmlGetProp(n, BAD_CAST attrs[a]);
    int hit = 0;
    for (size_t i = 0; v && !hit && i < sizeof class_words / sizeof *class_words; i++)
      hit = xmlStrcasestr(v, BAD_CAST class_words[i]) != NULL;
    if (v && a == 2) hit |= xmlStrcasecmp(v, BAD_CAST "navigation") == 0 || xmlStrcasecmp(v, BAD_CAST "complementary") == 0;
    xmlFree(v);
    if (hit) return 1;
  }
  return 0;
}

size_t dg_html__para_text(xmlNodePtr n)
{
  size_t t = 0;
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (dg_html__skipped(c)) continue;
    if (named(c, "p")) {
      xmlChar *s = xmlNodeGetContent(c);
      t += s ? (size_t)xmlStrlen(s) : 0;
      xmlFree(s);
    } else if (c->type == XML_ELEMENT_NODE) {
      t += dg_html__para_text(c);
    }
  }
  return t;
}

/* The best element named `name` (most paragraph text), or, name NULL, the
 * block whose own <p> children hold the most text. */
static void best(xmlNodePtr n, const char *name, xmlNodePtr *out, size_t *score)
{
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || dg_html__skipped(c)) continue;
    size_t s = 0;
    if (name ? named(c, name) : 1) {
      if (name) s = dg_html__para_text(c);
      else
        for (xmlNodePtr p = c->children; p; p = p->next)
          if (named(p, "p")) {
            xmlChar *t = xmlNodeGetContent(p);
            s += t ? (size_t)xmlStrlen(t) : 0;
            xmlFree(t);
          }
      if (s > *score) { *score = s; *out = c; }
    }
    best(c, name, out, score);
  }
}

xmlNodePtr dg_html__main_block(htmlDocPtr doc)
{
  xmlNodePtr root = xmlDocGetRootElement(doc), out = NULL;
  size_t score = 0;
  if (!root) return NULL;
  best(root, "article", &out, &score);
  if (!out) best(root, "main", &out, &score);
  if (!out) best(root, NULL, &out, &score);
  return out ? out : root;
}

/* JSON-LD: datePublished, headline, publisher.name, url, in an object, an
 * array or an @graph. */
static void json_ld(dg_html_meta *m, char **date, const cJSON *o, int depth)
{
  if (depth > 4 || !o) return;
  if (cJSON_IsArray(o)) {
    const cJSON *e;
    cJSON_ArrayForEach(e, o) json_ld(m, date, e, depth + 1);
    return;
  }
  if (!cJSON_IsObject(o)) return;
  const char *d = dg_json_str(o, "datePublished", NULL), *h = dg_json_str(o, "headline", NULL);
  if (d) take(date, iso_day(d));
  if (h) take(&m->title, dg_strdup(h));
  const cJSON *pub = cJSON_GetObjectItemCaseSensitive(o, "publisher");
  const char *pn = cJSON_IsObject(pub) ? dg_json_str(pub, "name", NULL) : NULL;
  if (pn) take(&m->site, dg_strdup(pn));
  json_ld(m, date, cJSON_GetObjectItemCaseSensitive(o, "@graph"), depth + 1);
}

/* Inside an element that is not the article's (a header is: the byline's
 * <time> is the article's date). */
static int in_skipped(xmlNodePtr n)
{
  for (xmlNodePtr p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
    if (!named(p, "header") && dg_html__skipped(p)) return 1;
  return 0;
}

typedef struct {
  char *og_title, *h1, *title, *pub_og, *pub_ld, *pub_time, *pub_meta, *canonical, *og_url, *og_site, *app;
} found;

static void meta_tag(found *f, xmlNodePtr n)
{
  char *key = attr(n, "property"), *content = attr(n, "content");
  if (!key) key = attr(n, "name");
  if (!key) key = attr(n, "itemprop");
  if (key && content) {
    static const char *const dates[] = {"date", "pubdate", "publishdate", "publish-date", "dc.date",
                                        "dc.date.issued", "parsely-pub-date", "sailthru.date", "datepublished",
                                        "article.published"};
    if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:title") == 0) take(&f->og_title, dg_strdup(content));
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:url") == 0) take(&f->og_url, dg_strdup(content));
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "og:site_name") == 0) take(&f->og_site, dg_strdup(content));
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "application-name") == 0) take(&f->app, dg_strdup(content));
    else if (xmlStrcasecmp(BAD_CAST key, BAD_CAST "article:published_time") == 0) take(&f->pub_og, iso_day(content));
    else
      for (size_t i = 0; i < sizeof dates / sizeof *dates; i++)
        if (xmlStrcasecmp(BAD_CAST key, BAD_CAST dates[i]) == 0) take(&f->pub_meta, iso_day(content));
  }
  dg_free(key);
  dg_free(content);
}

static void walk(found *f, dg_html_meta *m, xmlNodePtr n)
{
  for (xmlNodePtr c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (named(c, "meta")) meta_tag(f, c);
    else if (named(c, "link")) {
      char *rel = attr(c, "rel");
      if (rel && xmlStrcasecmp(BAD_CAST rel, BAD_CAST "canonical") == 0) take(&f->canonical, attr(c, "href"));
      dg_free(rel);
    } else if (named(c, "title") && !f->title) {
      xmlChar *t = xmlNodeGetContent(c);
      take(&f->title, t ? dg_strdup((const char *)t) : NULL);
      xmlFree(t);
    } else if (named(c, "time") && !in_skipped(c)) {
      char *dt = attr(c, "datetime");
      take(&f->pub_time, iso_day(dt));
      dg_free(dt);
    } else if (named(c, "h1")) {
      xmlChar *t = xmlNodeGetContent(c);
      take(&f->h1, t ? dg_strdup((const char *)t) : NULL);
      xmlFree(t);
    } else if (named(c, "script")) {
      char *type = attr(c, "type");
      xmlChar *body = type && xmlStrcasecmp(BAD_CAST type, BAD_CAST "application/ld+json") == 0 ? xmlNodeGetContent(c) : NULL;
      cJSON *o = NULL;
      if (body && dg_json_parse(&o, (const char *)body, (size_t)xmlStrlen(body), "JSON-LD") == 0) json_ld(m, &f->pub_ld, o, 0);
      cJSON_Delete(o);
      xmlFree(body);
      dg_free(type);
      continue;
    }
    if (!named(c, "script") && !named(c, "style")) walk(f, m, c->children);
  }
}

int dg_html__meta(dg_html_meta *m, htmlDocPtr doc)
{
  found f;
  memset(&f, 0, sizeof f);
  walk(&f, m, xmlDocGetRootElement(doc));
  /* the date: Open Graph, JSON-LD, <time datetime>, other meta names */
  char *order[] = {f.pub_og, f.pub_ld, f.pub_time, f.pub_meta};
  for (size_t i = 0; i < 4; i++) take(&m->published, order[i]);
  char *titles[] = {f.og_title, f.h1, f.title};
  for (size_t i = 0; i < 3; i++) take(&m->title, titles[i]);
  take(&m->url, f.canonical);
  take(&m->url, f.og_url);
  take(&m->site, f.og_site);
  take(&m->site, f.app);
  return 0;
}
