package ner

import "testing"

// TestHandlesBeforePlatforms: an account before "on" and a platform's name is a user name when it
// is shaped as a handle, or a word no dictionary holds after a verb that puts an account there;
// a pronoun, a version number and a name in capitals are none (stop 31).
func TestHandlesBeforePlatforms(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"DM kwilliams84 on telegram", []string{"USERNAME:kwilliams84"}, nil},
		{"posted by throwaway_8812 on r/legaladvice", []string{"USERNAME:throwaway_8812"}, nil},
		{"follow lily.rose22 on instagram for more", []string{"USERNAME:lily.rose22"}, nil},
		{"DM marisol on telegram", []string{"USERNAME:marisol"}, nil},
		{"DM me on telegram, or ask support on discord", nil, []string{"USERNAME:me", "USERNAME:support"}},
		{"version 1.2 on github is broken", nil, []string{"USERNAME:1.2"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// TestAttributedHandles: an account in lower case with digits, an underscore or a dot inside,
// after a word that attributes a post to it or opening a line before a verb of posting, is a user
// name; a tool's version, code's names and an English word are none (stop 31).
func TestAttributedHandles(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Great post by jdoe92!", []string{"USERNAME:jdoe92"}, nil},
		{"reposted from travelbug88", []string{"USERNAME:travelbug88"}, nil},
		{"Tagged: jdoe92, ann_lee", []string{"USERNAME:jdoe92", "USERNAME:ann_lee"}, nil},
		{"kwilliams84 wrote:\nnice pics", []string{"USERNAME:kwilliams84"}, nil},
		{"upgrade from python3 to 3.12, built by gcc12", nil, []string{"USERNAME:python3", "USERNAME:gcc12"}},
		{"try:\n    from _json import scanstring\n    yield from get_subactions()\n", nil, []string{"USERNAME:_json", "USERNAME:get_subactions"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}
