import json, os, random, sys, re
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS = ("en_US en_US en_US en_GB en_AU en_CA en_IN en_IE de_DE fr_FR es_ES es_MX it_IT pt_BR nl_NL pl_PL sv_SE tr_TR ro_RO cs_CZ hu_HU da_DK fi_FI").split()
T = [("P","Can {X} approve the budget by Monday?"), ("P","Approved by: {X}"), ("P","We are waiting on {X} for the numbers."),
     ("P","{X} joined the call late."), ("P","Thanks to {X}, the release went smoothly."), ("P","Note from {X}: the server is down."),
     ("P","The contract lists {X} as guarantor."), ("P","Per {X}, the meeting is cancelled."), ("P","{X} will cover the night shift."),
     ("LOCATION","Our warehouse in {C} is full."), ("LOCATION","She flew back from {C} on Sunday."), ("LOCATION","Rent in {C} keeps rising."),
     ("LOCATION","The team visited {C}, {N} in spring."), ("ORGANIZATION","I have a meeting at {O} tomorrow."), ("ORGANIZATION","{O} filed for bankruptcy."),
     ("STREET_ADDRESS","Pick me up at {A}."), ("STREET_ADDRESS","Invoice address: {A}")]
random.seed(4242); fk={}
with open(os.path.join(out, "dev8.jsonl"),"w") as o:
    for _ in range(1500):
        loc=random.choice(LOCS)
        if loc not in fk: fk[loc]=Faker(loc); fk[loc].seed_instance(700+len(fk))
        f=fk[loc]; typ,t=random.choice(T)
        def person():
            r=random.random()
            if r<0.5: return f.first_name()+" "+f.last_name()
            if r<0.75: return f.name()
            if r<0.85: return f.first_name()+" "+f.first_name()[0]+". "+f.last_name()
            return f.first_name()
        vals={"{X}":person(),"{C}":f.city(),"{N}":f.country(),"{O}":f.company(),"{A}":f.address().replace("\n",", ")}
        txt="";pos=0;spans=[]
        for m in re.finditer(r"\{X\}|\{C\}|\{N\}|\{O\}|\{A\}", t):
            txt+=t[pos:m.start()]; v=vals[m.group(0)]
            ty={"{X}":"PERSON","{C}":"LOCATION","{N}":"LOCATION","{O}":"ORGANIZATION","{A}":"STREET_ADDRESS"}[m.group(0)]
            spans.append(dict(type=ty,start=len(txt),end=len(txt)+len(v))); txt+=v; pos=m.end()
        txt+=t[pos:]
        if random.random()<0.06: txt=txt.lower()
        o.write(json.dumps(dict(text=txt,spans=spans,loc=loc),ensure_ascii=False)+"\n")
