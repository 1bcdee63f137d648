"""World companies (stop 36): each Faker locale's company() in sentences, labelled ORGANIZATION,
read by the share of its characters left unmasked. Writes oW.jsonl (development: seven shapes,
read while writing the legal-form rules of stop 36) and oX.jsonl (held out: seven other shapes,
other seeds, measured only), 25 companies per locale of those whose Faker has companies."""
import json, os, random

from probekit import args, faker_class

DEV = ["She works at {C} in sales.", "Invoice from {C} attached.", "Our contract with {C} ends in May.", "Employer: {C}",
       "{C} announced record profits.", "I had an interview with {C} yesterday.", "Payment to {C} failed."]
HELD = ["The supplier {C} sent a new quote.", "Customer: {C}", "We signed with {C} last week.", "Thanks to everyone at {C}!",
        "Billing entity - {C}", "Shipment from {C} arrived.", "The audit of {C} is done."]


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    import faker.providers.company as P
    locs = sorted(d for d in os.listdir(os.path.dirname(P.__file__)) if "_" in d and not d.startswith("__"))
    for name, shapes, seed, base in (("oW", DEV, 5, 1300), ("oX", HELD, 23, 1700)):
        random.seed(seed)
        with open(os.path.join(out, name + ".jsonl"), "w") as o:
            for n, loc in enumerate(locs):
                f = Faker(loc)
                f.seed_instance(base + n)
                for _ in range(25):
                    v = f.company()
                    text = random.choice(shapes).replace("{C}", v)
                    k = text.index(v)
                    o.write(json.dumps(dict(text=text, spans=[dict(type="ORGANIZATION", start=k, end=k + len(v))], loc=loc), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
