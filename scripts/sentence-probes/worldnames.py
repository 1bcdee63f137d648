"""World names (stop 36): each Faker locale's name() in sentences, the whole name (with the
title Faker writes before some) labelled PERSON, read by the share of its characters left
unmasked (`veil eval`'s "personal-data characters left unmasked"; a title stays in the clear by
design, so the share has a floor). Writes nW.jsonl (development: seven shapes, read while writing
the name rules of stop 36) and nX.jsonl (held out: eight other shapes, other seeds, measured
only), 30 names per locale of the 71 whose Faker has names."""
import json, os, random

from probekit import args, faker_class

DEV = ["Please forward this to {N} before Friday.", "Patient: {N}", "I spoke with {N} yesterday about the invoice.", "{N} will join the call.",
       "Thanks, {N}", "cc: {N}", "The contract was signed by {N} and the landlord."]
HELD = ["The invoice was approved by {N} on Monday.", "Attendees: {N}", "Can you ask {N} to call me back?", "Regards,\n{N}", "Beneficiary: {N}",
        "Our new hire {N} starts next week.", "Emergency contact - {N}", "Signed: {N}"]


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    import faker.providers.person as P
    locs = sorted(d for d in os.listdir(os.path.dirname(P.__file__)) if "_" in d and not d.startswith("__") and d != "fr_QC")
    for name, shapes, seed, base in (("nW", DEV, 3, 300), ("nX", HELD, 17, 900)):
        random.seed(seed)
        with open(os.path.join(out, name + ".jsonl"), "w") as o:
            for n, loc in enumerate(locs):
                f = Faker(loc)
                f.seed_instance(base + n)
                try:
                    f.name()
                except AttributeError:
                    continue  # a locale without a person provider
                for _ in range(30):
                    v = f.name()
                    text = random.choice(shapes).replace("{N}", v)
                    k = text.index(v)
                    o.write(json.dumps(dict(text=text, spans=[dict(type="PERSON", start=k, end=k + len(v))], loc=loc), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
