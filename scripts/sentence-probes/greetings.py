"""Usage: greetings.py PKG OUTDIR

Writes short messages in German, French, Italian, Spanish, Portuguese, Dutch, Swedish and Polish
(stop 24): a greeting of the language before a first name, and a sentence that opens with an
article or a possessive ("Il mio numero è …", "Mein Name ist …"), with phones and emails of each
locale. The names, phones and emails are labelled.

  gA.jsonl  development (read), 800 lines
  gB.jsonl  held out (other templates; only measured), 800 lines
"""
import probekit

T = {
    "de_DE": (["Hallo {FIRST}, meine Nummer ist {PHONE}.", "Liebe {FIRST}, mein Name ist {NAME} und meine E-Mail ist {EMAIL}."],
              ["Servus {FIRST}! Meine neue Handynummer: {PHONE}", "Moin {FIRST}, die Rechnung geht an {EMAIL}, Gruß {NAME}"]),
    "fr_FR": (["Bonjour {FIRST}, mon numéro est le {PHONE}.", "Salut {FIRST}, mon adresse e-mail est {EMAIL}. {NAME}"],
              ["Coucou {FIRST} ! Mon portable : {PHONE}", "Bonsoir {FIRST}, ma collègue {NAME} vous écrira depuis {EMAIL}."]),
    "it_IT": (["Ciao {FIRST}, il mio numero è {PHONE}.", "Buongiorno {FIRST}, il mio indirizzo email è {EMAIL}. Saluti, {NAME}"],
              ["Salve {FIRST}, la mia email è {EMAIL}", "Buonasera {FIRST}, il mio collega {NAME} ti chiama al {PHONE}."]),
    "es_ES": (["Hola {FIRST}, mi número es {PHONE}.", "Buenas {FIRST}, mi correo es {EMAIL}. Un saludo, {NAME}"],
              ["Hola {FIRST}! Mi móvil nuevo: {PHONE}", "Querida {FIRST}, mi compañera {NAME} te escribe desde {EMAIL}."]),
    "pt_PT": (["Olá {FIRST}, o meu número é {PHONE}.", "Oi {FIRST}, o meu email é {EMAIL}. Abraço, {NAME}"],
              ["Olá {FIRST}! O meu telemóvel: {PHONE}", "Bom dia {FIRST}, a minha colega {NAME} escreve de {EMAIL}."]),
    "nl_NL": (["Hoi {FIRST}, mijn nummer is {PHONE}.", "Beste {FIRST}, mijn e-mailadres is {EMAIL}. Groet, {NAME}"],
              ["Hallo {FIRST}! Mijn nieuwe nummer: {PHONE}", "Hoi {FIRST}, mijn collega {NAME} mailt je vanaf {EMAIL}."]),
    "sv_SE": (["Hej {FIRST}, mitt nummer är {PHONE}.", "Hej {FIRST}! Min e-post är {EMAIL}. Hälsningar, {NAME}"],
              ["Hejsan {FIRST}, mitt mobilnummer: {PHONE}", "Kära {FIRST}, min kollega {NAME} skriver från {EMAIL}."]),
    "pl_PL": (["Cześć {FIRST}, mój numer to {PHONE}.", "Witam {FIRST}, mój e-mail to {EMAIL}. Pozdrawiam, {NAME}"],
              ["Cześć {FIRST}! Mój nowy numer: {PHONE}", "Dzień dobry {FIRST}, moja koleżanka {NAME} napisze z {EMAIL}."]),
}


def draw(f, us):
    vals = dict(FIRST=f.first_name(), NAME=f.name(), PHONE=f.phone_number(), EMAIL=f.email())
    return vals, dict(FIRST="PERSON", NAME="PERSON", PHONE="PHONE_NUMBER", EMAIL="EMAIL_ADDRESS")


def main():
    pkg, out = probekit.args(__doc__)
    probekit.write_halves(probekit.faker_class(pkg), T, lambda loc: draw, [("gA", 100), ("gB", 100)], 2450, 245, out)


if __name__ == "__main__":
    main()
