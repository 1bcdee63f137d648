# "My number is", "call me at" and "Phone:" in 19 languages around each locale's Faker phone
# number (stop 29): three templates of our own per locale, forty numbers each, 2,280 sentences
# (pW.jsonl, development: its misses were read to write the phone cues of those languages).
import json, os, random, sys
pkg, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(pkg, "usr/lib/python3/dist-packages"))
from faker import Faker
T = {
    "it_IT": ["Ciao, il mio numero è {p}.", "Chiamami al {p} domani.", "Telefono: {p}"],
    "es_ES": ["Hola, mi número es {p}.", "Llámame al {p} mañana.", "Teléfono: {p}"],
    "fr_FR": ["Bonjour, mon numéro est le {p}.", "Appelez-moi au {p} demain.", "Téléphone : {p}"],
    "de_DE": ["Hallo, meine Nummer ist {p}.", "Ruf mich unter {p} an.", "Telefon: {p}"],
    "pt_PT": ["Olá, o meu número é {p}.", "Liga-me para o {p} amanhã.", "Telefone: {p}"],
    "pt_BR": ["Oi, meu número é {p}.", "Me liga no {p} amanhã.", "Telefone: {p}"],
    "nl_NL": ["Hoi, mijn nummer is {p}.", "Bel me op {p} morgen.", "Telefoon: {p}"],
    "pl_PL": ["Cześć, mój numer to {p}.", "Zadzwoń do mnie pod {p} jutro.", "Telefon: {p}"],
    "sv_SE": ["Hej, mitt nummer är {p}.", "Ring mig på {p} imorgon.", "Telefon: {p}"],
    "da_DK": ["Hej, mit nummer er {p}.", "Ring til mig på {p} i morgen.", "Telefon: {p}"],
    "no_NO": ["Hei, nummeret mitt er {p}.", "Ring meg på {p} i morgen.", "Telefon: {p}"],
    "cs_CZ": ["Ahoj, moje číslo je {p}.", "Zavolej mi na {p} zítra.", "Telefon: {p}"],
    "tr_TR": ["Merhaba, numaram {p}.", "Beni {p} numarasından ara.", "Telefon: {p}"],
    "el_GR": ["Γεια, ο αριθμός μου είναι {p}.", "Πάρε με στο {p} αύριο.", "Τηλέφωνο: {p}"],
    "uk_UA": ["Привіт, мій номер {p}.", "Подзвони мені на {p} завтра.", "Телефон: {p}"],
    "bg_BG": ["Здравей, номерът ми е {p}.", "Обади ми се на {p} утре.", "Телефон: {p}"],
    "hr_HR": ["Bok, moj broj je {p}.", "Nazovi me na {p} sutra.", "Telefon: {p}"],
    "sk_SK": ["Ahoj, moje číslo je {p}.", "Zavolaj mi na {p} zajtra.", "Telefón: {p}"],
    "lt_LT": ["Labas, mano numeris {p}.", "Paskambink man {p} rytoj.", "Telefonas: {p}"],
}
random.seed(7)
with open(os.path.join(out, "pW.jsonl"), "w") as o:
    for loc, ts in T.items():
        fk = Faker(loc)
        fk.seed_instance(11)
        for _ in range(40):
            for t in ts:
                p = fk.phone_number()
                text = t.format(p=p)
                k = text.index(p)
                o.write(json.dumps({"text": text, "spans": [{"type": "PHONE_NUMBER", "start": k, "end": k + len(p)}], "loc": loc}, ensure_ascii=False) + "\n")
