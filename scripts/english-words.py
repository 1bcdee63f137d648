#!/usr/bin/env python3
"""Writes ner/names/english.txt.gz: the words of SCOWL's American English list (Debian's
wamerican 2020.12.07-2; copyright and permission notices in ner/names/SCOWL-COPYRIGHT) that are
written in lower-case ASCII letters alone: common nouns, verbs, adjectives and their inflections
(64 thousand), not proper names or possessives. The span rules ask it whether a word is English
(ner/dictionary.go).

    apt-get download wamerican && dpkg-deb -x wamerican_*.deb pkg
    python3 scripts/english-words.py pkg ner/names/english.txt.gz
    cp pkg/usr/share/doc/wamerican/copyright ner/names/SCOWL-COPYRIGHT

The output is byte for byte the same for the same input (sorted, and gzip without a time stamp).
"""
import gzip
import os
import re
import sys

src = os.path.join(sys.argv[1], "usr/share/dict/american-english")
words = sorted({w for w in open(src, encoding="utf-8").read().split("\n") if re.fullmatch(r"[a-z]+", w)})
data = ("\n".join(words) + "\n").encode()
with open(sys.argv[2], "wb") as out:
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
        gz.write(data)
print(len(words), "words", file=sys.stderr)
