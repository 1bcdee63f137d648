"""Mixed sentences of all four kinds (persons, towns, companies, addresses), 6% lower-cased:
dev8.jsonl (development, read), final.jsonl (the last check of stop 21, written after its
rules and never read) and check22.jsonl (the last check of stop 22, never read). Usage: mixed.py PKG OUTDIR (see README.md)."""
import json, os, random, sys, re
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS = ("en_US en_US en_US en_GB en_AU en_CA en_IN en_IE de_DE fr_FR es_ES es_MX it_IT pt_BR nl_NL pl_PL sv_SE tr_TR ro_RO cs_CZ hu_HU da_DK fi_FI").split()
DEVELOPMENT = [("P","Can {X} approve the budget by Monday?"), ("P","Approved by: {X}"), ("P","We are waiting on {X} for the numbers."),
     ("P","{X} joined the call late."), ("P","Thanks to {X}, the release went smoothly."), ("P","Note from {X}: the server is down."),
     ("P","The contract lists {X} as guarantor."), ("P","Per {X}, the meeting is cancelled."), ("P","{X} will cover the night shift."),
     ("LOCATION","Our warehouse in {C} is full."), ("LOCATION","She flew back from {C} on Sunday."), ("LOCATION","Rent in {C} keeps rising."),
     ("LOCATION","The team visited {C}, {N} in spring."), ("ORGANIZATION","I have a meeting at {O} tomorrow."), ("ORGANIZATION","{O} filed for bankruptcy."),
     ("STREET_ADDRESS","Pick me up at {A}."), ("STREET_ADDRESS","Invoice address: {A}")]
LAST_CHECK = [("P","The refund was approved for {X} yesterday."), ("P","{X} has asked to reschedule."), ("P","Please ask {X} to sign page three."),
     ("P","According to the file, {X} moved out in May."), ("P","Reviewer: {X}"), ("P","I'll loop in {X} on this thread."),
     ("P","{X}, could you send the slides?"), ("P","The nurse paged {X} twice."), ("P","Our landlady {X} raised the rent."),
     ("LOCATION","The flight to {C} was delayed again."), ("LOCATION","They bought a farm outside {C}."), ("LOCATION","I commute from {C} every morning."),
     ("LOCATION","The storm hit {C} hardest."), ("LOCATION","We're relocating the office to {C}, {N}."),
     ("ORGANIZATION","I interned at {O} last summer."), ("ORGANIZATION","{O} denied my warranty claim."), ("ORGANIZATION","Is {O} still your employer?"),
     ("STREET_ADDRESS","Send the documents to {A}."), ("STREET_ADDRESS","The clinic moved to {A} last month."), ("STREET_ADDRESS","Delivery address: {A}")]
# The last check of stop 22: templates written during that stop, before it was measured once at
# its end against the build it started from (never read).
LAST_CHECK_22 = [("P","Minutes taken by {X}."), ("P","{X} is on leave until further notice."), ("P","Can you forward this to {X}?"),
     ("P","The parcel was signed for by {X}."), ("P","I'm covering for {X} this week."), ("P","Emergency contact: {X}"),
     ("P","Hi {X}, your order has shipped."), ("P","{X} left a voicemail about the invoice."), ("P","Ask {X} about the parking permit."),
     ("LOCATION","Our new branch opens in {C} next month."), ("LOCATION","He grew up near {C}."), ("LOCATION","The conference is in {C}, {N} this year."),
     ("LOCATION","Traffic around {C} was terrible."), ("LOCATION","A postcard from {C} arrived today."),
     ("ORGANIZATION","{O} sent me a job offer."), ("ORGANIZATION","My account at {O} was closed."), ("ORGANIZATION","The audit of {O} found nothing."),
     ("ORGANIZATION","She left {O} in March."),
     ("STREET_ADDRESS","Ship it to {A}, please."), ("STREET_ADDRESS","Billing address on file: {A}"), ("STREET_ADDRESS","Our office is at {A}.")]
def write(T, seed, faker_seed, name):
    random.seed(seed); fk={}
    with open(os.path.join(out, name),"w") as o:
        for _ in range(1500):
            loc=random.choice(LOCS)
            if loc not in fk: fk[loc]=Faker(loc); fk[loc].seed_instance(faker_seed+len(fk))
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
            c=random.random()
            if c<0.06: txt=txt.lower()
            o.write(json.dumps(dict(text=txt,spans=spans,loc=loc),ensure_ascii=False)+"\n")


write(DEVELOPMENT, 4242, 700, "dev8.jsonl")
write(LAST_CHECK, 2027, 900, "final.jsonl")
write(LAST_CHECK_22, 3033, 1100, "check22.jsonl")
