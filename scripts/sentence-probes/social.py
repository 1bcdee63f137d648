"""Social posts, comments, reviews and classifieds (stop 27): qA.jsonl (development, read) and
qB.jsonl (held out: other templates, written before the rules they led to and only measured).

Each line is what a community team or a moderation tool sends a model: posts and replies with
handles, first names of friends and family, towns and streets, reviews signed with a name and a
town, classifieds with a phone, an email or an address to collect from, lost-and-found and
missing-person notices, obituaries. Names, towns, streets, employers and phones come from the
line's Faker locale (US and UK mostly, ten others).
Usage: social.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_GB en_IN en_CA en_AU de_DE fr_FR es_ES it_IT nl_NL pt_BR".split()

DEVELOPMENT = [
    "Just moved to {CITY} with my partner {FIRST} 🏡 any tips for a good dentist?",
    "@{HANDLE} omg yes!! {FIRST} and I went there last summer",
    "★★★★☆ Great stay! {FIRST} at the front desk was so helpful. – {P}, {CITY}",
    "FOR SALE: baby stroller, barely used, £40. Collection from {ADDR}. Text {PHONE}",
    "Lost dog near {STREET} in {CITY}! Answers to Max. Call {FIRST} on {PHONE}",
    "Shoutout to {P} from {ORG} for fixing my boiler in record time 🙌",
    "Anyone know {P}? She used to live on {STREET} in {CITY}.",
    "RIP {P}. Funeral at St Mary's, {CITY} on {D}. Flowers to {ADDR}.",
    "DM me or email {EMAIL} if you found a black wallet with ID for {P}",
    "replying to @{HANDLE}: no, {FIRST} left {ORG} in March",
    "Update: {FIRST} got the job at {ORG}!! so proud 🎉",
    "my grandma {P} turns 90 on {D}, we're throwing a party in {CITY} 🎂",
]
LAST_CHECK = [
    "Review by {P} ({CITY}): the staff were rude, I asked for {FIRST} the manager and nobody came.",
    "Selling my car, contact {FIRST} {PHONE} or {EMAIL}",
    "Does anyone know a good plumber in {CITY}? {FIRST} recommended {ORG}.",
    "Happy birthday to my little sister {FIRST}!! 🎂 love you",
    "Missing person: {P}, last seen in {CITY} on {D}. Please call {PHONE}.",
    "{FIRST} here from {CITY} 👋 new to the group",
    "Room available in a shared flat at {ADDR}, ask for {FIRST}",
    "Thanks @{HANDLE} and {P} for the recommendation!",
    "My neighbour {P} keeps parking in front of my drive at {ADDR}",
    "Congrats {P} on your retirement after 30 years at {ORG}!",
    "Posted by {HANDLE} · {CITY} · {D}\nHas anyone else had problems with {ORG}?",
]


def draw(f, us):
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    fmt = random.choice([lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%B ") + str(d.day),
                         lambda d: d.strftime("%A ") + str(d.day) + d.strftime(" %B"), lambda d: str(d.day) + d.strftime(" %b %Y")])
    street = f.street_name() if hasattr(f, "street_name") else us.street_name()
    vals = {"P": f"{f.first_name()} {f.last_name()}", "FIRST": f.first_name(), "HANDLE": f.user_name(), "EMAIL": f.email(),
            "PHONE": f.phone_number(), "CITY": f.city(), "STREET": street, "ADDR": f.address().replace("\n", ", "),
            "ORG": f.company(), "D": fmt(day)}
    types = {"P": "PERSON", "FIRST": "PERSON", "HANDLE": "USERNAME", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER",
             "CITY": "LOCATION", "STREET": "STREET_ADDRESS", "ADDR": "STREET_ADDRESS", "ORG": "ORGANIZATION", "D": "DATE_TIME"}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2731, 5200, os.path.join(out, "qA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2732, 5300, os.path.join(out, "qB.jsonl"))
