package redact

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDateNamedStreets: a street named after a date is one street address with its number,
// whatever the readers and the model made of the date and the street's kind; a date that no
// street's word leads stays a date (stop 45).
func TestDateNamedStreets(t *testing.T) {
	checkPass(t, dateNamedStreets, []passCase{
		{"the kind a street alone, the date a date",
			"party at Calle 5 de Mayo #42, Oaxaca",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, StreetAddress, "Calle", 0.6), at(s, DateTime, "5 de Mayo", 0.85), at(s, Location, "Oaxaca", 0.9)}
			},
			[]out{{StreetAddress, "Calle 5 de Mayo #42"}, {Location, "Oaxaca"}}},
		{"an abbreviated kind, a particle, a Roman numeral, a year, a number after a comma",
			"Av. 20 de Noviembre 45; Rue du 4 Septembre 10; Place du 18 Juin 1940; Rua 7 de Setembro, 100, Porto Alegre",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, DateTime, "20 de Noviembre 45", 0.85), at(s, StreetAddress, "Rue du", 0.6), at(s, DateTime, "4 Septembre 10", 0.85),
					at(s, DateTime, "18 Juin 1940", 0.85), at(s, StreetAddress, "Rua", 0.6), at(s, DateTime, "7 de Setembro", 0.85), at(s, Location, "Porto Alegre", 0.9)}
			},
			[]out{{StreetAddress, "Av. 20 de Noviembre 45"}, {StreetAddress, "Rue du 4 Septembre 10"}, {StreetAddress, "Place du 18 Juin 1940"},
				{StreetAddress, "Rua 7 de Setembro, 100"}, {Location, "Porto Alegre"}}},
		{"a month the model read as a person",
			"Avenida 9 de Julio 1200, Buenos Aires",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, StreetAddress, "Avenida", 0.6), at(s, Person, "Julio", 0.7), at(s, Location, "Buenos Aires", 0.9)}
			},
			[]out{{StreetAddress, "Avenida 9 de Julio 1200"}, {Location, "Buenos Aires"}}},
		{"dates no street's word leads",
			"on 5 de Mayo we party; in Place 5 Mayo; the via 5 de Mayo",
			func(s string) []Finding {
				at := inOrder(s)
				return []Finding{at(s, DateTime, "5 de Mayo", 0.85), at(s, DateTime, "5 Mayo", 0.85), at(s, DateTime, "5 de Mayo", 0.85)}
			},
			[]out{{DateTime, "5 de Mayo"}, {DateTime, "5 Mayo"}, {DateTime, "5 de Mayo"}}},
	})
	// and through the detector, with the readers alone
	det := NewDetector(Patterns{})
	text := "Envíelo a Calle 16 de Septiembre 123, Centro, o a Av. 20 de Noviembre 45."
	fs, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		if f.Type == StreetAddress {
			got = append(got, text[f.Start:f.End])
		}
	}
	if diff := cmp.Diff([]string{"Calle 16 de Septiembre 123", "Av. 20 de Noviembre 45"}, got); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}
