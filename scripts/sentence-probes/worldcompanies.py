"""World companies (stop 36): each Faker locale's company() in sentences, labelled ORGANIZATION,
read by the share of its characters left unmasked. Writes oW.jsonl (development: seven shapes,
read while writing the legal-form rules of stop 36) and oX.jsonl (held out: seven other shapes,
other seeds, measured only), 25 companies per locale of those whose Faker has companies."""
from probekit import args, faker_class, write_world

DEV = ["She works at {V} in sales.", "Invoice from {V} attached.", "Our contract with {V} ends in May.", "Employer: {V}",
       "{V} announced record profits.", "I had an interview with {V} yesterday.", "Payment to {V} failed."]
HELD = ["The supplier {V} sent a new quote.", "Customer: {V}", "We signed with {V} last week.", "Thanks to everyone at {V}!",
        "Billing entity - {V}", "Shipment from {V} arrived.", "The audit of {V} is done."]


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    import faker.providers.company as P
    write_world(Faker, out, P, lambda f: f.company(), "ORGANIZATION", (("oW", DEV, 5, 1300), ("oX", HELD, 23, 1700)), 25)


if __name__ == "__main__":
    main()
