/* Loading gazetteer JSON into the in-memory tables. */
#ifndef DG_LEXICON_LOAD_H
#define DG_LEXICON_LOAD_H
#include "lexicon/gazetteer.h"
#include <cjson/cJSON.h>

/* Validate the whole document first, then add it: nothing is added when the
 * document is invalid. Rebuilds the matcher. */
int dg_gazetteer_apply(dg_gazetteer *gz, const cJSON *root, const char *name);
/* The same without rebuilding the matcher (the caller does, once). */
int dg_gazetteer_add_tables(dg_gazetteer *gz, const cJSON *root, const char *name);
/* Validate without adding anything. */
int dg_gazetteer_check(const dg_gazetteer *gz, const cJSON *root, const char *name);

#endif
