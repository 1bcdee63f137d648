import json, os, random, sys
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS = ("en_US en_US en_US en_US en_US en_US en_GB en_GB en_AU en_CA en_IN en_NZ en_IE en_PH de_DE fr_FR es_MX es_ES it_IT pt_BR nl_NL pl_PL "
        "sv_SE tr_TR vi_VN id_ID ro_RO cs_CZ da_DK fi_FI hu_HU es_CO es_AR de_AT fr_CA no_NO hr_HR sk_SK lt_LT").split()
C = [
 "My name is {P} and my email is {E}.", "{P}'s phone number is {T}.", "Contact {P} at {E} for details.",
 "{P} lives at {A}.", "I, {P}, authorize this payment.", "Please ship it to {P}, {A}.",
 "The card ending 4242 belongs to {P}.", "{P} (DOB 03/14/1985) was admitted yesterday.", "Hello {P}, your appointment is confirmed.",
 "Reviewed by {P} on 2021-05-04.", "Forwarding this from {P}: see below.", "Mr. and Mrs. {L} will attend.",
 "{P} & {P2} LLP is not a client.", "Spoke to {P} re: the claim.", "Account opened by {P} in 2019.",
 "- {P}", "{P} wrote: I can't log in.", "We need {P}'s signature on page 2.", "Meeting notes ({P}, {P2}, and me)",
 "Her maiden name was {L}.", "{P} is allergic to penicillin.", "Who approved this? {P}?", "Ticket escalated by {P}.",
]
D = [
 "Is this {P}'s laptop?", "Interview scheduled with {P} at 10am.", "{P} paid with card 4111 1111 1111 1111.",
 "Reach {P} on {T} after 5pm.", "Policy holder: {P}, born 1972.", "My brother {P} works in Denver.",
 "Have you heard from {P} lately?", "{P}, {P2} and {P3} signed the petition.", "The lab results for {P} are ready.",
 "Kudos to {P} for closing the deal!", "Letter from {P} regarding the lease.", "{P} cancelled the order.",
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
                if r < 0.5: return f.first_name() + " " + f.last_name()
                if r < 0.8: return f.name()
                if r < 0.9: return f.first_name()
                return f.last_name() + ", " + f.first_name() if random.random()<0.3 else f.first_name() + " " + f.last_name() + "-" + f.last_name()
            ps = [person(), person(), person()]
            L = f.last_name()
            vals = {"{P}": ps[0], "{P2}": ps[1], "{P3}": ps[2], "{L}": L}
            text = t
            for k,v in (("{E}", "someone@example.com"), ("{T}", "(555) 013-4567"), ("{A}", "12 Oak Street, Springfield")):
                text = text.replace(k, v)
            spans=[]
            # fill in order of appearance
            import re
            out_text=""; pos=0
            for m in re.finditer(r"\{P\}|\{P2\}|\{P3\}|\{L\}", text):
                out_text += text[pos:m.start()]
                v = vals[m.group(0)]
                spans.append(dict(type="PERSON", start=len(out_text), end=len(out_text)+len(v)))
                out_text += v; pos = m.end()
            out_text += text[pos:]
            c = random.random()
            if c < 0.05: out_text = out_text.lower()
            elif c < 0.08: out_text = out_text.upper()
            o.write(json.dumps(dict(text=out_text, spans=spans, loc=loc), ensure_ascii=False) + "\n")
gen(C, 1500, 41, os.path.join(out, "pC.jsonl"))
gen(D, 700, 57, os.path.join(out, "pD.jsonl"))
