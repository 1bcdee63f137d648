package ner

import (
	"slices"
	"strings"
	"unicode"

	"github.com/veil-gateway/veil/redact"
)

// Names and places in deeds and forms: signature blocks, the towns parties are of, the towns of
// offices, the towns reviews are signed with, and the labels of forms that ask for a town.

// namesOnSignatureLines makes a person of the name a signature block prints: on the line right
// under the line signed on (a run of underscores or dots, alone or after "Signature:"), or on the
// line above the office of the one who signs ("Warhi Kunda\nNotary Public", "Louis May\nWitness"):
// two to four words written as names are (headerName), where the model found nothing sure.
func namesOnSignatureLines(text string, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '\n') < 0 || !strings.Contains(text, "_____") && !strings.Contains(text, ".....") && !slices.ContainsFunc(signerOffices, func(o string) bool { return strings.Contains(text, o) }) {
		return fs
	}
	var claims []redact.Finding
	prev, prevEnd, signed := -1, -1, false // the line above: its bounds, and whether it was signed on
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := strings.TrimSpace(text[ls:le])
		name := func(a, b int) {
			if a, b = trimBlanks(text, a, b); b > a && headerName(text[a:b]) && !sureInside(fs, a, b) {
				claims = append(claims, claim(a, b, fieldScore))
			}
		}
		if signed && line != "" {
			name(ls, le)
		}
		if prev >= 0 && slices.Contains(signerOffices, line) {
			name(prev, prevEnd)
		}
		if line != "" {
			prev, prevEnd, signed = ls, le, signatureRule(line)
		}
		ls = le + 1
	}
	return claimPersons(fs, claims)
}

// signerOffices are the lines under a signer's name that say in what office they sign.
var signerOffices = []string{"Notary Public", "NOTARY PUBLIC", "Notary", "Commissioner for Oaths", "Justice of the Peace", "Witness",
	"Authorised Signatory", "Authorized Signatory"}

// signatureRule reports a line signed on: five underscores or dots or more, alone or after a label
// ("Signature: ______").
func signatureRule(line string) bool {
	if _, after, ok := strings.Cut(line, ":"); ok {
		line = strings.TrimSpace(after)
	}
	return len(line) >= 5 && (strings.Trim(line, "_") == "" || strings.Trim(line, ".") == "")
}

// townsOfParties makes a place of the town a deed gives a party as of, after the person's name
// and a comma: "I, Hélène Cousin, of Chauveaunec, being of sound mind", "the Seller, Ali
// Kleibrink, of Koekange, agrees": "of", then a town (birthTown) and a comma, where the model
// found nothing there or a person, organisation or place it doubted.
//
// Without the commas, "of" right after the name, the town must be one for sure (sureTownNoFamily) and end
// the clause: "issued to Joe Dixon of Springfield.", "Joe Dixon of New Brittneyport, 54"
// (stop 56); not "Jane Doe of Deloitte", "John Smith of Northfield Capital".
func townsOfParties(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " of ") {
		return fs
	}
	var shapes []redact.Finding
	j := 0 // fs[j] is the first finding that may end after the one read
	for k := range occurrences(text, " of ") {
		start := k + len(" of ")
		comma := k > 0 && text[k-1] == ','
		if comma {
			k-- // the name ends before the comma: "Hélène Cousin, of Chauveaunec,"
		}
		for j < len(fs) && fs[j].End <= k {
			j++
		}
		if j == 0 || fs[j-1].Type != redact.Person || fs[j-1].End != k {
			continue // after a person's name only: not "the city, of course," nor "the Rules, of 2024,"
		}
		end := nameWords(text, start)
		if end <= start || !birthTown(text[start:end]) {
			continue
		}
		if comma && (end >= len(text) || text[end] != ',') || !comma && (!clauseEndsAt(text, end) || !sureTownNoFamily(text[start:end])) {
			continue
		}
		if doubtedInside(fs, start, end) {
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// sureTownNoFamily is sureTown for a word that is no family name of the lists unless the
// gazetteers know it as a place: "Bill of Pemberton called" may be a family's name.
func sureTownNoFamily(v string) bool {
	return sureTown(v) && (strings.IndexByte(v, ' ') > 0 || embeddedClass(v)&(gCity|gState|gCountry) != 0 || !familySet()[v] && !foldIn(handleFamily(), v))
}

// clauseEndsAt reports that text[end:] opens with the end of a clause or the text: a
// punctuation mark, a line's end, or a word in lower case.
func clauseEndsAt(text string, end int) bool {
	if end >= len(text) {
		return true
	}
	switch text[end] {
	case '.', ',', ';', ':', ')', '!', '?', '\n', '\r':
		return true
	case ' ':
		return end+1 < len(text) && text[end+1] >= 'a' && text[end+1] <= 'z'
	}
	return false
}

// officeKinds are a company's places that a town names: "the Wetzlar office", "our Lyon plant".
var officeKinds = []string{" office", " offices", " branch", " site", " campus", " plant", " warehouse", " depot", " store", " factory", " headquarters", " HQ", " hub"}

// townsOfOffices makes a place of the town that names a company's office, branch or site after
// "the" or "our" ("at the Wetzlar office", "from our Main-Höchst branch", "the North Shelbyborough
// office"): one to three capitalised words (birthTown), where the model found nothing there or a
// person or place it doubted; an organisation there is the company's own name ("The Vazquez-Riggs
// office is at").
func townsOfOffices(text string, fs []redact.Finding) []redact.Finding {
	if !slices.ContainsFunc(officeKinds, func(k string) bool { return strings.Contains(text, k) }) {
		return fs
	}
	var shapes []redact.Finding
	for _, lead := range [...]string{"the ", "our ", "The ", "Our "} {
		for k := range occurrences(text, lead) {
			if k > 0 && isWordByteBefore(text, k) {
				continue
			}
			start := k + len(lead)
			end := nameWords(text, start)
			if end <= start || !slices.ContainsFunc(officeKinds, func(o string) bool {
				return strings.HasPrefix(text[end:], o) && (end+len(o) == len(text) || !isLetterStart(text[end+len(o)]))
			}) || !birthTown(text[start:end]) {
				continue
			}
			if doubtedInside(fs, start, end) && !slices.ContainsFunc(fs, func(f redact.Finding) bool {
				return f.Type == redact.Organization && f.Start < end && f.End > start && f.Score >= 0.7
			}) { // a company's own name the model is fairly sure of: "The Vazquez-Riggs office is at"
				shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
			}
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// townsOfSigners makes a place of the town a review or a letter to the editor signs with after
// the writer's name, a dash before it ("Great stay! – Ian Campos, Casa Grande", "- Traudl Junck,
// Pritzwalk"): one to three capitalised words (birthTown) that end the line or the text, where the
// model found nothing there or what it doubted.
func townsOfSigners(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "- ") && !strings.Contains(text, "– ") && !strings.Contains(text, "— ") {
		return fs
	}
	var shapes []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Person || f.End+2 >= len(text) || text[f.End] != ',' || text[f.End+1] != ' ' {
			continue
		}
		before := strings.TrimRight(text[:f.Start], " ")
		if !strings.HasSuffix(before, "-") && !strings.HasSuffix(before, "–") && !strings.HasSuffix(before, "—") {
			continue
		}
		start := f.End + 2
		end := nameWords(text, start)
		if end <= start || !birthTown(text[start:end]) {
			continue
		}
		if rest := strings.TrimRight(text[end:min(len(text), lineEnd(text, end))], " .!\r"); rest != "" {
			continue // the line goes on: a job, a company, a list
		}
		if doubtedInside(fs, start, end) {
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// townsOfFirms makes a place of the town in brackets after an organisation's name (stop 59: a
// CV's "Internship at Johnson PLC (Drakeberg)", "Owen, Thompson and Vaughan (Heatherbury)"): one
// to three capitalised words (birthTown) and the closing bracket, where the model found nothing
// there or what it doubted. A name in capitals is the firm's short name or ticker ("(ACME)").
func townsOfFirms(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " (") {
		return fs
	}
	var shapes []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Organization || f.End+3 >= len(text) || text[f.End] != ' ' || text[f.End+1] != '(' {
			continue
		}
		start := f.End + 2
		end := nameWords(text, start)
		if end <= start || end >= len(text) || text[end] != ')' || capitals(text[start:end]) || !birthTown(text[start:end]) {
			continue
		}
		if doubtedInside(fs, start, end) {
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// townCourts are the courts and the civic buildings a town's name opens: "Connorland Crown
// Court", "Leeds Magistrates' Court", "Bristol Register Office".
var townCourts = []string{" Crown Court", " Magistrates' Court", " Magistrates Court", " County Court", " Family Court", " Coroner's Court",
	" Town Hall", " Register Office", " Registry Office"}

// townsBeforeCourts makes a place of the one to three capitalised words (birthTown) before one of
// townCourts, where the model found nothing there or what it doubted (stop 59: "Jury summons:
// Kevin Fowler, please attend Connorland Crown Court", where it read only "Crown", a firm).
func townsBeforeCourts(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " Court") && !strings.Contains(text, " Hall") && !strings.Contains(text, " Office") {
		return fs
	}
	var shapes []redact.Finding
	for _, c := range townCourts {
		for k := range occurrences(text, c) {
			if e := k + len(c); e < len(text) && isLetterStart(text[e]) {
				continue
			}
			start := wordRunBefore(text, k, 3, func(w string) bool { return startsUpper(w) && w != "The" })
			if start == k || !birthTown(text[start:k]) || !doubtedInside(fs, start, k) {
				continue
			}
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: k, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// placeLabels are the labels of a form's fields whose value is a town, or a country of birth.
var placeLabels = []string{"Place of birth:", "PLACE OF BIRTH:", "Place of Birth:", "Birthplace:", "City of birth:", "Town of birth:",
	"Country of birth:", "Born in:", "City:", "Town:", "CITY:", "TOWN:", "Lieu de naissance :", "Lieu de naissance:", "Geburtsort:", "Luogo di nascita:",
	"Lugar de nacimiento:", "Local de nascimento:", "Geboorteplaats:", "Miejsce urodzenia:",
	// a form's town and county in other words, and a bank's branch, which its town names (stop 60)
	"Town/City:", "City/Town:", "County:", "Suburb:", "Locality:", "Branch:",
	// a town of residence (stop 30)
	"Woonplaats:", "Wohnort:", "Residenza:", "Residencia:", "Domicilio:", "Domicile :", "Domicile:", "Domiciliul:", "Kotipaikka:",
	"Asuinpaikka:", "Kotikunta:", "Toimipiste:", "Obec:", "Bostadsort:", "Hemort:", "Bopæl:", "Bosted:"}

// laterPlaceLabels are the place labels of fourteen more languages (stop 27), looked for only in
// a text that is not ASCII alone, as these languages' texts are not.
var laterPlaceLabels = []string{
	// the Nordic languages, Finnish, Czech, Hungarian and Romanian, a town of birth or of
	// residence
	"Födelseort:", "Fødested:", "Fødselssted:", "Syntymäpaikka:", "Místo narození:", "místo narození:", "Bydliště:",
	"Születési hely:", "születési hely:", "Lakhely:", "Locul nașterii:",
	// Hungarian's place of a sending and of a meeting (stop 60: "feladás helye: Nyékligetfalva")
	"Feladás helye:", "feladás helye:", "helyszíne:", "Helyszín:", "helyszín:",
	"Residência:", "Miejscowość:", "Miejsce zamieszkania:", "Město:", "Település:", "Lakóhely:", "lakóhely:", "Város:",
	// Turkish, Greek, Croatian, Slovak, Lithuanian, Ukrainian and Bulgarian
	"doğum yeri", "Doğum yeri:", "τόπος γέννησης", "Τόπος γέννησης:", "mjesto rođenja:", "Mjesto rođenja:", "miesto narodenia:",
	"Miesto narodenia:", "gimimo vieta:", "Gimimo vieta:", "місце народження:", "Місце народження:", "място на раждане:", "Място на раждане:",
	// Arabic, Hebrew, Hindi, Persian and Thai, whose scripts write no capitals: scriptPlaceValue
	"مكان الميلاد:", "مكان الولادة:", "מקום לידה:", "जन्म स्थान:", "محل تولد:", "สถานที่เกิด:"}

// placesAfterPlaceLabels makes a place of a form's town after its label ("Place of birth: La
// Coruña", "Geburtsort: Brilon"): the value up to the line's end or the field's (two spaces, a
// tab), one to four words of a town (birthTown, or a town of particles: "Krimpen aan den IJssel"),
// where the model found nothing there or what it doubted.
func placesAfterPlaceLabels(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ":") {
		return fs
	}
	var shapes []redact.Finding
	var labelAt [][2]int // where the labels of shapes stand
	labels := placeLabels
	if !isASCII(text) {
		labels = slices.Concat(placeLabels, laterPlaceLabels)
	}
	for _, label := range labels {
		for k := range occurrences(text, label) {
			if k > 0 && text[k-1] != '\n' && !wideGap(text[max(0, k-2):k]) && text[k-1] != '|' && (k < 2 || text[k-2:k] != ", ") &&
				(k < 3 || text[k-3:k] != "\u060c ") {
				continue // a label opens its line or its field, or an item after a comma ("…, místo narození: Brno"; Arabic's "، ")
			}
			start := skipBlanks(text, k+len(label))
			end, _ := redact.LineEndWithin(text, start, 256) // a place's value is short: its line's end is looked for near it (stop 49)
			if g := strings.Index(text[start:end], "  "); g >= 0 {
				end = start + g
			}
			if t := strings.IndexByte(text[start:end], '\t'); t >= 0 {
				end = start + t
			}
			if c := strings.IndexByte(text[start:end], ','); c >= 0 {
				end = start + c // "Toimipiste: Parainen, avoinna ma–pe"
			}
			if c := strings.IndexByte(text[start:end], ':'); c >= 0 {
				// the next field's label on the line, a blank before it (stop 48): "CITY: YONKERS STATE: NY ZIP: 10701"
				end = start + max(0, strings.LastIndexByte(text[start:start+c], ' '))
			}
			start, end = trimBlanks(text, start, end)
			if end > start && !placeValue(text[start:end]) {
				end = scriptPlaceValue(text, start, end) // start when it is none
			}
			if end <= start || !doubtedInside(fs, start, end) {
				continue
			}
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: fieldScore, Source: redact.SourceModel})
			labelAt = append(labelAt, [2]int{k, k + len(label)})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	// the label is no name: "Asuinpaikka", a person to the model
	fs = slices.DeleteFunc(slices.Clone(fs), func(f redact.Finding) bool {
		return f.Source == redact.SourceModel && (f.Type == redact.Person || f.Type == redact.Organization) && f.Score < 0.9 &&
			slices.ContainsFunc(labelAt, func(l [2]int) bool { return f.Start >= l[0] && f.End <= l[1] })
	})
	return replaceInside(fs, shapes)
}

// placeValue reports a town's name as a form's field holds it: birthTown's one to three words, or
// up to five with particles and a town's own small words among them ("Krimpen aan den IJssel",
// "Cala Di Volpe"), in capitals too.
func placeValue(v string) bool {
	if strings.ContainsAny(v, "0123456789@,;") {
		return false
	}
	if capitals(strings.ReplaceAll(v, " ", "")) {
		v = titleCaseWords(v)
	}
	if birthTown(v) {
		return true
	}
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 5 || !startsUpper(ws[0]) || !startsUpper(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws[1 : len(ws)-1] {
		if !startsUpper(w) && !nameParticles[strings.ToLower(w)] && !townParticles[w] {
			return false
		}
	}
	return true
}

// scriptPlaceValue reports a town's name in a script without capitals (Arabic, Hebrew,
// Devanagari, Thai), or in Cyrillic or Greek with the settlement's kind before it in lower case
// ("місто Тростянець", "село Монастириська"), as a field holds it: one to four words of letters,
// one of them in that script. It returns where the name ends, the sentence's full stop after it
// left out ("مكان الميلاد: بيلسانmouth."), or start when the value is none.
func scriptPlaceValue(text string, start, e int) int {
	if e > start && text[e-1] == '.' {
		e--
	} else if strings.HasSuffix(text[start:e], "।") {
		e -= len("।")
	}
	v := text[start:e]
	ws := strings.Fields(v)
	if len(ws) == 0 || len(ws) > 4 {
		return start
	}
	script := false
	for _, r := range v {
		switch {
		case r == ' ':
		case !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-':
			return start
		case scriptOf(r)&(sArabic|sHebrew|sDevanagari|sThai|sCyrillic|sGreek) != 0:
			script = true
		}
	}
	if !script {
		return start
	}
	return e
}

// townParticles are the small words inside towns' names: "aan den", "sur", "am", "upon".
var townParticles = wordSet("aan den der op sur sous am im an bei upon on in de di del da do dos das la le les y e")

// titleCaseWords writes each word of v in title case ("LA CORUÑA": "La Coruña").
func titleCaseWords(v string) string {
	ws := strings.Fields(v)
	for i, w := range ws {
		ws[i] = titleWord(w)
	}
	return strings.Join(ws, " ")
}

// localNouns name a person by where they live, as news writes them after the town and before
// the name: "Jamalpur man Ojasvi Parmer has been jailed", "Kowhairohe woman Ana Lee".
var localNouns = wordSet("man woman boy girl teenager teen mum dad mother father pensioner grandmother grandfather student driver resident businessman businesswoman")

// townsOfLocals makes a place of the one to three capitalised words (birthTown) that open a
// sentence before one of localNouns and the person the model or a rule found after it, where
// nothing sure was found in them (stop 60: "St. Rachelside man James Garcia has been jailed").
// A nationality is no town ("British man John Smith"), nor is an English word ("Local man").
func townsOfLocals(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Person || f.Start < 6 || text[f.Start-1] != ' ' || text[f.Start-2] < 'a' || text[f.Start-2] > 'z' {
			continue
		}
		w, ws := wordBefore(text, f.Start)
		if !localNouns[w] {
			continue
		}
		k := ws - 1
		start := wordRunBefore(text, k, 3, startsUpper)
		if start < k && strings.HasSuffix(text[:start], "St. ") {
			start -= len("St. ") // "St. Rachelside"
		}
		if start == k || !(start == 0 || sentenceBoundaryBefore(text, start)) || !birthTown(strings.TrimPrefix(text[start:k], "St. ")) || nrpSet[text[start:k]] ||
			!doubtedInside(fs, start, k) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: k, Score: placeAfterScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// townInstitutions are a town's public bodies, written after its name: "The Mitchellfurt Public
// Library has extended its hours", "the Amyberg school board voted" (stop 62).
var townInstitutions = []string{"Public Library", "Public Schools", "Police Department", "Fire Department", "City Council", "Town Council",
	"City Hall", "Town Hall", "Chamber of Commerce", "School Board", "School District",
	// England's and Wales's courts (stop 62: "Report to Port Richard Crown Court on …", read whole as a place)
	"Crown Court", "County Court", "Magistrates' Court", "Magistrates Court", "Coroner's Court",
	"school board", "school district", "city council", "town council", "police department", "fire department"}

// institutionLeads stand before a town's name and its public body: "the Amyberg school board",
// "Report to Port Richard Crown Court".
var institutionLeads = wordSet("the The to at from of in by")

// ranOnInto returns the index of the one finding over [start, end) in fs, where it is the model's
// and ends at end, a place or a street: the town (or its last words) and the body after it read
// as one ("Port Richard Crown Court", a place), which gives way to the town; an organisation so
// read stays ("the Boston Police Department"). It returns -1 otherwise.
func ranOnInto(fs []redact.Finding, start, end int) int {
	found := -1
	for i := near(fs, start); i < len(fs) && fs[i].Start < end; i++ {
		f := fs[i]
		if f.End <= start {
			continue
		}
		if found >= 0 || f.Start < start || f.End != end || f.Source != redact.SourceModel || f.Type != redact.Location && f.Type != redact.StreetAddress {
			return -1
		}
		found = i
	}
	return found
}

// townsOfInstitutions makes a place of the one to three capitalised words (birthTown) before one
// of townInstitutions, after institutionLeads or opening a sentence, where nothing sure was found
// in them or the model read them on into the body, and of the words after one of branchLeads
// (townOfBranchAt), both found in one pass over the words: a
// nationality is none ("the British Chamber of Commerce"), nor is an English word alone ("the
// Central Public Library").
func townsOfInstitutions(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	var drop []int // the model's findings that give way, by index
	for i, t := range toks {
		// each word asked by its first byte and its length, then the map: a search per phrase had
		// read the text once for each, half a per cent of the model's time on a 2 KB message
		if n := t.End - t.Start; n >= 32 || bodyShapes[text[t.Start]]&(1<<n) == 0 || !bodyWords[text[t.Start:t.End]] {
			continue
		}
		if f, r, ok := townOfBranchAt(text, fs, t.Start); ok {
			shapes = append(shapes, f)
			if r >= 0 {
				drop = append(drop, r)
			}
			continue
		}
		inst := ""
		for _, p := range townInstitutions {
			if strings.HasSuffix(text[:t.End], p) && (t.End == len(text) || !isLetterStart(text[t.End])) {
				inst = p
				break
			}
		}
		k := t.End - len(inst) - 1 // the space before the body
		if inst == "" || k <= 0 || text[k] != ' ' || i == 0 {
			continue
		}
		start := wordRunBefore(text, k, 3, func(w string) bool { return startsUpper(w) && w != "The" })
		if start == k || !(start == 0 || sentenceBoundaryBefore(text, start)) && !institutionLeads[asciiWordBefore(text, start, false)] {
			continue
		}
		if v := text[start:k]; !birthTown(v) || nrpSet[v] || inCode(text, start) {
			continue
		}
		if r := spanIndex(fs, k+1, t.End, redact.StreetAddress); r >= 0 && fs[r].Source == redact.SourceModel {
			drop = append(drop, r) // the body alone read as a street after its town: "Erin Ville Crown Court", "Crown Court" at 0.61 (not "lives on Crown Court")
		}
		if !doubtedInside(fs, start, k) {
			r := ranOnInto(fs, start, t.End)
			if r < 0 {
				continue
			}
			drop = append(drop, r)
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: k, Score: placeAfterScore, Source: redact.SourceModel})
	}
	if len(drop) > 0 {
		for _, r := range drop {
			fs[r].End = -1 // marked once every lookup is done
		}
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.End < 0 })
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	shapes = slices.CompactFunc(shapes, func(a, b redact.Finding) bool { return a.Start == b.Start && a.End == b.End })
	return replaceInside(fs, shapes)
}

// spanIndex returns the index of a finding of type typ in fs over exactly [start, end), or -1
// (findingAt, the items', returns the first finding at start itself).
func spanIndex(fs []redact.Finding, start, end int, typ string) int {
	for i := near(fs, start); i < len(fs) && fs[i].Start <= start; i++ {
		if f := fs[i]; f.Start == start && f.End == end && f.Type == typ {
			return i
		}
	}
	return -1
}

// branchLeads name a firm's branch before its town in German, Spanish, Italian, Dutch, French and
// Portuguese, and German offices of the state: "aus der Filiale Kamenz", "sucursal de Getafe",
// "vestiging Zwolle", "Finanzamt Helmstedt" (stop 62).
var branchLeads = []string{"Filiale", "Zweigstelle", "Niederlassung", "sucursal de", "Sucursal de", "filiale di", "Filiale di", "vestiging", "Vestiging",
	"agence de", "Agence de", "succursale de", "filial de", "Filial de", "balcão de",
	// and the German state's offices named by their town ("Steuernummer … für Apostolos Klemm,
	// Finanzamt Helmstedt")
	"Finanzamt", "Amtsgericht", "Landgericht", "Standesamt", "Jobcenter"}

// townOfBranchAt returns the place of the capitalised words (and particles) after one of
// branchLeads, the longest that opens a word at text[at], where nothing sure was found there or
// a person over the lead and the words, whose index it returns too (else -1): one to four words, each
// written as a name is or a particle, none an organisation's word.
func townOfBranchAt(text string, fs []redact.Finding, at int) (redact.Finding, int, bool) {
	if at > 0 && text[at-1] != ' ' && text[at-1] != '\n' {
		return redact.Finding{}, -1, false
	}
	leadAt := at
	e := -1
	for _, lead := range branchLeads {
		if strings.HasPrefix(text[at:], lead) && len(lead) > e-at {
			e = at + len(lead) // the longest: "Filiale di" over "Filiale"
		}
	}
	if e < 0 || e+1 >= len(text) || text[e] != ' ' {
		return redact.Finding{}, -1, false
	}
	at = e + 1
	end := nameWords(text, at)
	for end > at && (text[end-1] == ',' || text[end-1] == '.') {
		end--
	}
	if end < len(text) && text[end] == '.' && end+1 < len(text) && isLetterStart(text[end+1]) {
		return redact.Finding{}, -1, false // a dotted abbreviation the words' reader stopped at: "St.Pete"
	}
	if end <= at || !branchPlace(text[at:end]) || inCode(text, at) {
		return redact.Finding{}, -1, false
	}
	r := -1
	if !doubtedInside(fs, at, end) {
		// a person read over the office's word and the town gives way: "Finanzamt Helmstedt"
		if r = spanIndex(fs, leadAt, end, redact.Person); r < 0 {
			return redact.Finding{}, -1, false
		}
	}
	return redact.Finding{Type: redact.Location, Start: at, End: end, Score: placeAfterScore, Source: redact.SourceModel}, r, true
}

// bodyWords holds the last words of townInstitutions and the first of branchLeads, and
// bodyShapes their lengths by their first bytes (a bit a length), which townsOfInstitutions asks
// of each word before the map.
var bodyWords, bodyShapes = func() (map[string]bool, [256]uint32) {
	m := map[string]bool{}
	var shapes [256]uint32
	add := func(w string) {
		m[w] = true
		shapes[w[0]] |= 1 << len(w)
	}
	for _, p := range townInstitutions {
		add(p[strings.LastIndexByte(p, ' ')+1:])
	}
	for _, p := range branchLeads {
		w, _, _ := strings.Cut(p, " ")
		add(w)
	}
	return m, shapes
}()

// branchSides name a branch by its side of town: no town.
var branchSides = wordSet("Nord Süd Ost West Mitte Zentrum Centro Norte Sur Este Oeste Noord Zuid Oost Centrum Nord-Est Sud Est Ouest")

// branchPlace reports the words of a branch's town: birthTown's up to three, or four with a
// particle among them ("Sankt Andrä im Lavanttal").
func branchPlace(v string) bool {
	if branchSides[v] {
		return false // "Die Filiale Nord": a side of town, no town
	}
	if birthTown(v) {
		return true
	}
	ws := strings.Fields(v)
	if len(ws) != 4 {
		return false
	}
	particle := false
	for _, w := range ws {
		switch {
		case nameParticles[w] || w == "im" || w == "am" || w == "an" || w == "der":
			particle = true
		case !nameLike(w) || companyWord(w):
			return false
		}
	}
	return particle
}

// sentenceBoundaryBefore reports a sentence's or a line's opening right before text[k]: a line
// break, or a full stop, a question or an exclamation mark and a space, or an opening quote.
func sentenceBoundaryBefore(text string, k int) bool {
	if k == 0 || text[k-1] == '\n' || text[k-1] == '"' || strings.HasSuffix(text[:k], "“") {
		return true
	}
	return k >= 2 && text[k-1] == ' ' && strings.IndexByte(".!?", text[k-2]) >= 0
}
