#include "export/writers.h"
#include "util/error.h"
int dg_write_report(dg_buf *out, const dg_graph *g, const char *prefix)
{ (void)out; (void)g; (void)prefix; return dg_error_set(DG_EARG, "the HTML report is not written yet"); }
