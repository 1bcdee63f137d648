# Phones as press releases, minutes, CRM notes, signatures, contact cards, code and logs write
# them (stop 29): thirty templates of our own around English-speaking locales' Faker phones
# (cX.jsonl, development: its misses were read to write the label and separator rules).
import json, os, random, sys
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
T = ["For media inquiries, contact {n} at {p}.", "Press contact: {n}, tel. {p}", "Media: {n} | {p} | press@example.com",
     "Action: {n} to phone the vendor on {p} by Friday.", "{n} (ext. 4411, direct {p}) will circulate the notes.",
     "Spoke w/ {n} (mobile {p}) re renewal.", "m: {p}", "o: {p} | m: {p2}", "dir: {p}", "Mob. {p}", "Contact no. {p}",
     "Delivery phone: {p}", '{{"name": "{n}", "phone": "{p}"}}', "msisdn={p} status=ok", "tel={p} user={u}",
     "INSERT INTO contacts VALUES ('{n}', '{p}');", "{n} <{u}@example.com>, {p}", "Call-back number: {p}",
     "Reachable on {p} after 6pm.", "Emergency contact: {n} ({p})", "Please ring {p} to rebook.", "Ph {p}", "Cell# {p}",
     "whatsapp {p}", "Questions? {p}", "Tel/Fax: {p}", "M {p}", "T: {p}", "{n} - {p}", "Direct line {p}"]
random.seed(5)
LOCS = "en_US en_US en_GB en_CA en_AU en_IE en_IN en_NZ".split()
with open(os.path.join(out, "cX.jsonl"), "w") as o:
    fks = {l: Faker(l) for l in sorted(set(LOCS))}
    for i, l in enumerate(sorted(set(LOCS))): fks[l].seed_instance(31 + i)
    for _ in range(900):
        l = random.choice(LOCS); fk = fks[l]; t = random.choice(T)
        p, p2, n, u = fk.phone_number(), fk.phone_number(), fk.name(), fk.user_name()
        text = t.format(p=p, p2=p2, n=n, u=u)
        spans = []
        k = text.index(p); spans.append({"type": "PHONE_NUMBER", "start": k, "end": k + len(p)})
        if "{p2}" in t:
            k2 = text.index(p2, k + len(p)); spans.append({"type": "PHONE_NUMBER", "start": k2, "end": k2 + len(p2)})
        o.write(json.dumps({"text": text, "spans": spans, "loc": l}, ensure_ascii=False) + "\n")
