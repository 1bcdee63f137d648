"""Version control's and packages' metadata (stop 27): bA.jsonl (development, read) and bB.jsonl
(held out: other templates, written before the rules they led to and only measured).

Each line is what a developer pastes while asking about a repository: git log entries, trailers
(Signed-off-by, Co-authored-by, Reviewed-by, Reported-by), blame lines, mailmap and AUTHORS
entries, package manifests' authors and maintainers, changelog credits, CODEOWNERS. Names and
emails come from the line's Faker locale (US mostly, eleven others); commit hashes, dates and
file names are generated.
Usage: gitmeta.py PKG OUTDIR (see README.md).
"""
import datetime, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import probekit

pkg, out = probekit.args(__doc__)
Faker = probekit.faker_class(pkg)

LOCS = "en_US en_US en_US en_GB en_IN de_DE fr_FR es_ES it_IT nl_NL pl_PL pt_BR".split()

DEVELOPMENT = [
    "commit {SHA}\nAuthor: {P} <{EMAIL}>\nDate:   {GITDATE}\n\n    Fix race in cache eviction",
    "Signed-off-by: {P} <{EMAIL}>\nCo-authored-by: {P2} <{EMAIL2}>",
    "{SHORT} ({P} {ISO} 142)     if err != nil {{",
    "{P} <{EMAIL}> {P2} <{EMAIL2}>",
    '  "author": "{P} <{EMAIL}> (https://{DOMAIN})",',
    "Reviewed-by: {P}\nReported-by: {P2} <{EMAIL2}>",
    "* Fixed crash on empty input (thanks to {P} for the report)",
    "maintainer = \"{P} <{EMAIL}>\"",
    "{SHORT} {P2} Merge pull request #4821 from {HANDLE}/fix-timeout",
    "Authors:\n  {P}\n  {P2}",
]
LAST_CHECK = [
    "Author: {P} <{EMAIL}>\nCommitter: {P2} <{EMAIL2}>",
    "Acked-by: {P}\nTested-by: {P2} <{EMAIL2}>",
    "author='{P}', author_email='{EMAIL}',",
    "Thanks to {P} and {P2} for their contributions to this release.",
    "# Maintained by {P} ({EMAIL})",
    "{ISO} {P} <{EMAIL}>\n\n\t* src/main.c: Handle SIGPIPE.",
    "Suggested-by: {P2}",
    "Copyright (c) 2021 {P}",
]


def draw(f, us):
    day = datetime.datetime(2024, 1, 1, 9, 0) + datetime.timedelta(minutes=random.randint(0, 900000))
    sha = "%040x" % random.getrandbits(160)
    vals = {"P": f"{f.first_name()} {f.last_name()}", "P2": f"{f.first_name()} {f.last_name()}", "EMAIL": f.email(),
            "EMAIL2": f.email(), "SHA": sha, "SHORT": sha[:8], "GITDATE": day.strftime("%a %b %d %H:%M:%S %Y +0100"),
            "ISO": day.strftime("%Y-%m-%d"), "DOMAIN": us.domain_name(), "HANDLE": f.user_name()}
    types = {"P": "PERSON", "P2": "PERSON", "EMAIL": "EMAIL_ADDRESS", "EMAIL2": "EMAIL_ADDRESS", "SHA": None, "SHORT": None,
             "GITDATE": None, "ISO": None, "DOMAIN": None, "HANDLE": None}
    return vals, types


probekit.write(Faker, LOCS, DEVELOPMENT, draw, 2751, 5600, os.path.join(out, "bA.jsonl"))
probekit.write(Faker, LOCS, LAST_CHECK, draw, 2752, 5700, os.path.join(out, "bB.jsonl"))
