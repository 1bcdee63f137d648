"""Usage: nordprose.py PKG OUTDIR

Writes short business and clinical messages in Swedish, Danish, Norwegian, Finnish, Czech,
Hungarian and Romanian (stop 27): full names (family name first in Hungarian), a family name
after an honorific where the language uses one ("Pan Dvořák", "Domnul Popescu", "Kovács úr";
the honorific is no part of the span), each country's address on one line, towns, dates of birth
and of appointments in the country's format, phones and emails of each locale. Finnish and
Hungarian inflect names and towns by case; their templates put them after labels or in the
nominative, as forms and records do.

  wC.jsonl  development (read), 700 lines
  wD.jsonl  held out (other templates; only measured), 700 lines
"""
import datetime, random

import probekit

T = {
    "sv_SE": (["{P} bor på {ADDR} och nås på {PHONE}.",
               "Skicka papperen till {P}, {ADDR}.",
               "{P}, född {DOB} i {CITY}, är kund sedan 2019.",
               "Ring {FIRST} på {PHONE} eller mejla {EMAIL}.",
               "Patienten {P} har avbokat sin tid den {D}."],
              ["Hej {FIRST}, tack för ditt mejl!",
               "Ny adress för {P}: {ADDR}",
               "{P} flyttade till {CITY} i fjol.",
               "Kontaktperson: {P}, tel. {PHONE}"]),
    "da_DK": (["{P} bor på {ADDR} og kan kontaktes på {PHONE}.",
               "Send papirerne til {P}, {ADDR}.",
               "{P}, født {DOB} i {CITY}, har været kunde siden 2019.",
               "Ring til {FIRST} på {PHONE} eller skriv til {EMAIL}.",
               "Patienten {P} har aflyst sin tid den {D}."],
              ["Kære {FIRST}, tak for din besked.",
               "Ny adresse for {P}: {ADDR}",
               "{P} flyttede til {CITY} sidste år.",
               "Kontaktperson: {P}, tlf. {PHONE}"]),
    "no_NO": (["{P} bor i {ADDR} og kan nås på {PHONE}.",
               "Send papirene til {P}, {ADDR}.",
               "{P}, født {DOB} i {CITY}, har vært kunde siden 2019.",
               "Ring {FIRST} på {PHONE} eller send e-post til {EMAIL}.",
               "Pasienten {P} har avlyst timen sin {D}."],
              ["Hei {FIRST}, takk for e-posten din.",
               "Ny adresse for {P}: {ADDR}",
               "{P} flyttet til {CITY} i fjor.",
               "Kontaktperson: {P}, tlf. {PHONE}"]),
    "fi_FI": (["Nimi: {P}\nOsoite: {ADDR}\nPuhelin: {PHONE}",
               "Lähetä paperit: {P}, {ADDR}.",
               "{P} (syntynyt {DOB}) on ollut asiakas vuodesta 2019.",
               "Yhteyshenkilö {P}, puh. {PHONE}, sähköposti {EMAIL}.",
               "Potilas {P} perui aikansa {D}."],
              ["Hei {FIRST}, kiitos viestistäsi.",
               "Uusi osoite: {ADDR} ({P})",
               "Asiakas: {P}, syntymäpaikka {CITY}",
               "{P} soitti numerosta {PHONE}."]),
    "cs_CZ": (["{HM} {LAST} bydlí na adrese {ADDR} a je k zastižení na čísle {PHONE}.",
               "{HF} {LAST2} zrušila svůj termín {D}.",
               "Dokumenty zašlete na jméno {P}, {ADDR}.",
               "{P}, narozen {DOB}, místo narození: {CITY}.",
               "Kontakt: {P}, tel. {PHONE}, e-mail {EMAIL}."],
              ["Vážená paní {LAST2}, děkujeme za Vaši zprávu.",
               "Nová adresa: {ADDR} (pan {LAST})",
               "Pacient {P} byl převezen do nemocnice, bydliště {CITY}.",
               "{P} je k zastižení na čísle {PHONE}."]),
    "hu_HU": (["{P} a {ADDR} címen lakik, telefonszáma {PHONE}.",
               "{LAST} {HM} lemondta az időpontját ({D}).",
               "Kérjük, küldje a dokumentumokat {P} részére: {ADDR}.",
               "{P}, született {DOB}, születési hely: {CITY}.",
               "Kapcsolattartó: {P}, tel.: {PHONE}, e-mail: {EMAIL}"],
              ["Kedves {LAST2} {HF}, köszönjük levelét.",
               "Új cím: {ADDR} ({P})",
               "A beteg: {P}, lakhely: {CITY}.",
               "{P} telefonszáma: {PHONE}."]),
    "ro_RO": (["{HM} {LAST} locuiește la {ADDR} și poate fi contactat la {PHONE}.",
               "{HF} {LAST2} și-a anulat programarea din {D}.",
               "Trimiteți documentele către {P}, {ADDR}.",
               "{P}, născut la {DOB} în {CITY}, este client din 2019.",
               "Contact: {P}, tel. {PHONE}, e-mail {EMAIL}."],
              ["Stimată doamnă {LAST2}, vă mulțumim pentru mesaj.",
               "Adresa nouă a domnului {LAST}: {ADDR}",
               "Pacientul {P} a fost transferat la {CITY}.",
               "{P} poate fi contactat la {PHONE}."]),
}

# honorifics before (or, in Hungarian, after) a family name: (men's, women's)
HONORIFICS = {"cs_CZ": (["Pan"], ["Paní"]), "hu_HU": (["úr"], ["asszony"]), "ro_RO": (["Domnul"], ["Doamna"]),
              "sv_SE": ([""], [""]), "da_DK": ([""], [""]), "no_NO": ([""], [""]), "fi_FI": ([""], [""])}

DATES = {"sv_SE": "%Y-%m-%d", "da_DK": "%d-%m-%Y", "no_NO": "%d.%m.%Y", "fi_FI": "%d.%m.%Y", "cs_CZ": "%d. %m. %Y",
         "hu_HU": "%Y. %m. %d.", "ro_RO": "%d.%m.%Y"}


def drawer(loc):
    def draw(f, us):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
        men, women = HONORIFICS[loc]
        first, last = f.first_name(), f.last_name()
        p = f"{last} {first}" if loc == "hu_HU" else f"{first} {last}"
        vals = dict(HM=random.choice(men), HF=random.choice(women), FIRST=first, LAST=last, LAST2=f.last_name(), P=p,
                    ADDR=f.address().replace("\n", ", "), CITY=f.city(), PHONE=f.phone_number(), EMAIL=f.email(),
                    D=day.strftime(DATES[loc]), DOB=born.strftime(DATES[loc]))
        types = dict(HM=None, HF=None, FIRST="PERSON", LAST="PERSON", LAST2="PERSON", P="PERSON", ADDR="STREET_ADDRESS",
                     CITY="LOCATION", PHONE="PHONE_NUMBER", EMAIL="EMAIL_ADDRESS", D="DATE_TIME", DOB="DATE_TIME")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("wC", 100), ("wD", 100)], 2830, 283, out)


if __name__ == "__main__":
    main()
