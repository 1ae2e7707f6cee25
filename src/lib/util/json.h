/* Strict JSON input for every file the library reads (gazetteers, manifests,
 * answer keys, graphs): cJSON plus what it lacks: line and column of a syntax
 * error, rejection of duplicate keys, a nesting limit. */
#ifndef DG_UTIL_JSON_H
#define DG_UTIL_JSON_H
#include <cjson/cJSON.h>
#include <stddef.h>

/* cJSON allocates through the library's allocator (so failure injection
 * reaches it) and a failed allocation is remembered per thread, so that a
 * parse that ran out of memory is not reported as malformed input. Installed
 * once, on first use; it replaces any cJSON hooks the program set before. */
void dg_cjson_init(void);
/* 1 when a cJSON allocation failed since the last dg_cjson_clear(). */
int dg_cjson_failed(void);
void dg_cjson_clear(void);

/* Parse s[0..len); `name` names the input in errors. On failure returns
 * DG_EDATA with file, line and column set. *out is freed with cJSON_Delete. */
int dg_json_parse(cJSON **out, const char *s, size_t len, const char *name);
/* Read a whole file (at most DG_MAX_DATA_BYTES) and parse it. */
int dg_json_load_file(cJSON **out, const char *path);
/* A string member or NULL; *bad set when present but not a string (or null). */
const char *dg_json_str(const cJSON *obj, const char *key, int *bad);

#endif
