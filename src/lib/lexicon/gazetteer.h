/* The gazetteer in memory: world knowledge loaded from JSON (built-in data
 * plus user files) and the matcher compiled from it. */
#ifndef DG_LEXICON_GAZETTEER_H
#define DG_LEXICON_GAZETTEER_H
#include "diplograph.h"
#include "util/strmap.h"
#include "util/strv.h"
#include "util/vocab.h"
#include <stddef.h>

typedef struct {
  char iso3[4];
  char *name;
  dg_strv aliases, demonyms, capitals;
  unsigned char rgb[3]; /* its colour in every figure ("colour"), when coloured */
  int coloured;
} dg_country;

typedef struct { char *name; int country; } dg_place;
typedef struct { char *phrase; char *role; int level; int plural; int country; } dg_title;
/* A named group of countries ("Weimar Triangle"): its members take part. */
typedef struct {
  char *name;
  dg_strv aliases;
  char members[16][4];
  size_t nmembers;
} dg_group;
/* A region named by an adjective ("African", "Gulf"): "the African leaders"
 * refers back to a set of its members. Not matched in text. */
typedef struct {
  char *name;
  char (*members)[4];
  size_t nmembers;
} dg_region;
typedef struct { char *phrase; int verb; int call; int anchored; int invited; int addressee; int pairwise; int modeless; } dg_trigger;
typedef struct { char *phrase; int value; } dg_cue; /* format, status or level */
typedef struct {
  char *name;
  dg_strv aliases;
  int country; /* index or -1 */
  char *role;
  int level;
  char *valid_from, *valid_to;
  int builtin; /* from the built-in list of officials: used only where the text says nothing */
} dg_known_person;

/* What a matcher hit refers to. */
enum {
  DG_HIT_COUNTRY = 0, DG_HIT_DEMONYM, DG_HIT_CAPITAL, DG_HIT_PLACE, DG_HIT_TITLE, DG_HIT_GROUP,
  DG_HIT_PERSON,  /* entity layer */
  DG_HIT_TRIGGER, DG_HIT_FORMAT, /* event layer */
  DG_HIT_STATUS, DG_HIT_LEVEL, DG_HIT_SPEECH, DG_HIT_SOURCE, DG_HIT_NONSTATE, /* cue layer */
  DG_HIT_KINDS
};

typedef struct dg_matcher dg_matcher;

/* Domain word sets (the gazetteer's "words" section): single folded words
 * the extraction looks tokens up in. dg_word_sets names them. */
enum {
  DG_WORDS_VISIT = 0,    /* visit_words: "trip", "flew" */
  DG_WORDS_ACTOR_NOUN,   /* actor_nouns: "officials", "delegation" */
  DG_WORDS_MARGIN,       /* margin_words: "sidelines", "margins" */
  DG_WORDS_PLACE_KIND,   /* place_kinds: "city", "town" */
  DG_WORDS_BRIEFING,     /* briefing_verbs: "told", "briefed" */
  DG_WORDS_REFUSAL,      /* refusal_words: "refused", "cancelled" */
  DG_WORDS_COUNT_NOUN,   /* count_nouns: "countries", "nations" */
  DG_WORDS_PAST_TENSE,   /* past_tenses: "met", "held" */
  DG_WORDS_TIME_ZONE,    /* time_zones: "gmt", "est" */
  DG_WORDS_DATELINE,     /* dateline_labels: "updated", "posted" */
  DG_WORDS_DISTRIBUTIVE, /* distributive_words: "separate", "respectively" */
  DG_WORDS_TOPIC_NOUN,   /* topic_nouns: "war", "crisis" (after a country: a topic) */
  DG_WORDS_GROUP_NOUN,   /* group_nouns: "trio", "sides" (a set named by reference) */
  DG_WORDS_POSTPONEMENT, /* postponement_words: "postponed", "rescheduled" */
  DG_WORDS_ORG_NOUN,     /* org_nouns: "party", "dialogue" (end a name of an institution) */
  DG_WORDS_PORTFOLIO,    /* portfolio_words: "commerce", "affairs" ("Minister of X") */
  DG_WORDS_TITLE_HEAD,   /* title_heads: "minister", "secretary" ("X of/for Y, Name") */
  DG_WORDS_INTL_ORG,     /* intl_orgs: "nato", "un" (a title after one is the organisation's) */
  DG_WORDS_OUTCOME,      /* outcome_participles: "reached", "signed" ("the deal reached at the talks") */
  DG_WORDS_OTHER_EVENT,  /* other_events: "festival", "marathon" (hosting one is no meeting) */
  DG_WORDS_INVITATION,   /* invitation_words: "invited", "invitation" (make an invited trigger real) */
  DG_WORDS_CALL_PURPOSE, /* call_purposes: "congratulate", "thank" ("called to congratulate X": a call) */
  DG_WORDS_BROKER,       /* broker_participles: "brokered", "mediated" ("Qatari-brokered talks": Qatar takes part) */
  DG_WORDS_PARTICIPATION, /* participation_words: "joined", "attended" (who took part in a meeting told before) */
  DG_WORDS_SETS
};
extern const char *const dg_word_sets[DG_WORDS_SETS];

struct dg_gazetteer {
  dg_country *countries; size_t ncountries, capcountries;
  dg_place *places; size_t nplaces, capplaces;
  dg_group *groups; size_t ngroups, capgroups;
  dg_region *regions; size_t nregions, capregions;
  dg_strmap region_index; /* lowercase name ("latin american") -> region index */
  dg_title *titles; size_t ntitles, captitles;
  dg_trigger *triggers; size_t ntriggers, captriggers;
  dg_cue *formats; size_t nformats, capformats;
  dg_cue *statuses; size_t nstatuses, capstatuses;
  dg_cue *levels; size_t nlevels, caplevels;
  dg_known_person *persons; size_t npersons, cappersons;
  dg_strv speech, source, nonstate;
  dg_strv bp_prefix, bp_cutoff, bp_caption;
  dg_strmap honorifics, particles, stopwords;
  dg_strmap words[DG_WORDS_SETS];
  dg_strmap iso_index; /* iso3 -> country index */
  /* Every word of the sets above -> the bits of the sets that hold it
   * (1 << DG_WORDS_*, and DG_WORDBIT_*): one look-up per token. */
  dg_strmap word_bits;
  dg_matcher *matcher;
};

/* Bits of word_bits beyond the DG_WORDS_* sets. */
enum { DG_WORDBIT_STOP = DG_WORDS_SETS, DG_WORDBIT_HONORIFIC, DG_WORDBIT_PARTICLE };

int dg_gazetteer_country(const dg_gazetteer *gz, const char *iso3); /* index or -1 */
/* The region named by the folded words w[0..n) ("latin american"), or -1;
 * is iso3 one of region r's members? */
int dg_gazetteer_region(const dg_gazetteer *gz, const char *w, size_t n);
int dg_region_has(const dg_gazetteer *gz, int r, const char *iso3);
/* The bits (word_bits) of the folded word w[0..n), 0 for none. */
int dg_gazetteer_word_bits(const dg_gazetteer *gz, const char *w, size_t n);
/* Build the indexes over the tables (word_bits, the matcher): after loading. */
int dg_gazetteer_index(dg_gazetteer *gz);
/* 1 when the folded word w[0..n) is in word set `set` (DG_WORDS_*). */
int dg_gazetteer_word(const dg_gazetteer *gz, int set, const char *w, size_t n);

#endif
