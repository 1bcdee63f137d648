package redact

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTerms(t *testing.T) {
	deny := map[string][]string{"CUSTOM": {"Project Falcon"}, "ORGANIZATION": {"Globex Corporation"}}
	for i := range 5000 { // thousands of customer names, one pass
		deny["PERSON"] = append(deny["PERSON"], fmt.Sprintf("Customer%04d Lastname", i))
	}
	terms := NewTerms(deny, []string{"support@acme.example", "Acme Cloud"})
	det := NewDetector(Patterns{})
	text := "project falcon for GLOBEX CORPORATION and customer4711 lastname; mail support@acme.example or jane@acme.example. The patient has diabetes; falconry is fine."
	fs, err := det.DetectTerms(context.Background(), text, terms)
	if err != nil {
		t.Fatal(err)
	}
	var got []span
	for _, f := range fs {
		got = append(got, span{f.Type, text[f.Start:f.End]})
	}
	want := []span{{"CUSTOM", "project falcon"}, {"ORGANIZATION", "GLOBEX CORPORATION"}, {"PERSON", "customer4711 lastname"},
		{Email, "jane@acme.example"}, {HealthTerm, "diabetes"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestSpecialCategoryPlurals: the special-category terms are found in the plural and as the
// names of faiths, as well as in the singular.
func TestSpecialCategoryPlurals(t *testing.T) {
	text := "They are Sikhs; Muslims and Jews; raised in Christianity, now into Taoism; Republicans voted; Latinos too."
	got := spans(t, text)
	want := []span{{ReligionTerm, "Sikhs"}, {ReligionTerm, "Muslims"}, {ReligionTerm, "Jews"}, {ReligionTerm, "Christianity"},
		{ReligionTerm, "Taoism"}, {PoliticalTerm, "Republicans"}, {EthnicityTerm, "Latinos"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestSpecialCategoryMedicinesAndSlashes: medicines and conditions are health data, and terms
// joined by a slash are found each ("HIV/AIDS", "Hispanic/Latino"); a path's or "and/or"'s words
// are none.
func TestSpecialCategoryMedicinesAndSlashes(t *testing.T) {
	text := "He takes metformin 500mg and Zoloft; asthma, alcohol use disorder. Hispanic/Latino, HIV/AIDS, gay/lesbian/bisexual; see /usr/local/bin and/or docs. Hx AFib, HTN; Hello Gerd, CHF 100. A member of SEIU Local 1199."
	got := spans(t, text)
	want := []span{{HealthTerm, "metformin"}, {HealthTerm, "Zoloft"}, {HealthTerm, "asthma"}, {HealthTerm, "alcohol use disorder"},
		{EthnicityTerm, "Hispanic"}, {EthnicityTerm, "Latino"}, {HealthTerm, "HIV"}, {HealthTerm, "AIDS"},
		{SexualOrientationTerm, "gay"}, {SexualOrientationTerm, "lesbian"}, {SexualOrientationTerm, "bisexual"}, {HealthTerm, "AFib"}, {HealthTerm, "HTN"}, {TradeUnionTerm, "SEIU"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestStatusWithItsSign: a status written with its sign is the condition (stop 44).
func TestStatusWithItsSign(t *testing.T) {
	text := "HIV+ since 2011, he is HCV+. Tested HIV-negative; c++ and g++ are compilers."
	want := []span{{HealthTerm, "HIV+"}, {HealthTerm, "HCV+"}, {HealthTerm, "HIV-negative"}}
	if diff := cmp.Diff(want, spans(t, text)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func BenchmarkDenyList(b *testing.B) {
	deny := map[string][]string{}
	for i := range 10000 {
		deny["PERSON"] = append(deny["PERSON"], fmt.Sprintf("Customer%05d Lastname", i))
	}
	terms := NewTerms(deny, nil)
	det := NewDetector(Patterns{})
	b.SetBytes(int64(len(mixedText)))
	for b.Loop() {
		det.DetectTerms(context.Background(), mixedText, terms)
	}
}

// TestChartShorthandAndGenes: bipolar disorder as a chart shortens it and the genetic markers a
// family history names are health terms; a bipolar transistor is not (stop 45).
func TestChartShorthandAndGenes(t *testing.T) {
	text := "Hx: bipolar II; sister with BRCA1, father BRCA2 positive. A bipolar transistor."
	want := []span{{HealthTerm, "bipolar II"}, {HealthTerm, "BRCA1"}, {HealthTerm, "BRCA2"}}
	if diff := cmp.Diff(want, spans(t, text)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
