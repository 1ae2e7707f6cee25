#include "cli.h"
#include <getopt.h>
#include <stdarg.h>
#include <string.h>

/* Where messages go: stderr, or a stream that holds them back (run.c, so
 * that what the reader says of an article is said in input order). */
static FILE *held;

void cli_hold_messages(FILE *f) { held = f; }

/* Print one message as one line: control characters (a newline in a path
 * or an option value) are written as \n, \r, \t or \xHH. */
static void put_line(FILE *out, const char *s)
{
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p >= 0x20 && *p != 0x7f) fputc(*p, out);
    else if (*p == '\n') fputs("\\n", out);
    else if (*p == '\r') fputs("\\r", out);
    else if (*p == '\t') fputs("\\t", out);
    else fprintf(out, "\\x%02x", *p);
  }
}

static void emit(const char *file, long line, long column, const char *message)
{
  FILE *out = held ? held : stderr;
  fputs("diplograph: ", out);
  if (file && file[0]) {
    put_line(out, file);
    if (line > 0) fprintf(out, ":%ld", line);
    if (line > 0 && column > 0) fprintf(out, ":%ld", column);
    fputs(": ", out);
  }
  put_line(out, message);
  fputc('\n', out);
}

void cli_error(const char *file, const char *fmt, ...)
{
  char msg[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  emit(file, -1, -1, msg);
}

void cli_report(const char *fallback_file)
{
  const dg_error *e = dg_error_last();
  emit(e->file[0] ? e->file : fallback_file, e->line, e->column, e->message[0] ? e->message : "unknown error");
}

int cli_bad_option(char **argv, int c, const char *command)
{
  const char *arg = argv[optind - 1];
  if (c == ':') cli_error(NULL, "option '%s' needs an argument", arg);
  else if (optopt && arg[0] == '-' && arg[1] != '-') cli_error(NULL, "unknown option '-%c'", optopt);
  else cli_error(NULL, "unknown option '%s'", arg);
  fprintf(stderr, "Try 'diplograph %s--help' for more information.\n", command);
  return EXIT_USAGE;
}

int cli_exit_for(int code)
{
  switch (code) {
  case DG_EIO: case DG_EINPUT: return EXIT_INPUT;
  case DG_EDATA: return EXIT_DATA;
  case DG_EARG: return EXIT_USAGE;
  case DG_ELIMIT: return EXIT_INPUT;
  default: return EXIT_INTERNAL;
  }
}
