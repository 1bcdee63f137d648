"""Payment and travel messages (stop 39): what a treasury or payments developer, a travel
agency's developer or a support agent pastes for a model to explain or fix: SWIFT MT messages'
party fields (free-format and structured), ISO 20022 XML (pain.001, pacs.008, camt.053) with
parties' names, postal addresses, birth dates and accounts, NACHA ACH files' entry records,
reservations (PNRs) as Sabre and Amadeus show them with their name elements and special service
requests (DOCS, DOCA, DOCO, CTCE, CTCM, FOID), UN/EDIFACT PAXLST passenger lists, statements'
information lines, cheques' MICR lines, directories' entries, card processing's records (ISO 8583
fields, EMV tags), QR codes' payloads (GiroCode, Swiss QR-bill, MECARD, UPI) and shipping
labels' ZPL code, platforms' JSON, positions' formats, tax forms, personal finance files and pharmacy claims; with names and addresses of Faker's locales. Writes mP.jsonl (development: the
forms read while writing stop 39's readers) and mQ.jsonl (held out: other messages and layouts
of the same kinds, other seeds, written after those readers and measured only), each line
labelled with its form
("form") for a reading by form; and mPc.jsonl and mQc.jsonl, forty texts of forty of each half's
lines joined, for the readers that read a format's next lines."""
import datetime, random, unicodedata, urllib.parse
from probekit import args, concatenate, faker_class, write_groups

P, ORG, DOB, ID, PP = "PERSON", "ORGANIZATION", "DATE_OF_BIRTH", "ID_NUMBER", "PASSPORT"
ST, LOC, ZIP, ACCT, IBAN = "STREET_ADDRESS", "LOCATION", "ZIP_CODE", "US_BANK_NUMBER", "IBAN_CODE"
GEO = "GEO_COORDINATES"

EU = ["en_GB", "de_DE", "nl_NL", "fr_FR", "it_IT", "es_ES"]
DEV = [
    (EU, [
        "Why was this MT103 rejected?\n{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\n:20:{REF}\n:23B:CRED\n:32A:231106EUR{AMT}\n"
        ":50K:/{IBAN}\n{UNAME}\n{USTREET}\n{PC} {UCITY}\n:52A:BANKBEBB\n:59:/{IBAN2}\n{UNAME2}\n{USTREET2}\n{PC2} {UCITY2}\n:70:INVOICE {INV}\n:71A:SHA\n-}",
        "field 50F fails the network check:\n:50F:/{IBAN}\n1/{UNAME}\n2/{USTREET}\n3/{CC}/{UCITY}\n4/{DOB8}\n:59:/{NUMACCT}\n{UNAME2}\n{USTREET2}",
        "<CdtTrfTxInf>\n  <PmtId><EndToEndId>{REF}</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">{AMT}</InstdAmt></Amt>\n  <Cdtr>\n    <Nm>{NAME}</Nm>\n"
        "    <PstlAdr>\n      <StrtNm>{STRNM}</StrtNm>\n      <BldgNb>{BLDG}</BldgNb>\n      <PstCd>{PC}</PstCd>\n      <TwnNm>{CITY}</TwnNm>\n"
        "      <Ctry>{CC}</Ctry>\n    </PstlAdr>\n  </Cdtr>\n  <CdtrAcct><Id><IBAN>{IBAN}</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Invoice {INV}</Ustrd></RmtInf>\n</CdtTrfTxInf>",
    ]),
    (["en_US"], [
        "ACH file fails validation at line 3:\n{BATCH}\n6{TC}{RT}{NUMACCT}{AP}{AMT10}{EID}{EP}{ACHNAME}{NP}  0{TRACE}\n6{TC}{RT2}{NUMACCT2}{AP2}{AMT10}{EID2}{EP2}{ACHNAME2}{NP2}  0{TRACE2}",
        "Can you read this PNR?\n 1.1{PNRNAME}MR 2.1{PNRNAME2}MRS\n 1 BA 117Y 12DEC LHRJFK HK2 1125 1410\nSSR DOCS BA HK1/P/GBR/{PASSNO}/GBR/{DOBMON}/M/{EXPMON}/{PNRNAME}\n"
        "SSR CTCE BA HK1/{CTCE}\nSSR CTCM BA HK1/{MSISDN}\nRECORD LOCATOR {PNR}",
        "UNH+1+PAXLST:D:02B:UN:IATA'BGM+745'NAD+FL+++{EDINAME}+{USTREET}+{UCITY}++{ZIP}+USA'ATT+2++M'DTM+329:{DOB6}'LOC+178+JFK'LOC+179+LHR'"
        "NAT+2+USA'RFF+AVF:{PNR}'DOC+P:110:111+{PASSNO}'DTM+36:{EXP6}'LOC+91+USA'CNT+42:1'UNT+13+1'",
    ]),
    # statements' information lines, cheques' MICR lines, directories' entries
    (["de_DE", "nl_NL", "en_US"], [
        ":61:2311061106C{AMT}NTRFNONREF//{REF}\n:86:166?00SEPA-UEBERWEISUNG?20EREF+{INV}?21SVWZ+Rechnung {INV}?30COBADEFFXXX?31{IBAN}?32{NAME}\n:62F:C231106EUR{AMT}",
        ":86:/TRTP/SEPA OVERBOEKING/IBAN/{IBAN}/BIC/RABONL2U/NAME/{UNAME}/REMI/Factuur {INV}/EREF/NOTPROVIDED",
        "MICR line from the scan: \u2446{RT}\u2446 {NUMACCT}\u2448 {CHK}",
        "dn: uid={LOGIN},ou=people,dc=example,dc=org\ncn: {NAME}\nsn: {FAM}\ngivenName: {GIV}\nuid: {LOGIN}\nmail: {EMAIL}",
    ]),
    # card processing's records: a switch's ISO 8583 fields, a terminal's EMV tags; PNRGOV's traveller
    (["en_US", "en_GB", "de_DE"], [
        "ISO8583 request:\nMTI: 0100\nDE002: {PAN}\nDE003: 000000\nDE004: 000000012500\nDE014: {CEXP4}\nDE035: {TRACK2}\nDE045: {TRACK1}",
        "EMV tags: 5A 08 {PAN} 5F24 03 {CEXP6} 5F20 {NAMELEN} {CARDNAME} 57 13 {CHIPT2} 9F02 06 000000001000",
        "TIF+{UFAM}+{UGIV} MR:A'SSR+DOCS:HK:1:BA:::::/P/GBR/{PASSNO}/GBR/{DOBMON}/M/{EXPMON}/{PNRNAME}'",
    ]),
    # QR codes' payloads and shipping labels' ZPL code
    (["de_DE", "de_CH", "en_IN"], [
        "Decoded GiroCode:\nBCD\n002\n1\nSCT\nCOBADEFFXXX\n{NAME}\n{IBAN}\nEUR{AMTDOT}\n\n\nRechnung {INV}",
        "SPC\n0200\n1\n{IBAN}\nS\n{NAME}\n{STRNM}\n{BLDG}\n{PC}\n{CITY}\nCH\n\n\n\n\n\n\n\n{AMTDOT}\nCHF\nS\n{NAME2}\n{STRNM}\n{BLDG}\n{PC2}\n{CITY2}\nCH\nNON\n\n{INV}\nEPD",
        "MECARD:N:{FAM},{GIV};TEL:{PHONE};EMAIL:{EMAIL};;",
        "^XA\n^FO50,50^A0N,40,40^FDShip to: {NAME}^FS\n^FO50,100^A0N,30,30^FD{STREET}^FS\n^FO50,140^A0N,30,30^FD{CITY} {PC}^FS\n^XZ",
        "upi://pay?pa={LOGIN}@okaxis&pn={UPINAME}&am={AMTDOT}&cu=INR",
    ]),
    # identity and security records: Windows' events, SAML assertions, OpenID Connect's claims
    (["en_US", "en_GB", "pl_PL"], [
        '<EventData><Data Name="SubjectUserName">WS{INV}$</Data><Data Name="TargetUserName">{LOGIN}</Data><Data Name="TargetDomainName">CORP</Data>'
        '<Data Name="IpAddress">10.20.30.41</Data></EventData>',
        '<saml:AttributeStatement><saml:Attribute Name="givenName"><saml:AttributeValue>{GIV}</saml:AttributeValue></saml:Attribute>'
        '<saml:Attribute Name="sn"><saml:AttributeValue>{FAM}</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>',
        '{"sub":"{INV}","name":"{NAME}","preferred_username":"{LOGIN}","email":"{EMAIL}"}',
    ]),
    # payment, CRM, messaging and bank-data platforms' JSON and webhooks
    (["en_US", "en_GB", "nl_NL"], [
        '{"billing_details":{"address":{"city":"{CITY}","country":"{CC}","line1":"{STREET}","line2":"{LINE2}","postal_code":"{PC}"},"email":"{EMAIL}","name":"{NAME}","phone":"{PHONE}"}}',
        '{"attributes":{"type":"Contact"},"FirstName":"{GIV}","LastName":"{FAM}","MailingStreet":"{STREET}","MailingCity":"{CITY}","MailingPostalCode":"{PC}","Birthdate":"{DOBISO}"}',
        "From=%2B{MSISDN}&Body=Hi+this+is+{GIVPLUS}&FromCity={CITYPLUS}&FromZip={PC}",
        '{"owners":[{"names":["{NAME}"],"addresses":[{"data":{"street":"{STREET}","city":"{CITY}","postal_code":"{PC}"}}]}]}',
    ]),
    # positions: a location history, a GPS receiver's sentences, a photo's metadata
    (["en_US", "de_DE", "fr_FR"], [
        '{"placeVisit":{"location":{"latitudeE7":{LATE7},"longitudeE7":{LONE7},"address":"{STREET}, {CITY}"}}}',
        "$GPGGA,123519,{NMEALAT},{NMEALON},1,08,0.9,545.4,M,46.9,M,,*47",
        "Artist                          : {NAME}\nGPS Latitude                    : {EXIFLAT}\nGPS Longitude                   : {EXIFLON}",
    ]),
    # tax and government forms: a W-2 read by OCR, the IRS's e-file XML
    (["en_US"], [
        "a Employee's social security number\n{SSN}\nb Employer identification number (EIN)\n12-3456789\nc Employer's name, address, and ZIP code\nACME CORP\n"
        "e Employee's first name and initial Last name\n{UNAME}\nf Employee's address and ZIP code\n{USTREET}\n{UCITY} IL {ZIP}",
        "<Filer><PrimarySSN>{SSNBARE}</PrimarySSN><NameLine1Txt>{UNAME}</NameLine1Txt><USAddress><AddressLine1Txt>{USTREET}</AddressLine1Txt>"
        "<CityNm>{UCITY}</CityNm><StateAbbreviationCd>IL</StateAbbreviationCd><ZIPCd>{ZIP}</ZIPCd></USAddress><PhoneNum>{PHONEBARE}</PhoneNum></Filer>",
    ]),
    # personal finance files: a bank's OFX download, Quicken's QIF
    (["en_US", "en_GB"], [
        "<BANKACCTFROM>\n<BANKID>{RT}\n<ACCTID>{NUMACCT}\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20231106\n"
        "<TRNAMT>-125.00\n<NAME>{UNAME}\n</STMTTRN>",
        "!Type:Bank\nD11/06/2023\nT-125.00\nP{NAME}\nMRent November\n^\nD11/07/2023\nT2500.00\nP{NAME2}\n^",
    ]),
    # pharmacy claims: NCPDP's Telecommunication Standard, raw
    (["en_US"], [
        "610066D0B1          1011234567893     20231106          \x1e\x1cAM04\x1cC2{MEMBER}\x1cCC{UGIV}\x1cCD{UFAM}\x1e\x1cAM01\x1cC4{DOB8}"
        "\x1cC52\x1cCA{UGIV}\x1cCB{UFAM}\x1cCM{USTREET}\x1cCN{UCITY}\x1cCOIL\x1cCP{ZIP}\x1cCQ{PHONEBARE}\x1e\x1cAM07\x1cEM1\x1cD2{RXNO}",
    ]),
]
# the held-out half: other messages and layouts of the same kinds
HELD = [
    (["en_GB", "de_DE", "fr_FR", "nl_NL", "pl_PL", "en_IE"], [
        '{"level":"error","msg":"MT101 validation failed","raw":":20:{REF}\\n:28D:1/1\\n:50H:/{IBAN}\\n{UNAME}\\n{USTREET}\\n{PC} {UCITY}\\n:30:231107\\n'
        ':21:{INV}\\n:32B:EUR{AMT}\\n:59:/{IBAN2}\\n{UNAME2}\\n{USTREET2}\\n{UCITY2}\\n:71A:OUR"}',
        "<ns2:Dbtr><ns2:Nm>{NAME}</ns2:Nm><ns2:PstlAdr><ns2:AdrLine>{STREET}</ns2:AdrLine><ns2:AdrLine>{PC} {CITY}</ns2:AdrLine></ns2:PstlAdr>"
        "<ns2:Id><ns2:PrvtId><ns2:DtAndPlcOfBirth><ns2:BirthDt>{DOBISO}</ns2:BirthDt><ns2:CityOfBirth>{CITY2}</ns2:CityOfBirth><ns2:CtryOfBirth>{CC}</ns2:CtryOfBirth>"
        "</ns2:DtAndPlcOfBirth></ns2:PrvtId></ns2:Id></ns2:Dbtr><ns2:DbtrAcct><ns2:Id><ns2:IBAN>{IBAN}</ns2:IBAN></ns2:Id></ns2:DbtrAcct>",
        "camt.053 entry the reconciliation skipped:\n<Ntry><Amt Ccy=\"EUR\">{AMT}</Amt><CdtDbtInd>CRDT</CdtDbtInd><NtryDtls><TxDtls><RltdPties><Dbtr><Pty>"
        "<Nm>{NAME}</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>{IBAN}</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>{INV}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>",
        ":50F:NIDN/{CC}/{NATID}\n1/{UNAME}\n2/{USTREET}\n3/{CC}/{PC} {UCITY}\n5/{CC}/{UCITY2}\n:59F:/{NUMACCT}\n1/{UNAME2}\n2/{USTREET2}\n3/{CC}/{UCITY2}",
    ]),
    (["en_US"], [
        "```\n{BATCH}\n6{TC}{RT}{NUMACCT}{AP}{AMT10}{EID}{EP}{ACHNAME}{NP}  0{TRACE}\n6{TC}{RT2}{NUMACCT2}{AP2}{AMT10}{EID2}{EP2}{ACHNAME2}\n```",
        "RP/NYC1S2100/NYC1S2100            AA/SU  12NOV24/1453Z   {PNR}\n  1.{PNRNAME} MR   2.{PNRNAME2} MRS\n"
        "  3  DL 402 Y 14DEC 6 JFKCDG HK2  1730 0715+1 *1A/E*\n  4 AP {PHONE}\n  5 APE {EMAIL}\n"
        "  6 SRDOCS DL HK1-P-USA-{PASSNO}-USA-{DOBMON}-M-{EXPMON}-{AMANAME}/P1\n  7 SRDOCA DL HK1-R-USA-{USTREET}-{UCITY}-NY-{ZIP}/P1",
        "UNB+UNOA:4+AIRLINE1+USCSAPIS+231212:1200+000000001'\nUNH+PAX001+PAXLST:D:05B:UN:IATA+API01+01'\nNAD+FM+++{EDINAME3}'\nATT+2++F'\n"
        "DTM+329:{DOB6}'\nLOC+180+USA:::{UCITY}'\nNAT+2+USA'\nDOC+P:110:111+{PASSNO}'\nDTM+36:{EXP6}'\nLOC+91+USA'",
        "SSR FOID AA HK1/PP{PASSNO}-1.1{PNRNAME}\nSSR DOCO AA HK1/{UCITY} USA/V/{VISANO}/{UCITY2}/{ISSMON}/USA",
    ]),
    (["de_DE", "nl_NL", "en_US"], [
        ":86:105?00SEPA-LASTSCHRIFT?20EREF+{INV}?21MREF+M-{INV}?22SVWZ+Beitrag\n?23ABWA+{NAME}?30GENODEF1S04?31{IBAN}?32{NAME2}",
        ":86:/CNTP/{IBAN}/ABNANL2A/{NAME}/{CITY}///REMI/USTD//huur/",
        "\u2448{CHK}\u2448 \u2446{RT}\u2446 {NUMACCT}\u2448",
        "DistinguishedName : CN={NAME},OU=Users,DC=corp,DC=example,DC=com\nGivenName         : {GIV}\nSamAccountName    : {LOGIN}\n"
        "Surname           : {FAM}\nUserPrincipalName : {LOGIN}@corp.example.com",
    ]),
    (["en_US", "en_GB", "de_DE"], [
        "Field 2 (PAN): {PAN}\nField 14 (Expiry): {CEXP4}\nField 45 (Track 1): {TRACK1}\nField 52 (PIN Data): {PINBLOCK}",
        "[5F20] Cardholder Name: {CARDNAME}\n[5F24] Application Expiration Date: {CEXP6}\n[57] Track 2 Equivalent Data: {CHIPT2}",
        "5F20: {CARDHEX}\n57: {CHIPT2}",
        '{"ts":"2024-11-05T10:22:01Z","level":"debug","iso":{"f2":"{PAN}","f14":"{CEXP4}","f35":"{TRACK2}"}}',
    ]),
    (["fr_CH", "de_AT", "en_IN"], [
        '{"qr":"BCD\\n001\\n1\\nSCT\\n\\n{NAME}\\n{IBAN}\\nEUR{AMTDOT}"}',
        "SPC\n0200\n1\n{IBAN}\nK\n{NAME}\n{STREET}\n{PC} {CITY}\n\n\nCH\n\n\n\n\n\n\n\n\nCHF\nK\n{NAME2}\n{STREET2}\n{PC2} {CITY2}\n\n\nCH\nNON\n\n\nEPD",
        "^XA^FO20,20^FD{NAME}^FS^FO20,60^FD{STREET}^FS^FO20,100^FD{PC} {CITY}^FS^XZ",
        "MECARD:N:{FAM},{GIV};ADR:{STREET},{CITY};BDAY:{DOB8};;",
        "pay me here: upi://pay?pn={UPINAME}&pa={LOGIN}@ybl&cu=INR",
    ]),
    (["en_US", "en_GB", "pl_PL"], [
        "An account failed to log on.\n\nAccount For Which Logon Failed:\n\tSecurity ID:\t\tNULL SID\n\tAccount Name:\t\t{LOGIN}\n\tAccount Domain:\t\tCORP",
        '<Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname"><AttributeValue>{GIV}</AttributeValue></Attribute>\n'
        '<Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"><AttributeValue>{FAM}</AttributeValue></Attribute>',
        '<patient><name><given>{GIV}</given><family>{FAM}</family></name><administrativeGenderCode code="F"/><birthTime value="{DOB8}"/></patient>',
        "EventCode=4625 TargetUserName={LOGIN} IpAddress=10.1.2.3 Status=0xC000006D",
    ]),
    (["en_US", "en_GB", "de_DE"], [
        '{"shipping_address":{"first_name":"{GIV}","last_name":"{FAM}","address1":"{STREET}","address2":"{LINE2}","city":"{CITY}","zip":"{PC}","phone":"{PHONE}"}}',
        '{"properties":{"firstname":"{GIV}","lastname":"{FAM}","address":"{STREET}","city":"{CITY}","zip":"{PC}"}}',
        '{"customer":{"given_name":"{GIV}","family_name":"{FAM}","address":{"address_line_1":"{STREET}","address_line_2":"{LINE2}","locality":"{CITY}",'
        '"postal_code":"{PC}"},"birthday":"{DOBISO}"}}',
        '{"BillingStreet":"{STREET}","BillingCity":"{CITY}","BillingPostalCode":"{PC}","Name":"{NAME}"}',
    ]),
    (["en_US", "de_DE", "fr_FR"], [
        '{"type":"Feature","geometry":{"type":"Point","coordinates":[{GEOJSON}]},"properties":{"name":"home"}}',
        "<Placemark><name>Pickup</name><Point><coordinates>{GEOJSON},0</coordinates></Point></Placemark>",
        "$GNRMC,123519,A,{NMEALAT},{NMEALON},022.4,084.4,230394,003.1,W*6A",
        "GPS Position                    : {EXIFLAT}, {EXIFLON}",
    ]),
    (["en_US"], [
        "PAYER'S name, street address, city or town\nACME LLC\nRECIPIENT'S TIN\n{SSN}\nRECIPIENT'S name\n{UNAME}\nStreet address (including apt. no.)\n{USTREET}\n"
        "City or town, state or province, country, and ZIP or foreign postal code\n{UCITY} CO {ZIP}",
        "<nc:Person><nc:PersonName><nc:PersonGivenName>{GIV}</nc:PersonGivenName><nc:PersonSurName>{FAM}</nc:PersonSurName></nc:PersonName>"
        "<nc:PersonBirthDate><nc:Date>{DOBISO}</nc:Date></nc:PersonBirthDate></nc:Person>",
    ]),
    (["en_US", "en_GB"], [
        "<CCACCTFROM><ACCTID>{NUMACCT}</ACCTID></CCACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT</TRNTYPE><TRNAMT>2500.00</TRNAMT>"
        "<NAME>{NAME}</NAME></STMTTRN></BANKTRANLIST>",
        "!Type:CCard\nD11/06/2023\nT-49.99\nP{NAME}\nA{STREET}\nA{CITY}\n^",
    ]),
    (["en_US"], [
        "claim rejected (M/I Date Of Birth):\n<RS><FS>AM01<FS>C4{DOB8}<FS>CA{UGIV}<FS>CB{UFAM}<FS>CP{ZIP}<RS><FS>AM04<FS>C2{MEMBER}<FS>CC{UGIV}<FS>CD{UFAM}",
        "AM01|CA{UGIV}|CB{UFAM}|CM{USTREET}|CN{UCITY}|CQ{PHONEBARE}\nAM07|EM1|D2{RXNO}",
    ]),
]

FIRST, LAST = datetime.date(1940, 1, 1), datetime.date(2006, 12, 31)
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
CC = {"en_GB": "GB", "de_DE": "DE", "nl_NL": "NL", "fr_FR": "FR", "it_IT": "IT", "es_ES": "ES", "pl_PL": "PL", "en_IE": "IE", "en_US": "US"}


def caps(s):
    """s in ASCII capitals, as SWIFT's character set and the airline systems write it."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128).upper()


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def doc(n, letters=2):
    return "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters)) + digits(n - letters)


def aba():
    """A routing number of a Federal Reserve district (01-12, 21-32, 61-72) whose check digit
    holds (weights 3, 7, 1)."""
    d = "%02d" % random.choice(list(range(1, 13)) + list(range(21, 33)) + list(range(61, 73))) + digits(6)
    w = sum(int(c) * (3, 7, 1)[i % 3] for i, c in enumerate(d))
    return d + str((10 - w % 10) % 10)


def mon(d):
    return "%02d%s%s" % (d.day, MONTHS[d.month - 1], d.strftime("%y"))


def cards(r, cardname):
    """A card's number (Luhn), expiry, tracks, chip data, name and PIN block, drawn from r, a
    generator of their own: the draws of the lines before stay as they were."""
    d = [int(c) for c in r.choice(["4", "51", "52", "53", "54", "55"])]
    while len(d) < 15:
        d.append(r.randint(0, 9))
    t = sum(x if i % 2 else (2 * x if 2 * x < 10 else 2 * x - 9) for i, x in enumerate(reversed(d)))
    pan = "".join(map(str, d)) + str((10 - t % 10) % 10)
    yy, mm = r.randint(26, 32), r.randint(1, 12)
    exp4, exp6 = "%02d%02d" % (yy, mm), "%02d%02d%02d" % (yy, mm, 28 if mm == 2 else 30)
    num = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    return dict(PAN=pan, CEXP4=exp4, CEXP6=exp6, TRACK1="B%s^%s^%s101%s" % (pan, cardname[:26], exp4, num(9)),
                TRACK2="%s=%s101%s" % (pan, exp4, num(8)), CHIPT2="%sD%s201%sF" % (pan, exp4, num(11)), CARDNAME=cardname,
                NAMELEN="%02X" % len(cardname), CARDHEX=cardname.encode().hex().upper(),
                PINBLOCK="".join(r.choice("0123456789ABCDEF") for _ in range(16)))


def geo(r):
    """A position written as a location history, a GPS receiver and exiftool write it, drawn from
    r, a generator of its own."""
    lat, lon = r.uniform(-60, 70), r.uniform(-170, 170)

    def dm(x, width, hemis):
        a = abs(x)
        return "%0*d%06.3f,%s" % (width, int(a), (a - int(a)) * 60, hemis[x < 0])

    def dms(x, hemis):
        a = abs(x)
        m = (a - int(a)) * 60
        return "%d deg %d' %.2f\" %s" % (int(a), int(m), (m - int(m)) * 60, hemis[x < 0])
    return dict(LATE7=str(round(lat * 1e7)), LONE7=str(round(lon * 1e7)), NMEALAT=dm(lat, 2, "NS"), NMEALON=dm(lon, 3, "EW"),
                EXIFLAT=dms(lat, "NS"), EXIFLON=dms(lon, "EW"), GEOJSON="%.6f,%.6f" % (lon, lat))


def draw(f):
    giv, giv2, fam, fam2 = f.first_name(), f.first_name(), f.last_name(), f.last_name()
    dob = f.date_between(start_date=FIRST, end_date=LAST)
    exp = datetime.date(random.randint(2026, 2035), random.randint(1, 12), random.randint(1, 28))
    loc = f._locales[0] if hasattr(f, "_locales") else "en_US"
    street, street2 = f.street_address().replace("\n", " "), f.street_address().replace("\n", " ")
    ufam, ugiv, ugiv2 = caps(fam), caps(giv), caps(giv2)
    email = f.email()
    v = dict(REF="REF%s-%s" % (digits(8), digits(2)), AMT="%d,%02d" % (random.randint(10, 99999), random.randint(0, 99)), INV=digits(5),
             IBAN=f.iban(), IBAN2=f.iban(), NUMACCT=digits(random.randint(8, 12)), NUMACCT2=digits(random.randint(8, 12)),
             NAME=giv + " " + fam, NAME2=giv2 + " " + fam2, UNAME=ugiv + " " + ufam, UNAME2=ugiv2 + " " + caps(fam2),
             STREET=street, USTREET=caps(street), USTREET2=caps(street2), STRNM=f.street_name(), BLDG=f.building_number(),
             PC=f.postcode(), PC2=f.postcode(), CITY=f.city(), CITY2=f.city(), UCITY=caps(f.city()), UCITY2=caps(f.city()),
             CC=CC.get(loc, "US"), DOB8=dob.strftime("%Y%m%d"), DOBISO=dob.isoformat(), DOB6=dob.strftime("%y%m%d"), DOBMON=mon(dob),
             EXP6=exp.strftime("%y%m%d"), EXPMON=mon(exp), ISSMON=mon(datetime.date(random.randint(2018, 2025), random.randint(1, 12), random.randint(1, 28))),
             NATID=doc(11, 0), PASSNO=doc(9, random.choice((0, 1, 2))), VISANO=doc(8, 1), PNR=doc(6, 6),
             PNRNAME=ufam.replace(" ", "") + "/" + ugiv.replace(" ", ""), PNRNAME2=ufam.replace(" ", "") + "/" + ugiv2.replace(" ", ""),
             AMANAME=ufam.replace(" ", "") + "-" + ugiv.replace(" ", ""), EDINAME=ufam + ":" + ugiv, EDINAME3=ufam + ":" + ugiv + ":" + ugiv2,
             CTCE=caps(email).replace("_", "..").replace("-", "./").replace("@", "//"), MSISDN="1" + digits(10), PHONE=f.phone_number(), EMAIL=email,
             ZIP=f.postcode(), TC=random.choice(("22", "32", "27")), AMT10="%010d" % random.randint(100, 999999),
             BATCH="5220ACME PAYROLL                        1234567890PPDPAYROLL   231110231110   1091000010000001")
    # derived from the values drawn, so that the lines of the first groups stay as they were
    v.update(AMTDOT=v["AMT"].replace(",", "."), UPINAME=urllib.parse.quote(v["NAME"]), STREET2=street2, LINE2="Apt " + v["INV"][:2],
             GIVPLUS=urllib.parse.quote_plus(giv), CITYPLUS=urllib.parse.quote_plus(v["CITY"]))
    v.update(GIV=giv, FAM=fam, UFAM=ufam, UGIV=ugiv, LOGIN=(caps(giv)[:1] + caps(fam).replace(" ", "").replace("-", "").replace("'", "")).lower(), CHK=v["INV"][:4])
    v.update(cards(random.Random(v["REF"]), caps(fam).replace(" ", "") + "/" + caps(giv).replace(" ", "")))
    v.update(geo(random.Random(v["REF"] + "geo")))
    ssn = random.Random(v["REF"] + "ssn")
    v.update(SSN="%03d-%02d-%04d" % (ssn.randint(100, 665), ssn.randint(1, 99), ssn.randint(1, 9999)),
             PHONEBARE="%d%07d" % (ssn.randint(201, 989), ssn.randint(2000000, 9999999)))
    v["SSNBARE"] = v["SSN"].replace("-", "")
    v.update(MEMBER="W" + "%09d" % ssn.randint(0, 10**9 - 1), RXNO="%09d" % ssn.randint(0, 10**9 - 1))
    for k in ("", "2"):  # an ACH entry's fields, padded to their widths
        v["RT" + k] = aba()
        v["AP" + k] = " " * (17 - len(v["NUMACCT" + k]))
        eid = "EMP" + digits(4) if random.random() < 0.6 else ""
        v["EID" + k], v["EP" + k] = eid, " " * (15 - len(eid))
        nm = (caps(giv if k == "" else giv2) + " " + caps(fam if k == "" else fam2))[:22].rstrip()
        v["ACHNAME" + k], v["NP" + k] = nm, " " * (22 - len(nm))
        v["TRACE" + k] = "09100001" + digits(7)
    t = {k: None for k in v}
    t.update(IBAN=IBAN, IBAN2=IBAN, NUMACCT=ACCT, NUMACCT2=ACCT, NAME=P, NAME2=P, UNAME=P, UNAME2=P, STREET=ST, USTREET=ST, USTREET2=ST,
             STRNM=ST, BLDG=ST, PC=ZIP, PC2=ZIP, ZIP=ZIP, CITY=LOC, CITY2=LOC, UCITY=LOC, UCITY2=LOC, DOB8=DOB, DOBISO=DOB, DOB6=DOB, DOBMON=DOB,
             NATID=ID, PASSNO=PP, VISANO=ID, PNR=ID, PNRNAME=P, PNRNAME2=P, AMANAME=P, EDINAME=P, EDINAME3=P, CTCE="EMAIL_ADDRESS",
             MSISDN="PHONE_NUMBER", PHONE="PHONE_NUMBER", EMAIL="EMAIL_ADDRESS", RT="ABA_ROUTING_NUMBER", RT2="ABA_ROUTING_NUMBER",
             SSN="US_SSN", SSNBARE="US_SSN", MEMBER="HEALTH_PLAN_NUMBER", RXNO=ID, PHONEBARE="PHONE_NUMBER", LATE7=GEO, LONE7=GEO, NMEALAT=GEO, NMEALON=GEO, EXIFLAT=GEO, EXIFLON=GEO, GEOJSON=GEO, UPINAME=P, STREET2=ST, LINE2=ST, GIVPLUS=P, CITYPLUS=LOC, GIV=P, FAM=P, UFAM=P, UGIV=P, LOGIN="USERNAME", PAN="CREDIT_CARD", CEXP4="CARD_EXPIRY", CEXP6="CARD_EXPIRY", TRACK1="CARD_TRACK_DATA",
             TRACK2="CARD_TRACK_DATA", CHIPT2="CARD_TRACK_DATA", CARDNAME=P, CARDHEX=P, PINBLOCK="PIN", EID=ID if v["EID"] else None, EID2=ID if v["EID2"] else None, ACHNAME=P, ACHNAME2=P)
    return v, t


def main():
    pkg, out = args(__doc__)
    Faker = faker_class(pkg)
    write_groups(Faker, draw, out, "mP", DEV, 39, 40)
    write_groups(Faker, draw, out, "mQ", HELD, 84, 40)
    concatenate(out, "mP", "mPc", 7)
    concatenate(out, "mQ", "mQc", 8)


if __name__ == "__main__":
    main()
