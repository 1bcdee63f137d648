"""Agencies' numbers (stop 41): the numbers that health systems, tax offices and benefit agencies
of Australia, New Zealand, Canada, the UK, India and the US give a person, as clinics, payroll,
accountants and the people themselves paste them: Medicare card numbers and Individual
Healthcare Identifiers (Australia), ABNs and ACNs on sole traders' invoices, Centrelink CRNs,
NHI numbers (both formats) and IRD numbers (New Zealand), provincial health card numbers
(Ontario's with its version code, British Columbia's PHN, Quebec's RAMQ), Unique Taxpayer
References and Scotland's CHI numbers (UK), clinicians' registration numbers (GMC, NMC, AHPRA),
India's voter ID (EPIC), GSTIN and ABHA numbers and addresses, the US's old Medicare number
(HICN: an SSN and a letter) and an EIN, and places written as codes (plus codes, what3words,
geohashes); and the name fields of US tax forms (W-2, 1099) as OCR reads them.

Writes uN.jsonl (development: the forms read while writing stop 41's rules) and uO.jsonl (held
out: other layouts of the same numbers, other seeds, written with the development half before
any rule and measured only), each line labelled with its form ("form"); and uNc.jsonl and
uOc.jsonl, forty texts of forty of each half's lines joined. A second pair, uR.jsonl
(development) and uS.jsonl (held out), written later in the stop before their rules, holds
more countries' numbers: South Africa's identity number, Malaysia's MyKad, Israel's identity
number, the Philippines' PhilHealth, SSS, UMID and Pag-IBIG numbers, Nigeria's NIN and BVN,
Kenya's KRA PIN and NHIF number, Ghana's card, India's UAN, a US veteran's VA file number,
Australia's Medicare provider numbers and the health numbers of Canada's other provinces. A
third file, uT.jsonl, written after the stop's rules for Safe Harbor's last identifiers (a
device's UDI, certificates' numbers, counties, census tracts and precincts) and measured once,
holds those in layouts no rule was written from. A fourth, uU.jsonl, written before the rules
for a household's utility and travel numbers (UK MPANs with their check digit and MPRNs,
Texas ESI IDs, Dutch and Belgian EAN connection codes, meter numbers, toll tags, transit and
library cards) and measured only, holds those.

The numbers are valid by their schemes' check digits: python-stdnum's (Debian's
python3-stdnum, LGPL, unpacked beside Faker) for ABN, ACN, IRD, UTR, GSTIN and EPIC, and this
script's own, from the published routines, for Medicare, IHI (Luhn), NHI, Ontario's and BC's
health numbers and CHI; a change to Veil's check routines is checked against them.
"""
import datetime, json, os, random, string, sys
from probekit import T, args, concatenate, faker_class, spaced

P, DOB, ST, LOC, ZIP, EM, PH = "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "ZIP_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER"
MEDICARE, IHI, ABN, ACN, NHI, IRD = "AU_MEDICARE", "AU_IHI", "AU_ABN", "AU_ACN", "NZ_NHI", "NZ_IRD"
CAHN, UTR, NHS, VOTER, GSTIN, ABHA = "CA_HEALTH_NUMBER", "UK_UTR", "UK_NHS", "IN_VOTER", "IN_GSTIN", "IN_ABHA"
PLAN, IDN, LIC, GEO, SSN, NINO, TFN = "HEALTH_PLAN_NUMBER", "ID_NUMBER", "MEDICAL_LICENSE", "GEO_COORDINATES", "US_SSN", "UK_NINO", "AU_TFN"

NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O left out
OLC = "23456789CFGHJMPQRVWX"
GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"
W3W = ("filled count soap index home raft table lamp river stone paper glass tiny brave orange "
       "silent window garden pocket ladder mirror candle basket forest rocket button shadow velvet "
       "harbor cotton marble").split()
# a place of each locale, for its plus codes and geohashes: (lat, lng, spread in degrees)
PLACES = {"en_AU": (-33.87, 151.21, 2.0), "en_NZ": (-36.85, 174.76, 2.0), "en_CA": (43.65, -79.38, 2.0),
          "fr_CA": (45.50, -73.57, 1.0), "en_GB": (51.51, -0.13, 2.0), "en_IN": (19.08, 72.88, 3.0), "en_US": (40.71, -74.0, 3.0)}


def stdnum(pkg):
    """python-stdnum's modules, from the unpacked Debian package at pkg."""
    sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
    from stdnum import luhn
    from stdnum.au import abn, acn
    from stdnum.gb import utr
    from stdnum.in_ import epic, gstin
    from stdnum.nz import ird
    from stdnum.il import idnr as ilid
    from stdnum.my import nric
    from stdnum.za import idnr as zaid
    return dict(luhn=luhn, abn=abn, acn=acn, utr=utr, epic=epic, gstin=gstin, ird=ird, zaid=zaid, nric=nric, ilid=ilid)


class Numbers:
    """Valid numbers of each scheme, drawn from r."""

    def __init__(self, r, sn):
        self.r, self.sn = r, sn

    def digits(self, n, first="0123456789"):
        return self.r.choice(first) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def medicare(self):
        # eight digits (the first 2-6), a check digit (weights 1 3 7 9 1 3 7 9, mod 10), the
        # card's issue number
        d = self.digits(8, "23456")
        c = sum(int(a) * w for a, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
        return d + str(c) + self.digits(1, "123456789")

    def luhn16(self, prefix):
        d = prefix + self.digits(15 - len(prefix))
        return d + self.sn["luhn"].calc_check_digit(d)

    def abn(self):
        d = self.digits(9)
        return self.sn["abn"].calc_check_digits(d) + d

    def acn(self):
        d = self.digits(8)
        return d + self.sn["acn"].calc_check_digit(d)

    def nhi(self, new):
        while True:
            s = "".join(self.r.choice(NHI_ALPHA) for _ in range(3))
            s += self.digits(2) + self.r.choice(NHI_ALPHA) if new else self.digits(3)
            t = sum((NHI_ALPHA.index(c) + 1 if c.isalpha() else int(c)) * w for c, w in zip(s, (7, 6, 5, 4, 3, 2)))
            if new:
                if t % 23:
                    return s + NHI_ALPHA[23 - t % 23 - 1]
            elif t % 11:
                return s + str((11 - t % 11) % 10)

    def ird(self):
        while True:
            d = str(self.r.randint(1000000, 14999999)).zfill(8)
            n = (d + self.sn["ird"].calc_check_digit(d)).lstrip("0")
            if self.sn["ird"].is_valid(n):
                return n.zfill(9)

    def ohip(self):
        d = self.digits(9, "123456789")
        return d + self.sn["luhn"].calc_check_digit(d)

    def phn(self):
        while True:
            d = "9" + self.digits(8)
            c = 11 - sum(int(a) * w for a, w in zip(d[1:], (2, 4, 8, 5, 10, 9, 7, 3))) % 11
            if c < 10:
                return d + str(c)

    def nino(self):
        # two letters of the allocated prefixes (not D, F, I, Q, U or V; no O second; not BG, GB,
        # KN, NK, NT, TN or ZZ), six digits, A to D; in the pairs HMRC prints
        while True:
            p = self.r.choice("ABCEGHJKLMNOPRSTWXYZ") + self.r.choice("ABCEGHJKLMNPRSTWXYZ")
            if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                d = self.digits(6)
                return " ".join((p, d[:2], d[2:4], d[4:], self.r.choice("ABCD")))

    def utr(self):
        d = self.digits(9)
        return self.sn["utr"].calc_check_digit(d) + d

    def chi(self, born):
        while True:
            d = born.strftime("%d%m%y") + self.digits(3)
            c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(d)) % 11
            if c < 10:
                return d + str(c)
            if c == 11:
                return d + "0"

    def gstin(self):
        while True:
            pan = "".join(self.r.choice(string.ascii_uppercase) for _ in range(3)) + self.r.choice("PCFH") + \
                self.r.choice(string.ascii_uppercase) + self.digits(4) + self.r.choice(string.ascii_uppercase)
            d = "%02d" % self.r.randint(1, 37) + pan + self.r.choice("123456789") + "Z"
            g = d + self.sn["luhn"].calc_check_digit(d, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            if self.sn["gstin"].is_valid(g):
                return g

    def epic(self):
        d = self.digits(6)
        return "".join(self.r.choice(string.ascii_uppercase) for _ in range(3)) + d + self.sn["luhn"].calc_check_digit(d)

    def plus(self, loc, short=False):
        lat, lng, spread = PLACES[loc]
        lat += self.r.uniform(-spread, spread) + 90
        lng += self.r.uniform(-spread, spread) + 180
        code, res = "", 20.0
        for i in range(5):
            a, b = int(lat // res), int(lng // res)
            lat, lng = lat - a * res, lng - b * res
            code += OLC[a] + OLC[b]
            res /= 20
            if i == 3:
                code += "+"
        return code[4:] if short else code

    def geohash(self, loc, n):
        lat, lng, spread = PLACES[loc]
        lat += self.r.uniform(-spread, spread)
        lng += self.r.uniform(-spread, spread)
        la, lo, bits, out, even = [-90.0, 90.0], [-180.0, 180.0], 0, "", True
        while len(out) < n:
            v = 0
            for _ in range(5):
                rng, x = (lo, lng) if even else (la, lat)
                mid = (rng[0] + rng[1]) / 2
                v = v * 2 + (x >= mid)
                rng[x < mid] = mid
                even = not even
            out += GEOHASH[v]
        return out

    def zaid(self, born, female):
        while True:
            d = born.strftime("%y%m%d") + str(self.r.randint(0, 4) if female else self.r.randint(5, 9)) + self.digits(3) + self.r.choice("01") + "8"
            n = d + self.sn["luhn"].calc_check_digit(d)
            if self.sn["zaid"].is_valid(n):
                return n

    def mykad(self, born):
        while True:
            n = born.strftime("%y%m%d") + self.r.choice(["01", "05", "08", "10", "12", "14", "21", "43", "59", "71"]) + self.digits(4)
            if self.sn["nric"].is_valid(n):
                return n

    def ilid(self):
        d = self.digits(8)
        return d + self.sn["luhn"].calc_check_digit(d)

    def provider(self):
        # a Medicare provider number: a six-digit stem, the practice location's character and a
        # check character over the stem weighted 3 5 8 4 2 1 and the location's value times 6
        stem = self.digits(6)
        plv = self.r.randrange(32)
        c = (sum(int(a) * w for a, w in zip(stem, (3, 5, 8, 4, 2, 1))) + plv * 6) % 11
        return stem + "0123456789ABCDEFGHJKLMNPQRTUVWXY"[plv] + "YXWTLKJHFBA"[c]

    def w3w(self):
        return ".".join(self.r.sample(W3W, 3))


def draw(f, r, n, loc):
    born = f.date_of_birth(minimum_age=18, maximum_age=88)
    v = dict(NAME=f.name(), GIVEN=f.first_name(), SURNAME=f.last_name(), NAME2=f.name(), DOB=born.strftime("%d/%m/%Y"),
             USDOB=born.strftime("%m/%d/%Y"), ISODOB=born.isoformat(), STREET=f.street_address(), CITY=f.city(), EMAIL=f.free_email(),
             PHONE=f.phone_number(), born=born, FEMALE=r.random() < 0.5)
    v["ORG"] = f.company()
    return v


# Each form: (name, function of (v, n, r, loc) -> T). The development half first.
def dev_forms():
    F = []

    def au_clinic(v, n, r, loc):
        m = n.medicare()
        return (T()("New patient booking\nName: ")(v["NAME"], P)("\nDOB: ")(v["DOB"], DOB)("\nMedicare: ")(spaced(m, (4, 5, 1)), MEDICARE)
                ("  IRN ")(str(r.randint(1, 5)))("\nIHI: ")(spaced(n.luhn16("800360"), (4, 4, 4, 4)), IHI)("\nMobile: ")(v["PHONE"], PH)("\n"))
    F.append(("au_clinic", au_clinic))

    def au_invoice(v, n, r, loc):
        a = n.abn()
        return (T()("TAX INVOICE #")(str(r.randint(100, 999)))("\n")(v["NAME"], P)(" - Plumbing & Gas\nABN ")(spaced(a, (2, 3, 3, 3)), ABN)("\n")
                (v["STREET"], ST)(", ")(v["CITY"], LOC)("\nBill to: ")(v["ORG"])(" (ACN ")(spaced(n.acn(), (3, 3, 3)), ACN)(")\n"))
    F.append(("au_invoice", au_invoice))

    def centrelink(v, n, r, loc):
        crn = n.digits(9) + r.choice(string.ascii_uppercase)
        while True:
            d = n.digits(9)
            if sum(int(a) * w for a, w in zip(d, (1, 4, 3, 7, 5, 8, 6, 9, 10))) % 11 == 0:
                break
        return (T()("hi can u help me with my centrelink form? my CRN is ")(spaced(crn, (3, 3, 4)), IDN)(" and my TFN is ")(spaced(d, (3, 3, 3)), TFN)
                (". name on the account is ")(v["NAME"], P)(", DOB ")(v["DOB"], DOB))
    F.append(("centrelink", centrelink))

    def nz_referral(v, n, r, loc):
        return (T()("REFERRAL - ")(v["NAME"], P)("\nNHI: ")(n.nhi(False), NHI)("   DOB: ")(v["DOB"], DOB)("\nAddress: ")(v["STREET"], ST)(", ")(v["CITY"], LOC)
                ("\nReason: review of atrial fibrillation\nReferrer: Dr ")(v["NAME2"], P)("\n"))
    F.append(("nz_referral", nz_referral))

    def nz_payslip(v, n, r, loc):
        i = n.ird()
        return (T()("Payslip - fortnight ending 14/03\nEmployee: ")(v["NAME"], P)("\nIRD number: ")(spaced(i, (3, 3, 3), "-"), IRD)
                ("\nTax code: M SL\nKiwiSaver: 3%\n"))
    F.append(("nz_payslip", nz_payslip))

    def ohip(v, n, r, loc):
        h = n.ohip()
        vc = "".join(r.choice(string.ascii_uppercase) for _ in range(2))
        return (T()("Patient: ")(v["NAME"], P)("\nHealth Card #: ")(spaced(h, (4, 3, 3), "-") + "-" + vc, CAHN)(" (ON)\nDOB: ")(v["ISODOB"], DOB)
                ("\nPhone: ")(v["PHONE"], PH)("\n"))
    F.append(("ohip", ohip))

    def bc_phn(v, n, r, loc):
        return (T()("Lab requisition - BC\nSurname: ")(v["SURNAME"], P)("   Given: ")(v["GIVEN"], P)("\nPHN: ")(spaced(n.phn(), (4, 3, 3)), CAHN)
                ("\nDate of birth: ")(v["ISODOB"], DOB)("\nTests: CBC, lipid panel\n"))
    F.append(("bc_phn", bc_phn))

    def ramq(v, n, r, loc):
        b = v["born"]
        code = (v["SURNAME"].upper().replace(" ", "").replace("-", "") + "XXX")[:3] + v["GIVEN"][0].upper() + \
            b.strftime("%y") + "%02d" % (b.month + (50 if v["FEMALE"] else 0)) + b.strftime("%d") + n.digits(2)
        return (T()("Patient(e) : ")(v["NAME"], P)("\nNuméro d'assurance maladie : ")(spaced(code, (4, 4, 4)), CAHN)("\nDate de naissance : ")
                (v["ISODOB"], DOB)("\n"))
    F.append(("ramq", ramq))

    def utr(v, n, r, loc):
        return (T()("Self Assessment 2023-24 for ")(v["NAME"], P)("\nUTR: ")(spaced(n.utr(), (5, 5)), UTR)("\nAddress: ")(v["STREET"], ST)(", ")
                (v["CITY"], LOC)("\nPlease file before 31 January.\n"))
    F.append(("utr", utr))

    def chi(v, n, r, loc):
        return (T()("SCI Gateway referral\nPatient: ")(v["NAME"], P)("  CHI ")(n.chi(v["born"]), NHS)("\nDOB ")(v["DOB"], DOB)
                ("\nGP: Dr ")(v["NAME2"], P)(" (GMC ")(n.digits(7, "1234567"), LIC)(")\n"))
    F.append(("chi", chi))

    def nmc(v, n, r, loc):
        pin = n.digits(2) + r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + n.digits(4) + r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return (T()("Registered nurse: ")(v["NAME"], P)(", NMC PIN ")(pin, LIC)("; supervising consultant ")(v["NAME2"], P)
                (", AHPRA MED")(n.digits(10), LIC)("\n"))
    F.append(("nmc", nmc))

    def india_ids(v, n, r, loc):
        h = v["NAME"].lower().replace(" ", ".").encode("ascii", "ignore").decode() + str(r.randint(1, 99))
        return (T()("KYC details\nName: ")(v["NAME"], P)("\nEPIC No.: ")(n.epic(), VOTER)("\nABHA Number: ")
                ("91-" + spaced(n.digits(12), (4, 4, 4), "-"), ABHA)("\nABHA Address: ")(h + "@abdm", ABHA)("\n"))
    F.append(("india_ids", india_ids))

    def gstin(v, n, r, loc):
        return (T()("Invoice from ")(v["NAME"], P)(" (Prop.), ")(v["CITY"], LOC)("\nGSTIN: ")(n.gstin(), GSTIN)("\nHSN 9983, IGST 18%\n"))
    F.append(("gstin", gstin))

    def hicn(v, n, r, loc):
        ssn = "%03d-%02d-%04d" % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999))
        suf = r.choice(["A", "B", "B1", "C1", "D", "HA", "T", "M"])
        return (T()("Member ")(v["NAME"], P)(" still shows the old Medicare claim number ")(ssn + suf, PLAN)(" on file; please update it to the MBI."))
    F.append(("hicn", hicn))

    def places(v, n, r, loc):
        return (T()("Pickup for ")(v["GIVEN"], P)(" at plus code ")(n.plus(loc), GEO)(", or ///")(n.w3w(), GEO)(" - call ")(v["PHONE"], PH)(" when there"))
    F.append(("places", places))

    def w2(v, n, r, loc):
        ssn = "%03d-%02d-%04d" % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999))
        return (T()("a Employee's social security number ")(ssn, SSN)("\nb Employer identification number (EIN) ")
                ("%02d-%07d" % (r.choice([10, 12, 20, 27, 33, 45, 84, 91]), r.randint(0, 9999999)), IDN)
                ("\ne Employee's first name and initial ")(v["GIVEN"].upper(), P)(" ")(r.choice(string.ascii_uppercase), P)("   Last name ")
                (v["SURNAME"].upper(), P)("\nf Employee's address and ZIP code ")(v["STREET"].upper(), ST)("\n"))
    F.append(("w2", w2))
    return F


def held_forms():
    F = []

    def au_csv(v, n, r, loc):
        m = n.medicare()
        return (T()("name,dob,medicare_no,irn,ihi\n")(v["NAME"], P)(",")(v["ISODOB"], DOB)(",")(m, MEDICARE)(",")(str(r.randint(1, 5)))(",")
                (n.luhn16("800360"), IHI)("\n"))
    F.append(("au_csv", au_csv))

    def au_chat(v, n, r, loc):
        return (T()("my medicare number is ")(spaced(n.medicare(), (4, 5, 1)), MEDICARE)(" and my ABN for the business is ")(n.abn(), ABN)
                (", can you check the claim form for me? it's for ")(v["NAME"], P))
    F.append(("au_chat", au_chat))

    def abn_lookup(v, n, r, loc):
        return (T()("ABN Lookup\nABN: ")(spaced(n.abn(), (2, 3, 3, 3)), ABN)("  Active\nEntity name: ")(v["SURNAME"].upper(), P)(", ")
                (v["GIVEN"], P)("\nEntity type: Individual/Sole Trader\nMain business location: NSW 2")(n.digits(3))("\nCompany ACN: ")
                (n.acn(), ACN)("\n"))
    F.append(("abn_lookup", abn_lookup))

    def dva(v, n, r, loc):
        return (T()("Veteran ")(v["NAME"], P)(", DVA file no. ")(r.choice("NVQWST") + "X" + n.digits(6), IDN)(", HPI-I ")
                (spaced(n.luhn16("800361"), (4, 4, 4, 4)), LIC)(" (treating GP)"))
    F.append(("dva", dva))

    def nz_json(v, n, r, loc):
        return (T()('{"patient": {"name": "')(v["NAME"], P)('", "nhi": "')(n.nhi(True), NHI)('", "dob": "')(v["ISODOB"], DOB)('"}, "ird": "')
                (n.ird().lstrip("0"), IRD)('"}'))
    F.append(("nz_json", nz_json))

    def nz_chat(v, n, r, loc):
        i = n.ird()
        return (T()("kia ora, my IRD no. is ")(spaced(i, (3, 3, 3), "-").lstrip("0"), IRD)(" and my NHI is ")(n.nhi(r.random() < 0.5).lower(), NHI)
                (". it's ")(v["GIVEN"], P)(" from ")(v["CITY"], LOC))
    F.append(("nz_chat", nz_chat))

    def ohip_prose(v, n, r, loc):
        return (T()("Hi, I'm ")(v["NAME"], P)(". My Ontario health card number is ")(n.ohip(), CAHN)(" and it expires next month - how do I renew it?"))
    F.append(("ohip_prose", ohip_prose))

    def phn_json(v, n, r, loc):
        return (T()('{"given": "')(v["GIVEN"], P)('", "family": "')(v["SURNAME"], P)('", "phn": "')(n.phn(), CAHN)('", "birthDate": "')
                (v["ISODOB"], DOB)('"}'))
    F.append(("phn_json", phn_json))

    def ramq_en(v, n, r, loc):
        b = v["born"]
        code = (v["SURNAME"].upper().replace(" ", "").replace("-", "") + "XXX")[:3] + v["GIVEN"][0].upper() + \
            b.strftime("%y") + "%02d" % (b.month + (50 if v["FEMALE"] else 0)) + b.strftime("%d") + n.digits(2)
        return T()("Quebec patient ")(v["NAME"], P)(", RAMQ number ")(code, CAHN)(", seen at the walk-in clinic today.")
    F.append(("ramq_en", ramq_en))

    def utr_letter(v, n, r, loc):
        return (T()("Dear ")(v["NAME"], P)(",\nYour Unique Taxpayer Reference (UTR) is ")(n.utr(), UTR)
                (". Quote it with your National Insurance number ")(v["NINO"], NINO)(" whenever you contact us."))
    F.append(("utr_letter", utr_letter))

    def chi_table(v, n, r, loc):
        return (T()("| CHI | Name | DOB |\n|---|---|---|\n| ")(n.chi(v["born"]), NHS)(" | ")(v["NAME"], P)(" | ")(v["DOB"], DOB)(" |"))
    F.append(("chi_table", chi_table))

    def voter(v, n, r, loc):
        return (T()("Voter ID card no. ")(n.epic(), VOTER)(" belongs to ")(v["NAME"], P)(", Health ID: ")
                (spaced("91" + n.digits(12), (2, 4, 4, 4), "-"), ABHA)(", GST no. ")(n.gstin(), GSTIN))
    F.append(("voter", voter))

    def hicn_bare(v, n, r, loc):
        ssn = "%03d%02d%04d" % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999))
        return (T()("HICN: ")(ssn + r.choice(["A", "B", "C1", "D", "T"]), PLAN)("\nBeneficiary: ")(v["NAME"], P)("\nDOB: ")(v["USDOB"], DOB))
    F.append(("hicn_bare", hicn_bare))

    def geo(v, n, r, loc):
        return (T()("Delivery note: leave the parcel at ")(n.plus(loc, True), GEO)(" ")(v["CITY"], LOC)(" (geohash ")(n.geohash(loc, 9), GEO)
                ("); what3words ")(n.w3w(), GEO)("."))
    F.append(("geo", geo))

    def f1099(v, n, r, loc):
        return (T()("PAYER'S TIN 12-3456789\nRECIPIENT'S TIN ")("%03d-%02d-%04d" % (r.randint(1, 665), r.randint(1, 99), r.randint(1, 9999)), SSN)
                ("\nRECIPIENT'S name ")(v["NAME"], P)("\nStreet address (including apt. no.) ")(v["STREET"], ST)("\nCity or town, state ")
                (v["CITY"], LOC)("\n"))
    F.append(("f1099", f1099))
    return F


def dev_forms2():
    F = []

    def za(v, n, r, loc):
        z = n.zaid(v["born"], v["FEMALE"])
        return (T()("Client: ")(v["NAME"], P)("\nSA ID: ")(spaced(z, (6, 4, 3)), "ZA_ID")("\nCell: ")(v["PHONE"], PH)("\n"))
    F.append(("za", za))

    def mykad(v, n, r, loc):
        k = n.mykad(v["born"])
        return T()("Nama: ")(v["NAME"], P)("\nNo. MyKad: ")(k[:6] + "-" + k[6:8] + "-" + k[8:], "MY_NRIC")("\nTel: ")(v["PHONE"], PH)
    F.append(("mykad", mykad))

    def il(v, n, r, loc):
        return T()("Patient ")(v["NAME"], P)(", Teudat Zehut ")(n.ilid(), "IL_ID")(", seen at the clinic on Sunday.")
    F.append(("il", il))

    def ph(v, n, r, loc):
        return (T()("Employee: ")(v["NAME"], P)("\nSSS No.: ")(spaced(n.digits(10), (2, 7, 1), "-"), IDN)("\nPhilHealth No.: ")
                (spaced(n.digits(12), (2, 9, 1), "-"), PLAN)("\nPag-IBIG MID: ")(spaced(n.digits(12, "1"), (4, 4, 4), "-"), IDN)("\n"))
    F.append(("ph", ph))

    def ng(v, n, r, loc):
        return T()("Please verify ")(v["NAME"], P)(": NIN ")(n.digits(11, "123456789"), IDN)(", BVN ")(n.digits(11, "2"), IDN)("; phone ")(v["PHONE"], PH)
    F.append(("ng", ng))

    def ke(v, n, r, loc):
        pin = r.choice("AP") + n.digits(9) + r.choice(string.ascii_uppercase)
        return T()("KRA PIN: ")(pin, IDN)("\nNHIF No: ")(n.digits(8), PLAN)("\nName: ")(v["NAME"], P)
    F.append(("ke", ke))

    def gh(v, n, r, loc):
        return T()("Ghana Card: ")("GHA-" + n.digits(9) + "-" + n.digits(1), IDN)(" for ")(v["NAME"], P)
    F.append(("gh", gh))

    def uan(v, n, r, loc):
        return T()("Hi HR, my UAN is ")(n.digits(12, "1"), IDN)(" and my name is ")(v["NAME"], P)(". Please link my PF account.")
    F.append(("uan", uan))

    def va(v, n, r, loc):
        return T()("Veteran: ")(v["NAME"], P)("\nVA file number: ")(n.digits(8, "123456789"), IDN)("\nDOB: ")(v["USDOB"], DOB)
    F.append(("va", va))

    def provider(v, n, r, loc):
        return T()("Referring GP: Dr ")(v["NAME"], P)(", Provider No. ")(n.provider(), LIC)("\nPatient: ")(v["NAME2"], P)
    F.append(("provider", provider))

    def ab(v, n, r, loc):
        d = n.digits(9, "123456789")
        return T()("Alberta Health Care number: ")(d[:5] + "-" + d[5:], CAHN)("\nPatient: ")(v["NAME"], P)("\nDOB: ")(v["ISODOB"], DOB)
    F.append(("ab", ab))
    return F


def held_forms2():
    F = []

    def za_prose(v, n, r, loc):
        return T()("my id number is ")(n.zaid(v["born"], v["FEMALE"]), "ZA_ID")(" and i need to update my address, it's ")(v["NAME"], P)
    F.append(("za_prose", za_prose))

    def mykad_json(v, n, r, loc):
        return T()('{"name": "')(v["NAME"], P)('", "ic_no": "')(n.mykad(v["born"]), "MY_NRIC")('"}')
    F.append(("mykad_json", mykad_json))

    def il_form(v, n, r, loc):
        return T()("ID number (Teudat Zehut): ")(n.ilid(), "IL_ID")("\nFull name: ")(v["NAME"], P)
    F.append(("il_form", il_form))

    def ph_chat(v, n, r, loc):
        return (T()("hi po, my philhealth number is ")(n.digits(12), PLAN)(" and sss is ")(spaced(n.digits(10), (2, 7, 1), "-"), IDN)(", umid crn ")
                ("CRN-" + spaced(n.digits(12), (4, 7, 1), "-"), IDN)(" thanks - ")(v["GIVEN"], P))
    F.append(("ph_chat", ph_chat))

    def ng_form(v, n, r, loc):
        return T()("National Identification Number (NIN): ")(n.digits(11, "123456789"), IDN)("\nBank Verification Number: ")(n.digits(11, "2"), IDN)("\nSurname: ")(v["SURNAME"], P)
    F.append(("ng_form", ng_form))

    def ke_chat(v, n, r, loc):
        return T()("my kra pin is ")(r.choice("AP") + n.digits(9) + r.choice(string.ascii_uppercase), IDN)(" and nhif number ")(n.digits(8), PLAN)(", ")(v["NAME"], P)
    F.append(("ke_chat", ke_chat))

    def gh_table(v, n, r, loc):
        return T()("| Name | Ghana Card |\n|---|---|\n| ")(v["NAME"], P)(" | ")("GHA-" + n.digits(9) + "-" + n.digits(1), IDN)(" |")
    F.append(("gh_table", gh_table))

    def uan_json(v, n, r, loc):
        return T()('{"employee": "')(v["NAME"], P)('", "uan": "')(n.digits(12, "1"), IDN)('"}')
    F.append(("uan_json", uan_json))

    def va_letter(v, n, r, loc):
        return T()("Re: ")(v["NAME"], P)(", VA claim number ")(n.digits(9, "123456789"), IDN)(". Your appeal has been received.")
    F.append(("va_letter", va_letter))

    def provider_csv(v, n, r, loc):
        return T()("provider_name,provider_number\n")(v["NAME"], P)(",")(n.provider(), LIC)("\n")
    F.append(("provider_csv", provider_csv))

    def provinces(v, n, r, loc):
        return (T()("Manitoba PHIN ")(n.digits(9, "123456789"), CAHN)(", Saskatchewan HSN ")(n.digits(9, "123456789"), CAHN)(", MCP number ")
                (n.digits(12, "123456789"), CAHN)(" - patient ")(v["NAME"], P))
    F.append(("provinces", provinces))
    return F


COUNTIES = ["Harris County", "Orange County", "Cook County", "Maricopa County", "King County", "Jefferson Parish", "Travis County", "Fulton County",
            "Wayne County", "Dallas County", "Kern County", "Shelby County", "Madison County", "Lake County", "Anchorage Borough", "Orleans Parish"]


def gtin(n):
    d = "00" + n.digits(11)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d)))
    return d + str((10 - s % 10) % 10)


def after_forms():
    F = []

    def udi_note(v, n, r, loc):
        u = "(01)" + gtin(n) + "(17)" + n.digits(6, "2") + "(21)" + r.choice(["SN", "A", "PJN"]) + n.digits(6)
        return T()("Op note: ")(v["NAME"], P)(" received a hip implant, UDI ")(u, "DEVICE_ID")(", on ")(v["USDOB"], "DATE_TIME")(".")
    F.append(("udi_note", udi_note))

    def udi_json(v, n, r, loc):
        u = "(01)" + gtin(n) + "(10)" + r.choice(string.ascii_uppercase) + n.digits(5) + "(21)" + n.digits(8)
        return T()('{"patient": "')(v["NAME"], P)('", "implant_udi": "')(u, "DEVICE_ID")('"}')
    F.append(("udi_json", udi_json))

    def certs(v, n, r, loc):
        c = "%d-%03d-%06d" % (r.randint(1950, 2024), r.randint(1, 999), r.randint(1, 999999))
        return T()("Please attach the death certificate (certificate no. ")(c, IDN)(") for ")(v["NAME"], P)(" to the claim.")
    F.append(("certs", certs))

    def birth_cert(v, n, r, loc):
        c = r.choice(["BC", "B"]) + "-" + n.digits(7)
        return T()("birth certificate # ")(c, IDN)(", child: ")(v["GIVEN"], P)(", mother: ")(v["NAME2"], P)
    F.append(("birth_cert", birth_cert))

    def county(v, n, r, loc):
        return T()("The patient, ")(v["NAME"], P)(", was transferred from a hospital in ")(r.choice(COUNTIES), LOC)(" on ")(v["USDOB"], "DATE_TIME")(".")
    F.append(("county", county))

    def county_form(v, n, r, loc):
        return T()("County of residence: ")(r.choice(COUNTIES), LOC)("\nName: ")(v["NAME"], P)("\nDOB: ")(v["USDOB"], DOB)
    F.append(("county_form", county_form))

    def tract(v, n, r, loc):
        t = "%d.%02d" % (r.randint(1, 9999), r.randint(0, 99))
        return T()("Geocoded to census tract ")(t, LOC)(", block group ")(str(r.randint(1, 9)), LOC)(" for ")(v["NAME"], P)
    F.append(("tract", tract))

    def precinct(v, n, r, loc):
        return T()("Voter ")(v["NAME"], P)(" is registered in precinct ")(str(r.randint(100, 9999)), LOC)(", ")(r.choice(COUNTIES), LOC)(".")
    F.append(("precinct", precinct))
    return F


def mpan_core(n):
    while True:
        d = n.r.choice(["10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23"]) + n.digits(10)
        c = sum(int(a) * w for a, w in zip(d, (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43))) % 11 % 10
        return d + str(c)


def household_forms():
    F = []

    def mpan(v, n, r, loc):
        core = mpan_core(n)
        return T()("Switching supplier for ")(v["NAME"], P)(" at ")(v["STREET"], ST)(": MPAN ")(core, IDN)(", gas MPRN ")(n.digits(10, "123456789"), IDN)
    F.append(("mpan", mpan))

    def supply(v, n, r, loc):
        core = mpan_core(n)
        return T()("Supply number: S ")(" ".join(["0" + str(r.randint(1, 8)), n.digits(3), n.digits(3), core[:2], core[2:6], core[6:10], core[10:]]), IDN)("\nCustomer: ")(v["NAME"], P)
    F.append(("supply", supply))

    def esi(v, n, r, loc):
        return T()("Hi, I'm moving out of ")(v["STREET"], ST)(". ESI ID ")("1044372" + n.digits(10), IDN)(", account holder ")(v["NAME"], P)
    F.append(("esi", esi))

    def ean(v, n, r, loc):
        d = "8716" + n.digits(13)
        s2 = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d)))
        return T()("Meneer ")(v["SURNAME"], P)(", uw EAN-code is ")(d + str((10 - s2 % 10) % 10), IDN)(" en uw meternummer ")(n.digits(9, "123456789"), "DEVICE_ID")(".")
    F.append(("ean", ean))

    def meter(v, n, r, loc):
        return T()("Meter serial number: ")(r.choice(["E", "K", "S"]) + n.digits(2) + r.choice(["BG", "P", "Z"]) + n.digits(5), "DEVICE_ID")(" at the home of ")(v["NAME"], P)
    F.append(("meter", meter))

    def toll(v, n, r, loc):
        return T()("my E-ZPass tag ")(n.digits(10), IDN)(" was charged twice - ")(v["NAME"], P)(", ")(v["EMAIL"], EM)
    F.append(("toll", toll))

    def transit(v, n, r, loc):
        return T()("Lost my Oyster card, number ")(spaced(n.digits(12), (4, 4, 4)), IDN)(". Registered to ")(v["NAME"], P)
    F.append(("transit", transit))

    def library(v, n, r, loc):
        return T()("Library card number: ")("2" + n.digits(13), IDN)(" (")(v["NAME"], P)(")")
    F.append(("library", library))
    return F


LOCS = {"au_clinic": "en_AU", "au_invoice": "en_AU", "centrelink": "en_AU", "nz_referral": "en_NZ", "nz_payslip": "en_NZ", "ohip": "en_CA",
        "bc_phn": "en_CA", "ramq": "fr_CA", "utr": "en_GB", "chi": "en_GB", "nmc": "en_GB", "india_ids": "en_IN", "gstin": "en_IN",
        "hicn": "en_US", "w2": "en_US", "au_csv": "en_AU", "au_chat": "en_AU", "abn_lookup": "en_AU", "dva": "en_AU", "nz_json": "en_NZ",
        "nz_chat": "en_NZ", "ohip_prose": "en_CA", "phn_json": "en_CA", "ramq_en": "fr_CA", "utr_letter": "en_GB", "chi_table": "en_GB",
        "voter": "en_IN", "hicn_bare": "en_US", "f1099": "en_US",
        "za": "zu_ZA", "mykad": "en_US", "il": "en_US", "ph": "en_US", "ng": "en_US", "ke": "en_US", "gh": "en_US", "uan": "en_IN", "va": "en_US",
        "provider": "en_AU", "ab": "en_CA", "za_prose": "zu_ZA", "mykad_json": "en_US", "il_form": "en_US", "ph_chat": "en_US", "ng_form": "en_US",
        "ke_chat": "en_US", "gh_table": "en_US", "uan_json": "en_IN", "va_letter": "en_US", "provider_csv": "en_AU", "provinces": "en_CA",
        "udi_note": "en_US", "udi_json": "en_US", "certs": "en_US", "birth_cert": "en_US", "county": "en_US", "county_form": "en_US", "tract": "en_US",
        "precinct": "en_US", "mpan": "en_GB", "supply": "en_GB", "esi": "en_US", "ean": "nl_NL", "meter": "en_GB", "toll": "en_US", "transit": "en_GB",
        "library": "en_US"}


def write(Faker, sn, forms, path, seed, per):
    r = random.Random(seed)
    n = Numbers(r, sn)
    fk = {}
    with open(path, "w") as o:
        for k in range(per * len(forms)):
            name, make = forms[k % len(forms)]
            loc = LOCS.get(name) or ["en_AU", "en_NZ", "en_CA", "en_GB", "en_IN", "en_US"][k // len(forms) % 6]
            if loc not in fk:
                fk[loc] = Faker(loc)
                fk[loc].seed_instance(seed * 100 + len(fk))
            v = draw(fk[loc], r, n, loc)
            if name == "utr_letter":
                v["NINO"] = n.nino()
            t = make(v, n, r, loc)
            o.write(json.dumps(dict(text=t.text, spans=t.spans, loc=loc, form=name), ensure_ascii=False) + "\n")


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    sn = stdnum(pkg)
    write(Faker, sn, dev_forms(), os.path.join(out, "uN.jsonl"), 41, 30)
    write(Faker, sn, held_forms(), os.path.join(out, "uO.jsonl"), 86, 30)
    concatenate(out, "uN", "uNc", 11)
    concatenate(out, "uO", "uOc", 12)
    write(Faker, sn, dev_forms2(), os.path.join(out, "uR.jsonl"), 43, 30)
    write(Faker, sn, held_forms2(), os.path.join(out, "uS.jsonl"), 88, 30)
    write(Faker, sn, after_forms(), os.path.join(out, "uT.jsonl"), 89, 30)
    write(Faker, sn, household_forms(), os.path.join(out, "uU.jsonl"), 90, 30)


if __name__ == "__main__":
    main()
