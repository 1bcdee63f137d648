"""Evasion, the second round (stop 43): identifiers written so that a person still reads them
and a scanner of plain text does not, as a user who wants a number past the gateway, a web
page's source or a chat application writes them: Unicode's tag characters, which no screen
shows and a model reads as ASCII ("ASCII smuggling"); bidirectional marks and isolates between
the characters; combining marks over each digit (underlined, struck through); keycap emoji
digits (4️⃣1️⃣); superscript and subscript digits; inline HTML tags around a number's groups
(<b>4111</b> 1111 …); a letter for a digit (O for 0, l and I for 1); tabs, typographic spaces,
middle dots, bullets, "%20" and the Japanese long vowel mark between groups; an IP address
defanged as threat reports write it (192[.]168[.]1[.]7); the separator said in a word
("123 dash 45 dash 6789"). The values are cards, SSNs, phones, emails, IBANs and IP addresses
drawn from Faker; about one line in seven is a negative (superscripts in formulas, keycaps
numbering a list, bold years in HTML, tabs between a table's years), whose findings count as
false alarms.

Writes kE.jsonl (development: the transforms and sentences read while writing stop 43's rules)
and kF.jsonl (held out: other sentences and other members of each family of transforms,
subscripts, isolates, <strong> and <font>, other spaces and bullets, "(.)", "hyphen", a
cancel tag, written with the development half before any rule and measured only). Each line
keeps its transform ("form").
Usage: evasion.py PKG OUTDIR (see README.md).
"""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probekit import args, faker_class

CARD, SSN, PHONE, EMAIL, IBAN, IP = "CREDIT_CARD", "US_SSN", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS"

SUPER = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
SUB = dict(zip("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def groups(v):
    """v's groups and the separators between them: "4111 1111" -> ["4111", "1111"], [" "]; an
    email address is one group."""
    if "@" in v:
        return [v], []
    gs, seps, cur = [], [], ""
    for c in v:
        if c in " -.":
            gs.append(cur)
            seps.append(c)
            cur = ""
        else:
            cur += c
    gs.append(cur)
    return gs, seps


def regroup(gs, seps):
    out = gs[0]
    for s, g in zip(seps, gs[1:]):
        out += s + g
    return out


def each(v, f):
    return "".join(f(c) for c in v)


def digits_only(f):
    return lambda c: f(c) if c.isdigit() else c


def swap_letter(r, v, lower=False):
    """One digit 0 or 1 of v as its look-alike letter, or None when v has none."""
    at = [i for i, c in enumerate(v) if c in "01"]
    if not at:
        return None
    i = r.choice(at)
    c = {"0": "o" if lower else "O", "1": r.choice("lI")}[v[i]]
    return v[:i] + c + v[i + 1:]


def with_seps(v, sep):
    gs, seps = groups(v)
    if len(gs) < 2 or seps.count(".") == 3:  # an IP address's dots stay dots
        return None
    return sep.join(gs)


def tagged(v, tag):
    gs, seps = groups(v)
    if len(gs) < 2:
        return None
    return regroup(["<%s>%s</%s>" % (tag, g, tag.split()[0]) if k % 2 == 0 else g for k, g in enumerate(gs)], seps)


def said(v, word):
    gs, seps = groups(v)
    if len(gs) < 2 or "-" not in seps:
        return None
    return regroup(gs, [" %s " % word if s == "-" else s for s in seps])


def defang(v, how):
    """v's dots (and an address's '@') in brackets, as threat reports defang them."""
    if "@" in v:
        return v.replace(".", how).replace("@", how.replace(".", "@"))
    if v.count(".") == 3:
        return v.replace(".", how)
    return None


DEV = {
    "tags": lambda r, v: each(v, lambda c: chr(0xE0000 + ord(c))),
    "lrm": lambda r, v: "\u200e".join(v),
    "underline": lambda r, v: each(v, lambda c: c + "\u0332"),
    "strike": lambda r, v: each(v, lambda c: c + "\u0336"),
    "keycap": lambda r, v: each(v, digits_only(lambda c: c + "\ufe0f\u20e3")),
    "super": lambda r, v: each(v, lambda c: SUPER.get(c, c)),
    "bold": lambda r, v: tagged(v, "b"),
    "span": lambda r, v: tagged(v, "span"),
    "letter": lambda r, v: swap_letter(r, v),
    "tab": lambda r, v: with_seps(v, "\t"),
    "thinspace": lambda r, v: with_seps(v, "\u2005"),
    "middot": lambda r, v: with_seps(v, "\u00b7"),
    "pct20": lambda r, v: with_seps(v, "%20"),
    "defang": lambda r, v: defang(v, "[.]"),
    "dash": lambda r, v: said(v, "dash"),
}

HELD = {
    "tags-cancel": lambda r, v: each(v, lambda c: chr(0xE0000 + ord(c))) + "\U000E007F",
    "rlm": lambda r, v: "\u200f".join(v),
    "isolate": lambda r, v: regroup(["\u2066" + g + "\u2069" for g in groups(v)[0]], groups(v)[1]),
    "dbl-underline": lambda r, v: each(v, digits_only(lambda c: c + "\u0333")),
    "vs15": lambda r, v: each(v, digits_only(lambda c: c + "\ufe0e")),
    "cgj": lambda r, v: "\u034f".join(v),
    "sub": lambda r, v: each(v, lambda c: SUB.get(c, c)),
    "strong": lambda r, v: tagged(v, "strong"),
    "font": lambda r, v: tagged(v, 'font color="red"'),
    "em": lambda r, v: tagged(v, "em"),
    "letter-o": lambda r, v: swap_letter(r, v, lower=True),
    "emspace": lambda r, v: with_seps(v, "\u2001"),
    "mathspace": lambda r, v: with_seps(v, "\u205f"),
    "bullet": lambda r, v: with_seps(v, "\u2022"),
    "bulletop": lambda r, v: with_seps(v, "\u2219"),
    "longvowel": lambda r, v: with_seps(v, "\u30fc"),
    "pct2d": lambda r, v: with_seps(v, "%2D"),
    "defang-paren": lambda r, v: defang(v, "(.)"),
    "hyphen": lambda r, v: said(v, "hyphen"),
}

DEV_T = {
    CARD: ["My card is {V}, can you check the charge?", "Card on file: {V}", "pls refund to {V} thx", "Visa {V} exp 09/28"],
    SSN: ["SSN {V}", "my social is {V}", "Applicant SSN: {V}."],
    PHONE: ["call me at {V}", "Phone: {V}", "text {V} after 5"],
    EMAIL: ["email me at {V}", "Contact: {V}", "reach her on {V} today"],
    IBAN: ["IBAN {V}", "Please wire it to {V}."],
    IP: ["login from {V} flagged", "client ip {V}"],
}
HELD_T = {
    CARD: ["Charge it to {V} please.", "<p>Payment card {V}</p>", "the customer read out {V} over chat", "CC# {V} (debit)"],
    SSN: ["Social Security Number - {V}", "ssn={V}", "her SSN is {V} per the form"],
    PHONE: ["You can reach me on {V}.", "Mobile {V}", "callback number {V}"],
    EMAIL: ["send the docs to {V}", "E-mail address: {V}", "forward it to {V} asap"],
    IBAN: ["Bankverbindung: {V}", "account (IBAN) {V}"],
    IP: ["Failed password for root from {V} port 22", "suspicious traffic from {V}"],
}

NEG_DEV = ["E = mc² and x³ + y³ = z³", "10¹² operations per second", "<b>Step 1</b> <b>2024</b> results", "1️⃣ Open the app 2️⃣ Tap Settings 3️⃣ Save",
           "year\t2019\t2020\t2021\t2022", "page 1·2·3", "score 10 dash 12 at halftime", "item <span>12</span> of <span>40</span>",
           "see footnote¹ and note²", "the build 1.2.3-rc1 on 10.0.0.1 (private)", "rated ⁵/₅ stars", "H₂O and CO₂ levels"]
NEG_HELD = ["area in m² and volume in m³", "2⁶⁴ possible keys", "<strong>2023</strong> and <strong>2024</strong> budgets", "4️⃣ steps to success",
            "Q1\t1200\t1350\t1410\t1500", "Part I·II·III", "won 3 hyphen 1", "<em>Chapter 12</em> page <em>210</em>",
            "CO₂ at 415 ppm", "the line 10 dash 20 dash 30 is a pattern", "x₁ + x₂ = 10", "release v2.0.1-lI"]


def values(f, us, r):
    cc = us.credit_card_number(card_type=r.choice(["visa16", "mastercard", "discover", "amex"]))
    cc = " ".join([cc[:4], cc[4:10], cc[10:]]) if len(cc) == 15 else " ".join(cc[i:i + 4] for i in range(0, len(cc), 4))
    if r.random() < 0.3:
        cc = cc.replace(" ", "-")
    ph = "%d%02d-%03d-%04d" % (r.randint(2, 9), r.randint(1, 99), r.randint(200, 999), r.randint(0, 9999))
    if r.random() < 0.3:
        ph = ph.replace("-", ".")
    ib = f.iban()
    ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return {CARD: cc, SSN: us.ssn(), PHONE: ph, EMAIL: f.free_email(), IBAN: ib, IP: us.ipv4_public()}


def write(Faker, path, forms, temps, negs, seed, n=700):
    r = random.Random(seed)
    f = Faker(["en_US", "de_DE", "en_GB", "fr_FR", "nl_NL"])
    f.seed_instance(seed)
    us = Faker("en_US")
    us.seed_instance(seed + 1)
    with open(path, "w") as o:
        for _ in range(n):
            if r.random() < 0.14:
                o.write(json.dumps(dict(text=r.choice(negs), spans=[], form="negative"), ensure_ascii=False) + "\n")
                continue
            vals = values(f, us, r)
            while True:
                typ = r.choice(list(temps))
                name = r.choice(list(forms))
                v = forms[name](r, vals[typ])
                if v is not None and v != vals[typ]:
                    break
            t = r.choice(temps[typ])
            k = t.index("{V}")
            o.write(json.dumps(dict(text=t.replace("{V}", v), spans=[dict(type=typ, start=k, end=k + len(v))], form=name + "." + typ), ensure_ascii=False) + "\n")


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write(Faker, os.path.join(out, "kE.jsonl"), DEV, DEV_T, NEG_DEV, 4301)
    write(Faker, os.path.join(out, "kF.jsonl"), HELD, HELD_T, NEG_HELD, 4302)


if __name__ == "__main__":
    main()
