"""Banking and payments (stop 23): fA.jsonl (development, read) and fB.jsonl (held out: other
templates, written before the rules they led to and only measured).

Each line is a fragment of a bank's or a payment processor's records: account holders and
beneficiaries, IBANs, SWIFT codes, account and routing numbers, cards with their expiry and
CVV, addresses, employers and merchants, dates. Names come from Faker's US locale mostly and from
eight others; card numbers from Faker's providers (Luhn-valid).
Usage: finance.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB de_DE fr_FR es_ES it_IT nl_NL pt_BR pl_PL en_IN".split()

DEVELOPMENT = [
    "Wire transfer to {P}, IBAN {IBAN}, BIC {SWIFT}, amount EUR 2,450.00.",
    "Account holder: {P}   Account number: {ACCT}   Routing: {ROUTING}",
    "Card ending in {LAST4} belongs to {P}; the full number {CARD} was entered on {D}.",
    "Dispute opened by {P} for a charge at {ORG} on {D}.",
    "Please verify the identity of {P}, born {DOB}, residing at {ADDR}.",
    "KYC note: {P} is employed by {ORG} as a {JOB}.",
    "Beneficiary {P} added on {D} by account owner {P2}.",
    "Card {CARD} exp {EXP} CVV {CVV} - cardholder {PU}",
    "Loan application from {P} ({EMAIL}) for a property in {CITY}.",
    "Direct debit mandate signed by {P}; creditor {ORG}; IBAN {IBAN}.",
    "Statement sent to {ADDR} for {P}.",
    "Fraud alert: {P} reported card {CARD} stolen in {CITY} on {D}.",
]
LAST_CHECK = [
    "Incoming SEPA credit from {P} ({IBAN}), reference INV-{N6}.",
    "Joint account opened for {P} and {P2} on {D}.",
    "Chargeback filed: merchant {ORG}, cardholder {P}, card {CARD}.",
    "Mortgage payment for {ADDR} is overdue; borrower {P}.",
    "New payee: {PU}, sort code 20-00-00, account {ACCT8}.",
    "{P} called from {PHONE} to freeze card ending {LAST4}.",
    "Salary from {ORG} credited to {P} on {D}.",
    "ID check passed for {P}, DOB {DOB}, passport holder from {CITY}.",
    "Overdraft limit raised for {P} at the request of relationship manager {P2}.",
    "Refund of card {CARD} (exp {EXP}) approved for {P}.",
]


def draw(f, us):
    day = datetime.date(2018, 1, 1) + datetime.timedelta(days=random.randint(0, 2500))
    born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
    fmt = random.choice([lambda d: d.strftime("%m/%d/%Y"), lambda d: d.strftime("%d.%m.%Y"), lambda d: d.strftime("%Y-%m-%d"),
                         lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y")])
    card = us.credit_card_number()
    p = f"{f.first_name()} {f.last_name()}"
    vals = {"P": p, "PU": p.upper(), "P2": f"{f.first_name()} {f.last_name()}", "IBAN": us.iban(), "SWIFT": us.swift(),
            "ACCT": us.bban()[-10:], "ACCT8": str(random.randint(10**7, 10**8 - 1)), "ROUTING": us.aba(), "CARD": card,
            "LAST4": card[-4:], "EXP": us.credit_card_expire(), "CVV": us.credit_card_security_code(), "D": fmt(day),
            "DOB": fmt(born), "ADDR": us.address().replace("\n", ", "), "ORG": f.company(), "JOB": us.job().lower(),
            "EMAIL": f.email(), "CITY": us.city(), "PHONE": us.phone_number(), "N6": str(random.randint(100000, 999999))}
    types = {"P": "PERSON", "PU": "PERSON", "P2": "PERSON", "IBAN": "IBAN_CODE", "SWIFT": "SWIFT_CODE", "ACCT": "US_BANK_NUMBER",
             "ACCT8": "US_BANK_NUMBER", "ROUTING": "ABA_ROUTING_NUMBER", "CARD": "CREDIT_CARD", "LAST4": None, "EXP": "CARD_EXPIRY",
             "CVV": "CVV", "D": "DATE_TIME", "DOB": "DATE_TIME", "ADDR": "STREET_ADDRESS", "ORG": "ORGANIZATION", "JOB": None,
             "EMAIL": "EMAIL_ADDRESS", "CITY": "LOCATION", "PHONE": "PHONE_NUMBER", "N6": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2351, 2900, os.path.join(out, "fA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2352, 3100, os.path.join(out, "fB.jsonl"))
