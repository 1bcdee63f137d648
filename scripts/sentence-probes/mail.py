"""Business email (stop 23): mA.jsonl (development, read) and mB.jsonl (held out: other
templates, written before the rules they led to and only measured).

Each text is a short email or a piece of one: greetings, bodies that name colleagues, clients and
companies, signature blocks with a title, a company, a phone and an address, forwarded headers
and cc lines. Names come from Faker's US locale mostly and from eight others.
Usage: mail.py PKG OUTDIR (see README.md).
"""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_AU en_IE de_DE fr_FR nl_NL es_ES it_IT en_IN sv_SE".split()

DEVELOPMENT = [
    "Hi {FIRST},\nPlease find attached the contract for {ORG}.\nBest,\n{P2}",
    "Dear {P},\nThank you for your order. Your account manager is {P2}.\nKind regards,\n{P3}\n{JOB}, {ORG2}\n{PHONE}",
    "---------- Forwarded message ---------\nFrom: {P} <{EMAIL}>\nTo: {P2}\nSubject: Q3 budget",
    "cc: {P2}, {P3}\nLooping in {FIRST3} from legal.",
    "{FIRST}, can you send the deck to {P2} before Friday?",
    "Thanks {FIRST}! I spoke with {P2} at {ORG} and they are on board.",
    "Regards,\n{P}\n{ORG}\n{ADDR}",
    "Hello {FIRST2}, {P} mentioned you might know someone at {ORG}.",
    "Please welcome {P}, who joins the {CITY} office on Monday.",
    "Out of office: I am away until the 14th. For urgent matters contact {P2} ({EMAIL2}).",
]
LAST_CHECK = [
    "Good morning {FIRST},\nFollowing our call, I have copied {P2} on this thread.\nCheers,\n{FIRST3}",
    "From: {P}\nSent: Monday 9:14 AM\nTo: {P2}; {P3}\nSubject: Re: invoice",
    "{P}\nSenior Consultant | {ORG}\nM: {PHONE}",
    "Introducing {P2} (cc'd), our new point of contact at {ORG}.",
    "Hi all, {FIRST} and {FIRST2} will cover the {CITY} meeting.",
    "Sorry for the delay, {FIRST}. {P2} was out sick this week.",
    "Sincerely,\n{P}\nOn behalf of {ORG}",
    "Can you ask {FIRST2} whether {ORG} signed the NDA?",
    "Best wishes to {P} on her retirement after 20 years at {ORG}.",
]


def draw(f, us):
    first, first2, first3 = f.first_name(), f.first_name(), us.first_name()
    vals = {"P": f"{first} {f.last_name()}", "P2": f"{first2} {f.last_name()}", "P3": f"{first3} {us.last_name()}",
            "FIRST": first, "FIRST2": first2, "FIRST3": first3, "ORG": f.company(), "ORG2": us.company(),
            "JOB": us.job(), "PHONE": us.phone_number(), "EMAIL": f.email(), "EMAIL2": us.email(),
            "ADDR": us.address().replace("\n", ", "), "CITY": us.city()}
    types = {"P": "PERSON", "P2": "PERSON", "P3": "PERSON", "FIRST": "PERSON", "FIRST2": "PERSON", "FIRST3": "PERSON",
             "ORG": "ORGANIZATION", "ORG2": "ORGANIZATION", "JOB": None, "PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS",
             "EMAIL2": "EMAIL_ADDRESS", "ADDR": "STREET_ADDRESS", "CITY": "LOCATION"}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2381, 4100, os.path.join(out, "mA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2382, 4300, os.path.join(out, "mB.jsonl"))
