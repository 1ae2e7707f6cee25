/* Unit tests for the text layer: folding (with its offset map), tokens,
 * sentences, UTF-8 validation, documents and manifests. All text is invented. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diplograph.h"
#include "text/text.h"
#include "text/document.h"
#include "util/alloc.h"
#include "support.h"

/* ------------------------------------------------------------------ helpers */

static int is_char_start(const char *s, size_t at) { return ((unsigned char)s[at] & 0xC0) != 0x80; }

/* Fold s and compare with the expected folded string. */
static void fold_is_(const char *s, const char *want, int line)
{
  dg_folded f;
  assert_int_equal(dg_fold(&f, s, strlen(s)), 0);
  if (f.len != strlen(want) || memcmp(f.s, want, f.len) != 0) {
    print_error("line %d: fold(\"%s\") = \"%s\", expected \"%s\"\n", line, s, f.s, want);
    dg_folded_free(&f);
    fail();
  }
  assert_int_equal(f.s[f.len], '\0');
  dg_folded_free(&f);
}
#define fold_is(s, want) fold_is_(s, want, __LINE__)

/* The general invariants of the map: monotone, every entry the start of an
 * original character, map[len] == original length. */
static void check_map_invariants(const char *s)
{
  size_t olen = strlen(s);
  dg_folded f;
  assert_int_equal(dg_fold(&f, s, olen), 0);
  for (size_t i = 0; i < f.len; i++) {
    assert_true(f.map[i] < olen);
    assert_true(is_char_start(s, f.map[i]));
    if (i > 0) assert_true(f.map[i] >= f.map[i - 1]);
  }
  assert_int_equal(f.map[f.len], olen);
  assert_int_equal(dg_utf8_check(f.s, f.len), 0);
  dg_folded_free(&f);
}

static void check_map(const char *s, const char *want, const uint32_t *map, size_t n)
{
  dg_folded f;
  assert_int_equal(dg_fold(&f, s, strlen(s)), 0);
  assert_string_equal(f.s, want);
  assert_int_equal(f.len, n - 1);
  for (size_t i = 0; i < n; i++) {
    if (f.map[i] != map[i]) {
      print_error("fold(\"%s\"): map[%zu] = %u, expected %u\n", s, i, f.map[i], map[i]);
      dg_folded_free(&f);
      fail();
    }
  }
  dg_folded_free(&f);
}

/* ------------------------------------------------------------------- dg_fold */

static void test_fold_case(void **state)
{
  (void)state;
  fold_is("Jane EXAMPLE met Jan Muster", "jane example met jan muster");
  fold_is("", "");
  fold_is("ABC xyz 123 !?", "abc xyz 123 !?");
  /* Tabs, CR and other controls become spaces; newlines stay. */
  fold_is("a\tb\r\nc\vd\fe", "a b \nc d e");
  fold_is("`quoted'", "'quoted'");
}

static void test_fold_diacritics(void **state)
{
  (void)state;
  fold_is("Çavuşoğlu", "cavusoglu");
  fold_is("Türkiye", "turkiye");
  fold_is("TÜRKİYE", "turkiye");
  fold_is("İstanbul", "istanbul");
  fold_is("Diyarbakır", "diyarbakir");
  fold_is("ı", "i");
  fold_is("Straße", "strasse");
  fold_is("ß", "ss");
  fold_is("Støre", "store");
  fold_is("Ø", "o");
  fold_is("Łódź", "lodz");
  fold_is("ł", "l");
  fold_is("Élysée", "elysee");
  fold_is("São Tomé", "sao tome");
  fold_is("Æsir Œuvre", "aesir oeuvre");
  fold_is("Þór Đinh", "thor dinh");
}

static void test_fold_punctuation_and_spaces(void **state)
{
  (void)state;
  /* Typographic quotes. */
  fold_is("\xE2\x80\x98" "a" "\xE2\x80\x99", "'a'");                 /* ‘a’ */
  fold_is("\xE2\x80\x9C" "b" "\xE2\x80\x9D", "\"b\"");               /* “b” */
  fold_is("\xC2\xAB" "c" "\xC2\xBB", "\"c\"");                       /* «c» */
  fold_is("Quai d\xE2\x80\x99Orsay", "quai d'orsay");
  /* Dashes. */
  fold_is("two\xE2\x80\x93way", "two-way");                          /* en dash */
  fold_is("talks\xE2\x80\x94then", "talks-then");                    /* em dash */
  fold_is("a\xE2\x80\x90" "b", "a-b");                               /* U+2010 hyphen */
  fold_is("5\xE2\x88\x92" "3", "5-3");                               /* minus sign */
  /* Spaces. */
  fold_is("a\xC2\xA0" "b", "a b");                                   /* NBSP */
  fold_is("a\xE2\x80\x89" "b", "a b");                               /* thin space */
  fold_is("a\xE2\x80\xAF" "b", "a b");                               /* narrow NBSP */
  fold_is("a\xE2\x80\x83" "b", "a b");                               /* em space */
  /* Invisible characters vanish. */
  fold_is("co\xC2\xAD" "operation", "cooperation");                  /* soft hyphen */
  fold_is("zero\xE2\x80\x8B" "width", "zerowidth");                  /* ZWSP */
  fold_is("a\xE2\x80\x8D" "b\xE2\x81\xA0" "c", "abc");               /* ZWJ, word joiner */
  fold_is("\xEF\xBB\xBF" "text", "text");                            /* BOM */
  /* Line and paragraph separators are newlines; the ellipsis is three dots. */
  fold_is("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c", "a\nb\nc");
  fold_is("wait\xE2\x80\xA6", "wait...");
}

static void test_fold_map_exact(void **state)
{
  (void)state;
  /* ASCII: identity. */
  static const uint32_t m_ascii[] = {0, 1, 2, 3};
  check_map("AbC", "abc", m_ascii, 4);
  /* Two-byte letters fold to one byte each. */
  static const uint32_t m_cav[] = {0, 2, 3, 4, 5, 7, 8, 10, 11, 12};
  check_map("Çavuşoğlu", "cavusoglu", m_cav, 10);
  /* A three-byte dash folds to one byte. */
  static const uint32_t m_dash[] = {0, 1, 4, 5};
  check_map("x\xE2\x80\x93y", "x-y", m_dash, 4);
  /* One character folding to several bytes: all map to its start. */
  static const uint32_t m_ss[] = {0, 1, 1, 3, 4};
  check_map("aßb", "assb", m_ss, 5);
  static const uint32_t m_ell[] = {0, 1, 1, 1, 4, 5};
  check_map("a\xE2\x80\xA6" "b", "a...b", m_ell, 6);
  /* A removed character leaves no byte; the next one maps to its own start. */
  static const uint32_t m_shy[] = {0, 1, 4, 5, 6};
  check_map("co\xC2\xAD" "op", "coop", m_shy, 5);
  /* İ (two bytes) folds to "i". */
  static const uint32_t m_ist[] = {0, 2, 3, 4};
  check_map("İst", "ist", m_ist, 4);
  /* Thin space (three bytes) to one space. */
  static const uint32_t m_thin[] = {0, 1, 4, 5};
  check_map("a\xE2\x80\x89" "b", "a b", m_thin, 4);
}

static void test_fold_map_invariants(void **state)
{
  (void)state;
  check_map_invariants("Çavuşoğlu met the Türkiye delegation in İstanbul.");
  check_map_invariants("\xE2\x80\x9CStraße\xE2\x80\x9D \xE2\x80\x94 Łódź\xC2\xA0" "and Støre\xE2\x80\xA6");
  check_map_invariants("Москва, 北京, 서울 and Tōkyō");
  check_map_invariants("co\xC2\xAD" "op\xE2\x80\x8B" "eration");
  check_map_invariants("");
}

static void test_fold_other_scripts(void **state)
{
  (void)state;
  /* Cyrillic is lowercased; CJK is left alone; the output is valid UTF-8. */
  fold_is("МОСКВА Москва", "москва москва");
  fold_is("北京 上海", "北京 上海");
  fold_is("Αθήνα", "αθηνα");
  dg_folded f;
  const char *s = "Встреча в 東京";
  assert_int_equal(dg_fold(&f, s, strlen(s)), 0);
  assert_int_equal(dg_utf8_check(f.s, f.len), 0);
  assert_non_null(strstr(f.s, "встреча"));
  assert_non_null(strstr(f.s, "東京"));
  dg_folded_free(&f);
}

static void test_fold_string(void **state)
{
  (void)state;
  char *s;
  s = dg_fold_string("  South--Korea \n  Foreign   Minister ");
  assert_string_equal(s, "south korea foreign minister");
  dg_free(s);
  s = dg_fold_string("four-way");
  assert_string_equal(s, "four way");
  dg_free(s);
  s = dg_fold_string("Tête-à-tête");
  assert_string_equal(s, "tete a tete");
  dg_free(s);
  s = dg_fold_string("Quai d\xE2\x80\x99Orsay");
  assert_string_equal(s, "quai d'orsay");
  dg_free(s);
  s = dg_fold_string("two\xE2\x80\x93way\xC2\xA0\xC2\xA0talks");
  assert_string_equal(s, "two way talks");
  dg_free(s);
  s = dg_fold_string(" - ");
  assert_string_equal(s, "");
  dg_free(s);
  s = dg_fold_string("");
  assert_string_equal(s, "");
  dg_free(s);
}

/* -------------------------------------------------------------------- tokens */

typedef struct {
  const char *orig; /* original text of the token */
  const char *fold; /* folded text */
  int kind, flags;
} tok_want;

static void check_tokens(const char *s, const tok_want *w, size_t n)
{
  dg_text t;
  assert_int_equal(dg_text_analyse(&t, s, strlen(s)), 0);
  if (t.ntok != n) {
    print_error("\"%s\": %zu tokens, expected %zu\n", s, t.ntok, n);
    dg_text_free(&t);
    fail();
  }
  for (size_t i = 0; i < n; i++) {
    const dg_token *k = &t.tok[i];
    size_t ol = k->oe - k->os;
    if (ol != strlen(w[i].orig) || memcmp(s + k->os, w[i].orig, ol) != 0 ||
        dg_tok_len(&t, i) != strlen(w[i].fold) || memcmp(dg_tok_str(&t, i), w[i].fold, dg_tok_len(&t, i)) != 0 ||
        k->kind != w[i].kind || k->flags != w[i].flags) {
      print_error("\"%s\" token %zu: orig [%.*s] fold [%.*s] kind %d flags %d; expected [%s] [%s] %d %d\n", s, i,
                  (int)ol, s + k->os, (int)dg_tok_len(&t, i), dg_tok_str(&t, i), k->kind, k->flags,
                  w[i].orig, w[i].fold, w[i].kind, w[i].flags);
      dg_text_free(&t);
      fail();
    }
  }
  dg_text_free(&t);
}

enum { W = DG_TOK_WORD, N = DG_TOK_NUM, P = DG_TOK_PUNCT };
enum { CAP = DG_TOKF_CAP, SP = DG_TOKF_SPACE, NL = DG_TOKF_NEWLINE, PA = DG_TOKF_PARA, AC = DG_TOKF_ALLCAP };

static void test_tokens_kinds_and_flags(void **state)
{
  (void)state;
  static const tok_want w[] = {
    {"Jane", "jane", W, CAP | NL | PA},
    {"EXAMPLE", "example", W, CAP | AC | SP},
    {"met", "met", W, SP},
    {"3", "3", N, SP},
    {"envoys", "envoys", W, SP},
    {",", ",", P, 0},
    {"in", "in", W, SP},
    {"Berlin", "berlin", W, CAP | SP},
    {".", ".", P, 0},
    {"The", "the", W, CAP | SP | NL},
    {"NATO", "nato", W, CAP | AC | SP},
    {"talks", "talks", W, SP},
    {"ended", "ended", W, SP | NL | PA},
    {"2024", "2024", N, SP},
    {"G7", "g7", W, CAP | SP},
  };
  check_tokens("Jane EXAMPLE met 3 envoys, in Berlin.\nThe NATO talks\n\nended 2024 G7", w,
               sizeof w / sizeof w[0]);
}

static void test_tokens_unicode_spans(void **state)
{
  (void)state;
  static const tok_want w[] = {
    {"Çavuşoğlu", "cavusoglu", W, CAP | NL | PA},
    {"\xE2\x80\x94", "-", P, SP},
    {"İstanbul", "istanbul", W, CAP | SP},
    {"\xE2\x80\x99", "'", P, 0},
    {"s", "s", W, 0},
    {"Straße", "strasse", W, CAP | SP},
    {"A", "a", W, CAP | SP}, /* one letter: not ALLCAP */
  };
  check_tokens("Çavuşoğlu \xE2\x80\x94 İstanbul\xE2\x80\x99s Straße A", w, sizeof w / sizeof w[0]);
}

/* Every token's original span starts and ends on character boundaries. */
static void test_tokens_spans_on_boundaries(void **state)
{
  (void)state;
  const char *s = "They waited\xE2\x80\xA6 and then met.";
  dg_text t;
  assert_int_equal(dg_text_analyse(&t, s, strlen(s)), 0);
  size_t dots = 0;
  for (size_t i = 0; i < t.ntok; i++) {
    assert_true(t.tok[i].os < t.tok[i].oe);
    assert_true(t.tok[i].oe <= strlen(s));
    assert_true(is_char_start(s, t.tok[i].os));
    if (dg_tok_is(&t, i, ".") && t.tok[i].os == 11) {
      dots++;
      /* All three come from one character: each spans the whole of it. */
      assert_int_equal(t.tok[i].oe, 14);
    }
  }
  assert_int_equal(dots, 3);
  dg_text_free(&t);
}

static void test_tok_is(void **state)
{
  (void)state;
  dg_text t;
  const char *s = "Jane met";
  assert_int_equal(dg_text_analyse(&t, s, strlen(s)), 0);
  assert_true(dg_tok_is(&t, 0, "jane"));
  assert_false(dg_tok_is(&t, 0, "Jane")); /* folded */
  assert_false(dg_tok_is(&t, 0, "jan"));
  assert_true(dg_tok_is(&t, 1, "met"));
  assert_false(dg_tok_is(&t, 2, "met")); /* out of range */
  dg_text_free(&t);
}

/* ----------------------------------------------------------------- sentences */

/* Split s and compare the sentences' original spans with want[]. */
static void sentences_are_(const char *s, const char *const *want, size_t n, int line)
{
  dg_text t;
  assert_int_equal(dg_text_analyse(&t, s, strlen(s)), 0);
  int ok = t.nsent == n;
  for (size_t i = 0; ok && i < n; i++) {
    const dg_sentence *x = &t.sent[i];
    ok = x->oe - x->os == strlen(want[i]) && memcmp(s + x->os, want[i], strlen(want[i])) == 0;
  }
  if (!ok) {
    print_error("line %d: \"%s\" gave %zu sentences (expected %zu):\n", line, s, t.nsent, n);
    for (size_t i = 0; i < t.nsent; i++)
      print_error("  [%.*s]\n", (int)(t.sent[i].oe - t.sent[i].os), s + t.sent[i].os);
    dg_text_free(&t);
    fail();
  }
  /* Sentences tile the tokens. */
  for (size_t i = 0; i < t.nsent; i++) {
    assert_true(t.sent[i].t0 < t.sent[i].t1);
    assert_int_equal(t.sent[i].t0, i == 0 ? 0 : t.sent[i - 1].t1);
  }
  if (n) assert_int_equal(t.sent[n - 1].t1, t.ntok);
  dg_text_free(&t);
}
#define SENTENCES(s, ...)                                                                    \
  do {                                                                                       \
    static const char *const want_[] = {__VA_ARGS__};                                        \
    sentences_are_(s, want_, sizeof want_ / sizeof want_[0], __LINE__);                      \
  } while (0)

static void test_sentences_abbreviations(void **state)
{
  (void)state;
  SENTENCES("Mr. Example met Dr. Muster in the U.S. capital on Dec. 5. Gen. Sample and J. Smith "
            "attended. Ms. Doe did not.",
            "Mr. Example met Dr. Muster in the U.S. capital on Dec. 5.",
            "Gen. Sample and J. Smith attended.", "Ms. Doe did not.");
  SENTENCES("Talks with Prof. Example and Lt. Col. Sample began. They ended.",
            "Talks with Prof. Example and Lt. Col. Sample began.", "They ended.");
  SENTENCES("The envoy arrived at 5 p.m. and left.", "The envoy arrived at 5 p.m. and left.");
  /* A period followed by a lowercase word does not end a sentence. */
  SENTENCES("They met the envoy. then they left.", "They met the envoy. then they left.");
}

static void test_sentences_punctuation(void **state)
{
  (void)state;
  SENTENCES("Did they meet? Yes! They met twice.", "Did they meet?", "Yes!", "They met twice.");
  /* Closing quotes after the period stay in the sentence. */
  SENTENCES("She said: \"We met.\" Then they left.", "She said: \"We met.\"", "Then they left.");
  SENTENCES("He called it \xE2\x80\x9Cuseful.\xE2\x80\x9D Talks continue.",
            "He called it \xE2\x80\x9Cuseful.\xE2\x80\x9D", "Talks continue.");
  SENTENCES("It was \xE2\x80\x98" "fruitful.\xE2\x80\x99 Both sides agreed.",
            "It was \xE2\x80\x98" "fruitful.\xE2\x80\x99", "Both sides agreed.");
  SENTENCES("They met (in private.) Then they spoke.", "They met (in private.)", "Then they spoke.");
  /* A number or an opening quote may start the next sentence. */
  SENTENCES("They met. 12 envoys came. \"Good,\" she said.", "They met.", "12 envoys came.",
            "\"Good,\" she said.");
  /* No space after the period: not a break. */
  SENTENCES("See example.org for details.", "See example.org for details.");
}

static void test_sentences_lines(void **state)
{
  (void)state;
  /* A blank line always breaks, even mid-sentence and after a comma. */
  SENTENCES("The talks began,\n\nand then ended", "The talks began,", "and then ended");
  SENTENCES("The talks began\n   \nin the morning", "The talks began", "in the morning");
  /* A headline followed by a capitalised line. */
  SENTENCES("Ministers Meet in Example City\nJane Example met Jan Muster on Monday.",
            "Ministers Meet in Example City", "Jane Example met Jan Muster on Monday.");
  /* A hard-wrapped line whose next line starts lowercase. */
  SENTENCES("The two ministers met in the\ncapital on Monday and\nagreed to meet again.",
            "The two ministers met in the\ncapital on Monday and\nagreed to meet again.");
  /* A line ending in a comma continues even before a capital. */
  SENTENCES("The ministers of France,\nGermany and Poland met.",
            "The ministers of France,\nGermany and Poland met.");
  /* Windows line endings. */
  SENTENCES("Headline Here\r\nBody text follows.\r\n", "Headline Here", "Body text follows.");
  /* No text, no sentence. */
  dg_text t;
  assert_int_equal(dg_text_analyse(&t, " \n ", 3), 0);
  assert_int_equal(t.ntok, 0);
  assert_int_equal(t.nsent, 0);
  dg_text_free(&t);
}

static void test_sentences_spans_and_paragraphs(void **state)
{
  (void)state;
  const char *s = "  First one. Second one.\n\nThird one.\n\n\nFourth one\nFifth.  ";
  dg_text t;
  assert_int_equal(dg_text_analyse(&t, s, strlen(s)), 0);
  assert_int_equal(t.nsent, 5);
  static const struct { size_t os, oe; int para; const char *line; } w[] = {
    {2, 12, 0, "first one. second"}, {13, 24, 0, "first one. second"}, {26, 36, 1, "third one."},
    {39, 49, 2, "fourth one\n"}, {50, 56, 2, "fifth."}};
  for (size_t i = 0; i < 5; i++) {
    assert_int_equal(t.sent[i].os, w[i].os);
    assert_int_equal(t.sent[i].oe, w[i].oe);
    assert_int_equal(t.sent[i].paragraph, w[i].para);
    /* line_fs: the start of the sentence's line in the folded text (at most
     * the line's leading spaces are skipped). */
    size_t lf = t.sent[i].line_fs;
    assert_memory_equal(t.fold.s + lf, w[i].line, strlen(w[i].line));
    for (size_t k = lf; k > 0 && t.fold.s[k - 1] != '\n'; k--) assert_int_equal(t.fold.s[k - 1], ' ');
  }
  dg_text_free(&t);

  /* Original spans with multi-byte text around. */
  const char *u = "Çavuşoğlu met İlhan. “Talks,” he said.";
  assert_int_equal(dg_text_analyse(&t, u, strlen(u)), 0);
  assert_int_equal(t.nsent, 2);
  assert_int_equal(t.sent[0].os, 0);
  assert_int_equal(t.sent[0].oe, strlen("Çavuşoğlu met İlhan."));
  assert_int_equal(t.sent[1].os, strlen("Çavuşoğlu met İlhan. "));
  assert_int_equal(t.sent[1].oe, strlen(u));
  dg_text_free(&t);
}

/* --------------------------------------------------------------- dg_utf8_check */

static void utf8_bad_(const char *s, size_t len, long offset, int line)
{
  dg_error_clear();
  int rc = dg_utf8_check(s, len);
  if (rc != DG_EINPUT || dg_error_last()->code != DG_EINPUT || dg_error_last()->offset != offset) {
    print_error("line %d: rc %d, offset %ld, expected DG_EINPUT at %ld\n", line, rc,
                dg_error_last()->offset, offset);
    fail();
  }
}
#define utf8_bad(lit, off) utf8_bad_(lit, sizeof(lit) - 1, off, __LINE__)

static void test_utf8_check(void **state)
{
  (void)state;
  const char *ok = "Çavuşoğlu, 北京, Москва, \xF0\x9F\x8C\x8D, \xF4\x8F\xBF\xBF, \xEF\xBF\xBD";
  assert_int_equal(dg_utf8_check(ok, strlen(ok)), 0);
  assert_int_equal(dg_utf8_check("", 0), 0);
  utf8_bad("ab\x80" "cd", 2);               /* lone continuation byte */
  utf8_bad("abc\xC0\x80", 3);               /* overlong NUL */
  utf8_bad("a\xC1\xBF", 1);                 /* overlong */
  utf8_bad("ab\xE0\x80\x80", 2);            /* overlong 3-byte */
  utf8_bad("x\xF0\x80\x80\x80", 1);         /* overlong 4-byte */
  utf8_bad("ok \xED\xA0\x80", 3);           /* surrogate U+D800 */
  utf8_bad("ok \xED\xBF\xBF", 3);           /* surrogate U+DFFF */
  utf8_bad("abcd\xE2\x82", 4);              /* truncated at the end */
  utf8_bad("abcd\xF0\x9F\x8C", 4);          /* truncated 4-byte */
  utf8_bad("Çx\xC3", 3);                    /* truncated after a good char */
  utf8_bad("a\xE2(\xA1", 1);                /* bad continuation */
  utf8_bad("ab\xF5\x80\x80\x80", 2);        /* F5: beyond U+10FFFF */
  utf8_bad("\xF4\x90\x80\x80", 0);          /* U+110000 */
  utf8_bad("\xFF", 0);
  utf8_bad("ab\0cd", 2);                    /* NUL byte */
  assert_non_null(strstr(dg_error_last()->message, "NUL"));
  utf8_bad("\0", 0);
}

/* ----------------------------------------------------------------- documents */

static void test_document_from_memory(void **state)
{
  (void)state;
  dg_document *d = (dg_document *)1;
  assert_int_equal(dg_document_from_memory(&d, "x", "", 0), DG_EINPUT);
  assert_null(d);
  assert_non_null(strstr(dg_error_last()->message, "empty"));
  assert_int_equal(dg_document_from_memory(&d, "x", " \n\t\r\n  ", 7), DG_EINPUT);
  assert_null(d);
  assert_non_null(strstr(dg_error_last()->message, "empty"));
  assert_int_equal(dg_document_from_memory(&d, "x", "bad \xC0\x80", 6), DG_EINPUT);
  assert_int_equal(dg_error_last()->offset, 4);
  assert_int_equal(dg_document_from_memory(&d, "x", "Jane\0met", 8), DG_EINPUT);
  assert_int_equal(dg_error_last()->offset, 4);

  const char *text = "Jane Example met Jan Muster.";
  assert_int_equal(dg_document_from_memory(&d, "doc-1", text, strlen(text)), 0);
  assert_non_null(d);
  assert_string_equal(dg_document_id(d), "doc-1");
  assert_null(dg_document_path(d));
  assert_int_equal(d->len, strlen(text));
  assert_string_equal(d->text, text);
  assert_true(d->text != text); /* copied */
  assert_int_equal(dg_document_set_published(d, "2024-02-29"), 0);
  assert_string_equal(d->published, "2024-02-29");
  assert_int_equal(dg_document_set_published(d, "2023-02-29"), DG_EARG);
  assert_int_equal(dg_document_set_published(d, "2024-3-1"), DG_EARG);
  assert_string_equal(d->published, "2024-02-29"); /* unchanged */
  assert_int_equal(dg_document_set_published(d, NULL), 0);
  assert_null(d->published);
  assert_int_equal(dg_document_set_source(d, "Invented Wire"), 0);
  assert_string_equal(d->source, "Invented Wire");
  dg_document_free(d);
  dg_document_free(NULL);

  /* A NULL id gets a default. */
  assert_int_equal(dg_document_from_memory(&d, NULL, "Text.", 5), 0);
  assert_non_null(dg_document_id(d));
  dg_document_free(d);
}

static void test_document_load_errors(void **state)
{
  (void)state;
  dg_document *d = (dg_document *)1;
  const char *missing = test_data_path("unit", "no-such-article.txt");
  assert_int_equal(dg_document_load(&d, missing, NULL), DG_EIO);
  assert_null(d);
  assert_int_equal(dg_error_last()->code, DG_EIO);
  assert_string_equal(dg_error_last()->file, missing);

  d = (dg_document *)1;
  const char *dir = test_data_path("unit", "");
  assert_int_equal(dg_document_load(&d, dir, NULL), DG_EIO);
  assert_null(d);
  assert_non_null(strstr(dg_error_last()->message, "directory"));
}

static void test_document_load(void **state)
{
  (void)state;
  dg_document *d = NULL;
  const char *p = test_data_path("unit", "art_a.txt");
  assert_int_equal(dg_document_load(&d, p, NULL), 0);
  assert_string_equal(dg_document_id(d), "art_a"); /* base name without extension */
  assert_string_equal(dg_document_path(d), p);
  assert_string_equal(d->text, "Jane Example arrived in Example City on Monday.\n");
  dg_document_free(d);

  assert_int_equal(dg_document_load(&d, p, "custom"), 0);
  assert_string_equal(dg_document_id(d), "custom");
  dg_document_free(d);
}

static void test_document_load_bom(void **state)
{
  (void)state;
  dg_document *d = NULL;
  assert_int_equal(dg_document_load(&d, test_data_path("unit", "bom.txt"), NULL), 0);
  assert_non_null(d);
  assert_string_equal(dg_document_id(d), "bom");
  /* The text itself is intact (after the BOM, whether skipped or not). */
  assert_non_null(strstr(d->text, "Jane Example met Jan Muster.\n"));
  /* The bytes are kept as stored, so evidence offsets are offsets into the
   * file; the BOM folds to nothing and is never part of a token. */
  assert_int_equal(d->len, 32);
  dg_text t;
  assert_int_equal(dg_text_analyse(&t, d->text, d->len), 0);
  assert_int_equal(t.tok[0].os, 3);
  assert_int_equal(t.tok[0].oe, 7);
  dg_text_free(&t);
  dg_document_free(d);

  /* A file holding only a BOM and a newline is an empty article. */
  d = (dg_document *)1;
  assert_int_equal(dg_document_load(&d, test_data_path("unit", "bom_only.txt"), NULL), DG_EINPUT);
  assert_null(d);
  assert_non_null(strstr(dg_error_last()->message, "empty"));
  assert_int_equal(dg_document_from_memory(&d, "x", "\xEF\xBB\xBF \n", 5), DG_EINPUT);
}

/* ----------------------------------------------------------------- manifests */

static void test_manifest_good(void **state)
{
  (void)state;
  dg_manifest *m = NULL;
  assert_int_equal(dg_manifest_load(&m, test_data_path("unit", "manifest_good.json")), 0);
  assert_non_null(m);
  assert_int_equal(m->count, 3);
  assert_string_equal(m->entries[0].id, "a");
  assert_string_equal(m->entries[0].path, test_data_path("unit", "art_a.txt"));
  assert_string_equal(m->entries[0].published, "2024-03-14");
  assert_string_equal(m->entries[0].source, "Invented Wire");
  assert_string_equal(m->entries[1].id, "b");
  assert_string_equal(m->entries[1].path, test_data_path("unit", "art_b.txt"));
  assert_null(m->entries[1].published);
  assert_null(m->entries[1].source);
  assert_null(m->entries[2].id);
  assert_string_equal(m->entries[2].path, "/nonexistent/absolute.txt"); /* absolute: kept */
  /* The resolved paths load. */
  for (size_t i = 0; i < 2; i++) {
    dg_document *d = NULL;
    assert_int_equal(dg_document_load(&d, m->entries[i].path, m->entries[i].id), 0);
    dg_document_free(d);
  }
  dg_manifest_free(m);
  dg_manifest_free(NULL);
}

static void manifest_fails_(const char *name, int code, long line, long column, const char *msg, int at)
{
  dg_manifest *m = (dg_manifest *)1;
  const char *p = test_data_path("unit", name);
  int rc = dg_manifest_load(&m, p);
  const dg_error *e = dg_error_last();
  if (rc != code || m != NULL || e->code != code || e->line != line || e->column != column ||
      strcmp(e->file, p) != 0 || (msg && !strstr(e->message, msg))) {
    print_error("line %d: %s: rc %d, line %ld, column %ld, file %s, message %s\n", at, name, rc,
                e->line, e->column, e->file, e->message);
    fail();
  }
}
#define manifest_fails(n, c, l, col, msg) manifest_fails_(n, c, l, col, msg, __LINE__)

static void test_manifest_errors(void **state)
{
  (void)state;
  manifest_fails("manifest_bad_date.json", DG_EDATA, -1, -1, "published");
  manifest_fails("manifest_no_documents.json", DG_EDATA, -1, -1, "documents");
  manifest_fails("manifest_dup_id.json", DG_EDATA, -1, -1, "documents[2]");
  manifest_fails("manifest_malformed.json", DG_EDATA, 4, 5, "line 4, column 5");
  manifest_fails("no-such-manifest.json", DG_EIO, -1, -1, NULL);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_fold_case),
    cmocka_unit_test(test_fold_diacritics),
    cmocka_unit_test(test_fold_punctuation_and_spaces),
    cmocka_unit_test(test_fold_map_exact),
    cmocka_unit_test(test_fold_map_invariants),
    cmocka_unit_test(test_fold_other_scripts),
    cmocka_unit_test(test_fold_string),
    cmocka_unit_test(test_tokens_kinds_and_flags),
    cmocka_unit_test(test_tokens_unicode_spans),
    cmocka_unit_test(test_tokens_spans_on_boundaries),
    cmocka_unit_test(test_tok_is),
    cmocka_unit_test(test_sentences_abbreviations),
    cmocka_unit_test(test_sentences_punctuation),
    cmocka_unit_test(test_sentences_lines),
    cmocka_unit_test(test_sentences_spans_and_paragraphs),
    cmocka_unit_test(test_utf8_check),
    cmocka_unit_test(test_document_from_memory),
    cmocka_unit_test(test_document_load_errors),
    cmocka_unit_test(test_document_load),
    cmocka_unit_test(test_document_load_bom),
    cmocka_unit_test(test_manifest_good),
    cmocka_unit_test(test_manifest_errors),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
