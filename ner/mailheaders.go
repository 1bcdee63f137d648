package ner

import (
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
	type line struct{ ls, le, v int }
	var block []line
	parties, others := 0, 0
	flush := func() {
		if len(block) >= 3 && parties > 0 && others > 0 {
			for _, l := range block {
				if label, _ := mailLabelAt(text, l.ls, l.le); foldIn(mailPartyLabels, label) {
					claims = appendMailParties(claims, text, l.v, l.le)
				}
				fs = dropLabelReadings(fs, l.ls, l.v)
			}
		}
		block, parties, others = block[:0], 0, 0
	}
	for at := 0; at <= len(text); {
		le := strings.IndexByte(text[at:], '\n')
		if le < 0 {
			le = len(text)
		} else {
			le += at
		}
		end := le
		if end > at && text[end-1] == '\r' {
			end--
		}
		if label, v := mailLabelAt(text, at, end); label != "" {
			block = append(block, line{at, end, v})
			if foldIn(mailPartyLabels, label) {
				parties++
			} else {
				others++
			}
		} else {
			flush()
		}
		at = le + 1
	}
	flush()
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

// dropLabelReadings drops the model's findings inside a header's label text[ls:v] ("Verzonden:").
func dropLabelReadings(fs []redact.Finding, ls, v int) []redact.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Source == redact.SourceModel && f.Start >= ls && f.End <= v {
			continue
		}
		out = append(out, f)
	}
	return out
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
