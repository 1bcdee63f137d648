package redact

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Context words raise a finding's score when one appears near it, as in Presidio's context
// model: a nine-digit number is a weak SSN alone and a strong one after "SSN:". Negative context
// words lower it: a number just after "order" or "invoice" is an order number, not a phone. The
// policy's min_score then decides whether the finding is acted on.
const (
	contextBelow   = 0.7  // only findings scoring below this look for context: stronger ones need none
	contextBoost   = 0.35 // added to a finding's score when a context word is near
	contextPenalty = 0.3  // taken from it when a negative context word stands just before and no context word is near
	negativeBefore = 24   // bytes before a finding searched for negative context words
	contextBefore  = 64   // bytes before a finding searched for context words
	contextAfter   = 32   // bytes after it
)

// ContextWords lists, per entity type, the lower-case words or phrases that mark its context.
var ContextWords = map[string][]string{
	Phone: {"phone", "telephone", "tel", "cell", "cellphone", "mobile", "fax", "call", "calling", "teléfono", "telefono", "téléphone", "telefon", "tél", "móvil", "movil", "handy", "portable", "cellulare", "telemóvel", "telemovel", "office", "contact", "reach", "whatsapp", "landline", "ph", "phone number", "number", "answering", "answer", "dial", "ring", "text", "sms", "mob", "hotline", "extension", "called", "calls", "paged", "pager", "callback",
		"voicemail", "left vm", "left a vm", // "Left VM for Manan at 0515631361" (stop 28); not "vm" alone, a virtual machine
		"телефон", "тел", "мобильный", "τηλέφωνο", "τηλ", "电话", "手机", "電話", "携帯", "전화", "휴대폰", "핸드폰", "联系方式", "聯絡", "连络", "連絡先", "연락처", "โทร", "มือถือ", "เบอร์",
		// Indonesian and Malay ("nomor HP saya", "telp"), Vietnamese, Turkish, Swahili
		"telp", "telepon", "ponsel", "handphone", "nomor hp", "no hp", "nomor telepon", "điện thoại", "sđt", "cep", "gsm", "namba", "simu",
		// "number" in the languages that say "my number is …" with it alone: Polish, Czech, Croatian,
		// Italian, Spanish, Portuguese, German, Dutch, French, Turkish, Indonesian, Hindi written in Latin letters
		"numer", "numeru", "číslo", "cislo", "broj", "numero", "número", "nummer", "numéro", "numara", "nomor", "komórka", "komórki", "mobil",
		// "reach" and "call (back)" in French, German, Italian, Spanish, Dutch, Polish and Portuguese
		// ("on peut le joindre au 0454440794", "unter 01476716021 erreichbar", "Bel … terug op")
		"joindre", "rappeler", "appeler", "appelez", "erreichbar", "rückruf", "anrufen", "raggiungibile", "richiamare", "chiamare",
		"llamar", "llame", "bereikbaar", "bellen", "terugbellen", "oddzwonić", "zadzwonić", "ligar", "contactar", "contactar con",
		// and "called" in them (stop 57: "José Manuel Ruiz llamó desde el 612 345 678" had stayed weak)
		"llamó", "llamé", "llamado", "llamaba", "appelé", "appelée", "chiamato", "chiamata", "ligou", "liguei", "angerufen", "belde", "gebeld", "dzwonił", "dzwoniła",
		"telefone", "numerem", "telefonu", "telefonem", "联系人", "联系电话", // a contact person's and a contact's phone in Chinese
		// "contact" in Arabic, Hebrew, Hindi, Persian and Thai (stop 28: "جهة الاتصال: … (5516550926)")
		"الاتصال", "اتصال", "קשר", "संपर्क", "تماس", "ติดต่อ",
		// Swedish, Danish and Norwegian "reached at" and "tel."; Finnish, Czech, Hungarian and
		// Romanian "phone", "number", "called" (stop 27: "kan kontaktes på 4676 5818", "puh. 040 123")
		"nås", "kontaktes", "tlf", "puh", "puhelin", "puhelinnumero", "numerosta", "soitti", "soita", "čísle", "zastižení",
		// Russian, Ukrainian and Bulgarian "number" and "call", Greek "call", "mobile" and
		// "number" (stop 29: "Мій номер: 123-45-67", "Καλέστε στο 2310 123456")
		"номер", "номеру", "номером", "позвоните", "звоните", "подзвоніть", "дзвоніть", "телефонуйте", "обадете", "звънете",
		"καλέστε", "τηλεφωνήστε", "κινητό", "αριθμός", "αριθμό",
		"numarasından", "numarası", "numaramdan", // Turkish: "Beni 0789… numarasından ara"
		"telefonszáma", "telefonszám", "telefonszámon", "contactat", "telefonul", "numărul", "هاتف", "هاتفي", "الهاتف", "جوال", "جوالي", "الجوال", "موبايل", "رقمي", "הטלפון", "טלפון", "फ़ोन", "फोन", "मोबाइल"},
	SSN:   {"ssn", "ssns", "social security", "social sec", "soc sec", "ssid", "s.s.n", "my social", "his social", "her social", "your social", "their social", "our social"},
	CHAHV: {"ahv", "avs", "ahv-nr", "ahv-nummer", "sozialversicherungsnummer", "numéro avs", "no avs", "social security", "sozialversicherung"},
	CreditCard: {"card", "credit", "debit", "visa", "mastercard", "amex", "pan", "cc", "payment",
		// a record's keys, snake_case and camelCase (matched in any case)
		"card_number", "cardnumber", "card_no", "card_num", "cc_number", "ccnumber", "cc_num", "credit_card", "creditcard", "debit_card", "pan_number",
		"信用卡", "银行卡", "銀行卡", "卡号", "卡號", "カード", "카드", "บัตร", "บัตรเครดิต", "بطاقة", "البطاقة", "כרטיס"},
	IBAN:      {"iban", "bank", "account", "transfer", "wire"},
	IPAddress: {"ip", "address", "host", "server", "client", "from"},
	GeoCoordinates: {"gps", "coordinates", "coords", "coordinate", "lat", "lng", "lon", "latitude", "longitude", "lat/long", "lat/lng", "geo", "geolocation",
		"location", "located", "position", "lives at", "pickup", "pick-up", "drop-off", "dropoff", "found at", "standort", "ubicación", "coordonnées",
		// a trip's log, a run's, a tracker's (stop 42): "depart 41.8781,-87.6298 arrive 41.9484,-87.6553", "start 41.9214,-87.6338"
		"depart", "departed", "departure", "arrive", "arrived", "arrival", "start", "start point", "starting point", "end point", "destination",
		"origin", "waypoint", "route", "parked", "parked at", "trip"},
	StreetAddress: {"address", "addr", "live", "lives", "lived", "living", "resides", "residence", "located", "ship to", "shipping", "deliver",
		"delivery", "mail to", "mailing", "billing", "moved to", "home", "bill to", "billed to", "moved from", "moving to", "moving from",
		"property at", "house at", "deliveries", "delivered to"},
	DateTime: {"admitted", "admission", "discharged", "discharge", "died", "death", "deceased", "passed away", "visit", "visited", "seen", "appointment", "surgery", "procedure", "date of service", "dos", "hospitalized", "diagnosed", "treated", "dob", "born",
		"date of death", "dod", "booked", "dose", "vaccinated", "vaccination", "clinic", "follow-up", "follow up", "checkup", "check-up", "consultation",
		"chemo", "chemotherapy", "incident", "injured", "accident",
		// a pregnancy's and an injury's dates: last menstrual period, estimated delivery date, date of injury
		"lmp", "edd", "edc", "doi", "date of injury",
		// a chart's events: labs and imaging, referrals, prescriptions
		"drawn", "collected", "specimen", "labs", "biopsy", "imaging", "x-ray", "mri", "ultrasound", "referred", "referral", "transferred",
		"presented", "onset", "prescribed", "refilled", "immunized", "immunization", "injection", "operated", "intubated", "extubated",
		"dated", "exam", "examined", "evaluated", "encounter", "arrived", "arrival", "filled", "progress note", "since",
		// a fertility treatment's steps (stop 49): "egg retrieval 11/29, embryo transfer planned 12/04"
		"retrieval", "embryo transfer", "egg retrieval", "ivf", "iui", "insemination",
		// a court's, a police report's and a career's events (stop 29): "arrested on Friday", "will
		// succeed her as chair on Tuesday"
		"arrested", "charged", "detained", "sentenced", "convicted", "arraigned", "hearing", "trial", "missing", "killed", "assaulted",
		"robbed", "hired", "resigned", "retired", "appointed", "succeed", "married", "divorced", "interviewed",
		// a record's keys, snake_case and camelCase (matched in any case)
		"admitted_at", "admittedat", "admission_date", "admissiondate", "admit_date", "admitdate", "discharged_at", "dischargedat", "discharge_date",
		"dischargedate", "death_date", "deathdate", "date_of_death", "dateofdeath", "visit_date", "visitdate", "appointment_date", "appointmentdate",
		"appointment_time", "appointmenttime", "service_date", "servicedate", "surgery_date", "surgerydate", "encounter_date", "encounterdate"},
}

// NegativeContextWords lists, per entity type, the lower-case words that, just before a weak
// finding of that type, say the number is something else: an order, invoice, ticket, build or
// tracking number, a version, a process number. Words that are as often plain English ("case",
// "item", "port") are left out.
var NegativeContextWords = map[string][]string{
	Phone: {"order", "order no", "order number", "tracking number", "invoice", "invoice number", "serial number", "case number", "reference number",
		"ticket", "tracking", "build", "version", "serial", "sku", "isbn", "part number", "part no", "model number", "pid", "receipt",
		// an order's and an invoice's number in other languages, as "number" in them raises a phone
		"bestellung", "bestellnummer", "rechnung", "rechnungsnummer", "commande", "facture", "pedido", "factura", "ordine", "fattura",
		"encomenda", "fatura", "bestelling", "factuur", "zamówienia", "zamówienie", "faktury", "objednávky", "sipariş",
		"заказа", "заказ", "счёта", "счета", "замовлення", "рахунку", "παραγγελίας", "τιμολογίου"},
	SSN: {"order", "order number", "tracking number", "invoice", "invoice number", "serial number", "case number", "ticket", "tracking", "serial",
		"sku", "isbn", "part number", "part no", "receipt"},
	DateTime: {"version", "release", "released", "copyright", "(c)", "build", "last modified", "modified", "updated", "generated", "changelog",
		"expires", "expiry", "valid until"},
}

// applyContext raises the scores of findings that have a context word of their type nearby,
// and lowers those with a negative context word just before them and no context word near;
// hits are the context words in text, in order.
func applyContext(text string, fs []Finding, hits []contextHit) {
	if len(hits) == 0 {
		return
	}
	for i := range fs {
		f := &fs[i]
		if f.Score >= contextBelow {
			continue
		}
		if f.Type == DateTime && f.Score <= timestampScore {
			// a machine timestamp is raised only by a word for a person's event right before
			// it, as a record's key or a note's verb: "admitted 2021-05-03T10:00:00Z",
			// "discharged_at": "…"; a log's timestamps stay
			if eventJustBefore(hits, f.Start) {
				f.Score = min(1, f.Score+contextBoost)
			}
			continue
		}
		lo, hi := f.Start-contextBefore, f.End+contextAfter
		k := firstHitFrom(hits, lo)
		// the nearest word before the finding decides ("tracking number 785…" is a tracking
		// number; a tie goes to the negative phrase); a context word elsewhere raises it
		positive := false
		nearest := -1
		for ; k < len(hits) && hits[k].start < hi; k++ {
			h := hits[k]
			if h.typ != f.Type || h.end > f.Start && h.start < f.End {
				continue
			}
			positive = positive || !h.neg
			if h.end <= f.Start && (nearest < 0 || h.end > hits[nearest].end || h.end == hits[nearest].end && h.neg) {
				nearest = k
			}
		}
		switch {
		case nearest >= 0 && hits[nearest].neg && hits[nearest].end >= f.Start-negativeBefore && !(f.Type == DateTime && documentBefore(text, hits[nearest].start)):
			f.Score = max(0, f.Score-contextPenalty)
		case positive:
			f.Score = min(1, f.Score+contextBoost)
		case f.Type == SSN && f.End-f.Start == 9 && phoneWordBefore(hits, lo, f.Start):
			// nine bare digits after a phone's word and no SSN's are the phone, as Italy, Spain,
			// Portugal and Poland number theirs ("Richiamare il signor Asmundo al 371380794")
			f.Type, f.Score = Phone, min(1, f.Score+contextBoost)
		}
	}
}

// phoneWordBefore reports that the first phone's context word among hits between lo and at is
// no negative one.
func phoneWordBefore(hits []contextHit, lo, at int) bool {
	for k := firstHitFrom(hits, lo); k < len(hits) && hits[k].start < at; k++ {
		if hits[k].typ == Phone && hits[k].end <= at {
			return !hits[k].neg
		}
	}
	return false
}

// firstHitFrom returns the index of the first hit that starts at or after lo (hits are in
// start order): a binary search written out, which runs once for every weak finding.
func firstHitFrom(hits []contextHit, lo int) int {
	a, b := 0, len(hits)
	for a < b {
		m := int(uint(a+b) >> 1)
		if hits[m].start < lo {
			a = m + 1
		} else {
			b = m
		}
	}
	return a
}

// signatureNumbers raises a weak phone that stands alone on its line in a letter's signature block:
// a sign-off ("Kind regards,", "Best,", "Sincerely,") on a line of its own at most four lines
// and 240 bytes above it, as mail writes a name, a title and a number under it
// ("Kind regards,\nAnthony Decker\nClinical research associate, Ross Inc\n7087349390").
func signatureNumbers(text string, fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.Type != Phone || f.Score >= contextBelow {
			continue
		}
		// alone on its line: only blanks between it and the line breaks around it (read over the
		// blanks only, so that many numbers on one long line cost no more than the line)
		ls := f.Start
		for ls > 0 && (text[ls-1] == ' ' || text[ls-1] == '\t' || text[ls-1] == '\r') {
			ls--
		}
		le := f.End
		for le < len(text) && (text[le] == ' ' || text[le] == '\t' || text[le] == '\r') {
			le++
		}
		if ls == 0 || text[ls-1] != '\n' || le < len(text) && text[le] != '\n' {
			continue
		}
		// the lines above, from the nearest up, the one right above being the name's
		floor := max(0, ls-240)
		end := ls - 1
		for n := 0; n < 4 && end > floor; n++ {
			start := strings.LastIndexByte(text[floor:end], '\n') + 1 + floor
			if n > 0 && SignOff(text[start:end]) {
				f.Score = min(1, f.Score+contextBoost)
				break
			}
			end = start - 1
		}
	}
}

// contactNumbers raises a weak phone that is an item of a contact line, as a CV's header and a
// signature write one: items between " | ", " · " or " • ", one of them an email address
// ("ana@example.org | 3505933058 | Viguzzolo", "Gudivada, India · 09414775931 · a@b.in"). A bare
// nine digits there, a weak SSN alone, is the phone too (Poland's and Spain's are nine digits).
func contactNumbers(text string, fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.Score >= contextBelow || f.Type != Phone && !(f.Type == SSN && f.Score < 0.5 && f.End-f.Start == 9) {
			continue
		}
		before, after := contactSeparatorAt(text, f.Start, false), contactSeparatorAt(text, f.End, true)
		if !before && !after {
			continue
		}
		ls := strings.LastIndexByte(text[:f.Start], '\n') + 1
		le := strings.IndexByte(text[f.End:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += f.End
		}
		if le-ls > 400 || !emailItem(text[ls:le]) {
			continue
		}
		f.Type, f.Score = Phone, min(1, max(f.Score, 0.3)+contextBoost)
	}
}

// phoneLabels label a number as a phone on a signature's or a contact card's line: "M 0766645791",
// "m: 6274210240", "T: 3073408125", "dir: 9132528737", "Tel/Fax: 790 2951", "o: … | m: …".
var phoneLabels = foldSet("m mob mobile mb t tel o off office d dir direct c cel cell p ph h home w work f fax tel/fax")

// labelledPhones raises a weak phone right after such a label, which opens its line or stands
// after a contact line's separator: the label and a space, or a colon, a full stop or '#' and a
// space ("Mob. 07700 900123", "Cell# 555 1234").
func labelledPhones(text string, fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.Type != Phone || f.Score >= contextBelow || f.Start < 2 || text[f.Start-1] != ' ' {
			continue
		}
		e := f.Start - 1
		for e > 0 && e > f.Start-3 && (text[e-1] == ':' || text[e-1] == '.' || text[e-1] == '#') {
			e--
		}
		b := e
		for b > 0 && e-b < 8 && (isLetter(text[b-1]) || text[b-1] == '/') {
			b--
		}
		if b == e || !phoneLabels.has(text[b:e]) {
			continue
		}
		if b == 0 || text[b-1] == '\n' || contactSeparatorAt(text, b, false) {
			f.Score = min(1, max(f.Score, 0.3)+contextBoost)
		}
	}
}

// phoneKeyWords are the words of a key or a field that holds a phone, in code, logs and
// records: "phone_number", "customerPhone", "contact.tel", "msisdn".
var phoneKeyWords = foldSet("phone phones telephone tel mobile cell cellphone fax msisdn phonenumber mobilenumber telefon telefono telefone handy")

// keyedPhones raises a weak phone that is the value of a key one of whose words is a phone's
// ("phone_number": "6498111422", customer_phone=6498111422, contact.tel = "…"): the key's
// words are split at '_', '.', '-' and a lower-case letter before a capital.
func keyedPhones(text string, fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.Type != Phone || f.Score >= contextBelow || f.Start < 2 {
			continue
		}
		k := f.Start
		for k > 0 && f.Start-k < 4 && (text[k-1] == '"' || text[k-1] == '\'' || text[k-1] == ' ') {
			k--
		}
		if k == 0 || text[k-1] != '=' && text[k-1] != ':' {
			continue
		}
		k--
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '"' || text[k-1] == '\'') {
			k--
		}
		e := k
		for k > 0 && e-k < 48 && (isAlnum(text[k-1]) && text[k-1] < 0x80 || text[k-1] == '_' || text[k-1] == '.' || text[k-1] == '-') {
			k--
		}
		if keyHasWord(text[k:e], &phoneKeyWords) {
			f.Score = min(1, max(f.Score, 0.3)+contextBoost)
		}
	}
}

// keyHasWord reports a key one of whose words (split at '_', '.', '-' and camelCase) words holds.
func keyHasWord(key string, words *foldTable[bool]) bool {
	start := 0
	for i := 1; i <= len(key); i++ {
		if i == len(key) || key[i] == '_' || key[i] == '.' || key[i] == '-' || isUpper(key[i]) && isLower(key[i-1]) {
			if i > start && words.has(key[start:i]) {
				return true
			}
			start = i
			if i < len(key) && !isUpper(key[i]) {
				start = i + 1
			}
		}
	}
	return false
}

// documentWords name a person's identity document, whose expiry is the holder's date, not a
// certificate's or a trial's: "Passport No. H64782339 issued at … on 13/09/2024, expires 11/09/2034".
var documentWords = []string{"passport", "licence", "license", "id card", "identity card", "residence permit", "visa", "permit", "id no", "id number"}

// documentBefore reports a word for an identity document on the line before s[i], at most 120
// bytes back: the expiry word at s[i] is the document's.
func documentBefore(text string, i int) bool {
	lo := max(0, i-120)
	if k := strings.LastIndexByte(text[lo:i], '\n'); k >= 0 {
		lo += k + 1
	}
	line := strings.ToLower(text[lo:i])
	for _, w := range documentWords {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// phonesAfterNames raises a weak phone written right after a person's name, as references,
// key holders, contact lists and exported messages write them: after a comma ("Previous
// landlord: Anaïs Fernandez, 0651462222"), in brackets ("From: Paige Herring (7639393832)")
// or as the next item of a contact line ("Recipient: Vito Puglisi | 0153600901 | …", and
// after a place there too: "Viguzzolo, Italy · 09414775931"). The person is the NER model's
// finding (or a rule's) among fs, which are not in order here.
func phonesAfterNames(text string, fs []Finding) {
	var ends map[int]string // where persons and places end, made for the first weak phone that may follow one
	for i := range fs {
		f := &fs[i]
		if f.Score >= contextBelow || f.Start < 3 || f.Type != Phone && !trunkNine(text, *f) {
			continue
		}
		sep := 0 // the separator's length
		places := false
		switch {
		case text[f.Start-2:f.Start] == ", ":
			sep = 2
		case text[f.Start-2:f.Start] == " (" && f.End < len(text) && text[f.End] == ')':
			sep = 2
		case text[f.Start-3:f.Start] == " - ":
			sep = 3 // a list's "Meera Bava - 9158077159"
		case f.Start >= 4 && text[f.Start-4:f.Start] == "', '":
			sep = 4 // a row's ('Mark Smith', '9363438')
		case f.Start >= 5 && text[f.Start-5:f.Start] == " – ":
			sep = 5
		case strings.IndexByte(",;\t|", text[f.Start-1]) >= 0:
			sep = 1 // a row's cell: "Jane Doe;jane@example.com;6498111422"
		default:
			for _, cs := range contactSeparators {
				if strings.HasSuffix(text[:f.Start], cs) && (f.End == len(text) || text[f.End] == '\n' || contactSeparatorAt(text, f.End, true)) {
					sep, places = len(cs), true
				}
			}
		}
		if sep == 0 {
			continue
		}
		if f.End-f.Start == 9 && text[f.Start+5] == '-' {
			continue // Brazil's CEP after a neighbourhood the model took for a name: 61132-937
		}
		if ends == nil {
			ends = map[int]string{}
			for _, g := range fs {
				if g.Type == Person || g.Type == Email || g.Type == Location && ends[g.End] != Person {
					ends[g.End] = g.Type
				}
			}
		}
		t, ok := ends[f.Start-sep]
		if !ok && sep == 2 && f.Start >= 3 && text[f.Start-3] == '>' {
			t, ok = ends[f.Start-3] // "Stephanie Smith <julie@example.com>, 6498111"
		}
		if ok && (t == Person || t == Email && sep <= 2 || places) {
			f.Type, f.Score = Phone, min(1, max(f.Score, 0.3)+contextBoost)
		}
	}
}

// trunkNine reports a weak SSN that is nine bare digits after a 0, which a name's phone more
// often is in that place (a trunk prefix: Italy's 016528660, Thailand's 029167471) than an SSN
// of the first areas.
func trunkNine(text string, f Finding) bool {
	if f.Type != SSN || f.End-f.Start != 9 || text[f.Start] != '0' {
		return false
	}
	for i := f.Start; i < f.End; i++ {
		if !isDigit(text[i]) {
			return false
		}
	}
	return true
}

// contactSeparators stand between a contact line's items.
var contactSeparators = [...]string{" | ", " · ", " • "}

// contactSeparatorAt reports a contact line's separator ending at i (after false) or starting at
// i (after true); the line's start or end counts as one when a separator stands on the other side.
func contactSeparatorAt(text string, i int, after bool) bool {
	for _, sep := range contactSeparators {
		if after && strings.HasPrefix(text[i:], sep) || !after && strings.HasSuffix(text[:i], sep) {
			return true
		}
	}
	return false
}

// emailItem reports a line that holds an email address as one of its items: an '@' with a
// letter or digit on each side and a dot after it.
func emailItem(line string) bool {
	for k := strings.IndexByte(line, '@'); k >= 0; {
		if k > 0 && k+1 < len(line) && isAlnum(line[k-1]) && isAlnum(line[k+1]) && strings.IndexByte(line[k:], '.') > 0 {
			return true
		}
		n := strings.IndexByte(line[k+1:], '@')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// SignOff reports a line that is a letter's or an email's sign-off alone, in any case, with or
// without its comma: "Kind regards,", "Thanks!", "Mit freundlichen Grüßen". The writer's name
// follows on the next line, and a signature block under it.
func SignOff(line string) bool {
	l := strings.TrimRight(strings.TrimSpace(line), ",!.")
	var buf [maxSignOff]byte
	if len(l) > len(buf) {
		return false // a longer line is no sign-off: not lower-cased to look
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if c >= utf8.RuneSelf {
			return signOffs[strings.ToLower(l)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return signOffs[string(buf[:len(l)])]
}

// maxSignOff is the longest sign-off, in bytes.
const maxSignOff = 32

// signOffs close a letter or an email on a line of their own (SignOff).
var signOffs = map[string]bool{"regards": true, "best regards": true, "kind regards": true, "warm regards": true, "warmest regards": true,
	"best wishes": true, "best": true, "thanks": true, "thank you": true, "many thanks": true, "thanks again": true, "cheers": true,
	"sincerely": true, "yours sincerely": true, "sincerely yours": true, "yours truly": true, "yours faithfully": true, "respectfully": true,
	"signed": true, "love": true, "all the best": true, "take care": true, "cordialement": true, "saludos": true, "un saludo": true,
	"atentamente": true, "mit freundlichen grüßen": true, "viele grüße": true, "met vriendelijke groet": true, "cordiali saluti": true,
	"warmly": true, "cordially": true, "warm wishes": true, "with thanks": true, "thanks & regards": true, "thanks and regards": true,
	// other languages' thanks and greetings that close a message (stop 35: "Gracias, Maite")
	"gracias": true, "muchas gracias": true, "un abrazo": true, "abrazos": true, "besos": true, "merci": true, "merci beaucoup": true,
	"bien à vous": true, "bises": true, "grazie": true, "grazie mille": true, "un saluto": true, "saluti": true, "obrigado": true, "obrigada": true,
	"abraços": true, "beijos": true, "danke": true, "vielen dank": true, "liebe grüße": true, "beste grüße": true, "bedankt": true,
	"groetjes": true, "hartelijke groet": true, "dziękuję": true, "pozdrawiam": true, "med vänliga hälsningar": true, "hälsningar": true,
	"mvh": true, "vennlig hilsen": true, "med venlig hilsen": true}

// eventBefore is how far before a timestamp a word for a person's event may end: a key and its
// quotes and colon, or a word and a space.
const eventBefore = 16

// eventJustBefore reports a positive date context word (admitted, discharged, born, …) ending at
// most eventBefore bytes before at, with no other context word between.
func eventJustBefore(hits []contextHit, at int) bool {
	k, _ := slices.BinarySearchFunc(hits, at, func(h contextHit, at int) int { return h.start - at })
	for k--; k >= 0; k-- {
		h := hits[k]
		if h.end > at {
			continue
		}
		if h.typ == DateTime {
			return !h.neg && h.end >= at-eventBefore
		}
		if h.end < at-eventBefore {
			return false
		}
	}
	return false
}

// calleeBefore reports a bare local number of seven or eight digits at s[start:end] (or two
// groups joined by a space or a dot) after "on", where a word of calling or notifying and at most
// six words of the person or the place called stand before it in the clause (stop 60: "contact
// Angela Gibbs on 8366712", "Owner Matthew Terry notified on 1227918", "Contact Jason MacDonald
// at North-Alve on 2524273"): no plan reads seven bare digits, and a weak phone of them
// everywhere would take ids and order numbers. Not a date's eight digits (20240312), nor digits
// a letter, a hyphen, a slash or a colon runs on into. The number reader asks it of such runs
// only, which costs nothing where there are none.
func calleeBefore(s string, start, end int, digits []byte) bool {
	if start < 4 || s[start-4:start] != " on " || end < len(s) && (isAlnum(s[end]) || s[end] == '-' || s[end] == '/' || s[end] == ':') ||
		len(digits) == 8 && (digits[0] == '1' && digits[1] == '9' || digits[0] == '2' && digits[1] == '0') {
		return false
	}
	for i := start; i < end; i++ {
		if c := s[i]; !isDigit(c) && c != ' ' && c != '.' {
			return false
		}
	}
	lo := max(0, start-4-80)
	clause := s[lo : start-4]
	if b := strings.LastIndexAny(clause, ".!?;\n"); b >= 0 {
		clause = clause[b+1:]
	}
	return calleeClause(clause)
}

// calleeVerbs call or notify the person after them: "contact", "call", "ring", "text", "phone",
// "reach", "notified".
var calleeVerbs = foldSet("call contact ring text phone reach notified notify")

// calleeClause reports a clause that ends in one of calleeVerbs and up to six words after it, each
// capitalised or one of a few small words ("at", "me", "us", "him", "her", "them"): the callee
// and the place it is reached at.
func calleeClause(clause string) bool {
	ws := strings.Fields(clause)
	for i := len(ws) - 1; i >= 0 && len(ws)-1-i <= 6; i-- {
		if calleeVerbs.has(ws[i]) {
			return true
		}
		if w := ws[i]; !isUpper(w[0]) && w != "at" && w != "me" && w != "us" && w != "him" && w != "her" && w != "them" {
			return false
		}
	}
	return false
}
