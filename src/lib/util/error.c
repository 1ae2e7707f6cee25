#include "util/error.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static _Thread_local dg_error last;

int dg_error_set(int code, const char *fmt, ...)
{
  va_list ap;
  memset(&last, 0, sizeof last);
  last.code = code;
  last.line = last.column = last.offset = -1;
  va_start(ap, fmt);
  vsnprintf(last.message, sizeof last.message, fmt, ap);
  va_end(ap);
  return code;
}

void dg_error_locate(const char *file, long line, long column, long offset)
{
  if (file) snprintf(last.file, sizeof last.file, "%s", file);
  last.line = line;
  last.column = column;
  last.offset = offset;
}

const dg_error *dg_error_last(void) { return &last; }

void dg_error_clear(void)
{
  memset(&last, 0, sizeof last);
  last.line = last.column = last.offset = -1;
}
