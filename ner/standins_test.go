package ner

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/veil-gateway/veil/redact"
)

// TestStandInsReplace: the runs of another script inside Latin sentences become Latin
// stand-ins, and nothing else changes.
func TestStandInsReplace(t *testing.T) {
	tests := []struct {
		text  string
		words []string // the words replaced, in order
	}{
		{"I spoke with 김민준 this morning.", []string{"김민준"}},
		{"Emergency contact: ابتهاج طرابلسي", []string{"ابتهاج", "طرابلسي"}},
		{"Our new hire, 佐藤 健太, starts on Monday.", []string{"佐藤", "健太"}},
		{"Ask ジョン・スミス or Ана Петрова.\nThanks, דוד", []string{"ジョン", "スミス", "Ана", "Петрова", "דוד"}},
		{"PLEASE CALL ВИКТОР БЫКОВ TODAY", []string{"ВИКТОР", "БЫКОВ"}},
		{"Regards,\nशान्त लामा", []string{"शान्त", "लामा"}},                  // a signature's line between Latin ones
		{"From: टेक पन्\u200dत\nTo: support", []string{"टेक", "पन्\u200dत"}}, // a joiner inside a word
		{"Ship to:\n43 Main St\nΦΑΡΜΑΚΑΣ\nCyprus", nil},                      // an address block's town
		// left alone
		{"Hello, 世界", nil},                  // a greeting's word
		{"Use λ to denote the rate.", nil},  // a lone letter is a symbol
		{"Tanaka田中 and 3号 are glued.", nil}, // inside a Latin word or a number
		{"The text was: Я не знаю, что делать с этим файлом.", nil}, // a phrase, not a name
		{"Мы встретились с Ivan вчера вечером.", nil},               // a sentence in another script
		{"fetch --all 带引用规格没有任何意义 显示或验证校验和。", nil},                  // more of it than Latin
		{"כמות האור, מימין לשמאל Stream doesn't support it", nil},   // runs another script borders
		{"%s: 없는 옵션 %d 의", nil},                                     // format verbs are no Latin words
		{"이메일은 hanyeonghwan@example.org입니다.", nil},                  // an address's letters are no Latin words
		{"제 이메일 주소는 kim@example.com 입니다", nil},
		{"Email 김민준 at kim@example.com today", []string{"김민준"}},
	}
	for _, tt := range tests {
		si := latinStandIns(tt.text)
		var words []string
		for _, s := range si.segs {
			words = append(words, tt.text[s.origStart:s.origEnd])
			w := si.sub[s.subStart:s.subEnd]
			if w == "" || !isLetterByte(w[0]) || w[0]&0x20 != 0 {
				t.Errorf("%q: stand-in %q for %q is no capitalised Latin word", tt.text, w, tt.text[s.origStart:s.origEnd])
			}
		}
		if diff := cmp.Diff(tt.words, words); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
		if len(si.segs) == 0 && si.sub != tt.text {
			t.Errorf("%q changed to %q with nothing replaced", tt.text, si.sub)
		}
		// outside the stand-ins the text is the same
		at, subAt := 0, 0
		for _, s := range si.segs {
			if tt.text[at:s.origStart] != si.sub[subAt:s.subStart] {
				t.Errorf("%q: %q became %q", tt.text, tt.text[at:s.origStart], si.sub[subAt:s.subStart])
			}
			at, subAt = s.origEnd, s.subEnd
		}
		if tt.text[at:] != si.sub[subAt:] {
			t.Errorf("%q: tail %q became %q", tt.text, tt.text[at:], si.sub[subAt:])
		}
	}
	// the same word, the same stand-in
	a, b := latinStandIns("Call 김민준 now."), latinStandIns("Then 김민준 said no.")
	if x, y := a.sub[a.segs[0].subStart:a.segs[0].subEnd], b.sub[b.segs[0].subStart:b.segs[0].subEnd]; x != y {
		t.Errorf("김민준 became %q and %q", x, y)
	}
}

// TestStandInsKnowNoName: a stand-in is a name no list knows, so the rules that trust the lists
// read it as a name the sentence must vouch for. Stand-ins that were given names of Faker's or
// the curated lists had made persons of program messages ("없이 D-Bus").
func TestStandInsKnowNoName(t *testing.T) {
	runs := strings.Fields("없이 김민준 ابتهاج طرابلسي 佐藤 健太 Ана Петрова דוד ישראלי शान्त लामा ΦΑΡΜΑΚΑΣ Γιώργος Παπαδόπουλος יכרע ןייצל " +
		"옵션을 지원하지 않습니다 실행할 수 없습니다 שלום עולם תוילפכ תומויס")
	for i := range 3000 {
		runs = append(runs, string(rune(0xAC00+i*3))+string(rune(0xAC00+i*7%11172)))
	}
	var b strings.Builder
	for _, w := range runs {
		b.Reset()
		writeStandIn(&b, w, false)
		if s := b.String(); givenSet()[s] || listedGiven()[s] || fakerEnglishGiven()[s] {
			t.Errorf("%q stands in as %q, a given name of the lists", w, s)
		}
	}
}

// TestStandInsToOrig: offsets in the stand-ins' text map back to the original's, a bound inside
// a stand-in to its word's.
func TestStandInsToOrig(t *testing.T) {
	text := "Ask Ана Петрова or 김민준 today."
	si := latinStandIns(text)
	if len(si.segs) != 3 {
		t.Fatalf("segs %+v", si.segs)
	}
	ana, kim := si.segs[0], si.segs[2]
	fs := []redact.Finding{
		{Start: 0, End: 3}, // "Ask", before any stand-in
		{Start: ana.subStart, End: si.segs[1].subEnd},  // the two Cyrillic words
		{Start: ana.subStart + 1, End: ana.subEnd - 1}, // inside a stand-in: its word
		{Start: kim.subStart, End: kim.subEnd},         // 김민준
		{Start: kim.subEnd + 1, End: len(si.sub) - 1},  // "today", after every stand-in
	}
	si.toOrig(fs)
	var got []string
	for _, f := range fs {
		got = append(got, text[f.Start:f.End])
	}
	if diff := cmp.Diff([]string{"Ask", "Ана Петрова", "Ана", "김민준", "today"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestNamesInOtherScripts: the shipped model and the span rules find a name written in another
// script inside an English sentence by what the sentence says of it, with the original offsets;
// a quoted word, a greeting or a phrase of that language stays unmasked. Sentences written for
// this test.
func TestNamesInOtherScripts(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	tests := []struct {
		text string
		want []string
	}{
		{"I spoke with 김민준 this morning and he agreed.", []string{"PERSON 김민준"}},
		{"Please forward the contract to Лариса Поакова before Friday.", []string{"PERSON Лариса Поакова"}},
		{"Meeting with ஹாருண் வள்ளுவன் moved to 3pm.", []string{"PERSON ஹாருண் வள்ளுவன்"}},
		{"The lease is signed by דוד כהן and Maria Lopez.", []string{"PERSON דוד כהן", "PERSON Maria Lopez"}},
		{"Our new hire, 佐藤 健太, starts on Monday.", []string{"PERSON 佐藤 健太"}},
		{"She moved to Москва in 2019.", []string{"LOCATION Москва"}}, // the script's own list: a place
		// a Chinese or Korean name's own shape where the sentence gave no sign
		{"Thank you 黄淑珍 for your quick reply!", []string{"PERSON 黄淑珍"}},
		{"Invoice addressed to 이순옥.", []string{"PERSON 이순옥"}},
		{"Do you know if 陈 斌 is still working at the bank?", []string{"PERSON 陈 斌"}},
		{"Please call 田中太郎 tomorrow.", []string{"PERSON 田中太郎"}},      // a Japanese family name first
		{"Can you remind 直子 山下 about it?", []string{"PERSON 直子 山下"}}, // or last; the model had the given name only
		{"Set the 范围 flag, then the 명령의 output.", nil},
		// a lineage's links and a title read in Latin: a longer run, and the name after the title
		{"The package was left with غالب الحجر بن الهنوء بن الأزد next door.", []string{"PERSON غالب الحجر بن الهنوء بن الأزد"}},
		{"Meeting with الأستاذ حارث الوعري moved to 3pm.", []string{"PERSON حارث الوعري"}},
		{"Hello, 世界", nil},
		{"The Hebrew word שלום means peace.", nil},
		{"Use λ to denote the rate and Δt the step.", nil},
		// a form's labels for a password or a login, opening a line as a speaker would (stop 40)
		{"пароль: Xk9mP2vL8qRz", nil},
		{"密码：Xk9mP2vL8qRz", nil},
		{"логин: jdoe", nil},
	}
	for _, tt := range tests {
		fs, err := r.Recognize(context.Background(), tt.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if !utf8.ValidString(tt.text[f.Start:f.End]) {
				t.Fatalf("%q: finding %+v splits a character", tt.text, f)
			}
			if f.Score >= 0.5 {
				got = append(got, f.Type+" "+tt.text[f.Start:f.End])
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
	// a multilingual backend reads the names as they are (a name the lists lack: 김민준, which
	// they hold, is a person by the script rules whatever the backend, cjknames.go)
	fs, err := NewRecognizer(Local(model(t)), Options{ScriptsAsIs: true}).Recognize(context.Background(), "I spoke with 김솔비 this morning.", nil)
	if err != nil || len(fs) != 0 {
		t.Errorf("ScriptsAsIs: %v, %v; want the Latin model to find nothing", fs, err)
	}
}

// namesBackend marks as a person each run of capitalised words that stand in for a name
// (names) and, with standIns, each capitalised word the stand-ins are made of; it reads the
// sentence not at all, as a model that knows a name by its lists alone.
// plainWords are the capitalised words of TestSecondReading's sentences, which namesBackend
// leaves alone.
var plainWords = map[string]bool{"Witness": true, "Translate": true, "Please": true, "Hindi": true, "Order": true, "Ship": true}

type namesBackend struct {
	standIns bool
	as       string // the type the stand-ins get (PERSON when empty)
}

func (b namesBackend) Tag(_ context.Context, texts []string) ([][]Span, error) {
	known := map[string]bool{}
	for _, n := range knownGiven {
		known[n] = true
	}
	for _, n := range knownFamily {
		known[n] = true
	}
	out := make([][]Span, len(texts))
	for i, text := range texts {
		var open *Span
		for _, tok := range Tokenize(text, nil) {
			w := text[tok.Start:tok.End]
			if known[w] || b.standIns && len(w) >= 4 && isUpperASCII(w[0]) && !commonSet[strings.ToLower(w)] && !plainWords[w] {
				if open != nil && open.End+1 == tok.Start {
					open.End = tok.End
					continue
				}
				typ := redact.Person
				if !known[w] && b.as != "" {
					typ = b.as
				}
				out[i] = append(out[i], Span{Type: typ, Start: tok.Start, End: tok.End, Score: 0.9})
				open = &out[i][len(out[i])-1]
				continue
			}
			open = nil
		}
	}
	return out, nil
}

// TestSecondReading: a run of another script over which the first reading found nothing is
// read again with known names standing in for it, and a person found there is one; a run the
// sentence quotes or talks about, a run of more than two words, and runs in a text that mixes
// two languages phrase by phrase are not, and what the first reading made of a quoted or
// talked-about run goes.
func TestSecondReading(t *testing.T) {
	tests := []struct {
		text     string
		standIns bool // the backend finds the stand-ins too
		want     []string
		as       string
	}{
		{"Witness: Андрій Шевченко", false, []string{"PERSON Андрій Шевченко"}, ""},
		{"इन्दु बोस's flight lands at 6.", false, []string{"PERSON इन्दु बोस"}, ""},
		{"we had dinner with ამირან and her husband", false, []string{"PERSON ამირან"}, ""},
		{"The Ukrainian word дякую means thank you.", false, nil, ""},
		{"Please translate 'спасибо' for me.", false, nil, ""},
		{"We ordered some ギョーザ for the table.", false, nil, ""},
		{"The sign on the door said שלום עליכם חברים so we left.", false, nil, ""},
		{"Cannot open file הזנת שם failed to write שמירת הססמה; retry ברוך בואך later", false, nil, ""},
		{"My favourite dish is 麻婆豆腐, really.", false, nil, ""},
		{"The product name 快乐 did not test well.", false, nil, ""},
		// what the first reading made of a talked-about run goes; a name it found stays
		{"Please add the label 주문하기 to the button.", true, nil, ""},
		{"Our slogan in Hindi is नया भारत and it tested well.", true, nil, ""},
		{"Order 12 ชิ้น total 45000 now", true, nil, ""},
		{"Witness: Андрій Шевченко", true, []string{"PERSON Андрій Шевченко"}, ""},
		// a digitless address over a run is a doubt that a person on the second reading outweighs
		{"Please forward the contract to कीर्ति गौतम today.", true, []string{"PERSON कीर्ति गौतम"}, "STREET_ADDRESS"},
		// (a run the name lists know is a person whatever the reading: scriptgiven_test.go)
		{"Please forward the contract to तनोरी वाल्मेक today.", true, []string{"LOCATION तनोरी वाल्मेक"}, "LOCATION"},
		// in Latin script, a digitless address of names no list knows is read again the same way;
		// not in a place's slot, nor near a number
		{"Please forward the contract to Zdeslav Kvapilík today.", true, []string{"PERSON Zdeslav Kvapilík"}, "STREET_ADDRESS"},
		{"I moved to Sveta Nedelja last year.", true, []string{"LOCATION Sveta Nedelja"}, "STREET_ADDRESS"}, // a town the lists know (stop 32)
		{"Ship it to Zdeslav Kvapilík 12 now.", true, []string{"STREET_ADDRESS Zdeslav Kvapilík"}, "STREET_ADDRESS"},
	}
	for _, tt := range tests {
		fs, err := NewRecognizer(namesBackend{tt.standIns, tt.as}, Options{}).Recognize(context.Background(), tt.text, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.Type+" "+tt.text[f.Start:f.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
