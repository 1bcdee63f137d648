package ner

import (
	"cmp"
	"slices"
	"strings"

	"github.com/veil-gateway/veil/redact"
)

// A forwarded or quoted mail's header block, as mail programs write it in their user's language:
// "Van: Emily van Leuven <…>⏎Verzonden: maandag 3 maart 2025⏎Aan: Floor van Waas⏎Onderwerp:
// Factuur". Its labels are no places ("Verzonden", "Enviada", "Assunto" had been read as
// places), and its sender's and recipients' lines name people, with or without their addresses
// (stop 37: "Aan: Floor van Waas", "Para: Aurora Viana" had gone upstream, and in English "To:
// Floor van Waas" too, Floor being a word).

// mailPartyLabels open a header's line of the sender or recipients, in English, German, French,
// Spanish, Italian, Dutch, Portuguese, Swedish, Polish, Danish and Norwegian.
var mailPartyLabels = wordSet("from to cc bcc von an kopie de à a para da aan van från till kopia od do dw fra til")

// mailOtherLabels open a header's other lines: when it was sent, and its subject.
var mailOtherLabels = wordSet("sent date subject gesendet datum betreff envoyé objet enviado enviada fecha asunto inviato data oggetto " +
	"verzonden onderwerp assunto skickat ämne wysłano temat sendt emne")

// mailLabelAt returns a header label opening the line at text[ls:le] ("Aan", "Enviada em",
// "Copie à") and where its value starts after the colon, or "" and 0.
func mailLabelAt(text string, ls, le int) (string, int) {
	c := strings.IndexByte(text[ls:le], ':')
	if c <= 0 || c > 14 {
		return "", 0
	}
	label := strings.TrimRight(text[ls:ls+c], " ")
	first, rest, _ := strings.Cut(label, " ")
	switch {
	case rest == "":
	case (first == "Enviada" || first == "enviada") && rest == "em", (first == "Copie" || first == "copie") && rest == "à":
	default:
		return "", 0
	}
	if !foldIn(mailPartyLabels, first) && !foldIn(mailOtherLabels, first) {
		return "", 0
	}
	v := ls + c + 1
	for v < le && text[v] == ' ' {
		v++
	}
	return first, v
}

// mailHeaderNames drops what the model read in a header block's labels and makes a person of
// each sender or recipient its party lines name without an address (one to four words written
// as a name is, separated by semicolons, or by commas where each side holds two words or more;
// no team, place or organisation word: signedName). A block is three labelled lines in a row at
// least, one of a party and one of the date or subject.
func mailHeaderNames(text string, fs []redact.Finding) []redact.Finding {
	if strings.Count(text, ":") < 3 || !strings.Contains(text, "\n") {
		return fs
	}
	var claims []redact.Finding
	type line struct {
		ls, le, v int  // the line's bounds and where its value starts after the label
		party     bool // a sender's or recipients' line
	}
	var block []line
	var labels [][2]int // the blocks' labels, whose readings by the model go
	parties := 0
	flush := func() {
		if len(block) >= 3 && parties > 0 && parties < len(block) {
			for _, l := range block {
				if l.party {
					claims = appendMailParties(claims, text, l.v, l.le)
				}
				labels = append(labels, [2]int{l.ls, l.v})
			}
		}
		block, parties = block[:0], 0
	}
	for ls, le := range lineBounds(text) {
		if le > ls && text[le-1] == '\r' {
			le-- // a mail's CRLF
		}
		label, v := mailLabelAt(text, ls, le)
		if label == "" {
			flush()
			continue
		}
		party := foldIn(mailPartyLabels, label)
		block = append(block, line{ls, le, v, party})
		if party {
			parties++
		}
	}
	flush()
	if len(labels) > 0 {
		fs = slices.DeleteFunc(fs, func(f redact.Finding) bool {
			if f.Source != redact.SourceModel {
				return false
			}
			k, _ := slices.BinarySearchFunc(labels, f.Start, func(l [2]int, at int) int { return cmp.Compare(l[1], at+1) })
			return k < len(labels) && labels[k][0] <= f.Start && f.End <= labels[k][1]
		})
	}
	return claimPersons(fs, claims)
}

// appendMailParties appends a claim for each name on a party line's value text[v:le] that has
// no address: "Floor van Waas", "Smith, John; Doe, Jane".
func appendMailParties(claims []redact.Finding, text string, v, le int) []redact.Finding {
	value := text[v:le]
	if strings.ContainsAny(value, "<@\"") {
		return claims // display names before addresses are read by displayNames
	}
	items := strings.Split(value, ";")
	if len(items) == 1 && strings.Contains(value, ",") {
		parts := strings.Split(value, ",")
		twoWords := true
		for _, p := range parts {
			twoWords = twoWords && len(strings.Fields(p)) >= 2
		}
		if twoWords {
			items = parts // "Floor van Waas, Ana Lima"; not "Smith, John"
		}
	}
	at := v
	for _, it := range items {
		s := at + len(it) - len(strings.TrimLeft(it, " "))
		e := at + len(strings.TrimRight(it, " "))
		at += len(it) + 1
		name := text[s:e]
		if name == "" {
			continue
		}
		if family, given, ok := strings.Cut(name, ", "); ok && signedName(family, false) && signedName(given, false) {
			claims = append(claims, claim(s, e, signOffScore))
			continue
		}
		if signedName(name, false) && !strings.Contains(name, ",") && mailPartyName(name) {
			claims = append(claims, claim(s, e, signOffScore))
		}
	}
	return claims
}

// mailPartyName reports a party's name: a word of it a given or family name of the lists, or a
// word that no list knows as a word ("Floor van Waas"; not "Accounting", "Project Alpha").
func mailPartyName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if foldIn(nameParticles, w) {
			continue
		}
		if givenSet()[w] || listedGiven()[w] || fakerEnglishGiven()[w] || familyWord(w) || onlyAName(w) {
			return true
		}
	}
	return false
}
