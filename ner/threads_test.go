package ner

import "testing"

// TestMeetingNames: a meeting transcript's speaker lines, an action item's owner after its bullet,
// the labels of minutes and invitations, and the town of an office; not a line's other words, a
// clock's time in prose, an item of English words, nor a company's own office.
func TestMeetingNames(t *testing.T) {
	text := "Teams meeting transcript\nTheodoro Abreu   0:03\nGood morning everyone.\nRayan Pieters van der Maes\t1:02:17\nMorning!\n" +
		"Release Notes   0:05\nWe meet at 10:30 today."
	checkRuled(t, text, scoredSpans(t, text, 0.46, "ORGANIZATION", "Theodoro"), "PERSON Theodoro Abreu", "PERSON Rayan Pieters van der Maes")
	text = "Action items:\n- Indali to send the revised budget by Friday\n* Mirella da Paz to book the room\n- Carlota to chair\n- Everyone to review the deck\n- Paris to Berlin"
	checkRuled(t, text, scoredSpans(t, text, 0.75, "LOCATION", "Carlota"), "PERSON Indali", "PERSON Mirella da Paz", "PERSON Carlota")
	// a C comment's bullet before " to ": the name would end before it opened (stop 56)
	text = "/*\n * to be freed by the caller\n *  to Alda\n * Vera to sign\n */"
	checkRuled(t, text, nil, "PERSON Vera")
	text = "Organizer: Cristóbal Casal\nApologies: Sol Calvo"
	checkRuled(t, text, nil, "PERSON Cristóbal Casal", "PERSON Sol Calvo")
	text = "Next meeting at the Wetzlar office. Who joins the Port Cheryl office? The Vazquez-Riggs office is at 53 Main St. The front office."
	checkRuled(t, text, scoredSpans(t, text, 0.86, "ORGANIZATION", "Vazquez-Riggs"), "LOCATION Wetzlar", "LOCATION Port Cheryl", "ORGANIZATION Vazquez-Riggs")
}

// TestAuthorsAndBlame: the lines under a heading of people and a blame line's author are persons;
// a heading's other lines, a list of things, and a bracket after no hash are none.
func TestAuthorsAndBlame(t *testing.T) {
	text := "Authors:\n  Valentim da Cunha\n  Jurre Die Bont\nUsage:\n  Run The Tool\n" +
		"c1ffee24 (Bhanumati Divan 2025-08-02 142)     if err != nil {\nSee (Release Notes 2025-08-02) for more."
	checkRuled(t, text, nil, "PERSON Valentim da Cunha", "PERSON Jurre Die Bont", "PERSON Bhanumati Divan")
}

// TestChatExports: the senders and system lines of exported chats (WhatsApp on Android and iOS),
// and the names over Slack's and Discord's message headers, are persons; a line without the app's
// date and time, a system line's words, and a header of words are none.
func TestChatExports(t *testing.T) {
	text := "13/03/2025, 18:37 - Mariane Farias: are you coming?\n[30/03/2026, 22:10:51] Unnati Shan: saved\n" +
		"20/09/2025, 21:14 - Buenaventura Rojas added Brígida Zaragoza\n12/03/2026, 19:58 - Messages and calls are end-to-end encrypted.\n" +
		"Note: see below\nFedele  6:12 AM\nI'll drop the keys\nDipta Misra — Today at 3:20 PM\nanyone up?\nRelease Notes  9:00 AM"
	spans := typedSpans(t, text, "ORGANIZATION", "Brígida", "LOCATION", "Zaragoza")
	spans[0].Score, spans[1].Score = 0.71, 0.79
	checkRuled(t, text, spans, "PERSON Mariane Farias", "PERSON Unnati Shan", "PERSON Buenaventura Rojas", "PERSON Brígida Zaragoza",
		"PERSON Fedele", "PERSON Dipta Misra")
}
