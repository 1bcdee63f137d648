"""Contracts, leases, wills and other legal instruments (stop 27): gC.jsonl (development, read)
and gD.jsonl (held out: other templates, written before the rules they led to and only measured).

Each line is a clause or block a legal team sends a model to review or summarise: the parties
with their addresses and roles in quotes, recitals, notice clauses, signature, witness and notary
blocks, employment terms, bequests. Names (sometimes in capitals, as agreements write the
parties), companies, addresses, towns and countries come from the line's Faker locale (US mostly,
eleven others).
Usage: contracts.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_IN en_CA en_AU de_DE fr_FR es_ES it_IT nl_NL pl_PL pt_BR".split()

DEVELOPMENT = [
    "This Agreement is made on {D} between {P}, residing at {ADDR} (the \"Tenant\"), and {ORG} (the \"Landlord\").",
    "IN WITNESS WHEREOF the parties have signed this agreement.\n\n______________________\n{P}\nDate: {D}",
    "Signed by {P} in the presence of:\nWitness name: {P2}\nWitness address: {ADDR2}",
    "The Employee, {P}, born on {DOB}, shall report to {P2}, Head of Operations.",
    "Notices to the Buyer shall be sent to {P}, {ADDR}, email {EMAIL}.",
    "I, {P}, of {CITY}, being of sound mind, declare this to be my last will and testament.",
    "Lessor: {ORG}\nLessee: {P}\nPremises: {ADDR}",
    "Sworn before me at {CITY} on {D}.\n{P2}\nNotary Public",
    "between {ORG}, a company registered in {COUNTRY} with its registered office at {ADDR} (the \"Supplier\"), and {P} (the \"Customer\")",
    "The Guarantor, {PU}, hereby irrevocably guarantees the obligations of the Borrower.",
    "Executed by {P}, Director, for and on behalf of {ORG}",
    "This power of attorney is granted by {P} to {P2} on {D}.",
]
LAST_CHECK = [
    "THIS LEASE is entered into as of {D} by and between {PU} (\"Landlord\") and {P2} (\"Tenant\").",
    "Name: {P}\nSignature: ________________\nTitle: Managing Director\nDate: {D}",
    "The Seller, {P}, of {ADDR}, agrees to sell and the Purchaser agrees to buy the Property.",
    "Witnessed by: {P2}, {JOB}, {CITY}",
    "This Non-Disclosure Agreement is between {ORG} and {P} (\"Recipient\"), whose address is {ADDR}.",
    "Any notice shall be given in writing to {P} at {EMAIL} or by post to {ADDR}.",
    "I give my house at {ADDR} to my daughter {P2}.",
    "Before me, the undersigned notary, personally appeared {P}, known to me to be the person whose name is subscribed.",
    "Party B: {P}    Tel: {PHONE}",
    "Employer: {ORG}\nEmployee: {P}\nStart date: {D}\nPlace of work: {CITY}",
    "Agreed and accepted by {P} on behalf of {ORG} on {D}.",
]


def draw(f, us):
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    born = datetime.date(1955, 1, 1) + datetime.timedelta(days=random.randint(0, 16000))
    fmt = random.choice([lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: d.strftime("%Y-%m-%d"), lambda d: str(d.day) + d.strftime(" %B %Y")])
    p = f"{f.first_name()} {f.last_name()}"
    vals = {"P": p, "PU": p.upper(), "P2": f"{f.first_name()} {f.last_name()}", "EMAIL": f.email(),
            "PHONE": f.phone_number(), "CITY": f.city(), "ADDR": f.address().replace("\n", ", "),
            "ADDR2": f.address().replace("\n", ", "), "ORG": f.company(),
            "COUNTRY": f.current_country() if hasattr(f, "current_country") else us.country(),
            "JOB": us.job(), "D": fmt(day), "DOB": fmt(born)}
    types = {"P": "PERSON", "PU": "PERSON", "P2": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER",
             "CITY": "LOCATION", "ADDR": "STREET_ADDRESS", "ADDR2": "STREET_ADDRESS", "ORG": "ORGANIZATION",
             "COUNTRY": "LOCATION", "JOB": None, "D": "DATE_TIME", "DOB": "DATE_TIME"}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2721, 5000, os.path.join(out, "gC.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2722, 5100, os.path.join(out, "gD.jsonl"))
