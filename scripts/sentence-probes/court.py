"""Court papers (stop 27): cN.jsonl (development, read) and cO.jsonl (held out: other
templates, written before the rules they led to and only measured).

Each line is what a law firm or a court clerk sends a model: captions with the parties in
capitals ("JOHN DOE, Plaintiff, v. ACME CORP., Defendant."), case names cited in prose ("Smith
v. Jones (2019)", "State v. Ana Lima"), judges and counsel, "In re Marriage of", depositions
and their question-and-answer transcripts, orders signed "/s/", estates, verdicts. Names,
towns, companies and addresses come from the line's Faker locale (US and UK mostly, four others).
Usage: court.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_GB en_GB en_CA en_AU en_IN en_IE".split()

DEVELOPMENT = [
    "{PU}, Plaintiff,\nv.\n{ORGU}, Defendant.\nCase No. {CASE}",
    "In {LAST} v. {LAST2} ({YEAR}), the court held that the clause was void.",
    "Before: Hon. {P}, District Judge",
    "Counsel for the Plaintiff: {P2}, {ORG}, {ADDR}",
    "In re Marriage of {P} and {P2}",
    "The deposition of {P} was taken on {D} in {CITY}.",
    "State v. {P}, No. {CASE} (Super. Ct. {YEAR})",
    "Q. Please state your name for the record.\nA. {P}.\nQ. Where do you live?\nA. {CITY}.",
    "Witness {P3} testified that she saw the defendant at {ADDR} on {D}.",
    "ORDER: The motion of defendant {P} to dismiss is DENIED. SO ORDERED.\n/s/ {P2}",
]
LAST_CHECK = [
    "{LAST} v. {ORG}, {YEAR} WL 123456",
    "Present: {P}, J.; {P2}, J.",
    "Attorney for Respondent: {P} (Bar No. {N})",
    "Matter of the Estate of {P}, Deceased",
    "The jury found {P} not guilty on {D}.",
    "{PU} v. {PU2}\nCivil Action No. {CASE}",
    "Sworn testimony of {P2}, taken at the offices of {ORG}, {CITY}",
    "People v. {LAST}, decided {D}",
]


def draw(f, us):
    day = datetime.date(2018, 1, 1) + datetime.timedelta(days=random.randint(0, 2500))
    fmt = random.choice([lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"), lambda d: d.strftime("%m/%d/%Y"), lambda d: str(d.day) + d.strftime(" %B %Y")])
    vals = {"P": f"{f.first_name()} {f.last_name()}", "P2": f"{f.first_name()} {f.last_name()}", "P3": f"{f.first_name()} {f.last_name()}",
            "LAST": f.last_name(), "LAST2": f.last_name(), "CITY": f.city(), "ORG": f.company(), "ADDR": f.address().replace("\n", ", "),
            "D": fmt(day), "YEAR": str(random.randint(1980, 2024)), "N": str(random.randint(100000, 999999)),
            "CASE": "%d:%02d-cv-%05d" % (random.randint(1, 9), random.randint(10, 24), random.randint(1, 99999))}
    vals["PU"] = f"{f.first_name()} {f.last_name()}".upper()
    vals["PU2"] = f"{f.first_name()} {f.last_name()}".upper()
    vals["ORGU"] = f.company().upper()
    types = {"P": "PERSON", "P2": "PERSON", "P3": "PERSON", "LAST": "PERSON", "LAST2": "PERSON", "PU": "PERSON", "PU2": "PERSON",
             "CITY": "LOCATION", "ORG": "ORGANIZATION", "ORGU": "ORGANIZATION", "ADDR": "STREET_ADDRESS", "D": "DATE_TIME",
             "YEAR": None, "N": None, "CASE": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2821, 7000, os.path.join(out, "cN.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2822, 7100, os.path.join(out, "cO.jsonl"))
