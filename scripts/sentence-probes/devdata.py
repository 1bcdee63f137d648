"""Personal data inside code, logs and machine formats (stop 26): kA.jsonl (development, read) and
kB.jsonl (held out: other formats, written before the rules they led to and only measured).

Each line is what a developer pastes into a chat while debugging with production rows: SQL
statements and result tables, JSON (compact and indented, camelCase and snake_case keys), YAML,
CSV, log lines (logfmt, syslog), stack traces, HTTP requests, and object literals of Python,
JavaScript, Go, Ruby, PHP, Java and Rust, holding names, emails, phones, dates of birth, street
addresses, towns, postcodes, SSNs, cards and IP addresses. Names and the rest come from Faker's
locale of the line (US mostly, eleven others); SSNs, cards and IP addresses from the US one.
Usage: devdata.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_US en_GB de_DE fr_FR es_ES it_IT nl_NL pt_BR pl_PL en_IN sv_SE".split()

DEVELOPMENT = [
    "INSERT INTO customers (first_name, last_name, email, phone) VALUES ('{FIRST}', '{LAST}', '{EMAIL}', '{PHONE}');",
    '{"id": {N6}, "name": "{P}", "email": "{EMAIL}", "dob": "{DOB}"}',
    '{\n  "firstName": "{FIRST}",\n  "lastName": "{LAST}",\n  "address": {\n    "street": "{STREET}",\n    "city": "{CITY}",\n    "postalCode": "{ZIP}"\n  }\n}',
    '2026-03-14T09:12:44Z level=error msg="payment declined" user="{P}" email={EMAIL} ip={IP}',
    "id,name,email,phone\n{N6},{P},{EMAIL},{PHONE}\n{N6B},{P2},{EMAIL2},{PHONE2}",
    'patient:\n  name: {P}\n  date_of_birth: {DOB}\n  ssn: {SSN}\n  phone: "{PHONE}"',
    "user = User(first_name='{FIRST}', last_name='{LAST}', email='{EMAIL}')",
    'Traceback (most recent call last):\n  File "app/billing.py", line 88, in charge\n    raise CardError(msg)\nCardError: card declined for {P} ({EMAIL})',
    'POST /api/v2/signup HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n\n{"full_name":"{P}","phone":"{PHONE}","zip":"{ZIP}"}',
    "const patient = { name: '{P}', mrn: 'MRN{N7}', dob: '{DOB}' };",
    'u := User{Name: "{P}", Email: "{EMAIL}", Phone: "{PHONE}"}',
    " id  | name | email\n-----+------+-------\n {N6} | {P} | {EMAIL}\n(1 row)",
    "java.lang.IllegalStateException: duplicate account for {EMAIL}\n\tat com.acme.crm.AccountService.create(AccountService.java:214)",
    'assert format_name("{FIRST}", "{LAST}") == "{LAST}, {FIRST}"',
    "card_number={CARD} holder_name={PU} exp=12/29",
    "shipping_address: {ADDR}",
]
LAST_CHECK = [
    '<customer id="{N6}"><name>{P}</name><email>{EMAIL}</email><phone>{PHONE}</phone></customer>',
    "UPDATE users SET phone = '{PHONE}' WHERE email = '{EMAIL}';",
    'db.patients.find({ lastName: "{LAST}", dob: ISODate("{DOB}") })',
    'User.create!(name: "{P}", email: "{EMAIL}", city: "{CITY}")',
    "$customer = ['name' => '{P}', 'phone' => '{PHONE}', 'address' => '{STREET}'];",
    "ADMIN_NAME={P}\nADMIN_EMAIL={EMAIL}\nSUPPORT_PHONE={PHONE}",
    "Patient[name={P}, ssn={SSN}, dob={DOB}]",
    "Mar 14 09:12:44 web-03 sshd[2211]: Accepted password for deploy from {IP} port 52314 ssh2",
    "| Name | Email | City |\n|---|---|---|\n| {P} | {EMAIL} | {CITY} |",
    '{"variables": {"input": {"firstName": "{FIRST}", "lastName": "{LAST}", "phone": "{PHONE}"}}}',
    '[owner]\nname = "{P}"\nemail = "{EMAIL}"\ndob = {DOB}',
    'Customer { name: "{P}", card: "{CARD}", zip: "{ZIP}" }',
    "console.log('sending invoice to', '{P}', '<{EMAIL}>')",
    "WARN  [OrderService] order {N6} for {P} shipped to {ADDR}",
]


def draw(f, us):
    born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
    first, last = f.first_name(), f.last_name()
    p = f"{first} {last}"
    vals = {"FIRST": first, "LAST": last, "P": p, "PU": p.upper(), "P2": f"{f.first_name()} {f.last_name()}",
            "EMAIL": f.email(), "EMAIL2": f.email(), "PHONE": f.phone_number(), "PHONE2": f.phone_number(),
            "DOB": born.isoformat(), "STREET": f.street_address(), "ADDR": f.address().replace("\n", ", "), "CITY": f.city(), "ZIP": f.postcode(),
            "SSN": us.ssn(), "CARD": us.credit_card_number(), "IP": us.ipv4_public(),
            "N6": str(random.randint(100000, 999999)), "N6B": str(random.randint(100000, 999999)),
            "N7": str(random.randint(1000000, 9999999))}
    types = {"FIRST": "PERSON", "LAST": "PERSON", "P": "PERSON", "PU": "PERSON", "P2": "PERSON",
             "EMAIL": "EMAIL_ADDRESS", "EMAIL2": "EMAIL_ADDRESS", "PHONE": "PHONE_NUMBER", "PHONE2": "PHONE_NUMBER",
             "DOB": "DATE_TIME", "STREET": "STREET_ADDRESS", "ADDR": "STREET_ADDRESS", "CITY": "LOCATION", "ZIP": "ZIP_CODE", "SSN": "US_SSN",
             "CARD": "CREDIT_CARD", "IP": "IP_ADDRESS", "N6": None, "N6B": None, "N7": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2611, 4100, os.path.join(out, "kA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2612, 4300, os.path.join(out, "kB.jsonl"))
