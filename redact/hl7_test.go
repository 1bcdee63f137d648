package redact

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// segment joins a segment's fields; fields[0] is the segment's name, fields[n] its field n.
func segment(fields ...string) string { return strings.Join(fields, "|") }

// fieldsAt returns a segment with the given fields at their positions and the others empty.
func fieldsAt(name string, at map[int]string) string {
	last := 0
	for n := range at {
		last = max(last, n)
	}
	fs := make([]string, last+1)
	fs[0] = name
	for n, v := range at {
		fs[n] = v
	}
	return segment(fs...)
}

func TestHL7(t *testing.T) {
	msg := strings.Join([]string{
		`MSH|^~\&|EPIC|HOSP|LAB|HOSP|202603031200||ADT^A01|MSG00001|P|2.5`,
		fieldsAt("PID", map[int]string{1: "1", 3: "483920^^^HOSP^MR~77120^^^SSA^SS", 5: "OKONKWO^CHIAMAKA^N^^MRS", 7: "19780214",
			8: "F", 11: "42 Harbour Rd^Flat 3^Lagos^LA^100001^NG", 13: "(212)555-0187^PRN^PH^chiamaka@example.ng~^PRN^CP^^1^917^5550143",
			18: "ACC-99812", 19: "078-05-1121", 23: "Enugu", 29: "20260301"}),
		fieldsAt("NK1", map[int]string{1: "1", 2: "OKONKWO^EMEKA", 3: "SPO^Spouse", 5: "^PRN^PH^^234^803^1234567"}),
		fieldsAt("PV1", map[int]string{1: "1", 2: "I", 3: "W4^402^1", 7: "1234567893^HOUSE^GREGORY^^^DR", 19: "V20260303"}),
		fieldsAt("IN1", map[int]string{1: "1", 4: "BLUE CROSS", 16: "KAPOOR^RAVI", 18: "19700101", 36: "XQJ482913007"}),
		fieldsAt("OBX", map[int]string{1: "1", 2: "NM", 3: "2345-7^GLUCOSE^LN", 5: "182", 6: "mg/dL"}),
	}, "\r")
	want := []typed{
		{MRN, "483920"}, {MRN, "77120"}, {Person, "OKONKWO"}, {Person, "CHIAMAKA"}, {Person, "N"}, {DateOfBirth, "19780214"},
		{StreetAddress, "42 Harbour Rd"}, {StreetAddress, "Flat 3"}, {Location, "Lagos"}, {ZIPCode, "100001"},
		{Phone, "(212)555-0187"}, {Email, "chiamaka@example.ng"}, {Phone, "917^5550143"},
		{IDNumber, "ACC-99812"}, {SSN, "078-05-1121"}, {Location, "Enugu"}, {DateTime, "20260301"},
		{Person, "OKONKWO"}, {Person, "EMEKA"}, {Phone, "803^1234567"},
		{IDNumber, "1234567893"}, {Person, "HOUSE"}, {Person, "GREGORY"}, {IDNumber, "V20260303"},
		{Person, "KAPOOR"}, {Person, "RAVI"}, {DateOfBirth, "19700101"}, {HealthPlan, "XQJ482913007"},
	}
	check := func(t *testing.T, text string, want []typed) {
		t.Helper()
		checkReader(t, hl7Fields, text, want)
	}
	check(t, msg, want)
	// line breaks as a paste or a file has them
	check(t, strings.ReplaceAll(msg, "\r", "\r\n"), want)
	check(t, strings.ReplaceAll(msg, "\r", "\n"), want)
	// and escaped, as a log line or a JSON dump leaves them in a pasted message
	check(t, strings.ReplaceAll(msg, "\r", `\r`), want)

	// a message's own separators
	check(t, "MSH#*!@%#EPIC\nPID#1##483920***HOSP##OKONKWO*CHIAMAKA!OKONKWO*ADA", []typed{
		{MRN, "483920"}, {Person, "OKONKWO"}, {Person, "CHIAMAKA"}, {Person, "OKONKWO"}, {Person, "ADA"}})

	// without a header, a segment whose set id is a number or empty
	check(t, "see below:\nPID|||00482913^^^MRN||Delacroix^Amélie||19520930", []typed{
		{MRN, "00482913"}, {Person, "Delacroix"}, {Person, "Amélie"}, {DateOfBirth, "19520930"}})

	// not HL7: a table, a shell pipe, a segment name mid-line, a header row
	for _, text := range []string{
		"PID|USER|COMMAND|CPU\n1234|root|sshd|0.1",
		"| PID | USER |\n|---|---|\n| 1 | x |",
		"echo 'PID|1||42' | grep b",
		"ps: PID|1||ALICE^SMITH",
	} {
		check(t, text, nil)
	}
}

// TestHL7Detected: the detector masks a message's patient through the segment reader, and what
// the scan finds there as well (a phone, an SSN) stays one finding.
func TestHL7Detected(t *testing.T) {
	text := "Parse this:\r" + `MSH|^~\&|A|B|C|D|202603031200||ADT^A01|1|P|2.5` + "\r" +
		fieldsAt("PID", map[int]string{1: "1", 3: "483920", 5: "OKONKWO^CHIAMAKA", 7: "19780214", 13: "(212)555-0187", 19: "078-05-1121"})
	res, err := NewDetector(Patterns{}).Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res {
		got = append(got, f.Type+" "+text[f.Start:f.End])
	}
	want := []string{"MEDICAL_RECORD_NUMBER 483920", "PERSON OKONKWO", "PERSON CHIAMAKA", "DATE_OF_BIRTH 19780214", "PHONE_NUMBER (212)555-0187", "US_SSN 078-05-1121"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// typed is a finding as a reader test states it: its type and its text.
type typed struct{ Type, Text string }

// checkReader compares what a reader of a structured format (HL7, X12) finds in text with want.
func checkReader(t *testing.T, read func(string, []Finding) []Finding, text string, want []typed) {
	t.Helper()
	var got []typed
	for _, f := range read(text, nil) {
		got = append(got, typed{f.Type, text[f.Start:f.End]})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}
