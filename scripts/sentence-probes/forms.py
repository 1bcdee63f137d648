"""Government, immigration, tax and account-opening forms (stop 27): hA.jsonl (development, read)
and hB.jsonl (held out: other templates, written before the rules they led to and only measured).

Each line is a form's fields as a scanner, an OCR step or a copy from a portal gives them to a
model: surname and given names apart, places and dates of birth, parents' names, passports and
their issue, addresses, employers, nationalities, tax and social-security numbers, emergency
contacts; labels in English and the locale's language. Values come from the line's Faker locale
(US mostly, eleven others).
Usage: forms.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_IN en_CA de_DE fr_FR es_ES it_IT nl_NL pl_PL pt_BR".split()

DEVELOPMENT = [
    "Surname: {LAST}\nGiven names: {FIRST}\nDate of birth: {DOB}\nPlace of birth: {CITY}",
    "SURNAME / NOM: {LASTU}\nGIVEN NAMES / PRÉNOMS: {FIRSTU}\nNATIONALITY: {COUNTRY}",
    "Father's name: {P2}\nMother's maiden name: {LAST2}\nSpouse: {P3}",
    "Passport No. {PASS} issued at {CITY} on {D}, expires {D2}",
    "Current residential address: {ADDR}\nPhone (home): {PHONE}\nEmail: {EMAIL}",
    "Employer name: {ORG}\nEmployer address: {ADDR2}\nOccupation: {JOB}",
    "Emergency contact (name and relationship): {P2}, brother — {PHONE}",
    "Applicant: {P}    Application no.: {N}    Date: {D}",
    "Name of applicant (as in passport): {PU}\nPrevious names: {LAST2}",
    "Cardholder name: {P}\nBilling address: {ADDR}\nDate of birth (DD/MM/YYYY): {DOBS}",
    "I, {P}, declare that the information given in this form is true. Signed at {CITY}, {D}.",
    "Last name, First name: {LAST}, {FIRST}\nSSN / TIN: {SSN}",
]
LAST_CHECK = [
    "Family name: {LAST}\nFirst name(s): {FIRST}\nBorn: {DOB} in {CITY}, {COUNTRY}",
    "Name in full: {PU}\nSex: F\nMarital status: married to {P2}",
    "Contact person in case of emergency: {P2} ({PHONE})",
    "Permanent address: {ADDR}\nMailing address (if different): {ADDR2}",
    "Name of employer/school: {ORG}, {CITY}",
    "Sponsor: {P2}, {ADDR2}, tel. {PHONE}",
    "Holder: {P}   Document no.: {PASS}   Date of issue: {D}",
    "Taxpayer name: {P}\nTaxpayer identification number: {SSN}\nFiling status: single",
    "Beneficiary (full name): {P2}    Relationship: daughter    Share: 100%",
    "Referee 1: {P2}, {JOB}, {ORG}",
    "Declared by {P} at {CITY} on {D}",
]


def draw(f, us):
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    born = datetime.date(1950, 1, 1) + datetime.timedelta(days=random.randint(0, 20000))
    fmt = random.choice([lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: d.strftime("%Y-%m-%d"), lambda d: d.strftime("%d %b %Y").upper()])
    first, last = f.first_name(), f.last_name()
    vals = {"P": f"{first} {last}", "PU": f"{first} {last}".upper(), "FIRST": first, "LAST": last, "FIRSTU": first.upper(),
            "LASTU": last.upper(), "LAST2": f.last_name(), "P2": f"{f.first_name()} {f.last_name()}",
            "P3": f"{f.first_name()} {f.last_name()}", "CITY": f.city(),
            "COUNTRY": f.current_country() if hasattr(f, "current_country") else us.country(),
            "ADDR": f.address().replace("\n", ", "), "ADDR2": f.address().replace("\n", ", "), "PHONE": f.phone_number(),
            "EMAIL": f.email(), "ORG": f.company(), "JOB": us.job(), "D": fmt(day), "D2": fmt(day + datetime.timedelta(days=3650)),
            "DOB": fmt(born), "DOBS": born.strftime("%d/%m/%Y"), "PASS": us.bothify("?########").upper(),
            "N": us.bothify("??-#######").upper(), "SSN": us.ssn()}
    types = {"P": "PERSON", "PU": "PERSON", "FIRST": "PERSON", "LAST": "PERSON", "FIRSTU": "PERSON", "LASTU": "PERSON",
             "LAST2": "PERSON", "P2": "PERSON", "P3": "PERSON", "CITY": "LOCATION", "COUNTRY": "LOCATION",
             "ADDR": "STREET_ADDRESS", "ADDR2": "STREET_ADDRESS", "PHONE": "PHONE_NUMBER", "EMAIL": "EMAIL_ADDRESS",
             "ORG": "ORGANIZATION", "JOB": None, "D": "DATE_TIME", "D2": "DATE_TIME", "DOB": "DATE_TIME", "DOBS": "DATE_TIME",
             "PASS": None, "N": None, "SSN": "US_SSN"}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2741, 5400, os.path.join(out, "hA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2742, 5500, os.path.join(out, "hB.jsonl"))
