#include "diplograph.h"
#include <stdlib.h>

const char *dg_version(void) { return DG_VERSION_STRING; }
void dg_string_free(char *s) { free(s); }
