"""Prompts as applications send them to a model (stop 28): lP.jsonl (development, read),
lQ.jsonl (held out: other templates, written before the rules they led to and only measured)
and lR.jsonl (a third set, written after those rules and measured once, never read).

Each line is what an application or a person behind it asks a model through Veil: requests to
summarise, rewrite, translate or reply to a message that holds someone's data, system prompts
with a customer's profile, chat messages and tool calls as JSON (the arguments as an escaped
JSON string, as OpenAI's API writes them), markdown tables to convert, retrieved context with a
question about it, and quick requests typed in lower case. Names, towns, companies, phones and
emails come from the line's Faker locale (English mostly, four others).
Usage: prompts.py PKG OUTDIR (see README.md).
"""
import datetime, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_GB en_GB en_AU en_CA en_IN de_DE fr_FR es_ES it_IT".split()

DEVELOPMENT = [
    "Summarize this email for me:\n\nFrom: {P} <{EMAIL}>\nSubject: Invoice overdue\n\nHi, this is {FIRST} from {ORG}. Please call me back on {PHONE}.",
    "Rewrite this more politely: \"{P2}, you still owe me the deposit for the flat at {ADDR}.\"",
    "You are a helpful support agent for {ORG}. Customer profile: name={P}; email={EMAIL}; phone={PHONE}; city={CITY}. Answer their question.",
    "write a birthday message for my sister {FIRSTL} who lives in {CITYL}",
    "{\"role\": \"user\", \"content\": \"Book a table for {P} at 7pm tonight, my number is {PHONE}\"}",
    "{\"name\": \"send_email\", \"arguments\": \"{\\\"to\\\": \\\"{EMAIL}\\\", \\\"name\\\": \\\"{P}\\\", \\\"body\\\": \\\"Your appointment is on {D}\\\"}\"}",
    "Translate to French: Dear {P}, your order will be delivered to {ADDR} on {D}.",
    "| Name | Email | Phone |\n|---|---|---|\n| {P} | {EMAIL} | {PHONE} |\n| {P2} | {EMAIL2} | {PHONE2} |\n\nTurn this table into JSON.",
    "Context:\n[1] {P} joined {ORG} as head of sales in {YEAR}.\n[2] {P2} reports to {LAST}.\nQuestion: who does {FIRST2} report to?",
    "draft a reply to {PL} saying i can't make it on {D}",
]
LAST_CHECK = [
    "Can you proofread my cover letter? \"Dear Hiring Manager, my name is {P} and I am applying for the analyst role at {ORG}.\"",
    "Extract the name, email and phone from this signature:\n--\n{P}\n{ORG}\n{PHONE}\n{EMAIL}",
    "My landlord {P} at {ADDR} hasn't returned my deposit. What are my rights?",
    "{\"messages\": [{\"role\": \"system\", \"content\": \"The user is {P} ({EMAIL}). Be concise.\"}]}",
    "Please make a packing list for my trip with {FIRST} to {CITY} on {D}.",
    "assistant: Sure, {FIRST}! I've noted your new number, {PHONE}.",
    "Classify the sentiment of this review by {P} from {CITY}: \"Great service, will come back!\"",
    "remind me to call {FIRSTL} at {PHONE} tomorrow",
]

# written after the rules the development half led to, measured once against the build before them
# and after them, never read (lR.jsonl)
AFTER = [
    "Help me write a complaint letter. My details: {P}, {ADDR}, phone {PHONE}. The company is {ORG}.",
    "Here is the transcript: \"Agent: thanks for calling {ORG}, who am I speaking with? Caller: it's {P}, I'm calling from {CITY}.\" Summarize it.",
    "{\"tool\": \"create_contact\", \"input\": {\"first_name\": \"{FIRST}\", \"email\": \"{EMAIL}\", \"company\": \"{ORG}\"}}",
    "pls fix grammar: me and {FIRSTL} are driving to {CITYL} next week to see her parents",
    "Given these notes, who should follow up?\n- {P}: owns the renewal with {ORG}\n- {P2}: out until {D}",
    "system: You are {ORG}'s HR assistant. Employee on file: {P}, started {D}, based in {CITY}.",
    "Write a LinkedIn recommendation for {P}, who worked with me at {ORG} in {CITY}.",
    "user: can u text {FIRSTL} at {PHONE} that i'm running late",
]


def draw(f, us):
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=random.randint(0, 500))
    fmt = random.choice([lambda d: d.strftime("%B ") + str(d.day), lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%Y-%m-%d"),
                         lambda d: d.strftime("%A %B ") + str(d.day)])
    first, last, first2, last2 = f.first_name(), f.last_name(), f.first_name(), f.last_name()
    city = f.city()
    vals = {"P": f"{first} {last}", "FIRST": first, "P2": f"{first2} {last2}", "FIRST2": first2, "LAST": last2,
            "FIRSTL": first.lower(), "PL": f"{first} {last}".lower(), "CITY": city, "CITYL": city.lower(), "ORG": f.company(),
            "EMAIL": f.email(), "EMAIL2": f.email(), "PHONE": f.phone_number(), "PHONE2": f.phone_number(),
            "ADDR": f.address().replace("\n", ", "), "D": fmt(day), "YEAR": str(random.randint(2005, 2024))}
    types = {"P": "PERSON", "FIRST": "PERSON", "P2": "PERSON", "FIRST2": "PERSON", "LAST": "PERSON", "FIRSTL": "PERSON", "PL": "PERSON",
             "CITY": "LOCATION", "CITYL": "LOCATION", "ORG": "ORGANIZATION", "EMAIL": "EMAIL_ADDRESS", "EMAIL2": "EMAIL_ADDRESS",
             "PHONE": "PHONE_NUMBER", "PHONE2": "PHONE_NUMBER", "ADDR": "STREET_ADDRESS", "D": "DATE_TIME", "YEAR": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2901, 6900, os.path.join(out, "lP.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2902, 7000, os.path.join(out, "lQ.jsonl"))
probekit.write(Faker, LOCS, AFTER, draw, 2903, 7100, os.path.join(out, "lR.jsonl"))
