/* Replays fuzz inputs without libFuzzer, so that the corpora run under ctest
 * with any compiler (gcc included).
 *
 *   replay_fuzz_article DIR_OR_FILE...
 *
 * Link with one target source (tests/fuzz/fuzz_<name>.c). Calls
 * LLVMFuzzerInitialize once when the target defines it, then
 * LLVMFuzzerTestOneInput on every regular file of each directory (sorted by
 * name, dot-files and README* skipped; no recursion) and on every file given
 * directly. Each input is copied into a buffer of exactly its size, so a
 * sanitizer build (-DDG_SANITIZE=ON) catches reads past the end.
 * Exit status: 0 when every input ran, 2 when an argument or file could not
 * be read. A bug in the library shows as a crash or abort(). */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Optional in the target: weak, NULL when it is not defined. */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "replay: %s: cannot open\n", path);
    return -1;
  }
  size_t cap = 4096, len = 0;
  uint8_t *buf = malloc(cap);
  if (!buf) { fclose(f); return -1; }
  for (;;) {
    if (len == cap) {
      uint8_t *nb = realloc(buf, cap *= 2);
      if (!nb) { free(buf); fclose(f); return -1; }
      buf = nb;
    }
    size_t n = fread(buf + len, 1, cap - len, f);
    len += n;
    if (n == 0) break;
  }
  int err = ferror(f);
  fclose(f);
  if (err) {
    free(buf);
    fprintf(stderr, "replay: %s: read error\n", path);
    return -1;
  }
  /* An exact-size copy (at least one byte allocated). */
  uint8_t *exact = malloc(len ? len : 1);
  if (!exact) { free(buf); return -1; }
  if (len) memcpy(exact, buf, len);
  free(buf);
  fprintf(stderr, "replay: %s (%zu bytes)\n", path, len);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  return 0;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir, size_t *count) {
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "replay: %s: cannot open directory\n", dir);
    return -1;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  int rc = 0;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' || strncmp(e->d_name, "README", 6) == 0) continue;
    if (n == cap) {
      char **nn = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
      if (!nn) { rc = -1; break; }
      names = nn;
    }
    size_t dl = strlen(dir), fl = strlen(e->d_name);
    char *p = malloc(dl + fl + 2);
    if (!p) { rc = -1; break; }
    memcpy(p, dir, dl);
    p[dl] = '/';
    memcpy(p + dl + 1, e->d_name, fl + 1);
    names[n++] = p;
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_names);
  for (size_t i = 0; i < n; i++) {
    struct stat st;
    if (rc == 0 && stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
      if (run_file(names[i]) != 0) rc = -1;
      else (*count)++;
    }
    free(names[i]);
  }
  free(names);
  return rc;
}

int main(int argc, char **argv) {
  size_t count = 0;
  int status = 0;
  if (argc < 2) {
    fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
    return 2;
  }
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      fprintf(stderr, "replay: %s: not found\n", argv[i]);
      status = 2;
    } else if (S_ISDIR(st.st_mode)) {
      if (run_dir(argv[i], &count) != 0) status = 2;
    } else if (run_file(argv[i]) != 0) {
      status = 2;
    } else {
      count++;
    }
  }
  fprintf(stderr, "replay: %zu input(s) run\n", count);
  return status;
}
