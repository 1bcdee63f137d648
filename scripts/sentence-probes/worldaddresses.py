"""World addresses (stop 36): each Faker locale's address() in sentences, the whole address
labelled STREET_ADDRESS, read by the share of its characters left unmasked (`veil eval`'s
"personal-data characters left unmasked"; the per-type scores count the town and the postcode
Veil may label apart as misses). Writes wW.jsonl (development: seven shapes, read while writing
the address rules of stop 36) and wX.jsonl (held out: eight other shapes, other seeds, measured
only), 40 and 25 addresses per locale. Left out: vi_VN, fa_IR and zu_ZA, whose Faker addresses
are no country's (English names as Vietnamese wards, postcodes of three digits, street words
translated into Zulu)."""
import json, os, random, sys

from probekit import args, faker_class

LOCS = ("cs_CZ da_DK de_AT de_CH de_DE en_AU en_CA en_GB en_IE en_IN en_NZ en_PH en_US es_AR es_CL es_CO es_ES "
        "es_MX fi_FI fr_CA fr_CH fr_FR hr_HR hu_HU id_ID it_IT nl_BE nl_NL no_NO pl_PL pt_BR pt_PT ro_RO sk_SK sl_SI "
        "sv_SE tl_PH ru_RU uk_UA el_GR he_IL en_MS en_BD").split()
DEV = ["Please ship the replacement to {A} by Friday.", "Address: {A}", "She moved to {A} last spring.", "{A}",
       "Deliver to:\n{M}", "home address {A}, phone on file", "we met at {A} yesterday"]
HELD = ["Our office moved to {A} in June.", "Correspondence address:\n{M}\nThank you.", "The parcel for {A} came back undelivered.",
        "Registered address: {A}.", "{M}", "Can you confirm that {A} is still correct?", "Patient resides at {A}; next of kin notified.",
        "new addr is {A} pls update"]


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    for name, shapes, seed, per in (("wW", DEV, 7, 40), ("wX", HELD, 23, 25)):
        random.seed(seed)
        with open(os.path.join(out, name + ".jsonl"), "w") as o:
            for n, loc in enumerate(LOCS):
                f = Faker(loc)
                f.seed_instance(seed * 100 + n)
                for _ in range(per):
                    a = f.address()
                    shape = random.choice(shapes)
                    one = ", ".join(x.strip() for x in a.split("\n"))
                    val = a if "{M}" in shape else one
                    text = shape.replace("{A}", one).replace("{M}", a)
                    k = text.index(val)
                    o.write(json.dumps(dict(text=text, spans=[dict(type="STREET_ADDRESS", start=k, end=k + len(val))], loc=loc), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
