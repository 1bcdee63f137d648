"""Exported chats (stop 27): yA.jsonl (development, read) and yB.jsonl (held out: other templates,
written before the rules they led to and only measured).

Each line is a piece of a chat a user exports and pastes to ask a model about it: WhatsApp's
exports from Android and iOS, Telegram's, Discord's and Slack's copies, iMessage and SMS threads,
with the senders' names, the dates and times the apps print, and what the messages say (phones,
addresses, towns, first names). Names, phones, towns and addresses come from the line's Faker
locale (US and UK mostly, ten others); the apps' timestamps are labelled as dates only where the
app prints a date.
Usage: chatexports.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_GB en_IN en_CA de_DE fr_FR es_ES it_IT nl_NL pt_BR".split()

DEVELOPMENT = [
    "{WD}, {T} - {P}: are you coming to {CITY} on Saturday?\n{WD}, {T2} - {P2}: yes! send me the address",
    "[{WD}, {TS}] {P}: my new number is {PHONE}\n[{WD}, {TS2}] {P2}: saved 👍",
    "{P} — Today at {TA}\nanyone up for ranked tonight?",
    "{FIRST}  {TA}\nI'll drop the keys at {ADDR}",
    "{P2}: Happy birthday {FIRST}!! 🎉\n{P}: thank youuu",
    "{WD}, {T} - Messages and calls are end-to-end encrypted.\n{WD}, {T2} - {P} created group \"{CITY} trip\"",
    "{WD}, {T} - {P} added {P2}",
    "From: {P} ({PHONE})\nSent: {WD} {T}\nSee you at {STREET} at 7",
]
LAST_CHECK = [
    "[{WD} {TS}] {P}: omw, stuck in traffic near {CITY}",
    "{WD} {T} - {P2}: can you pick up {FIRST} from school?",
    "{P}, [{WD} {T}]\nthe party is at {ADDR}, bring snacks",
    "{WD}, {T} - {P} left",
    "{P2} changed the group description",
    "{P} (@{HANDLE}) · {TA}\nlanded in {CITY}!",
]


def draw(f, us):
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=random.randint(0, 500))
    h, m, sec = random.randint(0, 23), random.randint(0, 59), random.randint(0, 59)
    h2, m2 = random.randint(0, 23), random.randint(0, 59)
    street = f.street_name() if hasattr(f, "street_name") else us.street_name()
    vals = {"P": f"{f.first_name()} {f.last_name()}", "P2": f"{f.first_name()} {f.last_name()}", "FIRST": f.first_name(),
            "PHONE": f.phone_number(), "CITY": f.city(), "ADDR": f.address().replace("\n", ", "), "STREET": street,
            "HANDLE": f.user_name(), "WD": day.strftime("%d/%m/%Y"), "T": "%02d:%02d" % (h, m), "T2": "%02d:%02d" % (h2, m2),
            "TS": "%02d:%02d:%02d" % (h, m, sec), "TS2": "%02d:%02d:%02d" % (h2, m2, sec), "TA": "%d:%02d %s" % (h % 12 or 12, m, "PM" if h >= 12 else "AM")}
    types = {"P": "PERSON", "P2": "PERSON", "FIRST": "PERSON", "PHONE": "PHONE_NUMBER", "CITY": "LOCATION", "ADDR": "STREET_ADDRESS",
             "STREET": "STREET_ADDRESS", "HANDLE": "USERNAME", "WD": "DATE_TIME", "T": None, "T2": None, "TS": None, "TS2": None, "TA": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2771, 6000, os.path.join(out, "yA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2772, 6100, os.path.join(out, "yB.jsonl"))
