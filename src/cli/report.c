#include "cli.h"
#include <getopt.h>
#include <stdarg.h>
#include <string.h>

void cli_error(const char *file, const char *fmt, ...)
{
  va_list ap;
  fputs("diplograph: ", stderr);
  if (file && file[0]) fprintf(stderr, "%s: ", file);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void cli_report(const char *fallback_file)
{
  const dg_error *e = dg_error_last();
  const char *file = e->file[0] ? e->file : fallback_file;
  fputs("diplograph: ", stderr);
  if (file && file[0]) {
    fputs(file, stderr);
    if (e->line > 0) fprintf(stderr, ":%ld", e->line);
    if (e->line > 0 && e->column > 0) fprintf(stderr, ":%ld", e->column);
    fputs(": ", stderr);
  }
  fprintf(stderr, "%s\n", e->message[0] ? e->message : "unknown error");
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
