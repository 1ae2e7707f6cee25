/* The words of the escalation diagram: column heads (date, place, level),
 * the persons under each dot, lane names, phase labels, headline, subtitle,
 * credit and legend, composed here and measured with Graphviz's own text
 * layout (the pango metrics the renderers use), so that the plan can keep
 * every text box clear of the others. Names are written whole, as the
 * articles write them ("Wang Yi", "Mohammed bin Salman"); a long one breaks
 * over two lines at a space, never right after a lowercase particle. */
#include "export/timeline.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/sort.h"
#include <graphviz/types.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WRAP_NAME 11  /* characters: a longer name or place takes two lines */

const char *dg_tl_country_name(const dg_tl *t, const char *iso3)
{
  const dg_gazetteer *gz = dg_merged_gazetteer(t->g);
  int i = dg_gazetteer_country(gz, iso3);
  return i >= 0 ? gz->countries[i].name : iso3;
}

void dg_tl_text_free(dg_tl_text *x)
{
  dg_free(x->text);
  x->text = NULL;
}

static int take(dg_tl_text *x, dg_buf *b, double size, int bold)
{
  x->size = size;
  x->bold = bold;
  if (b->failed) { dg_buf_free(b); return DG_ENOMEM; }
  x->text = dg_buf_detach(b, NULL);
  return x->text ? 0 : DG_ENOMEM;
}

static int lowercase_word(const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'A' && s[i] <= 'Z') return 0;
  return n > 0;
}

/* s in one line, or two when long, each ended by `end` ("\\n" centred,
 * "\\l" left-justified). */
static void wrapped(dg_buf *b, const char *s, const char *end)
{
  size_t n = strlen(s), best = 0, word = 0;
  long bestd = LONG_MAX;
  for (size_t i = 0; n > WRAP_NAME && i < n; i++) {
    if (s[i] != ' ') continue;
    long d = labs((long)i - (long)(n / 2));
    if (!lowercase_word(s + word, i - word) && d < bestd) { bestd = d; best = i; }
    word = i + 1;
  }
  if (best) {
    dg_gv_clean_n(b, s, best);
    dg_buf_puts(b, end);
    s += best + 1;
  }
  dg_gv_clean(b, s);
  dg_buf_puts(b, end);
}

static void date_text(char *out, size_t n, const dg_xmeeting *m)
{
  char iso[16];
  dg_ymd_format(&m->date, iso, sizeof iso);
  dg_gv_date(out, n, iso);
  if (!out[0]) snprintf(out, n, "undated");
}

/* Date, place and level above the column. */
static int head(dg_tl *t, dg_tl_col *c)
{
  const dg_xmeeting *m = &t->r->meetings[c->m];
  char date[32];
  dg_buf b = DG_BUF_INIT;
  date_text(date, sizeof date, m);
  if (c->dated) dg_buf_printf(&b, "%s\\n", date); /* the strip says "Not dated" */
  if (m->place) wrapped(&b, m->place, "\\n");
  int level = dg_levels_main(m->levels);
  dg_buf_printf(&b, "%s%s\\n", dg_level_vocab.t[level].brief, m->call ? " call" : "");
  if (level != DG_LEVEL_INTELLIGENCE && (m->levels & (1u << DG_LEVEL_INTELLIGENCE))) dg_buf_puts(&b, "+ intel.\\n");
  return take(&c->head, &b, DG_TL_FS_TEXT, 0);
}

/* The persons of one country at a meeting, under its dot: two at most. */
static int names(dg_tl *t, dg_tl_col *c, size_t lane)
{
  const dg_xmeeting *m = &t->r->meetings[c->m];
  dg_buf b = DG_BUF_INIT;
  size_t shown = 0, more = 0;
  for (size_t i = 0; i < m->npersons; i++) {
    const dg_xperson *p = &t->r->persons[m->persons[i]];
    if (strcmp(p->iso3, t->lanes[lane]) != 0) continue;
    if (shown == 2) { more++; continue; }
    wrapped(&b, p->name, "\\l");
    shown++;
  }
  if (more) dg_buf_printf(&b, "+%zu more\\l", more);
  if (!b.len && !b.failed) return 0;
  dg_tl_names *nm = &c->names[c->nnames++];
  nm->lane = lane;
  return take(&nm->t, &b, DG_TL_FS_TEXT, 0);
}

static const char *format_name(size_t n)
{
  static const char *const fmt[] = {"", "Unilateral", "Bilateral", "Trilateral", "Quadrilateral",
                                    "Five-way", "Six-way", "Seven-way", "Eight-way"};
  return n < sizeof fmt / sizeof *fmt ? fmt[n] : "Multilateral";
}

/* "Trilateral" and, on a second line, who joined ("+ Syria"). */
static int phase_label(dg_tl *t, size_t p)
{
  dg_buf b = DG_BUF_INIT;
  dg_buf_printf(&b, "%s\\l", format_name(t->phases[p].size));
  if (p > 0) {
    const dg_xmeeting *now = &t->r->meetings[t->cols[t->phases[p].first].m];
    const dg_xmeeting *before = &t->r->meetings[t->cols[t->phases[p - 1].last].m];
    int any = 0;
    for (size_t c = 0; c < now->ncountries; c++)
      if (!dg_meeting_has_country(before, now->countries[c])) {
        dg_buf_puts(&b, any ? ", " : "+ ");
        dg_gv_clean(&b, dg_tl_country_name(t, now->countries[c]));
        any = 1;
      }
    if (any) dg_buf_puts(&b, "\\l");
  }
  return take(&t->phases[p].label, &b, DG_TL_FS_TEXT, 0);
}

static int by_name(const void *a, const void *b, void *ctx)
{
  return strcmp(dg_tl_country_name(ctx, *(const char *const *)a), dg_tl_country_name(ctx, *(const char *const *)b));
}

/* "Meetings of Iran, Russia, Syria and Turkey, Dec 2022 – May 2023". */
static int default_title(dg_tl *t, dg_buf *b)
{
  const char **names = dg_malloc((t->nlanes + 1) * sizeof *names);
  if (!names) return DG_ENOMEM;
  memcpy(names, t->lanes, t->nlanes * sizeof *names);
  dg_sort(names, t->nlanes, sizeof *names, by_name, t);
  if (t->nlanes > 6) dg_buf_printf(b, "Meetings of %zu countries", t->nlanes);
  else {
    dg_buf_puts(b, "Meetings of ");
    for (size_t i = 0; i < t->nlanes; i++) {
      if (i) dg_buf_puts(b, i + 1 == t->nlanes ? " and " : ", ");
      dg_gv_clean(b, dg_tl_country_name(t, names[i]));
    }
  }
  dg_free(names);
  if (t->ndated) {
    char a[32], z[32], iso[16];
    dg_ymd first = t->r->meetings[t->cols[0].m].date, last = t->r->meetings[t->cols[t->ndated - 1].m].date;
    if (first.prec == DG_PREC_DAY) first.prec = DG_PREC_MONTH;
    if (last.prec == DG_PREC_DAY) last.prec = DG_PREC_MONTH;
    dg_ymd_format(&first, iso, sizeof iso);
    dg_gv_date(a, sizeof a, iso);
    dg_ymd_format(&last, iso, sizeof iso);
    dg_gv_date(z, sizeof z, iso);
    if (strcmp(a, z) == 0) dg_buf_printf(b, ", %s", a);
    else dg_buf_printf(b, ", %s \xe2\x80\x93 %s", a, z);
  }
  return 0;
}

/* The phases in order when they tell a story (at most four), then counts. */
static void default_subtitle(dg_tl *t, dg_buf *b)
{
  size_t count[16] = {0};
  if (t->bands && t->nphases > 1 && t->nphases <= 4) {
    for (size_t p = 0; p < t->nphases; p++)
      dg_buf_printf(b, "%s%s", p ? " \xe2\x86\x92 " : "", format_name(t->phases[p].size));
    dg_buf_puts(b, ". ");
  }
  for (size_t k = 0; k < t->ncols; k++) {
    int s = t->r->meetings[t->cols[k].m].status;
    if (s >= 0 && s < 16) count[s]++;
  }
  dg_buf_printf(b, "%zu meeting%s", t->ncols, t->ncols == 1 ? "" : "s");
  int any = 0;
  for (int s = 0; s < dg_status_vocab.n && s < 16; s++) {
    if (!count[s]) continue;
    dg_buf_printf(b, "%s%zu %s", any ? ", " : ": ", count[s], dg_status_vocab.t[s].label);
    any = 1;
  }
}

static int framing(dg_tl *t)
{
  dg_buf b = DG_BUF_INIT;
  int rc = 0;
  if (t->o->title) dg_gv_clean(&b, t->o->title);
  else rc = default_title(t, &b);
  if (rc || take(&t->title, &b, DG_TL_FS_TITLE, 1)) return DG_ENOMEM;
  if (t->o->subtitle) dg_gv_clean(&b, t->o->subtitle);
  else default_subtitle(t, &b);
  if (take(&t->subtitle, &b, DG_TL_FS_SUB, 0)) return DG_ENOMEM;
  if (t->o->credit) dg_gv_clean(&b, t->o->credit);
  else {
    size_t nd = t->r->ndocs;
    dg_buf_printf(&b, "Source: %zu article%s. Made with diplograph", nd, nd == 1 ? "" : "s");
  }
  if (t->nomitted)
    dg_buf_printf(&b, "%s%zu undated meeting%s not shown.", b.len ? ". " : "", t->nomitted,
                  t->nomitted == 1 ? "" : "s");
  return take(&t->credit, &b, DG_TL_FS_TEXT, 0);
}

static int legend_add(dg_tl *t, int kind, const char *label)
{
  dg_buf b = DG_BUF_INIT;
  if (t->nlegend == DG_TL_LEGEND_MAX) return 0;
  dg_gv_clean(&b, label);
  t->legend_kind[t->nlegend] = kind;
  return take(&t->legend[t->nlegend++], &b, DG_TL_FS_TEXT, 0);
}

/* Only the marks used: the statuses drawn, the undated strip. Breaks are
 * known once placed: their entry is added then, measured in advance. */
static int legend(dg_tl *t)
{
  for (int s = 0; s < dg_status_vocab.n; s++)
    if ((t->used_status >> s & 1u) && legend_add(t, s, dg_status_vocab.t[s].label)) return DG_ENOMEM;
  if (t->ndated < t->ncols && legend_add(t, DG_TL_KEY_UNDATED, "not dated")) return DG_ENOMEM;
  return legend_add(t, DG_TL_KEY_BREAK, "time left out");
}

static int ticks(dg_tl *t)
{
  dg_buf b = DG_BUF_INIT;
  dg_buf_puts(&b, "0000");
  if (take(&t->tick_year, &b, DG_TL_FS_TEXT, 0)) return DG_ENOMEM;
  for (int m = 0; m < 12; m++) {
    dg_buf_puts(&b, dg_month_abbr(m + 1));
    if (take(&t->tick_month[m], &b, DG_TL_FS_TEXT, 0)) return DG_ENOMEM;
  }
  return 0;
}

int dg_tl_compose(dg_tl *t)
{
  for (size_t k = 0; k < t->ncols; k++) {
    dg_tl_col *c = &t->cols[k];
    if (head(t, c)) return DG_ENOMEM;
    for (size_t l = c->lo; l <= c->hi; l++)
      if (dg_meeting_has_country(&t->r->meetings[c->m], t->lanes[l]) && names(t, c, l)) return DG_ENOMEM;
    t->used_status |= 1u << t->r->meetings[c->m].status;
  }
  for (size_t l = 0; l < t->nlanes; l++) {
    dg_buf b = DG_BUF_INIT;
    dg_gv_clean(&b, dg_tl_country_name(t, t->lanes[l]));
    if (take(&t->lane_label[l], &b, DG_TL_FS_LANE, 1)) return DG_ENOMEM;
  }
  for (size_t p = 0; t->bands && p < t->nphases; p++)
    if (phase_label(t, p)) return DG_ENOMEM;
  if (t->ndated < t->ncols) {
    dg_buf b = DG_BUF_INIT;
    dg_buf_puts(&b, "Not dated\\l");
    if (take(&t->strip_label, &b, DG_TL_FS_TEXT, 0)) return DG_ENOMEM;
  }
  if (framing(t) || legend(t) || ticks(t)) return DG_ENOMEM;
  return 0;
}

/* ----------------------------------------------------------- measuring */

typedef struct {
  dg_tl_text **v;
  size_t n, cap;
} text_list;

static int add(text_list *l, dg_tl_text *x)
{
  if (!x->text || !x->text[0]) return 0;
  if (dg_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) < 0) return DG_ENOMEM;
  l->v[l->n++] = x;
  return 0;
}

static int collect(dg_tl *t, text_list *l)
{
  int rc = add(l, &t->title) | add(l, &t->subtitle) | add(l, &t->credit) | add(l, &t->tick_year);
  for (int m = 0; m < 12; m++) rc |= add(l, &t->tick_month[m]);
  for (size_t i = 0; i < t->nlegend; i++) rc |= add(l, &t->legend[i]);
  for (size_t i = 0; i < t->nlanes; i++) rc |= add(l, &t->lane_label[i]);
  for (size_t p = 0; t->bands && p < t->nphases; p++) rc |= add(l, &t->phases[p].label);
  rc |= add(l, &t->strip_label);
  for (size_t k = 0; k < t->ncols && !rc; k++) {
    rc |= add(l, &t->cols[k].head);
    for (size_t i = 0; i < t->cols[k].nnames; i++) rc |= add(l, &t->cols[k].names[i].t);
  }
  return rc ? DG_ENOMEM : 0;
}

/* One plaintext node per text in a scratch graph, "laid out" by neato -n
 * (which only sizes labels when every position is given): Graphviz's label
 * size is then the text's, measured by its text layout plugin. */
static int measure(text_list *l)
{
  GVC_t *gvc = dg_gv_context();
  if (!gvc) return dg_error_set(DG_EDEP, "Graphviz: no context");
  Agraph_t *g = agopen("measure", Agundirected, NULL);
  if (!g) return dg_error_oom();
  int bad = !agattr(g, AGNODE, "shape", "plaintext") || !agattr(g, AGNODE, "margin", "0") ||
            !agattr(g, AGNODE, "width", "0") || !agattr(g, AGNODE, "height", "0") ||
            !agattr(g, AGNODE, "pos", "0,0!") || !agattr(g, AGNODE, "fontname", DG_FONT) ||
            !agattr(g, AGNODE, "fontsize", "8") || !agattr(g, AGNODE, "label", "\\N");
  Agnode_t **nodes = bad ? NULL : dg_malloc((l->n + 1) * sizeof *nodes);
  for (size_t i = 0; nodes && !bad && i < l->n; i++) {
    char name[32], fs[16];
    snprintf(name, sizeof name, "m%zu", i);
    snprintf(fs, sizeof fs, "%.2f", l->v[i]->size);
    nodes[i] = agnode(g, name, 1);
    bad = !nodes[i] || agset(nodes[i], "label", l->v[i]->text) || agset(nodes[i], "fontsize", fs) ||
          (l->v[i]->bold && agset(nodes[i], "fontname", DG_FONT " Bold"));
  }
  int rc = !nodes || bad ? dg_error_oom() : 0;
  if (rc == 0 && gvLayout(gvc, g, "nop") != 0) rc = 1;
  if (rc == 0) {
    for (size_t i = 0; i < l->n; i++) {
      textlabel_t *lab = ND_label(nodes[i]);
      l->v[i]->w = lab ? lab->dimen.x : 0;
      l->v[i]->h = lab ? lab->dimen.y : 0;
    }
    gvFreeLayout(gvc, g);
  }
  dg_free(nodes);
  agclose(g);
  return rc;
}

int dg_tl_measure(dg_tl *t)
{
  text_list l = {NULL, 0, 0};
  int rc = collect(t, &l);
  if (rc == 0) rc = measure(&l);
  dg_free(l.v);
  return rc;
}

/* ------------------------------------------------------------ tooltips */

/* Evidence is sorted by document (dg_evlist_sort): count the runs. */
static size_t sources(const dg_xmeeting *m)
{
  size_t n = 0;
  for (size_t i = 0; i < m->ev.n; i++) n += i == 0 || strcmp(m->ev.v[i].doc, m->ev.v[i - 1].doc) != 0;
  return n;
}

/* "25 Apr 2023, Moscow / defence ministers, in person / Russia, Syria /
 * Sergei Example (Russia) ... / held, 2 sources": lines of an SVG <title>. */
char *dg_tl_meeting_tooltip(const dg_tl *t, const dg_xmeeting *m)
{
  char date[32];
  dg_buf b = DG_BUF_INIT;
  date_text(date, sizeof date, m);
  dg_buf_puts(&b, date);
  if (m->place) { dg_buf_puts(&b, ", "); dg_gv_clean(&b, m->place); }
  dg_buf_printf(&b, "\\n%s, %s", dg_level_vocab.t[dg_levels_main(m->levels)].plural, m->call ? "call" : "in person");
  for (size_t c = 0; c < m->ncountries; c++) {
    dg_buf_puts(&b, c ? ", " : "\\n");
    dg_gv_clean(&b, dg_tl_country_name(t, m->countries[c]));
  }
  for (size_t i = 0; i < m->npersons; i++) {
    const dg_xperson *p = &t->r->persons[m->persons[i]];
    dg_buf_puts(&b, i ? "; " : "\\n");
    dg_gv_clean(&b, p->name);
    if (p->role) { dg_buf_puts(&b, ", "); dg_gv_clean(&b, p->role); }
  }
  size_t ns = sources(m);
  dg_buf_printf(&b, "\\n%s, %zu source%s", dg_status_name(m->status), ns, ns == 1 ? "" : "s");
  if (b.failed) { dg_buf_free(&b); return NULL; }
  return dg_buf_detach(&b, NULL);
}

/* The persons of one country at a meeting, with their roles. */
char *dg_tl_person_tooltip(const dg_tl *t, const dg_xmeeting *m, const char *iso3)
{
  dg_buf b = DG_BUF_INIT;
  dg_gv_clean(&b, dg_tl_country_name(t, iso3));
  for (size_t i = 0; i < m->npersons; i++) {
    const dg_xperson *p = &t->r->persons[m->persons[i]];
    if (strcmp(p->iso3, iso3) != 0) continue;
    dg_buf_puts(&b, "\\n");
    dg_gv_clean(&b, p->name);
    if (p->role) { dg_buf_puts(&b, ", "); dg_gv_clean(&b, p->role); }
  }
  if (b.failed) { dg_buf_free(&b); return NULL; }
  return dg_buf_detach(&b, NULL);
}
