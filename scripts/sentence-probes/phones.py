import json, os, random, sys
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS="en_US en_US en_US en_US en_GB en_CA en_AU en_IN de_DE fr_FR es_ES it_IT".split()
T=["Call me at {T} after 5.", "My number is {T}", "You can reach her on {T}.", "Phone: {T}", "tel {T} (mobile)", "Text {T} to confirm.",
   "For support dial {T}, option 2.", "His cell is {T}; home is unknown.", "Fax it to {T} please", "Contact: Jane, {T}, jane@example.com",
   "The hotline ({T}) is open 24/7.", "Leave a message at {T} if I don't answer."]
random.seed(123); fk={}
with open(os.path.join(out, "ph.jsonl"),"w") as o:
    for _ in range(1200):
        loc=random.choice(LOCS)
        if loc not in fk: fk[loc]=Faker(loc); fk[loc].seed_instance(len(fk)+7)
        v=fk[loc].phone_number(); t=random.choice(T); k=t.index("{T}")
        txt=t.replace("{T}",v)
        o.write(json.dumps(dict(text=txt,spans=[dict(type="PHONE_NUMBER",start=k,end=k+len(v))],loc=loc),ensure_ascii=False)+"\n")
