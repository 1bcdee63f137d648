import json, os, random, sys
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS = ("en_US en_US en_US en_US en_US en_GB en_GB en_AU en_CA en_IN en_NZ en_IE de_DE fr_FR es_MX es_ES it_IT pt_BR nl_NL pl_PL "
        "sv_SE tr_TR vi_VN fil_PH id_ID ro_RO cs_CZ da_DK fi_FI hu_HU").split()
# dev templates (read)
A = [
 "My name is {P} and I need help with my account.", "Hi, this is {P} from accounting.", "Dear {P},\nYour order has shipped.",
 "{P} was born in 1984 and grew up in Ohio.", "Can you send the report to {P}? Thanks", "Name: {P}\nPhone: 555-0134",
 "Customer {P} reported a billing error.", "I'm {P}, the new project manager.", "{P} can be reached at the front desk.",
 "Please update the records for {P}.", "The patient's name is {P}.", "Ask {P} whether the invoice was paid.",
 "Attendees: {P}, {P2}", "{P} requested a copy of their medical records.", "Signed, {P}",
 "I think {P} lives near the station.", "Is {P} available for a call tomorrow?", "{P}, please confirm your attendance.",
 "The account holder, {P}, has not responded.", "We hired {P} as a consultant last spring.",
 "Transfer approved for {P}.", "{P} will present the quarterly results.", "Send flowers to {P} for her birthday.",
 "Our records show {P} as the primary contact.", "{P} left a voicemail about the delivery.",
]
# held-out templates (measure only)
B = [
 "Thanks for your help, {P}!", "{P} has been promoted to senior analyst.", "The form was filled out by {P}.",
 "Who is {P}?", "I met {P} at the conference in March.", "Booking reference for {P}: confirmed.",
 "{P} needs a refill of her prescription.", "Let {P} know the meeting is cancelled.", "Driver: {P}",
 "The car is registered to {P}.", "{P} and {P2} are co-signers on the loan.", "Please call {P} back as soon as possible.",
 "Employee of the month: {P}", "Mr. Smith referred {P} to our clinic.", "{P} said the package never arrived.",
]
def gen(tmpls, n, seed, out):
    random.seed(seed)
    fk = {}
    with open(out, "w") as o:
        for _ in range(n):
            loc = random.choice(LOCS)
            if loc not in fk:
                fk[loc] = Faker(loc); fk[loc].seed_instance(seed + len(fk))
            f = fk[loc]
            t = random.choice(tmpls)
            def person():
                r = random.random()
                if r < 0.55: return f.first_name() + " " + f.last_name()
                if r < 0.8: return f.name()
                if r < 0.9: return f.first_name()
                return f.first_name() + " " + f.first_name()[0] + ". " + f.last_name()
            p, p2 = person(), person()
            text = t.replace("{P}", p, 1).replace("{P2}", p2, 1)
            spans, pos = [], 0
            for v in ((p, p2) if "{P2}" in t else (p,)):
                k = text.find(v, pos)
                spans.append(dict(type="PERSON", start=k, end=k + len(v))); pos = k + len(v)
            o.write(json.dumps(dict(text=text, spans=spans, loc=loc), ensure_ascii=False) + "\n")
gen(A, 1500, 11, os.path.join(out, "pA.jsonl"))
gen(B, 800, 29, os.path.join(out, "pB.jsonl"))
