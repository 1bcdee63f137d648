package ner

import "testing"

// TestNamesInPayments: the payee or payer a bank statement's line names after a transfer's words
// is a person, in capitals too, and run together in a payment's descriptor; a company, a
// merchant, a reference or a purpose is not (stop 37).
func TestNamesInPayments(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"25 Sep STANDING ORDER CLIVE MORTON POCKET MONEY 1241.29", []string{"PERSON:CLIVE MORTON"}, []string{"PERSON:CLIVE MORTON POCKET"}},
		{"09 Dec FASTER PAYMENT TO NITESH DHAR REF RENT 1691.14", []string{"PERSON:NITESH DHAR"}, nil},
		{"ZELLE PAYMENT TO CHAAYA DYAL Conf# 69667817", []string{"PERSON:CHAAYA DYAL"}, nil},
		{"17 Oct VENMO *RONALD PARK PAYMENT 1082.26", []string{"PERSON:RONALD PARK"}, nil},
		{"BACS CREDIT FROM ZAID TALWAR SALARY", []string{"PERSON:ZAID TALWAR"}, nil},
		{"TFR TO J BROWN SAVINGS 454.50", []string{"PERSON:J BROWN"}, nil},
		{"FASTER PAYMENT TO CAOLAIN STORY REF RENT", []string{"PERSON:CAOLAIN STORY"}, nil},
		{"Venmo *Ronald Park payment", []string{"PERSON:Ronald Park"}, nil},
		{"PAYPAL *JANEWILKINS 4029357733 8.00", []string{"PERSON:JANEWILKINS"}, nil},
		{"PAYPAL *NETFLIXCOM 4029357733", nil, []string{"PERSON:NETFLIXCOM"}},
		{"PAYPAL *MAXWELLHOUSE", nil, []string{"PERSON:MAXWELLHOUSE"}},
		{"PAYMENT TO BRITISH GAS", nil, []string{"PERSON:BRITISH GAS"}},
		{"PAYMENT TO HMRC VAT", nil, []string{"PERSON:HMRC VAT"}},
		{"TRANSFER TO SAVINGS ACCOUNT", nil, []string{"PERSON:SAVINGS ACCOUNT"}},
		{"PAYMENT TO OCTOPUS ENERGY", nil, []string{"PERSON:OCTOPUS ENERGY"}},
		{"TRANSFER TO MONZO POT", nil, []string{"PERSON:MONZO POT"}},
		{"Payment to Diego Rojas Valladares EIRL failed.", nil, []string{"PERSON:Diego Rojas Valladares"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
