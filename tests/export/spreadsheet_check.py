#!/usr/bin/env python3
"""Compare --csv's tables with what LibreOffice made of them (DIR/ods/*.fods).

    spreadsheet_check.py DIR

For each cell: its type in Calc (float, date, string, empty) and the text Calc
shows. A date column must show the CSV's text on every row, and a day
("2023-05-10") must be a date of that day; year, month, day and the counts
must be numbers equal to the CSV's; ids, codes, names and urls text equal to
the CSV's. A document id made only of digits, alone in a sources cell, is
read as a number: the one exception, said in the README.
"""
import csv
import re
import sys
import xml.etree.ElementTree as ET

T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"

DATES = {"meetings": ["date"], "persons": ["first_meeting"], "countries": ["first_meeting", "last_meeting"]}
NUMBERS = {"meetings": ["year", "month", "day", "format", "source_count", "evidence_count"],
           "persons": ["meetings"], "countries": ["meetings", "held"]}
TEXT = {"meetings": ["date_precision", "status", "level", "place", "countries", "iso3", "persons", "sources", "id"],
        "persons": ["name", "country", "iso3", "role", "aliases", "id"],
        "countries": ["iso3", "name", "colour", "persons"]}


def calc_rows(path):
    rows = []
    for r in ET.parse(path).getroot().iter(T + "table-row"):
        row = []
        for c in r.iter(T + "table-cell"):
            rep = int(c.get(T + "number-columns-repeated", "1"))
            shown = "\n".join("".join(p.itertext()) for p in c.iter(X + "p"))
            cell = (c.get(O + "value-type") or "", c.get(O + "date-value") or c.get(O + "value"), shown)
            row += [cell] * min(rep, 64)
        rows.append(row)
    return rows


def fail(msg):
    raise SystemExit("FAIL: " + msg)


def check(d, table):
    src = list(csv.reader(open(f"{d}/{table}.csv", encoding="utf-8", newline="")))
    got = calc_rows(f"{d}/ods/{table}.fods")
    head = src[0]
    if [c[2] for c in got[0][:len(head)]] != head:
        fail(f"{table}: Calc's header {[c[2] for c in got[0][:len(head)]]} is not the CSV's {head}")
    col = {h: i for i, h in enumerate(head)}
    days = 0
    for n, (want, have) in enumerate(zip(src[1:], got[1:]), 2):
        for h in DATES[table]:
            text, (kind, value, shown) = want[col[h]], have[col[h]]
            if shown != text:
                fail(f"{table}.csv row {n}: {h} {text!r} shows as {shown!r} ({kind})")
            if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
                if kind != "date" or value != text:
                    fail(f"{table}.csv row {n}: {h} {text!r} is a {kind} {value!r}, not that date")
                days += 1
        for h in NUMBERS[table]:
            text, (kind, value, _) = want[col[h]], have[col[h]]
            if text and (kind != "float" or float(value) != float(text)):
                fail(f"{table}.csv row {n}: {h} {text!r} is a {kind} {value!r}, not that number")
        for h in TEXT[table]:
            text, (kind, value, shown) = want[col[h]], have[col[h]]
            if h == "sources" and text.isdigit():
                continue  # a digits-only document id: the README says so
            if text and (kind != "string" or shown != text):
                fail(f"{table}.csv row {n}: {h} {text!r} is a {kind} shown as {shown!r}, not that text")
    if len(got) - 1 < len(src) - 1:
        fail(f"{table}: Calc has {len(got) - 1} rows, the CSV {len(src) - 1}")
    print(f"ok: {table}.csv in LibreOffice: {len(src) - 1} rows, {days} days read as those dates, every date "
          f"shown as written, numbers as numbers, ids, codes, names and urls as text")


if __name__ == "__main__":
    for t in ("meetings", "persons", "countries"):
        check(sys.argv[1], t)
