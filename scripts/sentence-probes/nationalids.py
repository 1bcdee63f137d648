"""Usage: nationalids.py PKG OUTDIR

Writes the national identity numbers of every Faker locale that has them (its ssn()), five per
locale, each after three labels ("ID: …", "My national ID number is ….", "ssn …"), as Veil JSONL
spans typed ID_NUMBER (stop 24). Veil types each country's number as its own (FR_NIR, PL_PESEL,
…), so the figure that counts is `veil eval`'s share of characters left unmasked.

  nI.jsonl  1,425 lines (95 locales), development (read)
"""
import json
import os
import probekit


def main():
    pkg, out = probekit.args(__doc__)
    Faker = probekit.faker_class(pkg)
    from faker.config import AVAILABLE_LOCALES
    with open(os.path.join(out, "nI.jsonl"), "w") as o:
        for loc in sorted(AVAILABLE_LOCALES):
            try:
                f = Faker(loc)
                f.seed_instance(3)
                vals = [f.ssn() for _ in range(5)]
            except Exception:
                continue  # a locale without national numbers
            for v in vals:
                for t in ["ID: {}", "My national ID number is {}.", "ssn {}"]:
                    txt = t.format(v)
                    k = txt.index(v)
                    o.write(json.dumps(dict(text=txt, spans=[dict(type="ID_NUMBER", start=k, end=k + len(v))], loc=loc), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
