/* The level of a frame: the plural titles of its clause ("the foreign
 * ministers", "the foreign and defence ministers"), a demonym's title with
 * no person ("the Chilean foreign minister"), else its level cues
 * ("summit"). Persons' levels are added as they join. Internal to extract/. */
#include "extract/frames.h"
#include <stdio.h>
#include <string.h>

/* "the foreign and defence ministers": the word before "and" with the rest of
 * the title ("foreign" + "ministers") is a title too. */
static void coordinated_level(dg_ctx *c, dg_frame *f, const dg_title *ti, size_t t)
{
  if (t < f->w0 + 2 || !dg_tok_is(&c->text, t - 1, "and") || c->text.tok[t - 2].kind != DG_TOK_WORD) return;
  const char *rest = strchr(ti->phrase, ' ');
  if (!rest) return;
  char want[96];
  int n = snprintf(want, sizeof want, "%.*s%s", (int)dg_tok_len(&c->text, t - 2), dg_tok_str(&c->text, t - 2), rest);
  if (n <= 0 || (size_t)n >= sizeof want) return;
  for (size_t i = 0; i < c->gz->ntitles; i++)
    if (c->gz->titles[i].plural && strcmp(c->gz->titles[i].phrase, want) == 0)
      f->m.levels |= 1u << c->gz->titles[i].level;
}

void dg_frame_levels(dg_ctx *c, dg_frame *f)
{
  unsigned cues = 0;
  for (size_t t = f->own0 > f->w0 ? f->own0 : f->w0; t < f->w1; t++) {
    const dg_hit *h = dg_ent_at(c, t), *q = dg_cue_at(c, t);
    if (h && h->kind == DG_HIT_TITLE && c->gz->titles[h->ref].plural) {
      f->m.levels |= 1u << c->gz->titles[h->ref].level;
      coordinated_level(c, f, &c->gz->titles[h->ref], t);
    } else if (h && h->kind == DG_HIT_TITLE && c->tok_person[t] < 0 && t > f->w0 && c->ent[t - 1] >= 0 &&
               c->hits.v[c->ent[t - 1]].kind == DG_HIT_DEMONYM && c->gz->titles[h->ref].level >= 0) {
      f->m.levels |= 1u << c->gz->titles[h->ref].level; /* "the Chilean foreign minister met ..." */
    }
    if (q && q->kind == DG_HIT_LEVEL && c->gz->levels[q->ref].value >= 0)
      cues |= 1u << c->gz->levels[q->ref].value;
  }
  if (!f->m.levels) f->m.levels = cues; /* titles say more than "summit" */
}
