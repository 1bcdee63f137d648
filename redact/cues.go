package redact

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Types found by a cue word and the value that follows it.
const (
	MRN            = "MEDICAL_RECORD_NUMBER"
	USPassport     = "US_PASSPORT"
	Passport       = "PASSPORT"
	DriverLicense  = "US_DRIVER_LICENSE"
	BankAccount    = "US_BANK_NUMBER"
	ABARouting     = "ABA_ROUTING_NUMBER"
	NPI            = "NPI"
	UKNHS          = "UK_NHS"
	NLBSN          = "NL_BSN"
	IEPPSN         = "IE_PPSN"
	INAadhaar      = "IN_AADHAAR"
	INPAN          = "IN_PAN"
	BRCPF          = "BR_CPF"
	CASIN          = "CA_SIN"
	CNResidentID   = "CN_RESIDENT_ID"
	MXCURP         = "MX_CURP"
	AUTFN          = "AU_TFN"
	DETaxID        = "DE_TAX_ID"
	FRNIR          = "FR_NIR"
	CHAHV          = "CH_AHV"
	IMEI           = "IMEI"
	SWIFT          = "SWIFT_CODE"
	EUVAT          = "EU_VAT"
	HealthPlan     = "HEALTH_PLAN_NUMBER"
	MedicalLicense = "MEDICAL_LICENSE"
	DeviceID       = "DEVICE_ID"
	LicensePlate   = "LICENSE_PLATE"
	CVV            = "CVV"
	PIN            = "PIN"
	CardExpiry     = "CARD_EXPIRY"
	DateOfBirth    = "DATE_OF_BIRTH"
	IDNumber       = "ID_NUMBER"
	Secret         = "SECRET"
	Age            = "AGE"
	Username       = "USERNAME"
)

// SourceCue is the Source of findings from the cue recognizer.
const SourceCue = "cue"

// value shapes a cue reads
const (
	shapeDigits     = iota // digits with single spaces or dashes between groups
	shapeAlnum             // one run of letters and digits (and dashes), some digits in it
	shapeDate              // a date
	shapeExpiry            // MM/YY or MM/YYYY
	shapeSecret            // a non-space run of high entropy
	shapeAge               // a number of years
	shapeHandle            // a user name: letters, digits, '.', '_' and '-'; a plain lower-case word when assigned
	shapeHandleOnly        // a user name with a digit, '.', '_' or '-' in it
	shapePostcode          // a UK or Canadian postcode: SW1A 1AA, K1A 0B1
	shapeVPA               // a payment address: a handle, '@' and a provider without a dot (rahul.sharma@okaxis)
	shapeHKID              // a Hong Kong identity card number: A123456(3)
	shapeLogin             // an account's name in a log line: a handle, then " from", " by", " port", "(uid" or the line's end
	shapePhone             // a phone number as written: a '+', digits in groups, single separators, a bracketed group
	shapePostalAny         // a postal code of any country's shape, after a record's key only (anyPostcodeAt)
	shapePlusCode          // an Open Location Code, whole or shortened against a town: 4RWJ4FGH+46, Q2PF+6W
	shapeThreeWords        // a what3words address: filled.count.soap
	shapeMaskedSSN         // an SSN masked but for its last four digits: ***-**-4417, XXX-XX-4417
	shapeFileNumber        // a German court's or office's file number: 3 C 123/24, VI ZR 12/23, 1 Js 12345/24
	shapeSVNumber          // Germany's social insurance number: 65 170839 J 003, 65170839J003
	shapeAnswer            // a security question's answer: one to three words to the clause's end
)

// cue is a family of cue words and the value they announce.
type cue struct {
	typ        string
	words      []string
	shape      int
	min, max   int               // value length (digits or characters)
	minDigits  int               // for shapeAlnum
	valid      func(string) bool // a check digit or format; nil for none
	dots       bool              // for shapeDigits: dots may join the groups too (123.456.789-09)
	slashes    bool              // slashes may join digits too (a German tax number: 12/345/67890; a file's year: 8327/2021)
	minEntropy float64           // for shapeSecret: bits per character (3 when 0)
	cityAfter  bool              // with notBefore: a capitalised word after the value is its city, not a street
	notBefore  *foldTable[bool]  // words that may not follow the value: it counts them
	upper      bool              // the cue word counts only in capitals ("ID", not code's "id")
	state      bool              // a US state's code may come before the value ("plate NJ ABC-1234")
	joined     bool              // for shapeAlnum: a dash or a space may join short values' groups too (ABC-1234)
	bare       bool              // for shapeSecret: the value needs no ':', '=' or "is" before it ("pass 6N3WlPn5!FV#"); valid vouches for it
	sigil      bool              // for shapeHandle: a '$' right before the value makes it a handle, a plain word too ("cashapp $janedoe")
	camel      bool              // for shapeHandle: words run together with their capitals make a handle (a gamer's xXShadowHunterXx; camelHandle)
	hash       bool              // a '#' before the value vouches for it, whatever valid says ("Case #DSP-2024-118833")
	spaced     bool              // the value follows a space, a quote, a tag or a cell, and the word a space, a quote, a tag, a cell or the line's start: "insta: jane.doe88", {"insta": "jane.doe88"}, not a config's "$insta::ref"
	quoted     bool              // for shapeSecret: a value in quotes right after the word needs no ':' or '=' (SQL's IDENTIFIED BY 'S3cret')
	supplyS    bool              // a bill's large "S" may stand before the value (an MPAN's supply number: "S 01 801 100 12 3456 7890 123")
	direct     bool              // only marks, markup and "is" or "no" between the word and the value, and no name before the word ("Group: 0074412"; not "Mazzi Group on 2019-03-02", "Verboom Group | 0612…")
	noun       bool              // the word before the cue word names what the number is of (numberNoun), and only marks stand between the cue word and the value
	score      float64
}

// eventDate reports a date of a person's event that its words vouch for: eight digits, or a
// form that is not digits alone.
func eventDate(d string) bool { return len(d) == 8 || !allDigits(d) }

// personEventWords announce the date of a person's event: an admission, a discharge, a visit, a
// death.
var personEventWords = []string{"admitted", "admitted on", "admission date", "discharged", "discharged on", "discharge date", "seen on",
	"date of service", "dos", "died on", "date of death", "dod", "surgery on", "visit date", "appointment", "appointment on", "appointment date", "appt",
	"scheduled for", "scheduled on",
	// a death as letters and genealogies write it (stop 51): "his late wife Birgitta (d. 03/2024)", "passed away 3/14/2024"
	"d.", "died", "passed away", "passed away on", "deceased", "death date", "date of passing",
	// a chart's shorthand for the same (stop 45): "adm 11/02 w/ SOB", "d/c 11/05", "DC'd 11/05"
	"adm", "adm.", "admit", "admit date", "adm date", "d/c", "dc'd", "d/c'd", "disch", "disch.", "disch date",
	// a stay's and a rental's dates, as a folio or an agreement prints them (stop 42): "Arr 05/12/27 Dep 05/14/27"
	"arr", "dep", "arrival", "arrival date", "departure", "departure date", "check-in", "check-out", "checkin", "checkout", "check-in date",
	"check-out date", "pick-up", "pick-up date", "pickup date", "drop-off", "drop-off date", "return date",
	// and in German, French, Spanish, Italian, Dutch and Portuguese: "Anreise 12.03.2026, Abreise 15.03.2026", "arrivée le 12/03/2026"
	"anreise", "abreise", "anreisedatum", "abreisedatum", "arrivée", "départ", "date d'arrivée", "date de départ", "fecha de entrada", "fecha de salida",
	"entrada", "salida", "arrivo", "partenza", "data di arrivo", "data di partenza", "aankomst", "vertrek", "aankomstdatum", "vertrekdatum",
	"chegada", "data de chegada", "data de partida"}

// ssnWords label a social security number.
var ssnWords = []string{"ssn", "social security", "social security number", "social security no", "soc sec", "soc sec no", "s.s.n",
	// as people say it: "my social is 531 42 7789"
	"my social", "his social", "her social", "your social", "their social", "our social",
	// spelled out letter by letter, as a transcript writes it (stop 30)
	"s s n", "s-s-n",
	// the IRS's e-file elements (stop 39): <PrimarySSN>, <SpouseSSN>, <DependentSSN>
	"primaryssn", "spousessn", "dependentssn"}

// nineDigits reports nine digits after an SSN's words, issued or not: the SSN recognizer finds
// an issued one written bare or as 3-2-4 itself (the two findings merge), but not one written
// in other groups, as Canada's SIN is under the same words ("ssn 317 280 675").
func nineDigits(d string) bool    { return len(d) == 9 && d != "000000000" }
func notNineDigits(d string) bool { return len(d) != 9 }

var cues = []cue{
	{typ: MRN, words: []string{"mrn", "m r n", "m.r.n", "m-r-n", "medical record", "medical record number", "med rec", "patient id", "patient number", "chart number", "hospital number", "record number",
		"hospital no", "hosp no", "hosp. no", "hosp number", "hospital id"}, shape: shapeAlnum, min: 4, max: 20, minDigits: 4, score: 0.85},
	// a clinical record's number in other languages (stop 50): "historia clínica 0099812", "(HC 0099812)", "prontuário 44812"
	{typ: MRN, words: []string{"historia clínica", "historia clinica", "número de historia clínica", "numero de historia clinica", "nº historia clínica",
		"n° historia clínica", "prontuário", "prontuario", "número do prontuário", "numéro de dossier patient", "dossier médical",
		"patientennummer", "fallnummer", "cartella clinica", "numero cartella clinica", "n. cartella clinica", "patiëntnummer", "patientnummer"},
		shape: shapeAlnum, min: 4, max: 20, minDigits: 4, score: 0.85},
	{typ: MRN, words: []string{"hc", "nhc"}, shape: shapeAlnum, min: 5, max: 15, minDigits: 5, upper: true, score: 0.8},
	// Brazil's national health card (Cartão Nacional de Saúde): fifteen digits whose weights 15 to 1 sum to a multiple of 11 (stop 50)
	{typ: HealthPlan, words: []string{"cns", "cartão sus", "cartao sus", "cartão nacional de saúde", "cartao nacional de saude", "número do cns", "nº cns", "n° cns"},
		shape: shapeDigits, min: 15, max: 15, valid: cnsValid, score: 0.85},
	{typ: Passport, words: []string{"passport", "passport number", "passport no"}, shape: shapeAlnum, min: 6, max: 12, minDigits: 5, joined: true, score: 0.85}, // Russia's series and number: 7491 186252
	{typ: DriverLicense, words: []string{"driver's license", "drivers license", "driver license", "driver's licence", "driving licence", "driving license", "dl", "dln", "license number", "licence number", "licence", "license",
		// and a commercial driver's (stop 54): "CDL #D1234-56789-01234 (IL)"
		"cdl", "cdl no", "cdl number", "cdl license", "commercial driver's license", "commercial drivers license", "commercial driver license", "commercial driver's licence"},
		shape: shapeAlnum, min: 4, max: 20, minDigits: 3, state: true, valid: notYear, score: 0.8},
	{typ: BankAccount, words: []string{"account", "account number", "account no", "acct", "acct no", "acc", "acc no", "bank account", "checking account", "savings account", "a/c",
		// a payslip's bare "Bank" before New Zealand's bank, branch, account and suffix (stop 51: "Bank 12-3140-0123456-00")
		"bank", "bank no", "bank acct"}, shape: shapeDigits, min: 6, max: 17, score: 0.8},
	// a security question's answer, which signs its holder in as a password does (stop 51: "first pet Biscuit, first car
	// Corolla" had gone upstream beside a masked maiden name)
	{typ: Secret, words: []string{"first pet", "first pet's name", "name of your first pet", "first car", "make of your first car", "childhood nickname",
		"childhood best friend", "favorite teacher", "favourite teacher", "high school mascot", "street you grew up on", "city you were born in",
		"security answer", "security question answer", "secret answer", "memorable word", "memorable information"}, shape: shapeAnswer, score: 0.75},
	// Germany's social insurance (pension) number: the area's two digits, the birth date, the family
	// name's initial, a serial and a check digit (stop 51: "SV-Nr. 65 170839 J 003" had left the
	// letter and the serial upstream)
	{typ: IDNumber, words: []string{"sv-nr", "sv-nr.", "sv-nummer", "svnr", "sozialversicherungsnummer", "rentenversicherungsnummer", "rv-nr", "rv-nr.", "rvnr",
		"versicherungsnummer"}, shape: shapeSVNumber, score: 0.85},
	// an English school's unique pupil number: a check letter and twelve digits (stop 48: "your child's UPN is A123456789012")
	{typ: IDNumber, words: []string{"upn", "unique pupil number"}, shape: shapeAlnum, min: 13, max: 13, minDigits: 12, score: 0.8},
	// a brokerage's or a custodian's account, letters among its digits (stop 48): "acct #5KT-44172-19"
	{typ: BankAccount, words: []string{"acct", "acct no", "acct #", "account no", "account number", "brokerage account", "brokerage acct", "investment account",
		"custodial account", "ira account"}, shape: shapeAlnum, min: 6, max: 20, minDigits: 5, score: 0.75},
	// and after a bare "Account" right before it (stop 52: "Brokerage statement: Account 5YT-44712 | Owner: …" had gone upstream)
	{typ: BankAccount, words: []string{"account"}, shape: shapeAlnum, min: 6, max: 20, minDigits: 5, direct: true, valid: lettersAmongDigits, score: 0.7},
	// other languages' words for an account and its number, digits in the groups each country
	// writes (stop 45): "konto 1234 56 78903", "kontonummer 1234.56.78903", "numer konta 61 1090 1014
	// 0000 0712 1981 2874", "rekeningnummer", "número de cuenta", "numéro de compte", "numero di conto"
	{typ: BankAccount, words: []string{"konto", "kontonummer", "kontonr", "kontonr.", "konto nr", "konto-nr", "kto", "kto.-nr", "kto-nr", "bankkonto", "bankkontonummer",
		"numer konta", "nr konta", "numer rachunku", "nr rachunku", "rekening", "rekeningnummer", "bankrekening", "bankrekeningnummer", "número de cuenta", "numero de cuenta",
		"cuenta bancaria", "nº de cuenta", "n.º de cuenta", "numéro de compte", "n° de compte", "compte bancaire", "numero di conto", "conto corrente", "número da conta",
		"numero da conta", "conta bancária", "conta corrente", "conta", "číslo účtu", "számlaszám", "tilinumero", "pankkitili"}, shape: shapeDigits, min: 6, max: 26, dots: true, score: 0.8},
	// and Brazil's branch beside it (stop 45): "agência 1234-5, conta 56789-0"
	{typ: BankAccount, words: []string{"agência", "agencia", "número da agência", "numero da agencia"}, shape: shapeDigits, min: 4, max: 6, score: 0.75},
	{typ: ABARouting, words: []string{"routing", "routing number", "aba", "rtn", "routing transit number", "rdfi", "odfi", "rdfi id", "odfi id"}, shape: shapeDigits, min: 9, max: 9, valid: abaValid, score: 0.95},
	// the branch half of an account's number where the country writes one apart: a UK sort code
	// (20-00-00), an Australian BSB (062-000), an Indian IFSC (SBIN0001234)
	{typ: BankAccount, words: []string{"sort code", "sortcode", "sort-code", "bsb", "bsb number", "bsb no"}, shape: shapeDigits, min: 6, max: 6, score: 0.85},
	// and a Canadian branch's transit number, a South African branch's code (stop 41)
	{typ: BankAccount, words: []string{"transit number", "transit no", "transit #", "branch transit", "branch transit number", "branch code", "branch number", "branch no"},
		shape: shapeDigits, min: 5, max: 6, score: 0.8},
	{typ: BankAccount, words: []string{"ifsc", "ifsc code"}, shape: shapeAlnum, min: 11, max: 11, valid: ifscValid, score: 0.85},
	{typ: NPI, words: []string{"npi", "national provider identifier"}, shape: shapeDigits, min: 10, max: 10, valid: npiValid, score: 0.95},
	{typ: UKNHS, words: []string{"nhs", "nhs number", "nhs no"}, shape: shapeDigits, min: 10, max: 10, valid: nhsValid, score: 0.95},
	{typ: NLBSN, words: []string{"bsn", "burgerservicenummer", "sofinummer", "sofi"}, shape: shapeDigits, min: 9, max: 9, valid: bsnValid, score: 0.95},
	{typ: INAadhaar, words: []string{"aadhaar", "aadhar", "aadhaar number", "aadhaar no", "uidai", "uid number", "आधार", "आधार नंबर", "आधार संख्या"}, shape: shapeDigits, min: 12, max: 12, valid: aadhaarValid, score: 0.95},
	{typ: INPAN, words: []string{"pan", "pan card", "pan number", "pan no", "permanent account number"}, shape: shapeAlnum, min: 10, max: 10, minDigits: 4, valid: indiaPANValid, score: 0.9},
	{typ: BRCPF, words: []string{"cpf", "cpf nº", "cpf no", "cadastro de pessoas físicas"}, shape: shapeDigits, min: 11, max: 11, dots: true, valid: cpfValid, score: 0.95},
	// a PIX key that is the holder's CPF (stop 54): "Chave PIX: 123.456.789-09"
	{typ: BRCPF, words: []string{"chave pix", "pix", "chave"}, shape: shapeDigits, min: 11, max: 11, dots: true, valid: cpfValid, score: 0.9},
	// Argentina's CBU and CVU (two check digits) and Nigeria's NUBAN after their words (stop 54):
	// "CBU 2850590940090418135201", "NUBAN 0123456789 (GTBank)"
	{typ: BankAccount, words: []string{"cbu", "cvu", "clave bancaria uniforme", "clave virtual uniforme", "nro. de cbu", "número de cbu"},
		shape: shapeDigits, min: 22, max: 22, valid: cbuValid, score: 0.9},
	{typ: BankAccount, words: []string{"nuban", "nuban no", "nuban number", "nuban account"}, shape: shapeDigits, min: 10, max: 10, score: 0.85},
	{typ: CASIN, words: []string{"sin", "sin number", "social insurance number", "numéro d'assurance sociale", "nas"}, shape: shapeDigits, min: 9, max: 9, valid: sinValid, score: 0.9},
	{typ: CNResidentID, words: []string{"身份证", "身份证号", "身份证号码", "居民身份证", "resident id", "resident identity card", "chinese id", "id card number", "ssn", "social security number",
		"id card", "identity card", "national id", "citizen id"}, shape: shapeAlnum, min: 18, max: 18, minDigits: 17, valid: cnResidentIDValid, score: 0.95}, // (stop 58: "my ID card is 4117…", the check character vouching)
	// and after its words in Chinese whose check fails (a typo, a copied form's number): still a person's (stop 47)
	{typ: IDNumber, words: []string{"身份证", "身份证号", "身份证号码", "居民身份证", "身份證", "身份證號碼"}, shape: shapeAlnum, min: 18, max: 18, minDigits: 17, valid: cnResidentIDShape, score: 0.8},
	// and the same countries' numbers after the long words that name only them, where the check
	// fails (a typo, a form's copied sample, a number made up by hand): still a person's number
	// (stop 48: "codice fiscale FRRGLI85M41H501Z", "personnummer 19850412-1234", "PESEL 85041212345"
	// had gone upstream, or been read as a street)
	{typ: IDNumber, words: []string{"codice fiscale", "cod. fiscale", "cod. fisc."}, shape: shapeAlnum, min: 16, max: 16, minDigits: 7, valid: fiscalCodeShape, score: 0.7},
	{typ: IDNumber, words: []string{"personnummer", "fødselsnummer", "fodselsnummer", "pesel", "numer pesel", "aadhaar", "aadhar", "aadhaar number", "aadhaar no",
		"आधार", "आधार नंबर", "आधार संख्या", "steuer-id", "steueridentifikationsnummer", "burgerservicenummer", "nhs number", "tax file number",
		"social insurance number", "personal public service number", "cpf"}, shape: shapeDigits, min: 9, max: 12, dots: true, score: 0.7},
	// New Zealand's tax number, eight or nine digits (stop 49: "my IRD number is 123-456-788")
	{typ: IDNumber, words: []string{"ird number", "ird no", "ird #"}, shape: shapeDigits, min: 8, max: 9, score: 0.7},
	// a NIR whose key fails after its words: fifteen characters, or, since stop 51, a NIR's shape
	// written without its key, thirteen digits, and after the bare "NIR", "INSEE" and "n° SS" too
	// ("NIR 2920975115042" and "NIR 2 92 09 75 115 042 37" had gone upstream whole or in part). (A
	// NIR's groups read as a phone's digits after "numéro", scored 0.95: the failed number outscores
	// them, as a valid one, typed FR_NIR, would not be outscored by it.)
	{typ: IDNumber, words: []string{"numéro de sécurité sociale", "numéro de sécu", "sécurité sociale", "carte vitale", "nir", "n° insee", "numéro insee",
		"no insee", "insee", "n° nir", "numéro nir", "n° ss", "no ss", "n° de ss", "n° sécurité sociale", "n° de sécurité sociale", "n° sécu"},
		shape: shapeAlnum, min: 13, max: 15, minDigits: 13, valid: func(v string) bool { return !nirValid(v) && (len(v) == 15 || nirShaped(v)) }, score: 0.96},
	{typ: MXCURP, words: []string{"curp", "clave única de registro de población", "clave unica de registro de poblacion"}, shape: shapeAlnum, min: 18, max: 18, minDigits: 7, valid: curpValid, score: 0.95},
	// and one whose check digit fails after its word (stop 48: "mi CURP HEGJ850101HDFRMS09")
	{typ: IDNumber, words: []string{"curp"}, shape: shapeAlnum, min: 18, max: 18, minDigits: 7, valid: func(v string) bool { return curpShape(v) && !curpValid(v) }, score: 0.8},
	{typ: AUTFN, words: []string{"tfn", "tax file number", "tax file no"}, shape: shapeDigits, min: 9, max: 9, valid: tfnValid, score: 0.95},
	{typ: IEPPSN, words: []string{"ppsn", "pps", "pps number", "pps no", "personal public service number", "rsi number"}, shape: shapeAlnum, min: 8, max: 9, minDigits: 7, valid: ppsnValid, score: 0.95},
	{typ: DETaxID, words: []string{"steuer-id", "steuerid", "steuer id", "steueridentifikationsnummer", "identifikationsnummer", "idnr", "tax id"}, shape: shapeDigits, min: 11, max: 11, valid: steuerIDValid, score: 0.95},
	{typ: FRNIR, words: []string{"nir", "insee", "sécurité sociale", "securite sociale", "numéro de sécurité sociale", "sécu", "numéro de sécu", "carte vitale", "n° ss", "no ss",
		"ssn", "social security number"}, shape: shapeAlnum, min: 15, max: 15, minDigits: 13, valid: nirValid, score: 0.95},
	{typ: IMEI, words: []string{"imei"}, shape: shapeDigits, min: 15, max: 15, valid: imeiValid, score: 0.95},
	// a handset's number after its word whose check fails (a typo, an IMEISV's sixteen digits, fourteen without the check
	// digit) is still the handset's (stop 47): "IMEI: 353918106543210", "IMEI 35-391810-654321-0"
	{typ: DeviceID, words: []string{"imei", "imei number", "imei no", "imeisv"}, shape: shapeDigits, min: 14, max: 16, score: 0.8},
	// an eSIM's EID: 32 digits, 89 first, the whole number 1 modulo 97 (GSMA SGP.29) (stop 47)
	{typ: DeviceID, words: []string{"eid", "eid number", "euicc", "euicc id", "euicc identifier", "esim eid"}, shape: shapeDigits, min: 32, max: 32, valid: eidValid, score: 0.85},
	{typ: SWIFT, words: []string{"swift", "bic", "swift code", "bic code", "swift/bic"}, shape: shapeAlnum, min: 8, max: 11, valid: swiftValid, score: 0.9},
	// an IBAN of its country's length after its word whose check digits fail (stop 49: "IBAN: DE89
	// 3704 0044 0532 0130 02", a digit mistyped, had gone upstream, or in part as a phone): a
	// mistyped account is still the holder's; one that passes is found anywhere already
	{typ: IBAN, words: []string{"iban", "iban number", "iban no", "iban code", "iban nr", "iban is", "iban number is"}, shape: shapeAlnum, min: 15, max: 34, minDigits: 10, joined: true, valid: failedIBAN, score: 0.85},
	{typ: EUVAT, words: []string{"vat", "vat number", "vat id", "vat no", "ust-idnr", "ustid", "tva", "iva", "btw", "mwst"}, shape: shapeAlnum, min: 8, max: 14, minDigits: 7, valid: vatShape, score: 0.85},
	// Italy's partita IVA written without its country's letters, which a sole trader's invoice
	// carries: eleven digits under Luhn's check ("P.IVA 12345678903")
	{typ: EUVAT, words: []string{"p.iva", "p.iva n", "piva", "partita iva", "partita i.v.a.", "p.i."}, shape: shapeDigits, min: 11, max: 11, valid: partitaIVA, score: 0.85},
	{typ: HealthPlan, words: []string{"member", "member id", "member i.d", "insured i.d", "insured's i.d", "member number", "membership number",
		// health insurance numbers in German, Spanish, Italian, French and Dutch
		"versichertennummer", "krankenversichertennummer", "kvnr", "versicherungsnummer", "sozialversicherungsnummer", "svnr",
		"versichertennr", "versicherten-nr", // as a sick note abbreviates it (stop 49)
		"tarjeta sanitaria", "número de afiliación", "numero de afiliacion", "nuss", "tessera sanitaria", "numéro d'assuré",
		"numero d'assure", "zorgverzekeringsnummer", "subscriber id", "policy number", "health plan", "insurance id", "beneficiary id", "medicaid", "medicare number", "group number", "plan id"}, shape: shapeAlnum, min: 6, max: 20, minDigits: 4, score: 0.8},
	// Spain's regional health card code (stop 46): "Tarjeta sanitaria CIP: BBBB123456789012", in capitals alone
	{typ: HealthPlan, words: []string{"cip"}, shape: shapeAlnum, min: 10, max: 16, minDigits: 6, upper: true, score: 0.8},
	{typ: HealthPlan, words: []string{"tarjeta sanitaria cip", "código cip", "codigo cip", "cip autonómico", "cip-sns", "cip sns"}, shape: shapeAlnum, min: 10, max: 16, minDigits: 6, score: 0.8},
	// an employer's group under a health plan, shorter than a member's number (stop 45): "member ID XQH884412007, grp 00412"
	{typ: HealthPlan, words: []string{"group no", "grp no", "grp"}, shape: shapeAlnum, min: 4, max: 15, minDigits: 4, score: 0.75},
	// and after the bare word as a label, with five digits or more and no word of prose between (stop 47: an
	// EOB's "Member ID: W284719306  Group: 0074412"; not a company's "Mazzi Group on 2019-03-02")
	{typ: HealthPlan, words: []string{"group"}, shape: shapeAlnum, min: 5, max: 15, minDigits: 5, direct: true, score: 0.7},
	// an insurance policy after the bare word ("bill my HMO, policy AXA-5521-889"), which IT writes
	// too ("IAM policy 2023-01"): longer, with more digits, and no date
	{typ: HealthPlan, words: []string{"policy", "policy no", "policy #", "insurance policy"}, shape: shapeAlnum, min: 7, max: 20, minDigits: 5, valid: notDateShape, score: 0.8},
	// a member's number after the insurer's name, as records write it ("Insurance: BCBS #XQP8823341")
	{typ: HealthPlan, words: []string{"bcbs", "aetna", "cigna", "humana", "unitedhealthcare", "uhc", "anthem", "tricare", "kaiser", "blue cross", "blue shield",
		"blue cross blue shield", "molina", "centene", "ambetter", "oscar health", "wellcare", "healthnet", "health net", "highmark", "bupa", "axa ppp", "vitality",
		// dental, vision and state plans (stop 42): "ins: Delta Dental 112233445"
		"delta dental", "metlife dental", "united concordia", "vsp", "eyemed", "medi-cal", "caresource", "amerigroup", "florida blue", "premera",
		"regence", "emblemhealth", "fidelis care", "geisinger health plan",
		// France's mutuals and Argentina's obras sociales (stop 51): "mutuelle MGEN n° 123456789", "obra social OSDE 61-234567-8/01"
		"mgen", "harmonie mutuelle", "malakoff humanis", "ag2r la mondiale", "mutuelle générale", "lmde", "apicil", "klesia",
		"osde", "swiss medical", "galeno", "omint", "medifé", "medife", "ioma", "pami", "osecac", "obra social", "prepaga"},
		// (its groups joined since stop 51: "BCBS #XQP-882-3341", "OSDE 61-234567-8/01" had gone upstream)
		shape: shapeAlnum, min: 7, max: 20, minDigits: 5, joined: true, slashes: true, valid: notDateShape, score: 0.75},
	// Russia's compulsory health insurance policy, sixteen digits since 2011 (stop 51: "полис ОМС 6650890812345678")
	{typ: HealthPlan, words: []string{"полис омс", "полис", "полиса омс", "номер полиса", "номер полиса омс", "енп", "омс", "oms policy", "polis oms"},
		shape: shapeDigits, min: 9, max: 16, score: 0.8},
	// and Brazil's national health card whose check fails after its words (a typo or a form's sample)
	{typ: HealthPlan, words: []string{"cartão sus", "cartao sus", "cartão nacional de saúde", "cartao nacional de saude", "número do cns", "nº cns", "n° cns"},
		shape: shapeDigits, min: 15, max: 15, score: 0.8},
	{typ: MedicalLicense, words: []string{"medical license", "medical licence", "physician license", "state license", "license no"}, shape: shapeAlnum, min: 4, max: 15, minDigits: 3, score: 0.8},
	// a tradesman's, an inspector's or a contractor's licence as a report abbreviates it (stop 49:
	// "Inspected by: T. Okonjo-Iweala (Lic. #HI-20418)"), letters and digits
	{typ: IDNumber, words: []string{"lic.", "lic. no", "lic. no.", "lic. #", "lic #"}, shape: shapeAlnum, min: 5, max: 15, minDigits: 4, score: 0.75},
	{typ: DeviceID, words: []string{"serial", "serial number", "serial no", "s/n", "device id", "udi", "implant id",
		// a phone's and an app's identifiers of the device: advertising ids (a UUID), SIM and handset numbers
		"idfa", "idfv", "gaid", "aaid", "advertising id", "android id", "iccid", "meid", "esn", "imsi",
		// a fraud system's fingerprint of a browser or a device, which follows its user (stop 47)
		"device fingerprint", "browser fingerprint", "device fingerprint id", "device hash", "device print"}, shape: shapeAlnum, min: 5, max: 40, minDigits: 3, score: 0.75},
	// a vehicle's identification number after its word, which the scan takes only where its check
	// digit holds: Europe's and Asia's makers need not compute one ("VIN: WVWZZZ1JZXW000001")
	{typ: VIN, words: []string{"vin", "vin number", "vin no", "vehicle identification number", "chassis number", "chassis no", "fahrgestellnummer",
		"fahrzeug-identifizierungsnummer", "numéro de châssis", "numero de chasis", "número de bastidor", "numero di telaio", "telaio"},
		shape: shapeAlnum, min: 17, max: 17, minDigits: 3, valid: vinShape, score: 0.8},
	// a device's label in capitals, as a chart or an implant card writes it: "Azure XT, SN PZK123456H"
	{typ: DeviceID, words: []string{"sn"}, shape: shapeAlnum, min: 5, max: 40, minDigits: 3, upper: true, score: 0.75},
	{typ: LicensePlate, words: []string{"plate", "license plate", "licence plate", "number plate", "registration plate", "plate number",
		// British English's and other languages' words for a car's registration
		"car reg", "reg", "reg no", "registration number", "vehicle registration", "kennzeichen", "kfz-kennzeichen", "amtliches kennzeichen",
		"matrícula", "matricula", "immatriculation", "plaque d'immatriculation", "targa", "kenteken",
		"placa", "placa do carro", "placa do veículo", "placa del vehículo", "número de placa", "numero de placa", // Brazil's and Mexico's (stop 45)
		// a boat's, which a state registers as it does a car (stop 42): "Boat registration WI 4387 EN"
		"boat registration", "boat registration number", "boat reg", "vessel registration", "vessel registration number",
		// a vehicle's number as India's and a police report's forms label it (stop 48): "Vehicle No: KA 05 MN 4521"; "vehicle" alone
		// comes before a make and a year ("Vehicle: 2019 Honda Civic")
		"vehicle no", "vehicle number", "vehicle reg no", "vehicle registration no", "tag number", "license tag"}, shape: shapeAlnum, min: 4, max: 10, minDigits: 1, state: true, joined: true, score: 0.75},
	{typ: CVV, words: []string{"cvv", "cvc", "cvv2", "cvc2", "security code", "csc", "card verification", "code on the back", "3-digit code", "three digit code", "three-digit code"}, shape: shapeDigits, min: 3, max: 4, score: 0.85},
	// a PIN, the rest of PCI DSS's sensitive authentication data: a card's, a phone's, a door's
	{typ: PIN, words: []string{"pin", "pin code", "pin number", "atm pin", "card pin", "passcode", "pass code", "unlock code",
		// a door's, a gate's, a lock's and an alarm's codes, which open a home (stop 42): "Smart lock: code 4417 used by …", "gate code 4417#"
		"door code", "gate code", "lock code", "keypad code", "alarm code", "garage code", "garage door code", "entry code", "access code", "lockbox code",
		"key code", "disarm code", "smart lock code",
		// and a keypad's, a safe's, a lockbox's and a voicemail's (stop 51: "garage keypad 1946", "safe combination is
		// 32-18-7", "CBS code 5533", "voicemail PIN 8841")
		"keypad", "garage keypad", "safe combination", "lock combination", "locker combination", "padlock combination", "combination lock",
		"combo lock", "cbs code", "showing code", "buzzer code", "opener code", "garage door opener code", "voicemail pin", "voicemail password",
		// a one-time code, which signs its holder in as a PIN does
		"otp", "one-time code", "one time code", "one-time password", "verification code", "2fa code", "mfa code", "login code",
		"sign-in code", "auth code", "authentication code", "sms code"}, shape: shapeDigits, min: 4, max: 8, score: 0.85},
	{typ: CVV, words: []string{"cid"}, shape: shapeDigits, min: 4, max: 4, upper: true, score: 0.85}, // American Express's card identification number
	{typ: CardExpiry, words: []string{"exp", "expiry", "expires", "expiration", "exp date", "expiry date", "expiration date", "valid thru", "valid through", "good thru"}, shape: shapeExpiry, score: 0.85},
	{typ: DateOfBirth, words: []string{"dob", "d.o.b", "d o b", "d-o-b", "dob's", "birthday's", "date of birth's", "date of birth", "born", "born on", "born in", "birth date", "birthdate", "birthday", "year of birth", "birth year", "yob",
		"bday", "b-day", "b'day", "birthday's", "bday's", "birth day",
		// in German, French, Spanish, Italian, Dutch and Portuguese
		"geboren", "geboren am", "geb.", "geburtsdatum", "né le", "née le", "né en", "née en", "date de naissance", "nacido el", "nacida el",
		"nacido en", "nacida en", "fecha de nacimiento", "nato il", "nata il", "nato nel", "nata nel", "data di nascita", "geboren op",
		"geboortedatum", "nascido em", "nascida em", "data de nascimento",
		"ngày sinh", "sinh ngày", // Vietnamese: "Tôi sinh ngày 22 tháng 11 năm 1938"
		// a date of birth's label in Polish, Czech, Turkish, the Nordic languages, Finnish,
		// Hungarian, Romanian, Russian, Indonesian, Hindi, Arabic, Chinese, Japanese and Korean
		"data urodzenia", "datum narození", "datum narozeni", "doğum tarihi", "dogum tarihi", "födelsedatum", "fødselsdato", "syntymäaika",
		"születési dátum", "születési idő", "data nașterii", "data nasterii", "дата рождения", "tanggal lahir", "tgl lahir", "जन्म तिथि", "जन्मतिथि",
		"تاريخ الميلاد", "出生日期", "生年月日", "생년월일",
		// "born" in Swedish, Danish and Norwegian, Finnish, Czech and Slovak, Hungarian and
		// Romanian (stop 27): "född 1985-02-02", "narozen 08. 12. 1977", "született 1985. 03. 14."
		"född", "født", "syntynyt", "narozen", "narozena", "narodený", "narodená", "született", "născut la", "născută la", "nascut la",
		// a birthday, in German, French, Spanish, Italian, Dutch and Portuguese
		"geburtstag", "mon anniversaire", "son anniversaire", "ton anniversaire", "cumpleaños", "cumpleanos", "compleanno", "verjaardag", "aniversário", "date d'anniversaire"}, shape: shapeDate, score: 0.9},
	{typ: Username, words: []string{"username", "user name", "login", "handle", "screen name", "logged in as", "signed in as", "log in as", "login as", "sign in as", "logging in as", "signing in as", "account name", "nickname"}, shape: shapeHandle, min: 2, max: 32, score: 0.65},
	// in other languages (stop 40)
	{typ: Username, words: []string{"benutzername", "nom d'utilisateur", "identifiant", "nombre de usuario", "usuario", "nome utente", "nome de usuário", "nome de usuario",
		"usuário", "gebruikersnaam", "nazwa użytkownika", "логин", "имя пользователя", "用户名", "用戶名", "ユーザー名", "사용자 이름", "아이디", "اسم المستخدم", "שם משתמש",
		"kullanıcı adı", "käyttäjätunnus", "användarnamn", "brugernavn", "brukernavn", "uživatelské jméno", "felhasználónév", "tên đăng nhập"},
		shape: shapeHandle, min: 2, max: 32, score: 0.65},
	{typ: Username, words: []string{"user"}, shape: shapeHandleOnly, min: 2, max: 32, score: 0.65}, // "User: hello" opens a line of a transcript
	// a ticket's or a review's people as trackers write their accounts (stop 52): "Assigned to: dwayne.p", "reviewed by: m_castellanos";
	// not "reporter" or "reviewer", jobs that head tables of jobs too
	{typ: Username, words: []string{"assignee", "assigned to", "reviewed by", "reported by", "approved by", "opened by", "closed by", "merged by", "requested by",
		// a help desk's request for an account (stop 53): "please reset the password for thandiwe.m"
		"password for", "passcode for", "account for", "access for", "permissions for", "mfa for", "2fa for",
		// and a ticket handed on (stop 54): "Reassigning JIRA-4412 … to oluwaseun.a", "escalated to t.nguyen"
		"reassigned to", "reassigning to", "reassign to", "escalated to", "escalating to", "handed off to", "handing off to", "delegated to", "transferred to"},
		shape: shapeHandleOnly, min: 3, max: 32, valid: accountNotVersion, score: 0.65},
	// a directory's account names (stop 39): LDAP's and LDIF's uid (uid: mgarcia, uid=mgarcia,ou=people), Active Directory's
	// sAMAccountName and mailNickname (SamAccountName : rthornton); a number there is a POSIX uid (uid=1000(ubuntu)), a type a
	// declaration's (Uid uint32): no one's name
	{typ: Username, words: []string{"uid", "samaccountname", "sam account name", "mailnickname", "userid", "user id", "user_id", "login name", "logon name",
		"preferred username", "preferred_username", "targetusername", "subjectusername"},
		shape: shapeHandle, min: 2, max: 32, valid: directoryHandle, score: 0.65},
	// an account on a platform that names people by handles: "my discord is jdoe#1234", "snapchat: jane_doe22"
	{typ: Username, words: []string{"discord", "snapchat", "skype", "skype id", "steam", "steam id", "telegram", "kik", "twitch", "psn", "psn id",
		"xbox", "tiktok", "bluesky", "mastodon", "roblox", "minecraft", "gamertag", "gamer tag", "xbox gamertag", "psn name", "epic username",
		"instagram", "insta", "ig", "snap", "twitter", "threads", "venmo", "reddit", "pinterest"}, shape: shapeHandle, min: 2, max: 37, spaced: true, camel: true, score: 0.65},
	{typ: Username, words: []string{"cashapp", "cash app", "cashtag"}, shape: shapeHandle, min: 2, max: 20, sigil: true, score: 0.65}, // "cashapp $janedoe"
	// (stop 43) games' and messengers' names for an account: "Riot ID: Kev#NA1", "BattleTag: Kev#1234", "WeChat ID: kevin_b88"
	{typ: Username, words: []string{"riot id", "battletag", "battle tag", "battle.net", "battle.net id", "epic name", "epic display name", "wechat", "wechat id",
		"weixin", "line id", "kakao", "kakaotalk", "kakao id", "kakaotalk id", "signal username", "threema id"}, shape: shapeHandle, min: 2, max: 37, spaced: true, camel: true, score: 0.65},
	// (stop 43) a platform's number or key for an account, which its API, a moderator's log or a support ticket gives: a Steam
	// ID (SteamID64, 7656119…), a Discord or a Twitter snowflake, Google's account number, Epic's account key, Xbox's XUID, a
	// YouTube channel's id; a handle after the same words is the cue above's
	{typ: IDNumber, words: []string{"steam id", "steamid", "steamid64", "steam id64", "steam64", "steam account id", "discord id", "discord user id",
		"google account id", "gaia id", "epic account id", "epic games account id", "xuid", "xbox user id", "psn account id", "player id",
		"tiktok id", "youtube channel id", "twitter id", "x user id", "facebook id", "facebook user id", "instagram id", "snapchat id", "roblox id", "twitch id"},
		shape: shapeAlnum, min: 6, max: 40, minDigits: 5, score: 0.7},
	// the account of an SSH, PAM or sudo log line: "Accepted publickey for dkowalski from …",
	// "session opened for user jmorales by …"
	{typ: Username, words: []string{"accepted publickey for", "accepted password for", "accepted keyboard-interactive/pam for", "failed password for",
		"failed password for invalid user", "invalid user", "for user", "session opened for user", "session closed for user", "authentication failure for",
		"failed publickey for", "disconnected from user", "disconnected from invalid user",
		// passwd's and chage's (stop 51): "pam_unix(passwd:chpasswd): password changed for lfournier"
		"password changed for", "changed password expiry for", "changed password for user"}, shape: shapeLogin, min: 2, max: 32, score: 0.7},
	// the numbers of Australia's, New Zealand's, Canada's, the UK's and India's health systems,
	// tax offices and benefit agencies, and the US's Medicare number before the MBI (stop 41)
	{typ: AUMedicare, words: []string{"medicare", "medicare number", "medicare no", "medicare card", "medicare card number", "medicare card no", "medicare #",
		"medicare no.", "medicare card no."}, shape: shapeDigits, min: 10, max: 11, valid: medicareValid, score: 0.95},
	{typ: AUIHI, words: []string{"ihi", "ihi number", "ihi no", "individual healthcare identifier", "individual health identifier"}, shape: shapeDigits, min: 16, max: 16, valid: ihiValid, score: 0.95},
	{typ: MedicalLicense, words: []string{"hpi-i", "hpii", "hpi-i number", "hpi-i no"}, shape: shapeDigits, min: 16, max: 16, valid: hpiiValid, score: 0.95},
	{typ: AUABN, words: []string{"abn", "abn no", "abn number", "australian business number"}, shape: shapeDigits, min: 11, max: 11, valid: abnValid, score: 0.95},
	{typ: AUACN, words: []string{"acn", "acn no", "australian company number", "arbn"}, shape: shapeDigits, min: 9, max: 9, valid: acnValid, score: 0.95},
	{typ: IDNumber, words: []string{"crn", "centrelink crn", "customer reference number", "centrelink reference number", "centrelink customer reference number"},
		shape: shapeAlnum, min: 10, max: 10, minDigits: 9, joined: true, valid: crnValid, score: 0.85},
	{typ: IDNumber, words: []string{"dva file number", "dva file no", "dva file", "dva number", "dva no", "dva card", "dva card number", "dva card no"},
		shape: shapeAlnum, min: 6, max: 10, minDigits: 4, valid: dvaValid, score: 0.85},
	{typ: NZNHI, words: []string{"nhi", "nhi number", "nhi no", "national health index", "national health index number"}, shape: shapeAlnum, min: 7, max: 7, minDigits: 2, valid: nhiValid, score: 0.95},
	{typ: NZIRD, words: []string{"ird", "ird number", "ird no", "ird #", "inland revenue number", "ird no."}, shape: shapeDigits, min: 8, max: 9, valid: irdValid, score: 0.95},
	{typ: CAHealthNumber, words: []string{"ohip", "ohip number", "ohip no", "ohip #", "ontario health card", "ontario health card number", "ontario health number"},
		shape: shapeAlnum, min: 10, max: 12, minDigits: 10, joined: true, valid: ohipValid, score: 0.95},
	{typ: CAHealthNumber, words: []string{"phn", "personal health number", "bc phn"}, shape: shapeDigits, min: 10, max: 10, valid: phnValid, score: 0.95},
	{typ: CAHealthNumber, words: []string{"ramq", "ramq number", "ramq no", "numéro d'assurance maladie", "numero d'assurance maladie", "no d'assurance maladie",
		"n° d'assurance maladie", "carte d'assurance maladie", "assurance maladie", "carte soleil"}, shape: shapeAlnum, min: 12, max: 12, minDigits: 8, joined: true, valid: ramqValid, score: 0.95},
	{typ: CAHealthNumber, words: []string{"health card", "health card number", "health card no", "health card #", "health number", "provincial health number",
		"health insurance number", "alberta health care number", "ahcip number"}, shape: shapeAlnum, min: 10, max: 12, minDigits: 8, joined: true, valid: caHealthValid, score: 0.9},
	// and one whose check fails after those words, its version code joined by a dash or not: a typo or
	// a form's sample, still a person's plan number (stop 48: "OHIP 1234-567-890-AB" had been read as a
	// phone, its letters left out); a valid one stays CA_HEALTH_NUMBER above
	{typ: HealthPlan, words: []string{"ohip", "ohip no", "ohip number", "health card", "health card number", "health card no", "phn"},
		shape: shapeAlnum, min: 9, max: 12, minDigits: 9, joined: true,
		valid: func(v string) bool { return !ohipValid(v) && !phnValid(v) && !caHealthValid(v) }, score: 0.85},
	{typ: UKUTR, words: []string{"utr", "utr number", "utr no", "unique taxpayer reference", "unique tax reference", "self assessment utr", "sa utr", "corporation tax utr"},
		shape: shapeAlnum, min: 10, max: 11, minDigits: 10, joined: true, valid: utrValid, score: 0.95},
	{typ: UKNHS, words: []string{"chi", "chi number", "chi no", "community health index", "community health index number", "h&c number", "h&c no", "health and care number"},
		shape: shapeDigits, min: 10, max: 10, valid: chiValid, score: 0.95},
	// a clinician's registration: the UK's General Medical Council's and pharmacists' (seven digits), a nurse's NMC PIN (12A3456E),
	// an Australian practitioner's with AHPRA (MED0001234567)
	{typ: MedicalLicense, words: []string{"gmc", "gmc number", "gmc no", "gmc ref", "gmc reference number", "gphc", "gphc number", "gphc registration number"},
		shape: shapeDigits, min: 7, max: 7, upper: true, score: 0.85},
	{typ: MedicalLicense, words: []string{"nmc", "nmc pin", "nmc number"}, shape: shapeAlnum, min: 8, max: 8, minDigits: 6, valid: nmcPinValid, upper: true, score: 0.85},
	// France's practitioner directory (stop 52): "Dr Pierre Lemaire, RPPS 10003456786" on a
	// prescription, eleven digits opening with 1 and a Luhn key
	{typ: MedicalLicense, words: []string{"rpps", "n° rpps", "numéro rpps", "rpps n°", "identifiant rpps"}, shape: shapeDigits, min: 11, max: 11, valid: rppsValid, score: 0.9},
	{typ: MedicalLicense, words: []string{"ahpra", "ahpra number", "ahpra no", "ahpra registration", "ahpra registration number", "ahpra reg"}, shape: shapeAlnum, min: 13, max: 13, minDigits: 10, valid: ahpraValid, score: 0.85},
	{typ: INVoter, words: []string{"epic", "epic no", "epic number", "voter id", "voter id no", "voter id number", "voter id card", "voter id card no", "voter card",
		"voter card no", "electors photo identity card", "elector's photo identity card"}, shape: shapeAlnum, min: 10, max: 10, minDigits: 7, valid: epicValid, score: 0.95},
	{typ: INGSTIN, words: []string{"gstin", "gst no", "gst number", "gstin/uin", "gst reg no", "gst registration number", "gst"}, shape: shapeAlnum, min: 15, max: 15, minDigits: 6, valid: gstinValid, score: 0.95},
	{typ: INABHA, words: []string{"abha", "abha number", "abha no", "abha id", "health id", "health id number", "abha health id"}, shape: shapeDigits, min: 14, max: 14, score: 0.9},
	{typ: INABHA, words: []string{"abha address", "phr address"}, shape: shapeVPA, min: 5, max: 64, score: 0.9},
	{typ: HealthPlan, words: []string{"hicn", "hic number", "hic no", "medicare claim number", "health insurance claim number", "medicare hicn",
		"medicare", "medicare #", "medicare no", "medicare number", "medicare id"},
		shape: shapeAlnum, min: 10, max: 11, minDigits: 9, joined: true, valid: hicnValid, score: 0.9},
	// more countries' agencies (stop 41, the second pair of probes): South Africa's, Malaysia's and Israel's identity
	// numbers, the Philippines' social security, health, housing fund and UMID numbers, Nigeria's NIN and BVN, Kenya's
	// KRA PIN and NHIF number, Ghana's card, India's UAN, a US veteran's VA file, Australia's Medicare provider numbers,
	// the health numbers of Canada's other provinces (their own labels vouch for them: no check digit; not "HSN" or
	// "MCP" alone, an Indian invoice's product code and the Model Context Protocol)
	{typ: ZAID, words: []string{"id number", "id no", "id num", "identity number", "identity no", "sa id", "rsa id", "sa id number", "sa id no",
		"south african id", "south african id number", "south african identity number"}, shape: shapeDigits, min: 13, max: 13, valid: zaIDValid, score: 0.95},
	{typ: MYNRIC, words: []string{"mykad", "my kad", "mykad no", "nric", "nric no", "ic", "ic no", "ic number", "i/c", "i/c no", "no. k/p", "no k/p", "k/p",
		"kad pengenalan", "no. kad pengenalan", "nombor kad pengenalan"}, shape: shapeDigits, min: 12, max: 12, valid: myNRICValid, score: 0.95},
	{typ: ILID, words: []string{"teudat zehut", "t.z", "t.z.", "tz", "ת.ז", "ת\"ז", "תעודת זהות", "מספר זהות", "israeli id", "israeli id number", "mispar zehut"},
		shape: shapeDigits, min: 5, max: 9, valid: ilIDValid, score: 0.95},
	{typ: IDNumber, words: []string{"sss", "sss no", "sss number", "sss id", "pag-ibig", "pag-ibig mid", "pag-ibig no", "pag-ibig number", "pag-ibig mid no",
		"hdmf", "hdmf no", "hdmf number", "nin", "nin no", "nin number", "national identification number", "national identity number", "nimc", "nimc number",
		"bvn", "bvn no", "bvn number", "bank verification number", "uan", "uan no", "uan number", "universal account number",
		"va file number", "va file no", "va file #", "va claim number", "va claim no", "c-file", "c-file number"}, shape: shapeDigits, min: 8, max: 12, score: 0.85},
	{typ: IDNumber, words: []string{"umid", "umid crn", "umid no", "umid number", "crn"}, shape: shapeAlnum, min: 12, max: 15, minDigits: 12, joined: true, valid: umidValid, score: 0.85},
	{typ: IDNumber, words: []string{"kra pin", "kra pin no", "kra pin number", "kra", "kra no"}, shape: shapeAlnum, min: 11, max: 11, minDigits: 9, valid: kraPINValid, score: 0.85},
	{typ: IDNumber, words: []string{"ghana card", "ghana card no", "ghana card number", "ghanacard", "ghana card pin"}, shape: shapeAlnum, min: 13, max: 13, minDigits: 10, joined: true, score: 0.85},
	// a diagnosis by its ICD-10 code after a chart's word for it (stop 47: "Dx: F32.1", a depressive episode), which
	// tells the condition as its name does
	{typ: HealthTerm, words: []string{"dx", "diagnosis", "diagnoses", "icd", "icd10", "diagnosis code", "dx code", "primary dx", "secondary dx"},
		shape: shapeAlnum, min: 3, max: 7, minDigits: 2, dots: true, valid: icd10Shape, score: 0.75},
	// an account's UUID after a user's id (stop 47: "my account (UID 5f3a9c21-7e4b-4d2a-9c1f-0a8e5b6d7c3e) is locked"); a
	// request's or a trace's is no one's
	{typ: IDNumber, words: []string{"uid", "user id", "userid", "user_id", "user uuid", "account id", "account uuid", "customer uuid", "member uuid"},
		shape: shapeAlnum, min: 32, max: 32, minDigits: 4, joined: true, valid: uuidShape, score: 0.75},
	// Lithuania's and Estonia's personal codes, eleven digits with the birth date and a check (stop 47):
	// "Ms. Giedrė Kazlauskienė (personal code 48705140012)", which had been a phone
	{typ: IDNumber, words: []string{"personal code", "personal id code", "personal identification code", "asmens kodas", "a.k.", "isikukood", "isikukoodi"},
		shape: shapeDigits, min: 11, max: 11, valid: balticCodeValid, score: 0.85},
	// Iceland's kennitala (stop 53): "Kennitala: 120174-3399", which had been a weak phone
	{typ: IDNumber, words: []string{"kennitala", "kennitölu", "kt.", "kt"}, shape: shapeDigits, min: 10, max: 10, valid: kennitalaValid, score: 0.85},
	// Pakistan's CNIC (35202-1234567-1; a province's digit first) and Sri Lanka's NIC, old (901234567V)
	// and new (199012345678), the birth's year and day in them; Greece's AMKA, a birth date and
	// four digits under Luhn (stop 46)
	{typ: IDNumber, words: []string{"cnic", "cnic no", "cnic number", "cnic #", "nic", "nic no", "nic number", "computerized national identity card",
		"computerised national identity card", "b-form", "b form no", "nicop"}, shape: shapeDigits, min: 13, max: 13, valid: cnicValid, score: 0.85},
	{typ: IDNumber, words: []string{"nic", "nic no", "nic number", "national identity card", "national identity card no", "national identity card number"},
		shape: shapeDigits, min: 12, max: 12, valid: sriLankaNICValid, score: 0.85},
	{typ: IDNumber, words: []string{"nic", "nic no", "nic number", "national identity card", "national identity card no", "national identity card number"},
		shape: shapeAlnum, min: 10, max: 10, minDigits: 9, valid: sriLankaNICValid, score: 0.85},
	// Indonesia's NIK (the region, the birth date, a woman's day 40 more, a serial), Saudi Arabia's
	// national ID and iqama (1 or 2 first, Luhn), Vietnam's citizen ID (CCCD, the province first)
	// and old identity card (CMND), Thailand's ID (13 digits, mod 11), the Philippines' PhilSys
	// number and card number, the UK's biometric residence permit (two letters and seven digits),
	// and Kenya's ID, seven to nine digits after "ID No." as its card and any form write it (stop 46)
	{typ: IDNumber, words: []string{"nik", "no. nik", "no nik", "nomor nik", "nomor induk kependudukan", "nik ktp", "no. ktp", "nomor ktp"},
		shape: shapeDigits, min: 16, max: 16, valid: nikValid, score: 0.85},
	// Nepal's citizenship certificate number, its district's and the issue's groups joined (stop 52:
	// "citizenship no. 12-01-75-01234" had been a weak phone)
	{typ: IDNumber, words: []string{"citizenship no", "citizenship number", "citizenship certificate no", "citizenship certificate number", "nagarikta no",
		"nagarikta number"}, shape: shapeDigits, min: 8, max: 14, score: 0.8},
	{typ: IDNumber, words: []string{"iqama", "iqama no", "iqama number", "iqama id", "iqama #", "saudi id", "saudi national id", "رقم الإقامة", "رقم الهوية"},
		shape: shapeDigits, min: 10, max: 10, valid: saudiIDValid, score: 0.85},
	{typ: IDNumber, words: []string{"cccd", "số cccd", "căn cước công dân", "số căn cước công dân", "số căn cước", "cmnd", "số cmnd", "chứng minh nhân dân",
		"số chứng minh nhân dân", "cccd số", "cmnd số", "Số CCCD", "Số CMND"}, shape: shapeDigits, min: 9, max: 12, valid: vnIDValid, score: 0.85},
	{typ: IDNumber, words: []string{"เลขบัตรประชาชน", "เลขประจำตัวประชาชน", "เลขที่บัตรประชาชน", "บัตรประชาชน", "thai id", "thai id no", "thai national id"},
		shape: shapeDigits, min: 13, max: 13, valid: thaiIDValid, score: 0.85},
	{typ: IDNumber, words: []string{"philsys", "philsys no", "philsys number", "philsys card number", "philsys card no", "psn", "philid", "phil id", "philsys id"},
		shape: shapeDigits, min: 12, max: 16, valid: philsysValid, score: 0.85},
	{typ: IDNumber, words: []string{"brp", "brp no", "brp number", "brp card", "biometric residence permit", "biometric residence permit number",
		"residence permit number", "residence permit no"}, shape: shapeAlnum, min: 9, max: 9, minDigits: 7, valid: brpValid, score: 0.85},
	{typ: IDNumber, words: []string{"kenyan id", "kenyan id no", "kenyan id number", "kenya id", "id no", "id no."}, shape: shapeDigits, min: 7, max: 9, score: 0.75},
	// the Czech and Slovak birth number, the birth date (a woman's month 50 more) and a number
	// after a slash, the ten digits a multiple of 11 (stop 46): "r.č. 790312/0005"
	{typ: IDNumber, words: []string{"rodné číslo", "rodne cislo", "rodné č", "r.č", "r. č", "rč", "RČ", "R.Č", "R. Č", "rodné číslo pacienta"},
		shape: shapeDigits, min: 9, max: 10, slashes: true, valid: birthNumberValid, score: 0.85},
	{typ: IDNumber, words: []string{"amka", "α.μ.κ.α", "α.μ.κ.α.", "αμκα", "ΑΜΚΑ", "Α.Μ.Κ.Α", "Α.Μ.Κ.Α.", "αριθμός μητρώου κοινωνικής ασφάλισης"}, shape: shapeDigits, min: 11, max: 11, valid: amkaValid, score: 0.85},
	{typ: HealthPlan, words: []string{"philhealth", "philhealth no", "philhealth number", "philhealth id", "philhealth pin", "nhif", "nhif no", "nhif number",
		"sha number", "sha no"}, shape: shapeDigits, min: 6, max: 12, score: 0.85},
	{typ: MedicalLicense, words: []string{"provider number", "provider no", "provider #", "medicare provider number", "prov no"}, shape: shapeAlnum, min: 8, max: 8, minDigits: 6, valid: providerValid, score: 0.9},
	{typ: CAHealthNumber, words: []string{"alberta health care number", "alberta health care no", "ahcip", "ahcip number", "ahc number", "alberta phn", "alberta health number",
		"phin", "manitoba phin", "manitoba health number", "health services number", "saskatchewan health number", "saskatchewan hsn", "mcp number", "mcp no",
		"msi number", "nova scotia health card number", "pei health number", "health card number (ab)"}, shape: shapeDigits, min: 8, max: 12, score: 0.85},
	{typ: CAHealthNumber, words: []string{"msp", "msp number", "msp no"}, shape: shapeDigits, min: 10, max: 10, valid: phnValid, score: 0.95},
	// a device's UDI without its brackets after its word, as a scanner reads it (0100884838045314172501011012345621SN12345), and a
	// certificate's number (HIPAA's certificate numbers: a birth's, a death's, a marriage's)
	{typ: DeviceID, words: []string{"udi", "udi-di", "udi-pi", "unique device identifier"}, shape: shapeAlnum, min: 16, max: 80, minDigits: 14, score: 0.8},
	{typ: IDNumber, words: []string{"birth certificate", "birth certificate number", "birth certificate no", "birth cert", "birth cert no", "death certificate",
		"death certificate number", "death certificate no", "marriage certificate", "marriage certificate number", "marriage certificate no", "certificate number",
		"certificate no", "certificate #", "cert no", "cert #", "cert number"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, joined: true, hash: true, score: 0.85},
	// the census's and elections' subdivisions, smaller than a state (Safe Harbor): census tract 4312.02, block group 3,
	// voting precinct 1204
	{typ: Location, words: []string{"census tract", "census tract no", "census tract number", "tract no", "block group", "census block group", "census block",
		"voting precinct", "election precinct", "precinct no", "precinct number", "precinct"}, shape: shapeAlnum, min: 1, max: 10, minDigits: 1, dots: true, score: 0.8},
	// a household's utility and travel numbers (stop 41): a UK electricity meter point's MPAN (its check digit) and supply
	// number, a gas meter point's MPRN, a Texas premise's ESI ID, a Dutch or Belgian connection's EAN code, a meter's number,
	// a toll tag's, a transit card's and a library card's (not "ESI" alone: the triage index's and x86's register, mov esi, 12345678)
	{typ: IDNumber, words: []string{"mpan", "mpan core", "mpan number", "supply number", "meter point administration number", "electricity supply number"},
		shape: shapeDigits, min: 13, max: 21, valid: mpanValid, supplyS: true, score: 0.9},
	{typ: IDNumber, words: []string{"mprn", "mprn number", "meter point reference number", "gas meter point reference", "esi id", "esiid", "esi-id",
		"electric service identifier"}, shape: shapeDigits, min: 6, max: 22, score: 0.85},
	{typ: IDNumber, words: []string{"ean-code", "ean code", "ean", "ean-nummer", "ean nummer", "aansluitnummer", "ean-code aansluiting"}, shape: shapeDigits, min: 18, max: 18,
		valid: eanConnectionValid, score: 0.9},
	{typ: DeviceID, words: []string{"meter number", "meter no", "meter serial", "meter serial number", "meter serial no", "meter id", "gas meter number",
		"electricity meter number", "meternummer", "zählernummer", "numéro de compteur",
		// a bill's meter with a '#' (stop 47): "Meter #A87234411", "water meter # 44718233"
		"meter #", "water meter", "gas meter", "electric meter", "electricity meter", "water meter number"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, score: 0.8},
	{typ: IDNumber, words: []string{"e-zpass", "ezpass", "e-zpass tag", "toll tag", "toll transponder", "transponder", "fastrak", "sunpass", "i-pass", "txtag",
		"oyster", "oyster card", "oyster card number", "clipper card", "opal card", "myki", "octopus card", "presto card", "ventra card", "charliecard",
		"library card", "library card number", "library card no", "library barcode"}, shape: shapeDigits, min: 8, max: 20, score: 0.85},
	// places written as codes: a plus code, a what3words address, a geohash
	{typ: GeoCoordinates, words: []string{"plus code", "pluscode", "plus-code", "open location code"}, shape: shapePlusCode, score: 0.85},
	{typ: GeoCoordinates, words: []string{"what3words", "what 3 words", "w3w"}, shape: shapeThreeWords, score: 0.85},
	// a building's national code after its words (stop 54): Ghana Post's digital address (GA-183-8164,
	// a region's and a district's letters, the grid's digits), Saudi Arabia's short national address
	// (RRRD2929) and Dubai's Makani number (25819 95140), each of which locates one house
	{typ: GeoCoordinates, words: []string{"ghana post gps", "ghanapostgps", "gps address", "digital address", "ghana post gps address", "gps"},
		shape: shapeAlnum, min: 9, max: 10, minDigits: 7, joined: true, valid: ghanaGPSShape, score: 0.85},
	{typ: GeoCoordinates, words: []string{"short address", "short national address", "national short address", "العنوان المختصر"},
		shape: shapeAlnum, min: 8, max: 8, minDigits: 4, valid: saudiShortAddressShape, score: 0.85},
	{typ: GeoCoordinates, words: []string{"makani", "makani number", "makani no", "makani no.", "رقم مكاني"}, shape: shapeDigits, min: 10, max: 10, score: 0.85},
	// a National Insurance number after its words whatever its letters (stop 58: Faker's and a
	// test system's "ZZ 107371 T", a prefix and a suffix HMRC never issues, are someone's all the
	// same where the label says so); a valid one is found anywhere (identifiers.go)
	{typ: UKNINO, words: []string{"ni number", "ni no", "ni no.", "nino", "national insurance number", "national insurance no", "national insurance no."},
		shape: shapeAlnum, min: 9, max: 9, minDigits: 6, joined: true, valid: ninoShape, score: 0.8},
	{typ: GeoCoordinates, words: []string{"geohash", "geo hash"}, shape: shapeAlnum, min: 6, max: 12, minDigits: 1, valid: geohashValid, score: 0.85},
	// India's UPI payment addresses (virtual payment addresses) identify an account holder
	{typ: Username, words: []string{"upi", "upi id", "upi address", "vpa"}, shape: shapeVPA, min: 5, max: 64, score: 0.8},
	// a Brazilian Pix key drawn at random (a UUID), which names an account as a UPI address does (stop 41); its other keys
	// are a CPF, an email or a phone, read as such
	{typ: Username, words: []string{"chave pix", "chave aleatória", "chave aleatoria", "pix key", "pix"}, shape: shapeAlnum, min: 32, max: 32, minDigits: 4,
		joined: true, valid: uuidShape, score: 0.8},
	{typ: IDNumber, words: []string{"id number", "i.d number", "i.d no", "identification number", "customer id", "customer number", "customer no", "cust no", "cust. no", "cust id", "cust_id", "custid", "cust #", "cust num", "cust_no", "customer ref", "account ref", "employee id", "employee number", "case number", "claim number", "student id", "reference number", "ref no", "user id", "national id", "claim", "loan", "loan number", "loan account",
		"employee", "employee no", "empl no", "empl. no", "emp no", "emp. no", "emp number", "emp #", "emp id", "emp", "ee id", "a-number", "alien number", "alien registration number", "uscis number", "green card number",
		"permanent resident card number", "ein", "fein", "employer identification number", "tax id", "taxpayer id",
		"taxpayer identification number", "tin",
		// a school's and a court's numbers for a person and a case
		"student number", "student no", "student", "matriculation number", "pupil number", "case no", "docket", "docket number",
		"mssv", "mã số sinh viên", // Vietnam's student number (stop 48)
		// an identity card's and a person's number in English, whatever its country (stop 58: "ID
		// card 12345678", "identity card no. 4471-2290")
		"id card", "id card no", "identity card", "identity card number", "identity card no", "citizen id", "personal id", "personal number",
		"uin", "university id", "university identification number", // a US university's UIN (stop 54: "UIN 674829103" had been a weak SSN)
		// a notary's commission and a lawyer's bar number
		"commission no", "commission number", "bar number", "bar no", "state bar no", "state bar number", "sbn", "colegiado", "número de colegiado",
		"wsba", "wsba no", "bbo", "bbo no", "ardc", "ardc no", "attorney registration number", "attorney registration no",
		"attorney reg no", "attorney number", "attorney no",
		// a hospital's numbers for a visit, a specimen and a prescription
		"accession", "accession number", "accession no", "acc", "acc no", "accn", "visit", "visit number", "visit no", "encounter", "encounter number", "csn",
		"rx", "rx number", "prescription number",
		// an insurer's approval of a treatment, which names the patient's case (stop 42): "Prior authorization request #PA-7741229"
		"authorization number", "authorization no", "prior authorization", "prior authorization number", "prior auth", "prior auth number",
		"prior authorization request", "authorization request", "prior auth request",
		"pre-authorization", "preauthorization", "pre-authorization number", "precertification", "precertification number", "precert",
		"precert number", "referral number", "referral no",
		// an immigration case's receipt (WAC2190123456) and a traveller's numbers (stop 33)
		"receipt number", "uscis receipt number", "uscis case number", "sevis", "sevis id", "sevis number",
		// a workplace drug test's custody and control form and its donor (stop 47): "CCF 1234567 collected 11/02"
		"ccf", "ccf number", "ccf no", "ccf #", "specimen id", "specimen number", "specimen", "specimen no", "specimen #", "donor id", "known traveler number", "ktn", "redress number", "global entry",
		// a police report's number, which leads to the people it names: "INCIDENT REPORT #2024-0031877"
		"incident report", "incident number", "incident no", "police report", "police report number", "report number", "crime report",
		"rd number", "cad number",
		// in German, French, Spanish and Italian
		"kundennummer", "kunden-nr", "kundennr", "réf. client", "ref. client", "référence client", "n.º de abonado", "nº de abonado", "abonado", "mitgliedsnummer", "aktenzeichen", "numéro client", "numero client", "n° client",
		"número de cliente", "numero de cliente", "numero cliente", "codice cliente"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, score: 0.7},
	// an insurance policy's number in other languages (stop 45): "su número de póliza es 55-8812-3"
	{typ: IDNumber, words: []string{"número de póliza", "numero de poliza", "nº de póliza", "póliza", "poliza", "número da apólice", "numero da apolice", "apólice", "apolice",
		"numero di polizza", "numero polizza", "n. polizza", "polizza", "numéro de police", "n° de police", "numéro de contrat", "policennummer", "polizzennummer",
		"versicherungsscheinnummer", "vertragsnummer", "polisnummer", "numer polisy", "nr polisy"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, score: 0.75},
	// a traveller's loyalty numbers (stop 33), which an airline's code may open apart: "FF no. BA 12345678" (stop 45)
	{typ: IDNumber, words: []string{"frequent flyer", "frequent flier", "frequent flyer number", "frequent flier number", "frequent flyer no",
		"ff number", "ff no", "ff #", "loyalty number", "mileageplus", "skymiles", "aadvantage", "rapid rewards", "avios number",
		"fqtv", "fqtv no", "fqtv number"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, joined: true, score: 0.7}, // a booking's frequent traveller element (stop 46)
	// (a club's number after its name too, stop 56: "Sam's Club # 101-3267736-0")
	// the numbers of a person's dealings with shops, hotels, clubs, the police, the county and
	// the licensing offices (stop 42): memberships and rewards, gift cards and passes, a stay's
	// folio and a booking's confirmation, a rental agreement, a jail's booking and inmate numbers,
	// a citation and a warrant, permits (a parking lot's, a gun owner's, a disabled driver's
	// placard), hunting and fishing licences, a county's parcel number, a pawn ticket
	{typ: IDNumber, words: []string{"membership", "membership no", "membership id", "membership card", "membership card number", "membership card no",
		"rewards number", "rewards no", "rewards card", "rewards card number", "rewards member", "rewards id", "rewards account", "rewards account number",
		"honors number", "hilton honors", "marriott bonvoy", "bonvoy", "bonvoy number", "world of hyatt", "ihg rewards", "ihg one rewards", "emerald club",
		"gold plus rewards", "hertz gold", "amtrak guest rewards", "loyalty", "loyalty card", "loyalty card number", "loyalty id", "loyalty account",
		"club card", "clubcard", "clubcard number", "club #", "club no", "club number", "club id", "club membership", "sam's club",
		"nectar card", "nectar card number", "extracare", "extracare card", "plus card", "advantage card",
		"payback-karte", "payback-kartennummer", "ikea family", "aeroplan", "flying blue", "executive club", "miles and more", "asia miles",
		"krisflyer", "aaa member", "aaa membership", "aa membership", "adac-mitgliedsnummer",
		"gift card", "gift card number", "gift card no", "egift card", "e-gift card", "giftcard", "store credit", "store credit card", "merchandise credit",
		"prepaid card", "prepaid card number", "season pass", "ski pass", "annual pass", "season ticket", "pass number", "guest pass",
		"folio", "folio no", "folio number", "guest folio", "confirmation", "confirmation number", "confirmation no", "conf", "conf no", "conf number",
		"reservation", "reservation number", "reservation no", "reservation id", "booking", "booking number", "booking no", "booking id",
		"itinerary", "itinerary number", "itinerary no", "e-ticket", "eticket", "e-ticket number", "ticket number", "ticket no",
		"rental agreement", "rental agreement number", "rental agreement no", "agreement number", "agreement no",
		"jail booking number", "inmate", "inmate number", "inmate no", "inmate id", "offender", "offender id", "offender number", "offender no",
		"doc number", "doc no", "doc id", "prisoner number", "prison number", "so number", "citation", "citation no", "citation number",
		// a state's or the federal prisons' numbers (stop 52): "CDCR #BK4471", "BOP Register Number 12345-678"
		"cdcr", "cdcr no", "cdcr number", "tdcj", "tdcj no", "tdcj number", "bop register number", "bop register no", "bop number", "fed reg no",
		"traffic ticket", "traffic ticket number", "warrant", "warrant no", "warrant number", "arrest number", "arrest no",
		"permit", "permit no", "permit number", "parking permit", "carry permit", "concealed carry license", "concealed carry licence", "concealed carry permit",
		"concealed handgun license", "ccw permit", "license to carry", "foid card", "foid number", "firearm owner's id", "firearms licence", "firearm license",
		"gun license", "placard", "placard number", "disabled placard", "disabled parking placard", "handicap placard", "blue badge", "blue badge number",
		"fishing license", "fishing licence", "hunting license", "hunting licence", "twic card", "twic number", "contractor license", "contractor's license",
		"parcel", "parcel number", "parcel no", "parcel id", "assessor's parcel number", "assessor parcel number", "property index number", "tax parcel",
		"tax parcel number", "tax map number", "pawn ticket", "pawn ticket number", "pawn ticket no", "layaway number",
		// and an agency's or an employer's other numbers for a person: an I-94's admission number ("I-94" itself the word walk
		// reads as a letter and a number), a visa's foil, a soldier's
		// service number and DoD ID, a payroll number, an escrow, a vehicle's title, an insurance producer's NPN, a voter's registration
		"i94", "admission number", "visa number", "visa foil", "visa foil number", "foil number",
		"service number", "service no", "military id", "dod id", "edipi", "payroll number", "payroll no", "payroll id", "escrow", "escrow no",
		// a UK P60's and a German payslip's numbers for an employee, and a US mortgage's MERS MIN (stop 46)
		"works/payroll number", "works/payroll no", "works number", "works no", "personalnummer", "personal-nr", "personalnr", "pers.-nr", "pers-nr",
		// and a French, Dutch and Italian payslip's (stop 51): "matricule 88123", "personeelsnummer 10442"
		"matricule", "n° matricule", "matricule salarié", "personeelsnummer", "personeelsnr", "medewerkernummer", "numero di matricola", "matricola n",
		"mitarbeiternummer", "mitarbeiter-nr", "etin", "mers min", "mers min number", "mers min no", "mortgage identification number",
		"escrow number", "title number", "vehicle title number", "npn", "national producer number", "voter registration number", "voter number",
		"voter id number", "registered voter number",
		// a US state's voter file (stop 51): Texas's VUID, "voter registration id"
		"vuid", "voter unique id", "voter unique identifier", "voter registration id", "voter reg no", "voter reg #", "voter id #"},
		shape: shapeAlnum, min: 5, max: 20, minDigits: 4, score: 0.75},
	// and in German, French, Spanish, Italian, Dutch and Portuguese: a booking's, a membership's, a loyalty card's, an office's file
	{typ: IDNumber, words: []string{"buchungsnummer", "buchungs-nr", "buchungsnr", "reservierungsnummer", "reservierungs-nr", "bestätigungsnummer", "mitglieds-nr", "mitgliedsnr",
		"kundenkarte", "kundenkartennummer", "numéro de réservation", "n° de réservation", "numéro de reservation", "réservation n°", "numéro d'adhérent", "adhérent",
		"n° adhérent", "n° d'adhérent", "numéro adhérent", "carte de fidélité", "numéro de carte de fidélité", "n° de carte de fidélité", "numéro fiscal", "numéro fiscal de référence", "número de reserva", "nº de reserva",
		"n.º de reserva", "código de reserva", "codigo de reserva", "localizador", "número de socio", "nº de socio", "n.º de socio", "número de abonado",
		"tarjeta de fidelización", "tarjeta de fidelizacion", "tarjeta de puntos", "numero di prenotazione", "n. prenotazione", "codice prenotazione", "codice di prenotazione", "tessera fedeltà", "tessera fedelta", "carta fedeltà",
		"n. tessera", "numero tessera", "numero di tessera", "tessera socio", "n. tessera socio", "boekingsnummer", "reserveringsnummer", "klantnummer", "klant-nr", "klantnr", "lidnummer", "lid-nr", "lidmaatschapsnummer", "polisnummer",
		"número da reserva", "nº da reserva", "n.º da reserva", "código da reserva", "cartão de sócio", "nº de sócio", "n.º de sócio", "número de sócio",
		"número de utente", "nº de utente", "n.º de utente", "nº utente", "n.º utente", "número utente", "utente nº", "utente n.º", "nº sns", "n.º sns", "número sns",
		"cartão de cliente", "cartão de fidelização",
		// and in Swedish, Danish, Norwegian, Finnish, Polish, Czech, Turkish, Russian, Hungarian and Romanian
		"bokningsnummer", "bokningsnr", "medlemsnummer", "kundnummer", "bookingnummer", "bestillingsnummer", "kundenummer", "reservasjonsnummer",
		"varausnumero", "varaustunnus", "jäsennumero", "asiakasnumero", "numer rezerwacji", "nr rezerwacji", "numer klienta", "nr klienta",
		"numer karty członkowskiej", "nr karty członkowskiej", "numer członkowski", "číslo rezervace", "zákaznické číslo", "číslo zákazníka", "členské číslo",
		"rezervasyon numarası", "rezervasyon numaranız", "rezervasyon no", "üye numarası", "üye no", "müşteri numarası", "müşteri no",
		"номер бронирования", "номер брони", "номер клиента", "номер членской карты", "номер карты лояльности", "foglalási szám", "ügyfélszám", "tagsági szám",
		"număr rezervare", "numărul rezervării", "cod client", "număr client", "număr de membru",
		// and in Japanese, Chinese, Korean, Vietnamese, Indonesian, Thai, Arabic, Hebrew and Hindi
		"予約番号", "会員番号", "会員id", "お客様番号", "顧客番号", "予約id", "预订号", "预订编号", "预约号", "会员号", "会员编号", "会员卡号", "客户编号", "客户号",
		"訂位代號", "訂房編號", "會員編號", "會員號碼", "客戶編號", "예약번호", "회원번호", "고객번호", "멤버십 번호", "mã đặt phòng", "mã đặt chỗ", "số thành viên",
		"mã khách hàng", "mã thành viên", "nomor pemesanan", "kode pemesanan", "kode booking", "nomor anggota", "nomor pelanggan", "id pelanggan",
		"รหัสการจอง", "หมายเลขการจอง", "หมายเลขสมาชิก", "รหัสสมาชิก", "รหัสลูกค้า", "رقم الحجز", "رقم العضوية", "رقم العميل", "رقم الزبون",
		"מספר הזמנה", "מספר חבר", "מספר לקוח", "बुकिंग नंबर", "सदस्यता संख्या", "सदस्य संख्या", "ग्राहक संख्या"},
		shape: shapeAlnum, min: 5, max: 20, minDigits: 4, score: 0.75},
	// an office's file, a year after its number and a slash (stop 42): "Expediente número 8327/2021", "Pratica n. 12345/2023"
	{typ: IDNumber, words: []string{"numéro de dossier", "n° de dossier", "référence dossier", "référence du dossier", "expediente", "expediente número",
		"nº de expediente", "número de expediente", "numero di pratica", "pratica n", "pratica", "dossiernummer"},
		shape: shapeAlnum, min: 5, max: 20, minDigits: 4, slashes: true, valid: notDateShape, score: 0.75},
	// a German court's or office's file number after its word (stop 42): "Aktenzeichen 27 C 235/23", "Az. VI ZR 12/23"
	{typ: IDNumber, words: []string{"aktenzeichen", "az", "geschäftszeichen", "gz", "gesch.-z", "unser zeichen", "ihr zeichen"}, shape: shapeFileNumber, score: 0.75},
	// a German tax number, its groups joined by slashes: "Steuernummer 50/265/42351"
	{typ: IDNumber, words: []string{"steuernummer", "steuer-nr", "steuernr", "st.-nr", "stnr"}, shape: shapeDigits, min: 10, max: 13, slashes: true, score: 0.8},
	// a driving licence's number in German, French, Spanish, Italian, Dutch and Portuguese
	{typ: DriverLicense, words: []string{"führerscheinnummer", "führerschein-nr", "führerscheinnr", "führerschein", "numéro de permis", "numéro de permis de conduire",
		"n° de permis", "n° de permis de conduire", "permis de conduire", "permis n°", "carnet de conducir", "permiso de conducir", "número de carnet",
		"nº de carnet", "patente", "patente n", "numero patente", "numero di patente", "patente di guida", "rijbewijsnummer", "rijbewijs", "rijbewijs nr",
		"carta de condução", "carta de conducao", "nº da carta de condução", "n.º da carta de condução", "carta de condução n.º", "carteira de motorista", "cnh",
		// and in Swedish, Norwegian, Danish, Finnish, Polish, Czech, Turkish, Russian, Hungarian and Romanian; a licence's
		// number may be a birth date and digits (a Swedish personnummer) or hold slashes (a Polish one: 01234/12/1234), not a date
		"körkortsnummer", "körkort", "førerkortnummer", "førerkort", "kørekortnummer", "kørekort", "ajokortin numero", "ajokortti", "ajokortin nro",
		"numer prawa jazdy", "nr prawa jazdy", "prawo jazdy", "číslo řidičského průkazu", "řidičský průkaz", "ehliyet numarası", "ehliyet no", "ehliyet",
		"sürücü belgesi", "sürücü belgesi no", "номер водительского удостоверения", "водительское удостоверение", "номер ву", "jogosítvány száma",
		"jogosítvány", "vezetői engedély", "număr permis de conducere", "permis de conducere", "numărul permisului de conducere"},
		shape: shapeAlnum, min: 5, max: 20, minDigits: 3, joined: true, slashes: true, valid: notDateShape, score: 0.8},
	// a passport's and an identity card's number after their words in other languages (stop 42): "Reisepassnummer C01X00T47"
	{typ: Passport, words: []string{"reisepassnummer", "reisepass", "passnummer", "pass-nr", "reisepass-nr", "paspoortnummer", "paspoort", "numéro de passeport",
		"n° de passeport", "passeport", "número de pasaporte", "nº de pasaporte", "pasaporte", "numero di passaporto", "passaporto", "número do passaporte",
		"nº do passaporte", "passaporte", "passinummer", "numer paszportu", "nr paszportu", "číslo pasu", "pasaport numarası", "pasaport no", "номер паспорта",
		"útlevélszám", "útlevél száma", "număr pașaport", "numărul pașaportului", "パスポート番号", "护照号码", "护照号", "護照號碼", "여권번호", "رقم جواز السفر", "מספר דרכון"},
		shape: shapeAlnum, min: 6, max: 12, minDigits: 5, joined: true, score: 0.85},
	{typ: IDNumber, words: []string{"personalausweisnummer", "ausweisnummer", "personalausweis", "personalausweis-nr", "numéro de carte d'identité",
		"n° de carte d'identité", "carte d'identité", "carta d'identità", "numero carta d'identità", "numero della carta d'identità", "identiteitskaart",
		"identiteitskaartnummer", "id-kaart", "número do cartão de cidadão", "cartão de cidadão", "numer dowodu osobistego", "nr dowodu osobistego",
		"numer dowodu", "nr dowodu", "seria i numer dowodu",
		"dowód osobisty", "číslo občanského průkazu", "občanský průkaz", "kimlik kartı no", "személyi igazolvány száma", "személyi igazolvány",
		"carte de identitate", "număr carte de identitate", "carte nationale d'identité", "numéro de cni", "n° de cni", "numéro cni"},
		shape: shapeAlnum, min: 5, max: 20, minDigits: 4, joined: true, score: 0.8},
	// the same labels' initials, in capitals only: "SO# 513953", "FOID card # 81012269", "CSLB #2656670"
	{typ: IDNumber, words: []string{"so", "doc", "conf", "twic", "foid", "ccl", "ccw", "ltc", "chl", "cslb", "apn", "cni", "cnie"}, // (France's identity card, "CNI n° 180293102345": stop 50)
		shape: shapeAlnum, min: 5, max: 20, minDigits: 4, upper: true, score: 0.75},
	// shorter numbers that their words alone vouch for: an officer's badge, a safe deposit box,
	// a dog's licence and rabies tags
	{typ: IDNumber, words: []string{"badge", "badge number", "badge no", "shield number", "safe deposit box", "safe-deposit box", "safe deposit box number",
		"deposit box", "deposit box number", "dog license", "dog licence", "dog license tag", "dog tag", "rabies tag", "rabies tag number", "pet license"},
		shape: shapeAlnum, min: 3, max: 12, minDigits: 3, joined: true, score: 0.75},
	// an incident's number after the bare word, as a case's is: with a '#' or a letter among its digits
	{typ: IDNumber, words: []string{"incident"}, shape: shapeAlnum, min: 6, max: 20, minDigits: 4, valid: caseNumber, hash: true, score: 0.7},
	// a pet's microchip, which a registry ties to its owner (ISO 11784's fifteen digits, or an older chip's nine or ten)
	{typ: DeviceID, words: []string{"microchip", "microchip number", "microchip no", "microchip id", "chip number", "chip no", "chip id", "pet microchip"},
		shape: shapeAlnum, min: 9, max: 15, minDigits: 6, score: 0.8},
	{typ: DeviceID, words: []string{"chip", "chipped"}, shape: shapeDigits, min: 15, max: 15, score: 0.75}, // the bare word: ISO 11784's fifteen digits only
	// an amateur radio operator's call sign, which the licensing office's database names: KE0XIQ, W4HA, 2E0ABC
	{typ: IDNumber, words: []string{"call sign", "callsign", "call-sign", "ham radio", "amateur radio", "ham call", "ham call sign", "ham callsign"}, shape: shapeAlnum, min: 3, max: 7, minDigits: 1,
		valid: callsignShape, score: 0.75},
	// after an SSN's own words, nine digits are one even where the SSA never issued them (a 9xx
	// area, test data that is someone's all the same), and another length is a national number
	// that a form of another country put under that label (a PESEL under "ssn:")
	{typ: SSN, words: ssnWords, shape: shapeDigits, min: 9, max: 9, valid: nineDigits, score: 0.8},
	{typ: IDNumber, words: ssnWords, shape: shapeDigits, min: 6, max: 14, valid: notNineDigits, score: 0.7},
	// a date of a person's event written as eight digits, which only such words tell from a
	// number (the other forms are the date recognizer's): "admitted on 19920627"; and the forms
	// that alone are too weak to be dates, which the words vouch for as they do for a birthday
	// (birthDate): a day said as an ordinal, as a dictation says it ("admitted on june fifth",
	// "seen on the twenty first of may"), a month in lower case ("discharged on march 3"). One
	// cue, so that the value after "seen on" is read once.
	{typ: DateTime, words: personEventWords, shape: shapeDate, valid: eventDate, score: 0.7},
	// the last four digits of an SSN, which support lines ask for and HIPAA counts as the SSN
	{typ: IDNumber, words: []string{"last four of my social", "last 4 of my social", "last four of my ssn", "last 4 of my ssn", "last four digits of my ssn",
		"last 4 digits of my ssn", "last four of ssn", "last 4 of ssn", "last four ssn", "last 4 ssn", "ssn ending in", "ssn ends in", "ssn ending",
		"social ending in", "social ends in", "ssn last four", "ssn last 4", "ssn last four digits", "ssn last 4 digits", "last four of the ssn",
		"last 4 of the ssn", "last four of his ssn", "last four of her ssn", "last 4 of his ssn", "last 4 of her ssn",
		// an agent's question (stop 46): "Can you confirm the last four of your social? Caller: six two one nine"
		"last four of your social", "last 4 of your social", "last four of your ssn", "last 4 of your ssn", "last four of your social security number",
		"last four of his social", "last four of her social", "last four digits of your social",
		// a record's key for them (stop 44): {"ssn_last4": "4821"}, ssnLast4 = "4821"
		"ssn_last4", "ssn_last_four", "ssnlast4", "last4ssn", "ssn4",
		// a collector's and a verifier's shorthand (stop 47): "verified last4 SSN 8841", "SSN (last 4): 8841"
		"last4 ssn", "last4 of ssn", "last4 social", "ssn last4", "last 4 social", "last four social"},
		shape: shapeDigits, min: 4, max: 4, score: 0.75},
	// an SSN masked but for its last four digits, which HIPAA counts as the SSN as it does the last
	// four said alone (stop 42): "SSN ***-**-4417", "SSN: XXX-XX-4417"
	{typ: IDNumber, words: ssnWords, shape: shapeMaskedSSN, score: 0.75},
	// a booking's locator names its traveller: six capitals and digits, as airlines issue it
	{typ: IDNumber, words: []string{"pnr", "booking reference", "booking ref", "booking code", "record locator", "reservation code", "confirmation code", "airline locator",
		// in German, French, Spanish, Italian, Dutch and Portuguese (stop 42): "localizador XK7P2Q"
		"buchungscode", "buchungsreferenz", "code de réservation", "référence de réservation", "localizador", "código de reserva", "codice prenotazione",
		"codice di prenotazione", "boekingscode", "reserveringscode", "código da reserva", "localizador da reserva"}, shape: shapeAlnum, min: 5, max: 8, valid: locatorShape, score: 0.75},
	// "ID" alone says less, and a ticket's or a process's number may follow it; but "Employee
	// Ana Ruiz (ID 44812)" is how records name a person's number (logs and code write "id")
	// a court's or an agency's case after the bare word ("Case #2024-CV-01893"), which tests and
	// code write too ("test case 12345", Go's "case RFC3339:"): digits first, letters among them
	{typ: IDNumber, words: []string{"case"}, shape: shapeAlnum, min: 6, max: 20, minDigits: 4, valid: caseNumber, hash: true, score: 0.7},
	{typ: IDNumber, words: []string{"id"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, upper: true, score: 0.55},
	// any other unique identifying number its noun marks (since stop 57): "participant number
	// 448120931", "Contract no. 7700-19382", "enrollment number EN-77312", and after '#'
	// (hashNumbers) "Tenant #TN-99812", "locker rental #L-7720"; not "line number 12345", "order no.
	// 5512-3", "issue #12345" or "the number 12345" (numberNoun)
	{typ: IDNumber, words: []string{"number", "no", "nr", "num"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, noun: true, score: 0.6},
	// and a registration, a licence or a permit a noun names (stop 58: "bike registration
	// CUL452305", "fishing license AK-4471230", "parking permit PP-88123")
	{typ: IDNumber, words: []string{"registration", "reg", "license", "licence", "permit"}, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, noun: true, joined: true, score: 0.6},
	// Latin America, Turkey and Hong Kong (latam.go); Argentina's and Peru's DNI and Colombia's
	// cédula are digits with dots and no check
	{typ: CLRUT, words: []string{"rut", "rol único tributario", "rol unico tributario", "rol único nacional", "rol unico nacional"}, shape: shapeAlnum, min: 8, max: 9, minDigits: 7, dots: true, joined: true, valid: rutValid, score: 0.9},
	{typ: CLRUT, words: []string{"run"}, shape: shapeAlnum, min: 8, max: 9, minDigits: 7, dots: true, joined: true, upper: true, valid: rutValid, score: 0.9},
	{typ: ARCUIT, words: []string{"cuit", "cuil", "cdi"}, shape: shapeDigits, min: 11, max: 11, valid: cuitValid, score: 0.9},
	{typ: MXRFC, words: []string{"rfc", "r.f.c."}, shape: shapeAlnum, min: 12, max: 13, minDigits: 6, valid: rfcValid, score: 0.9},
	{typ: BRCNPJ, words: []string{"cnpj", "cnpj nº", "cnpj no", "cnpj/mf"}, shape: shapeDigits, min: 14, max: 14, dots: true, slashes: true, valid: cnpjValid, score: 0.95}, // 12.345.678/0001-95
	// Turkey's identity number after "TC" in capitals alone (stop 46): "TC 10000000146"
	{typ: TRTCKN, words: []string{"tc", "t.c"}, shape: shapeDigits, min: 11, max: 11, upper: true, valid: tcknValid, score: 0.85},
	{typ: TRTCKN, words: []string{"tc kimlik", "t.c. kimlik", "kimlik no", "tc kimlik no", "t.c. kimlik no", "tckn", "tc no", "kimlik numarası", "tc kimlik numarası"}, shape: shapeDigits, min: 11, max: 11, valid: tcknValid, score: 0.9},
	{typ: HKHKID, words: []string{"hkid", "hong kong id", "hong kong identity card", "hkid card", "身份證", "身份證號碼"}, shape: shapeHKID, valid: hkidValid, score: 0.9},
	// one whose check fails after its words is still a person's (stop 48: "身份證號碼是A123456(7)")
	{typ: IDNumber, words: []string{"hkid", "身份證", "身份證號碼"}, shape: shapeHKID, valid: func(v string) bool { return !hkidValid(v) }, score: 0.8},
	// Russia's taxpayer and pension insurance numbers, under their checks (stop 48: "ИНН 500100732259", "СНИЛС 112-233-445 95")
	{typ: IDNumber, words: []string{"инн", "ИНН", "Инн"}, shape: shapeDigits, min: 10, max: 12, valid: innValid, score: 0.85},
	{typ: IDNumber, words: []string{"снилс", "СНИЛС", "Снилс"}, shape: shapeDigits, min: 11, max: 11, valid: snilsValid, score: 0.9},
	// Romania's, Croatia's and Bulgaria's personal numbers, under their checks (stop 48): "CNP 2850101123453", "OIB 12345678903", "ЕГН 8501011234"
	{typ: IDNumber, words: []string{"cnp", "cod numeric personal"}, shape: shapeDigits, min: 13, max: 13, valid: roCNPValid, score: 0.9},
	{typ: IDNumber, words: []string{"oib", "osobni identifikacijski broj"}, shape: shapeDigits, min: 11, max: 11, valid: hrOIBValid, score: 0.9},
	{typ: IDNumber, words: []string{"егн", "ЕГН"}, shape: shapeDigits, min: 10, max: 10, valid: bgEGNValid, score: 0.9},
	// the former Yugoslavia's master citizen number (JMBG, Slovenia's EMŠO), Latvia's personal code,
	// Hungary's social security and tax numbers and Ukraine's taxpayer number, each under its check
	// (stop 54): "JMBG 0101006500006", "EMŠO 0101006500006", "personas kods 121282-11217", "TAJ szám:
	// 123 456 788", "adóazonosító jel 8123456789", "РНОКПП 3012345674"
	{typ: IDNumber, words: []string{"jmbg", "ЈМБГ", "јмбг", "emšo", "EMŠO", "emso", "ЕМБГ", "ембг", "embg", "matični broj", "jedinstveni matični broj građana",
		"matična številka", "enotna matična številka občana", "матични број", "единствен матичен број на граѓанинот"},
		shape: shapeDigits, min: 13, max: 13, valid: jmbgValid, score: 0.9},
	{typ: IDNumber, words: []string{"personas kods", "personas kodu", "personas koda", "p.k.", "pers. kods"}, shape: shapeDigits, min: 11, max: 11, valid: lvPersonalCodeValid, score: 0.9},
	{typ: IDNumber, words: []string{"taj szám", "taj-szám", "tajszám", "taj száma", "társadalombiztosítási azonosító jel"}, shape: shapeDigits, min: 9, max: 9, valid: tajValid, score: 0.9},
	{typ: IDNumber, words: []string{"taj"}, shape: shapeDigits, min: 9, max: 9, upper: true, valid: tajValid, score: 0.9}, // "TAJ: 123 456 788", not "the Taj"
	// a student's identification number after "SID" in capitals (stop 55: "Class of 2011, SID 20110456" had been a weak phone;
	// not a session's or a Windows security identifier, "sid=…", "S-1-5-21-…")
	{typ: IDNumber, words: []string{"sid", "sid #", "sid no", "sid number"}, shape: shapeDigits, min: 6, max: 10, upper: true, score: 0.75},
	{typ: IDNumber, words: []string{"adóazonosító jel", "adóazonosító", "adóazonosító szám", "adóazonosító jele"}, shape: shapeDigits, min: 10, max: 10, valid: huTaxIDValid, score: 0.9},
	{typ: IDNumber, words: []string{"рнокпп", "РНОКПП", "іпн", "ІПН", "ідентифікаційний код", "ідентифікаційний номер", "реєстраційний номер облікової картки платника податків"},
		shape: shapeDigits, min: 10, max: 10, valid: uaRNOKPPValid, score: 0.9},
	// a Russian internal passport's series and number (stop 54): "паспорт 45 08 123456"
	{typ: Passport, words: []string{"паспорт", "Паспорт", "ПАСПОРТ", "паспорт рф", "паспорт серии", "серия и номер паспорта", "паспорт серия", "паспорта"},
		shape: shapeDigits, min: 10, max: 10, score: 0.85},
	// Portugal's taxpayer number (NIF) and Poland's (NIP), each under its check digit (stop 44):
	// "o seu NIF 123456789", "NIP 123-456-32-18"; Spain's NIF, eight digits and a letter, is ES_NIF
	{typ: IDNumber, words: []string{"nif", "número de contribuinte", "numero de contribuinte", "contribuinte", "nif/nipc", "nipc"},
		shape: shapeDigits, min: 9, max: 9, valid: ptNIFValid, score: 0.85},
	{typ: IDNumber, words: []string{"nip", "numer nip", "nr nip", "numer identyfikacji podatkowej"}, shape: shapeDigits, min: 10, max: 10, valid: plNIPValid, score: 0.85},
	// Spain's social security number (NUSS): a province's two digits, eight, and two of check, with
	// slashes or spaces between them as a payslip writes them ("28/12345678/40"; stop 44)
	{typ: IDNumber, words: []string{"número de la seguridad social", "numero de la seguridad social", "número de seguridad social",
		"numero de seguridad social", "nº de la seguridad social", "nº seguridad social", "número de afiliación a la seguridad social",
		"numero de afiliacion a la seguridad social", "seguridad social", "naf"}, shape: shapeDigits, min: 12, max: 12, slashes: true, valid: nussValid, score: 0.85},
	// New York Medicaid's client identification number (AB12345C) and Morocco's identity card
	// (carte d'identité nationale, BE123456) after "CIN" in capitals, and a housing voucher (stop 44)
	{typ: IDNumber, words: []string{"cin", "cin number", "cin no"}, shape: shapeAlnum, min: 6, max: 10, minDigits: 4, upper: true, valid: cinShape, score: 0.8},
	{typ: IDNumber, words: []string{"section 8 voucher", "housing voucher", "housing choice voucher", "voucher number", "voucher no"}, shape: shapeAlnum, min: 5, max: 16, minDigits: 4, joined: true, score: 0.75},
	// Brazil's identity card (registro geral), whose form each state sets: "RG 12.345.678-9"
	{typ: IDNumber, words: []string{"rg", "r.g.", "rg nº", "rg n°", "rg no", "registro geral", "carteira de identidade", "cédula de identidade rg"},
		shape: shapeDigits, min: 7, max: 10, dots: true, valid: notYearFirstDate, score: 0.8},
	{typ: IDNumber, words: []string{"dni", "cédula", "cedula", "cédula de ciudadanía", "cedula de ciudadania", "cédula de identidad", "cedula de identidad", "c.i."}, shape: shapeDigits, min: 6, max: 10, dots: true, score: 0.75},
	// Poland, the Nordic countries and Belgium (nordic.go)
	{typ: PLPESEL, words: []string{"pesel", "numer pesel"}, shape: shapeDigits, min: 11, max: 11, valid: peselValid, score: 0.9},
	{typ: SEPersonnummer, words: []string{"personnummer", "personnr", "samordningsnummer", "pnr", "pers.nr", "pers nr"}, shape: shapeDigits, min: 10, max: 12, valid: personnummerValid, score: 0.9},
	{typ: NOFodselsnummer, words: []string{"fødselsnummer", "fodselsnummer", "fødselsnr", "d-nummer", "personnummer", "fnr", "f.nr", "fødselsnr."}, shape: shapeDigits, min: 11, max: 11, valid: fodselsnummerValid, score: 0.9},
	{typ: DKCPR, words: []string{"cpr", "cpr-nummer", "cpr-nr", "cpr nummer"}, shape: shapeDigits, min: 10, max: 10, valid: cprValid, score: 0.9},
	{typ: FIHETU, words: []string{"henkilötunnus", "henkilotunnus", "hetu", "henkilötunnuksesi", "henkilötunnukseni", "henkilötunnuksen", "henkilötunnusta", "henkilötunnuksenne", "personbeteckning", "personal identity code", "sosiaaliturvatunnus", "sotu",
		"ssn", "social security number"}, shape: shapeAlnum, min: 10, max: 11, minDigits: 9, joined: true, valid: hetuValid, score: 0.9},
	{typ: BENationalNumber, words: []string{"rijksregisternummer", "rijksregister", "numéro national", "numéro de registre national", "registre national", "national number", "national register number", "insz", "niss"}, shape: shapeDigits, min: 11, max: 11, dots: true, valid: beNationalValid, score: 0.9},
	{typ: BankAccount, words: []string{"clabe", "clabe interbancaria"}, shape: shapeDigits, min: 18, max: 18, valid: clabeValid, score: 0.9}, // Mexico's
	{typ: KRRRN, words: []string{"주민등록번호", "주민번호", "resident registration number", "rrn"}, shape: shapeDigits, min: 13, max: 13, valid: rrnValid, score: 0.9},
	{typ: JPMyNumber, words: []string{"マイナンバー", "個人番号", "my number card", "マイナンバーカード"}, shape: shapeDigits, min: 12, max: 12, valid: myNumberValid, score: 0.9},
	{typ: APIKey, words: []string{"aws_secret_access_key", "aws secret access key", "secret access key", "secretaccesskey"}, shape: shapeSecret, min: 40, max: 40, score: 0.95},
	{typ: Secret, words: []string{"secret", "token", "api_key", "apikey", "api key", "client_secret", "access_key", "auth_token", "private_key",
		"accountkey", "account key", "sharedaccesskey", "shared access key", "auth token", "authtoken"}, shape: shapeSecret, min: 8, max: 256, score: 0.75},
	// a password a person chose is shorter and plainer than a generated key ("password:
	// hunter2hunter2", "my password is Summer2024!"): six characters and two classes will do
	{typ: Secret, words: []string{"password", "passwd", "pwd", "passphrase", "pin code", "passcode"}, shape: shapeSecret, min: 6, max: 256, minEntropy: 2.5, score: 0.75},
	// the word in other languages (stop 40): "Passwort: …", "mot de passe : …", "пароль: …",
	// "密码：…", "비밀번호: …", which had gone upstream with the password after them
	{typ: Secret, words: []string{"passwort", "kennwort", "mot de passe", "contraseña", "contrasena", "senha", "palavra-passe", "wachtwoord", "hasło", "haslo",
		"parola", "salasana", "lösenord", "losenord", "adgangskode", "passord", "heslo", "jelszó", "jelszo", "şifre", "sifre", "parolă", "пароль", "κωδικός",
		"κωδικός πρόσβασης", "密码", "密碼", "パスワード", "비밀번호", "كلمة المرور", "كلمة السر", "סיסמה", "mật khẩu", "kata sandi", "kata laluan", "पासवर्ड"},
		shape: shapeSecret, min: 6, max: 256, minEntropy: 2.5, score: 0.75},
	// "pass" is mostly a verb, and code's statement; only a value no word or identifier has
	// follows it as a password: "login with user admin / pass 6N3WlPn5!FV#"
	{typ: Secret, words: []string{"pass", "pw"}, shape: shapeSecret, min: 8, max: 64, valid: generatedPassword, bare: true, score: 0.75},
	// SQL's statements that set a password (stop 40): CREATE USER 'jdoe'@'%' IDENTIFIED BY
	// 'S3cret', ALTER USER jdoe WITH PASSWORD 'S3cret', ALTER ROLE … ENCRYPTED PASSWORD '…'
	{typ: Secret, words: []string{"identified by", "with password", "with encrypted password", "encrypted password"}, shape: shapeSecret, min: 4, max: 256, minEntropy: 2, quoted: true, score: 0.85},
	// a number its label calls a phone, whatever plan it fits or does not: "phone: 042483378"
	// (Israel's, which alone is nine digits an SSN might have), "tel +47818885416" (a digit too
	// many for Norway's plan), "whatsapp 5511528471492" (Brazil's without its plus), "His cell is
	// 377730840", "dial 094238762", "leave a message at 12014239"
	{typ: Phone, words: []string{"phone", "phone number", "phone no", "telephone", "telephone number", "tel", "mobile", "mobile number", "mobile phone", "cell phone",
		"phonenum", // the IRS's e-file element (stop 39): <PhoneNum>3095550147</PhoneNum>
		"cellphone", "cell number", "fax", "fax number", "whatsapp", "landline", "call me at", "call me on", "text me at", "text me on", "reach me at", "reach me on",
		"cell", "my number", "my new number", "my new phone number", "dial", "hotline", "leave a message at", "reach her at", "reach her on", "reach him at", "reach him on", "reach us at", "reach us on",
		"call her at", "call him at", "call us at", "call us on", "call me back on", "call me back at", "call us back on", "call us back at",
		"ring me on", "ring me at", "ring me back on", "ring us on",
		"text her at", "text her on", "text him at", "text him on", "text us at", "text us on", "call them at", "text them at", // stop 58
		"teléfono", "telefono", "téléphone", "tél", "telefon", "telefonnummer", "handynummer", "móvil", "movil", "celular", "telemóvel", "cellulare",
		// "my number" in Spanish, French, German, Italian, Portuguese and Dutch, which says a phone's
		// as English does: "mi número es 650 123 456", said too ("mi número es seis cinco cero …")
		"mi número", "mi numero", "mon numéro", "mon numero", "meine nummer", "mio numero", "meu número", "meu numero", "mijn nummer",
		// Russian, Ukrainian and Greek: "Телефон: 8 916 123-45-67", whose groups the number
		// recognizer reads as no one plan's
		"телефон", "тел", "моб", "мобильный", "телефона", "номер телефона", "τηλέφωνο", "τηλ", "κινητό",
		// Swedish, Danish and Norwegian "reached at" and "tel.", Finnish "tel.", Czech "at the
		// number", Hungarian "phone number" and Romanian "contacted at", where Denmark's and
		// Norway's eight digits stand bare ("kan kontaktes på 14183902", "kan nås på 95106506")
		"nås på", "kontaktes på", "tlf", "mobil", "puh", "puhelin", "na čísle", "telefonszáma", "telefonszám", "contactat la",
		// their "call me at": "Ring meg på 97080200", "ring mig på …"
		"ring meg på", "ring mig på", "ring oss på", "ring os på", "ring til mig på", "ring till mig på",
		// "call me at" and "my number is" in other languages (stop 29), which say a phone as
		// English does: "Chiamami al 351692174", "Appelez-moi au 0590938347", "Ruf mich unter
		// 0619345145 an", "Zadzwoń do mnie pod 693 907 579", "Πάρε με στο 2830470174", "mit
		// nummer er 87789328", "numaram 193 4 514"
		"chiamami al", "chiamami allo", "chiamatemi al", "mi chiami al", "appelez-moi au", "appelle-moi au", "rappelez-moi au",
		"ruf mich unter", "rufen sie mich unter", "ruf mich an unter", "llámame al", "llámeme al", "liga-me para o", "ligue-me para o",
		"me liga no", "me ligue no", "ligue para o", "bel me op", "bel mij op", "bel ons op", "zadzwoń do mnie pod", "zadzwoń pod",
		"zavolej mi na", "zavolejte mi na", "zavolaj mi na", "nazovi me na", "nazovite me na", "πάρε με στο", "καλέστε με στο",
		"подзвони мені на", "подзвоніть мені на", "позвони мне на", "позвоните мне на", "обади ми се на", "обадете ми се на",
		"paskambink man", "paskambinkite man", "beni ara", "mit nummer", "mitt nummer", "nummeret mitt", "nummeret mitt er", "mój numer",
		"o meu número", "meu número é", "numaram", "мій номер", "мой номер", "номерът ми", "номерът ми е", "ο αριθμός μου", "ο αριθμός μου είναι",
		"moj broj", "moj broj je", "moje číslo", "moje číslo je", "mój numer to", "mano numeris", "mano numeris yra",
		"telefoon", "telefoonnummer", "mobiel", "mobiele nummer", "mobiel nummer",
		// "dial me", "text me", "WhatsApp me" and "my phone number" (Finnish's possessive suffix):
		// "Márcame al 04248567392", "Manda mensagem para o 931 233 066", "Meu zap: 21 8300-5961",
		// "App me op 009 4973738", "Skriv til mig på 42894206", "Puhelinnumeroni on 0176704044"
		"márcame al", "márqueme al", "mi cel", "meu zap", "meu whatsapp", "manda mensagem para o", "manda mensagem no",
		"mande mensagem para o", "app me op", "app mij op", "sms me op", "skriv til mig på", "sms til mig på",
		"puhelinnumeroni", "numeroni", "puhelinnumero", "soita minulle numeroon",
		// "Reachable on 8638397475", "Direct line 419 1273", "Call-back number: 29941566", "msisdn=01066078171"
		"reachable on", "reachable at", "direct line", "direct dial", "call-back number", "callback number", "call back number", "msisdn",
		// "you can reach me at" and "write to me at" in greetings' languages: "du erreichst mich
		// unter 0532694846", "Scrivimi al 3755630126", "Écris-moi au …", "podes ligar-me para o
		// …", "du når mig på …", "możesz dzwonić na …", "Napisz do mnie na …"
		"erreichst mich unter", "erreichen sie mich unter", "melde dich unter", "melden sie sich unter", "unter der nummer",
		"scrivimi al", "scrivetemi al", "raggiungibile al", "écris-moi au", "écrivez-moi au", "joignable au",
		"ligar-me para o", "envia-me mensagem para o", "envie mensagem para o", "når mig på", "dzwonić na", "dzwoń na", "napisz do mnie na"}, shape: shapePhone, min: 7, max: 15, score: 0.75},
	{typ: Age, words: []string{"aged", "age", "age of"}, shape: shapeAge, score: oldAgeScore}, // scored by ageFinding
	{typ: ZIPCode, words: []string{"zip", "zip code", "zipcode", "zip-code",
		"zip's", "zipcode's", "zip code's", "zipcd"}, shape: shapeDigits, min: 5, max: 9, valid: func(d string) bool { return len(d) == 5 || len(d) == 9 }, score: 0.85}, // said: "my zip's six two seven oh one"
	// a postcode's word, which other countries' codes of four to seven digits follow too (stop 61:
	// "postcode 8757", Australia's and New Zealand's; "C.P. 139139", Colombia's; "C.P. 9099600",
	// Chile's; "PLZ 8010", Austria's)
	{typ: ZIPCode, words: []string{"postal code", "postcode", "plz", "code postal", "c.p.", "código postal", "codigo postal"}, shape: shapeDigits, min: 4, max: 9,
		valid: func(d string) bool { return len(d) != 8 }, notBefore: &countWords, cityAfter: true, score: 0.85},
	// Spain's and Mexico's "CP 28014", not a count ("cp 12345 rows")
	{typ: ZIPCode, words: []string{"cp"}, shape: shapeDigits, min: 5, max: 5, valid: residenceZIP, notBefore: &countWords, cityAfter: true, score: 0.85},
	// a record's postal code field, which holds any country's ("postalCode": "42-155",
	// zip=17284-049, "post_code": "7746 HS", postcode: 560448): the key and ':' or '=' before the
	// value vouch for shapes that alone are numbers
	{typ: ZIPCode, words: []string{"zip", "zip code", "zipcode", "zip_code", "postal code", "postalcode", "postal_code", "postcode", "post_code",
		"post code", "plz", "cep", "code postal", "code_postal", "codepostal", "código postal", "codigo postal", "codigo_postal",
		"postnummer", "kod pocztowy", "postleitzahl",
		// a CRM's and a messaging platform's keys in camel case (stop 39): Salesforce's MailingPostalCode, Twilio's FromZip
		"mailingpostalcode", "billingpostalcode", "shippingpostalcode", "otherpostalcode", "fromzip", "tozip"}, shape: shapePostalAny, score: 0.85},
	// Brazil's CEP after its word, no mark needed (stop 50): "Porto Alegre/RS, CEP 90010-150"
	{typ: ZIPCode, words: []string{"cep"}, shape: shapeDigits, min: 8, max: 8, score: 0.85},
	// the UK's and Canada's, which hold letters; a UK postcode is shared by about fifteen homes
	{typ: ZIPCode, words: []string{"postcode", "post code", "postal code", "postcode is", "zip", "zip code", "eircode", "eircode is", "eir code"}, shape: shapePostcode, score: 0.85},
	// where someone lives, written as a ZIP code alone ("she moved to 60614", "lives in the 02139
	// area"): five digits or ZIP+4, not a round number, no unit or count after it ("moved to
	// 20000 users") and no capitalised word, which makes it a house number ("moved to 62408
	// Lockville")
	{typ: ZIPCode, words: []string{"lives in", "live in", "living in", "lived in", "resides in", "reside in", "residing in", "moved to", "move to",
		"moving to", "relocated to", "relocating to", "based in", "located in", "resident of"}, shape: shapeDigits, min: 5, max: 9, valid: residenceZIP, notBefore: &countWords, score: 0.75},
}

// proseWord reports a value that is a word of prose rather than a secret: lower-case letters,
// with a full stop, a question or an exclamation mark after them ("wrong.", "invalid!"), or two
// such words joined by a hyphen ("case-sensitive", "auto-generated"). A passphrase of three
// words or more stays one ("correct-horse-battery-staple").
func proseWord(v string) bool {
	if n := len(v); n > 1 && (v[n-1] == '.' || v[n-1] == '!' || v[n-1] == '?') {
		v = v[:n-1]
	}
	hyphens := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z':
		case c == '-' && i > 0 && i+1 < len(v) && v[i-1] != '-':
			hyphens++
		default:
			return false
		}
	}
	return v != "" && hyphens <= 1
}

// residenceZIP accepts five digits or a ZIP+4 that is no round number (10000, 20000).
func residenceZIP(d string) bool {
	return (len(d) == 5 || len(d) == 9) && !strings.HasSuffix(d[:5], "000")
}

// countWords count or measure what a number before them is: "20000 users", "50000 feet".
var countWords = foldSet(`users people persons rows records items units feet ft miles mi meters metres m km kg lbs pounds ms s sec secs seconds
	minutes hours days requests rps qps bytes kb mb gb tb dollars usd eur euros points pts copies votes employees customers patients members
	cases deaths residents inhabitants subscribers downloads views followers steps calories words lines files times percent`)

// birthYearScore is the score of a year of birth alone ("born in 1987"): masked by policies that
// mask dates of birth at their default threshold. (Safe Harbor would let a year stay; the hipaa
// preset tokenizes dates of birth, years alone included, which is stricter.)
const birthYearScore = 0.6

// Cues is the recognizer for identifiers announced by a cue word ("MRN: 00123456", "routing
// 021000021", "DOB 03/14/1931"), for ages written "93 years old", for the special-category terms,
// and the finder of context words: one pass of one Aho-Corasick automaton finds all of their
// words, and only the text next to each is read. Every Detector runs one.
type Cues struct {
	words   *wordMatcher
	reread  []uint8        // pattern index -> what the word tells a detection to read again for (rereadNumber, rereadMark, rereadDot)
	entries [][]cueEntry   // pattern index -> what it means (a word can mean several things)
	index   map[string]int // a cue phrase (lower case, single spaces) -> its pattern index
	cjk     []cjkPhrase    // the phrases in scripts written without spaces (CJK, Thai), looked for inside words
}

// cjkPhrase is a cue or context phrase written in CJK or Thai characters, and its pattern index.
type cjkPhrase struct {
	text    string
	pattern int
}

type cueEntry struct {
	kind int    // entryCue, entryAge, entryAgeAfter, entryAgeAt, entryTerm, entryContext or entryNegative
	cue  int    // index into cues, for entryCue
	typ  string // for entryTerm, entryContext and entryNegative
}

const (
	entryCue           = iota // a value follows
	entryAge                  // an age stands before: "93 years old"
	entryAgeAfter             // an age follows: "I am 45"
	entryAgeAt                // an age follows "at", then a clause: "at 45, she moved"
	entryAgeApposed           // an age follows a word for a person in commas or brackets: "the patient, 91,"
	entryAgeOrdinal           // an ordinal age stands before: "80th birthday"
	entryAgeDecade            // a decade of someone's life follows: "in his 40s"
	entryTerm                 // the word itself is the finding
	entryContext              // a context word of typ
	entryNegative             // a word that says a number is not of typ
	entryNumberWord           // a word for a number ("five", "nineteen", "cinco"): two side by side are a number said
	entrySaidMark             // a mark said between a number's groups ("dash", "hyphen"; since stop 43)
	entrySpelledDot           // "dot", as a spelled-out address writes its dots (since stop 43)
	entryAuthorization        // an HTTP Authorization header's name: its credentials follow (credentials.go)
	entryAuthPlain            // SMTP's AUTH PLAIN: base64 credentials follow
	entryClient               // a client's command name: its flags carry passwords and user names
)

// The words that tell a detection to read a text again on another copy (rereads), a bit each in
// Cues.reread.
const (
	rereadNumber uint8 = 1 << iota // a word for a number (entryNumberWord)
	rereadMark                     // a mark said between a number's groups (entrySaidMark)
	rereadDot                      // the word "dot" (entrySpelledDot)
)

// contextHit is where a context word of a type stands; neg marks a negative context word.
type contextHit struct {
	typ        string
	start, end int
	neg        bool
}

// lowerCue lowers a cue word, but for one written in another script's capitals ("ΑΜΚΑ"), of
// which it lowers ASCII's letters only: the word walk folds ASCII's case alone, so such a cue
// is listed in both cases (stop 46).
func lowerCue(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsUpper(r) }) {
		return strings.ToLower(w)
	}
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, w)
}

func newCues() *Cues {
	c := &Cues{}
	var patterns []string
	index := map[string]int{}
	var add func(w string, e cueEntry)
	add = func(w string, e cueEntry) {
		w = strings.Join(strings.Fields(lowerCue(w)), " ")
		if strings.HasSuffix(w, ".") && len(w) > 1 {
			// the word scan ends a word before a period that no letter follows: "geb." and
			// "r.f.c." are read as "geb" and "r.f.c", which the value's reading skips past
			add(strings.TrimSuffix(w, "."), e)
			return
		}
		k, ok := index[w]
		if !ok {
			k = len(patterns)
			index[w] = k
			patterns = append(patterns, w)
			c.entries = append(c.entries, nil)
		}
		c.entries[k] = append(c.entries[k], e)
	}
	for i, cu := range cues {
		for _, w := range cu.words {
			add(w, cueEntry{kind: entryCue, cue: i})
			// a record's key, which a program writes as one word: member_id, memberId,
			// MEMBER_ID, --member-id (the word walk joins the parts, and folds case); not a
			// user name's run together, which configurations write for services' accounts
			// (Azure's "AccountName=acct;")
			if ws := strings.Fields(w); len(ws) > 1 && asciiLetters(strings.Join(ws, "")) {
				for _, sep := range []string{"_", "", "-"} {
					if sep != "" || cu.typ != Username {
						add(strings.Join(ws, sep), cueEntry{kind: entryCue, cue: i})
					}
				}
			}
		}
	}
	for _, w := range ageMarkers {
		add(w, cueEntry{kind: entryAge})
	}
	for w := range spokenWordMap {
		add(w, cueEntry{kind: entryNumberWord})
	}
	for _, tens := range strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety") {
		for _, unit := range strings.Fields("one two three four five six seven eight nine") {
			add(tens+"-"+unit, cueEntry{kind: entryNumberWord}) // the word scan reads "seventy-one" as one word
		}
	}
	for _, w := range ageStatements {
		add(w, cueEntry{kind: entryAgeAfter})
	}
	add("dot", cueEntry{kind: entrySpelledDot})
	for _, w := range atWords[1:] { // other languages' "at" (stop 49): "lucia punto fernandez arroba gmail punto com"
		add(w, cueEntry{kind: entrySpelledDot})
	}
	add("dash", cueEntry{kind: entrySaidMark})
	add("hyphen", cueEntry{kind: entrySaidMark})
	add("at", cueEntry{kind: entryAgeAt})
	add("authorization", cueEntry{kind: entryAuthorization})
	add("proxy-authorization", cueEntry{kind: entryAuthorization})
	add("auth plain", cueEntry{kind: entryAuthPlain})
	for w := range clients {
		add(w, cueEntry{kind: entryClient})
	}
	add("birthday", cueEntry{kind: entryAgeOrdinal})
	for _, w := range decadeOwners {
		add(w, cueEntry{kind: entryAgeDecade})
	}
	for _, w := range personNouns {
		add(w, cueEntry{kind: entryAgeApposed})
	}
	for typ, terms := range SpecialCategoryTerms {
		for _, w := range terms {
			add(w, cueEntry{kind: entryTerm, typ: typ})
		}
	}
	for typ, words := range ContextWords {
		for _, w := range words {
			add(w, cueEntry{kind: entryContext, typ: typ})
		}
	}
	for typ, words := range NegativeContextWords {
		for _, w := range words {
			add(w, cueEntry{kind: entryNegative, typ: typ})
		}
	}
	// The word matcher folds ASCII only: a phrase that opens with a letter of another cased script
	// (Cyrillic, Greek) is also kept with that letter in capitals, as a label or a sentence opens
	// with it ("Дата рождения:").
	for k, n := 0, len(patterns); k < n; k++ {
		w := patterns[k]
		r, size := utf8.DecodeRuneInString(w)
		if r < utf8.RuneSelf || unicode.ToUpper(r) == r {
			continue
		}
		title := string(unicode.ToUpper(r)) + w[size:]
		if _, ok := index[title]; ok {
			continue
		}
		index[title] = len(patterns)
		patterns = append(patterns, title)
		c.entries = append(c.entries, slices.Clone(c.entries[k]))
	}
	// The word matcher takes the longest phrase at a place, so "social security number", a cue,
	// would hide "social security", a context word, where both begin: a phrase also carries the
	// context words that open it, and the cues that open it where the rest is words a cue's value
	// may stand after anyway (fillerWords): "postcode is", a cue of the UK's postcodes, had hidden
	// "postcode" and its ZIP codes ("my postcode is 90210" went unmasked).
	for k, w := range patterns {
		for cut := strings.LastIndexByte(w, ' '); cut > 0; cut = strings.LastIndexByte(w[:cut], ' ') {
			p, ok := index[w[:cut]]
			if !ok {
				continue
			}
			fillers := !strings.ContainsFunc(w[cut:], unicode.IsPunct) && !slices.ContainsFunc(strings.Fields(w[cut:]), func(x string) bool { return !fillerWords.has(x) })
			for _, e := range c.entries[p] {
				if (e.kind == entryContext || e.kind == entryNegative || fillers && e.kind == entryCue) && !slices.Contains(c.entries[k], e) {
					c.entries[k] = append(c.entries[k], e)
				}
			}
		}
	}
	c.words = newWordMatcher(patterns)
	c.index = index
	c.reread = make([]uint8, len(patterns))
	for k, es := range c.entries {
		for _, e := range es {
			switch e.kind {
			case entryNumberWord:
				c.reread[k] |= rereadNumber
			case entrySaidMark:
				c.reread[k] |= rereadMark
			case entrySpelledDot:
				c.reread[k] |= rereadDot
			}
		}
	}
	for k, w := range patterns {
		if unspacedStartsAt(w, 0) {
			c.cjk = append(c.cjk, cjkPhrase{w, k})
		}
	}
	return c
}

// loginEnd reports what follows an account's name in a log line at s[j]: " from", " by",
// " port", "(uid", " on", a comma, a semicolon or the line's end.
func loginEnd(s string, j int) bool {
	if j >= len(s) || s[j] == '\n' || s[j] == '\r' || s[j] == ',' || s[j] == ';' || strings.HasPrefix(s[j:], "(uid") {
		return true
	}
	for _, w := range []string{" from ", " by ", " port ", " on ", " (uid", "(uid"} {
		if strings.HasPrefix(s[j:], w) {
			return true
		}
	}
	return false
}

// plateLetterAfter reports a letter in the value at s[k] up to its end (a space before a word
// in lower case, a mark, the line's end): what follows a US state's code is the plate when it
// holds letters, and the code is the plate's own when only digits follow ("IN 79 469").
func plateLetterAfter(s string, k int) bool {
	for ; k < len(s) && (isAlnum(s[k]) || s[k] == '-' || s[k] == ' ' && k+1 < len(s) && (isDigit(s[k+1]) || isUpper(s[k+1]))); k++ {
		if isLetter(s[k]) {
			return true
		}
	}
	return false
}

// plateGroup reports a plate's short group at s[k]: one to four capitals and digits, then no
// more of them ("AB12 CDE", "1234 BCD"; "YX68 ZTP parked" stops before "parked").
func plateGroup(s string, k int) bool {
	e := k
	for e < len(s) && (isUpper(s[e]) || isDigit(s[e])) { // plates are written in capitals: "plate 2 of 3" is none
		e++
	}
	return e > k && e-k <= 4 && (e == len(s) || !isAlnum(s[e]))
}

// plateScriptAhead reports a letter of another script within the plate's first eight bytes
// at s[i] ("9093РУ 88", "8 ฏฃ 2462"), which the ASCII reading below would stop at.
func plateScriptAhead(s string, i int) bool {
	for k := i; k < len(s) && k-i < 8; k++ {
		switch c := s[k]; {
		case c >= 0x80:
			r, _ := utf8.DecodeRuneInString(s[k:])
			return unicode.IsLetter(r) || r == '•' || r == '·' // or a middle dot between groups: "43L•231"
		case !isAlnum(c) && c != ' ' && c != '-':
			return false
		}
	}
	return false
}

// scriptPlate reads a licence plate that holds letters of another script, as Russia, Greece,
// China, Thailand and the Arab countries write them ("Н9754 44", "湘W-19093", "8 ฏฃ 2462"):
// letters of any script and digits, in groups joined by a hyphen, a middle dot or a space
// before a digit or a short group; its size is counted in characters.
func scriptPlate(s string, i int, cu *cue) (int, string, bool) {
	j, chars, digits := i, 0, 0
	for j < len(s) && chars <= cu.max {
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			chars++
			if unicode.IsDigit(r) {
				digits++
			}
			j += size
			continue
		case (r == '-' || r == '•' || r == '·' || r == ' ') && j > i && j+size < len(s):
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			if !unicode.IsLetter(next) && !unicode.IsDigit(next) || r == ' ' && !unicode.IsDigit(next) && !scriptGroup(s, j+size) {
				break
			}
			j += size
			continue
		}
		break
	}
	if chars < cu.min || chars > cu.max || digits < cu.minDigits {
		return 0, "", false
	}
	return j, s[i:j], true
}

// scriptGroup reports a group of at most four letters of any script or digits at s[k] that ends
// a word: a plate's last group after a space ("8 ฏฃ 2462").
func scriptGroup(s string, k int) bool {
	n, e := 0, k
	for e < len(s) {
		r, size := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) || unicode.IsLower(r) {
			break
		}
		n++
		e += size
	}
	return n > 0 && n <= 4 && (e == len(s) || !isAlnum(s[e]))
}

// fileNumber returns the end of a German court's or office's file number at s[i] (a chamber's or
// a senate's number, in digits or Roman numerals, a register's letters, the case's number, a
// slash and the year: "3 C 123/24", "VI ZR 12/23", "1 Js 12345/24", "27 O 235/2023"), or 0.
func fileNumber(s string, i int) int {
	j := i
	for j < len(s) && j-i < 4 && (isDigit(s[j]) || strings.IndexByte("IVX", s[j]) >= 0) {
		j++
	}
	if j == i || j+1 >= len(s) || s[j] != ' ' || !isUpper(s[j+1]) {
		return 0
	}
	k := j + 2
	for k < len(s) && k-j <= 4 && isLetter(s[k]) {
		k++
	}
	if k-j > 4 || k+1 >= len(s) || s[k] != ' ' || !isDigit(s[k+1]) {
		return 0
	}
	m := k + 1
	for m < len(s) && isDigit(s[m]) && m-k <= 6 {
		m++
	}
	if m >= len(s) || s[m] != '/' {
		return 0
	}
	y := m + 1
	for y < len(s) && isDigit(s[y]) {
		y++
	}
	if n := y - m - 1; n != 2 && n != 4 || y < len(s) && isAlnum(s[y]) {
		return 0
	}
	return y
}

// maskedSSN returns the end of an SSN masked but for its last four digits at s[i] (three mask
// characters, '*', 'X', 'x' or '#', a dash or a space or none, two more, a separator again, four
// digits, the word's end), or 0.
func maskedSSN(s string, i int) int {
	mask := func(c byte) bool { return c == '*' || c == 'X' || c == 'x' || c == '#' }
	j := i
	for _, n := range [2]int{3, 2} {
		for k := 0; k < n; k++ {
			if j >= len(s) || !mask(s[j]) {
				return 0
			}
			j++
		}
		if j < len(s) && (s[j] == '-' || s[j] == ' ') {
			j++
		}
	}
	if j+4 > len(s) || !allDigits(s[j:j+4]) || j+4 < len(s) && isAlnum(s[j+4]) {
		return 0
	}
	return j + 4
}

// callsignShape reports an amateur radio call sign: a prefix of one to three capitals and
// digits with a capital in it, a digit, and a suffix of one to four capitals (KE0XIQ, W4HA, 2E0ABC,
// VE3XYZ).
func callsignShape(v string) bool {
	if len(v) < 3 || len(v) > 7 {
		return false
	}
	k := len(v)
	for k > 0 && isUpper(v[k-1]) {
		k--
	}
	if suffix := len(v) - k; suffix < 1 || suffix > 4 || k < 2 || !isDigit(v[k-1]) {
		return false
	}
	prefix := v[:k-1]
	if len(prefix) > 3 || strings.IndexFunc(prefix, func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 {
		return false
	}
	return strings.IndexFunc(prefix, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') }) < 0
}

// locatorShape reports a booking's locator: capitals and digits only ("X7YQ2K", "ABC123").
func locatorShape(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isUpper(v[i]) && !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// handleEnd returns where the handle's characters from s[j] end (letters, digits and '_', with
// a '.' or a '-' between them), reading no further than limit.
func handleEnd(s string, j, limit int) int {
	for j < len(s) && j <= limit && (isAlnum(s[j]) && s[j] < 0x80 || (s[j] == '.' || s[j] == '-') && j+1 < len(s) && isAlnum(s[j+1])) {
		j++
	}
	return j
}

// readAround reads the age that a cue word of kind, at text[start:end], announces before or
// after it.
func readAround(kind int, text string, start, end int) (Finding, bool) {
	switch kind {
	case entryAge:
		return ageBefore(text, start)
	case entryAgeAfter:
		return ageAfter(text, end)
	case entryAgeAt:
		if f, ok := ageAtClause(text, end); ok {
			return f, true
		}
		return ageAtSubject(text, start, end)
	case entryAgeOrdinal:
		return ordinalAge(text, start)
	case entryAgeDecade:
		return decadeAge(text, end)
	case entryAgeApposed:
		return appositiveAge(text, end)
	}
	return Finding{}, false
}

// scan appends the findings announced by cue words to dst, and the context words found to hits.
// It reports too the normalisations the text needs (rereads): whether two number words stand side
// by side in text ("five five", "nineteen eighty"), a number said that the normalisation did not
// write as digits (spokenNumbers), or a said mark between a number's groups ("dash"), whether
// four one-letter words stand in a row, a word written a letter at a time that it did not join
// (spacedLetters), and the word walk's other findings.
func (c *Cues) scan(text string, dst []Finding, hits []contextHit) ([]Finding, []contextHit, rereads) {
	said, lastNumber := false, -1 // where the last number word ended
	spelled := false
	r := c.words.scan(text, func(pattern, start, end int) {
		flags := c.reread[pattern]
		if flags&rereadDot != 0 {
			spelled = true // "john dot smith at example dot com" (spellOut)
		}
		if flags&rereadMark != 0 && start >= 2 && text[start-1] == ' ' && isDigit(text[start-2]) && end+1 < len(text) && text[end] == ' ' && isDigit(text[end+1]) {
			said = true // a number's groups joined by a said mark: "384 dash 776 dash 8523" (saidMarks)
		}
		if flags&rereadNumber != 0 {
			if !said && lastNumber >= 0 {
				switch between := text[lastNumber:start]; between {
				case " ", "-", ", ", " y ", " e ": // side by side, after a pause, "cincuenta y dos"
					said = true
				}
			}
			said = said || streetAfterNumberWord(text, end)
			lastNumber = end
		}
		c.matched(text, pattern, start, end, end, &dst, &hits)
	})
	if hasUnspaced(text) {
		dst, hits = c.scanCJK(text, dst, hits)
	}
	if strings.IndexByte(text, '_') >= 0 {
		dst = c.keySuffixes(text, dst, &hits)
	}
	dst = c.credentialKeys(text, dst, &hits)
	dst = credentialCalls(text, dst)
	if strings.IndexByte(text, '/') >= 0 {
		dst = c.slashedTerms(text, dst)
		dst = credentialPairs(text, dst)
	}
	if strings.IndexByte(text, '#') >= 0 {
		dst = c.hashNumbers(text, dst)
	}
	dst, hits = c.tableCells(text, dst, hits)
	r.said = said || hyphenedNumbers(text)
	r.spelled = spelled
	return dst, hits, r
}

// keySuffixes reads the value of a record's key whose last words are a cue and whose first are
// whose it is ("patient_mrn": "A4492013", insurance_policy_number=PLC-88213344, PRIMARY_MEMBER_ID:
// …, "device_serial": "SN-4471-2219-B"): the word walk reads such a key as one word, which no cue
// is. The cue is a snake_case one of several words, or a word of suffixKeys; a key's marks must
// follow it (a quote, then ':' or '=', or those at once). Generic words (id, number, code, key,
// name, user, account) do not count alone: request_id, build_number and aws_account are no one's.
func (c *Cues) keySuffixes(text string, dst []Finding, hits *[]contextHit) []Finding {
	keyEnd := 0
	for u := range Offsets(text, "_") {
		if u < keyEnd {
			continue // an underscore of the key read last
		}
		a := u // the key's start (isAlnum holds '_')
		for a > 0 && isAlnum(text[a-1]) {
			a--
		}
		e := u // the key's end
		for e < len(text) && isAlnum(text[e]) {
			e++
		}
		if a < u && keyMarks(text, e) {
			for v := u; v < e; v++ {
				if text[v] != '_' || v+1 >= e || !isLetter(text[v+1]) {
					continue
				}
				w := text[v+1 : e]
				if !strings.Contains(w, "_") && !suffixKeys.has(w) {
					continue
				}
				if p, ok := c.words.single(w); ok {
					c.matched(text, p, v+1, e, e, &dst, hits)
					break
				}
			}
		}
		keyEnd = e
	}
	return dst
}

// slashedTerms finds the special categories' terms on either side of a slash between words
// ("HIV/AIDS", "Hispanic/Latino", "gay/bisexual"), which the word walk reads as one word with
// the slash, as it reads "s/n" and "d/o/b". A word the walk found whole ("lgbtq/queer" is none)
// is read as its parts here too; a term holds letters, spaces and hyphens only.
func (c *Cues) slashedTerms(text string, dst []Finding) []Finding {
	for u := range Offsets(text, "/") {
		if u > 0 && u+1 < len(text) && isLetterByte(text[u-1]) && isLetterByte(text[u+1]) {
			a := u
			for a > 0 && (isLetterByte(text[a-1]) || text[a-1] == '-') {
				a--
			}
			e := u + 1
			for e < len(text) && (isLetterByte(text[e]) || text[e] == '-') {
				e++
			}
			for _, part := range [2][2]int{{a, u}, {u + 1, e}} {
				p, ok := c.words.single(text[part[0]:part[1]])
				if !ok {
					continue
				}
				for _, en := range c.entries[p] {
					if en.kind == entryTerm && !slices.ContainsFunc(dst, func(f Finding) bool { return f.Start == part[0] && f.End == part[1] && f.Type == en.typ }) {
						dst = append(dst, Finding{Type: en.typ, Start: part[0], End: part[1], Score: 0.6, Source: SourceTerms})
					}
				}
			}
		}
	}
	return dst
}

// keyMarks reports what follows a record's key at s[i]: ':' or '=', after a closing quote or not,
// and spaces or not (patient_mrn = "…", as code assigns and compares).
func keyMarks(s string, i int) bool {
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		i++
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && (s[i] == ':' || s[i] == '=')
}

// suffixKeys are the cue words that name an identifier alone at a key's end (patient_ssn,
// device_serial, home_zip); other single words are as often a program's (build_number, max_age).
var suffixKeys = foldSet("ssn mrn npi dob zip zipcode postcode postalcode iban passport serial imei iccid imsi meid aadhaar pesel cpf cnpj curp nhs bsn tckn ppsn hetu birthdate birthday dln routing")

// scanCJK finds the cue and context phrases of Chinese, Japanese, Korean and Thai inside runs of
// their characters. Those languages write a word into the next without a space ("患者身份证3207…",
// "我的手机号是1381234…", "電話番号は090-…"), so the word pass, which looks words up whole, finds
// their phrases only standing alone. A cue's value is read after the run, when at most four
// characters follow the phrase in it ("身份证号码是…"). A phrase that is its run whole, between
// words the word pass ends at, was found by the word pass already.
func (c *Cues) scanCJK(text string, dst []Finding, hits []contextHit) ([]Finding, []contextHit) {
	sorted := len(hits)
	for i := 0; i < len(text); {
		if !unspacedStartsAt(text, i) {
			i++
			continue
		}
		a := i
		for i < len(text) && unspacedStartsAt(text, i) {
			i += 3
		}
		i = min(i, len(text))
		run := text[a:i]
		whole := (a == 0 || !cueWordByte(text[a-1])) && (i == len(text) || cueClass[text[i]] != cueWord)
		for _, p := range c.cjk {
			for k := 0; k < len(run); {
				at := strings.Index(run[k:], p.text)
				if at < 0 {
					break
				}
				start := a + k + at
				end := start + len(p.text)
				k += at + len(p.text)
				if whole && start == a && end == i {
					continue
				}
				valueAt := end
				if i-end <= 12 {
					valueAt = i // 号码是 (number is), は, 는: what stands between the phrase and its value
				}
				c.matched(text, p.pattern, start, end, valueAt, &dst, &hits)
			}
		}
	}
	if len(hits) > sorted {
		slices.SortStableFunc(hits, func(a, b contextHit) int { return a.start - b.start })
	}
	return dst, hits
}

// hasUnspaced reports a character of a script written without spaces (unspacedStartsAt) in
// text, eight bytes a step over ASCII.
func hasUnspaced(text string) bool {
	for i := 0; i < len(text); {
		if i+8 <= len(text) && ascii8(text[i:i+8]) {
			i += 8
			continue
		}
		if unspacedStartsAt(text, i) {
			return true
		}
		i++
	}
	return false
}

// matched appends what the pattern found at text[start:end] means: a finding its cue announces
// (read from valueAt), an age or a number it stands beside, a term, or a context word.
func (c *Cues) matched(text string, pattern, start, end, valueAt int, dst *[]Finding, hits *[]contextHit) {
	for _, e := range c.entries[pattern] {
		switch e.kind {
		case entryContext:
			*hits = append(*hits, contextHit{e.typ, start, end, false})
		case entryNegative:
			*hits = append(*hits, contextHit{e.typ, start, end, true})
		case entryTerm:
			*dst = append(*dst, Finding{Type: e.typ, Start: start, End: end, Score: 0.6, Source: SourceTerms})
		case entryAge, entryAgeAfter, entryAgeAt, entryAgeOrdinal, entryAgeDecade, entryAgeApposed:
			if f, ok := readAround(e.kind, text, start, end); ok {
				*dst = append(*dst, f)
			}
		case entryCue:
			if cues[e.cue].upper && !upperWord(text[start:end]) {
				continue
			}
			if f, ok := c.value(text, start, valueAt, &cues[e.cue]); ok {
				*dst = append(*dst, f)
			}
		case entryAuthorization:
			if f, ok := authorization(text, end); ok {
				*dst = append(*dst, f)
			}
		case entryAuthPlain:
			if f, ok := authPlain(text, end); ok {
				*dst = append(*dst, f)
			}
		case entryClient:
			*dst = commandCredentials(text, text[start:end], end, *dst)
		}
	}
}

// tableCells reads the tables pasted in text (TableCells) whose header names a cue or a context
// word: a cell under "MRN", "Member ID" or "date_of_birth" is read as the value the word
// announces, and must fill its cell; a cell under "SSN" or "Phone" gets the word as its context,
// as "SSN 078051121" would. A cue counted only in capitals ("ID") is no column's: a table's ID
// is its rows'.
func (c *Cues) tableCells(text string, dst []Finding, hits []contextHit) ([]Finding, []contextHit) {
	added := false
	TableCells(text, c.columns, func(phrase string, start, end int) {
		for _, e := range c.entries[c.index[phrase]] {
			switch e.kind {
			case entryCue:
				cu := &cues[e.cue]
				if cu.upper {
					continue
				}
				if e, value, ok := readValue(text, start, cu); ok && e == end && (cu.valid == nil || cu.valid(value)) {
					dst = append(dst, Finding{Type: cu.typ, Start: start, End: end, Score: cu.score, Source: SourceCue})
				}
			case entryContext:
				hits, added = append(hits, contextHit{e.typ, start, start, false}), true
			}
		}
	})
	if added {
		slices.SortStableFunc(hits, func(a, b contextHit) int { return a.start - b.start })
	}
	return dst, hits
}

// columns keeps the columns of a table header that name a cue or a context word, as the phrase.
func (c *Cues) columns(keys []string) []string {
	kept := make([]string, len(keys))
	for k, key := range keys {
		phrase := strings.ReplaceAll(key, "_", " ")
		i, ok := c.index[phrase]
		if !ok {
			continue
		}
		for _, e := range c.entries[i] {
			if e.kind == entryCue && !cues[e.cue].upper || e.kind == entryContext {
				kept[k] = phrase
			}
		}
	}
	return kept
}

// value reads the value a cue word ending at s[at] announces.
func (c *Cues) value(text string, cueStart, at int, cu *cue) (Finding, bool) {
	if cu.noun && (!numberNoun(text, cueStart) || at-cueStart == 2 && text[cueStart] == 'n' && (at == len(text) || text[at] != '.' && text[at] != ':')) {
		return Finding{}, false // told before the value is looked for: most "no" and "number" are prose's ("there is no 12345 limit")
	}
	if cu.typ == DeviceID && at-cueStart == 3 && strings.EqualFold(text[cueStart:at], "s/n") && at < len(text) && text[at] == ',' {
		return Finding{}, false // an Iberian address's "S/N, 7204-888 Santarém" (no house number), not a serial's label
	}
	start, turn := skipFiller(text, at, cu.shape == shapeDate || cu.shape == shapePhone)
	if turn && inPhrase(text, cueStart) {
		return Finding{}, false // "the phone number on the account caller: …": the phone's, not the account's
	}
	if cu.typ == LicensePlate {
		// a plate's own capitals that skipFiller took for "No" or "Nr" or a word, written without a
		// period: "NR123YV", "plate NO 11 958", "MA2192" (stop 36)
		b := start
		for b > at && text[b-1] == ' ' {
			b--
		}
		a := b
		for a > at && isUpper(text[a-1]) {
			a--
		}
		if b-a >= 1 && b-a <= 3 && (a == at || text[a-1] == ' ') && (b == start || b+1 == start) {
			start = a
		}
	}
	if cu.state && start+3 < len(text) && usStates[text[start:start+2]] && text[start+2] == ' ' && isAlnum(text[start+3]) && plateLetterAfter(text, start+3) {
		start += 3 // the issuing state: "NJ F1234 56789 01234", "plate NJ ABC-1234" (not Denmark's "IN 79 469", the plate's own letters)
	}
	if cu.shape == shapePhone && start > at && text[start-1] == '(' {
		start-- // a bracketed area code or trunk prefix that skipFiller took for filler: "phone: (004) 5360502"
	}
	if cu.shape == shapeSecret {
		for start > at && isAlnum(text[start-1]) {
			start-- // a filler word run into the value is the value's: "sessionid=o4npvggj…"
		}
		if start > at && strings.IndexByte("#().-", text[start-1]) >= 0 && (start-1 == at || strings.IndexByte(" :=\"'", text[start-2]) >= 0) {
			start-- // a password may begin with a mark that skipFiller takes for filler: "password: #C+(w6To)uLS"
		}
	}
	if cu.supplyS && start+2 < len(text) && text[start] == 'S' && text[start+1] == ' ' && isDigit(text[start+2]) {
		start += 2
	}
	if cu.sigil && start+1 < len(text) && text[start] == '$' {
		start++ // the cashtag's '$' stays; the name after it is the handle
	}
	if cu.spaced && (start == at || !strings.Contains(" \n\">|", text[start-1:start]) || cueStart > 0 && !strings.Contains(" \t\n\r(\"<>|", text[cueStart-1:cueStart])) {
		return Finding{}, false // code's and configurations' words: "$insta::ref", "insta.priv.pem"
	}
	if at-cueStart == 1 && cu.shape == shapeDate && strings.IndexByte(text[at:start], '=') >= 0 {
		return Finding{}, false // a variable of one letter assigned a date in code: "d = datetime.datetime(2010, 7, 4)" (stop 51: "d." is a death's)
	}
	if cu.noun && !onlyMarksBetween(text[at:start]) {
		return Finding{}, false
	}
	end, value, ok := readValue(text, start, cu)
	if !ok || cu.valid != nil && !cu.valid(value) && !(cu.hash && strings.IndexByte(text[at:start], '#') >= 0) || cu.direct && (!onlyMarksBetween(text[at:start]) || afterName(text, cueStart)) {
		return Finding{}, false
	}
	if cu.typ == IDNumber && end-start <= 6 && allDigits(value) && end+1 < len(text) && text[end] == ' ' && isUpper(text[end+1]) {
		if _, ok, _ := address(text, start); ok {
			return Finding{}, false // a house number: "deliver the parcel 1200 Elm Street, Dallas"
		}
	}
	if cu.typ == ZIPCode && cu.shape == shapeDigits && end-start == 5 && end+1 < len(text) && text[end] == ' ' && isUpper(text[end+1]) && hasSuffixFold(text[:cueStart], "address and ") {
		if _, ok, _ := address(text, start); ok {
			// a house number where the label names the address first: a W-2's "f Employee's address
			// and ZIP code 68566 ROBERSON WALK" (stop 41)
			return Finding{}, false
		}
	}
	if cu.notBefore != nil {
		j := end
		for j < len(text) && text[j] == ' ' {
			j++
		}
		// the whole word, not its letters up to the first outside ASCII ("München" is no "M", a
		// metre; stop 61)
		if w, _ := word(text, j); w != "" && (cu.notBefore.has(w) || text[j] >= 'A' && text[j] <= 'Z' && !cu.cityAfter) {
			return Finding{}, false // "moved to 20000 users"; a house number: "moved to 62408 Lockville"
		}
	}
	if cu.typ == Username && codeAccount(text, cueStart, at, start, end) {
		return Finding{}, false // "handle=handle", "userid = passwd = acct = ''", "if not uid: continue" (stop 51)
	}
	if cu.typ == Username && strings.Contains(text[at:start], "--") {
		return Finding{}, false // a command's flag: "gcloud auth login --no-launch-browser"
	}
	if cu.typ == Username && end+1 < len(text) && text[end] == ':' && (text[end+1] == ' ' || text[end+1] == '\n' || text[end+1] == '\r') && start > at && strings.IndexByte(text[at:start], '\n') >= 0 {
		return Finding{}, false // the next line's key, not the label's value: a kubeconfig's "user:⏎    client-certificate-data: …"
	}
	if cu.shape == shapeSecret && cmdletName(value) {
		return Finding{}, false // PowerShell's $pw = ConvertTo-SecureString '…': the command, not the password
	}
	if cu.shape == shapeSecret && !assigned(text[at:start], value) && !(cu.bare && literal(value) && strings.Trim(text[at:start], " :=") == "") &&
		!(cu.quoted && literal(value) && (text[at:start] == " '" || text[at:start] == ` "`)) &&
		!(cu.typ == Secret && literal(value) && strings.Trim(text[at:start], " ") == "" && netrcPassword(text, cueStart)) {
		return Finding{}, false
	}
	if cu.shape == shapePostalAny && !strings.ContainsAny(text[at:start], ":=") && !postIs(text[cueStart:at], text[at:start]) {
		return Finding{}, false // a key's value only: "zip 1234 files" is no postcode; but a postcode's word and "is" say one (stop 59: "the postcode is 2447")
	}
	if (cu.shape == shapeHandle || cu.shape == shapeHandleOnly) && !handleLike(value) && !(cu.sigil && start > at && text[start-1] == '$') &&
		!(cu.camel && camelHandle(value) && (strings.ContainsAny(text[at:start], ":=") || strings.Contains(text[at:start], " is "))) &&
		(cu.shape == shapeHandleOnly || !strings.ContainsAny(text[at:start], ":=") || strings.ToLower(value) != value || notHandles.has(value)) &&
		!(cu.shape == shapeHandle && strings.ToLower(value) == value && !notHandles.has(value) && netrcPassword(text, cueStart)) {
		return Finding{}, false // "the user clicks", "username is required", "User: Christine": a plain word only as "username: jdoe"
	}
	typ := cu.typ
	if typ == Passport && usPassport(value) {
		typ = USPassport
	}
	if typ == DateOfBirth && end-start == 4 && allDigits(text[start:end]) {
		return Finding{Type: typ, Start: start, End: end, Score: birthYearScore, Source: SourceCue}, true
	}
	if typ == Age {
		return ageFinding(text, start, end)
	}
	return Finding{Type: typ, Start: start, End: end, Score: cu.score, Source: SourceCue}, true
}

// codeAccount reports an account's cue word at text[cueStart:at] and its value at
// text[start:end] that are a program's: a keyword ("if not uid: continue"), the key's own name
// passed on ("handle=handle", "self._handle = handle") or a name assigned in turn ("userid =
// passwd = acct").
func codeAccount(text string, cueStart, at, start, end int) bool {
	value := text[start:end]
	if codeKeywords.has(value) || strings.EqualFold(value, strings.TrimLeft(text[cueStart:at], "_.")) {
		return true
	}
	j := end
	for j < len(text) && text[j] == ' ' {
		j++
	}
	return j < len(text) && text[j] == '=' && (j+1 == len(text) || text[j+1] != '=') && strings.IndexByte(text[at:start], '=') >= 0
}

// codeKeywords are the keywords and builtins of Python, Go, JavaScript and the shells that
// follow a key in code and name no account.
var codeKeywords = foldSet("continue return break pass assert raise yield import from class def self this async await lambda global nonlocal " +
	"elif else except finally while for range func var let const not and del with try new typeof void delete then done esac")

// directoryHandle reports a directory's account name: not a number (a POSIX uid), a program's
// type ("uid: int", "Uid uint32", C's "uid_t uid, gid_t gid") or a system's account (uid=admin),
// which names no one.
func directoryHandle(v string) bool {
	return !allDigits(v) && !notAccountNames.has(v) && !strings.HasSuffix(v, "_t")
}

// notAccountNames are the types a program declares an identifier's field with and the accounts
// every system has.
var notAccountNames = foldSet("int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr str string bool boolean float double long short " +
	"char byte bytes uuid any object number integer optional none null admin administrator root guest nobody anonymous daemon system service")

// handleLike reports a user name written as only user names are: with a digit, an underscore,
// a dot or a dash in it (kwame.owusu, tommy_b, jdoe42).
func handleLike(v string) bool {
	return strings.ContainsAny(v, "0123456789_.-")
}

// lettersAmongDigits reports a value that holds a letter and opens with a letter or a digit: a
// digits-only number after "account" is the digit cue's to read, and a date is none.
func lettersAmongDigits(v string) bool {
	return strings.IndexFunc(v, func(r rune) bool { return r < 0x80 && isLetter(byte(r)) }) >= 0
}

// accountNotVersion reports an account's name that is no version or number, a letter first and
// not "v" and a digit ("reported by v1.2.3 of the tool", "approved by 2 reviewers"), and no name
// a capital opens whose mark is a hyphen alone ("Reported by Rolf-Dieter Wulf", "JAN-PETER").
func accountNotVersion(v string) bool {
	if v == "" || !isLetter(v[0]) || len(v) > 1 && (v[0] == 'v' || v[0] == 'V') && isDigit(v[1]) {
		return false
	}
	return !isUpper(v[0]) || strings.ContainsAny(v, "._0123456789")
}

// camelHandle reports a user name written as words run together with their capitals, as a
// gamer's or a streamer's is (xXShadowHunterXx, ShadowHunter, iAmJess): a small letter before a
// capital, the capital sixth or later, or a small letter first and a capital later; not a name
// whose capital follows a prefix (McDonald, DeShawn, LaToya, MaryBeth) nor a word in capitals.
func camelHandle(v string) bool {
	if len(v) < 4 || !isLetter(v[0]) {
		return false
	}
	for i := 1; i < len(v); i++ {
		if !isAlnum(v[i]) || v[i] == '_' {
			return false
		}
	}
	for i := 1; i < len(v); i++ {
		if isUpper(v[i]) && isLower(v[i-1]) && (i >= 5 || isLower(v[0])) {
			return true
		}
	}
	return false
}

// notHandles are the plain words a form or a program assigns where a user name goes.
var notHandles = foldSet("required optional true false null none nil empty invalid missing unknown string text name user username password email gamer")

// articles before a handle make it a word of prose.
var articles = foldSet("the a an")

// fillerWords may stand between a cue word and its value ("number is", "on file"), in any case,
// and the same in German, French, Spanish, Italian, Dutch and Portuguese ("Meine Steuer-ID
// lautet …", "mon numéro de sécurité sociale est …"). A fold table, so that a capitalised word
// after a cue ("seen on Tuesday") costs no lower-cased copy.
var fillerWords = foldSet("number no num nr is are id of the code was on file my our his her their key value " + // value: <field name="mrn" value="A4492013"/>

	"ist lautet lauten meine mein nummer est sont mon ma numéro numero es mi número è il mijn é o meu minha " +
	"dela dele seu sua su suo sein seine ihr ihre son sa zijn haar " + // his, her: "o CPF dela é 390.533.447-05" (stop 52)
	"er är min mitt mit " + // Danish, Norwegian and Swedish: "telefonnummer er 90089806", "mitt nummer är …"
	"please") // an agent's "And the postcode, please?" before the caller's answer (stop 62)

// speechFillers are what a speaker says between a cue and its value (stop 30): a hesitation
// ("date of birth, uh, july ninth"), "it's", "that's", "like", "would be", "there". They count as
// whole words only, before a blank, a comma or an apostrophe, never as the first letters of a
// value ("it4Xq").
var speechFillers = foldSet("uh um uhm umm erm hmm it s its that thats like would be there")

// dateFillers stand before a date or a phone number only, as "on" does in German, French,
// Spanish, Dutch and Portuguese: "Geburtstag ist am 3. März", "anniversaire est le 3 mars",
// "verjaardag is op 3 maart", "mon numéro est le 06 12 34 56 78". Before another value they may
// be its first letters ("password: Le(GJuDdny79").
var dateFillers = foldSet("am le el op em home work mobile cell office private") // and which phone: "Phone (home): (008) 5387823"

// skipFiller skips what stands between a cue word and its value: punctuation and words such as
// "number", "no.", "is" (fillerWords), and the rest of a question and the label of the turn that
// answers it (answerTurn), which it reports.
// afterName reports a capitalised word of letters right before text[at:], a name the word at
// ends ("Verboom Group"), not a determiner opening a sentence ("The group:").
func afterName(text string, at int) bool {
	if at < 3 || text[at-1] != ' ' {
		return false
	}
	j := at - 1
	i := j
	for i > 0 && isLower(text[i-1]) {
		i--
	}
	if i == j || i == 0 || !isUpper(text[i-1]) {
		return false
	}
	i--
	if i > 0 && isLetterByte(text[i-1]) {
		return false
	}
	switch text[i:j] {
	case "The", "Your", "My", "Our", "His", "Her", "Their", "Its":
		return false
	}
	return true
}

// icd10Shape reports an ICD-10 code without its period: a capital, a digit, a digit or capital,
// and up to four more (F321, E119, I10, S72001A).
func icd10Shape(v string) bool {
	return len(v) >= 3 && len(v) <= 7 && isUpper(v[0]) && isDigit(v[1]) && (isDigit(v[2]) || isUpper(v[2]))
}

// onlyMarksBetween reports what stands between a label and its value as marks, markup, blanks
// and "is", "no" or "number" alone (and an attribute's "value"): no word of prose ("Mazzi Group on
// 2019-03-02").
func onlyMarksBetween(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '<':
			k := strings.IndexByte(s[i:], '>')
			if k < 0 {
				return false
			}
			i += k
		case isLetterByte(s[i]):
			j := i
			for j < len(s) && isLetterByte(s[j]) {
				j++
			}
			if w := s[i:j]; !strings.EqualFold(w, "is") && !strings.EqualFold(w, "no") && !strings.EqualFold(w, "number") && w != "value" {
				return false
			}
			i = j - 1
		}
	}
	return true
}

func skipFiller(s string, i int, datesOrPhones bool) (int, bool) {
	limit := min(len(s), i+32)
	prep := false // a preposition was skipped: "SSN of the patient is"
	turn := false // the rest of a question and the answer's label were skipped
	colon, broken, tags := false, false, 0
	for i < limit {
		switch c := s[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '(' && dateHintEnd(s, i) > i:
			// a form's hint of the date's format between its label and its value (stop 51):
			// "DATE OF BIRTH (YYYYMMDD) 19870322", "Date of birth (dd/mm/yyyy): 22/03/1987"
			i = dateHintEnd(s, i)
		case c == '(' && asideEnd(s, i) > i:
			// an aside in brackets between a label and its value (stop 58): "PESEL (copy
			// attached): 90121012406", "Phone (mobile): …"
			i = asideEnd(s, i)
		case (c == '"' || c == '\'') && i+1 < len(s) && s[i+1] == c:
			return i, turn // an empty value: "username='', domain=''" (stop 51)
		case c == '\\' && escapedQuote(s, i) > i:
			// an escaped quote, as JSON inside a JSON string writes its keys and values, once or more
			// (stop 51: a HAR's "postData":{"text":"{\"password\":\"Sommar2024!\"}"} had sent the
			// password upstream)
			i = escapedQuote(s, i)
			colon = false
		case c == ':' || c == '#' || c == '=' || c == '-' || c == '.' || c == '(' || c == ')' || c == '"' || c == '\'' || c == ',' ||
			c == '>' || c == '|': // an XML element's value (<mrn>A4492013</mrn>), a markdown table's row (| MRN | A4492013 |)
			colon = c == ':'
			i++
		case (c == 'n' || c == 'N') && i+2 < len(s) && (s[i+1] == 0xC2 && (s[i+2] == 0xBA || s[i+2] == 0xB0) || s[i+1] == '.' && strings.HasPrefix(s[i+2:], "º")):
			// the number's sign of Spanish, Portuguese, French and Italian: "nº", "n°", "n.º" (stop 42:
			// "Tarjeta de fidelización nº 916560494519")
			if s[i+1] == '.' {
				i++
			}
			i += 3
		case c == '?' && !turn && i+2 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n'):
			// the question's mark and the next speaker's label (stop 46): "And your date of
			// birth? Caller: March third, …", "the last four of your social? Caller: six two …";
			// the label on the next line too (stop 62: "And the postcode, please?⏎Caller: 09995.")
			k := answerTurn(s, i+2)
			if k == 0 {
				return i, turn
			}
			i, turn = k, true
			limit = min(len(s), k+32)
		case c == '<' && tags < 4:
			// markup between a label and its value: <td>MRN</td><td>A4492013</td>,
			// <dt>Member ID</dt><dd>…</dd>, <span>Policy #:</span> <span>…</span>
			k := htmlTagEnd(s, i)
			if k < 0 {
				return i, turn
			}
			i, tags = k, tags+1
			limit = min(len(s), i+32)
		case (c == '\n' || c == '\r' && i+1 < len(s) && s[i+1] == '\n') && colon && !broken:
			// a label's value on the line below it, as forms and PDFs' text put it: "Member
			// ID:⏎W123456789"; one line break, after the colon only
			broken = true
			if c == '\r' {
				i++
			}
			i++
			limit = min(len(s), i+32)
		case isLetterByte(c):
			colon = false
			j := i
			for j < len(s) && isLetterByte(s[j]) {
				j++
			}
			if j-i == 2 && strings.EqualFold(s[i:j], "sn") && j < len(s) && (s[j] == ' ' || s[j] == ':') {
				i = j // serial SN 4B7-22819-X; but SN-4471-2219-B is the serial whole
				continue
			}
			if j-i == 1 && j < len(s) && isDigit(s[j]) {
				return i, turn // a letter run into digits opens the value: "DL# O123-4567-8901", not Portuguese's "o" (stop 52)
			}
			if fillerWords.has(s[i:j]) || datesOrPhones && dateFillers.has(s[i:j]) ||
				speechFillers.has(s[i:j]) && (j == len(s) || s[j] == ' ' || s[j] == ',' || s[j] == '\'') {
				prep = prep || postPrepositions.has(s[i:j])
				i = j
				continue
			}
			if k := postmodifier(s, i, prep); k > i {
				limit = min(len(s), k+16)
				i = k
				continue
			}
			if k := answerTurn(s, i); k > i && !turn {
				i, turn = k, true
				limit = min(len(s), k+32) // and the answer's own filler: "caller: the twenty first of …"
				continue
			}
			return i, turn
		default:
			return i, turn
		}
	}
	return i, turn
}

// asideEnd returns where an aside in brackets at s[i] ends: one to four words of letters, at
// most 24 bytes, and its closing bracket; or i.
func asideEnd(s string, i int) int {
	words := 0
	for k := i + 1; k < len(s) && k-i <= 25; k++ {
		switch c := s[k]; {
		case c == ')':
			if words == 0 || s[k-1] == ' ' {
				return i
			}
			return k + 1
		case c == ' ':
			if s[k-1] == ' ' || s[k-1] == '(' {
				return i
			}
		case isLetterByte(c):
			if s[k-1] == ' ' || s[k-1] == '(' {
				if words++; words > 4 {
					return i
				}
			}
		default:
			return i
		}
	}
	return i
}

// securityAnswer returns the end of a security question's answer at s[i]: one to three words of
// letters, digits, apostrophes and hyphens, at most 30 bytes, the first no function word, to a
// comma, a semicolon, a full stop, a bracket, a quote, a line's or the text's end; or 0.
func securityAnswer(s string, i int) int {
	if w, _ := word(s, i); stopWords.has(w) {
		return 0 // prose about the thing: "the first car in the lot"
	}
	j, words := i, 0
	for words < 3 {
		k := j
		for k < len(s) && (isAlnum(s[k]) || s[k] == '\'' || s[k] == '-' || s[k] >= 0x80) && k-i <= 30 {
			k++
		}
		if k == j || k-i > 30 {
			return 0
		}
		words++
		j = k
		if j+1 < len(s) && s[j] == ' ' && (isAlnum(s[j+1]) || s[j+1] >= 0x80) && words < 3 {
			j++
			continue
		}
		break
	}
	if j < len(s) && strings.IndexByte(",;.)\"'\n\r", s[j]) < 0 {
		return 0
	}
	return j
}

// svNumber returns the end of Germany's social insurance number at s[i] (the area's two digits,
// the birth date's six, the family name's initial, a serial's two and a check digit, spaces
// between the groups or none: "65 170839 J 003", "65170839J003"), or 0.
func svNumber(s string, i int) int {
	j := i
	group := func(n int) bool {
		if j < len(s) && s[j] == ' ' && j > i {
			j++
		}
		if digitsAt(s, j) != n {
			return false
		}
		j += n
		return true
	}
	if digitsAt(s, i) == 8 {
		j = i + 8 // written without its spaces: "65170839J003"
	} else if !group(2) || !group(6) {
		return 0
	}
	if j < len(s) && s[j] == ' ' {
		j++
	}
	if j >= len(s) || !isUpper(s[j]) {
		return 0
	}
	j++
	if !group(3) || j < len(s) && isAlnum(s[j]) {
		return 0
	}
	return j
}

// escapedQuote returns the end of one to seven backslashes and a quote at s[i] (JSON's escaped
// quote, escaped again for each time the text was put in a string), or i.
func escapedQuote(s string, i int) int {
	j := i
	for j < len(s) && s[j] == '\\' && j-i < 7 {
		j++
	}
	if j > i && j < len(s) && s[j] == '"' {
		return j + 1
	}
	return i
}

// dateHintEnd returns the end of a date format's hint in brackets at s[i] ("(MM/DD/YYYY)",
// "(YYYYMMDD)", "(TT.MM.JJJJ)", "(dd/mm/aaaa)", "(gg/mm/aaaa)"): four to ten of the letters that
// the languages' day, month and year hints use, a month's among them, and the marks between
// them, then ')'; or 0.
func dateHintEnd(s string, i int) int {
	letters, month := 0, false
	for j := i + 1; j < len(s) && j <= i+16; j++ {
		switch c := s[j] | 0x20; {
		case s[j] == ')':
			if letters >= 4 && letters <= 10 && month {
				return j + 1
			}
			return 0
		case c == 'd' || c == 'm' || c == 'y' || c == 'j' || c == 'a' || c == 't' || c == 'g':
			letters++
			month = month || c == 'm'
		case s[j] == '/' || s[j] == '-' || s[j] == '.' || s[j] == ' ':
		default:
			return 0
		}
	}
	return 0
}

// htmlTagEnd returns the end of the HTML tag at s[i] ('<', an optional '/', a letter, at most
// 80 bytes of a tag's characters, '>'), or -1.
func htmlTagEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	if j >= len(s) || !isLetter(s[j]) {
		return -1
	}
	for k := j; k < len(s) && k < i+80; k++ {
		switch c := s[k]; {
		case c == '>':
			return k + 1
		case c == '<' || c == '\n':
			return -1
		}
	}
	return -1
}

// inPhrase reports a cue word at s[start:] inside a preposition's phrase after another noun
// ("the phone number on the account", "the zip code for your address"): a preposition, then at
// most "the", "your", "my" or "this" before it.
func inPhrase(s string, start int) bool {
	j := start
	for range 2 {
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isLetter(s[k-1]) {
			k--
		}
		if k == j {
			return false
		}
		w := s[k:j]
		if postPrepositions.has(w) {
			return true
		}
		if !determiners.has(w) {
			return false
		}
		j = k
	}
	return false
}

var determiners = foldSet("the your my this his her their our")

// speakers are the labels of a transcript's turns: "agent: what's the zip code there caller:
// nine oh two one oh".
var speakers = foldSet("caller customer patient client member speaker user agent rep representative advisor operator nurse doctor")

// TranscriptSpeaker reports a label of a transcript's turn, in any case ("caller", "Agent",
// "speaker" of "speaker 2:"): the model's rules read the names said in such turns.
func TranscriptSpeaker(w string) bool { return speakers.has(w) }

// answerFillers open a spoken answer: "caller: yeah it's …", "customer: um sure".
var answerFillers = foldSet("it's its it is yeah yes yep sure um uh umm okay ok so that's that right")

// answerTurn reads the rest of a question after a cue word and the next speaker's label, in a
// transcript where one speaker asks for a value and the other gives it ("can you confirm your
// date of birth caller: march third …", "and the phone number on the account caller: it's …"):
// at most six words of the question, then a speaker's label and a colon ("caller:", "speaker
// 2:"), then the answer's fillers ("it's", "yeah", "um"). It returns where the answer starts, or
// 0: without the label the words are the sentence's.
func answerTurn(s string, i int) int {
	// the label's colon stands within seven words of at most 20 letters and their spaces (and
	// a speaker's number): most words after a cue have none near, which one vector scan tells
	if strings.IndexByte(s[i:min(len(s), i+answerReach)], ':') < 0 {
		return 0
	}
	for words, j := 0, i; words <= 6 && j < len(s); words++ {
		k := j
		for k < len(s) && (isLetter(s[k]) || s[k] == '\'') && k-j < 20 {
			k++
		}
		if k == j {
			return 0
		}
		label := k
		if label+2 < len(s) && s[label] == ' ' && isDigit(s[label+1]) && s[label+2] == ':' {
			label += 2 // speaker 2:
		}
		if label < len(s) && s[label] == ':' && TranscriptSpeaker(s[j:k]) {
			a := label + 1
			for a < len(s) && (s[a] == ' ' || s[a] == ',') {
				a++
			}
			for {
				e := a
				for e < len(s) && (isLetter(s[e]) || s[e] == '\'') {
					e++
				}
				if e == a || !answerFillers.has(s[a:e]) {
					return a
				}
				for e < len(s) && (s[e] == ' ' || s[e] == ',') {
					e++
				}
				a = e
			}
		}
		if k >= len(s) || s[k] != ' ' {
			return 0
		}
		j = k + 1
	}
	return 0
}

// answerReach bounds the bytes from where answerTurn starts to its label's colon: seven words
// of at most 20 letters, each but the last with its space, and a speaker's " 2".
const answerReach = 7*21 + 2

// postPrepositions open the phrase that may stand between a cue word and the verb before its
// value: "MRN for this patient is", "the SSN of the patient is", "account number at Chase is".
var postPrepositions = foldSet("for of on in at from with under")

// copulas end that phrase: the verb that gives the value, or a colon.
var copulas = foldSet("is was are reads lautet est es è")

// postmodifier reads a phrase of a preposition and at most three words after a cue word, then a
// verb that gives the value or a colon ("for this patient is", "on the form:"), at s[i], and
// returns where the verb ends, or 0. prep says a preposition was skipped already among the filler
// words ("of the patient is"). Without the verb the words are the sentence's, not the cue's
// ("account for three days").
func postmodifier(s string, i int, prep bool) int {
	words := 0
	for j := i; j < len(s) && j-i < 48; {
		if !isLetter(s[j]) {
			return 0
		}
		k := j
		for k < len(s) && (isLetter(s[k]) || s[k] == '\'' || s[k] == '-') && k-j < 20 {
			k++
		}
		w := s[j:k]
		switch {
		case words == 0 && !prep && !postPrepositions.has(w):
			return 0
		case words > 0 && copulas.has(w):
			return k
		}
		words++
		if words > 4 {
			return 0
		}
		if k < len(s) && s[k] == ':' && (prep || words > 1) {
			return k + 1
		}
		if k+1 < len(s) && s[k] == '.' && s[k+1] == ' ' && k-j <= 3 && isUpper(s[j]) {
			k++ // a title's abbreviation: "the NPI for Dr. Lee is"
		}
		if k >= len(s) || s[k] != ' ' {
			return 0
		}
		j = k + 1
	}
	return 0
}

// shapeEnds read the shapes whose value is what a reader of its own finds at s[i]: they return
// where it ends, or 0.
var shapeEnds = [...]func(s string, i int) int{shapePlusCode: plusCodeAt, shapeThreeWords: threeWords, shapePostalAny: anyPostcodeAt, shapePostcode: postcodeAt,
	shapeMaskedSSN: maskedSSN, shapeFileNumber: fileNumber, shapeSVNumber: svNumber, shapeAnswer: securityAnswer}

// readValue reads the value a cue announces; value is its compact form for validation.
func readValue(s string, i int, cu *cue) (end int, value string, ok bool) {
	if i >= len(s) {
		return 0, "", false
	}
	switch cu.shape {
	case shapeDigits:
		var b strings.Builder
		j := i
		for j < len(s) && j-i < 32 {
			if isDigit(s[j]) {
				b.WriteByte(s[j])
				j++
			} else if (s[j] == ' ' || s[j] == '-' || cu.dots && s[j] == '.' || cu.slashes && s[j] == '/') && j+1 < len(s) && isDigit(s[j+1]) && b.Len() > 0 {
				j++
			} else {
				break
			}
		}
		n := b.Len()
		if n < cu.min || n > cu.max || wordGoesOn(s, j) {
			return 0, "", false
		}
		return j, b.String(), true
	case shapeAlnum:
		if cu.typ == LicensePlate && (s[i] >= 0x80 || plateScriptAhead(s, i)) {
			return scriptPlate(s, i, cu)
		}
		j := i
		var b strings.Builder
		digits := 0
		for j < len(s) && (isAlnum(s[j]) && s[j] < 0x80 || (s[j] == '-' || s[j] == ' ') && j+1 < len(s) && isAlnum(s[j+1]) && (cu.max >= 15 || cu.joined) ||
			(cu.dots && s[j] == '.' || cu.slashes && s[j] == '/') && j > i && isDigit(s[j-1]) && j+1 < len(s) && isDigit(s[j+1])) { // 12.345.678-5, 8327/2021
			if s[j] == ' ' && !isDigit(s[j+1]) && (cu.typ != LicensePlate || !plateGroup(s, j+1)) && !(cu.typ == IBAN && isUpper(s[j+1]) && b.Len() == 4) &&
				!(cu.typ == UKNINO && b.Len() == 8 && isLetter(s[j+1]) && (j+2 == len(s) || !isAlnum(s[j+2]))) { // (a NINO's last letter: "ZZ 107371 T")
				break // spaces join groups of digits (a NIR), a plate's last short group (AB12 CDE), and an IBAN's bank code (GB82 WEST …; stop 49)
			}
			if s[j] == ' ' && j > i+1 && isLower(s[j-1]) && isLetter(s[j-2]) {
				break // and not a word of prose to the digits after it: "Parcel for 1200 Elm Street" (a spoken letter may: "c 6233883330")
			}
			if isAlnum(s[j]) {
				b.WriteByte(s[j])
				if isDigit(s[j]) {
					digits++
				}
			}
			j++
		}
		n := b.Len()
		if n < cu.min || n > cu.max || digits < cu.minDigits {
			return 0, "", false
		}
		if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) && isDigit(s[j-1]) {
			return 0, "", false // the value goes on past a hyphen its shape does not join: "pnr: 790312-1234", Sweden's personnummer, is no booking's code (stop 45)
		}
		return j, b.String(), true
	case shapePhone:
		if end, digits := phoneRun(s, i); digits >= cu.min && digits <= cu.max {
			return end, s[i:end], true
		}
		return 0, "", false
	case shapePlusCode, shapeThreeWords, shapePostalAny, shapePostcode, shapeMaskedSSN, shapeFileNumber, shapeSVNumber, shapeAnswer:
		if end := shapeEnds[cu.shape](s, i); end > 0 {
			return end, s[i:end], true
		}
		return 0, "", false
	case shapeDate:
		if end := date(s, i); end > 0 {
			end = zoneAfter(s, i, timeAfterDate(s, end)) // born March 27 at 8:04 PM, admitted 2021-05-03T10:00:00Z, … 00:39:48 +0000
			return end, s[i:end], true
		}
		if end := codeDate(s, i); end > 0 {
			return end, s[i:end], true // dob=date(1985, 3, 14), as a test's fixture writes it
		}
		// the forms below open with a digit, and each is a date only after its cues' words: the
		// type is asked first, a cue's value read once per word ("seen on Tuesday")
		birth, event := cu.typ == DateOfBirth, cu.typ == DateOfBirth || cu.typ == DateTime
		if birth && isDigit(s[i]) {
			if end := year(s, i); end-i == 4 { // born in 1987: a year of birth
				return end, s[i:end], true
			}
		}
		if event && isDigit(s[i]) {
			if end := compactDate(s, i); end > 0 { // DOB 01021980, admitted on 19920627
				return end, s[i:end], true
			}
		}
		if birth && isDigit(s[i]) {
			if end := shortBirthDate(s, i); end > 0 { // DOB 121584, dob 3 14 85
				return end, s[i:end], true
			}
			if f, ok := cjkDate(s, i); ok { // 出生日期：1985年3月14日
				return f.End, s[i:f.End], true
			}
		}
		if event {
			if end := birthDate(s, i); end > 0 { // birthday: 04/12, bday is march 3rd, the fourth of July; admitted on june fifth
				end = timeAfterDate(s, end)
				return end, s[i:end], true
			}
		}
	case shapeExpiry:
		if j := expiryAfterWord(s, i); j > 0 {
			return j, s[i:j], true
		}
	case shapeSecret:
		j := i
		for j < len(s) && s[j] > ' ' && s[j] != '"' && s[j] != '\'' && s[j] != ',' && s[j] != ';' && j-i <= cu.max && !(s[j] == '\\' && escapedQuote(s, j) > j) &&
			!(s[j] == '<' && j+1 < len(s) && s[j+1] == '/') && !(s[j] == '&' && j > i && queryPairAt(s, j+1)) {
			j++ // to the value's end: not into an element's end tag (<Password>…</Password>) or a query's next pair (&useSSL=true)
		}
		v := s[i:j]
		minEntropy := cu.minEntropy
		if minEntropy == 0 {
			minEntropy = 3
		}
		if proseWord(v) || strings.HasSuffix(v, "):") {
			// "the password is wrong.", "is case-sensitive": what it is, not what it says; and a PAM
			// service's module, "pam_unix(passwd:chpasswd): password changed for …" (stop 51)
			return 0, "", false
		}
		if len(v) < cu.min || len(v) > cu.max || entropy(v) < minEntropy || !mixedClasses(v) || strings.HasSuffix(v, "(") {
			// (and not a call: password = os.getenv("PW"))
			return 0, "", false
		}
		return j, v, true
	case shapeHandle, shapeHandleOnly, shapeLogin:
		if !isAlnum(s[i]) || s[i] == '_' || s[i] >= 0x80 {
			return 0, "", false // "_group": code's, not a user's
		}
		if k := i - 1; k > 0 && s[k] == ' ' {
			w := k
			for w > 0 && isLetter(s[w-1]) {
				w--
			}
			if articles.has(s[w:k]) {
				return 0, "", false // prose about the platform: "twitter: the best app"
			}
		}
		j := handleEnd(s, i, i+cu.max)
		if j < len(s) && s[j] == '#' {
			k := j + 1
			for k < len(s) && k-j <= 5 && isAlnum(s[k]) && s[k] < 0x80 {
				k++
			}
			if n := k - j - 1; (n == 4 || n >= 3 && n <= 5 && !allDigits(s[j+1:k])) && (k == len(s) || !isAlnum(s[k])) {
				j = k // a Discord tag (jdoe#1234), a Riot ID's (Kev#NA1; since stop 43); not a bug's number (LP#90379)
			}
		}
		if s[i:j] == "live" && j+1 < len(s) && s[j] == ':' && isAlnum(s[j+1]) {
			j = handleEnd(s, j+1, i+cu.max) // a Skype id: live:jane.doe_1
		}
		v := s[i:j]
		call := j < len(s) && s[j] == '(' && !(cu.shape == shapeLogin && strings.HasPrefix(s[j:], "(uid"))
		if len(v) < cu.min || len(v) > cu.max || j < len(s) && (s[j] == '@' || s[j] == '/') || call || !strings.ContainsFunc(v, func(r rune) bool { return r < 0x80 && isLetter(byte(r)) }) {
			return 0, "", false // an email, a call or a path, or no letter at all
		}
		if cu.shape == shapeLogin && (machineUsers.has(v) || !loginEnd(s, j)) {
			return 0, "", false // "for invalid user admin", "for user experience design"
		}
		return j, v, true
	case shapeHKID:
		return hkidAt(s, i)
	case shapeVPA:
		j := i
		for j < len(s) && j-i < cu.max && (isAlnum(s[j]) && s[j] < 0x80 || s[j] == '.' || s[j] == '_' || s[j] == '-') {
			j++
		}
		if j == i || j >= len(s) || s[j] != '@' {
			return 0, "", false
		}
		k := j + 1
		for k < len(s) && isLetter(s[k]) {
			k++
		}
		if k-j-1 < 2 || k < len(s) && (s[k] == '.' && k+1 < len(s) && isAlnum(s[k+1]) || isAlnum(s[k])) {
			return 0, "", false // an email's domain has a dot
		}
		return k, s[i:k], true
	case shapeAge:
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		// a year's letter run into the age is a chart's ("age 93y", "Age: 47Y", "age 91yo")
		marked := j < len(s) && s[j]|0x20 == 'y' && (attachedMarkerLen(s, j) > 0 || j+1 == len(s) || !isAlnum(s[j+1]))
		if j == i || j < len(s) && (isAlnum(s[j]) && !marked || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) || countAfter(s, j) {
			return 0, "", false // and "aged 90 days": a cheese's or a wine's time, no one's age
		}
		if _, ok := ageFinding(s, i, j); ok {
			return j, s[i:j], true
		}
	}
	return 0, "", false
}

// assigned reports a secret written as an assignment (password: x, token=x, secret is x, the old
// password was x, <password>x</password>, | password | x |) of a literal, not a reference to one
// ($VAR, %VAR%, {{var}}, a path).
func assigned(between, value string) bool {
	if !strings.ContainsAny(between, ":=>|") && !strings.Contains(between, " is ") && !strings.Contains(between, " was ") && !otherCopula(between) {
		return false
	}
	return literal(value)
}

// otherCopula reports "is" in the languages whose words for a password are cues, between the
// word and its value ("mein Passwort ist …", "mon mot de passe est …", "mi contraseña es …").
func otherCopula(between string) bool {
	for _, w := range [...]string{" ist ", " est ", " es ", " é ", " è ", " er ", " är ", " jest ", " je ", " on ", " olarak "} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// generatedPassword reports a value with three of the four classes of characters (lower and
// upper case, digits, other marks) that is no flag, call, member access or path: what a password
// generator makes ("6N3WlPn5!FV#", "#C+(w6To)uLS"), and no word or identifier.
func generatedPassword(v string) bool {
	var lower, upper, digit, mark int
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z':
			lower = 1
		case c >= 'A' && c <= 'Z':
			upper = 1
		case isDigit(c):
			digit = 1
		default:
			mark = 1
		}
	}
	if lower+upper+digit+mark < 3 || v[0] == '-' || strings.HasSuffix(v, ")") || strings.HasSuffix(v, ".") || strings.Contains(v, "://") {
		return false // a flag, a call, a sentence's end, a URL
	}
	for i := 1; i+1 < len(v); i++ {
		if v[i] == '.' && isLetter(v[i-1]) && isLetter(v[i+1]) {
			return false // a member: req.Header
		}
	}
	return true
}

// literal reports a secret's value that is no reference to one ($VAR, %VAR%, {{var}}, a path).
func literal(value string) bool {
	switch value[0] {
	case '$', '%':
		// a variable or a template ($DB_PASSWORD, $password, %(pw)s, ${PW}) is no secret; a
		// password may begin with the sign too ($UMVMkar6nza, %u8pyTp5)WhX)
		if len(value) < 2 || value[1] == '{' || value[1] == '(' || variableName(strings.TrimSuffix(value[1:], "%")) {
			return false
		}
	case '{', '<', '/', '.', '~':
		return false
	}
	return !strings.Contains(value, "/") || !strings.Contains(value[strings.LastIndexByte(value, '/'):], ".")
}

// variableName reports an identifier written as programs name variables: in capitals
// (DB_PASSWORD), or with digits at its end only (password, userPassword1, pw_2), its parts
// joined by "::" or "." too; a password's letters and digits are mixed (UMVMkar6nza).
func variableName(id string) bool {
	if id == "" {
		return false
	}
	// a namespaced one is a variable when each of its parts is: $insta::secret, $cfg.db.pw
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == ':' || r == '.' }) {
		for i := 0; i < len(part); i++ {
			if c := part[i]; !isAlnum(c) && c != '_' || c >= 0x80 {
				return false
			}
		}
		if strings.ToUpper(part) == part {
			continue
		}
		if body := strings.TrimRight(part, "0123456789"); strings.IndexAny(body, "0123456789") >= 0 {
			return false
		}
	}
	return strings.Trim(id, ":.") != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// usPassport reports the US passport's shapes: 9 digits, or a letter and 8 digits.
func usPassport(v string) bool {
	return len(v) == 9 && (allDigits(v) || isLetter(v[0]) && allDigits(v[1:]))
}

// ghanaGPSShape reports Ghana Post's digital address without its hyphens: a region's and a
// district's capitals and seven or eight digits (GA-183-8164, AK-0039-5028).
func ghanaGPSShape(v string) bool {
	return (len(v) == 9 || len(v) == 10) && isUpper(v[0]) && isUpper(v[1]) && allDigits(v[2:])
}

// saudiShortAddressShape reports Saudi Arabia's short national address: four capitals (the
// region, the service area, the building's area) and four digits (RRRD2929).
func saudiShortAddressShape(v string) bool {
	return len(v) == 8 && isUpper(v[0]) && isUpper(v[1]) && isUpper(v[2]) && isUpper(v[3]) && allDigits(v[4:])
}

// vatShape checks an EU VAT number's country prefix and that the rest is 8 to 12 characters.
// dateConstructors build a date in programs' code: Python's, Java's, JavaScript's, C#'s.
var dateConstructors = []string{"date(", "datetime(", "datetime.date(", "datetime.datetime(", "LocalDate.of(", "LocalDateTime.of(",
	"new Date(", "Date(", "new DateTime(", "DateTime(", "DateOnly("}

// codeDate reads a date built by a constructor at s[i] with a year, a month and a day as its first
// arguments ("date(1985, 3, 14)", "LocalDate.of(1985, 3, 14)", "new DateTime(1985, 3, 14)"), to
// the call's closing bracket or its day; 0 where none stands there.
func codeDate(s string, i int) int {
	if c := s[i]; c != 'd' && c != 'D' && c != 'L' && c != 'n' {
		return 0 // no constructor's first letter: most values a date's cue reads
	}
	j := -1
	for _, c := range dateConstructors {
		if strings.HasPrefix(s[i:], c) {
			j = i + len(c)
			break
		}
	}
	if j < 0 {
		return 0
	}
	var parts [3]int
	for k := range parts {
		for j < len(s) && s[j] == ' ' {
			j++
		}
		a := j
		for j < len(s) && isDigit(s[j]) && j-a < 4 {
			j++
		}
		if j == a {
			return 0
		}
		parts[k] = atoi(s[a:j])
		if k < 2 {
			if j >= len(s) || s[j] != ',' {
				return 0
			}
			j++
		}
	}
	if y, m, d := parts[0], parts[1], parts[2]; y < 1850 || y > 2100 || m > 12 || d < 1 || d > 31 {
		return 0 // a month of 0 stays: JavaScript counts months from 0
	}
	if e := strings.IndexByte(s[j:min(len(s), j+40)], ')'); e >= 0 && !strings.ContainsAny(s[j:j+e], "(\n") {
		return j + e + 1
	}
	return j
}

// vinShape reports 17 characters of a VIN's alphabet (digits and capitals without I, O and Q),
// letters and digits both among them, whatever its ninth says.
func vinShape(v string) bool {
	letters := 0
	for i := 0; i < len(v); i++ {
		if vinLetter(v[i]) {
			letters++
		} else if !isDigit(v[i]) {
			return false
		}
	}
	return len(v) == 17 && letters > 0
}

// caseNumber reports a value that opens with a digit and has a letter among its digits: a case's
// year and court ("2024CV01893", its dashes dropped), not a constant's name ("RFC3339").
func caseNumber(v string) bool {
	if v == "" || !isDigit(v[0]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if isLetter(v[i]) {
			return true
		}
	}
	return false
}

// notDateShape reports a value (its separators dropped) that is not a date's digits: year,
// month and day in any of the usual orders (20230115, 15012023, 01152023), or a year and a month
// (202301).
func notDateShape(v string) bool {
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return true
		}
	}
	year := func(s string) bool { y := atoi(s); return y >= 1900 && y <= 2099 }
	month := func(s string) bool { m := atoi(s); return m >= 1 && m <= 12 }
	day := func(s string) bool { d := atoi(s); return d >= 1 && d <= 31 }
	switch len(v) {
	case 6:
		return !(year(v[:4]) && month(v[4:]))
	case 8:
		return !(year(v[:4]) && month(v[4:6]) && day(v[6:]) || day(v[:2]) && month(v[2:4]) && year(v[4:]) || month(v[:2]) && day(v[2:4]) && year(v[4:]) ||
			year(v[:4]) && year(v[4:])) // and two years, a range: "Cigna 2024-2025"
	}
	return true
}

// partitaIVA checks Italy's VAT number of eleven digits: Luhn's check over them.
func partitaIVA(d string) bool {
	return len(d) == 11 && allDigits(d) && d != "00000000000" && luhn([]byte(d))
}

func vatShape(v string) bool {
	if len(v) < 10 || !isLetter(v[0]) || !isLetter(v[1]) {
		return false
	}
	switch strings.ToUpper(v[:2]) {
	case "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI", "GB", "CH", "NO":
		return true
	}
	return false
}

// expiry reads MM/YY or MM/YYYY (also with '-').
func expiry(s string, i int) int {
	if i+5 > len(s) || !isDigit(s[i]) || !isDigit(s[i+1]) || (s[i+2] != '/' && s[i+2] != '-') || !isDigit(s[i+3]) || !isDigit(s[i+4]) {
		return 0
	}
	if m := atoi(s[i : i+2]); m < 1 || m > 12 {
		return 0
	}
	j := i + 5
	if j+1 < len(s) && isDigit(s[j]) && isDigit(s[j+1]) {
		j += 2
	}
	if j < len(s) && isAlnum(s[j]) {
		return 0
	}
	if j+1 < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.') && isDigit(s[j+1]) {
		return 0 // a whole date, a day first: "expires 11/09/2034" is a passport's, not a card's "11/09" (stop 28)
	}
	return j
}

// expiryAfterWord reads a card's expiry after a word for it: MM/YY or MM/YYYY as expiry reads
// them, and the forms a word vouches for that alone are other numbers: the month and year
// without a separator ("exp 0426", and "oh four twenty six" said, which the normalisation writes
// so), with "slash" said between them ("oh nine slash twenty seven"), and a month's name and a
// four-digit year ("expiry April 2026", "april twenty twenty six").
func expiryAfterWord(s string, i int) int {
	if j := expiry(s, i); j > 0 {
		return j
	}
	if i >= len(s) || i > 0 && s[i-1] == '(' {
		return 0 // a call's argument: np.exp(1012)
	}
	if isDigit(s[i]) {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j < len(s) && isAlnum(s[j]) {
			return 0
		}
		switch m := atoi(s[i:min(i+2, j)]); {
		case m < 1 || m > 12:
			return 0
		case j-i == 4 || j-i == 6 && year(s, i+2) == j:
			if j+1 < len(s) && (s[j] == '/' || s[j] == '-' || s[j] == '.' || s[j] == ':') && isDigit(s[j+1]) {
				return 0
			}
			return j // 0426, 042026
		case j-i == 2 && strings.HasPrefix(s[j:], " slash ") && j+7 < len(s) && isDigit(s[j+7]):
			if y := year(s, j+7); y > 0 {
				return y // 09 slash 27
			}
		}
		return 0
	}
	if m, j := monthName(s, i); m > 0 && j+1 < len(s) && s[j] == ' ' {
		if y := year(s, j+1); y-(j+1) == 4 {
			return y // April 2026
		}
	}
	return 0
}

// expiriesAfterCards finds a card's expiry written right after its number, with no word for it
// ("4111 1111 1111 1111 09/28", "…, 05/32", the line of a card on file): a month and a year a
// space, a comma, a tab or a bar after a CREDIT_CARD finding. What another reader made of it (a
// weak date) becomes the expiry. fs is ordered by start and free of overlaps; so is the result.
func expiriesAfterCards(text string, fs []Finding) []Finding {
	var more []Finding
	for k, f := range fs {
		if f.Type != CreditCard {
			continue
		}
		j := f.End
		for j < len(text) && j-f.End < 3 && (text[j] == ' ' || text[j] == ',' || text[j] == '\t' || text[j] == '|') {
			j++
		}
		if j == f.End {
			continue
		}
		e := expiry(text, j)
		if e == 0 {
			continue
		}
		if k+1 < len(fs) && fs[k+1].Start < e {
			if g := &fs[k+1]; g.Start == j && g.End == e && g.Type == DateTime {
				g.Type, g.Score = CardExpiry, max(g.Score, cardExpiryScore)
			}
			continue
		}
		more = append(more, Finding{Type: CardExpiry, Start: j, End: e, Score: cardExpiryScore, Source: SourcePattern})
	}
	return withFindings(fs, more)
}

// cardExpiryScore is the score of an expiry read after its card's number.
const cardExpiryScore = 0.85

// entropy is the Shannon entropy of s in bits per byte.
func entropy(s string) float64 {
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / float64(len(s))
			h -= p * math.Log2(p)
		}
	}
	return h
}

// mixedClasses reports at least two of lower case, upper case, digits and symbols, as secrets have.
func mixedClasses(s string) bool {
	var lower, upperC, digit, other bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upperC = true
		case isDigit(c):
			digit = true
		default:
			other = true
		}
	}
	n := 0
	for _, b := range []bool{lower, upperC, digit, other} {
		if b {
			n++
		}
	}
	return n >= 2
}

// postcodeAt returns the end of a UK or Canadian postcode or an Eircode at s[i] (SW1A 1AA, K1A
// 0B1, D02 X285 or A65F4E2), or 0.
func postcodeAt(s string, i int) int {
	return max(letterPostcode(s, i, ukPostcode), letterPostcode(s, i, caPostcode), eircodeAt(s, i, false, false))
}

// anyPostcodeAt reads a postal code at s[i] in any country's shape, as a record's postal code
// field holds it: the UK's, Canada's and Ireland's (postcodeAt); three to eight digits in one
// group or two joined by a space or a hyphen (Sweden's 123 45, Poland's 42-155, Brazil's
// 17284-049, Japan's 123-4567, Portugal's 1000-205, India's 560448); the Netherlands' four digits
// and two capitals, with or without the space (7746 HS, 7746HS). It returns 0 when a letter or
// a digit runs on after it.
// postIs reports a cue word of a postal code that names the post ("postcode", "postal code",
// "post code"; not "zip") and "is" after it, in the word ("postcode is") or in the gap to the
// value: a sentence's postcode, of any country's shape.
func postIs(word, gap string) bool {
	if len(word) < 8 || !strings.EqualFold(word[:4], "post") {
		return false
	}
	return gap == " is " || strings.HasSuffix(word, " is") && strings.TrimSpace(gap) == ""
}

func anyPostcodeAt(s string, i int) int {
	if end := postcodeAt(s, i); end > 0 {
		return end
	}
	if end := townPostcode(s, i); end > 0 {
		return end // Canada's and Ireland's written without their space, as forms take them (stop 60: "Postcode: P3M4K2")
	}
	if end := ghanaDigitalAddress(s, i); end > 0 {
		return end
	}
	j, digits, joins := i, 0, 0
	for j < len(s) && digits <= 8 {
		if isDigit(s[j]) {
			digits++
			j++
			continue
		}
		if (s[j] == ' ' || s[j] == '-') && joins == 0 && j > i && j+1 < len(s) && isDigit(s[j+1]) {
			joins++
			j++
			continue
		}
		break
	}
	if digits < 3 || digits > 8 {
		return 0
	}
	if digits == 4 && joins == 0 { // Dutch: 7746 HS, 7746HS
		k := j
		if k < len(s) && s[k] == ' ' {
			k++
		}
		if k+1 < len(s) && isUpper(s[k]) && isUpper(s[k+1]) && (k+2 == len(s) || !isAlnum(s[k+2])) {
			j = k + 2
		}
	}
	if j < len(s) && isAlnum(s[j]) || j+1 < len(s) && strings.IndexByte("-./:", s[j]) >= 0 && isDigit(s[j+1]) {
		return 0 // a word or a number goes on: a date, a version, a time
	}
	return j
}

// ghanaDigitalAddress reads a GhanaPost GPS digital address at s[i], which a Ghanaian shop's
// postcode field holds (stop 49: "zip": "GA-183-8164"): the district's two capitals, three or
// four digits and four digits, a house's location to a few metres. It returns where it ends, or 0.
func ghanaDigitalAddress(s string, i int) int {
	if i+11 > len(s) || !isUpper(s[i]) || !isUpper(s[i+1]) || s[i+2] != '-' {
		return 0
	}
	d := digitsAt(s, i+3)
	if d < 3 || d > 4 || i+3+d+5 > len(s) || s[i+3+d] != '-' || digitsAt(s, i+4+d) != 4 {
		return 0
	}
	end := i + 8 + d
	if end < len(s) && (isAlnum(s[end]) || s[end] == '-') {
		return 0
	}
	return end
}

// upperWord reports a word with no lower-case ASCII letter in it.
func upperWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// phoneRun reads a phone number as people write one from s[i]: an optional '+', then groups of
// digits joined by one space, dash, dot or slash, one group of them in brackets ("(004) 5360502",
// "+45 (0) 4474 738405"). It returns the end and the count of digits; a letter or digit run on
// after the end is no phone (0 digits).
func phoneRun(s string, i int) (end, digits int) {
	j := i
	if j < len(s) && s[j] == '+' {
		j++
	}
	open, closed := false, false
	for j < len(s) && j-i < 32 {
		switch c := s[j]; {
		case isDigit(c):
			digits++
			j++
			continue
		case c == '(' && !open && !closed && j+1 < len(s) && isDigit(s[j+1]) && (j == i || !isDigit(s[j-1])):
			open = true
			j++
			continue
		case c == ')' && open && !closed && isDigit(s[j-1]):
			open, closed = false, true
			j++
			if j+1 < len(s) && s[j] == ' ' && isDigit(s[j+1]) || j < len(s) && isDigit(s[j]) {
				if s[j] == ' ' {
					j++
				}
				continue
			}
			return j, digits
		case (c == ' ' || c == '-' || c == '.' || c == '/') && j > i && isDigit(s[j-1]) && j+1 < len(s) && (isDigit(s[j+1]) || s[j+1] == '(' && !closed):
			j++
			continue
		}
		break
	}
	if j > i && (s[j-1] == ' ' || s[j-1] == '-' || s[j-1] == '.' || s[j-1] == '/') {
		j-- // a separator taken before a bracket that opened no group: "1234 5678 9018 (Japan)"
	}
	if open || j < len(s) && isAlnum(s[j]) {
		return j, 0
	}
	return j, digits
}

// asciiLetters reports a word of ASCII letters only.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return w != ""
}

// cnsValid reports Brazil's Cartão Nacional de Saúde number: fifteen digits, the first 1, 2, 7, 8
// or 9, whose digits weighted 15 down to 1 sum to a multiple of 11.
func cnsValid(d string) bool {
	if len(d) != 15 || strings.IndexByte("12789", d[0]) < 0 {
		return false
	}
	sum := 0
	for i := 0; i < 15; i++ {
		sum += int(d[i]-'0') * (15 - i)
	}
	return sum%11 == 0
}

// numberNoun reports whether the word right before text[at] (a cue word for a number, or a
// '#'), one space away, is a noun that names what a person's number is of ("participant",
// "contract", "enrollment", "locker rental"): a word of three letters or more that is not one of
// notNumberNouns, the words of things, programs and documents whose numbers are no one's
// ("line", "order", "issue", "version", "page") and the words that only point ("the", "this",
// "your").
func numberNoun(text string, at int) bool {
	if at < 4 || text[at-1] != ' ' {
		return false
	}
	j := at - 1
	i := j
	for i > 0 && isLetterByte(text[i-1]) {
		i--
	}
	if j-i < 3 || i > 0 && (isAlnum(text[i-1]) || text[i-1] == '_' || text[i-1] == '.' || text[i-1] == '-') {
		return false // a code's "max_number", "self.number", a word run into digits
	}
	return !notNumberNouns.has(text[i:j])
}

// notNumberNouns are the words before "number", "no." or '#' whose numbers are a thing's, a
// program's, a document's or a place's, not a person's (numberNoun), or that only point: code's
// and logs' lines, ports and builds, a shop's orders and items, a book's pages, a building's
// rooms, and the words for numbers other cues read (phone, card, account).
var notNumberNouns = foldSet("the this that these those your our their his her its any some each every which what whose one same " +
	"next last first previous total random magic lucky prime even odd whole real big large small max min maximum minimum another other " +
	"and with for from into onto than then when where while was were are has have had not but also only just such " +
	"see fix fixes fixed fixing close closes closed resolve resolves resolved addresses duplicate dup out per via after before like about " +
	"around below above regarding re workaround towards toward against without within " +
	"since until under over between upstream downstream issue issues ticket tickets pr prs mr merge request cl change changes commit " +
	"french german english spanish italian dutch swiss british american canadian international local national " +
	"line lines port ports build builds version versions revision release releases rev bug bugs pull commits patch " +
	"page pages chapter section figure fig table tables row rows column col step steps item items part parts model models sku product " +
	"products order orders invoice invoices lot batch job jobs task tasks process thread threads request requests error errors exit status " +
	"code codes track tracks episode episodes level levels round rounds game games player players team teams season week weeks day days " +
	"year years month months hour hours minute minutes frame frames block blocks sequence seq index offset node nodes shard partition " +
	"sector cluster pid uid gid inode epoch slot slots channel channels test tests case cases sample samples run runs attempt attempts " +
	"flight gate seat room rooms suite apartment apt unit units floor building house street route bus train platform station lane " +
	"phone telephone mobile cell fax tel contact card account routing serial tracking reference ref transaction confirmation " +
	// a company's: "the trade register number HRB 12345"
	"register company firm vat")

// hashtag reports a value written right after '#' that is a tag's: three letters or more
// before any digit, and no hyphen ("#Boston2024", "#CES2015"; not "#TN-99812", "#A44812").
func hashtag(v string) bool {
	if strings.IndexByte(v, '-') >= 0 {
		return false
	}
	k := 0
	for k < len(v) && isLetter(v[k]) {
		k++
	}
	return k >= 3
}

// hashCue is the cue of a number after a noun and '#' (hashNumbers).
var hashCue = cue{typ: IDNumber, shape: shapeAlnum, min: 5, max: 20, minDigits: 4, noun: true, score: 0.6}

// hashNumbers reads the number after a noun that names what it is of and '#' (since stop 57):
// "Tenant #TN-99812", "pass # 00921-774", "locker rental #L-7720" (numberNoun; not "issue
// #12345", "Ticket #TK-99812", a comment that opens its line), as the "number" cue word reads
// "participant number 448120931".
func (c *Cues) hashNumbers(text string, dst []Finding) []Finding {
	for h := range Offsets(text, "#") {
		if h < 4 || text[h-1] != ' ' || !numberNoun(text, h) {
			continue
		}
		if f, ok := c.value(text, h, h+1, &hashCue); ok && (f.Start > h+1 || !hashtag(text[f.Start:f.End])) {
			dst = append(dst, f)
		}
	}
	return dst
}

// saidStreetSuffixes end a street whose house number a caller says in one word: "ten downing
// street", "one infinite loop".
var saidStreetSuffixes = foldSet("street road avenue lane drive way court place boulevard crescent close terrace square circle loop")

// streetAfterNumberWord reports a street's name and its suffix after a number word that ends at
// text[end] (since stop 57): one or two words, none of them a suffix, then a suffix ("ten downing
// street"; not "one way street" or "two streets"), as a transcript says a house number of one
// word, which no second number word beside it marks for reading as digits.
func streetAfterNumberWord(text string, end int) bool {
	i := end
	for n := 0; n < 3; n++ {
		if i >= len(text) || text[i] != ' ' {
			return false
		}
		j := i + 1
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if j == i+1 {
			return false
		}
		if saidStreetSuffixes.has(text[i+1 : j]) {
			return n > 0
		}
		i = j
	}
	return false
}

// ninoShape reports a National Insurance number's shape: two letters, six digits and a letter.
func ninoShape(s string) bool {
	return len(s) == 9 && isLetter(s[0]) && isLetter(s[1]) && allDigits(s[2:8]) && isLetter(s[8])
}

// notYear reports a value that is no year alone, 1900 to 2099: "the MIT license 2024" names a
// licence's year, no driver's (stop 58).
func notYear(v string) bool { return !yearLike(v) }
