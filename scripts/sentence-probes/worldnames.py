"""World names (stop 36): each Faker locale's name() in sentences, the whole name (with the
title Faker writes before some) labelled PERSON, read by the share of its characters left
unmasked (`veil eval`'s "personal-data characters left unmasked"; a title stays in the clear by
design, so the share has a floor). Writes nW.jsonl (development: seven shapes, read while writing
the name rules of stop 36) and nX.jsonl (held out: eight other shapes, other seeds, measured
only), 30 names per locale of the 71 whose Faker has names."""
from probekit import args, faker_class, write_world

DEV = ["Please forward this to {V} before Friday.", "Patient: {V}", "I spoke with {V} yesterday about the invoice.", "{V} will join the call.",
       "Thanks, {V}", "cc: {V}", "The contract was signed by {V} and the landlord."]
HELD = ["The invoice was approved by {V} on Monday.", "Attendees: {V}", "Can you ask {V} to call me back?", "Regards,\n{V}", "Beneficiary: {V}",
        "Our new hire {V} starts next week.", "Emergency contact - {V}", "Signed: {V}"]


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    import faker.providers.person as P
    write_world(Faker, out, P, lambda f: f.name(), "PERSON", (("nW", DEV, 3, 300), ("nX", HELD, 17, 900)), 30, probe=True)


if __name__ == "__main__":
    main()
