"""CVs, résumés, cover letters and recruiting notes (stop 26): uA.jsonl (development, read) and
uB.jsonl (held out: other templates, written before the rules they led to and only measured).

Each line is a fragment of what a recruiter or a hiring tool sends a model: a CV's header (the
name alone on its line, often in capitals), its contact line, personal details as European CVs
give them (date of birth, address), work history with employers and towns, education, referees,
cover letters and interview notes. Names, towns, employers and phones come from the line's Faker
locale (US mostly, eleven others); profiles' addresses are made from the name.
Usage: resumes.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_IN en_CA de_DE fr_FR es_ES it_IT pl_PL pt_BR nl_NL".split()

DEVELOPMENT = [
    "{PU}\n{EMAIL} | {PHONE} | {CITY}",
    "{P}\n{ADDR}\n{PHONE} · {EMAIL}",
    "Curriculum Vitae\nName: {P}\nDate of birth: {DOB}\nAddress: {ADDR}",
    "Experience\n{JOB}, {ORG} — {CITY}\n2019 – present",
    "References\n{P2}, {JOB2} at {ORG2}\n{EMAIL2} · {PHONE2}",
    "Dear Hiring Manager,\n\nMy name is {P} and I am applying for the {JOB} position at {ORG}.",
    "LinkedIn: {LINKEDIN} | Email: {EMAIL}",
    "{P}, {JOB}\n{CITY}, {COUNTRY} · {PHONE}",
    "Candidate: {P} (ID {N6}) - interview scheduled with {P2} on {D}.",
    "PERSONAL DETAILS\nFull name: {P}\nDOB: {DOB}\nMobile: {PHONE}",
    "Screening notes: {FIRST} has six years at {ORG} and is open to relocating from {CITY}.",
    "Sincerely,\n{P}\n{PHONE}",
]
LAST_CHECK = [
    "{P} | {JOB}\n{CITY} | {EMAIL} | {PHONE}",
    "Contact\n{PHONE}\n{EMAIL}\n{LINKEDIN}",
    "Work history\n{ORG}, {CITY} — {JOB} (Mar 2017 – Jun 2021)",
    "Referee: {P2}, former manager at {ORG2} (tel. {PHONE2})",
    "To whom it may concern,\nI am pleased to recommend {P}, who worked under me at {ORG} for four years.\n{P2}",
    "RESUME OF {PU}\nAddress: {ADDR}\nPhone: {PHONE}",
    "Applicant {P} ({EMAIL}) applied on {D} for the {JOB} role in {CITY}.",
    "{FIRST} has volunteered with {ORG} since 2015 and lives in {CITY}.",
    "Date of Birth: {DOB}   Place of Birth: {CITY}   Gender: Female",
    "Hi {FIRST}, thanks for applying to {ORG}! {P2} from our team will call you at {PHONE}.",
    "Offer letter for {P}, {ADDR}: start date {D}, reporting to {P2}.",
]


def slug(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "-", s).strip("-")


def draw(f, us):
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    born = datetime.date(1960, 1, 1) + datetime.timedelta(days=random.randint(0, 14000))
    fmt = random.choice([lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: d.strftime("%Y-%m-%d"), lambda d: str(d.day) + d.strftime(" %B %Y")])
    first, last = f.first_name(), f.last_name()
    p = f"{first} {last}"
    vals = {"P": p, "PU": p.upper(), "FIRST": first, "P2": f"{f.first_name()} {f.last_name()}",
            "EMAIL": f.email(), "EMAIL2": f.email(), "PHONE": f.phone_number(), "PHONE2": f.phone_number(),
            "CITY": f.city(), "COUNTRY": f.current_country() if hasattr(f, "current_country") else us.country(),
            "ADDR": f.address().replace("\n", ", "), "ORG": f.company(), "ORG2": f.company(),
            "JOB": us.job(), "JOB2": us.job(), "D": fmt(day), "DOB": fmt(born),
            "LINKEDIN": "linkedin.com/in/" + slug(p) + "-" + str(random.randint(10, 999)),
            "N6": str(random.randint(100000, 999999))}
    types = {"P": "PERSON", "PU": "PERSON", "FIRST": "PERSON", "P2": "PERSON", "EMAIL": "EMAIL_ADDRESS",
             "EMAIL2": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "PHONE2": "PHONE_NUMBER", "CITY": "LOCATION",
             "COUNTRY": "LOCATION", "ADDR": "STREET_ADDRESS", "ORG": "ORGANIZATION", "ORG2": "ORGANIZATION", "JOB": None,
             "JOB2": None, "D": "DATE_TIME", "DOB": "DATE_TIME", "LINKEDIN": "URL", "N6": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2621, 4500, os.path.join(out, "uA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2622, 4700, os.path.join(out, "uB.jsonl"))
