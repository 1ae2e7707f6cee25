/* libFuzzer target: the input is a manifest (examples/README.md), written to
 * a temporary file (mkstemp in /tmp, unlinked afterwards) and read with
 * dg_manifest_load. A loaded manifest is checked for the documented
 * invariants: every entry has a path, ids are unique, published dates are
 * real calendar dates. Public API only (src/include/diplograph.h). */
#define _POSIX_C_SOURCE 200809L
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diplograph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int write_all(int fd, const uint8_t *data, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n <= 0) return -1;
    data += n;
    size -= (size_t)n;
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char path[] = "/tmp/dg-fuzz-manifest-XXXXXX";
  dg_manifest *m = NULL;
  int fd = mkstemp(path);
  if (fd < 0) return 0; /* /tmp not writable: nothing to test */
  if (write_all(fd, data, size) != 0) {
    close(fd);
    unlink(path);
    return 0;
  }
  close(fd);

  if (dg_manifest_load(&m, path) == 0) {
    if (m == NULL) abort();
    for (size_t i = 0; i < m->count; i++) {
      const dg_manifest_entry *e = &m->entries[i];
      if (e->path == NULL) abort();
      if (e->published && dg_date_check(e->published) != 0) abort();
      for (size_t j = i + 1; j < m->count && j < i + 64; j++)
        if (e->id && m->entries[j].id && strcmp(e->id, m->entries[j].id) == 0) abort();
    }
  } else if (m != NULL) {
    abort(); /* *out must stay NULL on failure */
  }
  dg_manifest_free(m);
  unlink(path);
  dg_error_clear();
  return 0;
}
