package ner

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Organisations the model types as people or places, finds in pieces or misses: their names
// end in a business's or an institution's kind, which the rules of this file read (tidy,
// joinOrganisations and orgsByShape run them).

// orgEndWords end the names of businesses and institutions: the organisation suffixes the
// model's gazetteer has, and more that name a trade.
var orgEndWords = func() map[string]bool {
	// a doctors' practice ("Oakwood Surgery") and businesses that are places too, which a
	// person's name may not end in but a place may ("MCM restaurant")
	m := wordSet("surgery practice studio studios bakery cafe café restaurant pharmacy brewery")
	for w := range tradeWords {
		m[w] = true
	}
	for _, w := range orgSuffixes {
		m[strings.ToLower(strings.ReplaceAll(w, ".", ""))] = true // "S.A." is "sa"
	}
	return m
}()

// legalForms are the legal forms of companies and associations that end their names, as they
// are written (case counts: "AS" is Norway's, "as" a word): Germany's KG, GbR, OHG, UG, e.V.,
// Spain's S.L., S.L.U., S.L.N.E., S.Com., S.Coop., S.A.U., France's S.A.R.L., Italy's S.r.l. and SpA, Czechia's s.r.o. and a.s.,
// Poland's partnerships Sp.j., Sp.k., Sp.p. and S.K.A.,
// Hungary's Kft. and Zrt., Finland's Ky, Oyj and ry, Denmark's ApS and A/S, Norway's AS, the
// EU's SE, France's SNC and EURL, Portugal's and Brazil's Lda and Ltda, Malaysia's Bhd,
// Indonesia's PT and Tbk, the Balkans' d.o.o. and d.d., Bulgaria's AD, EOOD and OOD, and the
// common ones (AG, GmbH, S.A., AB, Oy, BV, NV, LLC, Ltd, PLC, LLP, Pty).
var legalForms = withUndotted(wordSet("j.d.o.o. s.c. Sp.k. Sp.j. Sp.p. S.K.A. S/A HB RFH BA Kht. Лтд KG GbR OHG UG eG e.V. KGaA S.L. SL S.L.U. S.L.N.E S.L.N.E. S.L.L. S.Com. S.C. S.R.L. S.r.l. s.r.l. Srl SRL s.r.o. a.s. " +
	"S.A.R.L. SARL S.Coop. S.A.U. " +
	"Kft. Zrt. Bt. Ky Oyj ry ApS A/S AS SE S.A.S. SNC EURL Lda Lda. Ltda Ltda. Bhd PT Tbk d.o.o. d.d. AD EOOD OOD SPA S.p.A. SpA " +
	"AG GmbH mbH S.A. SA AB Oy BV NV B.V. N.V. Inc. Inc LLC Ltd Ltd. PLC plc LLP Pty " +
	// Turkey's A.Ş., Tic. (ticaret) and Şti. (şirketi), Romania's SCS and SCA, Finland's Osk,
	// Spain's S.C.P., S.A.T. and S.L.P. (a professional firm's)
	"A.Ş. Tic. Şti. SCS SCA Osk S.C.P. S.A.T. S.L.P. SLP " +
	// Azerbaijan's MMC, QSC and ASC, the Netherlands' and Belgium's VOF, Vietnam's TNHH, and
	// Greece's Α.Ε., Α.Β.Ε.Ε., Ο.Ε., Ε.Ε., Ε.Π.Ε. and Ι.Κ.Ε. (stop 36)
	"MMC QSC ASC VOF TNHH Α.Ε. Α.Β.Ε.Ε. Ο.Ε. Ε.Ε. Ε.Π.Ε. Ι.Κ.Ε. " +
	// Switzerland's Sàrl, Mexico's A.C. (an association)
	"Sàrl Sàrl. A.C. " +
	// Peru's sole proprietor's and closed companies (stop 37)
	"EIRL E.I.R.L. S.A.C. " +
	// Belgium's CommV (a limited partnership), Slovenia's s.p. (a sole trader's) and Armenia's
	// ՍՊԸ, ՓԲԸ, ԲԲԸ and ՀՁ (stop 57)
	"CommV s.p. ՍՊԸ ՓԲԸ ԲԲԸ ՀՁ " +
	// and Bulgaria's in Cyrillic letters (stop 62: "Чуков Пътечкова КД", "Манавски КДА", read as persons)
	"ЕТ ЕООД ООД АД ЕАД КД КДА СД АДСИЦ"))

// legalTails follow a company's legal form or name as part of it: Mexico's variable capital
// ("S.A. de C.V.", "S. de R.L. de C.V."), Brazil's micro and small firms after a dash ("Pires
// Moraes - ME", "- EPP", "- EIRELI"), Indonesia's state firm and listing ("PT Hardiansyah
// (Persero) Tbk").
var legalTails = slices.Concat([]string{" de C.V.", " de R.L. de C.V."}, brazilianTails, []string{" (Persero) Tbk", " (Persero)", " Tbk"})

// brazilianTails are the legalTails of Brazil's firms after a dash, which make a firm of the
// capitalised words before them whatever the model read there (brazilianFirms).
var brazilianTails = []string{" - ME", " - EPP", " - EIRELI", " - MEI", " - EI"}

// brazilianFirms makes an organisation of the capitalised words before one of brazilianTails
// (wordRunBefore: particles between them, none opening the firm) where the model found a person,
// a place or nothing there (stop 59: "Trabalho na Padaria Silva - ME", a person; "gerente da
// Sales da Mota - ME", nothing); a finding that crosses the firm, or is not the model's, keeps
// it.
func brazilianFirms(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " - ") {
		return fs
	}
	var shapes []redact.Finding
	for _, t := range brazilianTails {
		for k := range occurrences(text, t) {
			e := k + len(t)
			if e < len(text) && isLetterStart(text[e]) {
				continue
			}
			start := wordRunBefore(text, k, 4, startsUpper)
			if start == k {
				continue
			}
			crossed := false
			for _, f := range fs[near(fs, start):] {
				if f.Start >= e {
					break
				}
				crossed = crossed || f.End > start && (f.Start < start || f.End > e || f.Source != redact.SourceModel)
			}
			if !crossed {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: e, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// wordRunBefore returns where the one to most words of letters (wordBefore) right before text[k],
// a space, begin that ok accepts, particles between them but none first ("da Sales da Mota" →
// "Sales da Mota"); k when there are none. Brazil's firms, the towns before courts and a chat's
// members read their names so (stop 59).
func wordRunBefore(text string, k, most int, ok func(string) bool) int {
	start := k
	for at, words := k+1, 0; words < most; words++ { // wordBefore reads back from after a space
		w, ws := wordBefore(text, at)
		if w == "" || !ok(w) && !(words > 0 && nameParticles[w]) {
			break
		}
		at = ws
		if !nameParticles[w] {
			start = ws // (a particle opens no run)
		}
	}
	return start
}

// orgLegalTails extends an organisation over one of legalTails right after it (stop 36), after
// brazilianFirms has made its firms.
func orgLegalTails(text string, fs []redact.Finding) []redact.Finding {
	fs = brazilianFirms(text, fs)
	for i := range fs {
		f := &fs[i]
		if f.Type != redact.Organization {
			continue
		}
		for _, t := range legalTails {
			if e := f.End + len(t); strings.HasPrefix(text[f.End:], t) && (e == len(text) || !isLetterStart(text[e])) && (i+1 == len(fs) || fs[i+1].Start >= e) {
				f.End = e
				break
			}
		}
	}
	return fs
}

// writtenLegalForm reports a legal form that ends a company's name whatever came before it: one
// of legalForms of three letters or more, or with a dot in it ("KGaA", "S.A.R.L", "S.Com"); two
// capitals alone ("AS", "SE", "PT") are as often words or codes.
func writtenLegalForm(w string) bool {
	return legalForms[w] && (len(w) >= 3 || strings.IndexByte(w, '.') >= 0)
}

// shortLegalForm reports a legal form of two capitals at toks[i] ("KG", "AG", "HB", "SA") right
// after a family name of the lists on its line, and before the line's or the sentence's end, a
// word in lower case or a closing bracket: "Finke KG", "Jonsson Holmgren HB", "Guillet Lenoir
// SA." (stop 34). Elsewhere two capitals are as often a code, a word or an author's initials
// ("Garnier É, Potier SA, Lucas V.").
func shortLegalForm(text string, toks []Token, i int) bool {
	w := text[toks[i].Start:toks[i].End]
	if len(w) != 2 || !legalForms[w] || !capitals(w) || i == 0 || toks[i].NewlineBefore || toks[i].Attached ||
		!familyWord(text[toks[i-1].Start:toks[i-1].End]) {
		return false
	}
	if n := i + 1; n < len(toks) && !toks[n].NewlineBefore {
		next := text[toks[n].Start:toks[n].End]
		return toks[n].Attached && (next == "." || next == ")" || next == ";") || !toks[n].Attached && lowerStart(next)
	}
	return true
}

// withUndotted adds to set each of its words that ends in a full stop without it ("S.L" for
// "S.L.", where a full stop was trimmed off as the sentence's), and returns set.
func withUndotted(set map[string]bool) map[string]bool {
	for w := range set {
		if len(w) > 2 && w[len(w)-1] == '.' {
			set[w[:len(w)-1]] = true
		}
	}
	return set
}

// legalEnding reports a span of two words or more whose last word is a legal form.
func legalEnding(span string) bool {
	k := strings.LastIndexByte(span, ' ')
	if k <= 0 {
		return false
	}
	last := span[k+1:]
	return legalForms[last] || upperLegalForms[strings.TrimSuffix(last, ".")] && capitals(span) // "SCHEIBE GBR", "BERNARD RAYNAUD S.A.S."
}

// legalFormAfter returns where a legal form written right after text[:end] ends ("Schomber
// Salz" + " AG"), or end when there is none.
func legalFormAfter(text string, end int) int {
	if end+2 >= len(text) || text[end] != ' ' {
		return end
	}
	e := end + 1
	for e < len(text) && text[e] != ' ' && text[e] != ',' && text[e] != '\n' && text[e] != ')' && text[e] != ';' && text[e] != ':' {
		e++
	}
	for e > end+1 && !legalForms[text[end+1:e]] && (text[e-1] == '.' || text[e-1] == '!' || text[e-1] == '?') {
		e-- // the sentence's full stop after a form without one ("… Ky.")
	}
	if !legalForms[text[end+1:e]] {
		return end
	}
	return e
}

// tradeWords end the names of businesses and never of places: a place the model found that
// ends in one is the business ("Meridian Analytics").
var tradeWords = wordSet("traders trading logistics lab labs farms foods media " +
	// those who book travel: "Scott Travel" (hotels are places: careInstitutions)
	"travel tours " +
	"ventures software networks builders construction imports exports supplies freight transport realty properties " +
	"analytics dynamics robotics pharmaceuticals pharma technologies solutions systems consulting industries enterprises " +
	"diagnostics insurance landscaping plumbing roofing organics dental dentistry partners management holdings " +
	"investments motors airlines airways apparel cosmetics biotech therapeutics telecom electronics " +
	// a practice named for its specialty ("Bayview Pediatrics", "Lakeside Orthopedics")
	"pediatrics paediatrics cardiology dermatology orthopedics orthopaedics radiology oncology physiotherapy chiropractic " +
	"optometry orthodontics urology neurology obstetrics gynecology psychiatry counseling counselling veterinary " +
	// Turkish trades: "Acıbadem Sağlık Hizmetleri", "Güneş Ekspres Havacılık"
	"hizmetleri havacılık sanayi ticaret holding inşaat gıda tekstil otomotiv lojistik bilişim " +
	// lodging (stop 28: "Hays Hotel confirmed your stay", "Little Suites")
	"hotel inn suites resort motel hostel")

// tradeEnding reports a span of two words or more whose last word is a trade's.
func tradeEnding(span string) bool {
	last, ok := lastWord(span)
	return ok && foldIn(tradeWords, last)
}

// orgEnding reports a span of two words or more whose last word ends a business's or an
// institution's name ("Northwind Traders", "Zenith Bank", "Finanzas Globales S.A.").
func orgEnding(span string) bool {
	last, ok := lastWord(span)
	if strings.IndexByte(last, '.') >= 0 {
		last = strings.ReplaceAll(last, ".", "") // "S.A.", "Inc."
	}
	return ok && foldIn(orgEndWords, last)
}

// lastWord returns the last word of a span of two words or more.
func lastWord(span string) (string, bool) {
	k := strings.LastIndexAny(span, " \t")
	if k <= 0 {
		return "", false
	}
	return span[k+1:], true
}

// joinOrganisations extends an organisation or a place over the capitalised words after it on
// its line, up to three, when the last of them ends an organisation's name: "Korle Bu" and
// "Teaching" become "Korle Bu Teaching Hospital", "Lagos" becomes "Lagos Code Lab", an
// organisation; and an organisation over a legal suffix after a comma ("Co., Ltd."). Findings
// inside join it. fs is in start order, and so is the result.
func joinOrganisations(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0] // written behind the reads
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if f.Type == redact.Organization || f.Type == redact.Location {
			end, at := f.End, f.End
			for words := 0; words < 3 && at+1 < len(text) && text[at] == ' '; words++ {
				w, e := wordAt(text, at+1)
				r, _ := utf8.DecodeRuneInString(w)
				if w == "" || !unicode.IsUpper(r) {
					break
				}
				if e < len(text) && text[e] == '\'' { // "Children's"
					if w2, e2 := wordAt(text, e+1); w2 == "s" {
						e = e2
					}
				}
				at = e
				if foldIn(orgEndWords, w) {
					end = e
				}
			}
			if end > f.End {
				f.End, f.Type = end, redact.Organization
				for i+1 < len(fs) && fs[i+1].Start < end {
					i++
					f.End = max(f.End, fs[i].End)
					f.Score = max(f.Score, fs[i].Score)
				}
			}
			if end := legalSuffixAfter(text, f.End); end > f.End && f.Type == redact.Organization {
				f.End = end // "Huaqiang Electronics Co., Ltd.": what the model made of the suffix joins it
				for i+1 < len(fs) && fs[i+1].Start < end {
					i++
					f.End = max(f.End, fs[i].End)
				}
			}
		}
		if f.Type == redact.Organization && orgEnding(text[f.Start:f.End]) {
			// the name's first words, which the model gave another type or none: "Acme" +
			// "Widgets Ltd", "Melinda" + "Gates Foundation"
			if start := orgLead(text, f.Start); start < f.Start {
				own := f.Start
				f.Start = start
				for len(out) > 0 && out[len(out)-1].End > start && out[len(out)-1].Type != redact.StreetAddress {
					p := out[len(out)-1]
					out = out[:len(out)-1]
					f.Start, f.Score = min(f.Start, p.Start), max(f.Score, p.Score)
				}
				if n := len(out); n > 0 && out[n-1].End > f.Start {
					// an address kept among the lead's words: the name starts after it, so that
					// the findings stay in order and apart (a fuzzer's "Aa Aa … Aa AB")
					f.Start = min(skipBlanks(text, out[n-1].End), own)
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// legalSuffixes end a company's name after a comma: "Co., Ltd.", "Acme, Inc.". They are
// redact's legal forms, which type a payment party's name too.
var legalSuffixes = redact.LegalForms

// dottedLegalForms are the legal forms of Central European companies, written in lower case
// with dots after the name ("Kolářová Dvořák s.r.o.", "Bláha a.s.", "Novak d.o.o."), as the
// tokenizer leaves them (the last dot apart).
var dottedLegalForms = wordSet("s.r.o a.s o.s d.o.o j.d.o.o s.p d.d v.o.s k.s z.s o.p.s s.r.l s.a.s s.n.c e.G e.V s.c s.c.p")

// legalSuffixAfter returns the end of a legal suffix written after a comma at text[end] (", Ltd.",
// ", Inc"), or end.
func legalSuffixAfter(text string, end int) int {
	if end+2 >= len(text) || text[end] != ',' || text[end+1] != ' ' {
		return end
	}
	e := end + 2
	for e < len(text) && (isLetterStart(text[e]) || text[e] == '.') && e-end < 16 {
		e++
	}
	w := text[end+2 : e]
	if !foldIn(legalSuffixes, w) {
		if w = strings.TrimSuffix(w, "."); !foldIn(legalSuffixes, w) {
			return end
		}
		e-- // the period ends the sentence: "Acme, Inc." keeps it, "Acme, Ltd" did not have one
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return end
	}
	return e
}

// institutionWords name an institution's kind, in English (englishKinds) and other languages
// (Banco do Brasil, Université de Montréal, Ministerio de Salud, Stichting Brouwer, Grupo
// Samper, Koninklijke Philips): its name ends in one ("Acme
// Widgets Ltd", "TOYOTA MOTOR CORPORATION") or opens with one and "of" ("Ministry of Health",
// "University of Lagos").
var institutionWords = func() map[string]bool {
	m := wordSet("banco banque universidad université universität universidade università hôpital krankenhaus ministerio ministère " +
		"ministerium ministero instituto institut istituto fundación fondation fundação stiftung fondazione sociedad société gesellschaft " +
		"stichting vereniging koninklijke grupo gruppo groupe groep gruppe uitgeverij uitgeversgroep industrias construcciones " +
		// Spanish businesses named by their kind first: "Despacho Brito y Tamayo", "Laboratorios Orosco"
		"despacho laboratorios proyectos corporación inversiones comercializadora distribuidora")
	for w := range englishKinds {
		m[w] = true
	}
	return m
}()

// kindLinks join an institution's kind to its name: "of", and its like in other languages,
// with their articles ("Ministère de la Santé").
var kindLinks = wordSet("of de do da dos das del di della des du der für for")

// articles may follow a kind's link: "Ministère de la Santé", "Bank of the West".
var articles = wordSet("the la le les l el")

// orgScore is the score of an organisation found by its shape.
const orgScore = 0.6

// orgsByShape finds organisations by the shape of their names: capitalised words ending in an
// institution's kind ("Acme Widgets Ltd", "TOYOTA MOTOR CORPORATION"), a kind, "of" (or its like)
// and capitalised words ("Ministry of Health", "Banco do Brasil", "Université de Montréal"), or a
// kind in another language than English and the capitalised words after it ("Banco
// Santander"). What the model found inside such a name (a place "Montréal") gives way to it; a
// name that a finding crosses is left. fs is in start order, and so is the result.
func orgsByShape(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var buf [8]redact.Finding
	shapes := buf[:0]
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	capital := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(word(k))
		return unicode.IsUpper(r)
	}
	// capitalsAfter returns the last of up to three capitalised words from toks[n] on its line,
	// and of the partners a firm's link joins after them ("Despacho Brito y Tamayo")
	capitalsAfter := func(n, limit int) int {
		k := n
		for k+1 < len(toks) && k < limit && capital(k+1) && !toks[k+1].NewlineBefore && !toks[k+1].Attached {
			k++
		}
		if k+2 < len(toks) && (firmLinks[word(k+1)] || word(k+1) == "&") && capital(k+2) && !toks[k+1].NewlineBefore && !toks[k+2].NewlineBefore {
			k += 2
		}
		return k
	}
	// particlesAfter returns the first token after up to two family-name particles from toks[n]
	// on, in lower case and on n's line ("van der"), or n
	particlesAfter := func(n int) int {
		k := n
		for k < len(toks) && k < n+2 && nameParticles[word(k)] && !toks[k].NewlineBefore && !toks[k].Attached {
			k++
		}
		if k == len(toks) || toks[k].NewlineBefore {
			return n
		}
		return k
	}
	// particlesBefore returns the first of up to two particles in lower case before toks[k] on
	// its line, or k
	particlesBefore := func(k int) int {
		p := k
		for p > 0 && p > k-2 && nameParticles[word(p-1)] && !toks[p].NewlineBefore && !toks[p-1].Attached {
			p--
		}
		return p
	}
	for i := 0; i < len(toks); i++ {
		w := strings.TrimSuffix(word(i), ".")
		dotted := dottedLegalForms[w]
		if !dotted && !capital(i) || len(shapes) > 0 && shapes[len(shapes)-1].End > toks[i].Start {
			continue
		}
		kind := orgKind(w)
		if kind == 0 && (writtenLegalForm(word(i)) || shortLegalForm(text, toks, i)) {
			kind = kindInstitution // "Is Ladeck KGaA hiring?", "from Ferrand S.A.R.L.", "Finke KG"
		}
		slashEnd := -1 // Denmark's A/S and Brazil's S/A, which the tokenizer splits before the slash
		if (w == "A" || w == "S") && i+1 < len(toks) && toks[i+1].Attached && legalForms[text[toks[i].Start:toks[i+1].End]] &&
			(i+2 == len(toks) || !toks[i+2].Attached || !isLetterStart(text[toks[i+2].Start])) {
			kind, slashEnd = kindInstitution, toks[i+1].End
		}
		trade := !dotted && kind == kindTrade
		if !dotted && kind == 0 && (w != "Home" || i == 0 || !careHomes[word(i-1)]) { // "Sunrise Care Home"
			continue
		}
		start, end := -1, toks[i].End
		if slashEnd > 0 {
			end = slashEnd
		}
		n := i + 2
		if n+1 < len(toks) && kindLinks[strings.ToLower(word(i+1))] && articles[strings.ToLower(word(n))] {
			n++
		}
		switch {
		case !dotted && !trade && n < len(toks) && kindLinks[strings.ToLower(word(i+1))] && capital(n) && !toks[i+1].NewlineBefore && !toks[n].NewlineBefore:
			start, end = toks[i].Start, toks[capitalsAfter(n, n+2)].End // "Ministry of Health"
			// and capitalised words before the kind after a word that puts a business after it
			// (stop 62: "Invoice from National Computer Corporation of the Philippines")
			m := i
			for m-1 > 0 && i-m < 3 && capital(m-1) && !isTitle(word(m-1)) && !toks[m-1].NewlineBefore && !toks[m-1].Attached {
				m--
			}
			if m < i && m > 0 && foldIn(businessLeads, word(m-1)) && !toks[m].NewlineBefore {
				start = toks[m].Start
			}
		case !dotted && !trade && i+1 < len(toks) && !foldIn(englishKinds, w) && capital(i+1) && !toks[i+1].NewlineBefore && !toks[i+1].Attached &&
			(!capitals(word(i)) || capitals(word(i+1))): // one case for the whole name: "DONO:GRUPO Conexão" is a label's value
			start, end = toks[i].Start, toks[capitalsAfter(i+1, i+2)].End // "Banco Santander"
		case !dotted && !trade && !foldIn(englishKinds, w) && !capitals(word(i)) && particlesAfter(i+1) > i+1 && capital(particlesAfter(i+1)):
			// particles between the kind and the name: "Koninklijke van der Laan", "Stichting van Landen"
			n := particlesAfter(i + 1)
			start, end = toks[i].Start, toks[capitalsAfter(n, n+1)].End
		default:
			k, linked := i, false // "Acme Widgets Ltd"; linked: a firm's link read
			if k > 1 && word(k-1) == "," && toks[k-1].Attached && foldIn(legalSuffixes, word(k)) && !toks[k].NewlineBefore {
				k-- // "Acme, Inc.": the comma before a legal suffix
			}
			for k > 0 && k > i-4 && !toks[k].NewlineBefore && (!toks[k].Attached || k < i) {
				if capital(k-1) && !foldIn(commonSet, word(k-1)) && !isTitle(word(k-1)) && !commonLower(word(k-1)) {
					k--
					continue
				}
				// a saint's possessive ("St. Mary's Hospital"), or a common word of a name after
				// one that is not ("Greenfield Care Hospital", "Kabul Medical University")
				if j := k - 1; j > 1 && (word(j) == "'s" || word(j) == "’s") && toks[j].Attached && capital(j-1) && !toks[j-1].NewlineBefore {
					k = j - 1
					if k > 1 && word(k-1) == "." && toks[k-1].Attached && (word(k-2) == "St" || word(k-2) == "Ste") {
						k -= 2 // "St."
					}
					continue
				}
				if j := k - 1; j > 0 && capital(j) && !isTitle(word(j)) && !foldIn(prepositions, word(j)) && !toks[j].NewlineBefore && !toks[j].Attached && i-j < 3 &&
					capital(j-1) && !foldIn(commonSet, word(j-1)) && !isTitle(word(j-1)) && !commonLower(word(j-1)) && !toks[j-1].NewlineBefore && !toks[j-1].Attached {
					// (a preposition is no common word of a name: "PICK UP OLLIE FROM SCHOOL", in capitals)
					k = j - 1
					continue
				}
				// a common word after a saint's possessive: "St. Vincent's Medical Center"
				if j := k - 1; j > 2 && capital(j) && !isTitle(word(j)) && !toks[j].NewlineBefore && !toks[j].Attached && i-j < 3 &&
					(word(j-1) == "'s" || word(j-1) == "’s") && toks[j-1].Attached && capital(j-2) && !toks[j-2].NewlineBefore {
					k = j
					continue
				}
				// a firm of partners or of a family, in its own language: "Fekete és Nagy Kft.",
				// "Papp és társa Nyrt.", "Dubois et Fils SARL"
				// ("&" only after one name: "Kjær & Søn A/S", "Olesen & Ravn A/S"; two people's full
				// names, "Lara Kadija & Vedran Tomičić LLP", are left to the model)
				if j := k - 1; j > 0 && (firmLinks[word(j)] && (word(j) != "&" || k == i-1) || firmKin[word(j)]) && !toks[j].NewlineBefore {
					if firmKin[word(j)] && j > 1 && firmLinks[word(j-1)] {
						j--
					}
					if j > 0 && capital(j-1) && !foldIn(commonSet, word(j-1)) && !commonLower(word(j-1)) && !toks[j].NewlineBefore {
						k, linked = j-1, true
						continue
					}
				}
				// the partners before the last two, after commas: "Soffici, Antonacci e Vitturi s.r.l."
				if j := k - 1; linked && j > 0 && word(j) == "," && toks[j].Attached && capital(j-1) && !foldIn(commonSet, word(j-1)) && !commonLower(word(j-1)) && !toks[j-1].NewlineBefore {
					k = j - 1
					continue
				}
				break
			}
			if p := particlesBefore(k); p < k && k < i && !toks[k].NewlineBefore {
				// a family name's particles open the name ("van Nus Groep"), or join a word
				// before them to it ("Servicios del Norte S.Coop."); a given name before them
				// opens a person's name ("Françoise de Perrin & Amélie LLP"), which stays the model's
				j := p - 1
				if j < 0 || !givenNames(word(j)) {
					k = p
				}
				if k == p && j >= 0 && capital(j) && !toks[p].NewlineBefore && !foldIn(commonSet, word(j)) && !isTitle(word(j)) && !commonLower(word(j)) && !foldIn(prepositions, word(j)) {
					k = j
				}
			}
			if !dotted && !toks[k].NewlineBefore {
				// common capitalised words before a trade's word or the name's kind, after a word
				// that puts a business after it: "her pediatrician is at Kids First Pediatrics",
				// "from Bright Smiles Dental", "contractor Bright Roofing LLC" (stop 55: "Bright"
				// had been left out); four since stop 62 ("Invoice from Oriental Silver World Shipping
				// Inc.", "with Rising Star Sun Trust Inc.", only their last words found; three in capitals,
				// where a table of names in capitals made firms of "… FOR CONTACTTETRAGRAM FOR HOLDING")
				m := k
				for n := 0; n < 4 && m > 0 && (n < 3 || !capitals(word(m-1))) && capital(m-1) && !isTitle(word(m-1)) && !foldIn(monthNames, word(m-1)) && !foldIn(weekdaySet, word(m-1)) &&
					!toks[m-1].NewlineBefore && !toks[m-1].Attached; n++ {
					m--
				}
				// or opening the sentence after a legal form, the first no word of English
				// ("Phillips Star Genesis Enterprise Inc. announced record profits", stop 62)
				if m < k && (m > 0 && foldIn(businessLeads, word(m-1)) || foldIn(legalSuffixes, word(i)) && sentenceOpens(text, toks, m) && !englishWord(word(m)) && !dictionaryWord(word(m))) && !toks[m].NewlineBefore {
					k = m
				}
			}
			if word(k) == "," {
				continue // nothing capitalised before the comma
			}
			if i+1 < len(toks) && word(i+1) == "." && toks[i+1].Attached &&
				(foldIn(legalSuffixes, text[toks[i].Start:toks[i+1].End]) || strings.IndexByte(word(i), '.') > 0) {
				// "Inc.", which the model may have read as a word of its own, and the last dot
				// of a form written with dots ("s.r.l.", "S.Coop."), which the tokenizer leaves apart
				end = toks[i+1].End
			}
			if k == i || trade && humped(text[toks[k].Start:toks[i].Start]) {
				continue // a trade's word after code's ("HttpClient Transport")
			}
			if trade && k == i-1 && sentenceOpens(text, toks, k) && dictionaryWord(word(k)) && !orgAt(fs, toks[k].Start) &&
				i+1 < len(toks) && !toks[i+1].NewlineBefore && lowerStart(word(i+1)) { // a sentence going on; "Helix Biotech," on a line of its own is a name
				continue // "Mental Health matters.": a word that opens a sentence, and the trade's, which the model did not call a business
			}
			start = toks[k].Start
			if trade && capitals(word(i)) && lineCaseAt(text, toks[i].Start) == 'u' {
				// a line in capitals capitalises every word: a trade's name needs a word before
				// the trade's that no dictionary holds ("ACME PLUMBING"; not "BETTER HEATING
				// SOLUTIONS", "FIXED THE HEATING")
				named := false
				for m := k; m < i && !named; m++ {
					named = !englishWord(word(m)) && !dictionaryWord(word(m))
				}
				if !named {
					continue
				}
			}
		}
		if n := len(shapes); n > 0 && start <= shapes[n-1].Start {
			shapes = shapes[:n-1] // a trade's name that a legal form follows is one name with it: "Bright Roofing LLC"
		}
		shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(townsAfterShapes(text, fs, shapes), shapes)
}

// townsAfterShapes cuts a finding of the model's that starts inside one of shapes and runs on
// past its end over a comma into the town after it ("University of Tracytown, West Joshuamouth":
// the model's organisation "Tracytown, West Joshuamouth"), so that the shape can replace what
// lies inside it: the finding ends with the shape, and its words after the comma are a place.
// fs and shapes are in start order, and so is the result.
func townsAfterShapes(text string, fs, shapes []redact.Finding) []redact.Finding {
	if !slices.ContainsFunc(shapes, func(sh redact.Finding) bool { return strings.HasPrefix(text[sh.End:], ", ") }) {
		return fs // no shape before a comma: nothing to cut (most texts)
	}
	var out []redact.Finding // nil until a finding is cut
	for i, f := range fs {
		k, _ := slices.BinarySearchFunc(shapes, f.Start+1, func(sh redact.Finding, at int) int { return sh.Start - at })
		cut := k > 0
		if cut {
			sh := shapes[k-1] // the last shape that starts at or before f
			cut = f.Source == redact.SourceModel && f.Type != redact.StreetAddress && f.Start < sh.End && f.End > sh.End+2 &&
				strings.HasPrefix(text[sh.End:], ", ") && !strings.ContainsAny(text[sh.End:f.End], "0123456789\n") && startsUpper(text[sh.End+2:f.End])
			if cut {
				if out == nil {
					out = slices.Clone(fs[:i])
				}
				out = append(out, redact.Finding{Type: f.Type, Start: f.Start, End: sh.End, Score: f.Score, Source: f.Source},
					redact.Finding{Type: redact.Location, Start: sh.End + 2, End: f.End, Score: f.Score, Source: f.Source})
				continue
			}
		}
		if out != nil {
			out = append(out, f)
		}
	}
	if out == nil {
		return fs
	}
	sortFindings(out)
	return out
}

// careInstitutions makes a place of a name the model found as a person or a digitless address
// (or cut short as one) that ends in the name of a place of care or of a place to stay, or that
// stops a word or two before its end ("Andrewborough Regional Medical" before "Center", an
// address; "St. Timothy Hospice", a person "Timothy Hospice"; "Moore Suites", "Hotel Baker",
// persons). Such facilities are places, as clinical de-identification counts them (i2b2's
// HOSPITAL is a location) and as WNUT labels hotels, and their names often carry a town's
// ("Yolandaburgh Regional Medical Center", "Jesushaven Grand Hotel"): as places they stay masked
// under the hipaa preset, which lets organisations through (a first version that made them
// organisations let such towns through there). What the model found as a place stays one, and
// what orgsByShape read as an organisation before this rule runs stays one ("St. Mary's
// Hospital", as before). A model's one-word organisation or place right before the name, one
// space away, joins it ("South" and "Lauren Urgent Care"), as does a saint's "St." and "The". An
// address the model ran on from the name to its street ("Green Pediatrics, 3536 Valencia Rapid,
// …") keeps the street, the name apart.
func careInstitutions(text string, fs []redact.Finding) []redact.Finding {
	var out []redact.Finding // nil until a finding changes
	for i := range fs {
		f := fs[i]
		end, split := careNameEnd(text, f)
		if end < 0 {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]redact.Finding, 0, len(fs)+1), fs[:i]...)
		}
		place := f
		place.Type, place.End = redact.Location, end
		if n := len(out); n > 0 && out[n-1].Source == redact.SourceModel && (out[n-1].Type == redact.Organization || out[n-1].Type == redact.Location) &&
			out[n-1].End+1 == f.Start && text[out[n-1].End] == ' ' && !strings.Contains(text[out[n-1].Start:out[n-1].End], " ") {
			place.Start = out[n-1].Start // "South" + "Lauren Urgent Care"
			out = out[:n-1]
		}
		for _, st := range [...]string{"St. ", "Saint ", "St ", "The "} {
			if place.Start >= len(st) && text[place.Start-len(st):place.Start] == st && (place.Start == len(st) || !isLetterStart(text[place.Start-len(st)-1])) {
				place.Start -= len(st)
			}
		}
		out = append(out, place)
		if split > 0 {
			rest := f
			rest.Start = split
			out = append(out, rest) // the street after the name
		}
	}
	if out == nil {
		return fs
	}
	sortFindings(out)
	return out
}

// careNameEnd returns where the name of a place of care that f holds, or that f stops short of,
// ends, and where an address f runs on into after it starts (0 if none); -1 when f is no such
// name.
func careNameEnd(text string, f redact.Finding) (int, int) {
	if f.Source != redact.SourceModel {
		return -1, 0
	}
	span := text[f.Start:f.End]
	switch f.Type {
	case redact.Location:
		return -1, 0 // a place the model found stays one: the hipaa preset masks places, and lets organisations through
	case redact.Person:
		if strings.ContainsAny(span, "0123456789\n,") || strings.IndexByte(span, ' ') < 0 {
			return -1, 0
		}
	case redact.StreetAddress:
		if k := strings.Index(span, ", "); k > 0 && !strings.ContainsAny(span[:k], "0123456789\n") && k+2 < len(span) && isDigitByte(span[k+2]) {
			if e, _ := careNameEnd(text, redact.Finding{Type: redact.Person, Start: f.Start, End: f.Start + k, Source: f.Source}); e == f.Start+k {
				return e, f.Start + k + 2 // "Green Pediatrics, 3536 Valencia Rapid, …"
			}
			return -1, 0
		}
		if strings.ContainsAny(span, "0123456789\n,") {
			return -1, 0
		}
	default:
		return -1, 0
	}
	// the last two words, as the text holds them (with one space between: no copies)
	ls := strings.LastIndexByte(span, ' ') + 1
	last := span[ls:]
	pair := ""
	if ls > 0 {
		pair = span[strings.LastIndexByte(span[:ls-1], ' ')+1:]
	}
	if ls > 0 && (careKinds[last] || carePairs[pair] || lodgingKinds[last]) {
		return f.End, 0
	}
	if ls > 0 && strings.HasPrefix(span, "Hotel ") && f.Type != redact.StreetAddress {
		return f.End, 0 // "Hotel Baker", as Europe names them
	}
	if f.End+1 >= len(text) || text[f.End] != ' ' {
		return -1, 0
	}
	if c := text[f.End+1]; c < 'A' || c > 'Z' {
		return -1, 0 // every kind is capitalised: told before the word is read
	}
	next, nextEnd := wordAt(text, f.End+1)
	if next == "" {
		return -1, 0
	}
	if carePairs[text[f.Start+ls:nextEnd]] || (careKinds[next] || lodgingKinds[next]) && f.Type != redact.Person {
		return nextEnd, 0 // "Lake Dustinside Urgent" + "Care", "Riverachester General" + "Hospital"
	}
	return -1, 0
}

// lodgingKinds end the name of a place to stay, a business as places of care are: "Moore Suites",
// "The Harris Inn", "West Crystal Grand Hotel".
var lodgingKinds = wordSet("Hotel Hotels Inn Suites Resort Motel Hostel Lodge Guesthouse HOTEL INN RESORT")

// careKinds end the name of a place of care; carePairs do in two words.
var careKinds = wordSet("Hospital Hospitals Clinic Clinics Infirmary Hospice Sanatorium Pediatrics Paediatrics Orthopedics Orthopaedics " +
	"Dermatology Cardiology Oncology Radiology Urology Neurology Ophthalmology Dialysis HOSPITAL CLINIC HOSPICE")

var carePairs = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"Urgent Care", "Medical Center", "Medical Centre", "Health Center", "Health Centre", "Health System", "Health Services",
		"Heart Institute", "Cancer Center", "Cancer Centre", "Cancer Institute", "Surgical Center", "Surgery Center", "Medical Group",
		"Medical Associates", "Family Practice", "Family Medicine", "Eye Institute", "Rehabilitation Center", "Nursing Home", "Care Home",
		"Memory Care", "Medical Clinic", "Dental Care"} {
		m[p] = true
	}
	return m
}()

// tradeKinds end the names of businesses and institutions as tradeWords do, but may end a
// place's name too ("Riverside Medical Center", "Lincoln Center"), so a place the model found
// ending in one stays a place; orgsByShape reads them after a name it did not find.
var tradeKinds = wordSet("center centre school elementary pharmacy trust group energy heating health healthcare")

// orgAt reports an organisation among fs (in start order) that starts at start.
func orgAt(fs []redact.Finding, start int) bool {
	k, _ := slices.BinarySearchFunc(fs, start, func(f redact.Finding, at int) int { return f.Start - at })
	for ; k < len(fs) && fs[k].Start == start; k++ {
		if fs[k].Type == redact.Organization {
			return true
		}
	}
	return false
}

// The kinds of organisation words that orgsByShape reads, in one table (orgKinds) so that a
// capitalised word costs one lookup.
const (
	kindTrade       = 1 // tradeWords and tradeKinds: "Robotics", "Center"
	kindInstitution = 2 // institutionWords: "Hospital", "Banco", "Ltd"
)

var orgKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range institutionWords {
		m[w] = kindInstitution
	}
	for _, set := range []map[string]bool{tradeWords, tradeKinds} {
		for w := range set {
			m[w] = kindTrade
		}
	}
	return m
}()

// orgKind returns the kind of organisation word w is, in any case, or 0.
func orgKind(w string) uint8 { return foldGet(orgKinds, w) }

// businessLeads put a business's name after them: "at Kids First Pediatrics", "from Bright Smiles
// Dental", "contractor Bright Roofing LLC".
var businessLeads = wordSet("at from with by for via contractor vendor supplier employer insurer carrier lender sponsor " +
	"to of") // stop 58: "forward the invoice to Blue Harbour Trading Limited", "the audit of Great Services Limited"

// careHomes open the kinds of homes that are institutions: "Care Home", "Nursing Home".
var careHomes = wordSet("Care Nursing Retirement Residential Funeral Children's")

// englishKinds are the institution words of English (and company suffixes), which the words
// after them do not name ("Bank Holiday", "University Avenue").
var englishKinds = wordSet("inc ltd limited incorporated llc gmbh plc corporation corp hospital university foundation bank clinic institute ministry " +
	"department council association society college academy agency ltda sarl kft zrt nyrt oyj bt kht kkt asa lda srl snc ry")

// firmLinks join the partners of a firm's name in its language, and firmKin name the family or the
// associates of a firm "and sons" ("Papp és társa", "Dubois et Fils", "Almeida e Filhos", "Calik-Trzop i
// syn", "Fernandez y asociados").
var (
	firmLinks = wordSet("és et e y i og und och en και և và &")
	firmKin   = wordSet("társa társai fils figli filhos hijos syn synowie søn sønner söner söhne zonen sons υιοί Fils Figli Filhos Hijos Søn Sons " +
		"asociados asociadas associados associés Asociados Associados Associés")
)

// cyrillicLegalForms open a company's name in Russian, Ukrainian, Belarusian and Kazakh, the name
// in guillemets or quotes after them: ООО «Ромашка», ЗАО «Абрамов-Блинов», ТОВ "Світанок".
var cyrillicLegalForms = []string{"ООО", "ЗАО", "ОАО", "ПАО", "АО", "НПО", "НАО", "ИП", "ТОО", "ТОВ", "ПАТ", "ПрАТ", "ПП", "ТзОВ", "ЧП", "УП", "ОДО", "РАО", "ФГУП", "МУП", "ГУП"}

// quotedCompanies finds a Cyrillic legal form and the quoted name after it (with a capital in
// it), up to its closing mark, as one organisation, over what the model made of its parts ("ЗАО" an organisation at
// 0.39, "Макарова Осипов" a person).
func quotedCompanies(text string, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, 0xD0) < 0 {
		return fs // no capital Cyrillic letter (U+0410–U+042F begin with this byte): no form to read
	}
	var shapes []redact.Finding
	for q := 0; q < len(text); {
		k := strings.IndexAny(text[q:], "«\"")
		if k < 0 {
			break
		}
		q += k
		closing := "»"
		if text[q] == '"' {
			closing = "\""
		}
		open := q + len(closing) // « and » are both two bytes
		if start := cyrillicFormBefore(text, q); start >= 0 {
			e := strings.Index(text[open:min(len(text), open+80)], closing)
			if e > 0 && !strings.ContainsAny(text[open:open+e], "\n«") && strings.ContainsFunc(text[open:open+e], unicode.IsUpper) {
				end := open + e + len(closing)
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
				q = end
				continue
			}
		}
		q = open
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// cyrillicFormBefore returns where a Cyrillic legal form and a space right before the opening
// mark at text[q] start ("ООО «"), or -1.
func cyrillicFormBefore(text string, q int) int {
	if q < 2 || text[q-1] != ' ' {
		return -1
	}
	for _, form := range cyrillicLegalForms {
		if k := q - 1 - len(form); k >= 0 && text[k:q-1] == form && (k == 0 || !isWordByteBefore(text, k)) {
			return k
		}
	}
	return -1
}

// replaceInside adds each of shapes (in order, not overlapping) to fs (in order), replacing the
// findings inside it; a shape that a finding crosses, or that holds an address, is dropped.
func replaceInside(fs, shapes []redact.Finding) []redact.Finding {
	return replaceShapes(fs, shapes, false)
}

// replaceWithin is replaceInside over addresses too: each shape takes the place of the findings
// that lie within it, of any type and score, the shape of the text outweighing the model there.
func replaceWithin(fs, shapes []redact.Finding) []redact.Finding {
	return replaceShapes(fs, shapes, true)
}

// replaceShapes is replaceInside, over addresses too when overAddresses.
func replaceShapes(fs, shapes []redact.Finding, overAddresses bool) []redact.Finding {
	if !changes(fs, shapes, overAddresses) {
		return fs
	}
	out := make([]redact.Finding, 0, len(fs)+len(shapes))
	i := 0
	for _, sh := range shapes {
		for i < len(fs) && fs[i].End <= sh.Start {
			out = append(out, fs[i])
			i++
		}
		j, ok := inside(fs, i, sh, overAddresses)
		if !ok {
			continue // the findings stay; the next shape starts after them
		}
		for k := i; k < j; k++ {
			sh.Score = max(sh.Score, fs[k].Score)
		}
		out = append(out, sh)
		i = j
	}
	return append(out, fs[i:]...)
}

// replaceInsideFirst is replaceInside for shapes in any order that may overlap: sorted, the
// first of overlapping shapes is kept.
func replaceInsideFirst(fs, shapes []redact.Finding) []redact.Finding {
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	kept := shapes[:1]
	for _, sh := range shapes[1:] {
		if sh.Start >= kept[len(kept)-1].End {
			kept = append(kept, sh)
		}
	}
	return replaceInside(fs, kept)
}

// orgLead returns where the capitalised words right before an organisation's name at
// text[start] begin (up to three, joined by spaces or "&"), that are no common words: the
// name's first words. start when there are none.
func orgLead(text string, start int) int {
	lead, beforeAmp := start, -1 // beforeAmp: the lead before an "&" was crossed
	for words := 0; words < 3 && lead >= 2 && text[lead-1] == ' '; words++ {
		e := lead - 1
		if text[e-1] == '&' && e >= 3 && text[e-2] == ' ' { // "Bill & Melinda"
			e -= 2
			beforeAmp = lead
		}
		b := e
		for b > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:b])
			if !unicode.IsLetter(r) && r != '\'' && r != '-' {
				break
			}
			b -= size
		}
		w := text[b:e]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || foldIn(commonSet, w) || isTitle(w) || commonLower(w) {
			break
		}
		if beforeAmp >= 0 && lead < beforeAmp && (givenNames(w) || listedGiven()[w]) {
			return beforeAmp // a full name before the "&": two people's names ("Maria Heikkilä & Anneli Salminen LLP"), left to the model
		}
		lead = b
	}
	return lead
}

// commonLower reports a word the embedded model's training data writes often in lower case.
func commonLower(w string) bool { return embeddedClass(w)&gCommon != 0 }

// changes reports that replaceShapes would change fs: some shape is not already one finding of
// its own type and bounds, scored as high as the shape, and no finding crosses it.
func changes(fs, shapes []redact.Finding, overAddresses bool) bool {
	i := 0
	for _, sh := range shapes {
		for i < len(fs) && fs[i].End <= sh.Start {
			i++
		}
		j, ok := inside(fs, i, sh, overAddresses)
		same := j == i+1 && fs[i].Type == sh.Type && fs[i].Start == sh.Start && fs[i].End == sh.End && fs[i].Score >= sh.Score
		if ok && !same {
			return true
		}
		i = j
	}
	return false
}

// inside reads the findings fs[i:] that overlap shape sh, the first of them fs[i]: it returns
// the index after them, and whether they all lie inside sh and, unless overAddresses, none is an
// address.
func inside(fs []redact.Finding, i int, sh redact.Finding, overAddresses bool) (int, bool) {
	ok := true
	for ; i < len(fs) && fs[i].Start < sh.End; i++ {
		if fs[i].Start < sh.Start || fs[i].End > sh.End || fs[i].Type == redact.StreetAddress && !overAddresses {
			ok = false
		}
	}
	return i, ok
}

// placeLeaders open the name of a lake, a mountain or an island ("Lake Como", "Mount Kenya",
// "Isle of Skye"), and placeEnders close one ("Hudson River", "Death Valley").
var (
	placeLeaders = wordSet("Lake Mount Mt Loch Lago Isle Cape")
	placeEnders  = wordSet("River Valley Island Islands Mountains Peninsula Canyon Falls Creek Lake Glacier Desert")
	// countyWords name a county, which Safe Harbor counts among the geographic subdivisions smaller
	// than a state: a US county (and Louisiana's parish, Alaska's borough) after its name, many
	// named after a person ("Harris County", "Jefferson Parish") or a common word ("Orange
	// County"), and an Irish one before its name ("County Cork"; stop 41), also shortened ("Co.
	// Galway"; stop 52)
	countyWords   = wordSet("County Parish Borough")
	irishCounties = wordSet("Antrim Armagh Carlow Cavan Clare Cork Derry Donegal Down Dublin Fermanagh Galway Kerry Kildare Kilkenny Laois Leitrim " +
		"Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Tyrone Waterford Westmeath Wexford Wicklow")
	// notCountyNames are the capitalised words before "County" that name none: "Each County", "Our County"
	notCountyNames = wordSet("The This That These Those Each Every Which What Our Your Their Its His Her My One Any Some Same Home Native " +
		"Neighboring Neighbouring Adjacent Nearby Local Rural Urban Suburban Whole Entire Other Another No A An In Of And Or For By")
)

// placesByShape makes a place of a lake's, a mountain's, an island's, a river's or a county's name,
// which the model missed or typed otherwise ("She lives near Lake Como", "by the Hudson River",
// "transferred from Orange County"): a leader and
// one or two capitalised words ("of" between for an isle), or one or two capitalised words and an
// ender. What the model found inside joins the place, but a person it found there stays; a name
// that crosses a finding is left.
func placesByShape(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	capital := func(k int) bool {
		return k >= 0 && k < len(toks) && !toks[k].NewlineBefore && !toks[k].Attached && nameLike(word(k)) && !placeLeaders[word(k)] && !placeEnders[word(k)]
	}
	countyName := func(k int) bool { // a capitalised word that may name a county, common or not
		w := word(k)
		r, _ := utf8.DecodeRuneInString(w)
		return !toks[k].NewlineBefore && !toks[k].Attached && unicode.IsUpper(r) && hasLower(w) && len(w) >= 3 && !notCountyNames[w]
	}
	for i := 0; i < len(toks); i++ {
		w := word(i)
		start, end := -1, -1
		personAbove := 0.0 // a person the model found there at more than this stays one
		switch {
		case placeLeaders[w] && i > 0 && !toks[i].NewlineBefore:
			k := i + 1
			if k < len(toks) && word(k) == "." && toks[k].Attached { // Mt. Kenya
				k++
			}
			if k+1 < len(toks) && word(k) == "of" { // Isle of Skye
				k++
			}
			if capital(k) {
				start, end = toks[i].Start, toks[k].End
				if capital(k + 1) {
					end = toks[k+1].End
				}
			}
		case placeEnders[w] && i > 0 && capital(i-1) && !toks[i].NewlineBefore && !toks[i].Attached:
			k := i - 1
			if capital(k - 1) {
				k--
			}
			start, end = toks[k].Start, toks[i].End
		case countyWords[w] && i > 0 && !toks[i].NewlineBefore && !toks[i].Attached && countyName(i-1):
			// "Harris County", "Orange County" (a common word to the model's lists), "Los Angeles County":
			// a county named after a person is a county
			k := i - 1
			if k > 0 && countyName(k-1) && nameLike(word(k-1)) && !personEndsAt(fs, toks[k-1].End) {
				k-- // not a person before it: "Dr Smith Orange County"
			}
			start, end = toks[k].Start, toks[i].End
			personAbove = 1.01
		case w == "County" && i+1 < len(toks) && !toks[i+1].NewlineBefore && irishCounties[word(i+1)]:
			start, end = toks[i].Start, toks[i+1].End // County Cork
		case w == "Co" && i+1 < len(toks) && !toks[i+1].NewlineBefore:
			k := i + 1
			if word(k) == "." && toks[k].Attached && k+1 < len(toks) && !toks[k+1].NewlineBefore {
				k++
			}
			if !toks[k].Attached && irishCounties[word(k)] {
				start, end = toks[i].Start, toks[k].End // "Clifden, Co. Galway", "Co Kilkenny": Ireland's own short form (stop 52)
				personAbove = 1.01
			}
		case communeShape(w):
			start, end = toks[i].Start, toks[i].End
		case stateOrZipAhead(text, toks, i) && capital(i) && !capital(i-1):
			start, end = cityBeforeState(text, toks, i)
			personAbove = 0.6 // a weak person is the city the state vouches for ("from Austin, TX")
			if end > 0 && zipAfterState(text, end) {
				personAbove = 0.9 // and a ZIP after the state, any but a sure one ("Austin, Texas 73301")
			}
		}
		if start < 0 || personInside(fs, start, end, personAbove) {
			continue // a person the model found there stays one ("cc Monte Wu")
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: shapeScore, Source: redact.SourceModel})
		for i+1 < len(toks) && toks[i+1].Start < end {
			i++
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// placeLinks join a place's name to the words after it that name the river, the hill or the
// region it is on, as German, Czech, Polish, Spanish and Portuguese name towns: "Frankfurt am
// Main", "Neustadt an der Weinstraße", "Rothenburg ob der Tauber", "Ústí nad Labem", "San
// Guillermo de la Montaña", "Cassiano do Oeste", "Peixoto das Flores".
var placeLinks = []string{" am ", " an der ", " ob der ", " in der ", " im ", " nad ", " pod ", " de la ", " de las ", " de los ", " del ", " do ", " da ", " das ", " dos "}

// townQualifiers follow an Italian town's name as part of it: lower and upper, greater and
// lesser, by the sea, spa, station, old and new.
var townQualifiers = wordSet("Inferiore Superiore Maggiore Minore Marittima Marittimo Terme Scalo Vecchia Vecchio Nuova Nuovo Alta Alto Bassa Basso")

// placeTails extends a place over a link of placeLinks and the one or two capitalised words after
// it on its line, over what the model made of them, unless a person it is sure of (0.9) is there;
// and makes a place of a spa town's "Bad" and the capitalised word after it that is no English
// word ("Bad Mergentheim", not "Bad News"). fs is in start order, and so is the result.
func placeTails(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for _, f := range fs {
		if f.Type != redact.Location || len(shapes) > 0 && shapes[len(shapes)-1].End > f.Start {
			continue
		}
		for _, link := range placeLinks {
			if !strings.HasPrefix(text[f.End:], link) {
				continue
			}
			start := f.End + len(link)
			end := start
			for words := 0; words < 2; words++ {
				at := end
				if words > 0 {
					if end >= len(text) || text[end] != ' ' {
						break
					}
					at = end + 1
				}
				w, e := wordAt(text, at)
				if r, _ := utf8.DecodeRuneInString(w); w == "" || !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 || words > 0 && (foldIn(placeAndOrgWords, w) || orgKind(w) != 0 || w == "General") {
					break // nor a letter ("Mar del Plata N° 5") or a hospital's word ("Lima do Norte General")
				}
				end = e
			}
			if end > start && !sureOtherInside(fs, f.End, end) {
				shapes = append(shapes, redact.Finding{Type: redact.Location, Start: f.Start, End: end, Score: f.Score, Source: f.Source})
			}
			break
		}
	}
	// an Italian town's qualifier after its name: "Occhieppo Inferiore", "Isola Maggiore", "Cervia
	// Marittima" (stop 36: the model's place stopped before it)
	for _, f := range fs {
		if f.Type != redact.Location || f.End+2 >= len(text) || text[f.End] != ' ' || len(shapes) > 0 && shapes[len(shapes)-1].End > f.Start {
			continue
		}
		if w, e := wordAt(text, f.End+1); townQualifiers[w] && !sureOtherInside(fs, f.End, e) {
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: f.Start, End: e, Score: f.Score, Source: f.Source})
		}
	}
	for k := range occurrences(text, "Bad ") {
		if k > 0 && isLetterStart(text[k-1]) {
			continue
		}
		w, e := wordAt(text, k+4)
		if !nameLike(w) || englishWord(w) || dictionaryWord(w) || sureOtherInside(fs, k, e) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: k, End: e, Score: placeAfterScore, Source: redact.SourceModel})
	}
	return replaceInsideFirst(fs, shapes)
}

// distanceWords ask how far a place is, after "Is" and its name: "Is Zabrze far from the airport?"
var distanceWords = wordSet("far close near nearby")

// placeWords put a place after them more often than a person or a thing: "near Keswick",
// "just outside Tilburg", "in Cheb"; and "of" after a person's age puts their town after it
// ("Edith Blackwood, 81, of Harrogate", as news and case notes write it).
var placeWords = wordSet("near outside around across towards in")

// placeOfNouns put a place after their "of": "the mayor of Moraes", "parish of Tui", "a native
// of Kalamata" (stop 28).
var placeOfNouns = wordSet("mayor parish diocese outskirts suburb suburbs native resident residents citizen citizens township county municipality")

// placeAfterScore is the score of a place read from the word before it.
const placeAfterScore = 0.6

// lowerHomeCues put a person's town after them, in text typed in lower case.
var lowerHomeCues = []string{"lives in ", "live in ", "living in ", "lived in ", "moved to ", "moving to ", "based in ", "grew up in ", "born in ",
	// and where one comes back from or writes from (a given name there is someone's: "back from dave's")
	"back from ", "hi from ", "greetings from ", "visiting from ", "flew in from ",
	// and where one travels to or arrives (stop 55: "just landed in chicago, heading to evanston")
	"heading to ", "headed to ", "flying to ", "flew to ", "driving to ", "drove to ", "landed in ", "arrived in ", "staying in "}

// lowerHomeScanner finds lowerHomeCues in one pass over a text.
var lowerHomeScanner = newPhraseScanner(lowerHomeCues)

// lowerTownLeads open a town's name of two or three words: "new rachelmouth", "port jonathan".
var lowerTownLeads = wordSet("new north south east west port lake fort mount san santa saint st el la los las le")

// lowerHomeTowns makes a place of the town typed in lower case after "lives in", "moved to" and
// their like ("my sister ria who lives in bikaner"): one word, or a lead (lowerTownLeads) and one
// or two words ("new rachelmouth"), before the text's end, punctuation or a word that goes on
// with the sentence (lowerKinAfter, "with", "but", "now"); the last word is no English or
// dictionary word (not "lives in fear", "moved to the city"). What the model found there gives way
// unless it is sure of it (0.9).
func lowerHomeTowns(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for k, c := range lowerHomeScanner.all(text) {
		cue := lowerHomeCues[c]
		if k > 0 && isLetterStart(text[k-1]) {
			continue
		}
		start := k + len(cue)
		var ws []string
		for p := start; len(ws) < 4; {
			w, e := wordAt(text, p)
			if w == "" || e-p != len(w) || !isLowerWord(w) {
				break
			}
			ws = append(ws, w)
			if e >= len(text) || text[e] != ' ' {
				break
			}
			p = e + 1
		}
		n := slices.IndexFunc(ws, func(w string) bool { return lowerTownStops[w] }) // the town's words end before a word that goes on
		if n < 0 {
			if len(ws) == 4 {
				continue // four words and more of a sentence: no telling where a town would end
			}
			n = len(ws)
		}
		if n == 0 || n > 3 || n > 1 && !lowerTownLeads[ws[0]] {
			continue
		}
		last := ws[n-1]
		if dictionaryWord(last) || len(last) < 3 || determiners[last] || redact.CalendarWord(last) || strings.HasSuffix(cue, "from ") && n == 1 && handleGiven()[last] ||
			strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") { // a possessive is someone's: "back from dave's"; a weekday no town: "moved to friday" (stop 54)
			continue
		}
		end := start + len(strings.Join(ws[:n], " "))
		if sureInside(fs, start, end) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// lowerTownStops go on with a sentence after a town typed in lower case.
var lowerTownStops = wordSet("who whose is was has had and or with but now since because so said says will would can could for from at to in on")

// moveVerbs put where someone moves or lives before "to" or "in": "moved to Eugene", "grew up in".
var moveVerbs = wordSet("moved moving relocated relocating relocate move grew up settled")

// doubtedPersonOn reports the model's person exactly over [start, end) at under 0.5 among fs.
func doubtedPersonOn(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start > start {
			break
		}
		if f.Start == start && f.End == end && f.Type == redact.Person && f.Source == redact.SourceModel && f.Score < 0.5 {
			return true
		}
	}
	return false
}

// signedVerbs say where a form or a deed was signed, before "at" and the town: "Signed at
// Grimma, 2024-07-28", "Done at Geneva, 3 May 2021".
var signedVerbs = wordSet("signed issued done executed made given dated")

// signedAtDate reports "at" after one of signedVerbs before toks[i], and a comma or "on" and a
// date after the one to three capitalised words from toks[i]: the town where a form was signed or
// a passport issued.
func signedAtDate(text string, toks []Token, i int) bool {
	if i < 2 || text[toks[i-1].Start:toks[i-1].End] != "at" || !foldIn(signedVerbs, text[toks[i-2].Start:toks[i-2].End]) {
		return false
	}
	k := i + 1 // past a town of up to three words: "issued at Sainte AurélieBourg on October 24"
	for k < len(toks) && k-i < 3 && !toks[k].NewlineBefore && !toks[k].Attached && startsUpper(text[toks[k].Start:toks[k].End]) {
		k++
	}
	if k+1 >= len(toks) || toks[k+1].NewlineBefore {
		return false
	}
	switch text[toks[k].Start:toks[k].End] {
	case ",":
		return toks[k].Attached && dateOpens(text[toks[k+1].Start:])
	case "on": // "issued at PagesBourg on 2024-08-05", "on October 24, 2024"
		n := text[toks[k+1].Start:]
		w, _ := wordAt(n, 0)
		return startsUpper(w) && monthWord(w) || dateOpens(n)
	}
	return false
}

// dateOpens reports a date opening s: one to four digits and a date's separator and a digit
// ("2024-07-28", "25/01/2025", "09.04.2025"), or one or two digits, a space and a month's name
// ("28 JUN 2024", "3 May").
func dateOpens(s string) bool {
	k := 0
	for k < len(s) && k < 5 && isDigitByte(s[k]) {
		k++
	}
	if k == 0 || k > 4 || k+1 >= len(s) {
		return false
	}
	if (s[k] == '/' || s[k] == '-' || s[k] == '.') && isDigitByte(s[k+1]) {
		return true
	}
	if s[k] != ' ' || k > 2 {
		return false
	}
	w, _ := wordAt(s, k+1)
	return monthWord(w)
}

// monthWord reports an English month's name or its abbreviation, in any case ("May", "JUN",
// "Sept").
func monthWord(w string) bool { return foldIn(monthNames, w) || foldIn(monthAbbreviations, w) }

// placesAfterWords makes a place of one capitalised word after a word that puts a place after it
// ("near Keswick", "just outside Tilburg") where the model found nothing, or a person or a place
// it doubted (under 0.6, raised to it): a word no name list gives as a given name, and no English or dictionary word,
// computing term, language, title or common word, with no capitalised word after it, not in
// code or another language's prose.
func placesAfterWords(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var add, multi []redact.Finding // multi: towns of several words, which take the place of what the model found inside them
	var retyped []int
	j := 0               // the first finding that may end after the token read
	var foreign lazyTest // whether text is another language's prose
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Attached || t.NewlineBefore || !isUpperASCII(text[t.Start]) && text[t.Start] < utf8.RuneSelf {
			continue // a place's name opens with a capital
		}
		if p := text[toks[i-1].Start:toks[i-1].End]; len(p) < 2 || len(p) > 7 || !foldIn(placeWords, p) &&
			!(p == "of" && i >= 3 && text[toks[i-2].Start:toks[i-2].End] == "," && isDigitByte(text[toks[i-3].Start])) &&
			!(p == "of" && i >= 2 && foldIn(placeOfNouns, text[toks[i-2].Start:toks[i-2].End])) && !signedAtDate(text, toks, i) &&
			!((p == "to" || p == "from") && i >= 2 && (travelBefore(text, toks, i-2, fs) || travelBefore(text, toks, i-2, add) || travelBefore(text, toks, i-2, multi))) &&
			!(p == "Is" && sentenceOpens(text, toks, i-1) && i+1 < len(toks) && (distanceWords[text[toks[i+1].Start:toks[i+1].End]] ||
				distanceAfterRun(text, toks, i))) {
			continue // but a person's town after the age: "Edith Blackwood, 81, of Harrogate"; a trip's ends: "flying to Falun";
			// a question of distance: "Is Zabrze far from the airport?"
		}
		w := text[t.Start:t.End]
		// a town's leader or article opens a town of several words only: "Port Shelbystad", "La
		// Rioja" (stop 30)
		leader := townLeaders[w] || townArticles[w]
		movedTo := i >= 2 && foldIn(moveVerbs, text[toks[i-2].Start:toks[i-2].End]) && !leader && nameLike(w) && doubtedPersonOn(fs, t.Start, t.End)
		// one word after "the mayor of" and its like that closes the clause is a town, whatever
		// else the lists say of it (stop 55: "the mayor of Madrid." had gone upstream, "the mayor
		// of Alba" had been a person at 0.98)
		officeOf := i >= 2 && text[toks[i-1].Start:toks[i-1].End] == "of" && foldIn(placeOfNouns, text[toks[i-2].Start:toks[i-2].End]) &&
			nameLike(w) && !englishWord(w) && (i+1 == len(toks) || toks[i+1].Attached || toks[i+1].NewlineBefore)
		signedAt := signedAtDate(text, toks, i) && nameLike(w) && !englishWord(w)
		movedTo = movedTo || officeOf || signedAt
		if !leader && !officeOf && !signedAt && (!nameLike(w) || englishWord(w) || dictionaryWord(w) || techTerms[w] || languages[w] || givenNames(w) && !movedTo ||
			embeddedClass(w)&(gCommon|gTitle|gNRP) != 0 && embeddedClass(w)&gCity == 0 || embeddedClass(w)&gFirst != 0 && !movedTo) {
			// (a city of the gazetteers that the common words' list holds too is a city after "in":
			// "Data were collected in Madrid between 2002 and 2021", stop 56)
			continue // (a given name is a town too after a move, the model doubting the person: "moved to Eugene after college"; stop 54)
		}
		if leader && (i+1 >= len(toks) || toks[i+1].NewlineBefore || toks[i+1].Attached || !startsUpper(text[toks[i+1].Start:toks[i+1].End])) {
			continue
		}
		if n := i + 1; n < len(toks) && !toks[n].NewlineBefore && !toks[n].Attached {
			capNext := startsUpper(text[toks[n].Start:toks[n].End])
			particleNext := !capNext && runParticles[text[toks[n].Start:toks[n].End]] && n+1 < len(toks) && startsUpper(text[toks[n+1].Start:toks[n+1].End])
			if capNext || particleNext {
				// a town of several words none of which is a word, a name or a business's ("Hi
				// from Schwäbisch Gmünd!", "commutes to Fabbriche Di Vallico"); "near Grand
				// Central" and "from Tasol Corp" are other rules' and the model's
				if end, last, ok := placeRun(text, toks, i); ok && !inCode(text, t.Start) {
					if foreign.of(foreignProse, text) {
						break
					}
					if ok, crossing := doubtedTown(text, fs, t.Start, end); ok && len(crossing) == 0 {
						multi = append(multi, redact.Finding{Type: redact.Location, Start: t.Start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
						i = last
						continue
					}
				}
				if capNext {
					continue
				}
				// a particle next, and no town of several words: the one word, as before ("in
				// Leão do Amparo")
			}
		}
		if p := text[toks[i-1].Start:toks[i-1].End]; (p == "to" || p == "from") && i+1 < len(toks) && toks[i+1].Attached &&
			(text[toks[i+1].Start:toks[i+1].End] == "'s" || text[toks[i+1].Start:toks[i+1].End] == "’s") {
			continue // "moved to Okonkwo's house": someone's, where "near Keswick's market" is a town's
		}
		for j < len(fs) && fs[j].End <= t.Start {
			j++
		}
		if foreign.of(foreignProse, text) {
			break // another language's prose, which capitalises other words ("in Kodierung")
		}
		switch {
		case j < len(fs) && fs[j].Start < t.End:
			// a person the model doubted less is still a town when no list knows the word as a
			// family name either ("We met in Zabrze", a person at 0.83)
			limit := placeAfterScore
			switch f := fs[j]; {
			case f.Type == redact.Person && officeOf, signedAt && (f.Type == redact.Person || f.Type == redact.Organization && embeddedClass(w)&(gOrg|gOrgSuffix) == 0):
				limit = 1.01 // "the mayor of Alba"; "Signed at Grimma, 2024-07-28", an organisation at 0.77 (stop 56)
			case f.Type == redact.Person && !familyWord(w):
				limit = 0.9
			case f.Type == redact.Organization && orgKind(w) == 0 && embeddedClass(w)&gOrgSuffix == 0 && text[toks[i-1].Start:toks[i-1].End] == "of" &&
				i >= 3 && text[toks[i-2].Start:toks[i-2].End] == "," && isDigitByte(text[toks[i-3].Start]):
				limit = 1.01 // "Dorothy Kaminski, 87, of Scranton": a town, whatever a list of businesses holds
			case f.Type == redact.Organization && embeddedClass(w)&(gOrg|gOrgSuffix) == 0 && orgKind(w) == 0:
				limit = 0.7 // "Our warehouse in Falun is full", an organisation at 0.45: one word no list knows as a business's
			}
			if f := fs[j]; (f.Type == redact.Person || f.Type == redact.Location || f.Type == redact.Organization && limit > placeAfterScore) &&
				f.Start == t.Start && f.End == t.End && f.Score < limit &&
				(j+1 == len(fs) || fs[j+1].Start >= t.End) && !inCode(text, t.Start) {
				retyped = append(retyped, j)
			}
		case !inCode(text, t.Start):
			add = append(add, redact.Finding{Type: redact.Location, Start: t.Start, End: t.End, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(add) == 0 && len(retyped) == 0 && len(multi) == 0 {
		return fs
	}
	out := make([]redact.Finding, 0, len(fs)+len(add))
	out = append(out, fs...)
	for _, k := range retyped {
		out[k].Type, out[k].Score = redact.Location, placeAfterScore
	}
	out = append(out, add...)
	sortFindings(out)
	if len(multi) > 0 {
		out = replaceInside(out, multi)
	}
	return out
}

// townArticles open towns' names in other languages: "La Rioja", "Le Havre", "Los Alamos", "El
// Paso", "Den Haag".
var townArticles = wordSet("La Le Les El Los Las Il Lo Den Het")

// distanceAfterRun reports a town of several words at toks[i] (placeRun) that a word of distance
// follows: "Is Port Shelbystad far from the airport?" (stop 30).
func distanceAfterRun(text string, toks []Token, i int) bool {
	_, last, ok := placeRun(text, toks, i)
	return ok && last+1 < len(toks) && distanceWords[text[toks[last+1].Start:toks[last+1].End]]
}

// runParticles join a town's words in placeRun: a town's and a name's particles, but not
// English's "in", "on", "an", "am" or "and"-like words that join two places ("near Rotonda Luigi in
// Gradoli", "Lisboa e Porto").
var runParticles = wordSet("aan den der op sur sous de di del della da do dos das la le les van von")

// placeRun reads a town of two to four words from toks[i] for placesAfterWords: capitalised words
// that are no English, dictionary or computing word, language, given or family name of the lists,
// title, business's word or word the gazetteers know as anything but a place, joined by a town's
// particles ("Fabbriche Di Vallico"), and no capitalised word after them. It returns where the
// town ends and its last token.
func placeRun(text string, toks []Token, i int) (end, last int, ok bool) {
	end, last = toks[i].End, i
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := toks[k]
		if t.NewlineBefore || t.Attached {
			break
		}
		v := text[t.Start:t.End]
		if !startsUpper(v) {
			if runParticles[v] {
				continue
			}
			break // "near Rotonda Luigi in Gradoli": a street and a town
		}
		if !nameLike(v) || englishWord(v) || dictionaryWord(v) || techTerms[v] || languages[v] || givenNames(v) || familySet()[v] ||
			companyWord(v) || embeddedClass(v)&(gCommon|gFirst|gTitle|gNRP|gOrg|gOrgSuffix|gStreet) != 0 {
			return 0, 0, false
		}
		end, last = t.End, k
	}
	if last == i {
		return 0, 0, false
	}
	if n := last + 1; n < len(toks) && !toks[n].NewlineBefore && !toks[n].Attached && startsUpper(text[toks[n].Start:toks[n].End]) {
		return 0, 0, false
	}
	return end, last, true
}

// townSlots put a town after them: "in", "near", "moved to", "flying to", "from", "visiting", and
// since stop 57 "flying into", "just past".
var townSlots = wordSet("in into near outside around across towards to from at visit visiting visited via past " +
	"depart departs departing arrive arrives arriving") // an itinerary's (stop 63: "depart Fisherland 07:45, arrive Matthewstad 10:20")

// strongTownSlots put a place after them more often than a person: a town's ending that family
// names share ("-ton", "-berg", "-field", "-port") counts only after these ("in Clinton", not "to
// Clinton").
var strongTownSlots = wordSet("in near outside around across towards depart departs departing arrive arrives arriving")

// townLeaders open a town's name before a word that may be a given name, as towns are named
// ("New Haven", "Lake Charles", "Port Scott", "East Lansing", "Mount Vernon", "Saint Louis").
var townLeaders = wordSet("North South East West New Lake Port Fort Mount Saint St San Santa Glen")

// namedTownLeaders are the town leaders that no person's name opens with ("Glen" does: Glen
// Berry).
var namedTownLeaders = wordSet("North South East West New Lake Port Fort Mount")

// townEndings end English-speaking towns' names and seldom a family name ("Jacksonville",
// "Pittsburgh", "Peterborough", "Portsmouth", "Manchester", "Newhaven"); townEndingsAfterIn
// end family names as often ("Clinton", "Goldberg", "Mansfield", "Davenport").
var (
	townEndings        = []string{"ville", "burgh", "borough", "chester", "mouth", "haven", "shire", "furt", "stad", "view", "side", "town", "bury"}
	townEndingsAfterIn = []string{"ton", "berg", "field", "land", "port", "fort", "ford"}
	allTownEndings     = slices.Concat(townEndings, townEndingsAfterIn)
)

// townsInSlots makes a place of a town's name after a word that puts a town after it ("flying
// to New Haven", "grew up in Lake Charles", "moved to Jacksonville"), which the model reads as a
// person for its given name ("Charles") or misses: a town's leader and a capitalised word that is
// no English word, or one capitalised word with a town's ending that is no given name, English
// word or computing term; no capitalised word after either ("to New Balance", "in New Relic
// Cloud"). What the model found inside gives way (an address too, when it has no digit), unless
// it is a person or an organisation it is sure of (0.9) over a word with a town's ending; not in
// code or another language's prose.
func townsInSlots(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	capital := func(k int) bool {
		return k < len(toks) && !toks[k].NewlineBefore && !toks[k].Attached && startsUpper(word(k))
	}
	var foreign lazyTest
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i > 0 && t.Attached || i > 0 && t.NewlineBefore || !isUpperASCII(text[t.Start]) || len(shapes) > 0 && shapes[len(shapes)-1].End > t.Start {
			continue
		}
		slot := ""
		if i > 0 {
			slot = word(i - 1)
		}
		w := word(i)
		if !townSlots[slot] || toks[i-1].NewlineBefore && i > 1 {
			// no slot: a person's name and a town's ending ("Is Thomaschester far?", "Lake
			// Katherineton", "Port Shelbystad"), as towns are named for people (Jacksonville,
			// Harrisburg, Lawrenceburg, Marysville)
			if nameTown(w, false) && !capital(i+1) && (i == 0 || toks[i-1].Attached || !nameLike(word(i-1)) || englishWord(word(i-1))) && !inCode(text, t.Start) && !sureOtherInside(fs, t.Start, t.End) {
				shapes = append(shapes, redact.Finding{Type: redact.Location, Start: t.Start, End: t.End, Score: placeAfterScore, Source: redact.SourceModel})
				continue
			}
			if namedTownLeaders[w] && capital(i+1) && !capital(i+2) && nameTown(word(i+1), true) && (i == 0 || toks[i-1].Attached || !nameLike(word(i-1)) || englishWord(word(i-1))) && !inCode(text, t.Start) {
				shapes = append(shapes, redact.Finding{Type: redact.Location, Start: t.Start, End: toks[i+1].End, Score: placeAfterScore, Source: redact.SourceModel})
				i++
				continue
			}
			// no slot: a compass point's, a lake's or a port's leader before a given name alone
			// names a town, since no one is called so ("Is Lake Sarah far from here?", "West
			// Janice"; not "Saint Patrick")
			if !namedTownLeaders[w] || !capital(i+1) || capital(i+2) || i > 0 && !toks[i-1].Attached && nameLike(word(i-1)) ||
				!inTitleCase(givenSet(), word(i+1)) && !listedGiven()[word(i+1)] || inCode(text, t.Start) {
				continue // nor inside a longer name: "Kanye West Janice"
			}
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: t.Start, End: toks[i+1].End, Score: placeAfterScore, Source: redact.SourceModel})
			continue
		}
		end := -1
		switch {
		case townLeaders[w] && capital(i+1) && !capital(i+2):
			if next := word(i + 1); nameLike(next) && (!englishWord(next) && !dictionaryWord(next) || townEnding(next, true) ||
				namedTownLeaders[w] && (inTitleCase(givenSet(), next) || listedGiven()[next])) && !techTerms[next] { // (a compass point's given name too: "visited South Jack, Venezuela", stop 56)
				end = toks[i+1].End
			}
		case !capital(i+1) && nameLike(w) && (townEnding(w, strongTownSlots[slot]) || nameTown(w, true)) && !givenNames(w) && !englishWord(w) && !dictionaryWord(w) && !techTerms[w]:
			end = t.End
		}
		if end < 0 || inCode(text, t.Start) || !townLeaders[w] && sureOtherInside(fs, t.Start, end) {
			continue // after a town's leader the model's person is its given name ("to New Anthony")
		}
		if foreign.of(foreignProse, text) {
			break
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: t.Start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	return replacePlaces(text, fs, shapes) // "flying to Lake Kennethfurt", an address
}

// replacePlaces is replaceInside for places (shapes, in order, not overlapping): a model's address
// with no digit inside one gives way to it as well, which replaceInside would keep ("flying to
// Lake Kennethfurt", "Amerikaanse Maagdeneilanden", addresses of the model's).
func replacePlaces(text string, fs, shapes []redact.Finding) []redact.Finding {
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
		if f.Type != redact.StreetAddress || f.Source != redact.SourceModel {
			return false
		}
		k := shapeAt(shapes, f)
		return k >= 0 && f.Start >= shapes[k].Start && f.End <= shapes[k].End && !strings.ContainsAny(text[f.Start:f.End], "0123456789")
	})
	return replaceInside(fs, shapes)
}

// shapeAt returns the index of the first shape of shapes (in order, not overlapping) that f
// overlaps, or -1, found by halves (stop 62: a walk over every shape for each of a long text's
// streets had made it quadratic, 7.8 times the time for four times a text of addresses).
func shapeAt(shapes []redact.Finding, f redact.Finding) int {
	if k := endingAfter(shapes, f.Start); k < len(shapes) && shapes[k].Start < f.End && shapes[k].End > f.Start {
		return k
	}
	return -1
}

// endingAfter returns the index of the first of spans (in order and apart) that ends after at, or
// len(spans), found by halves.
func endingAfter(spans []redact.Finding, at int) int {
	k, _ := slices.BinarySearchFunc(spans, at, func(sh redact.Finding, at int) int {
		if sh.End <= at {
			return -1
		}
		return 1
	})
	return k
}

// townEnding reports a word of more letters than its town's ending, which it ends in; any of
// townEndingsAfterIn too where all is set.
func townEnding(w string, all bool) bool {
	ends := func(e string) bool { return len(w) > len(e)+2 && strings.EqualFold(w[len(w)-len(e):], e) }
	return slices.ContainsFunc(townEndings, ends) || all && slices.ContainsFunc(townEndingsAfterIn, ends)
}

// nameTown reports a word that is a given or family name the lists know and a town's ending
// after it ("Lawrenceberg", "Nguyenland", "Thomaschester", "Maryview"; with all, any of
// townEndingsAfterIn too: "Katherineton"), and is no name, English word or computing term
// itself ("Johnston", "Ashford" are family names; "Carlton", which no list holds, is read only
// where all is set).
func nameTown(w string, all bool) bool {
	if !nameLike(w) || strings.ContainsAny(w, "-'’") {
		return false
	}
	endings := townEndings
	if all {
		endings = allTownEndings
	}
	for _, e := range endings {
		if len(w) < len(e)+3 || !strings.EqualFold(w[len(w)-len(e):], e) {
			continue
		}
		stem := w[:len(w)-len(e)]
		if (givenSet()[stem] || fakerGiven()[stem] || foldIn(handleFamily(), stem)) && !givenNames(w) && !earlyFakerGiven()[w] &&
			!foldIn(handleFamily(), w) && embeddedClass(w)&(gFirst|gLast|gOrg|gCommon|gTitle) == 0 && !englishWord(w) && !dictionaryWord(w) && !techTerms[w] {
			return true
		}
	}
	return false
}

// sureOtherInside reports a person or an organisation the model is sure of (0.9 or more) among
// fs over [start, end). (replaceInside keeps an address.)
func sureOtherInside(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			break
		}
		if f.End <= start {
			continue
		}
		if (f.Type == redact.Person || f.Type == redact.Organization) && f.Score >= 0.9 {
			return true
		}
	}
	return false
}

// citiesBeforeStates makes a place of a model's one-word person that the gazetteers know as a
// city, written before a comma and a state or a country they know ("Austin, Texas is hot",
// "Sydney, Australia was sunny", "Paris, Texas  Population 25000", where the model read a person
// in the town): a name of a city followed so is the city's. A lower-case word, the line's end,
// punctuation or a form's gap must follow the state ("Jackson, Mississippi, Ana and I" is a
// list's, and stays).
func citiesBeforeStates(text string, fs []redact.Finding) []redact.Finding {
	for i := 0; i+1 < len(fs); i++ {
		f, g := &fs[i], fs[i+1]
		if f.Type != redact.Person || f.Source != redact.SourceModel || g.Start != f.End+2 || !strings.HasPrefix(text[f.End:], ", ") {
			continue
		}
		city, state := text[f.Start:f.End], text[g.Start:g.End]
		if strings.IndexByte(city, ' ') >= 0 || embeddedClass(city)&gCity == 0 || embeddedClass(state)&(gState|gCountry) == 0 {
			continue
		}
		if g.End < len(text) {
			if c := text[g.End]; c == ',' && g.End+2 < len(text) && isUpperASCII(text[g.End+2]) || c == ' ' && g.End+1 < len(text) && isUpperASCII(text[g.End+1]) && !wideGap(text[g.End:min(len(text), g.End+2)]) {
				continue // a list goes on, or a name: "Jackson, Mississippi, Ana and I"
			}
		}
		f.Type = redact.Location
	}
	return fs
}

// placePairs reads a town and its region or country written "Town, Region" (a comma between, the
// clause ending after): where one of the two is a place (the model's, 0.6 or more, or a country or
// region of the gazetteers), the other, one or two capitalised words the model found nothing at or
// doubted (a person, an organisation or a digitless address under 0.9, a place under 0.6), is a
// place too ("grew up near Werkendam, Flevoland", the province a person; "works remotely from
// Sieradz, Suriname", the town an organisation). No given name, English word or computing term;
// not in code. The clause ends after the pair, or a contact line's separator follows it
// ("Gudivada, India · +91 …").
func placePairs(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, ", ") {
		return fs
	}
	var shapes []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	// run returns the last token of one or two capitalised words from toks[k] on its line, or -1
	run := func(k int) int {
		if k >= len(toks) || toks[k].NewlineBefore || toks[k].Attached || !startsUpper(word(k)) {
			return -1
		}
		if k+1 < len(toks) && !toks[k+1].NewlineBefore && !toks[k+1].Attached && startsUpper(word(k+1)) {
			return k + 1
		}
		return k
	}
	// placeName reports words that may name a place: written as names are, no given name, English
	// or dictionary word, computing term or language
	placeName := func(a, b int) bool {
		for k := a; k <= b; k++ {
			w := word(k)
			if !nameLike(w) && !capitals(w) || givenNames(w) || englishWord(w) || dictionaryWord(w) || techTerms[w] || languages[w] || len(w) <= 5 && strings.IndexByte(w, '.') > 0 ||
				idLabelAcronyms[w] || strings.ContainsAny(w, "0123456789") {
				return false // (nor initials, a label's: "Napoli, C.F. SPSGPP75E12F839S"; stop 52; nor an identifier and its label: "Utrecht, IBAN NL91…", stop 53)
			}
		}
		return true
	}
	for i := 1; i+2 < len(toks); i++ {
		if word(i) != "," || !toks[i].Attached {
			continue
		}
		a1 := i - 1
		a0 := a1
		if a0 > 0 && !toks[a0].NewlineBefore && !toks[a0].Attached && startsUpper(word(a0-1)) && !toks[a0-1].Attached {
			a0--
		}
		b0 := i + 1
		if word(b0) == "The" && b0+1 < len(toks) && !toks[b0+1].NewlineBefore && embeddedClass(word(b0+1))&gCountry != 0 {
			b0++ // "Nijmegen, The Netherlands"
		}
		b1 := run(b0)
		if b1 < 0 || !startsUpper(word(a1)) || toks[a1].Attached && a1 > 0 {
			continue
		}
		if e := b1 + 1; e < len(toks) && !toks[e].NewlineBefore && !(toks[e].Attached && strings.Contains(".,;!?)", word(e))) && !pairClosers[word(e)] && !itemSeparators[word(e)] {
			continue // the clause goes on: "Paris, Maria said"; but "visited Łowicz, Iraq in spring" closes its place
		}
		fa := findingOver(fs, toks[a0].Start, toks[a1].End)
		fb := findingOver(fs, toks[b0].Start, toks[b1].End)
		place := func(f *redact.Finding, a, b int) bool {
			return f != nil && f.Type == redact.Location && f.Score >= 0.6 || f == nil && embeddedClass(text[toks[a].Start:toks[b].End])&(gCountry|gState) != 0
		}
		doubted := func(f *redact.Finding, a, b int) bool {
			if f == nil {
				return free(fs, toks[a].Start, toks[b].End)
			}
			return f.Source == redact.SourceModel && f.Score < 0.9 && (f.Type == redact.Person || f.Type == redact.Organization ||
				f.Type == redact.StreetAddress && !strings.ContainsAny(text[f.Start:f.End], "0123456789")) ||
				f.Type == redact.Location && f.Score < 0.6 // a place the model doubted: "Almería, Spain" at 0.39
		}
		switch {
		case place(fb, b0, b1) && doubted(fa, a1, a1) && placeName(a1, a1) && !inCode(text, toks[a1].Start) && !(fa != nil && legalEnding(text[fa.Start:fa.End])) &&
			!(fa != nil && fa.Type == redact.Person && personSlotBefore(text, fa.Start)) && // (the holder and a town: "licensed to Stacie Warner, North Robert"; stop 56)
			!(fa != nil && fa.Type == redact.Organization && hyphenedPartners(text, fa.Start) == fa.End): // nor partners' names and their town (stop 59: "Accounts assistant, Taylor-Gibbs, Edenstone")
			start, end := toks[a1].Start, toks[a1].End
			if fa != nil {
				start, end = fa.Start, fa.End
			}
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: placeAfterScore, Source: redact.SourceModel})
		case place(fa, a0, a1) && doubted(fb, b0, b1) && placeName(b0, b1) && !inCode(text, toks[b0].Start) && !(b0 == b1 && stateCode(word(b0))):
			// (a US state's code after its city is no place of its own, a state not being
			// personal data: "Springfield, IL;")
			shapes = append(shapes, redact.Finding{Type: redact.Location, Start: toks[b0].Start, End: toks[b1].End, Score: placeAfterScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// stateCode reports a US state's postal code.
func stateCode(w string) bool {
	state, _ := redact.USState(w)
	return state
}

// itemSeparators stand between the items of a CV's or a signature's contact line, and close a
// "Town, Country" pair as a line's end does: "Gudivada, India · +91 …", "Austin, Texas | …".
var itemSeparators = map[string]bool{"·": true, "|": true, "•": true, "—": true, "–": true, "/": true}

// pairClosers close a place's phrase after a "Town, Country" pair with a time or a circumstance,
// where a person's name would go on with a verb: "visited Łowicz, Iraq in spring", "moved to
// Kutno, Azerbaijan last year".
var pairClosers = wordSet("in on at during last next this before after since until over yesterday today tomorrow recently twice every")

// findingOver returns the finding of fs (in order) whose bounds are [start, end) exactly, or nil.
func findingOver(fs []redact.Finding, start, end int) *redact.Finding {
	// from the first finding that starts at start, found by halves (a scan from the first finding
	// for each pair had made a long list of names quadratic: stop 42)
	k, _ := slices.BinarySearchFunc(fs, start, func(f redact.Finding, at int) int { return f.Start - at })
	for i := k; i < len(fs) && fs[i].Start == start; i++ {
		if fs[i].End == end {
			return &fs[i]
		}
	}
	return nil
}

// namedStreets makes a street address of a house number, a given or family name of the lists and
// a street's suffix where the model found nothing there or a person, place or organisation it
// doubted (under 0.9): "Is 764 Nancy Cove in your delivery area?", "We moved from 8041 Marisa
// Pines" (Faker's US streets, which the recognizers read as weak addresses under the threshold,
// the suffix being a word too). A year after "in" and the like is no house number; a number
// glued to a word, an amount or a decimal is none either.
func namedStreets(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 0; i+2 < len(toks); i++ {
		t := toks[i]
		if !isDigitByte(text[t.Start]) || t.End-t.Start > 6 || strings.Trim(word(i), "0123456789") != "" || toks[i+1].NewlineBefore || toks[i+1].Attached ||
			toks[i+2].NewlineBefore || toks[i+2].Attached {
			continue
		}
		if t.Start > 0 && (isLetterStart(text[t.Start-1]) || isDigitByte(text[t.Start-1]) || strings.IndexByte("$.,/-", text[t.Start-1]) >= 0) {
			continue
		}
		name, suffix := word(i+1), word(i+2)
		if !nameLike(name) || !startsUpper(suffix) || !redact.IsStreetSuffix(suffix) ||
			!(givenSet()[name] || listedGiven()[name] || familyWord(name)) {
			continue
		}
		if i+3 < len(toks) && !toks[i+3].NewlineBefore && !toks[i+3].Attached && startsUpper(word(i+3)) {
			continue // the street goes on, which the recognizers read
		}
		if t.End-t.Start == 4 && i > 0 && yearWords[strings.ToLower(word(i-1))] {
			continue // "In 2019 Grace Park won"
		}
		if weakOnly(fs, t.Start, toks[i+2].End) {
			shapes = append(shapes, redact.Finding{Type: redact.StreetAddress, Start: t.Start, End: toks[i+2].End, Score: placeAfterScore, Source: redact.SourceModel})
		}
		i += 2
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// weakOnly reports that the findings of fs over [start, end) are persons, places or organisations
// of the model under 0.9 inside it, or none.
func weakOnly(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] { // (from the neighbours: every finding for each street had made a long text's cost grow with its square; stop 62)
		if f.Start >= end {
			break
		}
		if f.End <= start {
			continue
		}
		if f.Start < start || f.End > end || f.Score >= 0.9 || f.Source != redact.SourceModel ||
			f.Type != redact.Person && f.Type != redact.Location && f.Type != redact.Organization {
			return false
		}
	}
	return true
}

// travelWords go somewhere: "flying to Falun", "He commutes to Östersund", "a flight from Gävle",
// "retired to Lisbon", "works remotely from Sieradz", "are you coming to Pasquier on Saturday?".
var travelWords = wordSet("fly flying flew flown flies drive driving drove driven drives commute commutes commuting commuted " +
	"move moving moved moves relocate relocating relocated relocates travel travelling traveling travelled traveled travels " +
	"emigrated immigrated emigrate immigrate trip trips flight flights train trains ferry sail sailed sailing " +
	"retired retire retiring remotely coming heading " +
	// a greeting sent from a place: "Hi from Segovia!", "Greetings from Gävle"
	"hi hello greetings")

// travelBefore reports that toks[k], before a "to" or a "from", is a word for going somewhere, or
// a place found after a "from" that such a word had ("drove from Gävle to Nyköping").
func travelBefore(text string, toks []Token, k int, fs []redact.Finding) bool {
	w := text[toks[k].Start:toks[k].End]
	if foldIn(travelWords, w) || k >= 1 && (w == "back" || w == "home" || w == "over") && foldIn(travelWords, text[toks[k-1].Start:toks[k-1].End]) {
		return true // "She flew back from Falun"
	}
	for _, f := range fs[near(fs, toks[k].End):] {
		if f.Start >= toks[k].End {
			break
		}
		if f.End == toks[k].End && f.Type == redact.Location {
			s := f.Start
			for j := k; j >= 2; j-- {
				if toks[j].Start == s {
					return text[toks[j-1].Start:toks[j-1].End] == "from" && foldIn(travelWords, text[toks[j-2].Start:toks[j-2].End])
				}
			}
		}
	}
	return false
}

// streetEnders end a street's name written without its number: the kinds that name nothing
// else ("Way", "Place", "Court", "Drive" and "Close" do: "Google Drive", "Orchard Close").
var streetEnders = map[string]bool{"Street": true, "St": true, "Avenue": true, "Ave": true, "Road": true, "Rd": true, "Lane": true,
	"Ln": true, "Boulevard": true, "Blvd": true, "Terrace": true, "Crescent": true,
	// and the roads of traffic, which name no product either (stop 58: "Lost dog near Owens Motorway")
	"Motorway": true, "Parkway": true, "Pkwy": true, "Expressway": true, "Highway": true, "Hwy": true, "Freeway": true, "Esplanade": true, "Riverway": true}

// onBefore reports "on" two to four words before toks[i], where a street of one to three words
// that toks[i] ends would have its lead: the one test streetsByName makes at every capitalised
// word before it asks the street's kinds.
func onBefore(text string, toks []Token, i int) bool {
	for k := i - 2; k >= max(0, i-4); k-- {
		if text[toks[k].Start:toks[k].End] == "on" {
			return true
		}
	}
	return false
}

// motionKinds are the common kinds of a street that motionLeads put a street's name before.
var motionKinds = wordSet("Drive Close Way Place Court Grove Parade Walk Row Mews Path Gardens Rise Circle Marg")

// motionLeads say one goes towards or along the street after them: "ran towards Webster Drive",
// "walked along Kent Close", "drove past Ivy Court".
var motionLeads = wordSet("towards toward along down past across " +
	// and those that put one beside it (stop 62: "Lost: black cat named Pepper near Flowers Circle")
	"near opposite behind outside beside")

// motionBefore reports one of motionLeads, or "of" after "end", two to four words before toks[i],
// as onBefore asks "on".
func motionBefore(text string, toks []Token, i int) bool {
	for k := i - 2; k >= max(0, i-4); k-- {
		if w := text[toks[k].Start:toks[k].End]; motionLeads[strings.ToLower(w)] || w == "of" && k > 0 && strings.EqualFold(text[toks[k-1].Start:toks[k-1].End], "end") {
			return true
		}
	}
	return false
}

// homesOn say a home is on the street after "on": "our houses on Miller Drive", "lives on
// Livingston Flats", "an apartment on Kapoor Path".
var homesOn = wordSet("live lives lived living house houses home homes apartment apartments flat flats condo property properties " +
	"cottage bungalow townhouse duplex unit resides reside resided residing grew")

// streetLeads put a street after them: "arrested on Elm Street", "moved off Grafton Street", "down
// Baker Street", "the corner of Pine Road".
var streetLeads = wordSet("on off along down up near onto into via at from to of outside past across toward towards opposite behind")

// ordinalWord reports an ordinal in digits and its English ending, which names a street before
// its kind ("5th Avenue", "42nd Street", "1st St") or a birthday ("Happy 40th Ekiya!").
func ordinalWord(w string) bool {
	n := len(w)
	if n < 3 || n > 5 || !isDigitByte(w[0]) {
		return false
	}
	suffix := w[n-2:]
	return strings.Trim(w[:n-2], "0123456789") == "" && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")
}

// streetScore is the score of a street found by its name alone.
const streetScore = 0.6

// streetsByName makes a street address of one to three capitalised words and a street's kind after
// a word that puts a street after it ("He was arrested on Elm Street in Dayton", "She lives on
// Maple Avenue", "moved off Grafton Street"), which HIPAA counts as geography smaller than a
// state: the number is often left out in prose. What the model found inside gives way to it (a
// person "Baker", an organisation "Wall"); a name a finding crosses is left, and so is code.
func streetsByName(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var buf [4]redact.Finding
	shapes := buf[:0]
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 2; i < len(toks); i++ {
		w := word(i)
		// a street's plain kind in lower case after a name, as chat writes it (stop 58: "traffic on
		// Harriet road is insane"): the name's words no English or dictionary word
		lowerKind := w == "street" || w == "road" || w == "avenue" || w == "lane"
		if len(w) < 2 || len(w) > 10 || !isUpperASCII(w[0]) && !lowerKind || toks[i].NewlineBefore || toks[i].Attached {
			continue
		}
		// any street's kind where a home is said to be on it: "between our houses on Miller Drive",
		// "she lives on Livingston Flats" (stop 58; "Drive" alone names Google's too)
		ender := streetEnders[w]
		homeKind := !lowerKind && !ender && onBefore(text, toks, i) && (redact.IsStreetSuffix(w) || redact.IsIndianStreetWord(w)) && !strings.HasSuffix(w, ".")
		// a street's common kind after a word of going towards or along it, or "the end of" (stop 60:
		// "saw him run towards Webster Drive", "sits at the end of Shanker Path"); the kinds' first
		// letters are asked before the map
		motionKind := !lowerKind && !ender && !homeKind && strings.IndexByte("DCWPGRM", w[0]) >= 0 && motionKinds[w] && motionBefore(text, toks, i)
		if !ender && !homeKind && !lowerKind && !motionKind {
			continue
		}
		k := i - 1 // the name's first word
		ordinal := ordinalWord(word(k))
		if !startsUpper(word(k)) && !ordinal || toks[k].NewlineBefore || toks[k].Attached || techTerms[word(k)] || isTitle(word(k)) {
			continue
		}
		for n := 0; n < 2 && !ordinal && k-1 > 0 && startsUpper(word(k-1)) && !toks[k-1].NewlineBefore && !toks[k-1].Attached && !isTitle(word(k-1)); n++ {
			k-- // "Martin Luther King Blvd", three words at most before the kind
		}
		if k == 0 || toks[k].NewlineBefore {
			continue
		}
		// a word that puts a street after it, or "and" or "&" after another street: "the corner of
		// King St & Queen St", "at Main Street and 5th Avenue"
		lead := word(k - 1)
		if !foldIn(streetLeads, lead) && !((lead == "and" || lead == "&") && k >= 2 && streetEnders[strings.TrimSuffix(word(k-2), ".")]) {
			continue
		}
		if homeKind && (lead != "on" || !homeBeforeOn(text, toks, k, w) && !firmBeforeOn(text, toks, fs, k, w)) {
			continue
		}
		if motionKind && !(motionLeads[strings.ToLower(lead)] || lead == "of" && k >= 2 && strings.EqualFold(word(k-2), "end")) {
			continue
		}
		if motionKind && slices.ContainsFunc(toks[k:i], func(t Token) bool {
			n := text[t.Start:t.End]
			return !listedName(n) && !familyWord(n) || techTerms[n]
		}) {
			continue // a name's words only: not "across Google Drive", "down Product Place"
		}
		if lowerKind && slices.ContainsFunc(toks[k:i], func(t Token) bool {
			n := text[t.Start:t.End]
			return !nameLike(n) || englishWord(n) || dictionaryWord(n) || foldIn(monthNames, n) || foldIn(weekdaySet, n)
		}) {
			continue
		}
		end := toks[i].End
		if w == "St" || w == "Ave" || w == "Rd" || w == "Ln" || w == "Blvd" {
			if i+1 < len(toks) && word(i+1) == "." && toks[i+1].Attached && !(i+2 == len(toks) || toks[i+2].NewlineBefore || startsUpper(word(i+2)) && sentenceOpens(text, toks, i+2)) {
				end = toks[i+1].End // "Elm St." with its period, unless that period ends the sentence
			}
		}
		if inCode(text, toks[k].Start) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.StreetAddress, Start: toks[k].Start, End: end, Score: streetScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	// the model's part of the street gives way too: "Tiputai" of "rear-ended on Tiputai Street" at 0.37 (stop 59)
	sortFindings(shapes)
	k := 0 // shapes and fs are both in start order: one walk
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
		for k < len(shapes) && shapes[k].End <= f.Start {
			k++
		}
		return k < len(shapes) && f.Type == redact.StreetAddress && f.Source == redact.SourceModel && f.Start >= shapes[k].Start && f.End < shapes[k].End &&
			!streetKindLast(text[f.Start:f.End]) // (not a street of its own: "on Bezrukov Street Street")
	})
	return replaceInside(fs, shapes)
}

// streetKindLast reports a street's kind that ends span, of two words or more.
func streetKindLast(span string) bool {
	w, ok := lastWord(span)
	return ok && redact.IsStreetSuffix(w)
}

// homeBeforeOn reports the words before "on" (toks[k-1]) that put a street of any kind (its kind
// kind) after it: a home's word ("between our houses on Miller Drive", stop 58); since stop 59
// "grew up on" ("who grew up on West Stream"), and, not before "Drive", which names Google's too,
// an accident's word ("the collision on Patla Path", "rear-ended on Wali Chowk") and a home's
// word and "is on" ("my new place is on Sanders Link").
func homeBeforeOn(text string, toks []Token, k int, kind string) bool {
	if k < 2 {
		return false
	}
	word := func(n int) string { return text[toks[n].Start:toks[n].End] }
	before := strings.ToLower(word(k - 2))
	switch {
	case homesOn[before]:
		return true
	case k >= 3 && before == "up" && strings.EqualFold(word(k-3), "grew"):
		return true
	case kind == "Drive":
		return false
	case eventsOn[before], shopsOn[before]:
		return true
	}
	if k < 3 || before != "is" {
		return false
	}
	home := strings.ToLower(word(k - 3))
	return homesOn[home] || home == "place"
}

// firmBeforeOn reports an organisation found right before "on" (toks[k-1]), where a street of
// any kind but "Drive" is its place: "dropped the van off at Miller-Cole on Ware Viaduct",
// "outside Green-Schwartz on West Triangle" (stop 62).
func firmBeforeOn(text string, toks []Token, fs []redact.Finding, k int, kind string) bool {
	if k < 2 || kind == "Drive" {
		return false
	}
	end := toks[k-2].End
	for _, f := range fs[near(fs, end):] {
		if f.Start >= end {
			break
		}
		if f.End == end && f.Type == redact.Organization {
			return true
		}
	}
	return false
}

// shopsOn are the shops and offices a street after "on" is the place of (stop 61: "who ran the
// bakery on Tracey Mill for forty years"); not before "Drive", which names Google's too.
var shopsOn = wordSet("shop shops store stores bakery bakeries cafe café pub restaurant salon surgery clinic pharmacy chemist garage office offices")

// eventsOn say that something happened on the street after "on": "the collision on Patla Path",
// "rear-ended on Wali Chowk" (stop 59).
var eventsOn = wordSet("collision collisions accident accidents crash crashed collided rear-ended incident")

// streetsBeforeTowns makes a street address of a street's name without its number where a word
// that puts a street after it stands before, or "the junction of", and the town after "in", the
// town after a comma, another street after "and", or "when" after it (townStreetLeads: "Lost dog near
// Campbell Ferry in Rhodesmouth", "She used to live on Karen cove in East Stephenburgh", "near
// Piazza Gadda in Scandicci", "near Eva-Maria-Trupp-Gasse in Bernburg"): one to five words on the
// line, no digit, a street's kind among them (redact.IsStreetWord: a leader first, a suffix last,
// in either case), or one word that a street's kind ends (compoundStreet), capitalised but for a
// leader in lower case ("avenue de Pottier"); the town after "in" capitalised. What the model found
// inside gives way ("Karen", a person; "Jones", a place it doubted), but for a place or an
// organisation it is fairly sure of.
func streetsBeforeTowns(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	add := func(a, b int) {
		name := text[a:b]
		if b <= a || strings.ContainsAny(name, "0123456789,;:()\n") || inCode(text, a) || !streetName(strings.Fields(name)) {
			return
		}
		// a place or organisation the model is fairly sure of stays, but a place that ends in a
		// street's plain kind ("Hansen Drive", a place at 0.81) is the street
		if ws := strings.Fields(name); sureOfOther(fs, a, b) && !(plainStreetEnders[ws[len(ws)-1]] && !sureOrganisation(fs, a, b)) {
			return
		}
		shapes = append(shapes, redact.Finding{Type: redact.StreetAddress, Start: a, End: b, Score: streetScore, Source: redact.SourceModel})
	}
	// the street ends before a town's "in", the town after a comma, "and" another street, "when",
	// or a time of day's "at" ("See you at Hansen Drive at 7", where "at" may lead it too)
	for _, end := range [...]string{" in ", ", ", " and ", " when ", " at "} {
		for k := range occurrences(text, end) {
			if end == " in " || end == ", " {
				if town, _ := wordAt(text, k+len(end)); town == "" || !startsUpper(town) {
					continue
				}
			}
			timed := end == " at " && k+4 < len(text) && isDigitByte(text[k+4])
			if end == " at " && !timed {
				continue
			}
			// back over the street's words to a word that puts a street after it
			start, words := k, 0
			for words < 6 {
				w, ws := wordBefore(text, start+1)
				if w == "" || foldIn(streetLeads, w) || foldIn(townStreetLeads, w) || timed && w == "at" {
					break
				}
				start, words = ws-1, words+1
			}
			lead, _ := wordBefore(text, start+1)
			if words == 0 || words > 5 || !foldIn(townStreetLeads, lead) && !junctionOf(text, start+1) && !(timed && lead == "at") {
				continue // not after "to", "from" or "at", which a town or a school follows as often ("Moving to Cape Verde in June")
			}
			add(start+1, k)
		}
	}
	// the second street of a junction: "the junction of Garcia Pike and Baldwin Mall, North Patricktown"
	for k := range occurrences(text, " and ") {
		if junctionOf(text, wordsBack(text, k)) {
			e := k + len(" and ")
			if end := nameWords(text, e); end > e {
				if end+1 < len(text) && text[end] == ' ' {
					if w, we := wordAt(text, end+1); !startsUpper(w) && redact.IsStreetWord(w) {
						end = we // a street's kind in lower case after its name: "Marcus bridge"
					}
				}
				add(e, end)
			}
		}
	}
	// one word a street's kind ends, right after a word that puts a street after it or "the
	// junction of", whatever follows: "She lives on Kerkstraat now", "walking my dog on Karzring",
	// "heading toward Annabelbaan" (stop 31)
	for k, c := range compoundLeadScanner.all(text) {
		at := k + len(compoundLeads[c])
		if k > 0 && isLetterStart(text[k-1]) {
			continue
		}
		w, we := wordAt(text, at)
		if strings.HasSuffix(compoundLeads[c], "der ") {
			// German's "auf der", "in der": a street of the feminine kinds only, its abbreviation's
			// full stop with it (stop 59: "auf der Stiffelstr. in Heinsberg"; "in der Einbahnstraße"
			// names one too, "auf der Suche" none)
			if we < len(text) && text[we] == '.' && strings.HasSuffix(w, "str") {
				w, we = text[at:we+1], we+1
			}
			if len(w) >= 6 && startsUpper(w) && redact.IsFeminineGermanStreet(w) {
				add(at, we)
			}
			continue
		}
		if len(w) >= 6 && startsUpper(w) && (compoundStreet(w) || leadCompoundStreet(w) || strings.HasSuffix(compoundLeads[c], "op de ") && strings.HasSuffix(w, "pad")) {
			add(at, we) // (a Dutch path's: "op de Madeliefpad")
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	shapes = slices.CompactFunc(shapes, func(a, b redact.Finding) bool { return a.Start == b.Start && a.End == b.End })
	return replaceInside(fs, shapes)
}

// frenchStreetLeaders open a French street's name in lower case, the name's words after them
// (streetsByLeaders); the last three, which English writes too, only before a particle or after
// a French preposition (frenchStreetPrepositions). Quebec's "montée" and "rang" since stop 61
// ("avoir vu la voiture sur montée Béatrice", "de rang Charest").
var frenchStreetLeaders = []string{"rue ", "chemin ", "impasse ", "allée ", "quai ", "montée ", "rang ", "ruelle ", "boulevard ", "avenue ", "route "}

// frenchEnglishLeaders is how many of frenchStreetLeaders, the last, English writes too.
const frenchEnglishLeaders = 3

// frenchStreetPrepositions put a street after them in French: "sur boulevard Patrick", "du
// boulevard Saint-Laurent", "au boulevard Kevin" (stop 61).
var frenchStreetPrepositions = wordSet("sur du au le habite habitons habitent")

// frenchStreetParticles join a French street's leader to its name: "rue de Charpentier",
// "chemin des Vignes", "allée d'Orsay".
var frenchStreetParticles = []string{"de la ", "de l'", "des ", "du ", "de ", "d'"}

// romanceStreetLeaders open a street's name in Portuguese, Spanish and Italian, capitalised or
// not (streetsByLeaders).
var romanceStreetLeaders = []string{"Rua ", "Avenida ", "Travessa ", "Alameda ", "Praça ", "Largo ", "Estrada ", "Rodovia ", "Viela ", "Ladeira ",
	"Calle ", "Paseo ", "Plaza ", "Camino ", "Carretera ", "Ronda ", "Travesía ", "Callejón ", "Pasaje ",
	"Via ", "Viale ", "Piazza ", "Piazzale ", "Corso ", "Vicolo ", "Strada ", "Contrada ", "Lungomare ",
	"rua ", "avenida ", "travessa ", "praça ", "calle ", "paseo ", "plaza ", "camino ", "via ", "viale ", "piazza ", "corso ", "vicolo ",
	// and the West and South Slavic languages' street in the locative (stop 61): "videl auto na
	// ulici Dorastenecká", "vidio je auto u ulici Grič", "mieszka na ulicy Kwiatowej"
	"ulici ", "ulicy "}

// romanceStreetParticles join a Portuguese, Spanish or Italian street's leader to its name.
var romanceStreetParticles = []string{"de la ", "de ", "da ", "do ", "das ", "dos ", "del ", "della ", "delle ", "dei ", "degli ", "di "}

// streetLeaders are frenchStreetLeaders and romanceStreetLeaders, in that order.
var streetLeaders = slices.Concat(frenchStreetLeaders, romanceStreetLeaders)

// streetLeadersByFirst holds the indexes of streetLeaders by their first byte.
var streetLeadersByFirst = func() (m [256][]int) {
	for i, l := range streetLeaders {
		m[l[0]] = append(m[l[0]], i)
	}
	return m
}()

// streetLeadersAt yields each word of toks that opens with one of streetLeaders (the leader's
// space after the word), after a space or at the text's start, and the leader's index: read at
// the words the tokenizer found, since a scan of every byte for sixty phrases cost more than the
// rule's reading (stop 59).
func streetLeadersAt(text string, toks []Token) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, t := range toks {
			k := t.Start
			if k > 0 && text[k-1] != ' ' {
				continue
			}
			for _, c := range streetLeadersByFirst[text[k]] {
				if strings.HasPrefix(text[k:], streetLeaders[c]) && !yield(k, c) {
					return
				}
			}
		}
	}
}

// romancePrepositions put a street after them in Portuguese, Spanish and Italian: "na Avenida
// Josué Câmara", "en la calle Mayor", "in Via Roma", "sulla Via Emilia".
var romancePrepositions = wordSet("na no da do em pela pelo à ao en la el de del por in a di su per nella nel sulla sul della dello lungo u v w")

// streetsByLeaders makes a street address of a street's name written without its number after
// the word that leads it (stop 59), where the model read a person, a place or nothing:
//   - a French street's leader in lower case, a particle and one to three capitalised words
//     (nameWords), none a month ("Le locataire Anaïs Louis habite au rue de Charpentier à
//     MeunierBourg", "percuté chemin de Courvoisier"); "boulevard", "avenue" and "route", which
//     English writes too, only with the particle ("the route Dupuis took" stays); no number
//     before the leader ("3 rue Verte" is the patterns' street);
//   - a Portuguese, Spanish or Italian street's leader after one of romancePrepositions, a
//     particle or none, and the name's words, none English but a place or a name of the lists
//     ("foi atingido na Avenida Josué Câmara em Oliveira", "Moro na Rua das Flores", "Abito in
//     Via Roma"; "Sent via Email", "in Plaza Hotel" stay).
//
// What the model found inside gives way; a numbered street the patterns found stays theirs.
func streetsByLeaders(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for k, c := range streetLeadersAt(text, toks) {
		french := c < len(frenchStreetLeaders)
		at := k + len(streetLeaders[c])
		particles := romanceStreetParticles
		if french {
			if numberBefore(text, k) {
				continue // (a number before the leader: "3 rue Verte", "7, avenue de Maurice", the patterns' street)
			}
			particles = frenchStreetParticles
		} else if prep, _ := wordBefore(text, k); !romancePrepositions[prep] {
			continue
		}
		particle := ""
		for _, p := range particles {
			if strings.HasPrefix(text[at:], p) {
				particle, at = p, at+len(p)
				break
			}
		}
		if french && particle == "" && c >= len(frenchStreetLeaders)-frenchEnglishLeaders {
			if prep, _ := wordBefore(text, k); !frenchStreetPrepositions[prep] {
				continue // "the route Dupuis took", not a street
			}
		}
		end := nameWords(text, at)
		if end <= at || inCode(text, k) || slices.ContainsFunc(strings.Fields(text[at:end]), func(w string) bool {
			return foldIn(monthNames, w) || techTerms[w] || !french && englishWord(w) && embeddedClass(w)&(gCity|gState|gCountry) == 0 && !listedName(w)
		}) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.StreetAddress, Start: k, End: end, Score: streetScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// numberBefore reports a number before text[k], a space or a comma and a space between: a house
// number.
func numberBefore(text string, k int) bool {
	b := strings.TrimRight(text[:k], " ")
	b = strings.TrimSuffix(b, ",")
	return len(b) < k && b != "" && isDigitByte(b[len(b)-1])
}

// compoundLeads are townStreetLeads, "at" and a junction's words with the space after them, which
// a street of one word follows.
var compoundLeads = []string{"on ", "off ", "along ", "down ", "up ", "near ", "onto ", "via ", "toward ", "towards ", "at ", "junction of ", "corner of ", "intersection of ",
	"On ", "Along ", "Near ", "Via ", "Toward ", "Towards ", "At ",
	"auf der ", "in der ", "an der ", "Auf der ", "In der ", "An der ", // German's, before the feminine kinds (stop 59)
	"op de ", "Op de ", // and Dutch's (stop 59: "werd op de Bryanstraat in Easterein aangereden")
	"in de ", "In de ", "aan de ", "Aan de ", "uit de ", "naar de ", // (stop 61: "Ons filiaal in de Kalverstraat is gesloten")
	"på ", "På "} // and Swedish's, Danish's and Norwegian's (stop 59: "blev påkörd på Strandvägen i Linköping")

// compoundLeadScanner finds compoundLeads in one pass over a text.
var compoundLeadScanner = newPhraseScanner(compoundLeads)

// leadCompounds end a street's name written as one word but other words too ("Spring",
// "Bahnhof", "Loopbaan"): they count only right after a street's lead, in a word no dictionary
// holds.
var leadCompounds = []string{"ring", "hof", "baan", "markt", "dijk", "vej", "vejen", "gade", "gatan", "vägen", "veien", "vegen", "lei"} // (Antwerp's "lei", stop 61: "in de Myriamlei")

// leadCompoundNouns are words leadCompounds end that are common nouns of German and Dutch, not
// streets: station, cemetery, courtyard, career, court of justice, churchyard.
var leadCompoundNouns = wordSet("bahnhof friedhof hinterhof innenhof vorhof gasthof loopbaan gerechtshof kerkhof binnenhof snelweg")

// leadCompoundStreet reports one word that one of leadCompounds ends after three letters or
// more, no English or dictionary word nor a common noun ("Karzring", "Annabelbaan", "Maximhof").
func leadCompoundStreet(w string) bool {
	for _, suf := range leadCompounds {
		if suffixFold(w, suf) && len(w) >= len(suf)+3 {
			return !englishWord(w) && !dictionaryWord(w) && !foldIn(leadCompoundNouns, w)
		}
	}
	return false
}

// junctionOf reports "junction of", "corner of" or "intersection of" right before text[i], which
// puts two streets after them.
func junctionOf(text string, i int) bool {
	before := text[max(0, i-17):i]
	return strings.HasSuffix(before, "junction of ") || strings.HasSuffix(before, "corner of ") || strings.HasSuffix(before, "intersection of ")
}

// wordsBack returns where the one to five words right before text[k] (a space) begin.
func wordsBack(text string, k int) int {
	start := k
	for n := 0; n < 5; n++ {
		w, ws := wordBefore(text, start+1)
		if w == "" || foldIn(streetLeads, w) {
			break
		}
		start = ws - 1
	}
	return start + 1
}

// plainStreetEnders are the kinds of street that end no place's or island's name: a place the model
// read over one of them between a street's lead and its end is the street.
var plainStreetEnders = map[string]bool{"Street": true, "Avenue": true, "Road": true, "Lane": true, "Boulevard": true, "Drive": true,
	"Terrace": true, "Crescent": true, "Way": true, "Court": true}

// sureOrganisation reports an organisation over [start, end) the model is fairly sure of (0.8 or more).
func sureOrganisation(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			break
		}
		if f.Type == redact.Organization && f.End > start && f.Score >= 0.8 {
			return true
		}
	}
	return false
}

// townStreetLeads are the words of streetLeads that put a street before a town's "in" where a
// place's or a school's name does not follow as often.
var townStreetLeads = wordSet("on off along down up near onto via toward towards")

// sureOfOther reports a place or an organisation over [start, end) that the model is fairly sure
// of (0.8 or more), which a street's shape does not outweigh.
func sureOfOther(fs []redact.Finding, start, end int) bool {
	for _, f := range fs[near(fs, start):] { // (from near: every street had read all the findings, stop 59)
		if f.Start >= end {
			break
		}
		if (f.Type == redact.Location || f.Type == redact.Organization) && f.End > start && f.Score >= 0.8 {
			return true
		}
	}
	return false
}

// streetName reports the words of a street's name without its number: a leader first ("Piazza",
// "avenue", "Vicolo"), or a kind last after a capitalised word ("Campbell Ferry", "Karen cove"), or
// one word that a street's kind ends (compoundStreet).
func streetName(ws []string) bool {
	if len(ws) == 1 {
		return startsUpper(ws[0]) && (compoundStreet(ws[0]) || leadCompoundStreet(ws[0]))
	}
	for _, w := range ws {
		if !startsUpper(w) && !nameParticles[strings.ToLower(w)] && !redact.IsStreetWord(w) {
			return false // a word in lower case that is neither a particle nor the street's kind
		}
	}
	for _, w := range ws {
		if techTerms[w] || embeddedClass(w)&gOrg != 0 && !redact.IsStreetWord(w) {
			return false // a product or a company: "on Google Drive in London"
		}
	}
	first, last := ws[0], strings.TrimSuffix(ws[len(ws)-1], ".")
	if foldIn(placeAndOrgWords, last) && !redact.IsStreetWord(last) {
		return false // a school's, a hospital's or a company's name: "Lake David High School"
	}
	if redact.IsStreetWord(first) && slices.ContainsFunc(ws[1:], startsUpper) {
		return true // "Piazza Gadda", "avenue de Pottier"
	}
	return startsUpper(first) && redact.IsStreetWord(last) && !startsUpper(last) || startsUpper(first) && redact.IsStreetSuffix(last)
}

// hyphenedStreetKinds end the German streets named after someone with hyphens between the
// name's parts and the kind: "Paolo-Säuberlich-Gasse", "Konrad-Adenauer-Straße".
var hyphenedStreetKinds = []string{"-Straße", "-Strasse", "-Gasse", "-Platz", "-Weg", "-Allee", "-Ring", "-Damm", "-Ufer", "-Steig", "-Chaussee", "-Promenade"}

// hyphenedStreets makes a street of a German street named after someone with its parts joined
// by hyphens, each capitalised, wherever it stands and with no number after it ("Trainer … fährt
// ab Paolo-Säuberlich-Gasse", stop 62; the address readers want a number), where nothing was
// found over it but doubtful guesses or a part of it (sureInside).
func hyphenedStreets(text string, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for k := range occurrences(text, "-") { // one pass over the hyphens, the kinds asked at each
		kind := ""
		if k+2 < len(text) && isUpperASCII(text[k+1]) {
			for _, c := range hyphenedStreetKinds {
				if strings.HasPrefix(text[k:], c) {
					kind = c
					break
				}
			}
		}
		if kind == "" {
			continue
		}
		end := k + len(kind)
		if end < len(text) && (isLetterStart(text[end]) || text[end] == '-') {
			continue // "-Wege", "-Ringe", "-Gasse-Projekt": another word
		}
		start, lower := k, false // lower: a part after a hyphen in lower case ("Rhein-main-Weg"), no street of names
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			start -= n
			if r == '-' {
				if next, _ := utf8.DecodeRuneInString(text[start+1:]); !unicode.IsUpper(next) {
					lower = true
					break
				}
			}
		}
		if first, _ := utf8.DecodeRuneInString(text[start:]); lower || start == k || !unicode.IsUpper(first) || text[k-1] == '-' {
			continue
		}
		if sureInside(fs, start, end) || inCode(text, start) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.StreetAddress, Start: start, End: end, Score: streetScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	return replaceInside(fs, shapes)
}

// compoundSuffixes end a street's name written as one word in German and Dutch ("Jacobstraße",
// "Hilmar-Kaul-Weg", "Ceylinpad", "Thijnlaan", "Wesackstr.").
var compoundSuffixes = []string{"straße", "strasse", "str.", "weg", "allee", "gasse", "platz", "ring", "pad", "laan", "straat", "gracht", "plein", "dreef", "singel", "kade",
	"steeg"} // (stop 62: "aan de Gerritsteeg")

// compoundStreet reports one word a street's kind ends: a German or Dutch suffix after three
// letters or more, "-Ring" only after a hyphen ("Pasquale-Klemm-Ring", not "Spring").
func compoundStreet(w string) bool {
	for _, suf := range compoundSuffixes {
		if suffixFold(w, suf) && len(w) >= len(suf)+3 && (suf != "ring" && suf != "pad" || suffixFold(w, "-"+suf) || suf == "pad" && !englishWord(w) && !dictionaryWord(w)) {
			return true
		}
	}
	return false
}

// suffixFold reports w ending in suf, in any case, without making a copy of w.
func suffixFold(w, suf string) bool {
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}

// cityBeforeState reads a US city by what follows it: one to three capitalised words, a comma
// and a state's postal abbreviation ("Springfield, IL", "from Austin, TX"; "OR" and its like,
// which are words too, only with a ZIP after them), or a city the gazetteers know and a ZIP
// ("Seattle 98101"). It returns the city's bounds, or -1, -1.
func cityBeforeState(text string, toks []Token, i int) (int, int) {
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	k := i
	for k+1 < len(toks) && k-i < 2 && !toks[k+1].NewlineBefore && !toks[k+1].Attached && nameLike(word(k+1)) {
		k++
	}
	if k == i && k+1 < len(toks) && !toks[k+1].NewlineBefore && !toks[k+1].Attached && zipToken(word(k+1)) &&
		embeddedClass(word(i))&gCity != 0 && embeddedClass(word(i))&gCommon == 0 {
		return toks[i].Start, toks[i].End // Seattle 98101
	}
	if k+2 >= len(toks) || word(k+1) != "," || !toks[k+1].Attached || toks[k+2].NewlineBefore {
		return -1, -1
	}
	state, isWord := redact.USState(word(k + 2))
	next := k + 3
	if !state {
		// a state's full name with a ZIP after it: "Austin, Texas 73301", "Santa Fe, New Mexico 87501"
		e := redact.USStateName(text, toks[k+2].Start)
		for next < len(toks) && toks[next].Start < e {
			next++
		}
		if e == 0 || next >= len(toks) || toks[next].NewlineBefore || !zipToken(word(next)) || redact.USStateName(text, toks[i].Start) > 0 {
			return -1, -1
		}
	}
	zip := next < len(toks) && !toks[next].NewlineBefore && zipToken(word(next))
	if isWord && !zip || !zip && next < len(toks) && !toks[next].NewlineBefore && isWordToken(text, toks[next]) && !toks[next].Attached && startsUpper(word(next)) {
		return -1, -1 // "Thanks, OK", or a longer run of capitals
	}
	for j := i; j <= k; j++ {
		if foldIn(placeAndOrgWords, word(j)) || embeddedClass(word(j))&(gOrg|gOrgSuffix|gCommon) != 0 {
			return -1, -1
		}
	}
	if i > 0 && !toks[i].Attached && !toks[i].NewlineBefore && cityOpeners[word(i-1)] {
		i-- // "New Majkenburgh, KS 54247", "San Marcos, TX"
	}
	return toks[i].Start, toks[k].End
}

// zipAfterState reports a comma, a state (its abbreviation or one to three words of its name)
// and five digits after a city ending at text[end].
func zipAfterState(text string, end int) bool {
	if !strings.HasPrefix(text[end:], ", ") {
		return false
	}
	k := end + 2
	e := redact.USStateName(text, k)
	if e == 0 && k+2 <= len(text) && isUpperASCII(text[k]) && isUpperASCII(text[k+1]) {
		e = k + 2
	}
	return e > 0 && e+6 <= len(text) && text[e] == ' ' && zipToken(text[e+1:e+6]) && (e+6 == len(text) || !isDigitByte(text[e+6]))
}

// cityOpeners are the common words a city's name may open with.
var cityOpeners = wordSet("New North South East West Port Fort San Santa Los Las El Saint St. Lake Mount Palm Grand Little Great")

// stateOrZipAhead reports, cheaply, a comma and two capitals or five digits within the four
// tokens after token i, which cityBeforeState needs after a city.
func stateOrZipAhead(text string, toks []Token, i int) bool {
	if c := text[toks[i].Start]; c >= 'a' && c <= 'z' || c < 'A' {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := text[toks[k].Start:toks[k].End]
		if w == "," && k+1 < len(toks) && toks[k+1].End-toks[k+1].Start == 2 || zipToken(w) {
			return true
		}
	}
	return false
}

// zipToken reports a token of five digits.
func zipToken(w string) bool {
	if len(w) != 5 {
		return false
	}
	for i := 0; i < 5; i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return true
}

// communeParticles join the parts of a French commune's name ("Boulogne-sur-Mer",
// "Châlons-en-Champagne", "Aix-les-Bains", "Fontenay-sous-Bois").
var communeParticles = wordSet("sur sous la le les en lès lez aux et")

// communeShape reports a word that is a place by its shape alone: a French commune's name, its
// capitalised parts joined by hyphens and a particle among them, or a Swedish town's in
// -köping (Nyköping, Linköping).
func communeShape(w string) bool {
	if strings.HasSuffix(w, "köping") && len(w) > len("köping")+1 && unicode.IsUpper([]rune(w)[0]) {
		return true
	}
	if strings.Count(w, "-") < 2 {
		return false
	}
	first, rest, _ := strings.Cut(w, "-")
	k := strings.LastIndexByte(rest, '-')
	if !nameLike(first) || !nameLike(rest[k+1:]) {
		return false
	}
	for mid := rest[:k]; mid != ""; {
		var p string
		p, mid, _ = strings.Cut(mid, "-")
		if communeParticles[p] {
			return true
		}
	}
	return false
}

// personEndsAt reports a person found that ends at end.
func personEndsAt(fs []redact.Finding, end int) bool {
	return foundBefore(fs, end, func(f redact.Finding) bool { return f.Type == redact.Person && f.End == end })
}

// personInside reports a person among fs that overlaps [start, end) and scores above above.
func personInside(fs []redact.Finding, start, end int, above float64) bool {
	for _, f := range fs[near(fs, start):] {
		if f.Start >= end {
			break
		}
		if f.Type == redact.Person && f.End > start && f.Score > above {
			return true
		}
	}
	return false
}

// employerCues are the words after which a business's name follows: "I work at", "the invoice
// from", "a contract with". They are matched as written, and those in lower case with a capital
// first too, as a sentence opens with them ("Invoice from Moraes attached."; since stop 57: the
// scanner is case-sensitive, and only the lower case had been read), but a job left's.
var employerCues = withCapitalFirst([]string{"work at", "works at", "worked at", "working at", "work for", "works for", "worked for", "working for",
	"employed by", "employed at", "invoice from", "invoices from", "contract with", "job at", "hired by", "acquired by", "merged with",
	"partner at", "associate at", "intern at", "internship at", "interview at", "interviewed at", "interview with", "payment to", "payments to", "law firm", "accounting firm", "the firm of",
	"claim with", "claims with", "customer of", "client of", "offer from", "manager at", "supplier,", "vendor,", "account with", "policy with",
	"meeting at", "meeting with", "someone from", "somebody from", "anyone from", "anybody from", "a rep from", "a representative from",
	"creditor", "merchant", "charge at", "charge from", "purchase at", "purchases at",
	"on behalf of", "On behalf of", "Lessor:", "LESSOR:", "Landlord:", "LANDLORD:", "Employer:", "EMPLOYER:", "Employer name:", "Licensor:", "Supplier:",
	// a story's offices (stop 27): "said Ana Lima, chief executive of Bali-Menon", "a spokeswoman for Sampaio S/A"
	"chief executive of", "chief executive at", "spokeswoman for", "spokesman for", "spokesperson for", "CEO of", "chairman of", "chairwoman of",
	// and the other officers of a firm (stop 58: "Meeting with the CFO of Bertin at 3pm")
	"CFO of", "COO of", "CTO of", "managing director of", "co-founder of", "supply agreement with", "shipment from",
	// a prompt's agent and a caller's company (stop 28): "You are a support agent for Morgan-Allen"
	"agent for", "representative for", "assistant for",
	// a job left (stop 31): "Tom left Read-Doyle in March", "she quit Rojas, Morris and Green"; a
	// place left ("left Paris") is no partners' name
	"left", "quit", "resigned from", "laid off by", "let go by"})

// firmLabels are the labels of a form's fields and the words of a letter after which a firm or
// an institution is named: a practice, a school, a bank, solicitors, a shipment's parties.
var firmLabels = []string{"Solicitors:", "Solicitor:", "Practice:", "School:", "Place of work:", "Bank:", "Consignee:", "Shipper:",
	"Hospital:", "Pharmacy:", "Insurer:", "Lender:", "Venue:", "Seller's agent:", "Buyer's agent:", "Company:", "Firm:",
	"Funded by", "Sponsored by", "Sold by", "Represented by", "Managed by", "Supplied by", "Marketed by", "funded by", "sponsored by", "represented by"}

// firmLabelBefore reports one of firmLabels ending with mark at text[k] (":" or " by "), after a
// line's start, a space or a bracket: the words before the mark are read only where a capital
// follows it.
func firmLabelBefore(text string, k int, mark string) bool {
	for _, l := range firmLabels {
		body, ok := strings.CutSuffix(l, strings.TrimSpace(mark))
		if !ok {
			continue
		}
		body = strings.TrimSuffix(body, " ")
		if mark == " by " {
			body = strings.TrimSuffix(l, " by")
		}
		if b := k - len(body); b >= 0 && text[b:k] == body && (b == 0 || !isLetterStart(text[b-1])) {
			return true
		}
	}
	return false
}

// withCapitalFirst returns cues with, after them, each cue in lower case but leavingCues written
// with a capital first.
func withCapitalFirst(cues []string) []string {
	out := slices.Clone(cues)
	for _, c := range cues {
		if c[0] >= 'a' && c[0] <= 'z' && !leavingCues[c] {
			out = append(out, string(c[0]-'a'+'A')+c[1:])
		}
	}
	return out
}

// leavingCues are the employerCues of a job left, after which only partners' names are a firm.
var leavingCues = wordSet("left quit")

// employerScanner finds employerCues in one pass over a text.
var employerScanner = newPhraseScanner(employerCues)

// partnershipCues are what partnerships needs in a text to read anything: the words of
// employerCues and businessDeeds, "Is … hiring?" and deskNames, by a part of each.
var partnershipCues = []string{" at ", " for ", " join", " @ ", " & ", " and ", "creditor", "merchant", " by ", " with ", " hiring", "ayment to", "ayments to", " support", " customer service", " help", " hotline", " from ", "firm", " of ", "supplier", "vendor", " announced", " laid off", " went ", " acquired", " record", " raised prices", " issued a recall", " left ", " quit ",
	"About ", "ESSOR:", "essor:", "ANDLORD:", "andlord:", "MPLOYER:", "mployer:", "mployer name:", "icensor:", "upplier:", " (the ", " (\"", ", a ",
	"olicitor", "ractice:", "chool:", "lace of work:", "ank:", "onsignee:", "hipper:", "ospital:", "harmacy:", "nsurer:", "ender:", "enue:", "s agent:", "ompany:", "irm:"}

// jobThenPartners reads a signature's line under its signer, the job's words and then partners'
// names that end the line ("Kevin Lewis⏎Armed forces training and education officer, Sanchez,
// Perry and Torres", "Administrator, sports, Kirby, Navarro and Smith", where the model had read
// three people; stop 56): the line at ls (from at to le) after a line that a person fills, the
// job's words of English only (commas between), at most eight. It returns the partners' bounds,
// or 0, 0.
func jobThenPartners(text string, fs []redact.Finding, ls, at, le int) (int, int) {
	if ls < 2 || le-at > 160 {
		return 0, 0
	}
	pls := strings.LastIndexByte(text[:ls-1], '\n') + 1 // the line above
	above := pls + len(strings.TrimRight(text[pls:ls-1], " \r"))
	for _, p := range [...]string{" (she/her)", " (he/him)", " (they/them)", " (she/they)", " (he/they)"} {
		if strings.HasSuffix(text[pls:above], p) {
			above -= len(p) // a signer's pronouns after the name (stop 58)
			break
		}
	}
	if !personFills(text, fs, pls, above) {
		return 0, 0
	}
	words := 0
	for c := at; c < le; {
		k := strings.Index(text[c:le], ", ")
		if k < 0 {
			break
		}
		for w := range strings.FieldsSeq(text[c : c+k]) {
			if words++; words > 8 || !englishWord(w) && !dictionaryWord(w) && w != "&" { // (both fold the case; "People & Culture")
				return 0, 0
			}
		}
		start := c + k + 2
		// partners' names after commas, or two joined by a hyphen (stop 58: "Director,
		// Elliott-Hussain" under its signer)
		if end := partnersAt(text, start); end > start && strings.TrimRight(text[end:le], " \r") == "" &&
			(strings.Contains(text[start:end], ", ") || hyphenedPair(text[start:end])) {
			return start, end
		}
		c = start
	}
	return 0, 0
}

// hyphenedPair reports two capitalised names joined by a hyphen and nothing else:
// "Elliott-Hussain".
func hyphenedPair(s string) bool {
	a, b, ok := strings.Cut(s, "-")
	return ok && !strings.ContainsAny(s, " ,") && startsUpper(a) && startsUpper(b) && !strings.Contains(b, "-")
}

// personFills reports a person over the whole of text[a:b], blanks at its ends left out.
func personFills(text string, fs []redact.Finding, a, b int) bool {
	a, b = skipBlanks(text, a), strings.LastIndexFunc(text[:b], func(r rune) bool { return r != ' ' && r != '\r' && r != '\t' })+1
	for _, f := range fs[near(fs, a):] {
		if f.Start > a {
			break
		}
		if f.Type == redact.Person && f.Start <= a && f.End >= b {
			return true
		}
	}
	return false
}

// partyDefinitions follow a contract's party where it is defined: its role in quotes, or what kind
// of body it is ("Castro-Solomon (the "Landlord")", "Valdez, Doyle and James, a company
// registered in").
var partyDefinitions = []string{" (the \"", " (the “", " (\"", " (“", ", a company", ", a corporation", ", a limited", ", a partnership",
	", a firm", ", an LLP", ", a law firm", ", a private company", ", a public company"}

// businessDeeds follow a business's name, not people's: "Jones, Edwards and Shaw filed for
// bankruptcy", "Taylor-Norris announced", and each of businessOnlyDeeds.
var businessDeeds = slices.Concat(businessOnlyDeeds, []string{" filed for bankruptcy", " went bankrupt", " announced",
	// a firm's letter about one's account (stop 55: "Rodriguez, Evans and Shepherd sent me a letter about my account")
	" sent me a letter about my account", " sent me a bill", " sent me an invoice",
	// an account's deal in a CRM's notes (stop 56: "Reynolds, Davis and Mcdonald renewal - Phyllis says …")
	" renewal", " contract renewal", " QBR", " RFP", " upsell"})

// businessOnlyDeeds are businessDeeds no person does: after one name opening a sentence they
// make it a firm's ("Benešová laid off 200 staff", "Koskinen announced record profits"), where
// "Smith filed for bankruptcy" or "Smith announced" may be a person's.
var businessOnlyDeeds = []string{" announced record", " reported record", " reported earnings", " laid off", " was acquired", " were acquired",
	" merged with", " is hiring", " posted record", " raised prices", " issued a recall", " went public",
	// a tender's and a plant's (stop 58: "Chauvet won the tender for the hospital wing")
	" won the tender", " won the contract", " has opened a new plant", " opened a new plant", " opened a new factory"}

// oneNameBusiness returns where one capitalised name at text[at:] ends when one of
// businessOnlyDeeds follows it, or at; not a title, a pronoun or a place the gazetteers know.
func oneNameBusiness(text string, at int) int {
	w, e := wordAt(text, at)
	if w == "" || !nameLike(w) || isTitle(w) || placeName(w) || foldIn(englishFunctionWords, w) ||
		!slices.ContainsFunc(businessOnlyDeeds, func(d string) bool { return strings.HasPrefix(text[e:], d) }) {
		return at
	}
	return e
}

// partnerships makes an organisation of the names of partners that follow a word for a business
// ("I work at Jones, Edwards and Shaw", "the invoice from Taylor-Norris", "a contract with Rossi
// & Bianchi"): capitalised names joined by commas and "and" or "&" (or their like in other
// languages), or two joined by a hyphen, none of them a given name the lists know, an English
// word, or a place. Elsewhere such names are as often people ("Jones, Edwards and Shaw were
// late"), which the model decides.
func partnerships(text string, fs []redact.Finding) []redact.Finding {
	if !slices.ContainsFunc(partnershipCues, func(c string) bool { return strings.Contains(text, c) }) {
		return fs
	}
	var shapes []redact.Finding
	// partners' names opening a sentence before a business's deed, or after "Is" before "hiring"
	for i := 0; i < len(text); {
		at := i
		if strings.HasPrefix(text[i:], "Is ") {
			at = i + 3 // "Is Farnese & Bianchi hiring?"
		}
		end := partnersAt(text, at) // opening a sentence, only partners' names: a capitalised word opens any
		if at > i {
			end = businessAt(text, at, fs)
		} else if end == at {
			end = oneNameBusiness(text, at) // one name before a deed only a business does (stop 31)
		}
		if end > at && (at == i && slices.ContainsFunc(businessDeeds, func(d string) bool { return strings.HasPrefix(text[end:], d) }) ||
			at > i && strings.HasPrefix(text[end:], " hiring")) {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: end, Score: orgScore, Source: redact.SourceModel})
		}
		k := strings.IndexAny(text[i:], ".!?\n")
		if k < 0 {
			break
		}
		i += k + 1
		for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
			i++
		}
	}
	for k, c := range employerScanner.all(text) {
		at := k + len(employerCues[c])
		if k > 0 && isLetterStart(text[k-1]) || at >= len(text) || text[at] != ' ' {
			continue
		}
		if end := partnersAt(text, at+1); end > at+1 {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at + 1, End: end, Score: orgScore, Source: redact.SourceModel})
		} else if leavingCues[employerCues[c]] {
			continue // one name after "left" is as often a town's ("left Paris"), only partners' are a firm's
		} else if start, end := unnamedBusiness(text, at+1, fs); end > start {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	// partners' names filling a line of their own, three at least with a comma and "and": a firm's
	// line in an address block, as a letterhead or a card writes it under its person ("Jennifer
	// Gyarmaty⏎Graham, Ochoa and Vasquez⏎Grolmanstraße 25", where the model had read two
	// people; stop 54)
	if strings.Contains(text, ", ") {
		for ls, le := range lineBounds(text) {
			at := afterLineMarks(text, ls, le)
			if end := partnerList(text, at); end > at && strings.TrimRight(text[end:le], " \r") == "" && strings.Contains(text[at:end], ", ") && le < len(text) && blockStreetLine(text, le+1) {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: end, Score: orgScore, Source: redact.SourceModel})
			} else if start, end := jobThenPartners(text, fs, ls, at, le); end > start {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	if strings.Contains(text, ", ") {
		shapes = partnersInSlots(text, fs, shapes)
	}
	// partners' names after a label or words that only a firm or an institution follows (stop 60:
	// "Solicitors: Low-O'Brien (Tahiroto)", "Practice: Day, Lawrence and Collins", "Funded by Toal,
	// Roche and Magann."); one name there may be a person's, and is left to the model
	for _, mark := range [...]string{":", " by "} {
		for k := range occurrences(text, mark) {
			at := skipBlanks(text, k+len(mark))
			if at >= len(text) || !isUpperASCII(text[at]) || !firmLabelBefore(text, k, mark) {
				continue
			}
			if end := partnersAt(text, at); end > at && (end == len(text) || !isLetterStart(text[end])) {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: end, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	// a contract's party between "between" or "and" and its definition: "between Valdez, Doyle and
	// James, a company registered in", "and Castro-Solomon (the "Landlord")"
	for _, cue := range [...]string{"between ", "and "} {
		for k := range occurrences(text, cue) {
			at := k + len(cue)
			if k > 0 && isLetterStart(text[k-1]) {
				continue
			}
			if end := partnersAt(text, at); end > at && slices.ContainsFunc(partyDefinitions, func(d string) bool { return strings.HasPrefix(text[end:], d) }) {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: end, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	// a business someone joins in a role: "Ana Lima joins Robinson-Shaw as a senior analyst"
	for _, cue := range [...]string{" joins ", " joined ", " joining "} {
		for k := range occurrences(text, cue) {
			at := k + len(cue)
			end := businessAt(text, at, fs)
			if end > at && (strings.HasPrefix(text[end:], " as a ") || strings.HasPrefix(text[end:], " as an ") || strings.HasPrefix(text[end:], " as the ") ||
				strings.HasPrefix(text[end:], " as head of ") || strings.HasPrefix(text[end:], " as Head of ") || // "joined Savage-May as head of sales"
				strings.HasPrefix(text[end:], " as its ") || strings.HasPrefix(text[end:], " as their ") ||
				strings.HasPrefix(text[end:], " in ") && end+8 <= len(text) && citedYear(text[end+4:end+8])) { // "who joined Caldeira in 1995"
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: end, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	// partners' names a singular verb follows: a firm ("Johnson, Johnson and Evans is evaluating
	// us", "Rossi & Bianchi has paid"), where people would take "are", "have", "were" (stop 28)
	if strings.Contains(text, " and ") || strings.Contains(text, " & ") {
		for _, verb := range [...]string{" is ", " has ", " was ", " hasn't ", " isn't ", " wasn't "} {
			for k := range occurrences(text, verb) {
				start := clauseStart(text, k)
				if start < 0 || start >= k || partnerNames(text, start) != k {
					continue
				}
				if names := text[start:k]; !strings.Contains(names, "-") || strings.ContainsAny(names, ",&") {
					shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: k, Score: orgScore, Source: redact.SourceModel})
				}
			}
		}
	}
	// two family names joined by "&", each with its particles, wherever they stand: a firm's name
	// ("Berends & Smits sent me a letter", "at van der Linden & Blees") (stop 30); not two people's
	// (a given name before the first: "Anna Smith & Bob Jones"), nor English words ("Terms &
	// Conditions", "Research & Development")
	for k := range occurrences(text, " & ") {
		if start, end := ampersandFirm(text, k); end > start && !citationAfter(text, end) {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	// partners' names after "at": a firm, where one is, not people ("Head of Data at Ellison, Brown
	// and Duran", "a manager at Moran-Page") (stop 28)
	for k := range occurrences(text, " at ") {
		if end := partnersAt(text, k+len(" at ")); end > k+len(" at ") && !placeName(text[k+len(" at "):end]) {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: k + len(" at "), End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	// a job's company after an at-sign between spaces, as notes and profiles write it: "Louise
	// Blake (Director of Procurement @ Bishop-Evans)", "CTO @ Acme Widgets" (stop 28)
	for k := range occurrences(text, " @ ") {
		at := k + len(" @ ")
		if k == 0 || !isLetterStart(text[k-1]) {
			continue // a job's word before it, not a bullet's or a list's mark
		}
		if end := businessAt(text, at, fs); end > at {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	// a caller's company after her name: "Hi, this is Tina from Williams, Knight and Carter" (stop 28)
	for k := range occurrences(text, "this is ") {
		at := k + len("this is ")
		if k > 0 && isLetterStart(text[k-1]) {
			continue
		}
		w, e := wordAt(text, at)
		if !startsUpper(w) || !strings.HasPrefix(text[e:], " from ") {
			continue
		}
		if end := partnersAt(text, e+len(" from ")); end > e+len(" from ") {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: e + len(" from "), End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	// a press release's boilerplate, on a line of its own: "About Nicholson-Schwartz: founded in …"
	for k := range occurrences(text, "About ") {
		at := k + len("About ")
		if k > 0 && text[k-1] != '\n' {
			continue
		}
		if end := businessAt(text, at, fs); end > at && end < len(text) && text[end] == ':' {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: at, End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	// a business's desk after its name: "Call Lemaire support tomorrow", "Acme Widgets customer service"
	for _, desk := range deskNames {
		for k := range occurrences(text, desk) {
			if e := k + len(desk); e < len(text) && isLetterStart(text[e]) {
				continue
			}
			start := namesBefore(text, k)
			if p := partnersBefore(text, k); p >= 0 && (start < 0 || p < start) {
				start = p // partners joined by commas and "and": "Call Miller, Mejia and Wilson support" (stop 55)
			}
			for start >= 0 && start < k {
				w, e := wordAt(text, start)
				if !foldIn(objectVerbs, w) && !foldIn(objectLeads, w) || e >= k {
					break
				}
				start = e + 1 // the verb that asks for it: "Call Lemaire support"
			}
			if start < 0 || start >= k {
				continue
			}
			if end := businessAt(text, start, fs); end == k {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	sortFindings(shapes)
	shapes = slices.CompactFunc(shapes, func(a, b redact.Finding) bool { return a.Start == b.Start && a.End == b.End }) // a cue and "at" found it both: "work at Jones, Edwards and Shaw"
	for _, sh := range shapes {
		if sh.End < len(text) && (text[sh.End] == '\n' || text[sh.End] == '\r') {
			// the firm's line of a signature, the model's street run on from it into the address
			// under it ("Johnson, Arellano and Hughes⏎744 Mcclure Meadows …", whose street had
			// taken "Arellano and Hughes" and lost them to the line's cut; stop 56)
			fs = streetOffLine(text, fs, sh.Start, lineEnd(text, sh.End))
		}
	}
	// shapes[s] is the first shape that may hold the finding's start (both in start order)
	s := 0
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
		for s < len(shapes) && shapes[s].End <= f.Start {
			s++
		}
		// a model's digitless street that opens inside the firm's name and runs on past it in
		// lower case: "Is Gonzalez, Parks and Hines hiring?", its "Parks and Hines hiring" (stop 56)
		return s < len(shapes) && f.Start > shapes[s].Start && f.End > shapes[s].End && f.Type == redact.StreetAddress && f.Source == redact.SourceModel &&
			!strings.ContainsAny(text[f.Start:f.End], "0123456789") && !hasUpper(text[shapes[s].End:f.End])
	})
	return replaceInside(fs, shapes)
}

// hyphenedFirms makes an organisation of two family names of the lists joined by a hyphen that
// stand alone, no given name, title or other name before them, where the model found nothing or
// doubted what it found (under 0.5): a firm's name as often as a person's, which is masked
// either way ("Rogers-Baker sent me a letter", an organisation at 0.44) (stop 30). Since stop
// 34 Faker's family names count too (familyWord: the census's "Beck", "Odom"), a partner may be
// a given name that is also a family name ("Doyle"; two such only when both are family names of
// gofakeit's or Veil's lists, "Allen-Kim", not "Jean-Paul"), and a legal form after them joins.
func hyphenedFirms(text string, fs []redact.Finding) []redact.Finding {
	if strings.IndexByte(text, '-') < 0 {
		return fs
	}
	var shapes []redact.Finding
	for k := 0; k+1 < len(text); k++ {
		d := strings.IndexByte(text[k:], '-')
		if d < 0 {
			break
		}
		k += d // the next hyphen
		if k == 0 || k+1 >= len(text) || !isUpperASCII(text[k+1]) || !isLetterStart(text[k-1]) {
			continue
		}
		start := strings.LastIndexFunc(text[:k], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(\"'", r) }) + 1
		end := k + 1
		for end < len(text) && (text[end] >= 'a' && text[end] <= 'z' || text[end] >= 'A' && text[end] <= 'Z' || text[end] >= 0x80) {
			end++
		}
		a, b := text[start:k], text[k+1:end]
		if end < len(text) && (text[end] == '-' || text[end] == '\'') || !familyWord(a) || !familyWord(b) || givenOnly(a) || givenOnly(b) ||
			givenNames(a) && givenNames(b) && !(familySet()[a] && familySet()[b]) || placeName(text[start:end]) { // "Allen-Kim", not "Jean-Paul"
			continue
		}
		if start > 1 && text[start-1] == ' ' {
			pw := text[strings.LastIndexFunc(text[:start-1], unicode.IsSpace)+1 : start-1]
			if ps := start - 1 - len(pw); wordNames[pw] && ps > 0 && text[ps-1] == ' ' && doubtedUnder(fs, ps, end, 0.5) && !inCode(text, start) {
				// a given name that is a word, not the sentence's first, before a double family
				// name: the person (stop 54: "Can Summer Reyes-Whitaker call me" had made the
				// family name a firm and left the given name upstream)
				shapes = append(shapes, redact.Finding{Type: redact.Person, Start: ps, End: end, Score: shapeScore, Source: redact.SourceModel})
				k = end
				continue
			}
			if pw != "" && startsUpper(pw) && (givenNames(pw) || isTitle(pw) || nameLike(pw)) {
				continue // "Anna Rogers-Baker", "Ms Rogers-Baker"
			}
		}
		if doubtedUnder(fs, start, end, 0.5) && !inCode(text, start) {
			f := legalFormAfter(text, end) // "Białach-Ciarka Sp.j."
			if f > end && !doubtedUnder(fs, start, f, 0.5) {
				f = end
			}
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: f, Score: orgScore, Source: redact.SourceModel})
		}
		k = end
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// familyWord reports a family name of the lists, Faker's too ("Beck", "Odom": the census's).
func familyWord(w string) bool {
	return familySet()[w] || foldIn(handleFamily(), w)
}

// givenOnly reports a given name of the lists that no list holds as a family name ("Mary", not
// "Doyle" or "Graham").
func givenOnly(w string) bool {
	return (givenNames(w) || listedGiven()[w]) && !familyWord(w)
}

// doubtedUnder reports [start, end) where fs holds nothing, or only the model's persons and
// organisations within it under limit.
func doubtedUnder(fs []redact.Finding, start, end int, limit float64) bool {
	for _, f := range fs {
		if f.Start >= end || f.End <= start {
			continue
		}
		if f.Start < start || f.End > end || f.Source != redact.SourceModel || f.Type != redact.Person && f.Type != redact.Organization || f.Score >= limit {
			return false
		}
	}
	return true
}

// ampersandFirm reads the firm's name around the " & " at text[k]: a family name before it and
// one after it (each of the lists, or like one: no given name, English or dictionary word, title
// or place), each after its particles ("van der Linden & Blees", "de Plantard & van Es"), and
// no capitalised word before the first, where one would make them two people's names. It returns
// the name's bounds, or start == end.
func ampersandFirm(text string, k int) (start, end int) {
	// ok reports a family name; after its particles any name's word is one ("van der Linden", "van Es")
	ok := func(w string, particled bool) bool {
		if w == "" || !startsUpper(w) || isTitle(w) || companyWord(w) {
			return false
		}
		if particled {
			return nameLike(w)
		}
		return (familySet()[w] || familyNameLike(w)) && !givenNames(w) && !listedGiven()[w] && !foldIn(handleGiven(), w) &&
			!englishWord(w) && !dictionaryWord(w) && !placeName(w)
	}
	ws := strings.LastIndexFunc(text[:k], unicode.IsSpace) + 1 // (a line break ends a word too)
	first := text[ws:k]
	start = ws
	for start > 1 && text[start-1] == ' ' { // the first name's particles: "van der Linden"
		ps := strings.LastIndexByte(text[:start-1], ' ') + 1
		p := text[ps : start-1]
		if !runParticles[p] && !(runParticles[strings.ToLower(p)] && startsUpper(p) && (ps == 0 || text[ps-1] == '\n')) { // "Van Bragt & Dirven" opening the text
			break
		}
		start = ps
	}
	if !ok(first, start < ws) {
		return 0, 0
	}
	if start > 1 && text[start-1] == ' ' {
		pw := text[strings.LastIndexByte(text[:start-1], ' ')+1 : start-1]
		if pw != "" && startsUpper(pw) && !isTitle(strings.TrimSuffix(pw, ".")) && !strings.HasSuffix(pw, ".") && !strings.HasSuffix(pw, ":") &&
			!foldIn(englishFunctionWords, pw) { // "Is Kolster & Robbrechts hiring?"
			return 0, 0 // "Anna Smith & Bob Jones", "Tasol Smith & Co"
		}
	}
	at, particled := k+len(" & "), false
	for { // the second name's particles: "& van Es"
		e := at
		for e < len(text) && !strings.ContainsRune(" \t\r\n,.;:!?()[]\"", rune(text[e])) {
			e++
		}
		w := text[at:e]
		if runParticles[w] && e < len(text) && text[e] == ' ' {
			at, particled = e+1, true
			continue
		}
		if !ok(w, particled) {
			return 0, 0
		}
		if e+1 < len(text) && text[e] == ' ' { // a second family name: "Kolster & Robbrechts Bruijne"
			e2 := e + 1
			for e2 < len(text) && !strings.ContainsRune(" \t\r\n,.;:!?()[]\"", rune(text[e2])) {
				e2++
			}
			if ok(text[e+1:e2], false) {
				e = e2
			}
		}
		return start, e
	}
}

// afterLineMarks returns where a line's text starts at text[i], before limit, past its blanks and
// a list's or a quote's marks ("> ", "* ", and the "???" a lost bullet leaves).
func afterLineMarks(text string, i, limit int) int {
	for i < limit && (text[i] == ' ' || text[i] == '>' || text[i] == '?' || text[i] == '*') {
		i++
	}
	return i
}

// blockStreetLine reports a line at text[ls] that is an address block's street: a capitalised
// word or a house number first, after a list's or a quote's marks and blanks, and a number in it.
func blockStreetLine(text string, ls int) bool {
	ls = afterLineMarks(text, ls, len(text))
	le := strings.IndexByte(text[ls:], '\n')
	if le < 0 {
		le = len(text) - ls
	}
	line := text[ls : ls+min(le, 64)]
	return line != "" && (isDigitByte(line[0]) || isUpperASCII(line[0]) || line[0] >= 0x80) && strings.ContainsAny(line, "0123456789")
}

// partnersAt returns where partners' names at text[i] end, as a firm's name writes them
// (partnerNames: "Jones, Edwards and Shaw"; partnerList: "Smith, Smith and Graham", whose Graham
// is a given name too; hyphenedPartners: "Bell-Lewis"), or i.
func partnersAt(text string, i int) int {
	if end := partnerNames(text, i); end > i {
		return end
	}
	if end := partnerList(text, i); end > i {
		return end
	}
	return hyphenedPartners(text, i)
}

// placeName reports a country's, a state's or a town's name the gazetteers know ("Bosnia and
// Herzegovina", "Guinea-Bissau", "Kalyan-Dombivli"), which partners' shape can take.
func placeName(s string) bool {
	return embeddedClass(s)&(gCountry|gState|gCity) != 0 || countryWord(s)
}

// clauseWindow is how far back clauseStart looks: partners' names are a few words long, and a
// search back to the text's start for each verb would make a long text's cost grow with its
// square.
const clauseWindow = 160

// clauseStart returns where the clause that text[k] is in starts: after the last full stop,
// semicolon, colon, question or exclamation mark and its space, dash between spaces or line
// break before k, or at the text's start; -1 when none is within clauseWindow bytes.
func clauseStart(text string, k int) int {
	lo := max(0, k-clauseWindow)
	start := -1
	if lo == 0 {
		start = 0
	}
	for _, b := range [...]string{". ", "; ", ": ", "? ", "! ", " - ", "\n"} {
		if j := strings.LastIndex(text[lo:k], b); j >= 0 && lo+j+len(b) > start {
			start = lo + j + len(b)
		}
	}
	if start < 0 {
		return -1
	}
	return skipBlanks(text, start)
}

// businessAt returns where a business's name at text[i] ends, after a word that puts one there:
// partners' names (partnersAt) or a name nothing else found that opens right at i
// (unnamedBusiness, no article before it); i when there is none.
func businessAt(text string, i int, fs []redact.Finding) int {
	if end := partnersAt(text, i); end > i {
		return end
	}
	if start, end := unnamedBusiness(text, i, fs); start == i {
		return end
	}
	return i
}

// hyphenedPartners reads two capitalised names joined by a hyphen at text[i] ("Bell-Lewis",
// "Harvey-Pierce"), not two given names that are no family names ("Mary-Kate") nor a possessive,
// after a word that puts a
// business there; it returns where they end, or i.
func hyphenedPartners(text string, i int) int {
	w, e := wordAt(text, i)
	a, b, ok := strings.Cut(w, "-")
	if !ok || strings.Contains(b, "-") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || !nameLike(a) || !nameLike(b) || givenNames(w) && !(foldIn(handleFamily(), a) && foldIn(handleFamily(), b)) ||
		strings.HasPrefix(text[e:], "'") || strings.HasPrefix(text[e:], "’") {
		return i
	}
	return e
}

// partnersBefore returns where partners' names that end at text[k] begin (partnersAt: "Miller,
// Mejia and Wilson"), the leftmost such start within 64 bytes back on the line; -1 when there
// are none.
func partnersBefore(text string, k int) int {
	best := -1
	for j := k - 1; j > 0 && j >= k-64 && text[j] != '\n'; j-- {
		if text[j-1] != ' ' && text[j-1] != '\n' || !isUpperASCII(text[j]) {
			continue
		}
		if partnersAt(text, j) == k {
			best = j
		}
	}
	return best
}

// deskNames follow a business's name where its desk is meant: "Call Lemaire support tomorrow".
var deskNames = []string{" support", " customer service", " customer support", " helpdesk", " help desk", " hotline"}

// namesBefore returns where the one to four capitalised words right before text[k] (a space)
// begin, "&" and particles allowed between them, on their line; -1 when there are none.
func namesBefore(text string, k int) int {
	start := -1
	i := k
	for n := 0; n < 6 && i > 0 && i < len(text) && text[i] == ' '; n++ {
		j := i
		for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' {
			j--
		}
		w := text[j:i]
		switch {
		case w == "&" || nameParticles[w] && start >= 0:
		case startsUpper(w) && nameLike(w):
			start = j
		default:
			return start
		}
		if j == 0 {
			return start
		}
		i = j - 1
	}
	return start
}

// unnamedBusiness reads a business's name at text[i], after a word that puts one there ("the
// invoice from Pink Elephant", "I work at Hollow Pines Ltd"), that nothing else found: two to
// four capitalised words on the line (an article before them left out; "&" or "and" may join
// them), or one that is no English word, with a legal form after them. The first may be no
// title, given name, month or weekday ("the invoice from Maria", "an offer from Dr Stone" are a
// person's, and "work at Monday" nobody's), and no finding of the model's or the rules' at 0.5
// or more may cross them. It returns the name's bounds, or i, i.
func unnamedBusiness(text string, i int, fs []redact.Finding) (int, int) {
	start := i
	for _, a := range []string{"The ", "the "} {
		if strings.HasPrefix(text[i:], a) {
			start = i + len(a)
		}
	}
	capital := startsUpper
	first, e := wordAt(text, start)
	if strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s") {
		return i, i // "I work at Mary-Kate's": a person's, or a shop the model may read
	}
	if !capital(first) || employerPlaceholders[strings.ToLower(first)] || givenNames(first) || isTitle(first) || foldIn(monthNames, first) || foldIn(weekdaySet, first) || givenSet()[first] || curatedGiven()[first] ||
		earlyFakerGiven()[first] || embeddedClass(first)&(gFirst|gTitle) != 0 {
		return i, i
	}
	end, words := e, 1
	for words < 4 {
		if f := legalFormAfter(text, end); f > end {
			break // "Pires S/A"
		}
		j := end
		switch {
		case strings.HasPrefix(text[j:], " & "):
			j += 3
		case strings.HasPrefix(text[j:], " and "):
			j += 5
		case strings.HasPrefix(text[j:], " "):
			j++
		default:
			j = -1
		}
		if j < 0 {
			break
		}
		for n := 0; n < 2; n++ {
			if p, pe := wordAt(text, j); nameParticles[p] && pe < len(text) && text[pe] == ' ' {
				j = pe + 1 // "Haselaar & van de Klashorst"
			}
		}
		w, we := wordAt(text, j)
		if !capital(w) || foldIn(monthNames, w) || foldIn(weekdaySet, w) || isTitle(w) {
			break
		}
		end, words = we, words+1
	}
	if end < len(text) && (text[end] == '@' || text[end] == '.' && end+1 < len(text) && isLetterStart(text[end+1])) {
		return i, i // a domain or an address: "offer from Acme.com"
	}
	if w, _ := wordAt(text, min(end+2, len(text))); strings.HasPrefix(text[end:], ", ") && capital(w) && !foldIn(legalSuffixes, w) {
		return i, i // a list the partners' rule did not take: "I work at Jones, Edwards."
	}
	if words == 1 && (englishWord(first) || dictionaryWord(first) || commonLower(first) || capitals(first) && len(first) <= 3) {
		return i, i // "work at Home", "hired by HR"
	}
	end = legalFormAfter(text, end)
	for _, f := range fs {
		if f.Start < end && f.End > start && f.Score >= 0.5 {
			return i, i
		}
	}
	return start, end
}

// partnerList reads, at text[i], three to five capitalised names joined by commas and a last
// "and" or "&" ("Smith, Cain and Williams", "Miles, Patel and Thompson"), or two joined by "&":
// the shape of a firm's name, but no common word, title, month, weekday or place, and no given
// name the lists do not also know as a family name. It returns where the list ends, or i.
func partnerList(text string, i int) int {
	name := func(w string) bool {
		return nameLike(w) && !foldIn(commonSet, w) && !isTitle(w) && !foldIn(monthNames, w) && !foldIn(weekdaySet, w) &&
			embeddedClass(w)&(gCity|gState|gCountry|gCommon|gTitle) == 0 &&
			// a given name only where the lists know it as a family name too: "Anna, Ben and Carl" are people
			(!givenSet()[w] && !curatedGiven()[w] && !fakerEnglishGiven()[w] || familyWord(w))
	}
	w, e := wordAt(text, i)
	if !name(w) {
		return i
	}
	for n := 1; n < 5; n++ {
		switch {
		case strings.HasPrefix(text[e:], ", "):
			w, e2 := wordAt(text, e+2)
			if !name(w) {
				return i
			}
			e = e2
		case n >= 2 && lastPartnerLink(text[e:]) > 0, strings.HasPrefix(text[e:], " & "):
			k := e + 3
			if text[e+1] != '&' {
				k = e + lastPartnerLink(text[e:])
			}
			w, e2 := wordAt(text, k)
			if !name(w) {
				return i
			}
			return e2
		default:
			return i
		}
	}
	return i
}

// lastPartnerLink returns the length of the "and" that s opens with before a firm's last
// partner, with its spaces (" and ", ", and ", and since stop 57 its like in the languages of
// firmLinks: "Ματεντσίδου, Ζορμπάς και Κυμπάρης", "Roels, Verhaeghe en De Witte"), or 0.
func lastPartnerLink(s string) int {
	if strings.HasPrefix(s, ", and ") {
		return len(", and ")
	}
	if len(s) < 4 || s[0] != ' ' {
		return 0
	}
	k := strings.IndexByte(s[1:], ' ')
	if w := s[1 : 1+max(k, 0)]; k <= 0 || w != "and" && (!firmLinks[w] || w == "&") {
		return 0
	}
	return k + 2
}

// firmTails end the name of a family's business: "Auger Renard et Fils", "Filogamo e figli",
// "Tomás y asociados", "Dombey & Son".
var firmTails = []string{" e figli", " e Figli", " et Fils", " et fils", " & Fils", " & Sons", " and Sons", " & Son", " & Söhne", " und Söhne", " e Filhos", " e filhos",
	" e Hijos", " e hijos", " y asociados", " y Asociados", " & Associates", " and Associates", " & Co.", " & Co", " & Partners", " and Partners", " & Partner"}

// firmConnectors join the partners of a family's business: "Foa, Garibaldi e Sonnino e figli".
var firmConnectors = map[string]bool{",": true, "&": true, "e": true, "et": true, "y": true, "and": true, "und": true}

// familyFirms makes an organisation of the names before a family business's tail ("Auger Renard
// et Fils", "Foa, Garibaldi e Sonnino e figli", "Tomás y asociados S.L.", "van Dillen & Sons"),
// with a legal form after it, whatever the model made of the names (mostly people, which a
// policy that keeps organisations would have masked as people): one to six capitalised names,
// their particles, and commas, "e", "et", "y", "&", "and" or "und" between them, on one line.
func familyFirms(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " & ") && !strings.Contains(text, " e ") && !strings.Contains(text, " et ") && !strings.Contains(text, " y ") &&
		!strings.Contains(text, " and ") && !strings.Contains(text, " und ") {
		return fs
	}
	var shapes []redact.Finding
	for _, tail := range firmTails {
		for k := range occurrences(text, tail) {
			end := k + len(tail)
			if end < len(text) && isLetterStart(text[end]) {
				continue // "& Sonnet", or "& Son" of "& Sons", which has its own tail
			}
			start := firmNamesBefore(text, k)
			if start < 0 || strings.HasPrefix(tail, " and ") && (givenSet()[text[start:k]] || listedGiven()[text[start:k]]) {
				continue // "Tom and Sons went fishing": a man and his sons
			}
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: legalFormAfter(text, end), Score: orgScore, Source: redact.SourceModel})
		}
	}
	return replaceInsideFirst(fs, shapes)
}

// firmNamesBefore returns where the partners' names before text[k] (a space before a firm's
// tail) begin, or -1 when there are none.
func firmNamesBefore(text string, k int) int {
	start, names, pending := -1, 0, false // pending: a connector read, that needs a name before it
	afterComma, group := -1, 0            // where the names after the last comma begin; names before it
	i := k
	for n := 0; n < 12 && i > 0; n++ {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		if i == 0 || text[i-1] == '\n' {
			break
		}
		if text[i-1] == ',' || text[i-1] == '&' {
			if names == 0 {
				return -1
			}
			if text[i-1] == ',' {
				afterComma, group = start, 0
			}
			i--
			pending = true
			continue
		}
		j := i
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:j])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != '’' {
				break
			}
			j -= size
		}
		w := text[j:i]
		if w == "" {
			break
		}
		switch {
		case firmConnectors[w]:
			if names == 0 {
				return -1
			}
			pending = true
		case nameParticles[w] && names > 0:
			start = j // "van Dillen", "de Gruil"
		case names > 0 && (foldIn(objectVerbs, w) || w == "About"):
			n = 12 // the verb that asks for the firm, a press release's heading: "Call Hornig GmbH & Co. KG support", "About Vasquez and Sons:" (stop 55)
			continue
		case nameLike(w) && !isTitle(w):
			if group++; group > 1 && afterComma >= 0 && (givenSet()[w] || listedGiven()[w]) {
				return afterComma // "Lionel Pratt, Pratt & Sons": a man and his firm
			}
			start, names, pending = j, names+1, false
		default:
			n = 12 // the word before the names: stop
			continue
		}
		i = j
		if names > 6 {
			return -1
		}
	}
	if names == 0 || pending {
		return -1 // a connector with no name before it: ", e figli"
	}
	return start
}

// partnerNames returns the end of partners' names from text[i] ("Jones, Edwards and Shaw",
// "Taylor-Norris", "Rossi & Bianchi"), or i: names joined by commas alone are a list, not a
// firm, until "and" or "&" closes it.
func partnerNames(text string, i int) int {
	partner := func(w string) bool {
		if !nameLike(w) || englishWord(w) || dictionaryWord(w) || embeddedClass(w)&(gCity|gState|gCountry|gOrg|gStreet|gNRP|gTitle|gCommon) != 0 {
			return false
		}
		// a given name too only where the lists know it as a family name ("Graham", "Lara")
		return !givenSet()[w] && !curatedGiven()[w] && !earlyFakerGiven()[w] && embeddedClass(w)&gFirst == 0 || familyWord(w)
	}
	w, e := wordAt(text, i)
	if w == "" {
		return i
	}
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, p) {
			w, e = w[:len(w)-len(p)], e-len(p) // "Taylor-Norris's office": the possessive is no part of the name
		}
	}
	if a, b, ok := strings.Cut(w, "-"); ok {
		// two family names joined ("Taylor-Norris"; a given name may be one, as Taylor is, but not
		// both: "Mary-Kate")
		surname := func(w string) bool {
			return partner(w) || nameLike(w) && givenSet()[w] && !dictionaryWord(w) && !englishWord(w)
		}
		if surname(a) && surname(b) && !strings.Contains(b, "-") && !givenNames(w) {
			return e
		}
		return i
	}
	// a family name of the lists that is also an English word, a given name or a town ("White",
	// "Long", "Gray", "Francis", "Hamilton") is a partner too in a list of three or more ("White,
	// Perez and Franklin"; since stop 56 without another partner, "Long, White and Peters"), where
	// two such names alone ("May and Bell") say nothing (stop 31)
	weak := func(w string) bool {
		return nameLike(w) && familyWord(w) && embeddedClass(w)&(gState|gCountry|gOrg|gNRP|gTitle) == 0 // a town's and a street's too: "Hamilton, Bell and Hall", "Mills, White and Mccoy"
	}
	strong, weakOnes := 0, 0
	count := func(w string) bool {
		switch {
		case partner(w):
			strong++
		case weak(w):
			weakOnes++
		default:
			return false
		}
		return true
	}
	if !count(w) {
		return i
	}
	for names := 1; names < 6; names++ {
		j := e
		last := false
		switch {
		case strings.HasPrefix(text[j:], " & "):
			j, last = j+3, true
		case strings.HasPrefix(text[j:], ", "):
			j += 2
			if c, ce := wordAt(text, j); partnerLinks[c] && ce < len(text) && text[ce] == ' ' {
				j, last = ce+1, true // "Jones, Edwards, and Shaw"
			}
		case j < len(text) && text[j] == ' ':
			c, ce := wordAt(text, j+1)
			if !partnerLinks[c] || ce >= len(text) || text[ce] != ' ' {
				return i
			}
			j, last = ce+1, true
		default:
			return i
		}
		n, ne := wordAt(text, j)
		if !count(n) {
			return i
		}
		if e = ne; last {
			if weakOnes > 0 && names+1 < 3 {
				return i // (three or more of them are a firm's shape, after a word for a business or before its deed: "Is White, Colon and Turner hiring?", stop 56)
			}
			return e // the last partner closes the name
		}
	}
	return i
}

// partnerLinks join the last partner: "and", and its like in other languages.
var partnerLinks = wordSet("and und et y e og i en och ve")

// spacedLegalForms are the legal forms written in several words, which a company's name ends
// with: Poland's limited company (spółka z ograniczoną odpowiedzialnością) and its partnerships,
// with or without their spaces.
var spacedLegalForms = []string{"Sp. z o.o.", "sp. z o.o.", "Sp. z o. o.", "sp. z o. o.", "Sp.z o.o.", "sp.z o.o."}

// spacedFormTails may follow a spaced legal form: a limited partnership's "Sp.k." or "Sp. k."
// ("Zybura-Wyrostek Sp. z o.o. Sp.k.").
var spacedFormTails = []string{" Sp.k.", " sp.k.", " Sp. k.", " sp. k."}

// companiesBySpacedForms makes an organisation of one to four capitalised words before a legal
// form written in several words (spacedLegalForms: "Borysewicz Sp. z o.o.", "PPUH Bek Sp. z
// o.o.", "Zybura-Wyrostek Sp. z o.o. Sp.k."), the form included, whatever the model made of the
// words: a company's name, which the model, trained on English, read as a place, a person or
// nothing.
func companiesBySpacedForms(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "o.o.") && !strings.Contains(text, "o. o.") {
		return fs
	}
	var shapes []redact.Finding
	for _, form := range spacedLegalForms {
		for k := range occurrences(text, form) {
			if k < 2 || text[k-1] != ' ' {
				continue
			}
			end := k + len(form)
			for _, tail := range spacedFormTails {
				if strings.HasPrefix(text[end:], tail) {
					end += len(tail)
					break
				}
			}
			// the name: capitalised words (or capitals, a trade's acronym: PPUH) back from the form
			start, words := k-1, 0
			for words < 4 && start > 0 {
				q := start
				for q > 0 && text[q-1] != ' ' && text[q-1] != '\n' {
					q--
				}
				w := text[q:start]
				if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:()") {
					break
				}
				start, words = q, words+1
				if q == 0 || text[q-1] != ' ' {
					break
				}
				start = q - 1
			}
			if words == 0 {
				continue
			}
			if text[start] == ' ' {
				start++
			}
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore + 0.2, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInsideFirst(fs, shapes)
}

// generalOffices stand before "General" in an office's title, not a hospital's name: "Attorney
// General", "Surgeon General", "Major General".
var generalOffices = wordSet("Attorney Surgeon Secretary Inspector Consul Solicitor Postmaster Governor Major Brigadier Lieutenant " +
	"Adjutant Auditor Comptroller Registrar Accountant Director Commissary Paymaster Quartermaster Vicar")

// careCues put a place of care after them: "transferred from Kurtview General", "admitted to
// Mercy General", "seen at Mass General".
var careCues = wordSet("from at to in admitted transferred seen")

// generalHospitals makes a place of care of a hospital named by its shorthand, one or two
// capitalised words and "General" or "Memorial" after a word that puts a place of care after it
// (careCues), where the model found nothing sure (stop 30): "The patient was transferred from
// Kurtview General", the town at 0.41; "Admitted to Mercy General", a person. A place of care is
// a place, as careInstitutions makes it. Not an office ("the Attorney General").
func generalHospitals(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, " General") && !strings.Contains(text, " Memorial") {
		return fs
	}
	var shapes []redact.Finding
	word := func(k int) string { return text[toks[k].Start:toks[k].End] }
	for i := 2; i < len(toks); i++ {
		if w := word(i); w != "General" && w != "Memorial" || toks[i].NewlineBefore || toks[i].Attached {
			continue
		}
		if n := i + 1; n < len(toks) && !toks[n].NewlineBefore && !toks[n].Attached && startsUpper(word(n)) {
			continue // "Mercy General Hospital", careInstitutions' own
		}
		first := i - 1
		for first > 0 && i-first < 2 && startsUpper(word(first-1)) && !toks[first].NewlineBefore && !toks[first].Attached {
			first--
		}
		ok := true
		for k := first; k < i; k++ {
			if w := word(k); toks[k].NewlineBefore || toks[k].Attached && k > first || !startsUpper(w) || generalOffices[w] || isTitle(w) || givenNames(w) && i-first == 1 {
				ok = false
			}
		}
		if !ok || first == 0 || toks[first].NewlineBefore || !foldIn(careCues, word(first-1)) {
			continue
		}
		start, end := toks[first].Start, toks[i].End
		sure := false
		for _, f := range fs {
			if f.End > start && f.Start < end && (f.Score >= 0.9 || f.Type == redact.Location && f.Start <= start && f.End >= end) {
				sure = true
			}
		}
		if sure || inCode(text, start) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Location, Start: start, End: end, Score: shapeScore, Source: redact.SourceModel})
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceWithin(fs, shapes)
}

// employerLabels head a form's field whose value is a business's name.
var employerLabels = []string{"Employer name:", "Employer:", "Current employer:", "Name of employer:", "Company name:", "Company:", "Business name:",
	"EMPLOYER NAME:", "EMPLOYER:", "COMPANY NAME:", "COMPANY:", "BUSINESS NAME:"}

// employerPlaceholders fill an employer's field with no business in it.
var employerPlaceholders = wordSet("n/a na none nil self self-employed unemployed retired student homemaker housewife not applicable same -")

// employersInFields makes an organisation of the value of a form's employer or company field that
// fills the rest of its line, one to six words with a capital or a particle opening them, where
// the model found nothing or doubted what it found (stop 56: "Employer name: da Cunha" and
// "Employer name: Pastor", Brazilian firms named for their owners, had gone upstream); not a
// placeholder ("Employer: Self-employed", "Company: N/A").
func employersInFields(text string, fs []redact.Finding) []redact.Finding {
	if !strings.Contains(text, "mployer") && !strings.Contains(text, "ompany") && !strings.Contains(text, "usiness name") &&
		!strings.Contains(text, "MPLOYER") && !strings.Contains(text, "OMPANY") && !strings.Contains(text, "USINESS NAME") {
		return fs
	}
	var shapes []redact.Finding
	for ls, le := range lineBounds(text) {
		at := ls
		for at < le && (text[at] == ' ' || text[at] == '\t') {
			at++
		}
		label := ""
		for _, l := range employerLabels {
			if strings.HasPrefix(text[at:le], l) {
				label = l
				break
			}
		}
		if label == "" {
			continue
		}
		start := skipBlanks(text, at+len(label))
		end := le
		for end > start && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\r') {
			end--
		}
		v := text[start:end]
		if v == "" || strings.Count(v, " ") > 5 || employerPlaceholders[strings.ToLower(v)] || strings.ContainsAny(v, "@:/") {
			continue
		}
		w, _ := wordAt(text, start)
		if !hasUpper(v) || !startsUpper(w) && !nameParticles[w] {
			continue
		}
		if doubtedInside(fs, start, end) {
			shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: orgScore, Source: redact.SourceModel})
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// leaderTowns joins a town's leader that the model read as a place of its own to the place it
// read right after it, one space between, the words in lower case the model ran the second on
// into left out ("Rent in South Raymondfort keeps rising": "South" at 0.88 and "Raymondfort
// keeps" at 0.48, stop 56). fs is in start order, and so is the result.
func leaderTowns(text string, fs []redact.Finding) []redact.Finding {
	var out []redact.Finding
	for i := 0; i < len(fs); i++ {
		f := fs[i]
		if i+1 < len(fs) && f.Type == redact.Location && fs[i+1].Type == redact.Location && f.Source == redact.SourceModel && fs[i+1].Source == redact.SourceModel &&
			namedTownLeaders[text[f.Start:f.End]] && fs[i+1].Start == f.End+1 && text[f.End] == ' ' {
			g := fs[i+1]
			for {
				k := strings.LastIndexByte(text[g.Start:g.End], ' ')
				if k <= 0 {
					break
				}
				if w := text[g.Start+k+1 : g.End]; lowerStart(w) && !nameParticles[w] {
					g.End = g.Start + k
					continue
				}
				break
			}
			if out == nil {
				out = append(make([]redact.Finding, 0, len(fs)), fs[:i]...)
			}
			out = append(out, redact.Finding{Type: redact.Location, Start: f.Start, End: g.End, Score: max(f.Score, g.Score), Source: redact.SourceModel})
			i++
			continue
		}
		if f.Type == redact.Location && f.Source == redact.SourceModel && namedTownLeaders[text[f.Start:f.End]] && f.End+1 < len(text) && text[f.End] == ' ' &&
			(i+1 == len(fs) || fs[i+1].Start > f.End+1) {
			// a leader the model read alone before a capitalised word it left, that closes the
			// clause: "PO Box 627, South Soperstone⏎" (stop 56)
			if w, e := wordAt(text, f.End+1); nameLike(w) && !englishWord(w) && !dictionaryWord(w) && (i+1 == len(fs) || fs[i+1].Start >= e) && clauseEndsAt(text, e) {
				if out == nil {
					out = append(make([]redact.Finding, 0, len(fs)), fs[:i]...)
				}
				f.End = e
				out = append(out, f)
				continue
			}
		}
		if out != nil {
			out = append(out, f)
		}
	}
	if out == nil {
		return fs
	}
	return out
}

// partnerTails reads the lists of partners' names the model read in part (stop 58): its
// organisation that stops before the last partner takes it ("graduated from Neylon, Largey and
// McIntyre", read as "Neylon, Largey"); where it read two names of such a list or more as
// organisations, however doubtfully, the list is one ("Αραπάκη, Τσαπραλής και Ρέππος", two at
// 0.48 and 0.34, the third left); and where it read them as people or places, two at least at
// 0.5 or more, or three names of which it read one, a name it doubted (under 0.5) or left is a
// person too ("Avoid Collins, Lane and Maldonado", "Lane" at 0.49; "Reynell, O'Dea and
// Connellan", only the first read; "Nazario, Bañuelos y Campos", "Bañuelos" a place at 0.45):
// whether a firm or its partners, every name of it is someone's. Not a firm's word among them
// ("Smith, Jones and Co").
func partnerTails(text string, fs []redact.Finding) []redact.Finding {
	var claims, firms []redact.Finding
	for k := 0; k < len(fs); k++ {
		f := &fs[k]
		if f.Source != redact.SourceModel || f.End+2 >= len(text) || text[f.End] != ',' && text[f.End] != ' ' ||
			f.Type != redact.Organization && f.Type != redact.Person && f.Type != redact.Location {
			continue
		}
		if f.Type == redact.Organization && f.Score >= 0.5 && strings.Contains(text[f.Start:f.End], ", ") {
			n := lastPartnerLink(text[f.End:])
			if n == 0 {
				continue
			}
			_, e := wordAt(text, f.End+n)
			if partnerList(text, f.Start) != e || k+1 < len(fs) && fs[k+1].Start < e && (fs[k+1].End > e || fs[k+1].Source != redact.SourceModel) {
				continue
			}
			for n := k + 1; n < len(fs) && fs[n].Start < e; n++ {
				fs[n].Type = "" // the model's guess over the last partner joins the firm (dropped below, once: deleting here was quadratic in a long list)
			}
			f.End = e
			continue
		}
		if text[f.End] != ',' || strings.IndexByte(text[f.Start:f.End], ' ') >= 0 {
			continue // one family name opening the list
		}
		e := partnerList(text, f.Start)
		if e <= f.End {
			continue
		}
		sure, names, orgs := 0, 0, 0
		var weak [][2]int
		for at := f.Start; at < e; {
			for at < e && !isLetterStart(text[at]) {
				at++
			}
			if at >= e {
				break
			}
			w, we := wordAt(text, at)
			if w == "" {
				at++
				continue
			}
			if companyWord(w) || w == "Co" || humped(w) {
				names = 0 // a firm's word, "Smith, Jones and Co"; brands, "PayPal, BioFlower and LinkedIn"
				break
			}
			if w != "and" && !firmLinks[w] {
				names++
				i, ok := slices.BinarySearchFunc(fs, at, func(g redact.Finding, s int) int { return g.Start - s })
				over := ok && fs[i].End == we && fs[i].Source == redact.SourceModel
				if over && fs[i].Type == redact.Organization {
					orgs++
				}
				if over && fs[i].Score >= 0.5 {
					sure++
				} else if free(fs, at, we) || over && fs[i].Type != redact.Organization {
					weak = append(weak, [2]int{at, we})
				}
			}
			at = we
		}
		switch {
		case names >= 3 && orgs >= 2:
			firms = append(firms, redact.Finding{Type: redact.Organization, Start: f.Start, End: e, Score: orgScore, Source: redact.SourceModel})
		case f.Type != redact.Organization && f.Score >= 0.5 && (sure >= 2 || names >= 3) && len(weak) > 0: // (three names in a firm's shape, one read)
			for _, w := range weak {
				claims = append(claims, claim(w[0], w[1], shapeScore))
			}
		}
	}
	fs = slices.DeleteFunc(fs, func(f redact.Finding) bool { return f.Type == "" })
	if len(firms) > 0 {
		fs = replaceInside(fs, firms)
	}
	return claimPersons(fs, claims)
}

// prefixForms open an Indonesian firm's name: "PT Sumber Makmur Abadi", "CV Hartati", "UD
// Prastuti Jailani (Persero) Tbk".
var prefixForms = map[string]bool{"PT": true, "CV": true, "UD": true}

// prefixedFirms makes an organisation of an Indonesian firm named after its legal form (stop 58:
// "The audit of PT Sumber Makmur Abadi found no issues" had masked nothing; "PT Nashiruddin Tbk"
// had left "PT"): the form in capitals, one to four capitalised words that are no English word
// alone after CV or UD (a résumé's "CV Template"), and "(Persero)" and "Tbk" after them. What the
// model found inside gives way.
func prefixedFirms(text string, toks []Token, fs []redact.Finding) []redact.Finding {
	var shapes []redact.Finding
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].End-toks[i].Start != 2 || !isUpperASCII(text[toks[i].Start]) {
			continue // (the forms are two capitals: the one test at most tokens)
		}
		w := text[toks[i].Start:toks[i].End]
		if !prefixForms[w] || toks[i+1].NewlineBefore || toks[i+1].Attached || i > 0 && toks[i].Attached {
			continue
		}
		k := i
		for k+1 < len(toks) && k < i+4 && !toks[k+1].NewlineBefore && !toks[k+1].Attached {
			n := text[toks[k+1].Start:toks[k+1].End]
			if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) || capitals(n) || isTitle(n) || foldIn(weekdaySet, n) || foldIn(monthNames, n) {
				break
			}
			k++
		}
		if k == i || k == i+1 && (englishWord(text[toks[k].Start:toks[k].End]) || dictionaryWord(text[toks[k].Start:toks[k].End])) {
			continue
		}
		end := toks[k].End
		if strings.HasPrefix(text[end:], " (Persero)") {
			end += len(" (Persero)")
		}
		if strings.HasPrefix(text[end:], " Tbk") && (end+4 == len(text) || !isLetterStart(text[end+4])) {
			end += len(" Tbk")
		}
		if inCode(text, toks[i].Start) {
			continue
		}
		shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: toks[i].Start, End: end, Score: orgScore, Source: redact.SourceModel})
		for i+1 < len(toks) && toks[i+1].Start < end {
			i++
		}
	}
	if len(shapes) == 0 {
		return fs
	}
	return replaceInside(fs, shapes)
}

// openersBefore takes a town's opening word that the model left before its place, or before a
// business named after the town, into it (stop 58: "at the front desk of the New Brianborough
// clinic", read as "Brianborough clinic", "New" left; "the South Erin clinic"): a capitalised
// word of cityOpeners right before, on the line.
func openersBefore(text string, fs []redact.Finding) []redact.Finding {
	for k := range fs {
		f := &fs[k]
		if f.Source != redact.SourceModel || f.Start < 4 || text[f.Start-1] != ' ' || f.Type != redact.Location && f.Type != redact.Organization {
			continue
		}
		w, ws := wordBefore(text, f.Start)
		if w == "" || w == "St." || !cityOpeners[w] || k > 0 && fs[k-1].End > ws || cityOpeners[firstWord(text[f.Start:f.End])] {
			continue
		}
		if f.Type == redact.Organization {
			last := text[f.Start:f.End]
			if i := strings.LastIndexByte(last, ' '); i >= 0 {
				last = last[i+1:]
			}
			if !slices.Contains(facilityWords, last) && !orgEndWords[last] {
				continue // a firm's own name stays the model's reading ("South Acme Ltd", "West Ham"); a business named after a town ends in its kind
			}
		}
		f.Start = ws
	}
	return fs
}

// partnersInSlots appends to shapes the partners' names of three or more (a comma and "and", as
// partnerList reads them) that stand where only a firm stands (stop 60): in brackets after a
// person ("Speakers: Anthony Judd (Boyd, Read and Rogers)"), after a person's "of" ("Deaglan
// McAteer-Nolan of McCarron, McElhattin and Cousins"), as a contact line's cell between bars
// ("Anamika Som | Senior Account Manager | Bhattacharyya, Bhat and Mukherjee | 9746507529"), or
// opening a signature's line under the signer's name or title, alone or before the town ("--⏎Bryan
// Frank⏎Schneider, Diaz and King, South Jeffrey"). Elsewhere they may be people.
func partnersInSlots(text string, fs, shapes []redact.Finding) []redact.Finding {
	for _, and := range [...]string{" and ", " & "} {
		for k := range occurrences(text, and) {
			if k+len(and) >= len(text) || !isUpperASCII(text[k+len(and)]) || !strings.Contains(text[max(0, k-64):k], ", ") {
				continue // a capitalised partner after "and", and a comma before it: asked before the walk back
			}
			_, e := wordAt(text, k+len(and))
			start := partnersBefore(text, e)
			if start < 0 || start >= k || e == k+len(and) || !strings.Contains(text[start:k], ", ") || partnerList(text, start) != e {
				continue
			}
			if w, _ := wordAt(text, start); jobTitle(w) {
				continue // a job's title before the partners: jobThenPartners reads "Pharmacologist, Gonzales, Alexander and Williams"
			}
			ls, _ := lineWithin(text, start, start, nearBytes) // (both bounded: a long line's every "and" read its whole line)
			_, le := lineWithin(text, e, e, nearBytes)
			rest := strings.TrimRight(text[e:le], " \r")
			slot := false
			switch {
			case start >= 2 && text[start-2:start] == " (" && e < len(text) && text[e] == ')':
				slot = personEndsAt(fs, start-2)
			case start >= 4 && text[start-4:start] == " of ":
				slot = personEndsAt(fs, start-4)
			case strings.HasSuffix(text[:start], "the ") || strings.HasSuffix(text[:start], "The "):
				// a firm's deal between "the" and its noun: "send the Morar, Golla and Chauhan contract" (stop 60)
				next, _ := wordAt(text, skipBlanks(text, e))
				slot = e < len(text) && text[e] == ' ' && dealNouns[next]
			case strings.HasSuffix(text[ls:start], "| "):
				slot = rest == "" || strings.HasPrefix(rest, " |")
			case strings.TrimSpace(text[ls:start]) == "" && ls >= 2:
				slot = (rest == "" || strings.HasPrefix(rest, ", ") && !strings.ContainsAny(rest, "0123456789") || strings.HasPrefix(rest, " |")) && signerAbove(text, fs, ls)
			}
			if slot {
				shapes = append(shapes, redact.Finding{Type: redact.Organization, Start: start, End: e, Score: orgScore, Source: redact.SourceModel})
			}
		}
	}
	return shapes
}

// dealNouns name a business's dealings after its name: "the Morar, Golla and Chauhan contract".
var dealNouns = wordSet("contract contracts account accounts deal integration invoice invoices order proposal renewal merger acquisition audit lawsuit case tender bid")

// signerAbove reports that the line above the one at text[ls] is a person's name alone, or a
// job's title (jobTitle) under a line that is: a signature's block.
func signerAbove(text string, fs []redact.Finding, ls int) bool {
	for n := 0; n < 2 && ls >= 2; n++ {
		pe := ls - 1 // the line above ends at its break
		ps := strings.LastIndexByte(text[:pe], '\n') + 1
		line := strings.TrimSpace(text[ps:pe])
		if line == "" {
			return false
		}
		a := ps + strings.Index(text[ps:pe], line)
		if personEndsAt(fs, a+len(line)) && foundBefore(fs, a+len(line), func(f redact.Finding) bool { return f.Type == redact.Person && f.End == a+len(line) && f.Start <= a+4 }) {
			return true
		}
		if n > 0 || !jobTitle(line) {
			return false
		}
		ls = ps
	}
	return false
}
