"""Dates of a person's life and appointments in sentences: tD.jsonl (development), tE.jsonl (held out).

Each sentence puts one date, written in one of many formats, in a context that makes it an
individual's (born, admitted, seen, booked, died). The whole date expression is the span, with a
time of day or a weekday written with it. Lone years, months and times of day are left out: they
are no date element Safe Harbor asks to remove. The held-out half uses other formats and
templates; only measure it.
"""
import datetime, json, os, random, sys

pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker


def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def hour12(t):
    return str((t.hour - 1) % 12 + 1)


def ampm(t, lower=False):
    s = "AM" if t.hour < 12 else "PM"
    return s.lower() if lower else s


F = lambda d, f: d.strftime(f)
# Development formats.
FD = [
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: F(d, "%m/%d/%Y"),
    lambda d: F(d, "%d/%m/%Y"),
    lambda d: F(d, "%Y-%m-%d"),
    lambda d: F(d, "%d.%m.%Y"),
    lambda d: F(d, "%B ") + str(d.day) + F(d, ", %Y"),
    lambda d: F(d, "%b ") + str(d.day) + F(d, ", %Y"),
    lambda d: str(d.day) + F(d, " %B %Y"),
    lambda d: F(d, "%A, %B ") + str(d.day) + F(d, ", %Y"),
    lambda d: F(d, "%B ") + ordinal(d.day),
    lambda d: "the " + ordinal(d.day) + F(d, " of %B"),
    lambda d: F(d, "%Y-%m-%d %H:%M:%S"),
    lambda d: F(d, "%Y-%m-%dT%H:%M:%S"),
    lambda d: F(d, "%m/%d/%Y ") + hour12(d) + F(d, ":%M ") + ampm(d),
    lambda d: F(d, "%B ") + str(d.day) + " at " + hour12(d) + F(d, ":%M ") + ampm(d),
    lambda d: F(d, "%d-%b-%Y"),
    lambda d: F(d, "%b. ") + str(d.day) + F(d, ", %Y"),
    lambda d: F(d, "%m-%d-%Y"),
    lambda d: F(d, "%Y/%m/%d"),
    lambda d: F(d, "%d %b %Y %H:%M"),
    lambda d: F(d, "%m/%d/%y"),
    lambda d: ordinal(d.day) + F(d, " %B %Y"),
    lambda d: F(d, "%a %d %b"),
    lambda d: F(d, "%B %Y"),
]
# Held-out formats.
FE = [
    lambda d: F(d, "%A %d %B %Y"),
    lambda d: F(d, "%d-%m-%Y"),
    lambda d: F(d, "%b ") + str(d.day),
    lambda d: str(d.day) + F(d, " %b"),
    lambda d: F(d, "%d/%m/%y"),
    lambda d: F(d, "%Y.%m.%d"),
    lambda d: F(d, "%B the ") + ordinal(d.day) + F(d, ", %Y"),
    lambda d: F(d, "%H:%M on ") + str(d.day) + F(d, " %B %Y"),
    lambda d: hour12(d) + ampm(d, True) + F(d, " on %A, %b ") + str(d.day),
    lambda d: F(d, "%a %b %d %H:%M:%S %Y"),
    lambda d: F(d, "%a, %d %b %Y %H:%M:%S +0000"),
    lambda d: F(d, "%Y-%m-%d at %H:%M"),
    lambda d: F(d, "%A the ") + ordinal(d.day),
    lambda d: F(d, "%b %Y"),
    lambda d: F(d, "%d %B, %Y"),
    lambda d: F(d, "%m.%d.%Y"),
]
TD = [
    "She was born on {D}.", "Patient admitted {D} with chest pain.", "{N} was discharged on {D}.",
    "DOB: {D}", "Date of death: {D}", "Appointment scheduled for {D}.", "Last seen {D} by Dr. {L}.",
    "We spoke on {D} about the refund.", "Her surgery is booked for {D}, please confirm.",
    "Visit date {D}", "{N} (born {D}) lives alone.", "He passed away {D} at home.",
    "The MRI was done on {D} and showed no change.", "My daughter's birthday is {D}!",
    "Follow-up with {N} on {D}.", "Admission: {D}; discharge pending.",
]
TE = [
    "I was admitted to hospital on {D} after the fall.", "{N}'s date of birth is {D}.",
    "Booked {N} in for {D} - bring the referral.", "Deceased {D}.", "Seen in clinic {D}, BP 130/85.",
    "Can we move my appointment from {D}?", "Started chemo {D}.", "Born {D} in a small village.",
    "The incident involving {N} occurred on {D}.", "Next dose due {D}",
]


def write(name, fmts, templates, n, seed):
    random.seed(seed)
    fk = Faker("en_US")
    fk.seed_instance(seed)
    start = datetime.datetime(1930, 1, 1)
    with open(os.path.join(out, name), "w") as o:
        for _ in range(n):
            d = start + datetime.timedelta(seconds=random.randrange(95 * 365 * 86400))
            v = random.choice(fmts)(d)
            t = random.choice(templates)
            t = t.replace("{N}", fk.name()).replace("{L}", fk.last_name())
            k = t.index("{D}")
            txt = t.replace("{D}", v)
            o.write(json.dumps(dict(text=txt, spans=[dict(type="DATE_TIME", start=k, end=k + len(v))]), ensure_ascii=False) + "\n")


write("tD.jsonl", FD, TD, 1200, 31)
write("tE.jsonl", FE, TE, 600, 32)
