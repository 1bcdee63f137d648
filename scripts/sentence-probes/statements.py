"""Statements and everyday records (stop 37): bank statements' lines in English and seven other
languages (payees and payers after a transfer's words, in capitals), payslips, pharmacy labels,
tickets, tables, reminders, attendance lists, receipts, reviews, referral letters and vet and
hotel records, with names of Faker's locales. Writes pS.jsonl (development: the forms read while
writing stop 37's rules) and pT.jsonl (held out: other forms of the same kinds, other seeds,
written after those rules and measured only), each line labelled with its form ("form") for a
reading by form."""
import datetime, random
from probekit import args, faker_class, write_groups

P = "PERSON"
# (locales, forms): the development half
DEV = [
    (["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN"], [
        "{D} FASTER PAYMENT TO {UNAME} REF RENT {AMT}",
        "{D}  ZELLE PAYMENT TO {UNAME} Conf# {NUM}  -{AMT}",
        "{D} VENMO *{UNAME} PAYMENT {AMT}",
        "{D}\tBACS CREDIT FROM {UNAME} SALARY\t{AMT}",
        "{D} STANDING ORDER {UNAME} POCKET MONEY {AMT}",
        "{D} TFR TO {UINIT} SAVINGS {AMT}",
        "{D} PAYPAL *{UGLUED} 4029357733 {AMT}",
        "Transfer to {NAME} - £{AMT}",
        "{D} Online Transfer from {NAME} ref #{NUM} {AMT}",
        "PAYSLIP  Employee: {NAME}  Employee No: {NUM}  Tax code: 1257L  Pay date: {D}",
        "EMPLOYEE: {FAM}, {GIV}   DEPT: FINANCE   NET PAY: {AMT}",
        "Rx# {NUM}  {UNAME}\nTAKE 1 TABLET BY MOUTH DAILY\nDr. {FAM2}  Qty: 30  Refills: 2",
        "Patient: {NAME} | Pharmacist: {NAME2} | Filled {D}",
        "Assignee: {NAME}\nReporter: {NAME2}\nPriority: High",
        "Created by {NAME} on {D}. Last updated by {NAME2}.",
        "first_name\tlast_name\temail\n{GIV}\t{FAM}\tx@example.com",
        "| Name | Role |\n|---|---|\n| {NAME} | Engineer |\n| {NAME2} | Manager |",
        "Hi {GIV}, this is a reminder of your appointment with Dr {FAM2} on {D} at 10:30. Reply C to confirm.",
        "{GIV}, your order is out for delivery to {STREET}. Track: example.com/t/123",
        "Attendees: {NAME}, {NAME2}, {NAME3}",
        "1. {NAME} – 12 pts\n2. {NAME2} – 10 pts",
        "Served by: {GIV}  Till 4  {D}",
        "Reviewed by {GIV} {INIT}. from {CITY}",
        "Owner: {NAME}\nPet: Bella (cat)\nVet: Dr {FAM2}",
    ]),
    (["de_DE"], ["{D} ÜBERWEISUNG AN {UNAME} MIETE {AMT}", "{D} GUTSCHRIFT VON {UNAME} {AMT}"]),
    (["fr_FR"], ["{D} VIR SEPA RECU DE M {UNAME} LOYER {AMT}", "{D} VIREMENT EN FAVEUR DE {UNAME} {AMT}"]),
    (["es_ES"], ["{D} TRANSFERENCIA A FAVOR DE {UNAME} {AMT}", "{D} BIZUM DE {UNAME} CONCEPTO CENA {AMT}"]),
    (["pt_BR"], ["{D} PIX RECEBIDO {UNAME} {AMT}", "{D} PIX ENVIADO - {UNAME} {AMT}", "TED RECEBIDA {UNAME} {AMT}"]),
    (["it_IT"], ["{D} BONIFICO A FAVORE DI {UNAME} {AMT}", "{D} BONIFICO DA {UNAME} AFFITTO {AMT}"]),
    (["nl_NL"], ["{D} OVERBOEKING NAAR {UNAME} {AMT}", "{D} TIKKIE {UNAME} {AMT}"]),
    (["pl_PL"], ["{D} PRZELEW DO {UNAME} CZYNSZ {AMT}", "{D} PRZELEW OD {UNAME} {AMT}"]),
]
# the held-out half: other forms of the same kinds
HELD = [
    (["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN"], [
        "{D} INTERNET TRANSFER TO {UNAME} REF BIRTHDAY {AMT}",
        "{D} MOBILE PAYMENT FROM {UNAME} {AMT}",
        "{D} Zelle payment from {NAME} for \"dinner\"; Conf# {NUM}",
        "{D} CASH APP*{UNAME} {AMT}",
        "{D} BANK GIRO CREDIT REF {UNAME} {AMT}",
        "{D} DIRECT CREDIT {UNAME} EXPENSES {AMT}",
        "Payee: {UNAME}\nSort code: 20-00-00  Account: 55779911",
        "Pay slip for {NAME}, period ending {D}. Net pay {AMT}.",
        "RX FOR: {UFAM}, {UGIV}\nQTY 30  REFILLS 1",
        "Ticket #{NUM} opened by {NAME}; assigned to {NAME2}.",
        "id,first,last,email\n1,{GIV},{FAM},x@example.com",
        "- {NAME}\n- {NAME2}\n- {NAME3}",
        "Dear {GIV}, your table for 4 at 7pm on {D} is confirmed.",
        "Your server today: {GIV}. Thank you!",
        "5 stars - {GIV} {INIT}., {CITY}",
        "Client: {NAME} (DOB {D})",
    ]),
    (["de_DE"], ["{D} DAUERAUFTRAG AN {UNAME} {AMT}", "{D} Echtzeitüberweisung an {NAME} {AMT}"]),
    (["fr_FR"], ["{D} VIREMENT DE {UNAME} {AMT}", "{D} VIR INST RECU DE MME {UNAME} {AMT}"]),
    (["es_ES"], ["{D} BIZUM A {UNAME} REGALO {AMT}", "{D} TRANSFERENCIA DE {UNAME} {AMT}"]),
    (["pt_BR"], ["{D} TRANSFERENCIA RECEBIDA {UNAME} {AMT}", "{D} PIX ENVIADO {UNAME} {AMT}"]),
    (["it_IT"], ["{D} BONIFICO RICEVUTO DA {UNAME} {AMT}", "{D} GIROCONTO A {UNAME} {AMT}"]),
    (["nl_NL"], ["{D} OVERBOEKING VAN {UNAME} HUUR {AMT}", "{D} OVERSCHRIJVING NAAR {NAME} {AMT}"]),
    (["pl_PL"], ["{D} PRZELEW NA TELEFON {UNAME} {AMT}", "{D} PRZELEW NA RACHUNEK {UNAME} {AMT}"]),
]


# dates from a fixed span, so that a run writes the same lines any day (Faker's date() ends today)
FIRST, LAST = datetime.date(1950, 1, 1), datetime.date(2025, 12, 31)


def draw(f):
    n = [(f.first_name(), f.last_name()) for _ in range(3)]
    v = dict(NAME="%s %s" % n[0], NAME2="%s %s" % n[1], NAME3="%s %s" % n[2], GIV=n[0][0], FAM=n[0][1], FAM2=n[1][1],
             INIT=n[0][1][0], UNAME=("%s %s" % n[0]).upper(), UGLUED=(n[0][0] + n[0][1]).upper().replace(" ", ""),
             UINIT=("%s %s" % (n[0][0][0], n[0][1])).upper(), UFAM=n[0][1].upper(), UGIV=n[0][0].upper(),
             D=f.date_between(start_date=FIRST, end_date=LAST).strftime(random.choice(["%d %b", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d %b %Y"])),
             AMT="%d.%02d" % (random.randint(5, 2000), random.randint(0, 99)), NUM=str(random.randint(100000, 99999999)),
             CITY=f.city(), STREET=f.street_address())
    t = {k: P for k in v}
    t.update(D=None, AMT=None, NUM=None, INIT=None, CITY="LOCATION", STREET="STREET_ADDRESS")
    return v, t


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write_groups(Faker, draw, out, "pS", DEV, 37, 60)
    write_groups(Faker, draw, out, "pT", HELD, 73, 60)


if __name__ == "__main__":
    main()
