"""Sales and account notes as a CRM holds them (stop 28): cP.jsonl (development, read) and
cQ.jsonl (held out: other templates, written before the rules they led to and only measured).

Each line is what a sales or account team pastes into a model to summarise or draft from: call
notes with a contact, her title and her company after an at-sign or "at", next steps with dates,
deal stages, champions and blockers, intros, lead lists, handoffs between reps, renewal notes,
shorthand (w/, re:, f/u, ->). Names, towns, companies, phones and emails come from the line's
Faker locale (English mostly, four others).
Usage: crm.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_GB en_GB en_AU en_CA en_IN de_DE fr_FR es_ES nl_NL".split()

DEVELOPMENT = [
    "Call w/ {P} ({TITLE} @ {ORG}) - interested in a pilot, f/u {D}",
    "Intro from {FIRST} -> {P2}, {TITLE} at {ORG}. Based in {CITY}.",
    "Champion: {P}. Blocker: {P2} (procurement). Next step: demo on {D}.",
    "{P} <{EMAIL}> asked for pricing; cc'd {FIRST2}.",
    "Left VM for {FIRST} at {PHONE} re: renewal.",
    "Handoff: {P} owns {ORG} now, {P2} moved to the {CITY} territory.",
    "Lead: {P} | {ORG} | {CITY} | {EMAIL}",
    "Met {P} at the {CITY} conference; {ORG} is evaluating us vs. competitors.",
    "{ORG} renewal - {FIRST} says budget frozen until {D}.",
    "Spoke to {LAST} (CFO) at {ORG}, wants a 3-year deal.",
]
LAST_CHECK = [
    "Follow up with {P} from {ORG} next week about the contract.",
    "Notes: {FIRST} is the decision maker; her boss {P2} signs off.",
    "Deal {ORG} moved to Negotiation by {P} on {D}.",
    "{P}, {TITLE}, {ORG}, {PHONE}",
    "Email from {FIRST} ({EMAIL}): they chose another vendor.",
    "Onsite at {ORG} HQ in {CITY} with {P} and {P2}.",
    "Referral: {P} knows the team at {ORG}.",
    "Account owner changed from {P} to {P2}.",
]
TITLES = ["VP Eng", "Head of IT", "CTO", "Director of Procurement", "Ops Manager", "CEO", "Head of Data", "Senior Buyer"]


def draw(f, us):
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=random.randint(0, 500))
    fmt = random.choice([lambda d: d.strftime("%b ") + str(d.day), lambda d: d.strftime("%m/%d"), lambda d: d.strftime("%Y-%m-%d"),
                         lambda d: d.strftime("%A %B ") + str(d.day)])
    first, last, first2, last2 = f.first_name(), f.last_name(), f.first_name(), f.last_name()
    vals = {"P": f"{first} {last}", "FIRST": first, "LAST": last, "P2": f"{first2} {last2}", "FIRST2": first2,
            "CITY": f.city(), "ORG": f.company(), "EMAIL": f.email(), "PHONE": f.phone_number(), "D": fmt(day),
            "TITLE": random.choice(TITLES)}
    types = {"P": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "P2": "PERSON", "FIRST2": "PERSON", "CITY": "LOCATION",
             "ORG": "ORGANIZATION", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "D": "DATE_TIME", "TITLE": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 3001, 7200, os.path.join(out, "cP.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 3002, 7300, os.path.join(out, "cQ.jsonl"))
