"""Family history (stop 27): fG.jsonl (development, read) and fH.jsonl (held out: other
templates, written before the rules they led to and only measured).

Each line is what a family historian sends a model: a person with the dates and places of birth
and death in genealogy's abbreviations ("b.", "d.", "née"), GEDCOM records (NAME, BIRT, DEAT,
DATE, PLAC), parents, marriages, children and siblings, baptism and census transcriptions,
emigrations, burials, DNA matches. Names, towns, countries, addresses and jobs come from the
line's Faker locale (English mostly, seven others); the dates are of 1850 to 1990, in five
formats.
Usage: genealogy.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_GB en_IE en_AU en_CA de_DE fr_FR es_ES it_IT nl_NL pl_PL pt_BR".split()

DEVELOPMENT = [
    "{P} (b. {D1}, {CITY}; d. {D2}, {CITY2})",
    "{P} was born on {D1} in {CITY} to {P2} and {P3}.",
    "1 NAME {FIRST} /{LAST}/\n1 BIRT\n2 DATE {GD}\n2 PLAC {CITY}, {COUNTRY}",
    "Married {P2} on {D1} at St. Mary's Church, {CITY}.",
    "Children of {P} and {P2}: {FIRST3}, {FIRST4} and {FIRST5}.",
    "Census 1911: {LAST} household, {ADDR}. Head: {P}, age {AGE}, occupation {JOB}.",
    "Grandmother {P} emigrated from {CITY} to {CITY2} in {YEAR}.",
    "{P} ({YEAR}-{YEAR2}) is buried in the cemetery at {CITY}.",
    "DNA match: {P}, shared 212 cM, predicted 2nd cousin; her tree shows the {LAST} line from {CITY}.",
    "Baptism record: {P}, son of {P2} and {FIRST3} (née {LAST2}), {D1}, parish of {CITY}.",
]
LAST_CHECK = [
    "{P}, born {D1} in {CITY}, died {D2}.",
    "0 @I12@ INDI\n1 NAME {FIRST} /{LAST}/\n1 DEAT\n2 DATE {GD}\n2 PLAC {CITY}",
    "Her parents were {P2} and {P3}, both of {CITY}.",
    "{P} married {P2} in {CITY} on {D1}.",
    "Looking for descendants of {P}, who lived at {ADDR} around {YEAR}.",
    "{P} (née {LAST2}) — b. {D1} — d. {D2}",
    "Siblings: {S3}, {S4} and {S5}.",
    "Witnesses at the wedding: {P2} and {P3} of {CITY}.",
]

FORMATS = [lambda d: str(d.day) + d.strftime(" %b %Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
           lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%Y-%m-%d"), lambda d: str(d.day) + d.strftime(" %B %Y")]


def draw(f, us):
    born = datetime.date(1850, 1, 1) + datetime.timedelta(days=random.randint(0, 45000))
    died = born + datetime.timedelta(days=random.randint(3000, 33000))
    fmt = random.choice(FORMATS)
    vals = {"P": f"{f.first_name()} {f.last_name()}", "P2": f"{f.first_name()} {f.last_name()}", "P3": f"{f.first_name()} {f.last_name()}",
            "FIRST": f.first_name(), "LAST": f.last_name(), "LAST2": f.last_name(), "FIRST3": f.first_name(), "FIRST4": f.first_name(),
            "FIRST5": f.first_name(), "CITY": f.city(), "CITY2": f.city(), "COUNTRY": f.country(), "ADDR": f.address().replace("\n", ", "),
            "JOB": us.job(), "AGE": str(random.randint(20, 80)), "D1": fmt(born), "D2": fmt(died), "GD": (str(born.day) + born.strftime(" %b %Y")).upper(),
            "YEAR": str(born.year), "YEAR2": str(died.year)}
    for k in ("3", "4", "5"):
        vals["S" + k] = vals["FIRST" + k] + " " + vals["LAST"]  # a sibling's whole name, one span
    types = {"P": "PERSON", "P2": "PERSON", "P3": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "LAST2": "PERSON", "FIRST3": "PERSON",
             "FIRST4": "PERSON", "FIRST5": "PERSON", "CITY": "LOCATION", "CITY2": "LOCATION", "COUNTRY": "LOCATION", "ADDR": "STREET_ADDRESS",
             "S3": "PERSON", "S4": "PERSON", "S5": "PERSON", "JOB": None, "AGE": "AGE", "D1": "DATE_TIME", "D2": "DATE_TIME", "GD": "DATE_TIME", "YEAR": None, "YEAR2": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2811, 6800, os.path.join(out, "fG.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2812, 6900, os.path.join(out, "fH.jsonl"))
