package ner

import "testing"

// TestMailHeaderNames: a header block's party lines name people without their addresses, in
// the languages mail programs write labels in; its labels are no places; a team or a word is no
// person, and a lone "To:" line is no block (stop 37).
func TestMailHeaderNames(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"From: Emily van Leuven <d@example.com>\nSent: Monday, 3 March 2025 10:12\nTo: Floor van Waas\nSubject: Invoice",
			[]string{"PERSON:Floor van Waas"}, nil},
		{"Van: Emily van Leuven <d@example.com>\nVerzonden: maandag\nAan: Juliette Unruoch Hunerik; Floor van Waas\nOnderwerp: Factuur",
			[]string{"PERSON:Juliette Unruoch Hunerik", "PERSON:Floor van Waas"}, []string{"LOCATION:Verzonden"}},
		{"De: Agatha Pereira <r@example.com>\nEnviada em: segunda-feira\nPara: Aurora Viana\nAssunto: Fatura",
			[]string{"PERSON:Aurora Viana"}, []string{"LOCATION:Enviada", "LOCATION:Assunto"}},
		{"From: Smith, John\nSent: Monday\nTo: Accounting\nSubject: hi", []string{"PERSON:Smith, John"}, []string{"PERSON:Accounting"}},
		{"To: Floor van Waas", nil, []string{"PERSON:Floor van Waas"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
