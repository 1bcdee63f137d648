"""Rows of a table pasted without its header (stop 38), as a database's export, a spreadsheet's
copy or a log of records gives them to a model: three rows of people with their given and
family names, emails, phones, towns and dates of birth, separated by commas, tabs, bars or
semicolons, with names of Faker's locales. Writes eX.jsonl (development: the layouts read while
writing stop 38's rule of headerless rows) and eY.jsonl (held out: other layouts, other seeds,
written after that rule and measured only), each line labelled with its form ("form") for a
reading by form."""
import datetime
from probekit import args, faker_class, write_groups

LOCS = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_BR", "sv_SE"]


def rows(template, n=3):
    return "\n".join(template.replace("#", str(i)) for i in range(1, n + 1))


DEV = [
    (LOCS, [
        rows("10#,{G#},{F#},{E#},{P#},{C#}"),
        rows("{N#},{E#},{C#},{D#}"),
        rows("4#|{G#}|{F#}|{D#}|F"),
        rows("{F#}\t{G#}\t{D#}\t{C#}"),
        rows("{ID#},{F#},{G#},{P#}"),
        rows("{N#}\t{E#}\t{P#}"),
    ]),
]
HELD = [
    (LOCS, [
        rows("{ID#};{G#};{F#};{C#};{D#}"),
        rows("| {N#} | {E#} | {C#} |"),
        rows("\"{F#}, {G#}\",{D#},{C#}"),
        rows("{E#},{G#},{F#},{ID#}"),
        rows("{C#}\t{N#}\t{P#}"),
        rows("2024-03-0#,{G#},{F#},checked in"),
    ]),
]

FIRST, LAST = datetime.date(1940, 1, 1), datetime.date(2006, 12, 31)


def draw(f):
    v, t = {}, {}
    for i in range(1, 4):
        g, fam = f.first_name(), f.last_name()
        v.update({"G%d" % i: g, "F%d" % i: fam, "N%d" % i: g + " " + fam, "E%d" % i: f.email(), "P%d" % i: f.phone_number(), "C%d" % i: f.city(),
                  "D%d" % i: f.date_between(start_date=FIRST, end_date=LAST).strftime("%Y-%m-%d"), "ID%d" % i: str(f.random_int(100000, 999999))})
        t.update({"G%d" % i: "PERSON", "F%d" % i: "PERSON", "N%d" % i: "PERSON", "E%d" % i: "EMAIL_ADDRESS", "P%d" % i: "PHONE_NUMBER", "C%d" % i: "LOCATION",
                  "D%d" % i: "DATE_OF_BIRTH", "ID%d" % i: None})
    return v, t


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write_groups(Faker, draw, out, "eX", DEV, 38, 40)
    write_groups(Faker, draw, out, "eY", HELD, 84, 40)


if __name__ == "__main__":
    main()
