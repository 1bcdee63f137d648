"""Tables laid out in columns of blanks (stop 38), as a fixed-width report, a terminal's listing, a
data frame's print or an OCR step's reading of a form gives them to a model: a header of column
names two blanks or more apart and rows of people below (names, dates of birth, record numbers,
phones, emails, towns), values aligned left under their names or right as pandas prints them,
with names of Faker's locales. Writes rA.jsonl (development: the layouts read while writing stop
38's reading of such tables) and rB.jsonl (held out: other layouts, other seeds, written after
it and measured only), each line labelled with its form ("form") for a reading by form."""
import datetime, json, os, random
from probekit import args, faker_class

LOCS = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "sv_SE"]
FIRST, LAST = datetime.date(1930, 1, 1), datetime.date(2006, 12, 31)

# a layout: the columns (header name, field, alignment 'l' or 'r'), and whether rows carry a
# data frame's row number
DEV = [
    ([("NAME", "FAMGIV", "l"), ("DOB", "DOB", "l"), ("MRN", "MRN", "l"), ("ROOM", "ROOM", "l")], False),
    ([("first_name", "GIV", "r"), ("last_name", "FAM", "r"), ("email", "EMAIL", "r"), ("city", "CITY", "r")], True),
    ([("LAST NAME", "FAM", "l"), ("FIRST NAME", "GIV", "l"), ("MI", "MI", "l")], False),
    ([("Name", "NAME", "l"), ("Phone", "PHONE", "l"), ("City", "CITY", "l")], False),
]
HELD = [
    ([("Patient", "NAME", "l"), ("Date of Birth", "DOB", "l"), ("MRN", "MRN", "l")], False),
    ([("full_name", "NAME", "r"), ("dob", "DOBISO", "r"), ("phone", "PHONE", "r")], True),
    ([("SURNAME", "FAM", "l"), ("FORENAME", "GIV", "l"), ("TOWN", "CITY", "l"), ("POSTCODE", "ZIP", "l")], False),
    ([("Employee Name", "NAME", "l"), ("Email", "EMAIL", "l"), ("Hire Date", "HIRE", "l")], False),
]
TYPES = dict(FAMGIV="PERSON", GIV="PERSON", FAM="PERSON", NAME="PERSON", DOB="DATE_OF_BIRTH", DOBISO="DATE_OF_BIRTH", MRN="MEDICAL_RECORD_NUMBER",
             EMAIL="EMAIL_ADDRESS", CITY="LOCATION", PHONE="PHONE_NUMBER", ZIP="ZIP_CODE", ROOM=None, MI=None, HIRE=None)


def draw(f):
    giv, fam = f.first_name(), f.last_name()
    dob = f.date_between(start_date=FIRST, end_date=LAST)
    return dict(GIV=giv, FAM=fam, NAME=giv + " " + fam, FAMGIV=fam.upper() + ", " + giv.upper(), DOB=dob.strftime("%m/%d/%Y"),
                DOBISO=dob.isoformat(), MRN=str(random.randint(1000000, 9999999)), EMAIL=f.email(), CITY=f.city(),
                PHONE=f.phone_number(), ZIP=f.postcode(), ROOM="%d%s" % (random.randint(100, 499), random.choice("AB")),
                MI=random.choice("ABCDEJKMRT"), HIRE=f.date_between(start_date=datetime.date(2010, 1, 1), end_date=datetime.date(2024, 12, 31)).isoformat())


def table(layout, rows):
    cols, numbered = layout
    cells = [[name for name, _, _ in cols]] + [[r[field] for _, field, _ in cols] for r in rows]
    width = [max(len(c[i]) for c in cells) for i in range(len(cols))]
    lead = len(str(len(rows) - 1)) + 2 if numbered else 0
    text, spans = "", []
    for n, row in enumerate(cells):
        line = (str(n - 1).ljust(lead) if n > 0 else " " * lead) if numbered else ""
        for i, (c, (_, field, align)) in enumerate(zip(row, cols)):
            if i > 0:
                line += "  "
            pad = width[i] - len(c)
            start = len(text) + len(line) + (pad if align == "r" else 0)
            line += c.rjust(width[i]) if align == "r" else c.ljust(width[i])
            if n > 0 and TYPES[field]:
                spans.append(dict(type=TYPES[field], start=start, end=start + len(c)))
        text += line.rstrip() + "\n"
    return text.rstrip("\n"), spans


def write(Faker, out, name, half, seed, per):
    random.seed(seed)
    with open(os.path.join(out, name + ".jsonl"), "w") as o:
        fk = {}
        for k in range(per * len(half)):
            loc = LOCS[k % len(LOCS)]
            if loc not in fk:
                fk[loc] = Faker(loc)
                fk[loc].seed_instance(seed * 100 + len(fk))
            form = k % len(half)
            text, spans = table(half[form], [draw(fk[loc]) for _ in range(random.randint(2, 4))])
            o.write(json.dumps(dict(text=text, spans=spans, loc=loc, form="%d" % form), ensure_ascii=False) + "\n")


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write(Faker, out, "rA", DEV, 38, 60)
    write(Faker, out, "rB", HELD, 83, 60)


if __name__ == "__main__":
    main()
