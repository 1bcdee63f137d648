"""Call transcripts (stop 25): xA.jsonl (development, read), xB.jsonl (held out: other
templates, written before the rules they led to and only measured) and xC.jsonl (other templates
again, written after the rules and measured once).

Each line is a turn or two of a contact centre's or a clinic's call as speech-to-text writes it:
lower case, little punctuation, speaker labels, and numbers as the caller says them, in words
("five five five, oh one four seven", "nineteen eighty five", "one twenty three main street",
"double oh seven") or as digits with the pauses as spaces ("3 14 85"). Names come from Faker's
English locales mostly and from six others, in lower case as most recognisers write them and
sometimes capitalised.
Usage: transcripts.py PKG OUTDIR (see README.md).
"""
import datetime, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_AU en_CA en_IN es_MX de_DE it_IT pl_PL vi_VN".split()

DEVELOPMENT = [
    "agent: can i get your full name please caller: yeah it's {NAME}",
    "caller: my date of birth is {DOB}",
    "agent: and the phone number on the account caller: it's {PHONE}",
    "customer: my social is {SSN}",
    "rep: what's the zip code there caller: {ZIP}",
    "caller: i live at {ADDR}",
    "agent: can you read me the card number caller: sure it's {CARD}",
    "caller: my email is {EMAIL}",
    "agent: thank you {NAME} can you confirm your date of birth caller: {DOB}",
    "caller: the account number is {ACCT}",
    "agent: okay {NAME} and what's a good callback number caller: {PHONE}",
    "caller: um yes my birthday is {DOB} and my zip is {ZIP}",
    "agent: i have your address as {ADDR} is that correct",
    "caller: my member id is {MEMBER}",
]
LAST_CHECK = [
    "speaker 1: hi my name is {NAME} and i'm calling about my bill",
    "speaker 2: okay and your birthday is {DOB} right speaker 1: yes",
    "um the best number to reach me at is {PHONE}",
    "and the last thing i need is your social security number caller: {SSN}",
    "so that's {ADDR} zip code {ZIP}",
    "patient states dob {DOB} and lives with her daughter",
    "the card is {CARD} and it expires {EXP}",
    "you can email me at {EMAIL} anytime",
    "caller: this is {NAME} i'm returning a call from doctor {DOCTOR}",
    "yeah the policy number is {MEMBER}",
    "agent: and can i have the date of birth for {NAME} caller: {DOB}",
    "caller: my account number is {ACCT} and my phone is {PHONE}",
]

# written at the end of stop 25, after its rules, and measured once: voicemails, dictations and
# claims calls, phrased unlike the two lists above
FINAL_CHECK = [
    "hi this is {NAME} calling back about the appointment my number is {PHONE} thanks bye",
    "dictation for {NAME} date of birth {DOB} patient seen today for follow up",
    "yeah so my policy number is {MEMBER} and the claim is for my daughter",
    "rep: and what is the zip code on file caller: uh {ZIP}",
    "hey it's {NAME} again you can reach me at {PHONE} or email {EMAIL}",
    "caller: sure the card number is {CARD}",
    "rep: can i have the last name and date of birth caller: {NAME} {DOB}",
    "i'm at {ADDR} if you need to send anything",
    "okay so the account is {ACCT} and the routing is on the check",
    "and my social ends in, no wait the whole thing is {SSN}",
]

ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def digit(d):
    return "oh" if d == "0" and random.random() < 0.5 else ONES[int(d)]


def digits(s):
    """s a digit at a time, a repeated digit now and then as "double"."""
    words, k = [], 0
    while k < len(s):
        if k + 1 < len(s) and s[k] == s[k + 1] and random.random() < 0.2:
            words.append("double " + digit(s[k]))
            k += 2
            continue
        words.append(digit(s[k]))
        k += 1
    return " ".join(words)


def pair(s):
    """A two-digit group as a number: "14" fourteen, "85" eighty five, "05" oh five."""
    n = int(s)
    if s[0] == "0":
        return "oh " + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    tens = TENS[n // 10]
    if n % 10 == 0:
        return tens
    return tens + random.choice([" ", "-"]) + ONES[n % 10]


def year(y):
    if 2000 <= y < 2010:
        return random.choice(["two thousand " + ONES[y % 10], "two thousand and " + ONES[y % 10], "twenty oh " + ONES[y % 10]])
    if 2010 <= y < 2100:
        return random.choice(["two thousand " + pair(str(y % 100)), "twenty " + pair(str(y % 100))])
    return pair(str(y // 100)) + " " + pair("%02d" % (y % 100)) if y % 100 else pair(str(y // 100)) + " hundred"


def date(d):
    month = d.strftime("%B").lower()
    day = ORDINALS[d.day - 1] if d.day <= 20 else "thirtieth" if d.day == 30 else TENS[d.day // 10] + " " + ORDINALS[d.day % 10 - 1]
    return random.choice([
        f"{month} {day} {year(d.year)}",
        f"{month} the {day} {year(d.year)}",
        f"the {day} of {month} {year(d.year)}",
        f"{ONES[d.month] if d.month < 10 else pair(str(d.month))} {pair('%02d' % d.day)} {pair('%02d' % (d.year % 100))}",
        f"oh {ONES[d.month]} {pair('%02d' % d.day)} {year(d.year)}" if d.month < 10 else f"{pair(str(d.month))} {pair('%02d' % d.day)} {year(d.year)}",
        f"{d.month} {d.day} {d.year % 100:02d}",
        f"{d.month:02d} {d.day:02d} {d.year}",
    ])


def house(n):
    s = str(n)
    if len(s) == 3 and random.random() < 0.6:
        return ONES[int(s[0])] + " " + pair(s[1:]) if s[1] != "0" else digits(s)
    if len(s) == 4 and s[2] != "0" and random.random() < 0.6:
        return pair(s[:2]) + " " + pair(s[2:])
    if len(s) == 2 and random.random() < 0.7:
        return pair(s)
    return digits(s)


def grouped(groups, sep=None):
    sep = sep if sep is not None else random.choice([" ", ", ", " ... "])
    return sep.join(digits(g) if len(g) != 4 or random.random() < 0.7 else pair(g[:2]) + " " + pair(g[2:]) for g in groups)


def draw(f, us):
    born = datetime.date(1935, 1, 1) + datetime.timedelta(days=random.randint(0, 25000))
    name = f"{f.first_name()} {f.last_name()}"
    name = name.lower() if random.random() < 0.75 else name
    phone = "%d%02d%d%06d" % (random.randint(2, 9), random.randint(0, 99), random.randint(2, 9), random.randint(0, 10**6 - 1))
    ssn = "%03d%02d%04d" % (random.randint(1, 665), random.randint(1, 99), random.randint(1, 9999))
    card = us.credit_card_number(card_type=random.choice(["visa16", "mastercard", "discover"]))
    addr = f"{house(random.choice([random.randint(10, 99), random.randint(100, 999), random.randint(1000, 9999)]))} {us.street_name().lower()}"
    if random.random() < 0.4:
        addr += " apartment " + random.choice([digits(str(random.randint(1, 40))) + " " + random.choice("abcd"), pair(str(random.randint(10, 40)))])
    if random.random() < 0.5:
        addr += " " + us.city().lower()
    user = random.choice([f.first_name(), f.first_name() + " dot " + f.last_name(), f.first_name()[0] + " " + f.last_name()]).lower()
    user = user.encode("ascii", "ignore").decode()
    exp = datetime.date(2026, 1, 1) + datetime.timedelta(days=random.randint(0, 1500))
    vals = {
        "NAME": name,
        "DOCTOR": us.last_name().lower(),
        "DOB": date(born),
        "PHONE": grouped([phone[:3], phone[3:6], phone[6:]]),
        "SSN": grouped([ssn[:3], ssn[3:5], ssn[5:]]),
        "ZIP": digits(us.zipcode()),
        "ADDR": addr,
        "CARD": grouped([card[k:k + 4] for k in range(0, 16, 4)], sep=random.choice([" ", ", "])),
        "EMAIL": user + " at " + random.choice(["gmail", "yahoo", "outlook", "hotmail"]) + " dot com",
        "ACCT": digits(str(random.randint(10**7, 10**10 - 1))),
        "MEMBER": random.choice("abcdhjkmrwxyz") + " " + digits(str(random.randint(10**7, 10**9 - 1))),
        "EXP": exp.strftime("%B").lower() + " " + year(exp.year),
    }
    types = {"NAME": "PERSON", "DOCTOR": "PERSON", "DOB": "DATE_OF_BIRTH", "PHONE": "PHONE_NUMBER", "SSN": "US_SSN",
             "ZIP": "ZIP_CODE", "ADDR": "STREET_ADDRESS", "CARD": "CREDIT_CARD", "EMAIL": "EMAIL_ADDRESS",
             "ACCT": "US_BANK_NUMBER", "MEMBER": "HEALTH_PLAN_NUMBER", "EXP": "CARD_EXPIRY"}
    return vals, types


def article_outside(path):
    """A date "the fourth of july …" is labelled from "fourth": the article is no part of it."""
    with open(path) as f:
        lines = [json.loads(l) for l in f]
    with open(path, "w") as o:
        for l in lines:
            for sp in l["spans"]:
                if l["text"][sp["start"]:sp["start"] + 4] == "the ":
                    sp["start"] += 4
            o.write(json.dumps(l, ensure_ascii=False) + "\n")


for name, templates, seed, faker_seed in (("xA", DEVELOPMENT, 2551, 5100), ("xB", LAST_CHECK, 2552, 5300), ("xC", FINAL_CHECK, 2553, 5500)):
    probekit.write(Faker, LOCS, templates, draw, seed, faker_seed, os.path.join(out, name + ".jsonl"))
    article_outside(os.path.join(out, name + ".jsonl"))
