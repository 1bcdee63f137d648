"""Property listings, viewings, tenancy applications and maintenance requests (stop 27): zA.jsonl
(development, read) and zB.jsonl (held out: other templates, written before the rules they led
to and only measured).

Each line is what an estate agent, a landlord or a property manager sends a model: listings with
the agent's name and phone, viewing notes, offers from buyers, tenancy applications with previous
addresses and landlords' references, maintenance requests from tenants, owners' associations'
notices. Names, addresses, towns, phones and companies come from the line's Faker locale (US and
UK mostly, nine others).
Usage: property.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_GB en_CA en_AU en_IN de_DE fr_FR es_ES it_IT nl_NL".split()

DEVELOPMENT = [
    "For viewings contact {P} at {ORG} on {PHONE}.",
    "Viewed {ADDR} with {FIRST} and {FIRST2} on {D}; they loved the garden.",
    "Offer received from Mr & Mrs {LAST} of {PRICE} for {ADDR}.",
    "Previous landlord: {P2}, {PHONE2}\nTime at previous address: 3 years",
    "Current address: {ADDR}\nMoved in: {D}\nReason for leaving: relocating to {CITY}",
    "Tenant at {ADDR} reports a leak under the sink - please call {FIRST} on {PHONE}.",
    "Unit 4B owner {P} has not paid the service charge since {D}.",
    "Applicant: {P} ({EMAIL}), employed at {ORG} as {JOB}, salary {PRICE}",
    "Key holder for {ADDR}: {P2} (neighbour, no. 12)",
    "Sold subject to contract to {P} — completion expected {D}.",
]
LAST_CHECK = [
    "Landlord reference for {P}: always paid on time. — {P2}, {ORG}",
    "Open house at {ADDR} this Saturday, hosted by {P}.",
    "The buyers, {P} and {P2}, have a mortgage in principle with {ORG}.",
    "Maintenance request #{N} from {P}, {ADDR}: boiler not working. Best time to call: evenings, {PHONE}.",
    "Guarantor: {P2}, {ADDR2}",
    "{FIRST} from {ORG} will show you around {ADDR} at 11.",
    "Notice to {P}, {ADDR}: your tenancy ends on {D}.",
]


def draw(f, us):
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=random.randint(0, 600))
    fmt = random.choice([lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: str(d.day) + d.strftime(" %b %Y")])
    vals = {"P": f"{f.first_name()} {f.last_name()}", "P2": f"{f.first_name()} {f.last_name()}", "FIRST": f.first_name(),
            "FIRST2": f.first_name(), "LAST": f.last_name(), "PHONE": f.phone_number(), "PHONE2": f.phone_number(),
            "ADDR": f.address().replace("\n", ", "), "ADDR2": f.address().replace("\n", ", "), "CITY": f.city(), "ORG": f.company(),
            "EMAIL": f.email(), "JOB": us.job(), "D": fmt(day), "PRICE": random.choice(["£", "$", "€"]) + format(random.randint(100, 900) * 1000, ","),
            "N": str(random.randint(1000, 9999))}
    types = {"P": "PERSON", "P2": "PERSON", "FIRST": "PERSON", "FIRST2": "PERSON", "LAST": "PERSON", "PHONE": "PHONE_NUMBER",
             "PHONE2": "PHONE_NUMBER", "ADDR": "STREET_ADDRESS", "ADDR2": "STREET_ADDRESS", "CITY": "LOCATION", "ORG": "ORGANIZATION",
             "EMAIL": "EMAIL_ADDRESS", "JOB": None, "D": "DATE_TIME", "PRICE": None, "N": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2781, 6200, os.path.join(out, "zA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2782, 6300, os.path.join(out, "zB.jsonl"))
