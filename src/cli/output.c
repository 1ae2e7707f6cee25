/* Outputs never half-written: a temporary file beside the target, checked
 * writes, fsync, then rename over the target. Streams (`extract`) write
 * through the same temporary file. If a signal ends the program first, the
 * temporary file is removed and the previous output stays as it was. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cli.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary file being written, for the signal handler. */
static char pending[4096];
static volatile sig_atomic_t have_pending;

static void on_signal(int sig)
{
  if (have_pending) unlink(pending);
  signal(sig, SIG_DFL);
  raise(sig);
}

void cli_output_signals(void)
{
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) signal(sigs[i], on_signal);
  signal(SIGPIPE, SIG_IGN); /* a closed pipe is an EPIPE write, handled quietly */
  signal(SIGXFSZ, SIG_IGN); /* a file-size limit is a write error, reported */
}

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

int cli_out_open(cli_out *o, const char *path)
{
  struct stat st;
  memset(o, 0, sizeof *o);
  o->fd = STDOUT_FILENO;
  if (!path || strcmp(path, "-") == 0) return 0;
  o->path = path;
  o->target = path;
  /* A symbolic link is followed: its target is replaced, the link stays. */
  if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
    if (!realpath(path, o->resolved)) {
      cli_error(path, "a symbolic link to nothing that can be written (%s)", strerror(errno));
      return -1;
    }
    o->target = o->resolved;
  }
  path = o->target;
  /* An existing file keeps its mode and, where allowed, its owner. */
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
    o->keep_mode = 1;
    o->mode = st.st_mode & 07777;
    o->uid = st.st_uid;
    o->gid = st.st_gid;
  }
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) { cli_error(o->path, "is a directory"); return -1; }
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    /* A FIFO, a terminal or a device (/dev/null) is written into, not replaced. */
    o->fd = open(path, O_WRONLY | O_APPEND);
    if (o->fd < 0) { cli_error(path, "cannot open: %s", strerror(errno)); return -1; }
    o->special = 1;
    return 0;
  }
  size_t plen = strlen(path);
  if (plen + 12 >= sizeof o->tmp) { cli_error(o->path, "path too long"); return -1; }
  memcpy(o->tmp, path, plen);
  memcpy(o->tmp + plen, ".tmp-XXXXXX", 12);
  o->fd = mkstemp(o->tmp);
  if (o->fd < 0) {
    cli_error(path, "cannot create a temporary file beside it: %s", strerror(errno));
    return -1;
  }
  memcpy(pending, o->tmp, sizeof o->tmp < sizeof pending ? sizeof o->tmp : sizeof pending);
  have_pending = 1;
  return 0;
}

int cli_out_write(cli_out *o, const char *data, size_t len)
{
  if (o->err || o->quiet_stop) return o->err ? -1 : 0;
  if (write_all(o->fd, data, len) == 0) return 0;
  if (o->fd == STDOUT_FILENO && errno == EPIPE) { o->quiet_stop = 1; return 0; } /* the reader has gone */
  o->err = errno;
  return -1;
}

static void forget_pending(void)
{
  have_pending = 0;
  pending[0] = '\0';
}

int cli_out_close(cli_out *o, int keep)
{
  int err = o->err;
  if (o->fd == STDOUT_FILENO) {
    if (err) cli_error("<stdout>", "write error: %s", strerror(err));
    return err ? -1 : 0;
  }
  if (o->special) {
    if (close(o->fd) < 0 && !err) err = errno;
    if (err) cli_error(o->path, "cannot write: %s", strerror(err));
    return err ? -1 : 0;
  }
  /* mkstemp makes 0600 files; give the output the mode of the file it
   * replaces (its owner too, when allowed, as sed -i does), else the usual
   * 0666 less umask. */
  mode_t mask = umask(0);
  umask(mask);
  if (keep && !err && fsync(o->fd) < 0) err = errno;
  if (keep && !err && o->keep_mode && fchown(o->fd, (uid_t)o->uid, (gid_t)o->gid) < 0) { /* not ours to give: keep ours */ }
  if (keep && !err && fchmod(o->fd, o->keep_mode ? (mode_t)o->mode : 0666 & ~mask) < 0) err = errno;
  if (close(o->fd) < 0 && !err) err = errno;
  if (keep && !err && rename(o->tmp, o->target) < 0) err = errno;
  if (!keep || err) unlink(o->tmp);
  forget_pending();
  /* A failed write is said even when the output is dropped (extract). */
  if ((keep && err) || o->err) cli_error(o->path, "cannot write: %s", strerror(keep && err ? err : o->err));
  return (keep && err) || o->err ? -1 : 0;
}

int cli_write_output(const char *path, const char *data, size_t len)
{
  cli_out o;
  if (cli_out_open(&o, path) < 0) return -1;
  cli_out_write(&o, data, len);
  return cli_out_close(&o, 1);
}
