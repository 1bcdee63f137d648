"""Usage: europrose.py PKG OUTDIR

Writes sentences of business and clinical prose in German, French, Spanish, Italian, Dutch,
Polish and Portuguese (stop 26): a person by an honorific of the language and the family name
("Herr Müller", "Madame Lefèvre", "el señor García", "Pan Kowalski"; the honorific is no part of
the span), full names, each country's address on one line, towns, dates of birth and of
appointments in the country's format, phones and emails of each locale.

  wA.jsonl  development (read), 700 lines
  wB.jsonl  held out (other templates; only measured), 700 lines
"""
import datetime, random

import probekit

T = {
    "de_DE": (["{HM} {LAST} wohnt in der {ADDR} und ist unter {PHONE} erreichbar.",
               "{HF} {LAST2} hat ihren Termin am {D} abgesagt.",
               "Bitte senden Sie die Unterlagen an {P}, {ADDR}.",
               "{P}, geboren am {DOB} in {CITY}, ist Kunde seit 2019.",
               "Rückruf an {HM} {LAST} unter {PHONE}, E-Mail {EMAIL}."],
              ["Sehr geehrte {HF} {LAST2}, vielen Dank für Ihre Nachricht vom {D}.",
               "Der Patient {P} (geb. {DOB}) wurde nach {CITY} überwiesen.",
               "Neue Anschrift von {HM} {LAST}: {ADDR}",
               "{P} ist telefonisch unter {PHONE} zu erreichen."]),
    "fr_FR": (["{HM} {LAST} habite au {ADDR} et on peut le joindre au {PHONE}.",
               "{HF} {LAST2} a annulé son rendez-vous du {D}.",
               "Merci d'envoyer le contrat à {P}, {ADDR}.",
               "{P}, né le {DOB} à {CITY}, est client depuis 2019.",
               "Rappeler {HM} {LAST} au {PHONE} ou par courriel à {EMAIL}."],
              ["Chère {HF} {LAST2}, merci pour votre message du {D}.",
               "Le patient {P} (né le {DOB}) a été transféré à {CITY}.",
               "Nouvelle adresse de {HM} {LAST} : {ADDR}",
               "On peut joindre {P} au {PHONE}."]),
    "es_ES": (["El {HM} {LAST} vive en {ADDR} y su teléfono es {PHONE}.",
               "La {HF} {LAST2} canceló su cita del {D}.",
               "Enviar la documentación a {P}, {ADDR}.",
               "{P}, nacido el {DOB} en {CITY}, es cliente desde 2019.",
               "Llamar al {HM} {LAST} al {PHONE} o escribir a {EMAIL}."],
              ["Estimada {HF} {LAST2}, gracias por su mensaje del {D}.",
               "El paciente {P} (nacido el {DOB}) fue trasladado a {CITY}.",
               "Nueva dirección del {HM} {LAST}: {ADDR}",
               "Se puede contactar con {P} en el {PHONE}."]),
    "it_IT": (["Il {HM} {LAST} abita in {ADDR} ed è raggiungibile al {PHONE}.",
               "La {HF} {LAST2} ha annullato l'appuntamento del {D}.",
               "Inviare i documenti a {P}, {ADDR}.",
               "{P}, nato il {DOB} a {CITY}, è cliente dal 2019.",
               "Richiamare il {HM} {LAST} al {PHONE} o scrivere a {EMAIL}."],
              ["Gentile {HF} {LAST2}, grazie per il suo messaggio del {D}.",
               "Il paziente {P} (nato il {DOB}) è stato trasferito a {CITY}.",
               "Nuovo indirizzo del {HM} {LAST}: {ADDR}",
               "{P} è raggiungibile al numero {PHONE}."]),
    "nl_NL": (["{HM} {LAST} woont op {ADDR} en is bereikbaar op {PHONE}.",
               "{HF} {LAST2} heeft haar afspraak van {D} geannuleerd.",
               "Stuur de documenten naar {P}, {ADDR}.",
               "{P}, geboren op {DOB} in {CITY}, is klant sinds 2019.",
               "Bel {HM} {LAST} terug op {PHONE} of mail naar {EMAIL}."],
              ["Beste {HF} {LAST2}, bedankt voor uw bericht van {D}.",
               "De patiënt {P} (geboren {DOB}) is overgeplaatst naar {CITY}.",
               "Nieuw adres van {HM} {LAST}: {ADDR}",
               "{P} is telefonisch bereikbaar op {PHONE}."]),
    "pl_PL": (["{HM} {LAST} mieszka pod adresem {ADDR} i jest dostępny pod numerem {PHONE}.",
               "{HF} {LAST2} odwołała wizytę z dnia {D}.",
               "Proszę wysłać dokumenty do: {P}, {ADDR}.",
               "{P}, data urodzenia {DOB}, miejscowość {CITY}, jest klientem od 2019 roku.",
               "Proszę oddzwonić: {HM} {LAST}, numer {PHONE}, e-mail {EMAIL}."],
              ["Szanowna {HF} {LAST2}, dziękujemy za wiadomość z dnia {D}.",
               "Pacjent {P} (ur. {DOB}) został przeniesiony, miejscowość: {CITY}.",
               "Nowy adres: {HM} {LAST}, {ADDR}",
               "Kontakt z {P} pod numerem {PHONE}."]),
    "pt_PT": (["O {HM} {LAST} mora na {ADDR} e o telefone é {PHONE}.",
               "A {HF} {LAST2} cancelou a consulta de {D}.",
               "Enviar os documentos para {P}, {ADDR}.",
               "{P}, nascido a {DOB} em {CITY}, é cliente desde 2019.",
               "Ligar ao {HM} {LAST} para o {PHONE} ou escrever para {EMAIL}."],
              ["Cara {HF} {LAST2}, obrigado pela sua mensagem de {D}.",
               "O doente {P} (nascido a {DOB}) foi transferido para {CITY}.",
               "Nova morada do {HM} {LAST}: {ADDR}",
               "Pode contactar {P} pelo {PHONE}."]),
}

HONORIFICS = {  # (men's, women's), as each language writes them before a family name
    "de_DE": (["Herr", "Herr Dr."], ["Frau", "Frau Dr."]),
    "fr_FR": (["Monsieur", "M."], ["Madame", "Mme"]),
    "es_ES": (["señor", "Sr."], ["señora", "Sra."]),
    "it_IT": (["signor", "dott."], ["signora", "dott.ssa"]),
    "nl_NL": (["De heer", "Meneer"], ["Mevrouw", "Mevr."]),
    "pl_PL": (["Pan", "Pan"], ["Pani", "Pani"]),
    "pt_PT": (["senhor", "Sr."], ["senhora", "Sra."]),
}

DATES = {"de_DE": "%d.%m.%Y", "fr_FR": "%d/%m/%Y", "es_ES": "%d/%m/%Y", "it_IT": "%d/%m/%Y", "nl_NL": "%d-%m-%Y",
         "pl_PL": "%d.%m.%Y", "pt_PT": "%d/%m/%Y"}


def drawer(loc):
    def draw(f, us):
        day = datetime.date(2024, 1, 1) + datetime.timedelta(days=random.randint(0, 700))
        born = datetime.date(1940, 1, 1) + datetime.timedelta(days=random.randint(0, 22000))
        men, women = HONORIFICS[loc]
        hm, hf = random.choice(men), random.choice(women)
        vals = dict(HM=hm, HF=hf, LAST=f.last_name(), LAST2=f.last_name(), P=f.name(), ADDR=f.address().replace("\n", ", "),
                    CITY=f.city(), PHONE=f.phone_number(), EMAIL=f.email(), D=day.strftime(DATES[loc]), DOB=born.strftime(DATES[loc]))
        types = dict(HM=None, HF=None, LAST="PERSON", LAST2="PERSON", P="PERSON", ADDR="STREET_ADDRESS", CITY="LOCATION",
                     PHONE="PHONE_NUMBER", EMAIL="EMAIL_ADDRESS", D="DATE_TIME", DOB="DATE_TIME")
        return vals, types
    return draw


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, drawer, [("wA", 100), ("wB", 100)], 2660, 266, out)


if __name__ == "__main__":
    main()
