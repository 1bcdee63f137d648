package ner

import "testing"

// TestNamesAfterAttention: the name after a mark of whom a letter is for or who signed it is a
// person, after a form of address too; a department, a company or a post-office box is not
// (stop 37).
func TestNamesAfterAttention(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"c/o Cosima Heinrich\nHauptstraße 5", []string{"PERSON:Cosima Heinrich"}, nil},
		{"z. Hd. Herrn Kraus", []string{"PERSON:Kraus"}, nil},
		{"T.a.v. dhr. de Keijzer", []string{"PERSON:de Keijzer"}, nil},
		{"Att.: Dña. Vergara", []string{"PERSON:Vergara"}, nil},
		{"FAO: Dr R Hill\nAccounts Department", []string{"PERSON:R Hill"}, nil},
		{"Prepared by: E. Hawkins", []string{"PERSON:E. Hawkins"}, nil},
		{"Fdo.: Mercedes Pascual", []string{"PERSON:Mercedes Pascual"}, nil},
		{"Attn: Accounts Payable\nPrepared by: Finance Team", nil, []string{"PERSON:Accounts Payable", "PERSON:Finance Team"}},
		{"c/o Acme Ltd", nil, []string{"PERSON:Acme Ltd"}},
		{"P.O. Box 12, Springfield", nil, []string{"PERSON:Box"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
