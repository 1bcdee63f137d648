package ner

import "testing"

// TestNamesInListItems: a list's item that opens with a name, as another item where the model
// found a person does, with the same mark after it, is a person; an item of words is not, and
// a list with no person found stays as it was (stop 37).
func TestNamesInListItems(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"1. April Fleming – 12 pts\n2. Ana Rodriguez – 10 pts", []string{"PERSON:April Fleming", "PERSON:Ana Rodriguez"}, nil},
		{"- Faraj Misra\n- John Morris\n- Sales Report", []string{"PERSON:Faraj Misra", "PERSON:John Morris"}, []string{"PERSON:Sales Report"}},
		{"1. Project Alpha – due Friday\n2. John Smith – owner", []string{"PERSON:John Smith"}, []string{"PERSON:Project Alpha"}},
		{"- Sales Report\n- Project Alpha", nil, []string{"PERSON:Sales Report", "PERSON:Project Alpha"}},
		// lines of their own with no marker, one given name of the lists each
		{"Meabh – 3 goals\nBrian – 2 goals\nTyrone – 1 goal", []string{"PERSON:Tyrone"}, nil},
		{"Total – 3 goals\nBrian – 2 goals\nNote – 1 goal", nil, []string{"PERSON:Total", "PERSON:Note"}},
	} {
		checkHolds(t, r, tc.text, tc.want, tc.not)
	}
}

// TestNamesAtTables: a booking's party name after a table's number and before the party's size
// is a person; a caption's words are not (stop 37).
func TestNamesAtTables(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	checkHolds(t, r, "Table 5: McEnry x4, 19:30\nTable 7: Gloster x2, 20:00\nTable 3: Lindqvist party of 4",
		[]string{"PERSON:McEnry", "PERSON:Gloster", "PERSON:Lindqvist"}, nil)
	checkHolds(t, r, "Table 1: Summary (3 rows). Table 2: Widget x4. See Table 2: Results (4)", nil,
		[]string{"PERSON:Summary", "PERSON:Widget", "PERSON:Results"})
}
