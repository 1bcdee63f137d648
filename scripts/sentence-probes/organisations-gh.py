import json, os, random, sys, re
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
LOCS = "en_US en_US en_US en_US en_GB en_AU en_CA de_DE fr_FR es_ES it_IT nl_NL".split()
G = ["I work at {O} as an analyst.", "{O} announced record profits.", "My claim with {O} was denied.", "She got an offer from {O}.",
     "We signed a contract with {O} last month.", "The invoice from {O} is overdue.", "He used to be a manager at {O}.", "Is {O} hiring?",
     "{O} sent me a letter about my account.", "Our supplier, {O}, raised prices.", "I'm a customer of {O}.", "Call {O} support tomorrow."]
H = ["They were acquired by {O}.", "{O} is based in Denver.", "I applied to {O} twice.", "Complaint filed against {O}.", "Thanks to everyone at {O}!"]
def gen(tmpls,n,seed,out):
    random.seed(seed); fk={}
    with open(out,"w") as o:
        for _ in range(n):
            loc=random.choice(LOCS)
            if loc not in fk: fk[loc]=Faker(loc); fk[loc].seed_instance(seed+len(fk))
            v=fk[loc].company(); t=random.choice(tmpls); k=t.index("{O}")
            txt=t.replace("{O}",v)
            o.write(json.dumps(dict(text=txt,spans=[dict(type="ORGANIZATION",start=k,end=k+len(v))],loc=loc),ensure_ascii=False)+"\n")
gen(G,800,91,os.path.join(out, "oG.jsonl")); gen(H,400,97,os.path.join(out, "oH.jsonl"))
