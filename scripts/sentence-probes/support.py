"""Customer support chats and tickets (stop 23): sT.jsonl (development, read) and sU.jsonl (held
out: other templates, written before the rules they led to and only measured).

Each line is a turn or a ticket's line as a help desk writes it: customers and agents (given
names alone, full names, names in lower case as customers type them), their emails, phones,
addresses, towns, order and account numbers, employers and shops. Names come from Faker's US
locale mostly and from eight others.
Usage: support.py PKG OUTDIR (see README.md).
"""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_GB en_CA en_AU de_DE fr_FR es_MX it_IT pt_BR en_IN".split()

DEVELOPMENT = [
    "Agent: Thanks for waiting, {FIRST}. I can see your order now.",
    "Customer: hi this is {P} and my package never arrived",
    "Ticket #{N6} opened by {P} ({EMAIL})",
    "Agent {AFIRST}: Could you confirm the shipping address, please?",
    "Customer: sure, it's {ADDR}",
    "Hello {FIRST}, your refund of $42.10 has been issued.",
    "Escalated to {P2} in billing; customer {P} prefers a call at {PHONE}.",
    "Customer: my husband {P2} placed the order from his account",
    "Can someone from {ORG} call me back? My name is {P}.",
    "Agent: I have updated the email on file to {EMAIL}, {FIRST}.",
    "{FIRSTL}: the tracking says it is stuck in {CITY}",
    "Note to self: {P} called twice about the same charge.",
    "Customer {P} from {CITY} says the discount code did not work.",
    "Chat transcript with {P} - agent {AP}",
]
LAST_CHECK = [
    "Agent: Hi {FIRST}, thanks for reaching out! How can I help today?",
    "customer: yeah its {PL} again, still no refund",
    "Reassigned from {AP} to {AP2} at the customer's request.",
    "{P} wrote: I was charged twice for order {N6}.",
    "Please ship the replacement to {ADDR}, attention {P}.",
    "Agent: {FIRST}, I've sent a reset link to {EMAIL}.",
    "Callback requested by {P} at {PHONE} after 5 pm.",
    "Customer mentioned she works at {ORG} and needs an invoice.",
    "{FIRST} from {CITY} left a 1-star review about the delay.",
    "Merged duplicate tickets for {P} and {P2}.",
    "Customer: thanks {AFIRST}, you've been super helpful!",
    "Store pickup in {CITY} confirmed for {P}.",
]


def draw(f, us):
    first, last = f.first_name(), f.last_name()
    p = f"{first} {last}"
    vals = {"P": p, "PL": p.lower(), "FIRST": first, "FIRSTL": first.lower(), "P2": f"{f.first_name()} {f.last_name()}",
            "AP": f"{us.first_name()} {us.last_name()}", "AP2": f"{us.first_name()} {us.last_name()}", "AFIRST": us.first_name(),
            "EMAIL": f.email(), "PHONE": us.phone_number(), "ADDR": us.address().replace("\n", ", "), "CITY": us.city(),
            "ORG": f.company(), "N6": str(random.randint(100000, 999999))}
    types = {"P": "PERSON", "PL": "PERSON", "FIRST": "PERSON", "FIRSTL": "PERSON", "P2": "PERSON", "AP": "PERSON", "AP2": "PERSON",
             "AFIRST": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "ADDR": "STREET_ADDRESS", "CITY": "LOCATION",
             "ORG": "ORGANIZATION", "N6": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2341, 2500, os.path.join(out, "sT.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2342, 2700, os.path.join(out, "sU.jsonl"))
