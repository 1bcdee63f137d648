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
