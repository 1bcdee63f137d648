package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veil-gateway/veil/redact"
)

// Companies in Chinese, Japanese, Korean and Thai text, told by their legal form (stop 36): the model
// reads Latin letters' shapes and found none of "立信电子网络有限公司", "株式会社中村保険" or
// "주식회사 양한최"; an employer's name identifies its employee as a Latin one does.

// cjkSuffixForms end a company's name in Chinese and Japanese (a limited company, a joint-stock
// one, a group, Japan's kabushiki, yūgen and gōdō kaisha), the longest first.
var cjkSuffixForms = []string{"股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "集团公司", "集團公司", "集团", "集團",
	"株式会社", "有限会社", "合同会社", "合資会社", "合名会社"}

// cjkPrefixForms open a Japanese company's name as well ("株式会社吉田通信").
var cjkPrefixForms = []string{"株式会社", "有限会社", "合同会社"}

// koreanForms mark a Korean company before or after its name: a stock company, a limited one.
var koreanForms = []string{"주식회사", "유한회사", "(주)", "(유)", "㈜"}

// companyStops are the characters that end a Chinese company's name read back from its form:
// prepositions, particles, pronouns and verbs a sentence puts before a name ("我在…有限公司工作").
var companyStops = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range "在于於的和与與及从從向给給对對为為是了到我你他她们們这這那被由跟同让讓请請叫" {
		m[r] = true
	}
	return m
}()

// koreanCompanyParticles are written onto a Korean company's name: from, at, of, topic,
// subject, object, with, too, to.
var koreanCompanyParticles = []string{"에서", "으로", "에게", "에", "의", "은", "는", "이", "가", "을", "를", "와", "과", "도", "로"}

// thaiForms are Thai companies' forms: "บริษัท" (company) before the name and "จำกัด" (limited)
// after it, or an abbreviation written onto the name.
var thaiForms = []string{"บริษัท", "บจก.", "หจก.", "บมจ."}

// cjkCompanies returns the companies of text that a legal form marks, in order, apart.
func cjkCompanies(text string, scripts int) []redact.Finding {
	var out []redact.Finding
	add := func(start, end int) {
		out = append(out, redact.Finding{Type: redact.Organization, Start: start, End: end, Score: shapeScore, Source: redact.SourceModel})
	}
	if scripts&(sHan|sKana) != 0 {
		last := 0 // where the last company ends: a name read back stops there ("…有限公司三浦情报有限公司")
		for _, m := range formsIn(text, cjkSuffixForms) {
			k, form := m.at, m.form
			if n := len(out); n > 0 && k == last {
				out[n-1].End = k + len(form) // a form right after another: "王鼎餐飲集團有限公司"
			} else if b := companyNameBefore(text, k, last); k-b >= 2*3 { // two characters at least
				add(b, k+len(form))
			} else if e := companyNameAfter(text, k+len(form)); slices.Contains(cjkPrefixForms, form) && e-k-len(form) >= 2*3 {
				add(k, e)
			} else {
				continue
			}
			last = out[len(out)-1].End
		}
	}
	if scripts&sHangul != 0 {
		for _, m := range formsIn(text, koreanForms) {
			k, form := m.at, m.form
			attached := k > 0 && text[k-1] != ' ' && text[k-1] >= utf8.RuneSelf // 삼성전자(주): the form written onto the name
			if e := hangulWordAfter(text, k+len(form)); e > k+len(form) && !attached {
				add(k, e) // 주식회사 양한최, (주) 윤
			} else if b := hangulWordBefore(text, k); b < k {
				add(b, k+len(form)) // 삼성전자 주식회사, 삼성전자(주)
			}
		}
	}
	if scripts&sThai != 0 {
		for _, m := range formsIn(text, thaiForms) {
			k, e := m.at, m.at+len(m.form)
			if m.form != "บริษัท" { // the abbreviations, the name written onto them
				for e < len(text) {
					r, size := utf8.DecodeRuneInString(text[e:])
					if !unicode.Is(unicode.Thai, r) && !unicode.IsLetter(r) {
						break
					}
					e += size
				}
				if e > k+len(m.form) {
					add(k, e)
				}
				continue
			}
			// บริษัท … จำกัด (มหาชน): "company … limited (public)", on one line, within 120 bytes
			rest := text[e:min(len(text), e+120)]
			if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
				rest = rest[:nl]
			}
			if l := strings.Index(rest, "จำกัด"); l > 3 {
				end := e + l + len("จำกัด")
				if strings.HasPrefix(text[end:], " (มหาชน)") {
					end += len(" (มหาชน)")
				}
				add(k, end)
			}
		}
	}
	// in order and apart: the scripts' findings one after another, and one that reaches into the
	// one before it joins it
	sortFindings(out)
	kept := out[:0]
	for _, f := range out {
		if n := len(kept); n > 0 && f.Start < kept[n-1].End {
			kept[n-1].End = max(kept[n-1].End, f.End)
			continue
		}
		kept = append(kept, f)
	}
	return kept
}

// formAt is where a legal form stands in a text.
type formAt struct {
	at   int
	form string
}

// formsIn returns the places of forms in text, in order, the longest where two start at one
// place, none inside another: one pass over the text per form.
func formsIn(text string, forms []string) []formAt {
	var all []formAt
	for _, f := range forms {
		for k := range occurrences(text, f) {
			all = append(all, formAt{k, f})
		}
	}
	slices.SortFunc(all, func(a, b formAt) int {
		if a.at != b.at {
			return a.at - b.at
		}
		return len(b.form) - len(a.form)
	})
	out := all[:0]
	for _, m := range all {
		if n := len(out); n > 0 && m.at < out[n-1].at+len(out[n-1].form) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// companyNameBefore reads back from a form at text[k] over a company's name: Han characters,
// katakana and Latin letters or digits, up to twelve, to a stop, a mark, another script or lo,
// where the company before it ends.
func companyNameBefore(text string, k, lo int) int {
	b, n := k, 0
	for b > lo && n < 12 {
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー' || r < utf8.RuneSelf && (isUpperASCII(byte(r)) || r >= '0' && r <= '9')) || companyStops[r] {
			break
		}
		b -= size
		n++
	}
	return b
}

// companyNameAfter reads a Japanese company's name after its form at text[e]: Han characters
// and katakana, up to ten, to hiragana (a particle), a mark or another script.
func companyNameAfter(text string, e int) int {
	for n := 0; e < len(text) && n < 10; n++ {
		r, size := utf8.DecodeRuneInString(text[e:])
		if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || r == 'ー') {
			break
		}
		e += size
	}
	return e
}

// hangulWordAfter reads the Hangul word after a Korean form at text[e] (a space between or
// none), without a particle written onto it; e when there is none.
func hangulWordAfter(text string, e int) int {
	s := e
	if s < len(text) && text[s] == ' ' {
		s++
	}
	w := s
	for w < len(text) {
		r, size := utf8.DecodeRuneInString(text[w:])
		if !unicode.Is(unicode.Hangul, r) {
			break
		}
		w += size
	}
	if w == s {
		return e
	}
	for _, p := range koreanCompanyParticles {
		// a particle of two syllables after one at least; of one, after three (홍김이 is a name)
		if strings.HasSuffix(text[s:w], p) && (len(p) == 6 && w-len(p)-s >= 3 || len(p) == 3 && w-len(p)-s >= 9) {
			return w - len(p)
		}
	}
	return w
}

// hangulWordBefore reads back the Hangul word before a Korean form at text[k] (a space between
// or none); k when there is none.
func hangulWordBefore(text string, k int) int {
	e := k
	if e > 0 && text[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if !unicode.Is(unicode.Hangul, r) {
			break
		}
		b -= size
	}
	if b == e {
		return k
	}
	return b
}
