"""Clinical notes with the identifiers HIPAA's Safe Harbor names (stop 23): cK.jsonl
(development, read), cL.jsonl (held out: other templates and other hospital and date forms,
written before stop 23's rules and only measured) and cM.jsonl (a second development set of
other templates and forms again, written after the first round of rules).

Each line is a note's fragment as a chart, a referral, a discharge summary, a pharmacy or a
payer writes it: patients and clinicians (with titles and credentials outside the span), dates
of care and birth, ages, record, member, NPI and DEA numbers, phones and faxes, hospitals,
towns and addresses. Names come from Faker's US locale mostly and from eight others.
Usage: clinical.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_US en_GB es_MX de_DE it_IT pt_BR pl_PL fr_FR en_IN".split()


def luhn_digit(digits):
    total = 0
    for k, d in enumerate(reversed(digits)):
        d = int(d)
        if k % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi():
    body = "1" + "".join(random.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def dea(last):
    first = random.choice("ABFGM")
    d = [random.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last[0].upper() + "".join(map(str, d)) + str(check)


def mbi():
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + "0123456789"
    c = [random.choice("123456789"), random.choice(letters), random.choice(alnum), random.choice("0123456789"),
         random.choice(letters), random.choice(alnum), random.choice("0123456789"), random.choice(letters),
         random.choice(letters), random.choice("0123456789"), random.choice("0123456789")]
    return "".join(c)


def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


DEV_DATES = [lambda d: f"{d.month}/{d.day}/{d.year}", lambda d: d.strftime("%m/%d/%Y"), lambda d: d.strftime("%Y-%m-%d"),
             lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"), lambda d: d.strftime("%d-%b-%Y"),
             lambda d: f"{d.month}/{d.day}/{d.strftime('%y')}", lambda d: d.strftime("%b ") + str(d.day)]
HELD_DATES = [lambda d: d.strftime("%m-%d-%Y"), lambda d: str(d.day) + d.strftime(" %b %Y"), lambda d: d.strftime("%Y%m%d"),
              lambda d: d.strftime("%b. ") + str(d.day) + d.strftime(", %Y"), lambda d: d.strftime("%m/%d/%Y %H:%M"),
              lambda d: f"{d.month}/{d.day}", lambda d: d.strftime("%A, %B ") + ordinal(d.day)]
DEV_HOSP = ["{CITY} General Hospital", "St. {FIRST}'s Medical Center", "{LAST} Memorial Hospital", "{CITY} Regional Medical Center",
            "Mercy Hospital {CITY}"]
HELD_HOSP = ["{CITY} Community Hospital", "Good Samaritan Hospital of {CITY}", "{LAST} Family Clinic", "University of {CITY} Medical Center",
             "Sacred Heart {CITY}", "{CITY} Children's Hospital"]

DEVELOPMENT = [
    "Patient: {PAT}   DOB: {DOB}   MRN: {MRN}",
    "{PAT} is a {AGE}-year-old {SEX} admitted on {DATE} with chest pain.",
    "Discharge date: {DATE}. Attending physician: Dr. {DOC}.",
    "Referred by Dr. {DOCLAST} at {HOSP} for evaluation of dyspnea.",
    "Please fax records to {FAX}, attention {DOC}, RN.",
    "Mr. {PATLAST} was seen in clinic today; he lives in {CITY} with his daughter {REL}.",
    "Pt name: {PATLF}  Member ID: {MEMBER}  Medicare MBI: {MBI}",
    "Prescriber: {DOC}, MD  NPI: {NPI}  DEA: {DEA}",
    "Emergency contact: {REL} (daughter), cell {PHONE}.",
    "The patient was transferred from {HOSP} on {DATE} and died on {DATE2}.",
    "Home address: {ADDR}. Patient reports living alone.",
    "Mrs. {PATLAST}, age {AGE}, presented to the ED at {HOSP} on {DATE}.",
    "Seen by {DOC}, PA-C, for follow-up; next visit {DATE}.",
    "Labs drawn {DATE} at {HOSP}; results called to {DOC} at {PHONE}.",
    "SSN: {SSN}  DOB {DOB}  Phone {PHONE}",
    "Dear Dr. {DOCLAST}, thank you for referring {PAT}, a pleasant {AGE} year old {SEX}.",
]
LAST_CHECK = [
    "Chief complaint: fall at home. {PAT}, {AGE} y/o {SEX}, brought in by EMS from {CITY}.",
    "Admit date {DATE}; discharge date {DATE2}; attending {DOC}, MD.",
    "Consult requested by {DOC} (cardiology) re: {PAT}, MRN {MRN}.",
    "Medical record number: {MRN}. Date of birth: {DOB}. Primary care: Dr. {DOCLAST}, {HOSP}.",
    "I spoke with the patient's son, {REL}, by phone ({PHONE}) on {DATE}.",
    "Insurance: member # {MEMBER}; subscriber {PAT}; DOB {DOB}.",
    "Rx written by Dr. {DOC} (DEA {DEA}, NPI {NPI}) on {DATE}.",
    "{PATLF} was admitted to {HOSP} in {CITY} on {DATE}.",
    "Patient states she moved from {CITY} and now resides at {ADDR}.",
    "Signed electronically by {DOC}, DO on {DATE}.",
    "Contact the clinic at {PHONE} or fax {FAX} with questions about {PAT}'s care.",
    "Ms. {PATLAST} ({AGE}F) reports dizziness since {DATE}.",
    "cc: {DOC}, MD; {DOC2}, NP",
    "Hospice referral for {PAT}, aged {AGE}, Medicare ID {MBI}.",
    "Deceased: {DATE} at {HOSP}. Next of kin: {REL}.",
]


# A second development set (cM), written after the first round of rules: other templates, date
# forms and hospital names than both files above.
MORE_DATES = [lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%d.%m.%Y"), lambda d: d.strftime("%B ") + str(d.day),
              lambda d: str(d.day) + d.strftime(" %B %Y"), lambda d: d.strftime("%b ") + str(d.day) + d.strftime(" %Y"),
              lambda d: f"{d.month}-{d.day}-{d.strftime('%y')}", lambda d: d.strftime("%Y/%m/%d"),
              lambda d: d.strftime("%B ") + ordinal(d.day), lambda d: ordinal(d.day) + d.strftime(" of %B")]
MORE_HOSP = ["{LAST} Medical Group", "{CITY} Urgent Care", "{CITY} Health System", "{LAST} Orthopedics", "{CITY} Heart Institute",
             "St. {FIRST} Hospice", "{CITY} Surgical Center", "{CITY} VA Medical Center", "{LAST} Pediatrics", "{CITY} Cancer Center"]
MORE = [
    "Nursing note: {PAT} ambulated twice this shift; daughter {REL} visited at 14:00.",
    "RADIOLOGY REPORT  Patient: {PATLF}  Exam date: {DATE}  Ordering: {DOC}, MD",
    "Rx label: {PAT} - take 1 tablet daily - Dr. {DOCLAST} - filled {DATE} at {HOSP} Pharmacy",
    "Prior authorization request for {PAT} (DOB {DOB}), member {MEMBER}, submitted by {HOSP}.",
    "Triage: {AGE}yo {SEX} c/o abdominal pain x2 days. Name {PAT}. Arrived {DATE}.",
    "Lab report for {PATLF}, collected {DATE}, reviewed by {DOC}.",
    "Discharge instructions given to {PAT} and her husband {REL} on {DATE}.",
    "Consent signed by {PAT} on {DATE}; witnessed by {DOC}, RN.",
    "Operative note: surgeon {DOC}, MD; assistant {DOC2}, PA; patient {PAT}, {AGE} yr old {SEX}.",
    "Progress note {DATE}: {PAT} doing well. Plan discussed with Dr. {DOCLAST}.",
    "Home health visit at {ADDR} for {PAT}; next visit {DATE2}.",
    "Telehealth visit with {PAT} ({AGE} years old) from {CITY}; provider {DOC}.",
    "To whom it may concern: {PAT} has been under my care at {HOSP} since {DATE}. Sincerely, {DOC}, MD",
    "Medication reconciliation completed for {PATLF} by {DOC}, PharmD, on {DATE}.",
    "Pt {PAT} called the nurse line at {PHONE} asking about results from {DATE}.",
    "Transfer summary: {PAT}, aged {AGE}, from {HOSP} to {HOSP2}; accepting physician {DOC}.",
    "Follow up with {DOC} at {HOSP}, {ADDR}, phone {PHONE}, within 2 weeks.",
    "{PATLF}  MRN {MRN}  Age: {AGE}  Attending: {DOCLAST}",
    "Mother {REL} reports the child {PAT} had a fever since {DATE}.",
    "ED course: {PAT} was given fluids; Dr. {DOCLAST} spoke with PCP {DOC2} by phone.",
]


def drawing(dates, hospitals):
    """The fields of a chart's fragment, its dates in one of dates and its hospitals of hospitals."""
    def draw(f, us):
        sex = random.choice(["male", "female", "man", "woman"])
        first = f.first_name_male() if sex in ("male", "man") else f.first_name_female()
        last = f.last_name()
        r = random.random()
        pat = f"{first} {last}" if r < 0.75 else f"{first} {f.first_name()[0]}. {last}" if r < 0.9 else f"{first.upper()} {last.upper()}"
        doc_first, doc_last = us.first_name(), us.last_name()
        day = lambda: datetime.date(2019, 1, 1) + datetime.timedelta(days=random.randint(0, 2000))
        d1 = day()
        born = datetime.date(1920, 1, 1) + datetime.timedelta(days=random.randint(0, 30000))
        fmt = random.choice(dates)
        hospital = lambda: random.choice(hospitals).replace("{CITY}", us.city()).replace("{FIRST}", us.first_name()).replace("{LAST}", us.last_name())
        hosp = hospital()
        age = random.choice([random.randint(18, 88), random.randint(90, 104)])
        vals = {
            "PAT": pat, "PATLAST": last, "PATLF": random.choice([f"{last.upper()}, {first.upper()}", f"{last}, {first}"]),
            "DOC": f"{doc_first} {doc_last}", "DOC2": f"{us.first_name()} {us.last_name()}", "DOCLAST": doc_last,
            "REL": f"{f.first_name()} {last}", "DATE": fmt(d1), "DATE2": fmt(d1 + datetime.timedelta(days=random.randint(1, 20))),
            "DOB": random.choice(dates[:5])(born), "AGE": str(age), "SEX": sex,
            "MRN": random.choice(["", "00", "MR"]) + str(random.randint(100000, 99999999)),
            "FAX": us.phone_number(), "PHONE": us.phone_number(), "HOSP": hosp, "CITY": us.city(),
            "ADDR": us.address().replace("\n", ", "), "SSN": us.ssn(), "MEMBER": "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(random.randint(10**8, 10**9 - 1)),
            "MBI": mbi(), "NPI": npi(), "DEA": dea(doc_last),
        }
        types = {"PAT": "PERSON", "PATLAST": "PERSON", "PATLF": "PERSON", "DOC": "PERSON", "DOC2": "PERSON", "DOCLAST": "PERSON",
                 "REL": "PERSON", "DATE": "DATE_TIME", "DATE2": "DATE_TIME", "DOB": "DATE_TIME", "AGE": "AGE", "SEX": None,
                 "MRN": "MEDICAL_RECORD_NUMBER", "FAX": "PHONE_NUMBER", "PHONE": "PHONE_NUMBER", "HOSP": "ORGANIZATION", "HOSP2": "ORGANIZATION",
                 "CITY": "LOCATION", "ADDR": "STREET_ADDRESS", "SSN": "US_SSN", "MEMBER": "HEALTH_PLAN_NUMBER", "MBI": "US_MBI",
                 "NPI": "NPI", "DEA": "DEA_NUMBER"}
        # the second hospital is drawn only where a template names it, so that cK and cL stay
        # as first written
        return vals, types, {"HOSP2": hospital}
    return draw


probekit.write(Faker, LOCS, DEVELOPMENT, drawing(DEV_DATES, DEV_HOSP), 2323, 1300, os.path.join(out, "cK.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, drawing(HELD_DATES, HELD_HOSP), 2324, 1500, os.path.join(out, "cL.jsonl"))
probekit.write(Faker, LOCS, MORE, drawing(MORE_DATES, MORE_HOSP), 2325, 1700, os.path.join(out, "cM.jsonl"))
