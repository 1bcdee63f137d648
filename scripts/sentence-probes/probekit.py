"""What the probes of stop 23 share: Faker's instances, seeded per locale, and the labelled
lines written from templates whose {NAME} fields each draw fills.

A probe calls write(): for each line it picks a locale, asks draw(f, us) for the fields' values
and types (f the locale's Faker, us an en_US one for clinicians, towns, phones and addresses),
picks a template and writes the text with a span for each typed field. late, if draw returns it,
maps fields that are drawn only when the template holds them, after it is picked (so that adding
such a field leaves the other lines as they were).
"""
import json, os, random, re, sys


def args(doc):
    """PKG and OUTDIR from the command line; doc, the probe's docstring, and its usage on -h,
    --help or any other count of arguments."""
    asked = len(sys.argv) == 2 and sys.argv[1] in ("-h", "--help")
    if asked or len(sys.argv) != 3:
        print(doc.strip() + "\n\nPKG: Faker 33 unpacked from Debian's packages; OUTDIR: where the files go (see README.md).",
              file=sys.stdout if asked else sys.stderr)
        sys.exit(0 if asked else 2)
    return sys.argv[1], sys.argv[2]


def faker_class(pkg):
    """Faker's class, from the unpacked Debian package at pkg (see README.md)."""
    sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
    from faker import Faker
    return Faker


def fill(template, vals, types):
    """The text of template with vals put in, and a span for each field whose type is not None."""
    txt, pos, spans = "", 0, []
    for m in re.finditer(r"\{([A-Z0-9]+)\}", template):
        txt += template[pos:m.start()]
        v = vals[m.group(1)]
        if types[m.group(1)]:
            spans.append(dict(type=types[m.group(1)], start=len(txt), end=len(txt) + len(v)))
        txt += v
        pos = m.end()
    return txt + template[pos:], spans


def write(Faker, locs, templates, draw, seed, faker_seed, path, lines=1000):
    """Writes lines labelled lines of templates to path (Veil's JSONL spans)."""
    random.seed(seed)
    fk = {}
    with open(path, "w") as o:
        for _ in range(lines):
            loc = random.choice(locs)
            if loc not in fk:
                fk[loc] = Faker(loc)
                fk[loc].seed_instance(faker_seed + len(fk))
            if "us" not in fk:
                fk["us"] = Faker("en_US")
                fk["us"].seed_instance(faker_seed - 1)
            got = draw(fk[loc], fk["us"])
            vals, types, late = got if len(got) == 3 else (*got, {})
            t = random.choice(templates)
            for k, make in late.items():
                if "{" + k + "}" in t:
                    vals[k] = make()
            txt, spans = fill(t, vals, types)
            o.write(json.dumps(dict(text=txt, spans=spans, loc=loc), ensure_ascii=False) + "\n")


def write_halves(Faker, templates, drawer, halves, seed, faker_seed, out):
    """Writes each half (name, lines per locale) of templates, a dict from a locale to its
    (development, held-out) template lists, to OUT/name.jsonl: the locales in turn, each with
    lines lines drawn by drawer(locale) and seeded from seed and faker_seed, the half and the
    locale's place."""
    for half, (name, lines) in enumerate(halves):
        parts = []
        for n, loc in enumerate(templates):
            part = os.path.join(out, "%s.%s.part" % (name, loc))
            write(Faker, [loc], templates[loc][half], drawer(loc), seed=seed + 10 * half + n, faker_seed=faker_seed + 10 * half + n, path=part, lines=lines)
            parts.append(part)
        with open(os.path.join(out, name + ".jsonl"), "w") as o:
            for part in parts:
                with open(part) as f:
                    o.write(f.read())
                os.remove(part)


def write_world(Faker, out, provider, make, typ, halves, per, probe=False):
    """Writes each half (name, shapes, seed, base) to OUT/name.jsonl for the world probes of stop
    36: for every locale of Faker's provider package (a module whose folder holds one package per
    locale), seeded base plus the locale's place, per values of make(faker) written into a shape
    random.choice picks ("{V}" marks the value), the whole value one span of typ. With probe, one
    value is made first and thrown away, and a locale whose Faker lacks the provider is skipped
    (as the names' probe was first written)."""
    locs = sorted(d for d in os.listdir(os.path.dirname(provider.__file__)) if "_" in d and not d.startswith("__") and d != "fr_QC")
    for name, shapes, seed, base in halves:
        random.seed(seed)
        with open(os.path.join(out, name + ".jsonl"), "w") as o:
            for n, loc in enumerate(locs):
                f = Faker(loc)
                f.seed_instance(base + n)
                if probe:
                    try:
                        make(f)
                    except AttributeError:
                        continue
                for _ in range(per):
                    v = make(f)
                    text = random.choice(shapes).replace("{V}", v)
                    k = text.index(v)
                    o.write(json.dumps(dict(text=text, spans=[dict(type=typ, start=k, end=k + len(v))], loc=loc), ensure_ascii=False) + "\n")


def write_groups(Faker, draw, out, name, half, seed, per, relabel=None):
    """Writes OUT/name.jsonl for the probes of stop 37 (statements, worldforms): for each group
    (locales, forms) of half, per lines a form, the locales in turn, each with a Faker seeded from
    seed, the group's place and the locale's; draw(faker) gives the fields' values and types.
    Each line keeps its form as "group.form". relabel(text, spans), if given, returns the spans
    with those a form's fields do not give (iddocs.py's zones, read by position)."""
    random.seed(seed)
    with open(os.path.join(out, name + ".jsonl"), "w") as o:
        for g, (locs, forms) in enumerate(half):
            fk = {}
            for k in range(per * len(forms)):
                loc = locs[k % len(locs)]
                if loc not in fk:
                    fk[loc] = Faker(loc)
                    fk[loc].seed_instance(seed * 100 + g * 10 + len(fk))
                form = forms[k % len(forms)]
                vals, types = draw(fk[loc])
                text, spans = fill(form, vals, types)
                if relabel:
                    spans = relabel(text, spans)
                o.write(json.dumps(dict(text=text, spans=spans, loc=loc, form="%d.%d" % (g, k % len(forms))), ensure_ascii=False) + "\n")


def concatenate(out, name, into, seed, texts=40, per=40):
    """Writes OUT/into.jsonl: texts texts, each per lines of OUT/name.jsonl drawn at random and
    joined by a blank line, with their spans moved: a reader of one format must not read into the
    message after it (a free-format field's lines, a file's transactions, a label's commands)."""
    rows = [json.loads(l) for l in open(os.path.join(out, name + ".jsonl"))]
    r = random.Random(seed)
    with open(os.path.join(out, into + ".jsonl"), "w") as o:
        for _ in range(texts):
            text, spans = "", []
            for row in r.sample(rows, per):
                at = len(text)
                text += row["text"] + "\n\n"
                spans += [dict(type=x["type"], start=at + x["start"], end=at + x["end"]) for x in row["spans"]]
            o.write(json.dumps(dict(text=text, spans=spans), ensure_ascii=False) + "\n")


def digits(r, n, first="0123456789"):
    """n random digits drawn from r, the first from first."""
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def spaced(d, groups, sep=" "):
    """d written in groups of the given lengths, joined by sep."""
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    return sep.join(out)


class T:
    """A text built in pieces, each typed or not; spans in code points."""

    def __init__(self):
        self.text, self.spans = "", []

    def __call__(self, s, typ=None):
        if typ:
            self.spans.append(dict(type=typ, start=len(self.text), end=len(self.text) + len(s)))
        self.text += s
        return self

    def put(self, other):
        """Appends another T, its spans moved."""
        at = len(self.text)
        self.text += other.text
        self.spans += [dict(s, start=s["start"] + at, end=s["end"] + at) for s in other.spans]
        return self
