/* The manifest: which articles to read, with their publication dates and
 * sources. Format in examples/README.md. */
#include "diplograph.h"
#include "util/alloc.h"
#include "util/error.h"
#include "util/json.h"
#include <stdio.h>
#include <string.h>

static int bad(const char *path, size_t i, const char *what)
{
  dg_error_set(DG_EDATA, "documents[%zu]: %s", i, what);
  dg_error_locate(path, -1, -1, -1);
  return DG_EDATA;
}

/* Paths in a manifest are relative to the manifest's folder. */
static char *resolve(const char *manifest, const char *path)
{
  const char *slash = strrchr(manifest, '/');
  if (path[0] == '/' || !slash) return dg_strdup(path);
  size_t dir = (size_t)(slash - manifest) + 1, n = strlen(path);
  char *p = dg_malloc(dir + n + 1);
  if (!p) return NULL;
  memcpy(p, manifest, dir);
  memcpy(p + dir, path, n + 1);
  return p;
}

static int read_entry(dg_manifest_entry *e, const cJSON *o, const char *path, size_t i)
{
  int b = 0;
  if (!cJSON_IsObject(o)) return bad(path, i, "must be an object");
  const char *file = dg_json_str(o, "path", &b), *id = dg_json_str(o, "id", &b);
  const char *pub = dg_json_str(o, "published", &b), *src = dg_json_str(o, "source", &b);
  const char *url = dg_json_str(o, "url", &b);
  if (b) return bad(path, i, "id, path, published, source and url must be strings (or null)");
  if (!file || !file[0]) return bad(path, i, "needs a \"path\"");
  if (pub && dg_date_check(pub) < 0) return bad(path, i, "\"published\" must be YYYY-MM-DD or null");
  e->path = resolve(path, file);
  e->id = id ? dg_strdup(id) : NULL;
  e->published = pub ? dg_strdup(pub) : NULL;
  e->source = src ? dg_strdup(src) : NULL;
  e->url = url ? dg_strdup(url) : NULL;
  if (!e->path || (id && !e->id) || (pub && !e->published) || (src && !e->source) || (url && !e->url))
    return DG_ENOMEM;
  return 0;
}

int dg_manifest_load(dg_manifest **out, const char *path)
{
  cJSON *root = NULL;
  *out = NULL;
  int rc = dg_json_load_file(&root, path);
  if (rc < 0) return rc;
  const cJSON *docs = cJSON_GetObjectItemCaseSensitive(root, "documents");
  dg_manifest *m = dg_calloc(1, sizeof *m);
  if (!m) { rc = DG_ENOMEM; goto done; }
  if (!cJSON_IsArray(docs)) {
    rc = dg_error_set(DG_EDATA, "needs a \"documents\" array");
    dg_error_locate(path, -1, -1, -1);
    goto done;
  }
  size_t n = (size_t)cJSON_GetArraySize(docs), i = 0;
  if (!(m->entries = dg_calloc(n + 1, sizeof *m->entries))) { rc = DG_ENOMEM; goto done; }
  const cJSON *o;
  cJSON_ArrayForEach(o, docs) {
    m->count = i + 1; /* so that a half-read entry is freed too */
    if ((rc = read_entry(&m->entries[i], o, path, i)) < 0) break;
    i++;
  }
  for (size_t a = 0; rc == 0 && a < m->count; a++)
    for (size_t b = a + 1; b < m->count; b++)
      if (m->entries[a].id && m->entries[b].id && strcmp(m->entries[a].id, m->entries[b].id) == 0) {
        rc = bad(path, b, "repeats the id of an earlier document");
        break;
      }
done:
  cJSON_Delete(root);
  if (rc < 0) { dg_manifest_free(m); return rc; }
  *out = m;
  return 0;
}

void dg_manifest_free(dg_manifest *m)
{
  if (!m) return;
  for (size_t i = 0; i < m->count; i++) {
    dg_free(m->entries[i].id);
    dg_free(m->entries[i].path);
    dg_free(m->entries[i].published);
    dg_free(m->entries[i].source);
    dg_free(m->entries[i].url);
  }
  dg_free(m->entries);
  dg_free(m);
}
