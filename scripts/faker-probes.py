#!/usr/bin/env python3
"""Writes the development probes of 2026-12-03 from Faker's providers (Debian's
python3-fake-factory 0.9.3, MIT), each value put into sentences and after labels, as JSONL
with the value's code-point offsets. They are development data for the recognizers: read,
never scored as a benchmark.

    apt-get download python3-fake-factory python3-unidecode python3-dateutil python3-six
    for d in *.deb; do dpkg-deb -x "$d" pkg; done
    python3 scripts/faker-probes.py pkg OUTDIR
    go run ./cmd/veil detect --policy strict OUTDIR/phones.jsonl > phones.out   # and so on

Files: phones.jsonl (994 formats of 48 locales), addresses.jsonl (32 locales), ssn.jsonl
(national ids of 40 locales), misc.jsonl (cards, IPs, emails, URLs, SSNs, IBANs), negative.jsonl
(technical strings that hold no personal data), names.jsonl (persons of 31 locales, as
`veil eval --dataset` reads them), companies.jsonl and cities.jsonl (likewise), passwords.jsonl,
users.jsonl; and, with trixie's python3-fake-factory 33.3.1, persons-in-sentences.jsonl (2,000
sentences naming people of 53 locales, many in their own scripts: development data) and
persons-other-scripts.jsonl (600 sentences of templates written later, 18 locales in other
scripts: a test set, never read), addresses-other-scripts.jsonl (15 locales) and
addresses-more.jsonl (17 more locales). Each line: {"text", "start", "end"} (or "spans"), and the
locale or kind. With 33.3.1, phones.jsonl also reads Faker 13's `$` and each locale's own
phone_number().
"""
import ast
import json
import os
import random
import sys

pkg, outdir = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker  # noqa: E402

os.makedirs(outdir, exist_ok=True)
providers = os.path.join(pkg, "usr/lib/python3/dist-packages/faker/providers")


def writer(name):
    return open(os.path.join(outdir, name), "w", encoding="utf-8")


def put(out, tmpl, value, **extra):
    text = tmpl.format(value)
    start = text.index(value)
    out.write(json.dumps(dict(text=text, start=start, end=start + len(value), **extra), ensure_ascii=False) + "\n")


def labelled(out, tmpl, value, typ, **extra):
    text = tmpl.format(value)
    start = text.index(value)
    out.write(json.dumps(dict(text=text, spans=[dict(type=typ, start=start, end=start + len(value))], **extra), ensure_ascii=False) + "\n")


def locales(kind):
    base = os.path.join(providers, kind)
    return [l for l in sorted(os.listdir(base)) if "_" in l and not l.startswith("__")]


# phones: every format of every locale, digits drawn at random
random.seed(3)
# numerify's placeholders: # any digit, % 1-9, $ 2-9 (Faker 13 and later), ! and @ a digit or none
DIGITS = {
    "#": lambda: random.choice("0123456789"),
    "%": lambda: random.choice("123456789"),
    "$": lambda: random.choice("23456789"),
    "!": lambda: random.choice(["", *"0123456789"]),
    "@": lambda: random.choice(["", *"123456789"]),
}

with writer("phones.jsonl") as out:
    for loc in locales("phone_number"):
        tree = ast.parse(open(os.path.join(providers, "phone_number", loc, "__init__.py"), encoding="utf-8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and "format" in node.targets[0].id:
                try:
                    formats = ast.literal_eval(node.value)
                except Exception:
                    continue
                for f in formats:
                    if not isinstance(f, str) or "{{" in f:
                        continue
                    num = "".join(DIGITS.get(c, lambda c=c: c)() for c in f)
                    for tmpl in ["Call me at {} tomorrow.", "phone: {}"]:
                        put(out, tmpl, num, loc=loc, fmt=f)
        # and what the locale's own phone_number() writes, which also covers formats
        # built from other providers ({{area_code}}) and methods of their own
        f = Faker(loc)
        f.seed_instance(7)
        if not hasattr(f, "phone_number"):  # a folder Faker has no locale for
            continue
        for k in range(20):
            put(out, ["Call me at {} tomorrow.", "phone: {}"][k % 2], f.phone_number(), loc=loc, fmt="phone_number()")

# addresses of 32 locales: on one line, after a label, and as a block
with writer("addresses.jsonl") as out:
    for loc in ("cs_CZ de_AT de_CH de_DE dk_DK en_AU en_CA en_GB en_NZ en_US es_ES es_MX fi_FI fr_CH fr_FR hr_HR hu_HU id_ID "
                "it_IT lt_LT lv_LV nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE tr_TR").split():
        f = Faker(loc)
        f.seed_instance(11)
        for _ in range(12):
            a = f.address()
            one = a.replace("\n", ", ")
            put(out, "I live at {} now.", one, loc=loc)
            put(out, "Ship to: {}", one, loc=loc)
            put(out, "Address:\n{}\n", a, loc=loc)

# national ids
with writer("ssn.jsonl") as out:
    for loc in locales("ssn"):
        f = Faker(loc)
        f.seed_instance(5)
        for _ in range(10):
            v = f.ssn()
            for tmpl in ["My national ID number is {}.", "ID: {}"]:
                put(out, tmpl, v, loc=loc)

# cards, network addresses, emails, URLs, SSNs, dates of birth, IBANs
with writer("misc.jsonl") as out:
    f = Faker("en_US")
    f.seed_instance(9)
    for ct in ["visa16", "visa13", "mastercard", "amex", "discover", "diners", "jcb15", "jcb16", "maestro"]:
        for _ in range(30):
            put(out, "Charge card {} please.", f.credit_card_number(card_type=ct), kind="CREDIT_CARD:" + ct)
    for _ in range(60):
        put(out, "Blocked {} at the firewall.", f.ipv4(), kind="IP:v4")
        put(out, "Blocked {} at the firewall.", f.ipv6(), kind="IP:v6")
        put(out, "Write to {} today.", f.email(), kind="EMAIL")
        put(out, "See {} for details.", f.url(), kind="URL")
        put(out, "SSN {} on file.", f.ssn(), kind="SSN")
        put(out, "born {}", f.date_of_birth().strftime("%m/%d/%Y"), kind="DOB")
    for loc in ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "pt_PT"]:
        g = Faker(loc)
        g.seed_instance(4)
        for _ in range(10):
            put(out, "IBAN {} thanks", g.iban(), kind="IBAN:" + loc)

# technical strings that hold no personal data: what strict masks in them is a false alarm
with writer("negative.jsonl") as out:
    f = Faker("en_US")
    f.seed_instance(13)
    gens = {"ean13": f.ean13, "ean8": f.ean8, "isbn10": f.isbn10, "isbn13": f.isbn13, "uuid4": f.uuid4, "md5": f.md5, "sha1": f.sha1,
            "sha256": f.sha256, "hex_color": f.hex_color, "file_path": f.file_path, "mime_type": f.mime_type, "user_agent": f.user_agent,
            "pyfloat": lambda: str(f.pyfloat()), "pyint": lambda: str(f.pyint()), "numerify": lambda: f.numerify("#########"),
            "time": f.time, "year": f.year, "ipv4_private": f.ipv4_private, "locale": f.locale, "currency_code": f.currency_code,
            "pystr": f.pystr, "bothify": lambda: f.bothify("??-########"), "random_number": lambda: str(f.random_number(digits=12))}
    for name, gen in gens.items():
        for _ in range(25):
            v = gen()
            for tmpl in ["Item {} is back in stock.", "value={}"]:
                put(out, tmpl, v, kind=name)

# persons, companies and cities, labelled for veil eval --dataset
with writer("names.jsonl") as out:
    tmpls = ["Please ask {} to call me back.", "Meeting notes: {} presented the results.", "Hi, I'm {} and I need help with my account.",
             "The patient, {}, was discharged yesterday.", "Thanks {}!", "Contact: {}"]
    for loc in ("cs_CZ de_AT de_CH de_DE dk_DK en_GB en_US es_ES es_MX et_EE fi_FI fr_CH fr_FR hr_HR hu_HU id_ID it_IT lt_LT lv_LV "
                "nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI sv_SE tr_TR tw_GH").split():
        f = Faker(loc)
        f.seed_instance(3)
        for k in range(12):
            labelled(out, tmpls[k % len(tmpls)], f.first_name() + " " + f.last_name(), "PERSON", loc=loc)
with writer("companies.jsonl") as out:
    tmpls = ["I work at {} as an engineer.", "The invoice from {} is overdue.", "{} announced record profits."]
    for loc in "cs_CZ de_DE en_GB en_US es_ES es_MX fi_FI fr_FR hr_HR hu_HU it_IT nl_NL no_NO pl_PL pt_BR pt_PT ru_RU sv_SE".split():
        f = Faker(loc)
        f.seed_instance(3)
        for k in range(9):
            labelled(out, tmpls[k % 3], f.company(), "ORGANIZATION", loc=loc)
with writer("cities.jsonl") as out:
    tmpls = ["I moved to {} last year.", "She grew up in {}.", "Our office in {} is closed today."]
    for loc in "cs_CZ de_DE es_ES fr_FR it_IT nl_NL pl_PL pt_BR sv_SE hr_HR en_GB en_US".split():
        f = Faker(loc)
        f.seed_instance(6)
        for k in range(9):
            labelled(out, tmpls[k % 3], f.city(), "LOCATION", loc=loc)

# passwords and user names after their words
with writer("passwords.jsonl") as out:
    f = Faker("en_US")
    f.seed_instance(21)
    for _ in range(40):
        v = f.password(length=12)
        for tmpl in ["password: {}", "My password is {} please reset it.", "pwd={}", "login with user admin / pass {}"]:
            put(out, tmpl, v, kind=tmpl.split()[0])
with writer("users.jsonl") as out:
    f = Faker("en_US")
    f.seed_instance(31)
    for _ in range(40):
        v = f.user_name()
        for tmpl in ["username: {}", "Log in as {} to continue.", "@{} can you check this?", "User {} reset their password."]:
            put(out, tmpl, v, kind=tmpl[:8])

# persons in sentences (stop 19): names of 53 locales, many in their own scripts, in 30 templates of
# our own, 7% of the sentences in lower case and 3% in capitals; development data, read. Written
# with trixie's python3-fake-factory 33.3.1 (some of these locales are newer than 0.9.3).
NAME_LOCALES = ("en_US en_US en_US en_GB en_AU en_CA en_IN de_DE fr_FR es_ES es_MX it_IT pt_BR pt_PT nl_NL pl_PL ru_RU cs_CZ sv_SE "
                "no_NO da_DK fi_FI tr_TR ro_RO hu_HU el_GR uk_UA hr_HR sk_SK sl_SI lt_LT lv_LV et_EE bg_BG ar_AA fa_IR hi_IN ja_JP "
                "zh_CN ko_KR vi_VN th_TH id_ID fil_PH tl_PH he_IL ka_GE hy_AM az_AZ ne_NP bn_BD ta_IN").split()
NAME_TEMPLATES = [
    "{P} called about the refund yesterday.", "I spoke with {P} this morning and she agreed.",
    "Please forward the contract to {P} before Friday.", "Meeting with {P} moved to 3pm.", "hey its {P}, can u call me back",
    "Our new hire, {P}, starts on Monday.", "Invoice addressed to {P}.", "{P} (cc'd) will handle the escalation.",
    "The lease is signed by {P} and {P2}.", "Emergency contact: {P}", "Thank you {P} for your quick reply!",
    "From: {P}\nTo: support\nSubject: login issue", "patient {P} presented with chest pain", "Can you remind {P} about the dentist?",
    "{P} won the regional chess tournament last year.", "According to {P}, the shipment is delayed.",
    "My landlord {P} still hasn't fixed the heating.", "Regards,\n{P}", "I am writing on behalf of my client {P}.",
    "Do you know if {P} is still working at the bank?", "{P}'s flight lands at 6.", "we had dinner with {P} and her husband",
    "Assigned to: {P}", "{P} is the new treasurer of the club.", "Congrats to {P} on the promotion!",
    "The package was left with {P} next door.", "Witness: {P}", "{P} and I will be late.", "Reminder: {P} has a follow-up on 12/04.",
    "Last week {P} sent me the slides.",
]
with writer("persons-in-sentences.jsonl") as out:
    random.seed(1)
    fakers = {}

    def faker_of(loc):
        if loc not in fakers:
            f = Faker(loc)
            f.seed_instance(1000 + len(fakers))
            fakers[loc] = f
        return fakers[loc]

    for _ in range(2000):
        loc = random.choice(NAME_LOCALES)
        f = faker_of(loc)
        t = random.choice(NAME_TEMPLATES)
        random.random()

        def person():
            r = random.random()
            if r < 0.6:
                return f.first_name() + " " + f.last_name()
            if r < 0.8:
                return f.name()
            if r < 0.9:
                return f.last_name() + " " + f.first_name() if loc in ("zh_CN", "ja_JP", "ko_KR", "hu_HU", "vi_VN") else f.first_name() + " " + f.last_name()
            return f.first_name()

        p, p2 = person(), person()
        text = t.replace("{P}", p, 1).replace("{P2}", p2, 1)
        spans, pos = [], 0
        for v in (p, p2) if "{P2}" in t else (p,):
            k = text.find(v, pos)
            spans.append(dict(type="PERSON", start=k, end=k + len(v)))
            pos = k + len(v)
        c = random.random()
        if c < 0.07:
            text = text.lower()
        elif c < 0.1:
            text = text.upper()
        out.write(json.dumps(dict(text=text, spans=spans, loc=loc), ensure_ascii=False) + "\n")

# persons in their own scripts (stop 19): 600 sentences of 12 templates written after the rules
# of ner/standins.go and before running them, names of 18 locales; a test set, never read.
with writer("persons-other-scripts.jsonl") as out:
    random.seed(77)
    locs = "ru_RU uk_UA bg_BG el_GR hy_AM ka_GE he_IL ar_AA fa_IR hi_IN ne_NP bn_BD ta_IN th_TH zh_CN zh_TW ja_JP ko_KR".split()
    tmpls = ["Could {P} sign the form when she gets in?", "Dinner at 8 with {P}, don't be late", "The visa application for {P} was approved.",
             "{P} wrote the report, not me.", "Sent the draft to {P} and {P2} for review.", "Our landlady, {P}, lives upstairs.",
             "Customer name: {P}", "Ping {P} when the build is green.", "Yesterday {P} told us the news.", "Thanks again to {P} for hosting!",
             "Appointment booked for {P} on Tuesday.", "is {P} coming to the party?"]
    fakers = {loc: Faker(loc) for loc in locs}
    for f in fakers.values():
        f.seed_instance(5)
    for _ in range(600):
        loc = random.choice(locs)
        f = fakers[loc]
        t = random.choice(tmpls)

        def person():
            return f.name() if random.random() < 0.5 else f.first_name() + " " + f.last_name()

        p, p2 = person(), person()
        text = t.replace("{P}", p, 1).replace("{P2}", p2, 1)
        k = text.find(p)
        spans = [dict(type="PERSON", start=k, end=k + len(p))]
        if "{P2}" in t:
            j = text.find(p2, k + len(p))
            spans.append(dict(type="PERSON", start=j, end=j + len(p2)))
        out.write(json.dumps(dict(text=text, spans=spans, loc=loc), ensure_ascii=False) + "\n")

# addresses of 15 locales in other scripts (stop 19), in English sentences: on one line after
# "I live at" and "Ship to:", and as written, on lines of their own; development data, read.
with writer("addresses-other-scripts.jsonl") as out:
    for loc in "el_GR ru_RU uk_UA bg_BG he_IL ar_AA fa_IR hi_IN zh_CN zh_TW ja_JP ko_KR th_TH hy_AM ka_GE".split():
        f = Faker(loc)
        f.seed_instance(3)
        for _ in range(8):
            try:
                a = f.address()
            except Exception:  # a locale without addresses
                break
            for tmpl, v in (("I live at {} now.", a.replace("\n", ", ")), ("Ship to: {}", a.replace("\n", ", ")), ("Address:\n{}\nThanks!", a)):
                put(out, tmpl, v, loc=loc)

# addresses of 17 more locales (stop 19), in a sentence on one line and as written: development
# data, read
with writer("addresses-more.jsonl") as out:
    for loc in "en_IN en_PH fil_PH id_ID vi_VN th_TH tr_TR ro_RO el_CY en_IE en_NZ de_CH fr_CA pt_PT es_CO es_AR es_CL".split():
        f = Faker(loc)
        f.seed_instance(4)
        for _ in range(8):
            a = f.address()
            for tmpl, v in (("I live at {} now.", a.replace("\n", ", ")), ("Address:\n{}\nThanks!", a)):
                put(out, tmpl, v, loc=loc)
