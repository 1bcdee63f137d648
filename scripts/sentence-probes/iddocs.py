"""Identity documents (stop 38): what an OCR step, a scanning app or a traveller pastes from a
passport, an identity card, a driving licence or a boarding pass for a model to read or check a
form against: machine-readable zones with their check digits (ICAO 9303), a licence's barcode
data (AAMVA), a boarding pass's barcode string (IATA BCBP), and the documents' printed faces
with their bilingual or numbered labels, with names of Faker's locales. Writes dD.jsonl
(development: the forms read while writing stop 38's readers and rules) and dE.jsonl (held out:
other documents and layouts of the same kinds, other seeds, written after those rules and
measured only), each line labelled with its form ("form") for a reading by form."""
import datetime, random, re, unicodedata
from probekit import args, faker_class, write_groups

P, DOB, ID = "PERSON", "DATE_OF_BIRTH", "ID_NUMBER"

DEV = [
    (["en_GB", "en_US", "en_IE", "en_AU"], [
        "Extract the fields from this MRZ:\n{MRZ3}",
        "ID card back:\n{MRZ1}",
        "MRZ {MRZ3ONE} - does it match the form?",
        "Raw PDF417 data:\n@\n\x1e\rANSI 636014040002DL00410278ZC03190008DLDAQ{DLNUM}\nDCS{UFAM}\nDAC{UGIV}\nDADNONE\nDBD{ISS8}\nDBB{DOB8}\nDBA{EXP8}\nDBC1\nDAYBRO\nDAG{USTREET}\nDAI{UCITY}\nDAJCA\nDAK{ZIP9}  \nDCF{DCF}\nDCGUSA",
        "parse failed for: DAQ{DLNUM} DCS{UFAM} DDEN DAC{UGIV} DDFN DBB{DOB8} DBA{EXP8} DAG{USTREET} DAI{UCITY} DAJNY DAK{ZIP9}",
        "{BCBP}",
        "Surname/Nom\n{UFAM}\nGiven names/Prénoms\n{UGIV}\nNationality/Nationalité\nBRITISH CITIZEN\nDate of birth/Date de naissance\n{DOBPASS}\nPlace of birth/Lieu de naissance\n{UCITY}",
        "1. {UFAM}\n2. {UGIV}\n3. {DOBDOT} UNITED KINGDOM\n4a. 15.06.2019 4b. 14.06.2029\n4c. DVLA\n5. {UKDL} 12\n8. {USTREET}, {UCITY}",
        "DL {DLNUM} EXP 03/14/2028\nLN {UFAM}\nFN {UGIV}\n{USTREET}\n{UCITY}, CA 95814\nDOB {DOBUS}",
    ]),
    (["de_DE"], [
        "Name/Surname {UFAM}\nVornamen/Given names {UGIV}\nGeburtsdatum/Date of birth {DOBDOT}\nGeburtsort/Place of birth {UCITY}",
        "Personalausweis, Rückseite:\n{MRZ1}",
    ]),
]
# the held-out half: other documents and layouts of the same kinds
HELD = [
    (["en_GB", "en_US", "en_IE", "en_CA"], [
        '{{"document": "passport", "mrz": "{MRZ2ESC}"}}',
        "Visa page:\n{MRV}",
        "DLDAQ{DLNUM}\rDCS{UFAM}\rDAC{UGIV}\rDAD{UGIV2}\rDBB{DOB8}\rDAG{USTREET}\rDAI{UCITY}\rDAK{ZIP9}\r",
        "the barcode reads {BCBPMR} but the app shows the wrong seat",
        "Sloinne/Surname\n{UFAM}\nRéamhainm/Forename\n{UGIV}\nDáta breithe/Date of birth\n{DOBPASS}",
        "Surname/Nom\n{UFAM}\nGiven names/Prénoms\n{UGIV}\nDate of birth/Date de naissance\n{DOBPASS}\nPlace of birth/Lieu de naissance\n{UCITY} CAN",
        "4d DLN {DLNUM}\n1 {UFAM}\n2 {UGIV}\n8 {USTREET}\n{UCITY}, PA 17101\n3 DOB {DOBUS}\n4b EXP 01/08/2030",
    ]),
    (["es_ES"], ["APELLIDOS / SURNAME\n{UFAM}\nNOMBRE / NAME\n{UGIV}\nFECHA DE NACIMIENTO / DATE OF BIRTH\n{DOBSP}\n{MRZ1}"]),
    (["it_IT"], ["COGNOME / SURNAME\n{UFAM}\nNOME / NAME\n{UGIV}\nLUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH\n{UCITY} {DOBSP}"]),
    (["fr_FR"], ["NOM / SURNAME: {UFAM}\nPrénoms / Given names: {UGIV}\nNé(e) le / Date of birth: {DOBSP}\nà / Place of birth: {UCITY}", "Carte nationale d'identité :\n{MRZFR}"]),
    (["nl_NL"], ["Naam/Surname\n{UFAM}\nVoornamen/Given names\n{UGIV}\nGeboortedatum/Date of birth\n{DOBPASS}\nGeboorteplaats/Place of birth\n{UCITY}"]),
]

FIRST, LAST = datetime.date(1940, 1, 1), datetime.date(2006, 12, 31)
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]


def ascii_caps(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128).upper()


def mrz_name(s):
    return "".join(c if c.isalpha() else "<" for c in ascii_caps(s))


def val(c):
    return int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55


def chk(f):
    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(f)) % 10)


def pad(s, n):
    return (s + "<" * n)[:n]


def rand_doc(n, letters=2):
    return "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters)) + "".join(random.choice("0123456789") for _ in range(n - letters))


def draw(f):
    giv, giv2, fam = f.first_name(), f.first_name(), f.last_name()
    dob = f.date_between(start_date=FIRST, end_date=LAST)
    exp = datetime.date(random.randint(2026, 2035), random.randint(1, 12), random.randint(1, 28))
    yymmdd, eyymmdd = dob.strftime("%y%m%d"), exp.strftime("%y%m%d")
    sex = random.choice("MF")
    names = mrz_name(fam) + "<<" + mrz_name(giv)
    # TD3, the passport: two lines of 44
    doc = rand_doc(9)
    pers = pad(rand_doc(9, 2), 14)
    l1 = pad("P<GBR" + names, 44)
    l2 = doc + chk(doc) + "GBR" + yymmdd + chk(yymmdd) + sex + eyymmdd + chk(eyymmdd) + pers + chk(pers)
    l2 += chk(l2[0:10] + l2[13:20] + l2[21:43])
    # TD1, the identity card: three lines of 30
    cdoc = rand_doc(9, 3)
    c1 = pad("I<D<<" + cdoc + chk(cdoc), 30)
    c2 = yymmdd + chk(yymmdd) + sex + eyymmdd + chk(eyymmdd) + "D<<" + "<" * 11
    c2 += chk(c1[5:30] + c2[0:7] + c2[8:15] + c2[18:29])
    c3 = pad(names, 30)
    # TD2 and the large visa
    t1 = pad("I<UTO" + names, 36)
    t2 = doc + chk(doc) + "UTO" + yymmdd + chk(yymmdd) + sex + eyymmdd + chk(eyymmdd) + "<" * 7
    t2 += chk(t2[0:10] + t2[13:20] + t2[21:35])
    v1 = pad("V<USA" + names, 44)
    v2 = doc + chk(doc) + "GBR" + yymmdd + chk(yymmdd) + sex + eyymmdd + chk(eyymmdd) + pad(rand_doc(8, 1), 16)
    # the French card of 1988-2021
    f1 = "IDFRA" + pad(mrz_name(fam), 25) + "750013"
    fnum = "".join(random.choice("0123456789") for _ in range(12))
    f2 = fnum + chk(fnum) + pad(mrz_name(giv), 14) + yymmdd + chk(yymmdd) + sex
    f2 += chk(f1 + f2)
    # the boarding pass's string
    pname = (ascii_caps(fam).replace(" ", "") + "/" + ascii_caps(giv).replace(" ", ""))[:20]
    pnr = rand_doc(6, 6)
    bcbp = "M1%-20sE%-7s%s%s%-3s%04d %03d%s%03d%s%05d1%s" % (pname, pnr, "LHR", "JFK", "BA", random.randint(1, 9999), random.randint(1, 366),
                                                        random.choice("YJF"), random.randint(1, 60), random.choice("ABCDEF"), random.randint(1, 300), "00")
    pmr = (pname + " MR")[:20] if len(pname) <= 17 else pname
    bcbpmr = "M1%-20sE%-7s%s%s%-3s%04d %03d%s%03d%s%05d1%s" % (pmr, pnr, "CDG", "YUL", "AF", random.randint(1, 9999), random.randint(1, 366), "Y",
                                                             random.randint(1, 60), "C", random.randint(1, 300), "00")
    surname5 = (ascii_caps(fam).replace(" ", "").replace("-", "").replace("'", "") + "99999")[:5]
    month = dob.month + (50 if sex == "F" else 0)
    ukdl = surname5 + str(dob.year % 100 // 10) + "%02d%02d" % (month, dob.day) + str(dob.year % 10) + (ascii_caps(giv)[:1] + "9") + "9" + rand_doc(2, 2)
    street = f.street_address().replace("\n", " ")  # en_GB writes a flat on a line of its own
    v = dict(UFAM=fam.upper(), UGIV=giv.upper(), UGIV2=giv2.upper(),
             MRZ3=l1 + "\n" + l2, MRZ3ONE=l1 + " " + l2, MRZ2ESC=t1 + "\\n" + t2, MRZ1=c1 + "\n" + c2 + "\n" + c3, MRV=v1 + "\n" + v2,
             MRZFR=f1 + "\n" + f2, BCBP=bcbp, BCBPMR=bcbpmr, UKDL=ukdl,
             DLNUM=random.choice("ABDFGHJKLMNPSTW") + "".join(random.choice("0123456789") for _ in range(random.randint(7, 8))),
             DOB8=dob.strftime("%m%d%Y"), ISS8="03142020", EXP8=exp.strftime("%m%d%Y"), DCF=rand_doc(16, 4),
             USTREET=street.upper(), UCITY=ascii_caps(f.city()), ZIP9="%05d0000" % random.randint(10000, 99999),
             DOBPASS="%02d %s /%s %s" % (dob.day, MONTHS[dob.month - 1], MOIS[dob.month - 1], dob.strftime("%y")),
             DOBDOT=dob.strftime("%d.%m.%Y"), DOBUS=dob.strftime("%m/%d/%Y"), DOBSP=dob.strftime("%d %m %Y"))
    t = {k: P for k in v}
    # the zones' and the barcodes' values are labelled field by field, in the order of the text
    t.update(MRZ3=None, MRZ3ONE=None, MRZ2ESC=None, MRZ1=None, MRV=None, MRZFR=None, BCBP=None, BCBPMR=None, UKDL="US_DRIVER_LICENSE",
             DLNUM="US_DRIVER_LICENSE", DOB8=DOB, ISS8=None, EXP8=None, DCF=ID, USTREET="STREET_ADDRESS", UCITY="LOCATION", ZIP9="ZIP_CODE",
             DOBPASS=DOB, DOBDOT=DOB, DOBUS=DOB, DOBSP=DOB)
    return v, t


def label_zones(text, spans):
    """Adds the spans of the zones' and barcode strings' fields: the names, the numbers with
    their check digits, the dates of birth, read by position as the documents lay them out."""
    out = list(spans)
    lines = text.split("\n")
    pos = 0
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1

    def add(typ, a, b):
        out.append(dict(type=typ, start=a, end=b))

    def name_span(a, b):
        seg = text[a:b]
        s = len(seg) - len(seg.lstrip("<"))
        e = len(seg.rstrip("<"))
        if e > s:
            add(P, a + s, a + e)

    for k, ln in enumerate(lines):
        a = starts[k]
        for piece_at, piece in pieces(ln):
            p = a + piece_at
            if len(piece) == 44 and piece[0] in "PV" and piece[1] == "<":
                name_span(p + 5, p + 44)
            elif len(piece) == 44 and piece[13:19].isdigit():
                add("PASSPORT" if "P<" in text else ID, p, p + 10)
                add(DOB, p + 13, p + 20)
                if piece[28:42].strip("<"):
                    add(ID, p + 28, p + len(piece.rstrip("<")) if "V<" in text else p + 44)
            elif len(piece) == 36 and piece.startswith("IDFRA"):
                name_span(p + 5, p + 30)
            elif len(piece) == 36 and piece[0] == "I":
                name_span(p + 5, p + 36)
            elif len(piece) == 36 and piece[27:33].isdigit() and text[p - 37:p - 32] == "IDFRA":
                add(ID, p, p + 13)
                name_span(p + 13, p + 27)
                add(DOB, p + 27, p + 34)
            elif len(piece) == 36:
                add(ID, p, p + 10)
                add(DOB, p + 13, p + 20)
            elif len(piece) == 30 and piece[0] == "I":
                add(ID, p + 5, p + 15)
            elif len(piece) == 30 and piece[:6].isdigit():
                add(DOB, p, p + 7)
            elif len(piece) == 30:
                name_span(p, p + 30)
            elif piece.startswith("M1") and "/" in piece[:22]:
                nm = text[p + 2:p + 22].rstrip()
                for title in (" MR",):
                    if nm.endswith(title):
                        nm = nm[:-len(title)]
                add(P, p + 2, p + 2 + len(nm))
                add(ID, p + 23, p + 23 + len(text[p + 23:p + 30].rstrip()))
    out.sort(key=lambda s: (s["start"], s["end"]))
    return out


def pieces(line):
    """The runs of a line a zone's line may be (capitals, digits and '<', 30 or more), and a
    boarding pass's string from its format code."""
    k = line.find("M1")
    if k >= 0 and "/" in line[k:k + 22]:
        return [(k, line[k:])]
    return [(m.start(), m.group()) for m in re.finditer(r"[A-Z0-9<]{30,}", line)]


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write_groups(Faker, draw, out, "dD", DEV, 38, 40, relabel=label_zones)
    write_groups(Faker, draw, out, "dE", HELD, 83, 40, relabel=label_zones)


if __name__ == "__main__":
    main()
