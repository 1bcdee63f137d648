"""Forms, headers and rotas (stop 37): forwarded mails' header blocks in eight languages, name
fields of eight languages' forms, and English records that name people by their given name alone
(rotas, ward handovers, bookings, score lists, families), with Faker's names of each language.
Writes fW.jsonl (development: the forms read while writing stop 37's rules) and fX.jsonl (held
out: other forms of the same kinds, other seeds, written after those rules and measured only);
each line keeps its form."""
import datetime, random
from probekit import args, faker_class, write_groups

EN = ["en_US", "en_GB", "en_AU", "en_IE", "en_CA"]
DEV = [
    (["de_DE"], ["Von: {NAME} <{EMAIL}>\nGesendet: Montag, 3. März 2025 10:12\nAn: {NAME2}\nBetreff: Rechnung",
                 "Name: {UFAM}, Vorname: {GIV}\nGeburtsdatum: {D}", "Familienname: {FAM}\nVornamen: {GIV} {GIV2}"]),
    (["fr_FR"], ["De : {NAME} <{EMAIL}>\nEnvoyé : lundi 3 mars 2025 10:12\nÀ : {NAME2}\nObjet : Facture",
                 "Nom : {UFAM}  Prénom : {GIV}\nNé(e) le : {D}", "Nom d'usage : {FAM} ; Prénoms : {GIV}, {GIV2}"]),
    (["es_ES"], ["De: {NAME} <{EMAIL}>\nEnviado: lunes, 3 de marzo de 2025 10:12\nPara: {NAME2}\nAsunto: Factura",
                 "Apellidos: {UFAM} {UFAM2}  Nombre: {UGIV}", "Primer apellido: {FAM}\nSegundo apellido: {FAM2}\nNombre: {GIV}"]),
    (["it_IT"], ["Da: {NAME} <{EMAIL}>\nInviato: lunedì 3 marzo 2025 10:12\nA: {NAME2}\nOggetto: Fattura",
                 "Cognome: {UFAM}  Nome: {UGIV}", "Cognome e nome: {FAM} {GIV}"]),
    (["nl_NL"], ["Van: {NAME} <{EMAIL}>\nVerzonden: maandag 3 maart 2025 10:12\nAan: {NAME2}\nOnderwerp: Factuur",
                 "Geslachtsnaam: {UFAM}\nVoornaam: {UGIV}", "Achternaam: {FAM}  Voornamen: {GIV} {GIV2}"]),
    (["pt_BR"], ["De: {NAME} <{EMAIL}>\nEnviada em: segunda-feira, 3 de março de 2025 10:12\nPara: {NAME2}\nAssunto: Fatura",
                 "Nome completo: {UGIV} {UFAM} {UFAM2}", "Requerente: {UGIV} {UFAM}"]),
    (["sv_SE"], ["Från: {NAME} <{EMAIL}>\nSkickat: den 3 mars 2025 10:12\nTill: {NAME2}\nÄmne: Faktura",
                 "Efternamn: {FAM}  Förnamn: {GIV}", "Sökande: {FAM}, {GIV}"]),
    (["pl_PL"], ["Od: {NAME} <{EMAIL}>\nWysłano: poniedziałek, 3 marca 2025 10:12\nDo: {NAME2}\nTemat: Faktura",
                 "Nazwisko: {UFAM}  Imię: {UGIV}", "Wnioskodawca: {FAM} {GIV}"]),
    (EN, ["Table 5: {FAM} x4, 19:30\nTable 7: {FAM2} x2, 20:00", "Mon: {GIV}, {GIV2}\nTue: {GIV3}", "Rota – early: {GIV}; late: {GIV2}; night: {GIV3}",
          "{GIV} – 3 goals\n{GIV2} – 2 goals\n{GIV3} – 1 goal", "Babysitter: {GIV} (07700 900456)", "Kids: {GIV} (8), {GIV2} (5) and {GIV3} (2)",
          "Handover: {GIV} (RN) to {GIV2} (RN) at 19:00", "Bed 4: Mrs {FAM}, 82. Family ({GIV2}) visiting."]),
]
HELD = [
    (["de_DE"], ["Von: {NAME}\nGesendet: Freitag, 7. März 2025 08:40\nAn: {NAME2}; {NAME3}\nBetreff: AW: Termin", "Nachname: {UFAM}\nVorname(n): {GIV}"]),
    (["fr_FR"], ["De : {NAME}\nDate : vendredi 7 mars 2025 08:40\nÀ : {NAME2}\nObjet : RE: rendez-vous", "NOM : {UFAM}\nPRÉNOM : {UGIV}"]),
    (["es_ES"], ["De: {NAME}\nFecha: viernes, 7 de marzo de 2025 8:40\nPara: {NAME2}\nAsunto: RE: cita", "Nombre y apellidos: {GIV} {FAM} {FAM2}"]),
    (["it_IT"], ["Da: {NAME}\nData: venerdì 7 marzo 2025 08:40\nA: {NAME2}\nOggetto: R: appuntamento", "Richiedente: {UFAM} {UGIV}"]),
    (["nl_NL"], ["Van: {NAME}\nDatum: vrijdag 7 maart 2025 08:40\nAan: {NAME2}\nOnderwerp: RE: afspraak", "Naam aanvrager: {GIV} {FAM}"]),
    (["pt_BR"], ["De: {NAME}\nData: sexta-feira, 7 de março de 2025 08:40\nPara: {NAME2}\nAssunto: RES: reunião", "Sobrenome: {UFAM}\nNome: {UGIV}"]),
    (["sv_SE"], ["Från: {NAME}\nDatum: fredag 7 mars 2025 08:40\nTill: {NAME2}\nÄmne: SV: möte", "Förnamn: {GIV}\nEfternamn: {FAM}"]),
    (["pl_PL"], ["Od: {NAME}\nData: piątek, 7 marca 2025 08:40\nDo: {NAME2}\nTemat: RE: spotkanie", "Imię i nazwisko: {GIV} {FAM}"]),
    (EN, ["Table 3 – {FAM} (6), 18:45\nTable 9 – {FAM2} (2), 21:00", "Sat: {GIV} & {GIV2}\nSun: {GIV3}", "On call – days: {GIV}; nights: {GIV2}",
          "1st {GIV}, 2nd {GIV2}, 3rd {GIV3}", "Emergency contact: {GIV2} (07700 900789)", "Children: {GIV} (11), {GIV2} (7)",
          "Shift lead: {GIV} (HCA); relief: {GIV2} (RN)", "Ward 3: Mr {FAM}, 77. Daughter ({GIV2}) phoned."]),
]


# dates from a fixed span, so that a run writes the same lines any day (Faker's date() ends today)
FIRST, LAST = datetime.date(1950, 1, 1), datetime.date(2025, 12, 31)


def draw(f):
    n = [(f.first_name(), f.last_name()) for _ in range(3)]
    vals = dict(NAME="%s %s" % n[0], NAME2="%s %s" % n[1], NAME3="%s %s" % n[2], GIV=n[0][0], GIV2=n[1][0], GIV3=n[2][0], FAM=n[0][1],
                FAM2=n[1][1], UFAM=n[0][1].upper(), UFAM2=n[1][1].upper(), UGIV=n[0][0].upper(), EMAIL=f.email(), D=f.date_between(start_date=FIRST, end_date=LAST).strftime("%d/%m/%Y"))
    types = {k: "PERSON" for k in vals}
    types.update(EMAIL="EMAIL_ADDRESS", D=None)
    return vals, types


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write_groups(Faker, draw, out, "fW", DEV, 37, 40)
    write_groups(Faker, draw, out, "fX", HELD, 73, 40)


if __name__ == "__main__":
    main()
