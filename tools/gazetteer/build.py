#!/usr/bin/env python3
"""Build src/lib/data/gazetteer.json, diplograph's built-in world knowledge.

Sources (both hand-curated, both in this folder):
  countries.tsv    one row per ISO 3166-1 country/territory, plus XKX (Kosovo)
  colours.tsv      each country's colour (written by colours.py)
  vocabulary.json  every other section, in the shape of the output file

The ISO codes are checked against Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json): every code there must have a
row, and every row (except XKX) must be a code there.

Usage (from anywhere; paths default to this repository):
  python3 tools/gazetteer/build.py            # validate and (re)write the JSON
  python3 tools/gazetteer/build.py --check    # validate; exit 1 if out of date

The output is deterministic: running the build twice gives identical bytes.
Standard library only.
"""
import argparse
import json
import os
import re
import sys
import tempfile
import unicodedata

SCHEMA = "diplograph-gazetteer/1"
LEVELS = ("leaders", "foreign", "defence", "intelligence", "deputy-foreign", "other")
POSES = ("verb", "noun")
MODES = ("in-person", "call")
STATUSES = ("held", "planned", "proposed", "cancelled")
COLUMNS = ("iso3", "name", "aliases", "demonyms", "capitals")
LIST_COLUMNS = ("aliases", "demonyms", "capitals")
EXTRA_ISO3 = {"XKX": "Kosovo (user-assigned code, not in ISO 3166-1)"}
FORMAT_MIN, FORMAT_MAX = 2, 20

# Output key order.  The C loader is written against exactly these keys.
TOP_KEYS = (
    "schema", "countries", "places", "groups", "regions", "titles", "triggers", "formats",
    "status_cues", "level_cues", "speech_verbs", "source_words",
    "non_state_roles", "honorifics", "name_particles", "stopwords",
    "words", "boilerplate", "persons",
)
BOILERPLATE_KEYS = ("line_prefixes", "cutoff_lines", "caption_suffixes")
# The word sets of "words" (single words the extraction looks tokens up in);
# the C loader knows exactly these (lexicon/gazetteer.c, dg_word_sets).
WORD_SETS = (
    "visit_words", "actor_nouns", "margin_words", "place_kinds", "briefing_verbs",
    "refusal_words", "count_nouns", "past_tenses", "time_zones", "dateline_labels",
    "distributive_words", "topic_nouns", "group_nouns",
    "postponement_words",
    "org_nouns", "portfolio_words", "title_heads", "intl_orgs",
    "outcome_participles", "other_events", "invitation_words", "call_purposes", "broker_participles",
    "participation_words",
)
DICT_KEYS = {"words": WORD_SETS, "boilerplate": BOILERPLATE_KEYS}
STRING_SECTIONS = (
    "speech_verbs", "source_words", "non_state_roles", "honorifics",
    "name_particles", "stopwords",
)

# Object sections of vocabulary.json: required keys (in output order),
# optional keys, and the key whose value is the matched phrase.
OBJECT_SECTIONS = {
    "places": (("name", "country"), (), "name"),
    "groups": (("name", "members"), ("aliases",), "name"),
    "regions": (("name", "members"), (), "name"),
    "titles": (("phrase", "role", "level"), ("plural", "country"), "phrase"),
    "triggers": (("phrase", "pos", "mode"), ("anchored", "invited", "addressee", "pairwise", "modeless"), "phrase"),
    "formats": (("phrase", "format"), (), "phrase"),
    "status_cues": (("phrase", "status"), (), "phrase"),
    "level_cues": (("phrase", "level"), (), "phrase"),
}

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_COUNTRIES = os.path.join(HERE, "countries.tsv")
DEFAULT_COLOURS = os.path.join(HERE, "colours.tsv")
DEFAULT_VOCABULARY = os.path.join(HERE, "vocabulary.json")
DEFAULT_ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OUT = os.path.join(ROOT, "src", "lib", "data", "gazetteer.json")


class Errors:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, where, msg):
        self.warnings.append("%s: warning: %s" % (where, msg))


def match_key(s):
    """How the C matcher sees a phrase (an approximation of dg_fold_string in
    src/lib/text/fold.c): lowercase, diacritics stripped, typographic quotes
    made ASCII, '-' and ' ' alike, runs of space collapsed.  Two phrases with
    the same key are the same phrase to the matcher."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", " ", s).strip()


def fold_key(s):
    """A stricter key for cross-country conflicts: also ignore dots, so that
    'U.S.' and 'US' count as one phrase."""
    return match_key(s).replace(".", "")


def check_text(err, where, s, lowercase):
    """Common checks for every string that ends up in the output."""
    if not isinstance(s, str):
        err.error(where, "expected a string, got %r" % (s,))
        return False
    if s == "":
        err.error(where, "empty string")
        return False
    if s != s.strip():
        err.error(where, "leading/trailing whitespace in %r" % s)
        return False
    if "  " in s:
        err.error(where, "double space in %r" % s)
    if any(unicodedata.category(c) == "Cc" for c in s):
        err.error(where, "control character in %r" % s)
    if "|" in s:
        err.error(where, "'|' is a separator, not allowed inside %r" % s)
    if unicodedata.normalize("NFC", s) != s:
        err.error(where, "%r is not in Unicode NFC form" % s)
    if lowercase and s != s.lower():
        err.error(where, "%r must be lowercase" % s)
    return True


# ---------------------------------------------------------------- countries

def load_iso(err, path):
    try:
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)["3166-1"]
    except (OSError, ValueError, KeyError) as e:
        err.error(path, "cannot read iso-codes data (apt install iso-codes): %s" % e)
        return {}
    return {e["alpha_3"]: e for e in entries}


def load_countries(err, path, iso):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        err.error(path, "cannot read: %s" % e)
        return []
    countries = []
    seen = {}
    header_seen = False
    for lineno, line in enumerate(lines, 1):
        where = "%s:%d" % (os.path.basename(path), lineno)
        line = line.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            header_seen = True
            if tuple(fields) != COLUMNS:
                err.error(where, "header must be %s" % "\\t".join(COLUMNS))
            continue
        if len(fields) > len(COLUMNS):
            err.error(where, "%d fields, expected %d" % (len(fields), len(COLUMNS)))
            continue
        fields += [""] * (len(COLUMNS) - len(fields))
        row = dict(zip(COLUMNS, fields))
        iso3 = row["iso3"]
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            err.error(where, "bad iso3 %r" % iso3)
            continue
        if iso3 in seen:
            err.error(where, "duplicate iso3 %s (first on line %d)" % (iso3, seen[iso3]))
            continue
        seen[iso3] = lineno
        if iso and iso3 not in iso and iso3 not in EXTRA_ISO3:
            err.error(where, "%s is not an ISO 3166-1 alpha-3 code" % iso3)
        if not check_text(err, where + " name", row["name"], False):
            continue
        entry = {"iso3": iso3, "name": row["name"]}
        # Each phrase once per row: the matcher would report a phrase that is
        # both an alias and a demonym as two hits on the same span.
        own = {match_key(row["name"]): ("name", row["name"])}
        for col in LIST_COLUMNS:
            items = row[col].split("|") if row[col] != "" else []
            out = []
            for item in items:
                if not check_text(err, "%s %s" % (where, col), item, False):
                    continue
                k = match_key(item)
                if k in own:
                    err.error(where, "%s %r repeats %s %r (same phrase to the matcher)"
                              % (col, item, own[k][0], own[k][1]))
                    continue
                own[k] = (col, item)
                out.append(item)
            entry[col] = out
        countries.append(entry)
    if not header_seen:
        err.error(path, "no header line")
    for code in sorted(iso):
        if code not in seen:
            err.error(path, "missing row for ISO code %s (%s)" % (code, iso[code]["name"]))
    for code in EXTRA_ISO3:
        if code not in seen:
            err.warn(path, "no row for %s" % code)
    countries.sort(key=lambda c: c["iso3"])
    return countries


def country_phrases(err, countries):
    """fold_key -> (iso3, field, text) over every country phrase; reports
    phrases shared by two countries."""
    table = {}
    for c in countries:
        for field in ("name",) + LIST_COLUMNS:
            items = [c["name"]] if field == "name" else c[field]
            for item in items:
                k = fold_key(item)
                prev = table.get(k)
                if prev is None:
                    table[k] = (c["iso3"], field, item)
                elif prev[0] != c["iso3"]:
                    err.error("countries", "%r (%s %s) conflicts with %r (%s %s)"
                              % (item, c["iso3"], field, prev[2], prev[0], prev[1]))
    return table


def add_colours(err, path, countries):
    """Each country's "colour" from colours.tsv (iso3, #rrggbb, name)."""
    colour = {}
    try:
        with open(path, encoding="utf-8") as f:
            rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    except OSError as e:
        err.error(path, "cannot read: %s (run tools/gazetteer/colours.py)" % e)
        return
    for row in rows[1:]:
        if len(row) < 2 or not re.fullmatch(r"#[0-9a-f]{6}", row[1]):
            err.error(os.path.basename(path), "bad row %r" % "\t".join(row))
            continue
        colour[row[0]] = row[1]
    for c in countries:
        if c["iso3"] not in colour:
            err.error(os.path.basename(path), "no colour for %s (run tools/gazetteer/colours.py)" % c["iso3"])
        else:
            c["colour"] = colour[c["iso3"]]
    for iso3 in sorted(set(colour) - {c["iso3"] for c in countries}):
        err.error(os.path.basename(path), "colour for unknown country %s" % iso3)


# --------------------------------------------------------------- vocabulary

def check_object(err, section, where, obj, known_iso3):
    required, optional, _ = OBJECT_SECTIONS[section]
    if not isinstance(obj, dict):
        err.error(where, "expected an object")
        return None
    keys = set(obj)
    missing = [k for k in required if k not in keys]
    extra = sorted(keys - set(required) - set(optional))
    if missing:
        err.error(where, "missing key(s) %s" % ", ".join(missing))
    if extra:
        err.error(where, "unknown key(s) %s" % ", ".join(extra))
    if missing or extra:
        return None
    ok = True
    out = {}
    for k in required:
        v = obj[k]
        if section == "formats" and k == "format":
            if type(v) is not int or not FORMAT_MIN <= v <= FORMAT_MAX:
                err.error(where, "format must be an integer %d..%d, got %r"
                          % (FORMAT_MIN, FORMAT_MAX, v))
                ok = False
        elif section in ("groups", "regions") and k == "members":
            if (not isinstance(v, list) or len(v) < 2
                    or any(m not in known_iso3 for m in v) or len(set(v)) != len(v)):
                err.error(where, "members must list two or more distinct known iso3 codes")
                ok = False
        elif section == "places" and k == "country":
            if v not in known_iso3:
                err.error(where, "unknown country %r" % (v,))
                ok = False
        else:
            lowercase = section not in ("places", "groups", "regions")
            ok = check_text(err, "%s %s" % (where, k), v, lowercase) and ok
        out[k] = v
    if not ok:
        return None
    if "level" in out and out["level"] not in LEVELS:
        err.error(where, "level %r not in %s" % (out["level"], ", ".join(LEVELS)))
        return None
    if "pos" in out and out["pos"] not in POSES:
        err.error(where, "pos %r not in %s" % (out["pos"], ", ".join(POSES)))
        return None
    if "mode" in out and out["mode"] not in MODES:
        err.error(where, "mode %r not in %s" % (out["mode"], ", ".join(MODES)))
        return None
    if "status" in out and out["status"] not in STATUSES:
        err.error(where, "status %r not in %s" % (out["status"], ", ".join(STATUSES)))
        return None
    if section == "titles" and "country" in obj:
        if obj["country"] not in known_iso3:
            err.error(where, "unknown country %r" % (obj["country"],))
            return None
        out["country"] = obj["country"]
    if section == "groups" and "aliases" in obj:
        if not isinstance(obj["aliases"], list) or not all(
                isinstance(a, str) and a.strip() for a in obj["aliases"]):
            err.error(where, "aliases must be a list of strings")
            return None
        out["aliases"] = obj["aliases"]
    if "plural" in obj:
        if obj["plural"] is not True and obj["plural"] is not False:
            err.error(where, "plural must be true or false")
            return None
        if obj["plural"]:
            out["plural"] = True   # false is the default and is not written
    for flag in ("anchored", "invited", "addressee", "pairwise", "modeless"):
        if flag not in obj:
            continue
        if obj[flag] is not True and obj[flag] is not False:
            err.error(where, flag + " must be true or false")
            return None
        if obj[flag]:
            out[flag] = True
    return out


def dedupe_objects(err, section, objs):
    """Drop exact repeats (warning); a phrase listed twice with different
    payloads is an error."""
    phrase_key = OBJECT_SECTIONS[section][2]
    seen = {}
    out = []
    for where, obj in objs:
        k = match_key(obj[phrase_key])
        payload = {x: y for x, y in obj.items() if x != phrase_key}
        if k in seen:
            pwhere, pobj, ppayload = seen[k]
            if ppayload != payload:
                err.error(where, "%r conflicts with %r at %s (%s vs %s)"
                          % (obj[phrase_key], pobj[phrase_key], pwhere,
                             json.dumps(payload), json.dumps(ppayload)))
            else:
                err.warn(where, "%r repeats %r at %s; dropped"
                         % (obj[phrase_key], pobj[phrase_key], pwhere))
            continue
        seen[k] = (where, obj, payload)
        out.append(obj)
    return out


def string_list(err, where, value):
    if not isinstance(value, list):
        err.error(where, "expected a list of strings")
        return []
    seen = {}
    out = []
    for i, s in enumerate(value):
        w = "%s[%d]" % (where, i)
        if not check_text(err, w, s, True):
            continue
        k = match_key(s)
        if k in seen:
            err.warn(w, "%r repeats %r; dropped" % (s, seen[k]))
            continue
        seen[k] = s
        out.append(s)
    return sorted(out, key=lambda s: (match_key(s), s))


def load_vocabulary(err, path, countries, phrases):
    try:
        with open(path, encoding="utf-8") as f:
            voc = json.load(f, object_pairs_hook=no_duplicate_keys(err, path))
    except (OSError, ValueError) as e:
        err.error(path, "cannot read: %s" % e)
        return {}
    name = os.path.basename(path)
    if not isinstance(voc, dict):
        err.error(name, "top level must be an object")
        return {}
    allowed = set(TOP_KEYS) - {"schema", "countries"}
    for k in sorted(set(voc) - allowed):
        err.error(name, "unknown section %r (countries live in countries.tsv)" % k)
    known_iso3 = {c["iso3"] for c in countries}
    out = {}

    for section in OBJECT_SECTIONS:
        value = voc.get(section)
        if not isinstance(value, list):
            err.error(name, "section %r must be a list of objects" % section)
            out[section] = []
            continue
        objs = []
        for i, obj in enumerate(value):
            where = "%s %s[%d]" % (name, section, i)
            o = check_object(err, section, where, obj, known_iso3)
            if o is not None:
                objs.append((where, o))
        out[section] = dedupe_objects(err, section, objs)

    # A place must not repeat or contradict a country name/alias/capital.
    for p in out["places"]:
        hit = phrases.get(fold_key(p["name"]))
        if hit is None:
            continue
        if hit[0] == p["country"]:
            err.error("places", "%r is already %s %s %r" % (p["name"], hit[0], hit[1], hit[2]))
        else:
            err.error("places", "%r (%s) conflicts with %s %s %r"
                      % (p["name"], p["country"], hit[0], hit[1], hit[2]))

    for section in STRING_SECTIONS:
        out[section] = string_list(err, "%s %s" % (name, section), voc.get(section))

    words = voc.get("words")
    out["words"] = {}
    if not isinstance(words, dict):
        err.error(name, "words must be an object")
        words = {}
    for k in sorted(set(words) - set(WORD_SETS)):
        err.error(name, "unknown word set %r" % k)
    for k in WORD_SETS:
        out["words"][k] = string_list(err, "%s words.%s" % (name, k), words.get(k))
        for w in out["words"][k]:
            if " " in w.strip():
                err.error(name, "words.%s: %r is not one word" % (k, w))

    bp = voc.get("boilerplate")
    out["boilerplate"] = {}
    if not isinstance(bp, dict):
        err.error(name, "boilerplate must be an object")
        bp = {}
    for k in sorted(set(bp) - set(BOILERPLATE_KEYS)):
        err.error(name, "unknown boilerplate key %r" % k)
    for k in BOILERPLATE_KEYS:
        out["boilerplate"][k] = string_list(err, "%s boilerplate.%s" % (name, k), bp.get(k))

    persons = voc.get("persons", [])
    if persons != []:
        err.error(name, "the built-in persons list must stay empty (world knowledge only)")
    out["persons"] = []

    sort_sections(out)
    return out


def no_duplicate_keys(err, path):
    def hook(pairs):
        obj = {}
        for k, v in pairs:
            if k in obj:
                err.error(os.path.basename(path), "duplicate key %r in one object" % k)
            obj[k] = v
        return obj
    return hook


def sort_sections(out):
    by_phrase = lambda o: (match_key(o["phrase"]), o["phrase"])
    out["places"].sort(key=lambda o: (match_key(o["name"]), o["name"], o["country"]))
    out["groups"].sort(key=lambda o: (match_key(o["name"]), o["name"]))
    out["regions"].sort(key=lambda o: (match_key(o["name"]), o["name"]))
    out["titles"].sort(key=by_phrase)
    out["triggers"].sort(key=by_phrase)
    out["formats"].sort(key=lambda o: (o["format"], match_key(o["phrase"]), o["phrase"]))
    out["status_cues"].sort(key=lambda o: (STATUSES.index(o["status"]),) + by_phrase(o))
    out["level_cues"].sort(key=lambda o: (LEVELS.index(o["level"]),) + by_phrase(o))


def check_layers(err, countries, voc):
    """The C matcher scans three layers (entities, events, cues) and reports
    every payload of the longest phrase in each layer; one phrase in two
    sections of a layer would give two hits of different kinds on one span."""
    layers = {
        "entity": [("countries", x) for c in countries
                   for x in [c["name"]] + c["aliases"] + c["demonyms"] + c["capitals"]]
                  + [("places", p["name"]) for p in voc["places"]]
                  + [("groups", x) for g in voc["groups"] for x in [g["name"]] + g.get("aliases", [])]
                  + [("titles", t["phrase"]) for t in voc["titles"]],
        "event": [("triggers", t["phrase"]) for t in voc["triggers"]]
                 + [("formats", t["phrase"]) for t in voc["formats"]],
        "cue": [("status_cues", t["phrase"]) for t in voc["status_cues"]]
               + [("level_cues", t["phrase"]) for t in voc["level_cues"]]
               + [(sec, x) for sec in ("speech_verbs", "source_words", "non_state_roles")
                  for x in voc[sec]],
    }
    for layer, items in layers.items():
        seen = {}
        for section, phrase in items:
            k = match_key(phrase)
            if k in seen and seen[k][0] != section:
                err.error("layers", "%r (%s) and %r (%s) are the same phrase in the %s layer"
                          % (phrase, section, seen[k][1], seen[k][0], layer))
            seen.setdefault(k, (section, phrase))


# ------------------------------------------------------------------- output

def order(obj, keys):
    return {k: obj[k] for k in keys if k in obj}


def render(data):
    """One array element per line, keys in schema order, UTF-8 as is."""
    dump = lambda v: json.dumps(v, ensure_ascii=False)

    def array(items, indent):
        if not items:
            return "[]"
        pad = " " * (indent + 1)
        return "[\n" + ",\n".join(pad + dump(x) for x in items) + "\n" + " " * indent + "]"

    parts = []
    for key in TOP_KEYS:
        v = data[key]
        if isinstance(v, list):
            parts.append(" %s: %s" % (dump(key), array(v, 1)))
        elif isinstance(v, dict):
            inner = ",\n".join("  %s: %s" % (dump(k), array(v[k], 2)) for k in DICT_KEYS[key])
            parts.append(" %s: {\n%s\n }" % (dump(key), inner))
        else:
            parts.append(" %s: %s" % (dump(key), dump(v)))
    return "{\n" + ",\n".join(parts) + "\n}\n"


def build(args):
    err = Errors()
    iso = load_iso(err, args.iso_codes)
    countries = load_countries(err, args.countries, iso)
    phrases = country_phrases(err, countries)
    add_colours(err, args.colours, countries)
    voc = load_vocabulary(err, args.vocabulary, countries, phrases)
    if not err.errors:
        check_layers(err, countries, voc)
    if err.errors:
        return err, None, None

    data = {"schema": SCHEMA}
    data["countries"] = [order(c, COLUMNS + ("colour",)) for c in countries]
    for section, (required, optional, _) in OBJECT_SECTIONS.items():
        data[section] = [order(o, required + optional) for o in voc[section]]
    for section in STRING_SECTIONS:
        data[section] = voc[section]
    data["words"] = voc["words"]
    data["boilerplate"] = voc["boilerplate"]
    data["persons"] = []
    data = order(data, TOP_KEYS)

    text = render(data)
    if json.loads(text) != data:   # the hand-rolled layout must be lossless
        err.error("render", "internal error: output does not round-trip")
        return err, None, None
    return err, data, text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--countries", default=DEFAULT_COUNTRIES)
    ap.add_argument("--colours", default=DEFAULT_COLOURS)
    ap.add_argument("--vocabulary", default=DEFAULT_VOCABULARY)
    ap.add_argument("--iso-codes", default=DEFAULT_ISO)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--check", action="store_true",
                    help="validate only; exit 1 if --out is missing or differs")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary")
    args = ap.parse_args()

    err, data, text = build(args)
    for w in err.warnings:
        print(w, file=sys.stderr)
    if err.errors:
        for e in err.errors:
            print("error: " + e, file=sys.stderr)
        print("%d error(s); %s not written" % (len(err.errors), args.out), file=sys.stderr)
        return 1

    raw = text.encode("utf-8")
    try:
        with open(args.out, "rb") as f:
            current = f.read()
    except OSError:
        current = None

    if args.check:
        if current != raw:
            print("%s is out of date; run python3 tools/gazetteer/build.py" % args.out,
                  file=sys.stderr)
            return 1
    elif current != raw:
        d = os.path.dirname(os.path.abspath(args.out))
        fd, tmp = tempfile.mkstemp(dir=d, prefix=".gazetteer.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(raw)
            os.chmod(tmp, 0o644)
            os.replace(tmp, args.out)
        except BaseException:
            os.unlink(tmp)
            raise

    if not args.quiet:
        counts = []
        for k in TOP_KEYS[1:]:
            v = data[k]
            n = sum(len(x) for x in v.values()) if isinstance(v, dict) else len(v)
            counts.append("%s=%d" % (k, n))
        state = "up to date" if current == raw else ("checked" if args.check else "written")
        print("%s: %s, %d bytes (%s)" % (os.path.relpath(args.out), state, len(raw),
                                        " ".join(counts)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
