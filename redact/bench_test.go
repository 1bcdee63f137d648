package redact

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

// mixedText is prose, code, logs and a few identifiers, about 64 KB.
var mixedText = func() string {
	parts := []string{
		"The patient was seen on Tuesday and reported mild symptoms; follow-up is scheduled in two weeks. ",
		"func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) } // 2024-01-31\n",
		"2026-11-24T19:04:12Z INFO request_id=7f3a2c1b status=200 duration_ms=12.5 bytes=10423 version=v1.24.3\n",
		"Contact jane.doe@example.com or call (212) 555-0147 about card 4111 1111 1111 1111. ",
		"Order #88123 shipped; SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 verified.\n",
		"Wire to DE89 3704 0044 0532 0130 00 from 203.0.113.42 per https://example.com/invoice?id=42. ",
	}
	var b strings.Builder
	for b.Len() < 64<<10 {
		for _, p := range parts {
			b.WriteString(p)
		}
	}
	return b.String()
}()

// BenchmarkPatterns is the pattern pass alone: no normalisation, cue words or overlap resolution.
func BenchmarkPatterns(b *testing.B) {
	ctx := context.Background()
	var dst []Finding
	b.SetBytes(int64(len(mixedText)))
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if dst, err = (Patterns{}).Recognize(ctx, mixedText, dst[:0]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRegexpBaseline does a comparable job with Go's regexp: one alternation of the same
// eight families, without any validation. It is the speed the single-pass scan replaces.
func BenchmarkRegexpBaseline(b *testing.B) {
	re := regexp.MustCompile(`[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}` + // email
		`|\b(?:\d[ -]?){13,19}\b` + // card
		`|\b\d{3}-\d{2}-\d{4}\b` + // ssn
		`|(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b` + // phone
		`|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b` + // iban
		`|\b(?:\d{1,3}\.){3}\d{1,3}\b|\b[0-9a-fA-F:]{2,}::?[0-9a-fA-F:]+\b` + // ip
		`|\bhttps?://[^\s"<>]+` + // url
		`|\b(?:sk-[A-Za-z0-9_-]{20,}|AKIA[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36})`) // keys
	b.SetBytes(int64(len(mixedText)))
	for b.Loop() {
		re.FindAllStringIndex(mixedText, -1)
	}
}

// BenchmarkAdversarial runs inputs built to make a naive scanner quadratic; MB/s should stay in
// the same range as on ordinary text.
func BenchmarkAdversarial(b *testing.B) {
	det := NewDetector(Patterns{})
	for name, s := range map[string]string{
		"at-signs":      strings.Repeat("a", 100000) + strings.Repeat("@x", 50000),
		"mentions":      strings.Repeat("@ab ", 50000),
		"colons":        strings.Repeat("a:", 100000),
		"url-schemes":   strings.Repeat("ws://", 50000),
		"key-prefixes":  strings.Repeat("sk-", 100000),
		"digit-groups":  strings.Repeat("1 ", 100000),
		"dotted-digits": strings.Repeat("1.", 100000),
		"percent-ats":   strings.Repeat("a%40b.cc ", 25000),
		"table-rows":    "first_name,last_name,mrn\n" + strings.Repeat("Ana,Lima,A449201\n", 12000),
		"hl7-segments":  strings.Repeat("PID|1||483920^^^H^MR||OKONKWO^ADA||19780214\r", 5000),
		"xml-elements":  strings.Repeat("<given>Kofi</given>", 10000),
		// weak phones on one line, each of which looked for its line's start from the text's
		"phones-one-line": strings.Repeat("x 13812345678 ", 20000),
		// numbers said in words, one run of 100,000 words and many runs with pauses (stop 25)
		"number-words":        strings.Repeat("five ", 100000),
		"number-words-paused": strings.Repeat("nine oh two, one oh dash ", 20000),
		// CJK text, whose words run into numbers and into each other
		"cjk-sentences": strings.Repeat("我的手机号是13812345678，谢谢。患者身份证320700197712043741，已登记。今天天气很好。", 1500),
		// addresses the readers join from their parts, each join of which rebuilt the whole list of
		// findings (quadratic until stop 49's review: joinAll)
		"house-named-addresses": strings.Repeat("Send to Rose Cottage, Church Lane, Little Snoring, Norfolk NR21 0AA. ", 8000),
		"labelled-addresses":    strings.Repeat("Home address: Flat 12, Block C, Ocean View Towers, Mombasa Road, Nairobi, Kenya\n", 8000),
		// many "gy" and no "GY", each of which had looked for the other to the text's end (stop 56:
		// 4 MB of affiliations took 10 s, 1 MB 0.7 s; 0.18 and 0.04 s since)
		"gy-without-GY": strings.Repeat("1 Department of Biology, University of Nispen, Drempt\n", 8000),
	} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				det.Detect(context.Background(), s)
			}
		})
	}
}

// BenchmarkCatalogue is the whole default catalogue, as veil builds it: patterns, cue words and
// special-category terms.
func BenchmarkCatalogue(b *testing.B) {
	det := NewDetector(Patterns{})
	ctx := context.Background()
	b.SetBytes(int64(len(mixedText)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := det.Detect(ctx, mixedText); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCatalogueCorpus is the whole catalogue over real technical text, the negative
// corpus's files (Go and Python source, logs, configuration, stack traces and more), in messages
// of about 4 KB as a chat sends them.
func BenchmarkCatalogueCorpus(b *testing.B) {
	files, err := filepath.Glob("../eval/testdata/negative/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("negative corpus: %v (%d files)", err, len(files))
	}
	det := NewDetector(Patterns{})
	ctx := context.Background()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var msgs []string
		for s := string(data); s != ""; {
			cut := min(len(s), 4096)
			if k := strings.LastIndexByte(s[:cut], '\n'); k > 0 && cut < len(s) {
				cut = k + 1
			}
			msgs, s = append(msgs, s[:cut]), s[cut:]
		}
		b.Run(strings.TrimSuffix(filepath.Base(f), ".txt"), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				for _, m := range msgs {
					if _, err := det.Detect(ctx, m); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkCatalogueShort is the whole catalogue over short messages, as chats and fine-tuning
// records hold them: the 115 sentences of the handwritten development file (59 bytes on
// average), one detection each. What a detection costs whatever its length (the passes that
// each look over the whole text for their format's marks, the pools, the result) shows here.
func BenchmarkCatalogueShort(b *testing.B) {
	f, err := os.Open("../eval/testdata/handwritten/dev.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var msgs []string
	size := 0
	for dec := json.NewDecoder(f); ; {
		var rec struct{ Text string }
		if err := dec.Decode(&rec); err == io.EOF {
			break
		} else if err != nil {
			b.Fatal(err)
		}
		msgs, size = append(msgs, rec.Text), size+len(rec.Text)
	}
	det := NewDetector(Patterns{})
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			if _, err := det.Detect(ctx, m); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(msgs)), "ns/message")
}

// TestDetectAllocations: the catalogue over 64 KB of mixed text allocates only the findings it
// returns: a rule that allocates per word or per cue (a case conversion, a joined key) shows here
// long before it shows in a benchmark on a noisy host.
func TestDetectAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation count")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // a collection empties the pools
	det := NewDetector(Patterns{})
	ctx := context.Background()
	det.Detect(ctx, mixedText) // warm the pools and the phone memo
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := det.Detect(ctx, mixedText); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 16 { // 1 as measured; the race detector's pools drop items at random (8)
		t.Errorf("a detection of 64 KB allocates %.0f times, want at most 16", allocs)
	}
}
