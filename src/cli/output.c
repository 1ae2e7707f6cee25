/* Outputs never half-written: a temporary file beside the target, checked
 * writes, fsync, then rename over the target. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int write_all(int fd, const char *data, size_t len)
{
  while (len > 0) {
    ssize_t n = write(fd, data, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    data += n;
    len -= (size_t)n;
  }
  return 0;
}

static int write_stdout(const char *data, size_t len)
{
  if (write_all(STDOUT_FILENO, data, len) == 0) return 0;
  if (errno == EPIPE) return 0; /* the reader has gone: end quietly */
  cli_error("<stdout>", "write error: %s", strerror(errno));
  return -1;
}

/* A FIFO, a terminal or a device (/dev/null) is written into, not replaced. */
static int write_special(const char *path, const char *data, size_t len)
{
  int fd = open(path, O_WRONLY | O_APPEND);
  if (fd < 0) { cli_error(path, "cannot open: %s", strerror(errno)); return -1; }
  int err = write_all(fd, data, len) < 0 ? errno : 0;
  if (close(fd) < 0 && !err) err = errno;
  if (err) { cli_error(path, "cannot write: %s", strerror(err)); return -1; }
  return 0;
}

int cli_write_output(const char *path, const char *data, size_t len)
{
  struct stat st;
  if (!path || strcmp(path, "-") == 0) return write_stdout(data, len);
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) { cli_error(path, "is a directory"); return -1; }
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) return write_special(path, data, len);
  size_t n = strlen(path);
  char *tmp = malloc(n + 32);
  if (!tmp) { cli_error(path, "out of memory"); return -1; }
  snprintf(tmp, n + 32, "%s.tmp-XXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    cli_error(path, "cannot create a temporary file beside it: %s", strerror(errno));
    free(tmp);
    return -1;
  }
  /* mkstemp makes 0600 files; give the output the usual 0666 less umask. */
  mode_t mask = umask(0);
  umask(mask);
  int err = write_all(fd, data, len) < 0 || fsync(fd) < 0 ? errno : 0;
  if (!err && fchmod(fd, 0666 & ~mask) < 0) err = errno;
  if (close(fd) < 0 && !err) err = errno;
  if (!err && rename(tmp, path) < 0) err = errno;
  if (err) {
    unlink(tmp);
    cli_error(path, "cannot write: %s", strerror(err));
    free(tmp);
    return -1;
  }
  free(tmp);
  return 0;
}
