"""Orders, invoices and deliveries (stop 26): dA.jsonl (development, read) and dB.jsonl (held out:
other templates, written before the rules they led to and only measured).

Each line is what a shop's or a carrier's system sends a model: order confirmations, shipping
labels and invoice headers with the address block on lines of its own as each country writes it
(Faker's address of the line's locale, whole, one span), bill-to and ship-to blocks, delivery
notices, returns and couriers' notes, with names, phones and emails. Locales: US mostly, twelve
others.
Usage: orders.py PKG OUTDIR (see README.md).
"""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_CA en_AU de_DE fr_FR es_ES it_IT nl_NL pl_PL pt_BR sv_SE".split()

DEVELOPMENT = [
    "Ship to:\n{P}\n{ADDRB}\nPhone: {PHONE}",
    "Order #{N6} confirmed! We'll deliver to {P}, {ADDR} on Thursday.",
    "BILL TO\n{PU}\n{ADDRB}",
    "Your parcel for {FIRST} could not be delivered to {ADDR}. Please call {PHONE}.",
    "Return request from {EMAIL} (order {N6}): item arrived damaged.",
    "Delivery instructions: leave with neighbour {P2} at {ADDR}",
    "Invoice {N6}\nCustomer: {P}\nEmail: {EMAIL}\nShipping address:\n{ADDRB}",
    "Courier note: {FIRST} asked us to ring {PHONE} on arrival.",
    "Recipient: {P} | {PHONE} | {ADDR}",
    "Hi {FIRST}, your order has shipped to {CITY} and should arrive in 3-5 days.",
    "Gift message: Happy birthday {FIRST2}! Love, {FIRST}",
    "Address change for order {N6}: from {ADDR} to {ADDR2}",
]
LAST_CHECK = [
    "Deliver to:\n{PU}\n{ADDRB}\nTel. {PHONE}",
    "Dear {P}, thank you for your order {N6}. It will be sent to {ADDR}.",
    "SHIP TO: {P}, {ADDR}",
    "Missed delivery for {P} at {ADDR}; next attempt tomorrow.",
    "Customer {P} ({EMAIL}, {PHONE}) wants a refund.",
    "Sender:\n{P2}\n{ADDRB}\n\nRecipient:\n{P}\n{ADDRB2}",
    "Pickup point near {CITY} selected by {FIRST}.",
    "Your order was signed for by {P2} at 14:32.",
    "Invoice address: {ADDR} - VAT ID not provided - contact {EMAIL}",
    "{FIRST}, your package is at the depot in {CITY}. Call {PHONE} to rebook.",
]


def draw(f, us):
    first, last = f.first_name(), f.last_name()
    p = f"{first} {last}"
    block, block2 = f.address(), f.address()
    vals = {"P": p, "PU": p.upper(), "FIRST": first, "FIRST2": f.first_name(), "P2": f"{f.first_name()} {f.last_name()}",
            "ADDR": f.address().replace("\n", ", "), "ADDR2": f.address().replace("\n", ", "), "ADDRB": block, "ADDRB2": block2,
            "PHONE": f.phone_number(), "EMAIL": f.email(), "CITY": f.city(), "N6": str(random.randint(100000, 999999))}
    types = {"P": "PERSON", "PU": "PERSON", "FIRST": "PERSON", "FIRST2": "PERSON", "P2": "PERSON", "ADDR": "STREET_ADDRESS",
             "ADDR2": "STREET_ADDRESS", "ADDRB": "STREET_ADDRESS", "ADDRB2": "STREET_ADDRESS", "PHONE": "PHONE_NUMBER",
             "EMAIL": "EMAIL_ADDRESS", "CITY": "LOCATION", "N6": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2631, 4900, os.path.join(out, "dA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2632, 5100, os.path.join(out, "dB.jsonl"))
