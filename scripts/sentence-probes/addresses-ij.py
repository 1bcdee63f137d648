import json, os, random, sys, re
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS = "en_US en_US en_US en_US en_US en_GB en_CA en_AU en_IE en_NZ".split()
I = ["I live at {A}.", "Please send the package to {A}.", "{A} is my new address.", "Her address is {A}, and she is home after 6.",
     "Meet me at {A} at noon.", "The property at {A} was sold last year.", "Bill to: {A}", "We moved from {A} in March.",
     "Return address: {A}", "Is {A} in your delivery area?", "My mother lives at {A} with her dog.", "Deliveries go to {A}, not the office."]
J = ["Our new place is {A}!", "He was last seen near {A}.", "Ship the replacement to {A} please.", "Mailing address - {A}", "Can you confirm {A} is correct?"]
def gen(tmpls,n,seed,out):
    random.seed(seed); fk={}
    with open(out,"w") as o:
        for _ in range(n):
            loc=random.choice(LOCS)
            if loc not in fk: fk[loc]=Faker(loc); fk[loc].seed_instance(seed+len(fk))
            f=fk[loc]
            r=random.random()
            a=f.address().replace("\n", ", ") if r<0.7 else f.street_address()
            t=random.choice(tmpls); k=t.index("{A}")
            txt=t.replace("{A}",a)
            o.write(json.dumps(dict(text=txt,spans=[dict(type="STREET_ADDRESS",start=k,end=k+len(a))],loc=loc),ensure_ascii=False)+"\n")
gen(I,1000,13,os.path.join(out, "aI.jsonl")); gen(J,500,17,os.path.join(out, "aJ.jsonl"))
