"""Usage: eastprose.py PKG OUTDIR

Writes short business and clinical messages in Turkish, Greek, Croatian, Slovak, Lithuanian,
Ukrainian and Bulgarian (stop 27), as nordprose.py writes them for seven other languages: full
names, a family name after an honorific where the language's sentence allows the nominative
("pán Novák"), each country's address on one line, towns, dates of birth and of appointments in
the country's format, phones and emails of each locale. Languages that inflect names and towns
by case put them after labels or in the nominative, as forms and records do.

  wE.jsonl  development (read), 700 lines
  wF.jsonl  held out (other templates; only measured), 700 lines
"""
import datetime, random

import probekit

T = {
    "tr_TR": (["{P}, {ADDR} adresinde oturuyor, telefon: {PHONE}.",
               "Lütfen belgeleri şu kişiye gönderin: {P}, {ADDR}.",
               "{P}, doğum tarihi {DOB}, doğum yeri {CITY}.",
               "İletişim: {P}, tel. {PHONE}, e-posta {EMAIL}.",
               "Hasta {P}, {D} tarihli randevusunu iptal etti."],
              ["Sayın {P}, mesajınız için teşekkürler.",
               "Yeni adres: {ADDR} ({P})",
               "Hasta: {P}, ikamet: {CITY}",
               "{P} şu numaradan ulaşılabilir: {PHONE}."]),
    "el_GR": (["Όνομα: {P}\nΔιεύθυνση: {ADDR}\nΤηλέφωνο: {PHONE}",
               "Ασθενής: {P}, ημερομηνία γέννησης {DOB}, τόπος γέννησης {CITY}.",
               "Επικοινωνία: {P}, τηλ. {PHONE}, email {EMAIL}.",
               "Ραντεβού: {D}, ασθενής {P}.",
               "Αποστολή εγγράφων: {P}, {ADDR}."],
              ["Νέα διεύθυνση: {ADDR} ({P})",
               "Πελάτης: {P}, πόλη: {CITY}",
               "Τηλέφωνο επικοινωνίας ({P}): {PHONE}",
               "Προς: {P}"]),
    "hr_HR": (["{P} stanuje na adresi {ADDR}, telefon {PHONE}.",
               "Dokumente pošaljite na ime {P}, {ADDR}.",
               "{P}, rođen {DOB}, mjesto rođenja: {CITY}.",
               "Kontakt: {P}, tel. {PHONE}, e-mail {EMAIL}.",
               "Pacijent {P} otkazao je termin {D}."],
              ["Poštovani {P}, hvala na poruci.",
               "Nova adresa: {ADDR} ({P})",
               "Pacijent: {P}, prebivalište: {CITY}",
               "{P} je dostupan na broju {PHONE}."]),
    "sk_SK": (["{P} býva na adrese {ADDR}, telefón {PHONE}.",
               "Dokumenty pošlite na meno {P}, {ADDR}.",
               "{P}, narodený {DOB}, miesto narodenia: {CITY}.",
               "Kontakt: {P}, tel. {PHONE}, e-mail {EMAIL}.",
               "Pacient {P} zrušil termín {D}."],
              ["Vážený pán {LAST}, ďakujeme za správu.",
               "Nová adresa: {ADDR} ({P})",
               "Pacient: {P}, bydlisko: {CITY}",
               "{P} je k zastihnutiu na čísle {PHONE}."]),
    "lt_LT": (["Vardas: {P}\nAdresas: {ADDR}\nTelefonas: {PHONE}",
               "Dokumentus siųskite: {P}, {ADDR}.",
               "{P}, gimęs {DOB}, gimimo vieta: {CITY}.",
               "Kontaktai: {P}, tel. {PHONE}, el. paštas {EMAIL}.",
               "Pacientas {P} atšaukė vizitą {D}."],
              ["Naujas adresas: {ADDR} ({P})",
               "Klientas: {P}, miestas: {CITY}",
               "{P} telefono numeris: {PHONE}.",
               "Gavėjas: {P}"]),
    "uk_UA": (["{P} проживає за адресою {ADDR}, телефон {PHONE}.",
               "Документи надішліть на ім'я {P}, {ADDR}.",
               "{P}, дата народження {DOB}, місце народження: {CITY}.",
               "Контакт: {P}, тел. {PHONE}, e-mail {EMAIL}.",
               "Пацієнт {P} скасував прийом {D}."],
              ["Нова адреса: {ADDR} ({P})",
               "Пацієнт: {P}, місто: {CITY}",
               "{P} доступний за номером {PHONE}.",
               "Отримувач: {P}"]),
    "bg_BG": (["{P} живее на адрес {ADDR}, телефон {PHONE}.",
               "Изпратете документите на {P}, {ADDR}.",
               "{P}, роден на {DOB}, място на раждане: {CITY}.",
               "Контакт: {P}, тел. {PHONE}, имейл {EMAIL}.",
               "Пациентът {P} отмени часа си за {D}."],
              ["Нов адрес: {ADDR} ({P})",
               "Пациент: {P}, град: {CITY}",
               "{P} е на разположение на {PHONE}.",
               "Получател: {P}"]),
}

DATES = {"tr_TR": "%d.%m.%Y", "el_GR": "%d/%m/%Y", "hr_HR": "%d. %m. %Y.", "sk_SK": "%d. %m. %Y", "lt_LT": "%Y-%m-%d",
         "uk_UA": "%d.%m.%Y", "bg_BG": "%d.%m.%Y"}


def drawer(loc):
    def draw(f, us):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
        first, last = f.first_name(), f.last_name()
        vals = dict(FIRST=first, LAST=last, P=f"{first} {last}", ADDR=f.address().replace("\n", ", "), CITY=f.city(),
                    PHONE=f.phone_number(), EMAIL=f.email(), D=day.strftime(DATES[loc]), DOB=born.strftime(DATES[loc]))
        types = dict(FIRST="PERSON", LAST="PERSON", P="PERSON", ADDR="STREET_ADDRESS", CITY="LOCATION", PHONE="PHONE_NUMBER",
                     EMAIL="EMAIL_ADDRESS", D="DATE_TIME", DOB="DATE_TIME")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("wE", 100), ("wF", 100)], 2840, 284, out)


if __name__ == "__main__":
    main()
