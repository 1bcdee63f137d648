"""Incident, police and insurance-claim reports (stop 27): iA.jsonl (development, read) and iB.jsonl
(held out: other templates, written before the rules they led to and only measured).

Each line is a report's fragment an adjuster, a security team or a clerk sends a model: parties
and witnesses with their dates of birth and addresses, officers with their badge numbers,
vehicles' plates, where and when it happened, what a witness said. Names, streets, towns and
phones come from the line's Faker locale (US and UK mostly, nine others); plates from Faker's
license_plate.
Usage: incidents.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_GB en_CA en_AU de_DE fr_FR es_ES it_IT nl_NL pt_BR".split()

DEVELOPMENT = [
    "At approx. 21:40 on {D} the insured, {P}, was rear-ended at the junction of {STREET} and {STREET2}, {CITY}.",
    "Witness {P2} (DOB {DOB}) of {ADDR} stated she saw the blue van leave the scene.",
    "Officer {P} (badge #{BADGE}) attended and issued a report.",
    "Vehicle 1: {PLATE}, driven by {P}. Vehicle 2: {PLATE2}, driven by {P2}.",
    "The claimant's neighbour, {FIRST}, called {PHONE} to report the water leak at {ADDR}.",
    "Subject: {PU}, male, approx. 35, last seen heading toward {STREET} in {CITY}.",
    "Statement of {P}: \"I was walking my dog on {STREET} when I heard the crash.\"",
    "Reported by {P} on {D} at {ORG}'s {CITY} store; security guard {P2} detained the suspect.",
    "Loss location: {ADDR}. Date of loss: {D}. Policyholder: {P}.",
    "{P2} ({AGE}) was treated at the scene by paramedics and released.",
]
LAST_CHECK = [
    "The driver, {P}, of {ADDR}, failed to stop at the red light on {STREET}.",
    "Interviewed: {P2}, security officer at {ORG}, tel. {PHONE}.",
    "PC {LAST} ({BADGE}) arrested {P} at {CITY} railway station on {D}.",
    "Registration {PLATE} was seen leaving {STREET} at speed.",
    "Claim filed by {P} for damage to their property at {ADDR} on {D}.",
    "Victim: {PU}   DOB: {DOB}   Address: {ADDR}",
    "A passer-by, {FIRST}, stopped to help and gave her number ({PHONE}).",
    "Incident occurred outside {ORG}, {STREET}, {CITY}.",
]


def draw(f, us):
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=random.randint(0, 20000))
    fmt = random.choice([lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: d.strftime("%Y-%m-%d"), lambda d: str(d.day) + d.strftime(" %b %Y")])
    street = lambda: f.street_name() if hasattr(f, "street_name") else us.street_name()
    plate = lambda: f.license_plate() if hasattr(f, "license_plate") else us.license_plate()
    first, last = f.first_name(), f.last_name()
    vals = {"P": f"{first} {last}", "PU": f"{first} {last}".upper(), "FIRST": f.first_name(), "LAST": f.last_name(),
            "P2": f"{f.first_name()} {f.last_name()}", "STREET": street(), "STREET2": street(), "CITY": f.city(),
            "ADDR": f.address().replace("\n", ", "), "PHONE": f.phone_number(), "ORG": f.company(), "D": fmt(day),
            "DOB": fmt(born), "AGE": str(random.randint(18, 80)), "BADGE": str(random.randint(1000, 99999)),
            "PLATE": plate(), "PLATE2": plate()}
    types = {"P": "PERSON", "PU": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "P2": "PERSON", "STREET": "STREET_ADDRESS",
             "STREET2": "STREET_ADDRESS", "CITY": "LOCATION", "ADDR": "STREET_ADDRESS", "PHONE": "PHONE_NUMBER",
             "ORG": "ORGANIZATION", "D": "DATE_TIME", "DOB": "DATE_TIME", "AGE": None, "BADGE": None, "PLATE": None, "PLATE2": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2761, 5800, os.path.join(out, "iA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2762, 5900, os.path.join(out, "iB.jsonl"))
