#!/usr/bin/env python3
"""Writes a negative corpus of prose in eight languages other than English (German, French,
Spanish, Italian, Brazilian Portuguese, Dutch, Polish, Swedish) as Veil JSONL, one text of about
1 KB a line, about 60 KB a language: the translated messages of the programs a Debian machine
carries (/usr/share/locale/LANG/LC_MESSAGES/*.mo: coreutils, apt, dpkg, git, glib, gtk, …),
without the catalogues' headers (which name their translators) and without messages holding
an address or a URL. The messages are under their programs' licences (GPL and others), so the
corpus is built on the machine that measures, never committed. It holds no personal data: every
finding on it is a false alarm.

    python3 scripts/i18n-corpus.py > /tmp/i18n.jsonl
    go run ./cmd/veil detect --policy strict /tmp/i18n.jsonl | grep -c PERSON

Seeded, so the same machine gives the same file. LANGS and DOMAINS (the catalogues' names) choose
other languages and programs: stop 31 kept the catalogues of other programs apart as held-out
text (DOMAINS="PackageKit appstream at-spi2-core gtk30-properties shared-mime-info
software-properties python-apt xdg-user-dirs xkeyboard-config gsettings-desktop-schemas").
"""
import gettext
import json
import os
import random
import sys

langs = [l for l in os.environ.get("LANGS", "de fr es it pt_BR nl pl sv").split()]
domains = os.environ.get("DOMAINS", "coreutils apt dpkg bash grep findutils diffutils git glib20 gtk20 Linux-PAM adduser gnupg2 tar "
                         "sed wget util-linux").split()
random.seed(1)
for lang in langs:
    texts = []
    for d in domains:
        path = "/usr/share/locale/%s/LC_MESSAGES/%s.mo" % (lang, d)
        if not os.path.exists(path):
            continue
        try:
            catalog = gettext.GNUTranslations(open(path, "rb"))._catalog
        except Exception:
            continue
        for key, value in sorted(catalog.items(), key=lambda kv: str(kv[0])):
            if key == "" or isinstance(key, tuple) and key[0] == "":
                continue  # the header, which names the translators
            if isinstance(value, str) and len(value) > 20 and "@" not in value and "http" not in value:
                texts.append(value.replace("\n", " ").strip())
    random.shuffle(texts)
    buf, size = "", 0
    for t in texts:
        buf += t + " "
        if len(buf) > 1000:
            print(json.dumps({"text": buf, "lang": lang}, ensure_ascii=False))
            size += len(buf.encode())
            buf = ""
        if size > 60000:
            break
    print(lang, len(texts), "messages,", size, "bytes", file=sys.stderr)
