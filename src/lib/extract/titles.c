/* Titles longer than the gazetteer's phrases: a complement ("Minister of
 * Commerce", "Secretary for Strategic Affairs", "ambassador in Lima", "head
 * of the Chilean delegation"), a head noun after an institution ("Sovereign
 * Council Chairman", "National Security Office chief"), two titles joined
 * ("Prime Minister and Foreign Minister"), and the honorifics between a
 * title and its name ("Foreign Minister Prince X", "H.E. X"). The role is
 * the title as written (lower case); the level is the title's, or foreign or
 * defence when the portfolio says so. */
#include "extract/persons.h"
#include "util/vocab.h"
#include <string.h>

static int word_ci(const dg_ctx *c, size_t t, int set)
{
  return t < c->text.ntok && c->text.tok[t].kind == DG_TOK_WORD && dg_tok_in_set(c, t, set);
}

static int cap(const dg_ctx *c, size_t t)
{
  return t < c->text.ntok && c->text.tok[t].kind == DG_TOK_WORD && (c->text.tok[t].flags & DG_TOKF_CAP);
}

/* A word of a complement: a portfolio word, an institution noun, a country,
 * demonym or capital. Returns the token after it, or t. */
static size_t complement_word(const dg_ctx *c, size_t t, size_t t1, int *country, int take_country)
{
  const dg_hit *h = dg_ent_at(c, t);
  if (dg_is_country_hit(h)) {
    if (take_country && *country < 0) *country = h->ref;
    size_t e = dg_hit_end_tok(c, h, t);
    if (dg_tok_is(&c->text, e, "'") && dg_tok_is(&c->text, e + 1, "s")) e += 2;
    return e <= t1 ? e : t;
  }
  if (word_ci(c, t, DG_WORDS_PORTFOLIO) || word_ci(c, t, DG_WORDS_ORG_NOUN)) return t + 1;
  if (dg_tok_is(&c->text, t, "delegation") || dg_tok_is(&c->text, t, "government")) return t + 1;
  return t;
}

/* Words a complement may hold between its words: "the", "and", "of", "&",
 * and lower-case words glued to a hyphen ("nine-person"). */
static int filler(const dg_ctx *c, size_t t)
{
  static const char *const glue[] = {"the", "and", "of", "&", "-", NULL};
  if (dg_tok_word_in(c, t, glue)) return 1;
  if (c->text.tok[t].kind != DG_TOK_WORD || (c->text.tok[t].flags & DG_TOKF_CAP)) return 0;
  return dg_tok_is(&c->text, t + 1, "-") || (t > 0 && dg_tok_is(&c->text, t - 1, "-"));
}

size_t dg_title_complement(const dg_ctx *c, size_t t, size_t t1, int *country)
{
  static const char *const preps[] = {"of", "for", "in", "to", NULL};
  if (t >= t1 || !dg_tok_word_in(c, t, preps)) return t;
  /* "ambassador in/to X" serves the other country: X is not the person's. */
  int take = dg_tok_is(&c->text, t, "of") || dg_tok_is(&c->text, t, "for");
  size_t k = t + 1, last = t, words = 0, own = 0;
  int ctry = -1;
  while (k < t1 && words < 10) {
    size_t e = complement_word(c, k, t1, &ctry, take);
    if (e > k) { own += !dg_is_country_hit(dg_ent_at(c, k)); last = e; k = e; words++; continue; }
    if (dg_tok_is(&c->text, k, ",") || (c->text.tok[k].flags & DG_TOKF_NEWLINE)) break;
    if (cap(c, k) && !dg_tok_is(&c->text, k, "the")) { /* an unknown capitalised word */
      size_t j = k;
      while (cap(c, j) && j < t1) j++;
      if (dg_tok_is(&c->text, j, ",") && last == t) last = j; /* "Secretary for Xyz Zyx, Name" */
      break;
    }
    if (!filler(c, k)) break;
    k++;
    words++;
  }
  if (last == t || (take && !own && last > t + 1 && !dg_tok_is(&c->text, last - 1, ","))) return t; /* "of India": the country alone */
  if (ctry >= 0) *country = ctry;
  return last;
}

/* Lower-case words of [t0, t1) joined by single spaces (hyphens kept). */
void dg_title_text(const dg_ctx *c, size_t t0, size_t t1, char *buf, size_t n)
{
  size_t len = 0;
  buf[0] = '\0';
  for (size_t t = t0; t < t1; t++) {
    size_t l = dg_tok_len(&c->text, t);
    int space = len > 0 && (c->text.tok[t].flags & DG_TOKF_SPACE);
    if (len + l + (size_t)space + 1 > n) break;
    if (space) buf[len++] = ' ';
    memcpy(buf + len, dg_tok_str(&c->text, t), l);
    len += l;
    buf[len] = '\0';
  }
}

/* The level a portfolio says, or `level`. */
int dg_title_level(const dg_ctx *c, size_t t0, size_t t1, int level)
{
  for (size_t t = t0; t < t1; t++) {
    if (dg_tok_is(&c->text, t, "foreign") || dg_tok_is(&c->text, t, "external") ||
        (dg_tok_is(&c->text, t, "international") && dg_tok_is(&c->text, t + 1, "relations")))
      return level == DG_LEVEL_LEADERS ? level : DG_LEVEL_FOREIGN;
    if (dg_tok_is(&c->text, t, "defence") || dg_tok_is(&c->text, t, "defense"))
      return level == DG_LEVEL_LEADERS ? level : DG_LEVEL_DEFENCE;
  }
  return level;
}

/* Honorifics between a title and a name: "Prince", "Sheikh", "Dr.", "H.E.". */
size_t dg_skip_honorifics(const dg_ctx *c, size_t k, size_t t1)
{
  for (int n = 0; n < 4 && k < t1; n++) {
    const dg_token *tk = &c->text.tok[k];
    if (tk->kind == DG_TOK_WORD &&
        dg_strmap_get(&c->gz->honorifics, dg_tok_str(&c->text, k), dg_tok_len(&c->text, k)) >= 0) {
      k++;
      if (dg_tok_is(&c->text, k, ".")) k++;
      continue;
    }
    /* "H.E.", "H.H.": letter, dot, letter, dot */
    if (k + 3 < t1 && dg_tok_len(&c->text, k) == 1 && dg_tok_is(&c->text, k + 1, ".") &&
        dg_tok_len(&c->text, k + 2) == 1 && dg_tok_is(&c->text, k + 3, ".") && cap(c, k) && cap(c, k + 2)) {
      k += 4;
      continue;
    }
    break;
  }
  return k;
}

/* "Sovereign Council Chairman X", "Security Office chief X", "CIA Director
 * X", "Secretary of Homeland Security X": a head noun of title_heads that no
 * gazetteer title covers, with an institution before it or a complement
 * after it, then a name. */
static int one_head(dg_ctx *c, size_t t, size_t t0, size_t t1)
{
  dg_person_facts f = DG_PERSON_FACTS_INIT;
  char role[96];
  size_t s = t, cs = t;
  int inst = 0;
  while (s > t0 && s + 4 > t && (cap(c, s - 1) || c->ent[s - 1] >= 0) && c->tok_person[s - 1] < 0) {
    const dg_hit *h = c->ent[s - 1] >= 0 ? &c->hits.v[c->ent[s - 1]] : NULL;
    if (h && h->kind != DG_HIT_CAPITAL) break;
    inst |= word_ci(c, s - 1, DG_WORDS_ORG_NOUN) || word_ci(c, s - 1, DG_WORDS_PORTFOLIO) || h;
    s--;
  }
  if (!inst) s = t;
  f.country = dg_country_before(c, s, t0, &cs);
  if (f.country < 0 && s < t && dg_is_country_hit(dg_ent_at(c, s))) f.country = dg_ent_at(c, s)->ref;
  size_t k = dg_title_complement(c, t + 1, t1, &f.country);
  if (k == t + 1 && s == t) return 0;
  size_t ls = s;
  if (ls > t0 && dg_tok_is(&c->text, ls - 1, "the")) ls--;
  dg_title_text(c, s, k, role, sizeof role);
  f.role = role;
  f.level = dg_title_level(c, s, k, DG_LEVEL_OTHER);
  f.titled = 1;
  if (dg_tok_is(&c->text, k, ",")) k++;
  k = dg_skip_honorifics(c, k, t1);
  size_t ne = dg_name_end_expected(c, k, t1);
  if (ne > k) return dg_person_intern(c, k, ne, &f);
  int rc = dg_name_left_of(c, ls, t0, &f); /* "Name, the head of the X delegation" */
  return rc < 0 ? rc : 0;
}

int dg_persons_heads(dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0; t < t1; t++) {
    if (c->ent[t] >= 0 || c->tok_person[t] >= 0 || !word_ci(c, t, DG_WORDS_TITLE_HEAD)) continue;
    int rc = one_head(c, t, t0, t1);
    if (rc < 0) return rc;
  }
  return 0;
}

/* Country hits separated by "," and "and" from t: their indexes (at most
 * max) and the token after the list. */
static size_t country_list(const dg_ctx *c, size_t t, size_t t1, int *out, size_t max, size_t *n)
{
  size_t k = t, end = t;
  *n = 0;
  while (k < t1 && *n < max) {
    const dg_hit *h = dg_ent_at(c, k);
    if (!dg_is_country_hit(h)) break;
    out[(*n)++] = h->ref;
    k = end = dg_hit_end_tok(c, h, k);
    if (dg_tok_is(&c->text, k, ",")) k++;
    if (dg_tok_is(&c->text, k, "and")) k++;
  }
  return end;
}

/* "The foreign ministers of A, B and C, X, Y and Z", "Presidents of A and
 * B X and Y", "the A and B presidents X and Y", "Presidents X and Y": one
 * person per name, with the title's role, and the countries in order when
 * there are as many. */
static int one_plural(dg_ctx *c, size_t t, size_t t0, size_t t1)
{
  const dg_hit *h = dg_ent_at(c, t);
  const dg_title *ti = &c->gz->titles[h->ref];
  int countries[8], before[8];
  size_t nc = 0, nb = 0, names[8][2], nn = 0, k = dg_hit_end_tok(c, h, t);
  for (size_t j = t; j > t0 && nb < 8;) { /* demonyms before, right to left */
    const dg_hit *d = c->ent[j - 1] >= 0 ? &c->hits.v[c->ent[j - 1]] : NULL;
    if (d && d->kind == DG_HIT_DEMONYM) {
      before[nb++] = d->ref;
      while (j > t0 && c->ent[j - 1] >= 0 && &c->hits.v[c->ent[j - 1]] == d) j--;
    } else if (dg_tok_is(&c->text, j - 1, ",") || dg_tok_is(&c->text, j - 1, "and")) {
      j--;
    } else {
      break;
    }
  }
  for (size_t i = 0; i < nb; i++) countries[i] = before[nb - 1 - i];
  nc = nb;
  if (!nc && dg_tok_is(&c->text, k, "of")) k = country_list(c, k + 1, t1, countries, 8, &nc);
  if (dg_tok_is(&c->text, k, ",")) k++;
  while (k < t1 && nn < 8) {
    size_t ne = dg_name_end_expected(c, k, t1);
    if (ne == k) break;
    names[nn][0] = k; names[nn][1] = ne; nn++;
    k = ne;
    if (dg_tok_is(&c->text, k, ",")) k++;
    if (dg_tok_is(&c->text, k, "and")) k++;
  }
  if (nn < 2) return 0; /* one name after a plural is not this list */
  for (size_t i = 0; i < nn; i++) {
    dg_person_facts f = DG_PERSON_FACTS_INIT;
    f.country = nc == nn ? countries[i] : -1;
    f.role = ti->role;
    f.level = ti->level;
    f.titled = 1;
    int rc = dg_person_intern(c, names[i][0], names[i][1], &f);
    if (rc < 0) return rc;
  }
  return 0;
}

int dg_persons_plural(dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0; t < t1; t++) {
    const dg_hit *h = dg_ent_at(c, t);
    if (!h || h->kind != DG_HIT_TITLE || !c->gz->titles[h->ref].plural) continue;
    if (t > t0 && dg_tok_is(&c->text, t - 1, "former")) continue;
    int rc = one_plural(c, t, t0, t1);
    if (rc < 0) return rc;
  }
  return 0;
}

/* "when he served as Jan Example's chief of staff": the principal named
 * with a full name before a possessive title is a person too (no role). */
int dg_persons_principals(dg_ctx *c, size_t t0, size_t t1)
{
  for (size_t t = t0 + 2; t + 2 < t1; t++) {
    if (!dg_tok_is(&c->text, t, "'") || !dg_tok_is(&c->text, t + 1, "s") || c->tok_person[t - 1] >= 0) continue;
    const dg_hit *h = dg_ent_at(c, t + 2);
    int titled = (h && h->kind == DG_HIT_TITLE) || word_ci(c, t + 2, DG_WORDS_TITLE_HEAD) ||
                 (h = dg_ent_at(c, t + 3), h && h->kind == DG_HIT_TITLE);
    size_t ns = dg_name_start_before(c, t, t0);
    if (!titled || ns >= t || dg_name_words(c, ns, t) < 2) continue;
    dg_person_facts f = DG_PERSON_FACTS_INIT;
    int rc = dg_person_intern(c, ns, t, &f);
    if (rc < 0) return rc;
  }
  return 0;
}
