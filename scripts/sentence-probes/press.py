"""News stories and press releases (stop 27): nC.jsonl (development, read) and nD.jsonl (held
out: other templates, written before the rules they led to and only measured).

Each line is what a newsroom or a communications team sends a model: bylines and datelines (a
town in capitals), quotes with who said them and in what office, a person with her age and town
in commas, photo captions and credits, corrections, succession announcements, press releases'
media contacts and boilerplate. Names, towns, companies, phones and emails come from the line's
Faker locale (English mostly, seven others).
Usage: press.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_GB en_AU en_CA en_IN en_IE de_DE fr_FR es_ES it_IT nl_NL pt_BR".split()

DEVELOPMENT = [
    "By {P}\n{CITYU}, {MD} ({ORG}) - Police are searching for {P2}, {AGE}, of {CITY}, who was last seen on {D}.",
    "\"We are delighted with the result,\" said {P}, chief executive of {ORG}.",
    "{P2}, a spokeswoman for {ORG}, declined to comment.",
    "Media contact: {P} | {PHONE} | {EMAIL}",
    "Pictured: {P} (left) and {P2} at the opening in {CITY}. Photo: {P3}/{ORG}",
    "Correction: An earlier version of this article misspelled the name of {P}, the mayor of {CITY}.",
    "{LAST}, who joined {ORG} in {YEAR}, will succeed {P2} as chair on {D}.",
    "{P}, {AGE}, of {ADDR}, was charged with theft and released on bail.",
    "In a statement, {LAST}'s lawyer, {P2}, said her client would appeal.",
    "About {ORG}: founded in {YEAR} and headquartered in {CITY}. For more information, contact {P} at {EMAIL}.",
]
LAST_CHECK = [
    "{CITYU} — {P}, the founder of {ORG}, announced on {D} that she is stepping down.",
    "\"It was terrifying,\" {P}, {AGE}, told reporters outside her home in {CITY}.",
    "Reporting by {P}; Editing by {P2}",
    "Press inquiries: {P}, {ORG}, {PHONE}",
    "{P} ({AGE}) from {CITY} won the regional final.",
    "{P2} greets supporters in {CITY} on {D}. (Photo by {P3})",
    "The victim, identified as {P}, {AGE}, was taken to hospital in {CITY}.",
    "{LAST} told the {ORG} board on {D} that {P2} had resigned.",
]


def draw(f, us):
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    fmt = random.choice([lambda d: d.strftime("%B ") + str(d.day), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: str(d.day) + d.strftime(" %B"), lambda d: d.strftime("%A")])
    city = f.city()
    vals = {"P": f"{f.first_name()} {f.last_name()}", "P2": f"{f.first_name()} {f.last_name()}", "P3": f"{f.first_name()} {f.last_name()}",
            "LAST": f.last_name(), "CITY": city, "CITYU": f.city().upper(), "ORG": f.company(), "EMAIL": f.email(), "PHONE": f.phone_number(),
            "ADDR": f.address().replace("\n", ", "), "AGE": str(random.randint(19, 88)), "D": fmt(day), "MD": day.strftime("%b ") + str(day.day),
            "YEAR": str(random.randint(1990, 2023))}
    types = {"P": "PERSON", "P2": "PERSON", "P3": "PERSON", "LAST": "PERSON", "CITY": "LOCATION", "CITYU": "LOCATION", "ORG": "ORGANIZATION",
             "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "ADDR": "STREET_ADDRESS", "AGE": "AGE", "D": "DATE_TIME", "MD": None, "YEAR": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2801, 6600, os.path.join(out, "nC.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2802, 6700, os.path.join(out, "nD.jsonl"))
