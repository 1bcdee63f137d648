import json, os, random, sys, re
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS = "en_US en_US en_US en_US en_GB en_AU en_CA de_DE fr_FR es_ES it_IT pt_BR nl_NL pl_PL sv_SE".split()
E = [
 "I'm flying to {C} next week.", "She grew up near {C}, {S}.", "The weather in {C} has been awful.", "We drove from {C} to {C2} in one day.",
 "He is originally from {N}.", "Our team in {C} will handle it.", "Are you still living in {C}?", "The conference moved to {C} this year.",
 "My parents retired to {N}.", "Shipping to {N} takes two weeks.", "I was born in {C} but raised in {C2}.", "Is {C} far from the airport?",
 "She works remotely from {C}, {N}.", "The patient was transferred from {C} General.", "Visiting family in {S} over the holidays.",
 "They opened a second store in {C}.", "Lots of rain in {C} today", "Hi from {C}!", "Moving to {N} in June.", "He commutes to {C} every day.",
]
F = [
 "We spent our honeymoon in {C}.", "{C} is lovely in spring.", "The package left {C} this morning.", "My cousin lives in {C}, {S}.",
 "I've never been to {N}.", "Flights from {C} were cancelled.", "She relocated to {C} for work.", "Greetings from sunny {C}.",
]
def gen(tmpls, n, seed, out):
    random.seed(seed); fk={}
    with open(out,"w") as o:
        for _ in range(n):
            loc=random.choice(LOCS)
            if loc not in fk: fk[loc]=Faker(loc); fk[loc].seed_instance(seed+len(fk))
            f=fk[loc]; t=random.choice(tmpls)
            def st():
                try: return f.state()
                except Exception:
                    try: return f.administrative_unit()
                    except Exception: return f.country()
            vals={"{C}":f.city(),"{C2}":f.city(),"{S}":st(),"{N}":f.country()}
            txt="";pos=0;spans=[]
            for m in re.finditer(r"\{C\}|\{C2\}|\{S\}|\{N\}", t):
                txt+=t[pos:m.start()]; v=vals[m.group(0)]
                spans.append(dict(type="LOCATION",start=len(txt),end=len(txt)+len(v))); txt+=v; pos=m.end()
            txt+=t[pos:]
            o.write(json.dumps(dict(text=txt,spans=spans,loc=loc),ensure_ascii=False)+"\n")
gen(E,1200,71,os.path.join(out, "lE.jsonl")); gen(F,500,83,os.path.join(out, "lF.jsonl"))
