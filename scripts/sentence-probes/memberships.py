"""Memberships, bookings, permits and the numbers of a person's dealings with shops, hotels,
clubs, landlords of parking lots, the police and the county (stop 42): the numbers on a
person's cards and papers that lead back to them, as the holder, a clerk or an agent pastes
them: store, hotel, car-rental and motoring clubs' membership and rewards numbers, gift cards
and their PINs, hotel folios with the guest's arrival and departure dates, rental agreements,
campsite and restaurant reservations, e-tickets, a jail's booking and inmate numbers, traffic
citations, warrants and incident numbers, firearm owners' cards and carry permits, hunting,
fishing and boat licences, amateur radio call signs, pilots' certificates, TWIC cards,
tradesmen's and nurses' licences, parking permits and disabled placards, pets' microchips and
tags, a county's parcel numbers with the owner of record, safe deposit boxes, pawn tickets,
and the names written beside them (a family by its surname, a signature's initial and
surname in capitals, a wife at the bedside by her given name).

Writes xN.jsonl (development: the forms read while writing stop 42's rules) and xO.jsonl (held
out: other labels and layouts of the same kinds, other seeds, written with the development
half before any rule and measured only), each line labelled with its form ("form"); and
xNc.jsonl and xOc.jsonl, forty texts of forty of each half's lines joined. A third file, xT.jsonl,
written after the stop's rules, of kinds and words no rule was written from (a REI member number,
AMC Stubs, Airbnb reservations, jury summons, probation, concealed weapons permits, AKC
registrations, timeshares, storage units' gate codes, hotel key cards, Delta confirmations,
tickets, registration stickers, gyms, a shelter's chip scan), is measured once.
Usage: memberships.py PKG OUTDIR (see README.md).
"""
import json, os, random, string, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probekit import T, args, concatenate, digits, faker_class, spaced

P, DOB, ST, LOC, ZIP, EM, PH = "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "LOCATION", "ZIP_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER"
IDN, DT, PIN, LIC, PLATE, DL, ORG = "ID_NUMBER", "DATE_TIME", "PIN", "MEDICAL_LICENSE", "LICENSE_PLATE", "US_DRIVER_LICENSE", "ORGANIZATION"

PETS = "Biscuit Luna Milo Bella Charlie Daisy Rocky Pepper Oreo Mochi Ziggy Nala".split()
BREEDS = "beagle labrador tabby dachshund poodle terrier husky siamese".split()
BANKS = ["First Midwest", "Old National", "Fifth Third", "Huntington", "Regions", "Truist"]


def callsign(r):
    # US amateur call signs: a prefix of one or two letters (K, N, W, A?), a district digit, a
    # suffix of one to three letters
    pre = r.choice(["K", "N", "W", "K" + r.choice("ABCDEFGIJ"), "W" + r.choice("ABCD"), "A" + r.choice("ABCDEFGIJK")])
    return pre + str(r.randint(0, 9)) + "".join(r.choice(string.ascii_uppercase) for _ in range(r.choice((2, 3, 3))))


def draw(f, r):
    born = f.date_of_birth(minimum_age=18, maximum_age=85)
    d1 = f.date_between(start_date="-1y", end_date="+1y")
    v = dict(NAME=f.name(), GIVEN=f.first_name(), SURNAME=f.last_name(), SURNAME2=f.last_name(), NAME2=f.name(), GIVEN2=f.first_name_female(),
             DOB=born.strftime("%m/%d/%Y"), STREET=f.street_address(), CITY=f.city(), PHONE=f.phone_number(), EMAIL=f.free_email(),
             ORG=f.company(), d1=d1, PLATE=f.license_plate())
    return v


def dates(r, d1, fmt):
    n = r.randint(1, 9)
    import datetime
    return d1.strftime(fmt), (d1 + datetime.timedelta(days=n)).strftime(fmt)


def dev_forms():
    F = []

    def folio(v, r):
        a, d = dates(r, v["d1"], "%m/%d/%y")
        return (T()("Guest: ")(v["SURNAME"].upper() + ", " + v["GIVEN"].upper(), P)("  Room " + str(r.randint(101, 1899)) + "  Arr ")(a, DT)(" Dep ")(d, DT)
                ("  Folio ")(digits(r, 8, "123456789"), IDN)("  Bonvoy #")(digits(r, 9, "123456789"), IDN))
    F.append(("folio", folio))

    def costco(v, r):
        return (T()("Hi, I'm ")(v["NAME"], P)(", Costco membership #")(spaced(digits(r, 12, "1"), (3, 4, 4, 1)), IDN)
                (" - my card was declined at the gas station, can you check my account?"))
    F.append(("costco", costco))

    def giftcard(v, r):
        return (T()("Gift card number ")(spaced(digits(r, 16, "6"), (4, 4, 4, 4)), IDN)(", PIN ")(digits(r, 4), PIN)
                (". Balance $" + str(r.randint(10, 200)) + ".00. Sent to ")(v["EMAIL"], EM))
    F.append(("giftcard", giftcard))

    def rental(v, r):
        a, d = dates(r, v["d1"], "%m/%d/%Y")
        return (T()("Rental Agreement ")(digits(r, 9, "123456789"), IDN)(" - Renter: ")(v["NAME"], P)(", DOB ")(v["DOB"], DOB)
                ("\nPick-up ")(a, DT)(" ORD, return ")(d, DT)(" ORD. Emerald Club #")(digits(r, 9, "123456789"), IDN))
    F.append(("rental", rental))

    def campsite(v, r):
        return (T()("Campsite reservation ")("0-" + digits(r, 8, "123456789"), IDN)(" for the ")(v["SURNAME"], P)
                (" family, site " + str(r.randint(1, 99)) + ", 3 nights. Contact ")(v["PHONE"], PH))
    F.append(("campsite", campsite))

    def jail(v, r):
        return (T()("Inmate: ")(v["SURNAME"].upper() + ", " + v["GIVEN"].upper(), P)("  Booking # ")("2025-" + digits(r, 6), IDN)("  SO# ")
                (digits(r, 6, "123456789"), IDN)("  Charges: DUI 1st. Bond $2,500."))
    F.append(("jail", jail))

    def citation(v, r):
        return (T()("CITATION NO. ")(r.choice(string.ascii_uppercase) + digits(r, 7), IDN)(" issued to ")(v["NAME"], P)(" for speed "
                + str(r.randint(45, 70)) + "/35 on ")(v["d1"].strftime("%m/%d/%Y"), DT)("."))
    F.append(("citation", citation))

    def incident(v, r):
        return (T()("Incident #")(str(r.randint(20, 25)) + "-" + digits(r, 6, "123456789"), IDN)(". Officer ")(v["NAME2"], P)(" (Badge ")
                (digits(r, 4, "123456789"), IDN)(") responded to ")(v["STREET"], ST)(". Complainant ")(v["NAME"], P)(", DOB ")(v["DOB"], DOB)("."))
    F.append(("incident", incident))

    def foid(v, r):
        return (T()("Applicant ")(v["NAME"], P)(" - FOID card # ")(digits(r, 8, "123456789"), IDN)(" expires 2029. CCL permit no. ")
                (spaced(digits(r, 8, "123456789"), (4, 4), "-"), IDN)("."))
    F.append(("foid", foid))

    def hunting(v, r):
        return (T()("Hunting license ")("2025-" + digits(r, 6) + "-HL", IDN)(" issued to ")(v["NAME"], P)(" of ")(v["CITY"], LOC)("."))
    F.append(("hunting", hunting))

    def ham(v, r):
        return (T()("Ham radio: ")(callsign(r), IDN)(" (General class), licensed to ")(v["NAME"], P)(", ")(v["CITY"], LOC)("."))
    F.append(("ham", ham))

    def pet(v, r):
        return (T()("Pet: " + r.choice(PETS) + " (" + r.choice(BREEDS) + ", " + str(r.randint(1, 14)) + " y)  Owner: ")(v["NAME"], P)(", ")
                (v["STREET"], ST)(", ")(v["PHONE"], PH)(". Microchip ")("985" + digits(r, 12), IDN)("."))
    F.append(("pet", pet))

    def parcel(v, r):
        pin = "-".join([digits(r, 2, "123456789"), digits(r, 2), digits(r, 3), digits(r, 3), "0000"])
        return (T()("Parcel ")(pin, IDN)(", owner of record: ")(v["SURNAME"].upper() + ", " + v["GIVEN"].upper() + " " + r.choice(string.ascii_uppercase), P)
                (", ")(v["STREET"], ST)("."))
    F.append(("parcel", parcel))

    def deposit(v, r):
        return (T()("Safe deposit box #")(digits(r, 4, "123456789"), IDN)(" at " + r.choice(BANKS) + ", keys held by ")(v["NAME"], P)("."))
    F.append(("deposit", deposit))

    def pawn(v, r):
        return (T()("Pawn ticket #")(digits(r, 5, "123456789"), IDN)(", pledgor: ")(v["NAME"], P)(", item: 14k gold chain, loan $120."))
    F.append(("pawn", pawn))

    def signed(v, r):
        return (T()("Delivered " + v["d1"].strftime("%m/%d") + " 2:14pm, signed by ")(v["GIVEN"][0] + ". " + v["SURNAME"].upper(), P)(
            ". Tracking 1Z" + digits(r, 16)))
    F.append(("signed", signed))

    def season(v, r):
        return (T()("Season pass ")(spaced(digits(r, 12, "123456789"), (4, 4, 4)), IDN)(" (Epic Pass) holder ")(v["NAME"], P)(", photo on file."))
    F.append(("season", season))

    def hilton(v, r):
        return (T()("Your Hilton Honors # ")(digits(r, 10, "123456789"), IDN)(" is now linked to ")(v["EMAIL"], EM)(", ")(v["NAME"], P)("."))
    F.append(("hilton", hilton))

    def rn(v, r):
        return (T()("Nurse ")(v["NAME"], P)(", RN license #")("RN-" + digits(r, 6, "123456789"), LIC)(", contractor license CSLB #")
                (digits(r, 7, "123456789"), IDN)(" for the home remodel."))
    F.append(("rn", rn))

    def parking(v, r):
        return (T()("Parking permit ")("24-PK-" + digits(r, 5), IDN)(" for Lot C, vehicle plate ")(v["PLATE"], PLATE)(", ")(v["NAME"], P)("."))
    F.append(("parking", parking))

    def boat(v, r):
        reg = r.choice(["IL", "WI", "MN", "MI"]) + " " + digits(r, 4, "123456789") + " " + "".join(r.choice(string.ascii_uppercase) for _ in range(2))
        return (T()("Boat registration ")(reg, IDN)(", owner ")(v["NAME"], P)(", ")(v["CITY"], LOC)("."))
    F.append(("boat", boat))

    def bedside(v, r):
        return (T()("ER triage: " + str(r.randint(40, 88)) + "yo M, c/o chest pain x2h. Wife at bedside (")(v["GIVEN2"], P)(", ")(v["PHONE"], PH)(")."))
    F.append(("bedside", bedside))

    def membership(v, r):
        return (T()("Membership no: ")(digits(r, 9, "1") + " " + digits(r, 2), IDN)(" (Executive). Sam's Club # ")
                ("101-" + digits(r, 7) + "-" + digits(r, 1), IDN)(" for ")(v["NAME"], P)("."))
    F.append(("membership", membership))

    def twic(v, r):
        return (T()("Driver ")(v["NAME"], P)(": TWIC card ")(spaced(digits(r, 12), (4, 4, 4), "-"), IDN)(", FAA pilot certificate number ")
                (digits(r, 7, "123456789"), IDN)("."))
    F.append(("twic", twic))
    return F


def held_forms():
    F = []

    def hotel_confirm(v, r):
        a, d = dates(r, v["d1"], "%d %b %Y")
        return (T()("Confirmation number: ")(digits(r, 8, "123456789"), IDN)("\nGuest name: ")(v["NAME"], P)("\nArrival: ")(a, DT)("\nDeparture: ")(d, DT)
                ("\nWorld of Hyatt #: ")(digits(r, 9, "123456789") + r.choice(string.ascii_uppercase), IDN))
    F.append(("hotel_confirm", hotel_confirm))

    def clubcard(v, r):
        return (T()("my tesco clubcard number is ")(spaced("634004" + digits(r, 12), (6, 4, 4, 4)), IDN)(" and my nectar card ")
                (spaced("98263000" + digits(r, 11), (4, 4, 4, 4, 3)), IDN)(", name on both ")(v["NAME"], P))
    F.append(("clubcard", clubcard))

    def aa(v, r):
        return (T()("Breakdown at ")(v["STREET"], ST)(". AA membership number ")(digits(r, 9, "123456789"), IDN)(", caller ")(v["NAME"], P)(", ")(v["PHONE"], PH))
    F.append(("aa", aa))

    def extracare(v, r):
        return (T()("CVS ExtraCare card #")(digits(r, 11, "123456789"), IDN)(" | Kroger Plus card ")(digits(r, 12, "4"), IDN)(" | name: ")(v["NAME"], P))
    F.append(("extracare", extracare))

    def prepaid(v, r):
        return (T()("Store credit card ")(spaced(digits(r, 19, "7"), (4, 4, 4, 4, 3)), IDN)(" / security code ")(digits(r, 8), PIN)
                (" issued to ")(v["NAME"], P)(" on return of order"))
    F.append(("prepaid", prepaid))

    def eticket(v, r):
        return (T()("E-ticket ")("016" + digits(r, 10), IDN)(" for passenger ")(v["SURNAME"].upper() + "/" + v["GIVEN"].upper() + " MR", P)
                (", itinerary #")(digits(r, 9, "123456789"), IDN)(", Aeroplan ")(digits(r, 9, "123456789"), IDN))
    F.append(("eticket", eticket))

    def resto(v, r):
        return (T()("Reservation #")(digits(r, 7, "123456789"), IDN)(": party of 4 under ")(v["SURNAME"], P)(" at 7:30pm, phone ")(v["PHONE"], PH))
    F.append(("resto", resto))

    def doc(v, r):
        return (T()("Offender ")(v["NAME"], P)(", DOC # ")(r.choice("RMKBN") + digits(r, 5, "123456789"), IDN)(", jail booking number ")
                (digits(r, 9, "123456789"), IDN)(", warrant no. ")(digits(r, 2) + "-WR-" + digits(r, 5), IDN))
    F.append(("doc", doc))

    def traffic(v, r):
        return (T()("Traffic ticket number ")(digits(r, 10, "123456789"), IDN)(" - defendant ")(v["NAME"], P)(", court date ")
                (v["d1"].strftime("%B %d, %Y"), DT)(", fine $" + str(r.randint(100, 400)) + "."))
    F.append(("traffic", traffic))

    def carry(v, r):
        return (T()(v["NAME"], P)(" holds concealed carry license #")(r.choice(string.ascii_uppercase) + digits(r, 8), IDN)(" and fishing license # ")
                (digits(r, 9, "123456789"), IDN)("."))
    F.append(("carry", carry))

    def dog(v, r):
        return (T()("Dog license tag #")(digits(r, 5, "123456789"), IDN)(", rabies tag ")(digits(r, 6, "123456789"), IDN)(", microchip no. ")
                (digits(r, 15, "9"), IDN)(" - owner ")(v["NAME"], P)(", ")(v["PHONE"], PH))
    F.append(("dog", dog))

    def apn(v, r):
        return (T()("APN ")(digits(r, 3, "123456789") + "-" + digits(r, 3) + "-" + digits(r, 2), IDN)(" | Assessee: ")(v["NAME"].upper(), P)
                (" | Situs: ")(v["STREET"].upper(), ST))
    F.append(("apn", apn))

    def placard(v, r):
        return (T()("Disabled parking placard #")(r.choice(string.ascii_uppercase) + digits(r, 7), IDN)(" belongs to ")(v["NAME"], P)(", not to the driver."))
    F.append(("placard", placard))

    def callsign_net(v, r):
        return (T()("Net check-ins: ")(callsign(r), IDN)(" ")(v["GIVEN"], P)(", ")(callsign(r), IDN)(" ")(v["GIVEN2"], P)(", ")(callsign(r), IDN)(" mobile"))
    F.append(("callsign_net", callsign_net))

    def gym(v, r):
        return (T()("Gym member #")(digits(r, 7), IDN)(" ")(v["NAME"], P)(" checked in 06:02, locker " + str(r.randint(1, 300)) + ", guest pass ")
                (digits(r, 6, "123456789"), IDN))
    F.append(("gym", gym))

    def hertz(v, r):
        a, d = dates(r, v["d1"], "%Y-%m-%d")
        return (T()("Hertz Gold Plus Rewards ")(digits(r, 8, "123456789"), IDN)(" - ")(v["NAME"], P)(", pickup ")(a, DT)(", return ")(d, DT))
    F.append(("hertz", hertz))

    def license_trade(v, r):
        return (T()("Electrician: ")(v["NAME"], P)(", master electrician license no. ")("EC" + digits(r, 7), IDN)("; real estate license #")
                (digits(r, 8, "123456789"), IDN)(" for the listing agent"))
    F.append(("license_trade", license_trade))

    def box(v, r):
        return (T()(v["NAME"], P)(" rents box " + digits(r, 3, "123456789") + " at the PO; her safe-deposit box number is ")(digits(r, 4, "123456789"), IDN)("."))
    F.append(("box", box))

    def family(v, r):
        return (T()("The ")(v["SURNAME"], P)(" family checked in to cabin " + str(r.randint(1, 40)) + "; the ")(v["SURNAME2"], P)
                (" family is next door."))
    F.append(("family", family))

    def signature(v, r):
        return (T()("POD: left at side door, signature ")(v["GIVEN"][0] + " " + v["SURNAME"].upper(), P)(" on " + v["d1"].strftime("%m/%d/%Y") + "."))
    F.append(("signature", signature))

    def emergency(v, r):
        return (T()("Emergency contact: ")(v["GIVEN2"], P)(" (wife) ")(v["PHONE"], PH)("; pharmacy: Walgreens #" + digits(r, 5)))
    F.append(("emergency", emergency))
    return F


def after_forms():
    """Forms written after the stop's rules, of kinds and words no rule was written from, measured
    once (xT)."""
    F = []

    def rei(v, r):
        return (T()("Hi, my REI member number is ")(digits(r, 10, "0"), IDN)(" and I'd like to return boots my husband ")(v["NAME"], P)(" bought."))
    F.append(("rei", rei))

    def stubs(v, r):
        return (T()("AMC Stubs member # ")(spaced(digits(r, 12, "1"), (4, 4, 4)), IDN)(" - ")(v["NAME"], P)(" - A-List since ")(v["d1"].strftime("%m/%Y")))
    F.append(("stubs", stubs))

    def airbnb(v, r):
        code = "HM" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))
        a, d = dates(r, v["d1"], "%b %d, %Y")
        return (T()("Airbnb reservation ")(code, IDN)(" for ")(v["NAME"], P)(", check-in ")(a, DT)(", checkout ")(d, DT)("."))
    F.append(("airbnb", airbnb))

    def juror(v, r):
        return (T()("Jury summons no. ")("S-2025-" + digits(r, 5), IDN)(" to ")(v["NAME"], P)(", juror number ")(digits(r, 4, "123456789"), IDN)
                (", report ")(v["d1"].strftime("%m/%d/%Y"), DT)(" at 8:00 am."))
    F.append(("juror", juror))

    def probation(v, r):
        return (T()("Probation officer ")(v["NAME2"], P)("; probationer ")(v["NAME"], P)(", case ")(digits(r, 2) + "CR" + digits(r, 6), IDN)
                (", offender ID ")(digits(r, 7, "123456789"), IDN)("."))
    F.append(("probation", probation))

    def cwp(v, r):
        return (T()("Concealed weapons permit CWP ")(digits(r, 6), IDN)(" issued to ")(v["NAME"], P)(" of ")(v["CITY"], LOC)("."))
    F.append(("cwp", cwp))

    def akc(v, r):
        return (T()("Puppy: " + r.choice(PETS) + ", AKC registration number ")("SR" + digits(r, 8), IDN)(", breeder ")(v["NAME2"], P)(", owner ")(v["NAME"], P)("."))
    F.append(("akc", akc))

    def timeshare(v, r):
        return (T()("Timeshare contract #")("TS-" + digits(r, 5), IDN)(", owners ")(v["NAME"], P)(" and ")(v["NAME2"], P)(", week 32."))
    F.append(("timeshare", timeshare))

    def storage(v, r):
        return (T()("Storage unit B-" + str(r.randint(100, 499)) + " rented by ")(v["NAME"], P)(", gate code ")(digits(r, 4), PIN)(", phone ")(v["PHONE"], PH))
    F.append(("storage", storage))

    def keycard(v, r):
        a, d = dates(r, v["d1"], "%m/%d")
        return (T()("Key cards issued: room " + str(r.randint(101, 1899)) + ", guest ")(v["NAME"], P)(", stay ")(a, DT)("-")(d, DT)(", rewards # ")(digits(r, 9, "123456789"), IDN))
    F.append(("keycard", keycard))

    def skymiles(v, r):
        loc = "".join(r.choice(string.ascii_uppercase) for _ in range(6))
        return (T()("Your Delta confirmation: ")(loc, IDN)(". Passenger ")(v["NAME"], P)(", seat " + str(r.randint(1, 40)) + "C, SkyMiles # ")(digits(r, 10, "9"), IDN))
    F.append(("skymiles", skymiles))

    def ticket(v, r):
        return (T()("Ticket number ")("006" + digits(r, 10), IDN)(" / PNR ")("".join(r.choice(string.ascii_uppercase + "23456789") for _ in range(6)), IDN)
                (" / ")(v["SURNAME"].upper() + "/" + v["GIVEN"].upper(), P))
    F.append(("ticket", ticket))

    def sticker(v, r):
        return (T()(v["NAME"], P)(" renewed registration sticker #")("R" + digits(r, 7), IDN)(" and the handicap placard ")(digits(r, 7, "123456789"), IDN)(" online."))
    F.append(("sticker", sticker))

    def gym24(v, r):
        return (T()("24 Hour Fitness member ID ")(digits(r, 4) + "-" + digits(r, 4) + "-" + digits(r, 2), IDN)(" belongs to ")(v["NAME"], P)(", ")(v["EMAIL"], EM))
    F.append(("gym24", gym24))

    def microchip(v, r):
        return (T()("Found dog scanned at the shelter: chip ")(digits(r, 15, "9"), IDN)(", registered to ")(v["NAME"], P)(", ")(v["PHONE"], PH))
    F.append(("microchip", microchip))
    return F


def write(Faker, forms, path, seed, per):
    r = random.Random(seed)
    locs = ["en_US", "en_US", "en_US", "en_GB", "en_CA", "en_AU"]
    fk = {}
    with open(path, "w") as o:
        for k in range(per * len(forms)):
            name, make = forms[k % len(forms)]
            loc = locs[k // len(forms) % len(locs)]
            if loc not in fk:
                fk[loc] = Faker(loc)
                fk[loc].seed_instance(seed * 100 + len(fk))
            t = make(draw(fk[loc], r), r)
            o.write(json.dumps(dict(text=t.text, spans=t.spans, loc=loc, form=name), ensure_ascii=False) + "\n")


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write(Faker, dev_forms(), os.path.join(out, "xN.jsonl"), 42, 30)
    write(Faker, held_forms(), os.path.join(out, "xO.jsonl"), 87, 30)
    concatenate(out, "xN", "xNc", 13)
    concatenate(out, "xO", "xOc", 14)
    write(Faker, after_forms(), os.path.join(out, "xT.jsonl"), 88, 30)


if __name__ == "__main__":
    main()
