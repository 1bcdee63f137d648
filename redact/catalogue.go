package redact

// TypeInfo describes one entity type: what it catches and how a candidate is validated.
type TypeInfo struct {
	Name, Catches, Validation string
}

// Catalogue lists every entity type Veil knows, the ones its recognizers report and the ones
// the NER model and term lists add. Policies may name any of them; tokens exist for all of them.
var Catalogue = []TypeInfo{
	{Email, "email addresses, internationalised ones too, spelled out (john dot smith at example dot com), and with the @ percent-encoded as a URL or a cookie carries it (?email=jane.doe%40example.com)", "dotted domain, alphabetic TLD"},
	{Phone, "+international, NANP, trunk-prefixed national numbers (`020 7946 0958`, `8 (495) 123-45-67`, `089/123456`), an area code or a trunk digit in brackets after the country code (`+1(212)555-0134`, `+45(0)3606703316`), a country code in brackets without its plus (`(351) 915 686 525`), 00/011 prefixes, extensions; short local numbers, and nine or eleven bare digits that a country dials (`13812345678`), beside words such as \"call\" or \"fax\"", "libphonenumber; dates and times excluded; weak shapes need context"},
	{CreditCard, "card numbers (PAN) of 12-19 digits in any grouping, mixed separators too", "Luhn and issuer ranges (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro, Mir, RuPay, Troy, UATP); a Luhn-valid number outside them only beside \"card\", \"credit\", \"visa\" and the like"},
	{CVV, "card security codes after \"CVV\", \"CVC\", \"security code\", \"the code on the back\", and American Express's four digits after \"CID\" in capitals", "3-4 digits, context only"},
	{PIN, "PINs and passcodes after \"PIN\", \"PIN code\", \"passcode\" (my PIN is 4921): with CVVs and track data, the sensitive authentication data PCI DSS forbids storing", "4-8 digits, context only"},
	{CardExpiry, "card expiry dates after \"exp\", \"valid thru\"", "MM/YY or MM/YYYY, month 01-12"},
	{TrackData, "magnetic-stripe track 1 and track 2 data", "Luhn-valid PAN between the track's sentinels"},
	{SSN, "US social security numbers; nine bare digits only beside \"SSN\" or \"social security\"", "no area 000/666/9xx, group 00 or serial 0000; advertised numbers excluded"},
	{USITIN, "US individual taxpayer identification numbers", "9xx with a middle group in the IRS ranges"},
	{IBAN, "IBANs, compact or grouped, any case", "per-country length and ISO 7064 mod-97"},
	{ABARouting, "US ABA routing numbers after \"routing\", \"ABA\", \"RTN\"", "3-7-1 checksum and Federal Reserve prefixes"},
	{BankAccount, "bank account numbers after \"account\", \"acct\", \"acc\", \"a/c\", and Mexico's CLABE after \"CLABE\"", "6-17 digits, context only; a CLABE's 18 digits and its weighted check digit"},
	{SWIFT, "SWIFT/BIC codes after \"SWIFT\", \"BIC\"", "bank, ISO country, location and branch shape"},
	{IPAddress, "IPv4 and IPv6 addresses (IPv6 with a bare :port too)", "net/netip; loopback, documentation and reserved ranges are never masked; link-local and multicast, and quads that read as version numbers (1.2.5.1-2, 4.2.11.1) or sit in a longer dotted run (OIDs), only with context; an IPv6 address whose interface id carries a MAC address (EUI-64, fe80::21a:2bff:fe3c:4d5e) in any scope"},
	{MACAddress, "MAC addresses with ':' or '-', and as Cisco writes them (001a.2b3c.4d5e)", "six hex pairs, one separator, or three dotted groups of four with a letter among them; all-zero and broadcast excluded"},
	{URL, "http(s), ftp(s), sftp, ws(s) and www. links", "host with a dot or localhost; trailing punctuation trimmed"},
	{APIKey, "OpenAI, Anthropic, AWS (key id, and secret beside aws_secret_access_key or within a few words after a key id), GitHub, GitLab, Slack, Stripe, Google, Hugging Face, npm, PyPI, SendGrid, DigitalOcean and Shopify keys", "vendor prefixes, exact lengths and alphabets"},
	{JWT, "JSON Web Tokens", "three base64url parts, the first two JSON objects"},
	{PrivateKey, "PEM private key blocks", "BEGIN … PRIVATE KEY through END"},
	{Secret, "passwords, tokens and secrets assigned after \"password\", \"secret\", \"token\", \"api_key\", \"AccountKey\", \"SharedAccessKey\"; the password of a connection string (postgres://admin:S3cr3t@db, whose user information is no email address)", "an assigned literal of 8+ characters, entropy 3 bits/char or more, two character classes; after a word for a password or passcode, 6+ characters and 2.5 bits/char (`hunter2hunter2`, `Summer2024!`), not a call"},
	{GeoCoordinates, "positions: latitude and longitude in decimal degrees (40.7128, -74.0060; 51.5074° N, 0.1278° W; geo:37.78,-122.39), in degrees, minutes and seconds (34°03'08\"N 118°14'37\"W), and one coordinate after its label (\"lat\": 48.858370)", "latitude within ±90, longitude within ±180; a bare pair needs four decimals each and a context word (GPS, location, lat); a label needs three"},
	{Crypto, "Bitcoin (base58check and bech32/bech32m) and Ethereum addresses", "double-SHA-256 checksum; BIP 173/350 checksum; 0x and 40 hex digits"},
	{NPI, "US National Provider Identifiers after \"NPI\"", "Luhn over the 80840 prefix"},
	{DEA, "DEA registration numbers", "registrant letters and the DEA check digit"},
	{MRN, "medical record numbers after \"MRN\", \"medical record\", \"patient id\", \"chart number\"", "4+ digits, context only"},
	{HealthPlan, "health-plan beneficiary and member numbers after \"member\", \"member id\", \"policy number\", \"subscriber id\", and health insurance numbers after their words in German, Spanish, Italian, French and Dutch (\"Versichertennummer\", \"tarjeta sanitaria\", \"NUSS\", \"tessera sanitaria\", \"numéro d'assuré\")", "4+ digits, context only"},
	{USMBI, "US Medicare Beneficiary Identifiers", "CMS's 11-character shape, also in the card's dashed groups (1EG4-TE5-MK73)"},
	{MedicalLicense, "medical licence numbers after \"medical license\", \"state license\"", "context only"},
	{DriverLicense, "driver's licence numbers after \"driver's license\", \"DL\", \"license number\", \"licence\", the issuing state's code skipped (NJ F1234 56789 01234)", "context only"},
	{Passport, "passport numbers after \"passport\" (not US-shaped)", "context only"},
	{USPassport, "US passport numbers after \"passport\"", "9 digits, or a letter and 8 digits"},
	{VIN, "vehicle identification numbers", "ISO 3779 check digit"},
	{LicensePlate, "licence plates after \"plate\", \"license plate\", and a car's registration in British English, German, Spanish, French, Italian and Dutch (\"car reg AB12 CDE\", \"Kennzeichen B-AB 1234\", \"matrícula 1234 BCD\"), dashed or spaced, the issuing state's code skipped (plate NJ ABC-1234)", "4-9 characters with a digit, context only"},
	{DeviceID, "device identifiers and serial numbers after \"serial\", \"S/N\", \"device id\", \"UDI\", and a phone's advertising ids and SIM and handset numbers after \"IDFA\", \"GAID\", \"Android ID\", \"ICCID\", \"MEID\" (a UUID too)", "context only"},
	{IMEI, "IMEI numbers after \"IMEI\"", "Luhn over 15 digits"},
	{DateOfBirth, "dates of birth after \"DOB\", \"born\", \"date of birth\" (eight digits without separators too: DOB 01021980), and the same words in German, French, Spanish, Italian, Dutch and Portuguese (\"geboren am\", \"né le\", \"nacido el\", \"nato il\", \"geboren op\", \"nascida em\", \"Geburtsdatum\", …); a year of birth alone after \"born in\", \"year of birth\" (0.6)", "numeric and month-name dates (en, fr, de, es, it, nl, pt); years 1850-2100"},
	{Age, "ages beside a marker (\"aged 45\", \"93-year-old\", \"a seven-year-old\", \"30 years of age\", and in Chinese, Japanese and Korean 45岁, 45歳, 45세), run into the marker as notes write it (\"67yo\", \"92y/o\"), in words (\"ninety-three years old\", \"turned ninety-one\"; not hyphenated into the marker, \"seven-year-old\"), right after a name or a word for a person (\"Jane Doe, 45, presented\", \"Ann Lee (67)\", \"the patient, 91,\"), or stated (\"I am 45\", \"she's 91.\", \"turned 30\", closing the clause, not \"I am 5 minutes away\"; \"at 45, she moved\", from 13 up, below which \"at 10, we\" is an hour); over 89 (the ones HIPAA Safe Harbor names) they score higher, and `generalize` turns only those into \"90+\"", "0-130"},
	{Username, "user names and handles: @mentions (\"cc @tommy_b\"), and the name after \"username\", \"user\", \"login\", \"handle\", \"logged in as\" (\"user kwame.owusu\"); a mention may hold dashes (Venmo's @Jane-Doe-42); UPI payment addresses after \"UPI\" or \"VPA\" (rahul.sharma@okaxis); the login in a home folder's path (/home/dsokolova/, C:\\Users\\amelia.k\\), as tracebacks and logs carry it; the account of an SSH, PAM or sudo log line (\"Accepted publickey for dkowalski from\", \"session opened for user jmorales\")", "a handle's characters; a plain word only when assigned (\"username: jdoe\"); decorators, doc tags, CSS at-rules and scoped packages excluded; machine and image accounts (root, ubuntu, runner, ec2-user) and placeholders ($USER) in paths excluded"},
	{IDNumber, "other unique identifying numbers after \"customer id\", \"employee id\", \"case number\", \"claim number\", \"claim\", \"loan\" (`Claim #CLM-2024-88123`, `loan LN-4482-2291`), and customer numbers in German, French, Spanish and Italian (\"Kundennummer\", \"numéro client\", \"número de cliente\"); a hospital's accession, visit, encounter (CSN) and prescription (Rx) numbers; an SSN's last four digits after \"last four of my social\", \"SSN ending in\"; a booking's locator after \"PNR\", \"booking ref\", \"record locator\" (X7YQ2K, capitals and digits); Argentina's and Peru's DNI and Colombia's cédula (\"DNI 30.123.456\", \"cédula de ciudadanía 1.020.345.678\"); after \"employee\", \"badge\", US immigration numbers (\"A-number\", \"green card number\"), and employer and taxpayer ids (\"EIN\", \"tax ID\", \"TIN\"); after \"ID\" in capitals alone, at 0.55 (`Ana Ruiz (ID 44812)`; code's and logs' \"request id\" is not one)", "4+ digits, context only"},
	{UKNINO, "UK National Insurance numbers, compact or spaced", "HMRC prefix and suffix rules"},
	{UKNHS, "NHS numbers after \"NHS\"", "mod-11 check digit"},
	{DETaxID, "German tax ids (Steuer-ID) after \"Steuer-ID\", \"IdNr\"", "ISO 7064 MOD 11,10 and the digit-repetition rule"},
	{FRNIR, "French social security numbers (NIR) after \"sécurité sociale\", \"NIR\", \"INSEE\", and alone in the card's grouping (1 85 05 78 006 084 91)", "97-key, Corsican 2A/2B"},
	{ESNIF, "Spanish DNI numbers", "mod-23 letter"},
	{ESNIE, "Spanish NIE numbers", "X/Y/Z prefix and mod-23 letter"},
	{ITFiscalCode, "Italian codici fiscali", "check letter from the odd/even tables"},
	{NLBSN, "Dutch citizen service numbers (BSN) after \"BSN\", \"sofinummer\"", "11-test"},
	{IEPPSN, "Irish Personal Public Service Numbers (PPSN) after \"PPS\", \"PPSN\", \"RSI number\"", "mod-23 check letter"},
	{INAadhaar, "Indian Aadhaar numbers after \"Aadhaar\", \"UIDAI\"", "12 digits, the first 2-9, Verhoeff check digit"},
	{INPAN, "Indian Permanent Account Numbers after \"PAN\", \"PAN card\"", "five letters (the fourth the holder's kind), four digits, a letter"},
	{BRCPF, "Brazilian CPF numbers after \"CPF\" (123.456.789-09)", "two mod-11 check digits; eleven equal digits excluded"},
	{CASIN, "Canadian Social Insurance Numbers after \"SIN\", \"social insurance number\", \"NAS\"", "Luhn; no 0 or 8 first"},
	{SGNRIC, "Singapore NRIC and FIN numbers (S1234567D)", "S, T, F or G, seven digits and the weighted mod-11 check letter"},
	{AUTFN, "Australian Tax File Numbers after \"TFN\", \"tax file number\"", "weighted sum modulo 11"},
	{MXCURP, "Mexican CURPs after \"CURP\"", "letters, a birth date, sex, state and consonants in their places, and the mod-10 check digit"},
	{CNResidentID, "Chinese resident identity numbers after \"身份证\", \"身份证号码\", \"resident ID\"", "GB 11643 check character over 17 digits, a month and day in the birth date"},
	{PLPESEL, "Polish PESEL numbers after \"PESEL\"", "a birth date whose month carries the century, and a check digit over weights 1, 3, 7, 9"},
	{SEPersonnummer, "Swedish personnummer and samordningsnummer after \"personnummer\", \"samordningsnummer\" (811218-9876)", "a birth date (the day plus 60 for a samordningsnummer) and Luhn"},
	{NOFodselsnummer, "Norwegian fødselsnummer and D-numbers after \"fødselsnummer\", \"D-nummer\", \"personnummer\"", "a birth date (the day plus 40 for a D-number) and two mod-11 check digits"},
	{DKCPR, "Danish CPR numbers after \"CPR\", \"CPR-nummer\" (010203-1234)", "a birth date (the modulus-11 check was given up in 2007)"},
	{FIHETU, "Finnish personal identity codes after \"henkilötunnus\", \"HETU\" (131052-308T)", "a birth date, the century sign, and the mod-31 check character"},
	{BENationalNumber, "Belgian national register numbers after \"rijksregisternummer\", \"numéro national\", \"INSZ\", \"NISS\" (85.07.30-033.28)", "97 less the first nine digits mod 97, with a 2 before them from 2000"},
	{KRRRN, "Korean resident registration numbers after \"주민등록번호\", \"RRN\" (850314-1234567)", "a birth date and the century-and-sex digit (numbers since 2020 carry no check digit)"},
	{CLRUT, "Chilean RUT and RUN after \"RUT\", \"RUN\" (12.345.678-5)", "a mod-11 check character (0-9 or K) over weights 2 to 7"},
	{ARCUIT, "Argentine CUIT and CUIL after \"CUIT\", \"CUIL\" (20-12345678-6)", "a person's or a company's prefix, and a mod-11 check digit"},
	{MXRFC, "Mexican RFC tax numbers after \"RFC\" (GODE561231GR8)", "letters, a date of birth or founding, and a mod-11 check character"},
	{TRTCKN, "Turkish T.C. Kimlik numbers after \"TC Kimlik No\", \"TCKN\"", "no leading 0, and two check digits from the digits' sums"},
	{HKHKID, "Hong Kong identity card numbers after \"HKID\" (A123456(3))", "one or two letters, six digits and a mod-11 check character"},
	{JPMyNumber, "Japanese individual numbers after \"マイナンバー\", \"個人番号\"", "twelve digits, the last a weighted mod-11 check digit"},
	{EUVAT, "EU VAT ids after \"VAT\", \"USt-IdNr\", \"TVA\", \"IVA\", \"BTW\"", "member-state prefix"},
	{Person, "names of people", "the NER model and tenant deny lists"},
	{Location, "cities, regions, countries", "the NER model"},
	{Organization, "organisations", "the NER model and tenant deny lists"},
	{"NRP", "nationalities, religious and political groups", "the NER model"},
	{StreetAddress, "street addresses, one span with unit (before the street too: Flat 4, 12 Marine Parade), city, state and ZIP, in Latin, Chinese, Japanese, Korean and Cyrillic script (北京市朝阳区建国路88号, 東京都渋谷区神南1-2-3, 서울특별시 강남구 테헤란로 123, ул. Тверская, д. 7, кв. 12): US/UK (221B Baker Street, 1600 Pennsylvania Ave NW, Suite 400, Washington, DC 20500, 221 W 57th St, New York, NY 10019), Australian (12/45 Smith St, Fitzroy VIC 3065), Irish (56 Ashgrove Court, Dublin 8; an Eircode, Galway H91 E2K3), and in lower case as chat writes them, the city kept when a postcode follows it (14 elm street springfield il 62704, 221b baker street london nw1 6xe), German (Hauptstraße 5, 10115 Berlin), French, Spanish, Portuguese and Italian forms (12 rue de la Paix, Praça da Sé 45, and after an abbreviated leader with its period: Av. Insurgentes Sur 1602, Avda. de la Constitución 3), Dutch and Nordic one-word streets (Keizersgracht 123, Drottninggatan 5, and with the number first: 4 Laugavegur, 12 Kungsgatan), streets named before their street word (Piroska u. 97., Kossuth Lajos utca 12, Boriñaur enparantza 29, Atatürk Caddesi 15), Malay and Indonesian streets (Jalan Sultan 8, Jl. Sudirman 5), Brazil's comma before the number and neighbourhood before the city (Av. Paulista, 1578 - Bela Vista, São Paulo - SP), Italy's province after the city (00184 Roma RM), British Parade, Quay, Rise and the like (12 Marine Parade, Brighton BN2 1TL), a street no word marks, told by the house number, comma, postcode and city after it (Unter den Linden 77, 10117 Berlin; Pod Kesnerkou 89, 879 21 Dubá; Vodovodna cesta 8, 3287 Škofja Loka), postcodes of Czech, Slovak, Polish and Portuguese shape, with a country's letters, and Dutch ones without their space (111 51, 79-217, 9217-421, H-1055, 1012JS), a building's two numbers (Sportowa 79/29, Hauptstraße 12/2), a city of several words (6810 Tulln an der Donau), the postcode and city on the line after the street as an address block writes them (Drottninggatan 5⏎111 51 Stockholm; four digits from 1900 to 2099 there are read as a year), US rural routes (RR 2 Box 152, Rural Route 3, Box 17, HC 64 Box 1010), and Japanese block addresses in Latin letters (2-11-3 Meguro, Meguro-ku, Tokyo 153-0063); the postcode and city after any street as other countries write them (8001 Zürich, 1015 CJ Amsterdam, 111 51 Stockholm, 00-590 Warszawa, London SW1A 2AA, Toronto, ON M5V 3L9, Tokyo 150-0002, São Paulo - SP, 01304-001); every USPS street suffix (those that are also common words, such as \"Mountains\" or \"Station\", need a city, a unit or a context word such as \"address\" or \"lives\"); US military posts (\"USNS Holt\" over \"FPO AE 50474\"); the NER model's foreign and multi-line addresses, a unit on the street's line joined to it, the house number written before its street (\"78 Camiño Ancho 91\", which the model tends to leave out) and a block's last postcode (\"Gabon 66298\") masked with it, also where the block's lines open with a quote or list marker (>, *, or the ??? a lost bullet leaves)", "house number and street suffix or leader word"},
	{ZIPCode, "ZIP and postal codes after \"zip\", \"postal code\", \"PLZ\", \"CP\", \"código postal\", after words for where someone lives (\"moved to 60614\", \"lives in the 02139 area\"; not a round number, nor one that counts what follows: \"moved to 20000 users\", nor a house number before a street: \"moved to 62408 Lockville Road\"), after a city that nothing else follows (\"Boston, 02108\"; the last line of an address, and so part of it, when a street stands shortly before), or after a US state (\"Boston, MA 02108\", \"Austin, Texas 78701\"; IN, OR, ME, OK, HI, DE, PA and AL only after a comma or a city in title case, ID only after a comma: \"Employee ID 44812\" is an identifier); inside an address, part of its span; UK and Canadian postcodes after \"postcode\", \"post code\", \"postal code\" or \"zip\" (`SW1A 1AA`, `K1A 0B1`)", "5 or 5+4 digits; the UK's outward and inward codes and Canada's letter-digit pattern"},
	{DateTime, "dates in numeric and month-name forms (en, fr, de, es, it, nl, pt, ru, el: `3. März 1985`, `5 de mayo de 1990`, `14 марта 1985`, `14 Μαρτίου 1985`), Chinese, Japanese and Korean dates with their unit characters (1985年3月14日, 1985년 3월 14일, 3月14日), ranges of days that write the year once (3/14-3/20/2024), with a weekday before (\"Monday, June 5th\") and a time of day after in prose (\"at 4:30 PM\", a clinic's \"@ 0630\"); dates without a year or a day (\"March 3\", \"June 1970\", \"March of 2019\", \"March, 2021\", \"04/2021\", and \"11/20\" after \"on\" or a patient's event (\"discharged 6/3\", \"DOS: 3/7\") or before a time of day; \"on Dec 3\" is masked as it is), weekdays alone (\"on Thursday at 10am\") and numeric dates with two-digit years only beside \"admitted\", \"discharged\", \"died\", \"appointment\"; the `hipaa` preset, since Safe Harbor removes every element of a date but the year, masks dates without a year or a day and slashed dates with two-digit years (`3/4/22`) with no context word (`min_score: 0.45`), but not dotted ones, which are mostly versions (`2.1.28`)", "calendar ranges; machine timestamps (ISO `T`, syslog's, or opening a log line) and Go's reference time score low unless a word for a person's event stands right before a timestamp (admitted 2021-05-03T10:00:00Z, a record's admitted_at or dischargeDate key); dates joined by and, or, to, a comma or a dash share the score of the strongest (seen on 3 May and again 17 June); \"version\", \"copyright\", \"last modified\" before a date lower it"},
	{"CUSTOM", "tenant deny-list terms without a type of their own", "tenant term list"},
	{HealthTerm, "special category: health conditions and treatments", "term list"},
	{ReligionTerm, "special category: religion and belief", "term list"},
	{EthnicityTerm, "special category: racial or ethnic origin", "term list"},
	{SexualOrientationTerm, "special category: sexual orientation", "term list"},
	{PoliticalTerm, "special category: political opinions", "term list"},
	{TradeUnionTerm, "special category: trade-union membership", "term list"},
}

// TypeNames returns the names of every catalogued type.
func TypeNames() []string {
	out := make([]string, len(Catalogue))
	for i, t := range Catalogue {
		out[i] = t.Name
	}
	return out
}
