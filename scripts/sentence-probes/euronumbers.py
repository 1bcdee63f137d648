"""Bookings, memberships, loyalty cards, driving licences, files and tax numbers in German, French,
Spanish, Italian, Dutch and Portuguese (stop 42): a hotel's booking confirmation with the guest's
arrival and departure, a club's or a motoring club's membership, a shop's loyalty card, a driving
licence's number, a court's or an office's file number, a tax number, as a guest, a member or a
clerk of those countries pastes them.

Writes yN.jsonl (development: the forms read while writing stop 42's rules) and yO.jsonl (held
out: other labels and layouts, written with the development half before any rule and measured
only), each line labelled with its form ("form"). A second pair, yR.jsonl (development) and
yS.jsonl (held out), written later in the stop before their rules, holds bookings', memberships'
and customers' numbers in Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish, Russian,
Hungarian and Romanian.
Usage: euronumbers.py PKG OUTDIR (see README.md).
"""
import json, os, random, string, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probekit import T, args, digits, faker_class

P, DT, IDN, DL, LOC, PH = "PERSON", "DATE_TIME", "ID_NUMBER", "US_DRIVER_LICENSE", "LOCATION", "PHONE_NUMBER"


def caps(r, n):
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


def dates(r, f, fmt):
    import datetime
    d1 = f.date_between(start_date="-1y", end_date="+1y")
    return d1.strftime(fmt), (d1 + datetime.timedelta(days=r.randint(1, 9))).strftime(fmt)


def de_licence(r):
    # a German driving licence's number: an authority's letter or digit, three digits, five
    # characters, a check digit and the digit (B072RRE2I55)
    return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + digits(r, 3) + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(5)) + digits(r, 2)


def dev_forms():
    return {
        "de_DE": [
            lambda f, r: (lambda a, d: T()("Ihre Buchungsnummer lautet ")(digits(r, 8, "123456789"), IDN)(", Gast: Frau ")(f.name(), P)(", Anreise ")(a, DT)(", Abreise ")(d, DT)("."))(*dates(r, f, "%d.%m.%Y")),
            lambda f, r: T()("Führerscheinnummer ")(de_licence(r), DL)(", Inhaber: ")(f.name(), P)(", Klasse B."),
            lambda f, r: T()("Aktenzeichen ")(str(r.randint(1, 40)) + " C " + str(r.randint(10, 999)) + "/" + str(r.randint(20, 25)), IDN)(" — Kläger: ")(f.name(), P)("."),
            lambda f, r: T()("Steuernummer ")(digits(r, 2, "123456789") + "/" + digits(r, 3) + "/" + digits(r, 5), IDN)(" für ")(f.name(), P)(", Finanzamt ")(f.city(), LOC)("."),
            lambda f, r: T()("Payback-Kartennummer ")(digits(r, 10, "3"), IDN)(" und Mitgliedsnummer ")(digits(r, 9), IDN)(" von ")(f.name(), P)("."),
        ],
        "fr_FR": [
            lambda f, r: (lambda a, d: T()("Votre numéro de réservation est ")(digits(r, 7, "123456789"), IDN)(", au nom de ")(f.name(), P)(", arrivée le ")(a, DT)(", départ le ")(d, DT)("."))(*dates(r, f, "%d/%m/%Y")),
            lambda f, r: T()("Numéro d'adhérent : ")(digits(r, 8, "123456789"), IDN)(" — carte de fidélité de ")(f.name(), P)("."),
            lambda f, r: T()("Numéro de permis de conduire : ")(digits(r, 12), DL)(", titulaire ")(f.name(), P)("."),
            lambda f, r: T()("Numéro de dossier ")(digits(r, 2) + caps(r, 2) + digits(r, 5), IDN)(" concernant ")(f.name(), P)(", né à ")(f.city(), LOC)("."),
            lambda f, r: T()("Numéro fiscal de référence : ")(digits(r, 13, "0123"), IDN)(" — ")(f.name(), P),
        ],
        "es_ES": [
            lambda f, r: T()("Su número de reserva es ")(digits(r, 8, "123456789"), IDN)(", localizador ")(caps(r, 6), IDN)(", titular: ")(f.name(), P)("."),
            lambda f, r: T()("Número de socio ")(digits(r, 6), IDN)(", abonado: ")(f.name(), P)(", teléfono ")(f.phone_number(), PH)("."),
            lambda f, r: T()("Tarjeta de fidelización nº ")(digits(r, 12, "9"), IDN)(" a nombre de ")(f.name(), P)("."),
            lambda f, r: T()("Expediente número ")(digits(r, 4) + "/" + str(r.randint(2020, 2025)), IDN)(", interesado: ")(f.name(), P)("."),
        ],
        "it_IT": [
            lambda f, r: T()("Il numero di prenotazione è ")(digits(r, 7, "123456789"), IDN)(", intestato a ")(f.name(), P)(", tessera fedeltà ")(digits(r, 10, "2"), IDN)("."),
            lambda f, r: T()("Patente n. ")(caps(r, 2) + digits(r, 7) + r.choice(string.ascii_uppercase), DL)(" rilasciata a ")(f.name(), P)("."),
            lambda f, r: T()("Numero di pratica ")(digits(r, 6, "123456789"), IDN)(" — richiedente ")(f.name(), P)(", ")(f.city(), LOC)("."),
        ],
        "nl_NL": [
            lambda f, r: T()("Uw boekingsnummer is ")(digits(r, 8, "123456789"), IDN)("; klantnummer ")(digits(r, 6, "123456789"), IDN)("; ")(f.name(), P)("."),
            lambda f, r: T()("Lidnummer ")(digits(r, 7, "123456789"), IDN)(" (ANWB) van ")(f.name(), P)(", rijbewijsnummer ")(digits(r, 10, "45"), DL)("."),
            lambda f, r: T()("Dossiernummer ")(digits(r, 8, "123456789"), IDN)(", polisnummer ")(digits(r, 9, "123456789"), IDN)(" — ")(f.name(), P),
        ],
        "pt_PT": [
            lambda f, r: T()("Número da reserva ")(digits(r, 7, "123456789"), IDN)(", hóspede: ")(f.name(), P)("; cartão de sócio ")(digits(r, 7, "123456789"), IDN)("."),
            lambda f, r: T()("Número de utente ")(digits(r, 9, "123456789"), IDN)(" — ")(f.name(), P)(", carta de condução n.º ")(caps(r, 2) + "-" + digits(r, 6) + " " + digits(r, 1), DL)("."),
        ],
    }


def held_forms():
    return {
        "de_DE": [
            lambda f, r: (lambda a, d: T()("Reservierungsnummer: ")(digits(r, 9, "123456789"), IDN)("\nName: ")(f.name(), P)("\nAnreisedatum: ")(a, DT)("\nAbreisedatum: ")(d, DT))(*dates(r, f, "%d.%m.%Y")),
            lambda f, r: T()("Führerschein-Nr. ")(de_licence(r), DL)(" — Az. ")(str(r.randint(1, 40)) + " O " + str(r.randint(10, 999)) + "/" + str(r.randint(20, 25)), IDN)(" — ")(f.name(), P),
            lambda f, r: T()("Mitglieds-Nr.: ")(digits(r, 8, "123456789"), IDN)("; Kundenkarte ")(digits(r, 13, "2"), IDN)("; ")(f.name(), P),
        ],
        "fr_FR": [
            lambda f, r: T()("N° de réservation : ")(caps(r, 2) + digits(r, 6), IDN)(" — client : ")(f.name(), P)(" — n° de carte de fidélité ")(digits(r, 13, "2"), IDN),
            lambda f, r: T()("N° de permis ")(digits(r, 12), DL)(" ; référence dossier ")(digits(r, 8, "123456789"), IDN)(" ; ")(f.name(), P),
        ],
        "es_ES": [
            lambda f, r: (lambda a, d: T()("Código de reserva: ")(caps(r, 3) + digits(r, 4), IDN)("\nCliente: ")(f.name(), P)("\nEntrada: ")(a, DT)("\nSalida: ")(d, DT))(*dates(r, f, "%d/%m/%Y")),
            lambda f, r: T()("Nº de socio: ")(digits(r, 7, "123456789"), IDN)(" — carnet de conducir nº ")(digits(r, 8) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"), DL)(" — ")(f.name(), P),
        ],
        "it_IT": [
            lambda f, r: T()("N. prenotazione: ")(digits(r, 8, "123456789"), IDN)(" — ospite ")(f.name(), P)(" — n. tessera socio ")(digits(r, 6, "123456789"), IDN),
            lambda f, r: T()("Pratica n. ")(digits(r, 5, "123456789") + "/" + str(r.randint(2020, 2025)), IDN)(", patente ")(caps(r, 2) + digits(r, 7) + r.choice(string.ascii_uppercase), DL)(", ")(f.name(), P),
        ],
        "nl_NL": [
            lambda f, r: T()("Reserveringsnummer ")(digits(r, 9, "123456789"), IDN)(" op naam van ")(f.name(), P)(", klant-nr. ")(digits(r, 7, "123456789"), IDN)(", lid-nr. ")(digits(r, 6, "123456789"), IDN),
        ],
        "pt_PT": [
            lambda f, r: T()("Nº da reserva: ")(digits(r, 8, "123456789"), IDN)("\nHóspede: ")(f.name(), P)("\nNº de sócio: ")(digits(r, 6, "123456789"), IDN),
        ],
    }


def dev_forms2():
    return {
        "sv_SE": [lambda f, r: T()("Ditt bokningsnummer är ")(digits(r, 8, "123456789"), IDN)(". Medlemsnummer ")(digits(r, 7, "123456789"), IDN)(", gäst: ")(f.name(), P)(".")],
        "da_DK": [lambda f, r: T()("Dit bookingnummer er ")(digits(r, 8, "123456789"), IDN)(", kundenummer ")(digits(r, 6, "123456789"), IDN)(" — ")(f.name(), P)],
        "no_NO": [lambda f, r: T()("Reservasjonsnummer ")(digits(r, 8, "123456789"), IDN)(", medlemsnummer ")(digits(r, 7, "123456789"), IDN)(": ")(f.name(), P)],
        "fi_FI": [lambda f, r: T()("Varausnumero ")(digits(r, 8, "123456789"), IDN)(", asiakasnumero ")(digits(r, 6, "123456789"), IDN)(": ")(f.name(), P)],
        "pl_PL": [lambda f, r: T()("Numer rezerwacji: ")(digits(r, 8, "123456789"), IDN)(", numer klienta ")(digits(r, 6, "123456789"), IDN)(" — ")(f.name(), P)],
        "cs_CZ": [lambda f, r: T()("Číslo rezervace ")(digits(r, 8, "123456789"), IDN)(", zákaznické číslo ")(digits(r, 6, "123456789"), IDN)(", ")(f.name(), P)],
        "tr_TR": [lambda f, r: T()("Rezervasyon numaranız ")(digits(r, 8, "123456789"), IDN)(", üye numarası ")(digits(r, 7, "123456789"), IDN)(" — ")(f.name(), P)],
        "ru_RU": [lambda f, r: T()("Номер бронирования ")(digits(r, 8, "123456789"), IDN)(", номер клиента ")(digits(r, 6, "123456789"), IDN)(", ")(f.name(), P)],
        "hu_HU": [lambda f, r: T()("Foglalási szám: ")(digits(r, 8, "123456789"), IDN)(", ügyfélszám ")(digits(r, 6, "123456789"), IDN)(" — ")(f.name(), P)],
        "ro_RO": [lambda f, r: T()("Număr rezervare ")(digits(r, 8, "123456789"), IDN)(", cod client ")(digits(r, 6, "123456789"), IDN)(", ")(f.name(), P)],
    }


def held_forms2():
    return {
        "sv_SE": [lambda f, r: T()("Kundnummer: ")(digits(r, 7, "123456789"), IDN)("\nNamn: ")(f.name(), P)("\nBokningsnr: ")(digits(r, 9, "123456789"), IDN)],
        "da_DK": [lambda f, r: T()("Medlemsnummer ")(digits(r, 7, "123456789"), IDN)(" tilhører ")(f.name(), P)("; bestillingsnummer ")(digits(r, 8, "123456789"), IDN)],
        "no_NO": [lambda f, r: T()("Kundenummer: ")(digits(r, 7, "123456789"), IDN)(" (")(f.name(), P)(")")],
        "fi_FI": [lambda f, r: T()("Jäsennumero ")(digits(r, 7, "123456789"), IDN)(" — ")(f.name(), P)(", varaustunnus ")(digits(r, 8, "123456789"), IDN)],
        "pl_PL": [lambda f, r: T()("Nr karty członkowskiej: ")(digits(r, 9, "123456789"), IDN)(" (")(f.name(), P)("), nr rezerwacji ")(digits(r, 8, "123456789"), IDN)],
        "cs_CZ": [lambda f, r: T()("Číslo zákazníka: ")(digits(r, 7, "123456789"), IDN)(" — ")(f.name(), P)],
        "tr_TR": [lambda f, r: T()("Müşteri numarası: ")(digits(r, 7, "123456789"), IDN)("\nAd Soyad: ")(f.name(), P)("\nRezervasyon no: ")(digits(r, 8, "123456789"), IDN)],
        "ru_RU": [lambda f, r: T()("Номер брони: ")(digits(r, 9, "123456789"), IDN)(" — гость ")(f.name(), P)(", номер карты лояльности ")(digits(r, 10, "123456789"), IDN)],
        "hu_HU": [lambda f, r: T()("Ügyfélszám: ")(digits(r, 7, "123456789"), IDN)(" (")(f.name(), P)(")")],
        "ro_RO": [lambda f, r: T()("Număr client: ")(digits(r, 7, "123456789"), IDN)(" — ")(f.name(), P)(", numărul rezervării ")(digits(r, 8, "123456789"), IDN)],
    }


def write(Faker, forms, path, seed, per):
    r = random.Random(seed)
    with open(path, "w") as o:
        for n, loc in enumerate(sorted(forms)):
            f = Faker(loc)
            f.seed_instance(seed * 100 + n)
            for k in range(per * len(forms[loc])):
                t = forms[loc][k % len(forms[loc])](f, r)
                o.write(json.dumps(dict(text=t.text, spans=t.spans, loc=loc, form="%s.%d" % (loc, k % len(forms[loc]))), ensure_ascii=False) + "\n")


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write(Faker, dev_forms(), os.path.join(out, "yN.jsonl"), 42, 25)
    write(Faker, held_forms(), os.path.join(out, "yO.jsonl"), 87, 25)
    write(Faker, dev_forms2(), os.path.join(out, "yR.jsonl"), 43, 25)
    write(Faker, held_forms2(), os.path.join(out, "yS.jsonl"), 88, 25)


if __name__ == "__main__":
    main()
