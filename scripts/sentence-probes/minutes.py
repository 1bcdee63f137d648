"""Meeting minutes, calendar invites and workplace chat (stop 27): nA.jsonl (development, read)
and nB.jsonl (held out: other templates, written before the rules they led to and only measured).

Each line is what a team sends a model to summarise or act on: minutes with their attendees,
apologies and action items, standup notes, Slack and Teams exports with timestamps and display
names, calendar invitations, quoted email replies and welcome posts. Names, employers, towns and
phones come from the line's Faker locale (US mostly, eleven others). Times of day are written
but not labelled; meeting dates are.
Usage: minutes.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_IN en_CA en_AU de_DE fr_FR es_ES it_IT nl_NL pl_PL pt_BR".split()

DEVELOPMENT = [
    "Meeting minutes – {D}\nAttendees: {P}, {P2}, {P3}\nApologies: {P4}",
    "Action items:\n- {FIRST} to send the revised budget to {P2} by Friday\n- {FIRST2} to book the room",
    "[{T}] {P}: can someone share the deck from yesterday?\n[{T2}] {P2}: sure, sending now",
    "Standup {D}\n{FIRST}: finished the migration, blocked on review from {FIRST2}\n{FIRST3}: on leave",
    "On {D}, {P} <{EMAIL}> wrote:\n> Thanks for the update, see you at the review.",
    "Present: {P} (Chair), {P2} (Secretary), {P3} (Treasurer)\nMinutes taken by {P2}.",
    "Invitation: Quarterly review @ {D}\nOrganizer: {P}\nGuests: {P2}, {P3}",
    "{P2} asked whether {ORG} had signed; {P} confirmed the contract goes out on {D}.",
    "Next meeting: {D} at the {CITY} office. {FIRST} will chair.",
    "Teams meeting transcript\n{P}   0:03\nGood morning everyone.\n{P2}   0:07\nMorning! Can you hear me?",
    "cc: {P}; {P2}; {EMAIL}",
    "{FIRST} and {FIRST2} will pair on the {ORG} integration; {P3} owns the rollout.",
]
LAST_CHECK = [
    "Attendees\n{P} ({ORG})\n{P2} ({ORG2})\n{P3}",
    "ACTION: {P} — follow up with {P2} about the {CITY} lease",
    "{P}  [{T}]\nI'll be late, stuck in traffic",
    "Minutes of the board meeting held on {D} at {ADDR}",
    "@{P} can you review the draft? cc @{P2}",
    "Discussed the offsite with {P}. {FIRST2} suggested {CITY} instead.",
    "From: {P} <{EMAIL}>\nSent: {D}\nTo: {P2}\nSubject: Re: minutes",
    "Chair: {P} | Minutes: {P2} | Absent: {P3}",
    "Thanks all — the recording is on the drive. Ping {FIRST} or me ({PHONE}) with questions.",
    "1:1 {FIRST} / {FIRST2} — {D}\n- career plan\n- move to the {CITY} team",
    "Welcome {P}, who joins us from {ORG} as our new controller!",
]


def draw(f, us):
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    fmt = random.choice([lambda d: d.strftime("%d/%m/%Y"), lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y"),
                         lambda d: d.strftime("%Y-%m-%d"), lambda d: d.strftime("%A, %B ") + str(d.day),
                         lambda d: str(d.day) + d.strftime(" %b %Y")])
    t = lambda: "%d:%02d" % (random.randint(8, 18), random.randint(0, 59))
    person = lambda: f"{f.first_name()} {f.last_name()}"
    vals = {"P": person(), "P2": person(), "P3": person(), "P4": person(), "FIRST": f.first_name(),
            "FIRST2": f.first_name(), "FIRST3": f.first_name(), "EMAIL": f.email(), "PHONE": f.phone_number(),
            "CITY": f.city(), "ADDR": f.address().replace("\n", ", "), "ORG": f.company(), "ORG2": f.company(),
            "D": fmt(day), "T": t(), "T2": t()}
    types = {"P": "PERSON", "P2": "PERSON", "P3": "PERSON", "P4": "PERSON", "FIRST": "PERSON", "FIRST2": "PERSON",
             "FIRST3": "PERSON", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "CITY": "LOCATION",
             "ADDR": "STREET_ADDRESS", "ORG": "ORGANIZATION", "ORG2": "ORGANIZATION", "D": "DATE_TIME", "T": None, "T2": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2711, 4800, os.path.join(out, "nA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2712, 4900, os.path.join(out, "nB.jsonl"))
