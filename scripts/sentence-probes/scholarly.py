"""Papers, theses, grants and reviews (stop 27): aK.jsonl (development, read) and aL.jsonl (held
out: other templates, written before the rules they led to and only measured).

Each line is what a researcher, an editor or a grants office sends a model: a paper's authors
over their affiliations, a corresponding author's contact line, references in APA, Vancouver,
MLA and Chicago styles (a surname with initials, initials after a surname, "et al."), citations
in prose, acknowledgements and funding statements, reviewers' comments, a thesis's title page,
a conference's sessions. Names, towns, companies and emails come from the line's Faker locale
(English mostly, seven others); a university is named after one of the locale's towns.
Usage: scholarly.py PKG OUTDIR (see README.md).
"""
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_GB en_AU en_CA en_IN de_DE fr_FR es_ES it_IT nl_NL pl_PL pt_BR".split()

DEVELOPMENT = [
    "{P}1, {P2}2 and {P3}1\n1 Department of Biology, {UNI}, {CITY}\n2 {ORG}, {CITY2}",
    "Corresponding author: {P}, {UNI}, {CITY}. E-mail: {EMAIL}",
    "{APA1}, {APA2}, & {APA3} ({YEAR}). Sleep and memory in older adults. Journal of Aging Studies, 12(3), 45-67.",
    "{VAN1}, {VAN2}, {VAN3}. Outcomes of early surgery. Lancet. {YEAR};391:112-9.",
    "Acknowledgements: We thank {P} and {P2} for comments on an earlier draft, and {ORG} for funding.",
    "Reviewer 2: The authors should discuss the results of {LAST} et al. ({YEAR}), which contradict theirs.",
    "A thesis submitted by {P}\nSupervisor: Prof. {P2}\n{UNI}, {CITY}, {YEAR}",
    "Session 4B, chaired by Dr {P} ({UNI}). Speakers: {P2}, {P3}.",
    "As {LAST} ({YEAR}) argues, the effect disappears in larger samples.",
    "Data were collected in {CITY} between {YEAR} and {YEAR2} by {P} and her team at {ORG}.",
]
LAST_CHECK = [
    "{LAST}, {FIRST}, and {FIRST2} {LAST2}. \"Remote Work and Wellbeing.\" Work Studies, vol. 3, no. 2, {YEAR}, pp. 1-20.",
    "{P} ({UNI}, {CITY}) presented a poster on coastal erosion.",
    "Contact: {P} <{EMAIL}>, School of Engineering, {UNI}",
    "This work was supported by a grant to {P2} from {ORG}.",
    "{FIRST} {LAST}, A History of the Railways ({CITY}: {ORG}, {YEAR}), 45.",
    "Advisor: {P}; Committee members: {P2}, {P3}",
    "{APA1} & {APA2} (in press). Trust in automated systems. Cognition.",
    "We are grateful to {P3} of {UNI} for sharing the data, and to the participants in {CITY}.",
]


def initials(first, dots):
    parts = first.replace("-", " ").split()
    if dots:
        return " ".join(p[0] + "." for p in parts)
    return "".join(p[0] for p in parts)


def draw(f, us):
    people = [(f.first_name(), f.last_name()) for _ in range(3)]
    # a second given name for a fifth of the authors, as references show them
    people = [(fi + " " + f.first_name() if random.random() < 0.2 else fi, la) for fi, la in people]
    vals = {"P": "%s %s" % people[0], "P2": "%s %s" % people[1], "P3": "%s %s" % people[2],
            "FIRST": people[0][0], "FIRST2": people[1][0], "LAST": people[0][1], "LAST2": people[1][1],
            "CITY": f.city(), "CITY2": f.city(), "ORG": f.company(), "EMAIL": f.email(),
            "UNI": "University of " + f.city(), "YEAR": str(random.randint(1995, 2024)), "YEAR2": str(random.randint(1995, 2024))}
    for k, (fi, la) in zip(("APA1", "APA2", "APA3"), people):
        vals[k] = "%s, %s" % (la, initials(fi, True))
    for k, (fi, la) in zip(("VAN1", "VAN2", "VAN3"), people):
        vals[k] = "%s %s" % (la, initials(fi, False))
    types = {k: "PERSON" for k in ("P", "P2", "P3", "FIRST", "FIRST2", "LAST", "LAST2", "APA1", "APA2", "APA3", "VAN1", "VAN2", "VAN3")}
    types.update({"CITY": "LOCATION", "CITY2": "LOCATION", "ORG": "ORGANIZATION", "EMAIL": "EMAIL_ADDRESS", "UNI": "ORGANIZATION",
                  "YEAR": None, "YEAR2": None})
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2791, 6400, os.path.join(out, "aK.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2792, 6500, os.path.join(out, "aL.jsonl"))
