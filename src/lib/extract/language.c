/* Is the text English? diplograph reads English news; an article in another
 * language gives nothing, and the user should hear why. The common words of
 * English prose ("the", "of", "and") are in the gazetteer's stopwords: among
 * the first words of English text they are many, in other languages few. */
#include "extract/context.h"

#define SAMPLE 400    /* the first words looked at */
#define MIN_WORDS 30  /* fewer: too short to tell */

int dg_extract_not_english(const dg_ctx *c)
{
  size_t words = 0, common = 0;
  /* Each token's word bits say whether it is a stopword (one look-up made
   * in the annotation). SAMPLE / 10 common words settle it: English. */
  for (size_t t = 0; t < c->text.ntok && words < SAMPLE && common * 10 < SAMPLE; t++) {
    if (c->text.tok[t].kind != DG_TOK_WORD) continue;
    words++;
    common += c->tok_bits[t] >> DG_WORDBIT_STOP & 1u;
  }
  /* English news runs at 35-50% of such words; 10% is far below any English text */
  return words >= MIN_WORDS && common * 10 < words;
}
