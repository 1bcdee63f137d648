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
		{"11 Apr 1977 TFR TO D TUCKER SAVINGS 1586.08", []string{"PERSON:D TUCKER"}, nil}, // D an initial, not Spain's title
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
		// other languages' statements, with titles, particles and names that are words too
		{"14.03.1987 GUTSCHRIFT VON HANS-ULRICH EIGENWILLIG 497,11", []string{"PERSON:HANS-ULRICH EIGENWILLIG"}, nil},
		{"26.12.1995 ÜBERWEISUNG AN JUERGEN JOHANN MIETE 1065,63", []string{"PERSON:JUERGEN JOHANN"}, nil},
		{"30.12.1992 VIR SEPA RECU DE M CHRISTELLE DENIS LOYER 1134,99", []string{"PERSON:CHRISTELLE DENIS"}, nil},
		{"13/02/1980 PIX ENVIADO - HELOÍSA DA ROCHA 1745,35", []string{"PERSON:HELOÍSA DA ROCHA"}, nil},
		{"TED RECEBIDA CAIO CAMARGO 740,11", []string{"PERSON:CAIO CAMARGO"}, nil},
		{"16 Jul TIKKIE TESS VAN DEN BRAND 1491,49", []string{"PERSON:TESS VAN DEN BRAND"}, nil},
		{"PRZELEW OD ANNA MARIA WYWIAŁ 810,91", []string{"PERSON:ANNA MARIA WYWIAŁ"}, nil},
		{"TRANSFERENCIA A FAVOR DE SOL PULIDO 1042,50", []string{"PERSON:SOL PULIDO"}, nil},
		{"BONIFICO DA CONCETTA MONACO AFFITTO 1237,73", []string{"PERSON:CONCETTA MONACO"}, nil},
		{"PAYMENT TO SCOTTISH POWER", nil, []string{"PERSON:SCOTTISH POWER"}},
		{"PAYMENT TO DIRECT LINE", nil, []string{"PERSON:DIRECT LINE"}},
		{"Payment to Proyectos Rodarte, Medrano y Madera failed.", []string{"STREET_ADDRESS:Proyectos Rodarte, Medrano y Madera"}, nil},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
