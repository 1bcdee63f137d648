package ner

import (
	"strings"
	"unicode"

	"github.com/veil-gateway/veil/redact"
)

// A job's title between a person and the employer (stop 38): a reference, a signature and a
// letter's sign-off write "Dr Fiona McAllister, Senior Lecturer, University of Glasgow" and
// "Jane Doe, Chief Financial Officer, Acme Holdings Ltd", and the model reads the title and the
// employer as one address, which masks the title (no personal data, and what a reference is
// about) and types the university a street. titlesBeforeEmployers cuts such a street of the
// model's after a comma: one to four capitalised words that open it, a job's word among them
// (jobTitleWords, or a specialist's: "Cardiologist", "Physician", "Lecturer") and the others
// words of English, then a comma, are left out, and the rest without a number is the
// organisation it names ("University of Glasgow", "St Thomas Hospital, London"). The model's
// organisations that open with a title stay whole: cut so, one held-out text of stop 38's
// measure lost a few characters of a name.

// specialistWords are job words of teaching, medicine and the law beside jobTitleWords.
var specialistWords = wordSet("Lecturer Professor Reader Fellow Tutor Teacher Headteacher Dean Provost Registrar Nurse Midwife " +
	"Surgeon Physician Consultant Paediatrician Pediatrician Radiographer Pharmacist Therapist Physiotherapist Psychologist " +
	"Psychiatrist Dentist Solicitor Barrister Attorney Lawyer Paralegal Judge Magistrate Librarian Curator")

func titlesBeforeEmployers(text string, fs []redact.Finding) []redact.Finding {
	for i := range fs {
		f := &fs[i]
		if f.Source != redact.SourceModel || f.Type != redact.StreetAddress {
			continue
		}
		span := text[f.Start:f.End]
		comma := strings.Index(span, ", ")
		if comma <= 0 || comma > 60 || !jobTitle(span[:comma]) {
			continue
		}
		rest := f.Start + comma + 2
		if rest >= f.End {
			continue
		}
		f.Start = rest
		if strings.IndexFunc(text[f.Start:f.End], unicode.IsDigit) < 0 {
			f.Type = redact.Organization // the employer, written without a number
		}
	}
	return fs
}

// jobTitle reports one to four capitalised words (and "of", "&", "and"), a job's word among them
// and the others words of English that no list gives as names: "Senior Lecturer", "Chief
// Financial Officer", "Consultant Cardiologist", "Head of Department".
func jobTitle(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	job := false
	for _, w := range ws {
		switch {
		case w == "of" || w == "&" || w == "and":
		case !startsUpper(w):
			return false
		case jobTitleWords[w] || specialistWords[w] || strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "ician"):
			job = true
		case listedName(w) || !englishWord(w) && !dictionaryWord(w):
			return false // a name among the words: "Manager Tom Baker, Acme"
		}
	}
	return job
}

// jobsNotNames drops the model's person, place or street that is a job's title alone, two words
// or more (jobTitle): a signature's line after the name's comma ("Dr Cory Jacobs, Consultant
// Cardiologist, West-Giles", stop 60), where the model had read a street the rules then made a
// person of. One word alone stays: "Dean" and "Judge" are names as well.
func jobsNotNames(text string, fs []redact.Finding) []redact.Finding {
	out := fs[:0]
	for _, f := range fs {
		span := text[f.Start:f.End]
		if f.Source == redact.SourceModel && (f.Type == redact.Person || f.Type == redact.StreetAddress || f.Type == redact.Location) &&
			strings.IndexByte(span, ' ') > 0 && jobLast(span) && strings.IndexFunc(span, unicode.IsDigit) < 0 && !townPrefixes[span[:strings.IndexByte(span, ' ')]] && jobTitle(span) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// jobLast reports a span whose last word is a job's (jobTitleWords, specialistWords, "-ologist",
// "-ician") and no given name of the lists.
func jobLast(span string) bool {
	w := span[strings.LastIndexByte(span, ' ')+1:]
	if len(w) < 2 || !isUpperASCII(w[0]) {
		return false
	}
	return (jobTitleWords[w] || specialistWords[w] || strings.HasSuffix(w, "ologist") || strings.HasSuffix(w, "ician")) && !givenSet()[w] && !listedGiven()[w]
}
