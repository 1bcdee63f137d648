package ner

import (
	"context"
	"testing"
)

// TestListedTowns: a town of the lists inside a sentence is a place where the model read nothing
// or a doubted person; after a name's particle, across a person, before a house number, or as a
// word of English or another language it is none (stop 31).
func TestListedTowns(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Butikken i Faaborg lukker kl. 17.", []string{"LOCATION:Faaborg"}, nil},
		{"Jani Oinonen, kotikunta Kihniö", []string{"LOCATION:Kihniö"}, nil},
		{"Obec: Hluboká nad Vltavou", []string{"LOCATION:Hluboká nad Vltavou"}, nil},
		{"Hi Ernest, your order has shipped to Piła and should arrive in 3-5 days.", []string{"LOCATION:Piła"}, nil},
		// regions and countries as other languages write them, after a comma after a town too;
		// the pieces the model read are joined; not after a person's name and a comma
		{"Visiting family in Western Australia over the holidays.", []string{"LOCATION:Western Australia"}, nil},
		{"She works remotely from Castellón, Trinidad y Tabago.", []string{"LOCATION:Trinidad y Tabago"}, nil},
		{"Visiting family in Jönköpings län over the holidays.", []string{"LOCATION:Jönköpings län"}, nil},
		{"References\nDiya Pai, Naval architect at Sankar, Grover and Master", nil, []string{"LOCATION:Naval"}},
		// a town ending its line after a party's name and a comma, or a bracket's (stop 41); Diya Pai's line
		// above has more on it
		{"Invoice from Leela Hegde (Prop.), Nagercoil\nGSTIN: 19HDQHT7372P2ZG", []string{"LOCATION:Nagercoil"}, nil},
		{"Vendor: Hegde Traders, Gorakhpur", []string{"LOCATION:Gorakhpur"}, nil},
		// after a street and its comma, after a firm's possessive
		{"rear-ended at the junction of Marcel-Loos-Gasse and Milka-Schleich-Allee, Gifhorn.", []string{"LOCATION:Gifhorn"}, nil},
		{"Reported by Gema Elías on 17/10/2024 at Salomón Milla Aguiló S.A.'s Badajoz store.", []string{"LOCATION:Badajoz"}, nil},
		// a name's particle, a person read across the town, a street and its number
		{"I think Dex van Leuven lives near the station.", nil, []string{"LOCATION:Leuven"}},
		{"Reviewed-by: Margarita Cabanillas", nil, []string{"LOCATION:Margarita"}},
		{"Deliver to Faaborg 12 please.", nil, []string{"LOCATION:Faaborg"}},
		// an English word, another language's word opening a message
		{"How many Boom Counts in this Video ?", nil, []string{"LOCATION:Boom"}},
		{"i %s Ingen PEM-kodad privat nyckel hittades", nil, []string{"LOCATION:Ingen"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// TestKnownPlacesVouched: a place the model doubted below the policies' 0.5 that the lists know
// is raised to a place of the rules' score (stop 31).
func TestKnownPlacesVouched(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	text := "RIP Evy Haselaar. Funeral at St Mary's, Bergschenhoek on 2 Feb 2026."
	fs, err := r.Recognize(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if text[f.Start:f.End] == "Bergschenhoek" {
			if f.Type != "LOCATION" || f.Score < 0.5 {
				t.Errorf("Bergschenhoek: %s at %.2f, want a place of 0.5 or more", f.Type, f.Score)
			}
			return
		}
	}
	t.Errorf("no finding over Bergschenhoek in %v", fs)
}
