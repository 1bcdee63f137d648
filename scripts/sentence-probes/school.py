"""School records (stop 23): eA.jsonl (development, read) and eB.jsonl (held out: other
templates, written before the rules they led to and only measured).

Each line is a fragment of a school's records, as FERPA protects them: students, parents and
guardians, teachers and counsellors (titles outside the span), student numbers, dates of birth,
phones, emails, addresses, schools and towns. Names come from Faker's US locale mostly and from
eight others.
Usage: school.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_GB en_CA es_MX fr_FR de_DE it_IT pt_BR en_IN vi_VN".split()

DEVELOPMENT = [
    "Student: {S}  Grade 7  Homeroom: Ms. {TLAST}",
    "{S} was absent on {D}; her mother {PARENT} called the office.",
    "Report card for {S} (student ID {SID}) sent home with {PARENT}.",
    "IEP meeting for {S} scheduled with counselor {T} on {D}.",
    "Parent contact: {PARENT}, {PHONE}, {EMAIL}",
    "{S} transferred from {SCHOOL} in {CITY} last fall.",
    "Mr. {TLAST} noted that {SFIRST} has improved in reading.",
    "Detention slip: {S}, signed by {T}.",
    "Pickup authorized for {PARENT} and grandmother {PARENT2}.",
    "{SFIRST} and {SFIRST2} were partnered for the science fair.",
]
LAST_CHECK = [
    "Enrollment form: {S}, born {DOB}, lives at {ADDR}.",
    "Guardian {PARENT} requested a meeting with {T} about bullying.",
    "Bus route changed for {S}; driver {T}.",
    "Nurse's note: {SFIRST} went home early with a fever; dad {PARENT} picked her up.",
    "Honor roll: {S}, {S2}, {S3}.",
    "{S} (ID {SID}) is eligible for free lunch.",
    "Coach {TLAST} says {SFIRST} made the varsity team.",
    "Email from {PARENT} <{EMAIL}> about the field trip.",
    "Scholarship letter addressed to {S} at {SCHOOL}.",
]


def draw(f, us):
    day = datetime.date(2022, 8, 1) + datetime.timedelta(days=random.randint(0, 700))
    born = datetime.date(2006, 1, 1) + datetime.timedelta(days=random.randint(0, 4000))
    fmt = random.choice([lambda d: d.strftime("%m/%d/%Y"), lambda d: d.strftime("%B ") + str(d.day), lambda d: d.strftime("%Y-%m-%d")])
    sfirst, last = f.first_name(), f.last_name()
    vals = {"S": f"{sfirst} {last}", "SFIRST": sfirst, "SFIRST2": f.first_name(), "S2": f"{f.first_name()} {f.last_name()}",
            "S3": f"{f.first_name()} {f.last_name()}", "PARENT": f"{f.first_name()} {last}", "PARENT2": f"{f.first_name()} {f.last_name()}",
            "T": f"{us.first_name()} {us.last_name()}", "TLAST": us.last_name(), "SID": str(random.randint(10**6, 10**7 - 1)),
            "D": fmt(day), "DOB": fmt(born), "PHONE": us.phone_number(), "EMAIL": f.email(), "ADDR": us.address().replace("\n", ", "),
            "CITY": us.city(), "SCHOOL": random.choice([f"{us.city()} Middle School", f"{us.last_name()} Elementary",
                                                         f"{us.city()} High School", f"St. {us.first_name()} Academy"])}
    types = {"S": "PERSON", "SFIRST": "PERSON", "SFIRST2": "PERSON", "S2": "PERSON", "S3": "PERSON", "PARENT": "PERSON",
             "PARENT2": "PERSON", "T": "PERSON", "TLAST": "PERSON", "SID": None, "D": "DATE_TIME", "DOB": "DATE_TIME",
             "PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS", "ADDR": "STREET_ADDRESS", "CITY": "LOCATION", "SCHOOL": "ORGANIZATION"}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2371, 3700, os.path.join(out, "eA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2372, 3900, os.path.join(out, "eB.jsonl"))
