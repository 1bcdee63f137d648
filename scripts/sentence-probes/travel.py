"""Travel bookings (stop 23): vA.jsonl (development, read) and vB.jsonl (held out: other
templates, written before the rules they led to and only measured).

Each line is a fragment of a travel agency's, an airline's or a hotel's records: travellers and
guests (in capitals as tickets print them, family name first after a slash, or as written),
passport numbers, phones, emails, hotels and agencies, towns and countries, dates of travel.
Names come from Faker's US locale mostly and from eight others.
Usage: travel.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB de_DE fr_FR es_ES it_IT nl_NL pt_BR ja_JP en_IN tr_TR".split()

DEVELOPMENT = [
    "Passenger {P} is booked on the 7:45 flight to {CITY} on {D}.",
    "Guest name: {P}  Room 412  Check-in {D}  Check-out {D2}",
    "Please add {P2} as a second traveller; passport {PASS}, nationality {COUNTRY}.",
    "{HOTEL} confirmed your stay in {CITY} for {P}.",
    "Traveller {P} requested a vegetarian meal and an aisle seat.",
    "The tour guide {P2} will meet {P} at the lobby of {HOTEL}.",
    "Booking made by {P} ({EMAIL}) through {ORG}.",
    "{P} lost her passport in {CITY}; the embassy number is {PHONE}.",
    "Rental car pickup in {CITY} under the name {P}.",
    "Visa invitation letter for {P}, passport {PASS}, issued by {HOTEL}.",
]
LAST_CHECK = [
    "Boarding pass: {SLASH} MR  Seat 14C  Gate B22",
    "{P} checked in at {HOTEL} with her daughter {P2}.",
    "Itinerary for {P}: {CITY} to {CITY2}, departing {D}.",
    "Travel insurance claim by {P} after a delayed flight from {CITY}.",
    "Late checkout approved for {P} in room 1207 at {HOTEL}.",
    "Emergency contact for the trip: {P2}, {PHONE}.",
    "Group booking: {P}, {P2} and two children, arriving {D}.",
    "Passport number {PASS} belongs to {PU}.",
    "Our driver {P2} will pick up {P} at {CITY} airport.",
]


def draw(f, us):
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
    fmt = random.choice([lambda d: d.strftime("%m/%d/%Y"), lambda d: d.strftime("%d %b %Y"), lambda d: d.strftime("%Y-%m-%d"),
                         lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y")])
    first, last = f.first_name(), f.last_name()
    p = f"{first} {last}"
    city = us.city()
    vals = {"P": p, "PU": p.upper(), "SLASH": f"{last.upper()}/{first.upper()}", "P2": f"{f.first_name()} {f.last_name()}",
            "CITY": city, "CITY2": us.city(), "COUNTRY": us.country(), "D": fmt(day),
            "D2": fmt(day + datetime.timedelta(days=random.randint(1, 14))), "PASS": us.bothify("?########").upper(),
            "HOTEL": random.choice([f"{us.last_name()} Hotel", f"Hotel {us.last_name()}", f"The {us.last_name()} Inn",
                                    f"{city} Grand Hotel", f"{us.last_name()} Suites"]),
            "ORG": us.last_name() + " Travel", "EMAIL": f.email(), "PHONE": us.phone_number()}
    types = {"P": "PERSON", "PU": "PERSON", "SLASH": "PERSON", "P2": "PERSON", "CITY": "LOCATION", "CITY2": "LOCATION",
             "COUNTRY": "LOCATION", "D": "DATE_TIME", "D2": "DATE_TIME", "PASS": "PASSPORT", "HOTEL": "ORGANIZATION",
             "ORG": "ORGANIZATION", "EMAIL": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER"}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2361, 3300, os.path.join(out, "vA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2362, 3500, os.path.join(out, "vB.jsonl"))
