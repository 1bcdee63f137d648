"""HR, legal and insurance records (stop 23): rR.jsonl (development, read) and rS.jsonl (held
out: other templates, written before the rules they led to and only measured).

Each line is a fragment as an HR system, a law office or an insurer writes it: employees,
managers, parties, witnesses, claimants and adjusters (titles and credentials outside the span),
their dates of birth and of events, addresses, phones, emails, SSNs, employers, courts' towns.
Names come from Faker's US locale mostly and from eight others.
Usage: records.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_GB en_AU de_DE fr_FR es_ES it_IT pt_BR nl_NL en_IN".split()

DEVELOPMENT = [
    "Employee: {P}  Employee ID: E{N6}  Hire date: {D}  Manager: {P2}",
    "Please update the emergency contact for {P} to {P2} ({PHONE}).",
    "Performance review for {P} completed by {P2} on {D}.",
    "Termination letter sent to {P} at {ADDR}.",
    "{P} (SSN {SSN}) was enrolled in the dental plan effective {D}.",
    "Offer accepted: {P} joins {ORG} as a senior analyst on {D}.",
    "PLAINTIFF: {PU}   DEFENDANT: {ORGU}",
    "Deposition of {P} taken on {D} in {CITY}.",
    "The witness, {P}, testified that she saw {P2} leave the building.",
    "Claimant {P} reported water damage at {ADDR} on {D}.",
    "Adjuster notes: spoke with insured {P} and her neighbor {P2}.",
    "Policyholder: {LF}   DOB: {DOB}   Phone: {PHONE}",
    "Counsel for the respondent, {P}, filed a motion on {D}.",
    "Reference check: {P2} confirmed that {P} worked at {ORG} from 2015 to 2019.",
    "Background check authorization signed by {P}, born {DOB}, email {EMAIL}.",
    "Payroll: direct deposit for {P} changed on {D}; new account ending 4821.",
]
LAST_CHECK = [
    "New hire paperwork for {P} is missing the I-9; start date {D}.",
    "{P} requested FMLA leave from {D} to {D2}; approved by {P2}.",
    "Exit interview: {P} cited the commute from {CITY} as the main reason.",
    "IN RE THE MARRIAGE OF {PU} AND {P2U}",
    "Served {P} personally at {ADDR} on {D} at 6:40 PM.",
    "Statement of {P}, age {AGE}: I was driving north on Elm when the truck hit me.",
    "Loss payee: {ORG}; named insured: {P}; agent: {P2}.",
    "The court appointed {P} as guardian ad litem for the minor {P2}.",
    "Beneficiary designation: {LF} (spouse), 100%.",
    "{P2} from {ORG} called about {P}'s claim, number CL-{N6}.",
    "Salary adjustment for {P}, effective {D}, approved by HR business partner {P2}.",
    "Notice to appear mailed to {P}, {ADDR}.",
    "Witness list: {P}; {P2}; Officer {LAST}.",
    "Disability claim for {P} (DOB {DOB}) denied on {D}; appeal due within 180 days.",
]


def draw(f, us):
    def person():
        r = random.random()
        if r < 0.6:
            return f"{f.first_name()} {f.last_name()}"
        if r < 0.8:
            return f.name()
        return f"{f.first_name()} {f.first_name()[0]}. {f.last_name()}"

    day = lambda: datetime.date(2015, 1, 1) + datetime.timedelta(days=random.randint(0, 3500))
    d1 = day()
    fmt = random.choice([lambda d: d.strftime("%m/%d/%Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: d.strftime("%Y-%m-%d"), lambda d: str(d.day) + d.strftime(" %B %Y")])
    born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
    last = f.last_name()
    first = f.first_name()
    vals = {"P": person(), "P2": person(), "LAST": last, "LF": f"{last}, {first}", "D": fmt(d1),
            "D2": fmt(d1 + datetime.timedelta(days=random.randint(5, 90))), "DOB": fmt(born), "ADDR": us.address().replace("\n", ", "),
            "PHONE": us.phone_number(), "SSN": us.ssn(), "ORG": f.company(), "CITY": us.city(), "EMAIL": f.email(),
            "N6": str(random.randint(100000, 999999)), "AGE": str(random.randint(18, 90))}
    vals["PU"], vals["P2U"], vals["ORGU"] = vals["P"].upper(), vals["P2"].upper(), vals["ORG"].upper()
    types = {"P": "PERSON", "P2": "PERSON", "PU": "PERSON", "P2U": "PERSON", "LAST": "PERSON", "LF": "PERSON", "D": "DATE_TIME",
             "D2": "DATE_TIME", "DOB": "DATE_TIME", "ADDR": "STREET_ADDRESS", "PHONE": "PHONE_NUMBER", "SSN": "US_SSN",
             "ORG": "ORGANIZATION", "ORGU": "ORGANIZATION", "CITY": "LOCATION", "EMAIL": "EMAIL_ADDRESS", "N6": None, "AGE": "AGE"}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2331, 2100, os.path.join(out, "rR.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2332, 2300, os.path.join(out, "rS.jsonl"))
