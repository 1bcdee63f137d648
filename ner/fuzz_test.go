package ner

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/veil-gateway/veil/redact"
	"github.com/veil-gateway/veil/redact/redacttest"
)

// FuzzTokenize: tokens are in order, inside the text, on character boundaries and never white
// space; the model's spans over any valid text are inside it, on token boundaries, and ordered.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Ana's O'Brien", "Zoë\u200b(Łódź)", "x\xffy", "  \n\t", "4111 1111 1111 1111 Maria", "ＭＡＲＩＡ garcía",
		"Ask ジョン・スミス or Ана Петрова.\nThanks, דוד", "I spoke with 김민준 and ஹாருண் வள்ளுவன் today"} {
		f.Add(s)
	}
	m, err := Embedded()
	if err != nil {
		f.Fatal(err)
	}
	r := NewRecognizer(Local(m), Options{Window: 64, Overlap: 16})
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(s, nil) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %+v after %d in %q", tk, prev, s)
			}
			if utf8.ValidString(s) && (!utf8.RuneStart(s[tk.Start]) || tk.End < len(s) && !utf8.RuneStart(s[tk.End])) {
				t.Fatalf("token %+v splits a character in %q", tk, s)
			}
			prev = tk.End
		}
		if !utf8.ValidString(s) {
			return
		}
		fs, err := r.Recognize(context.Background(), s, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Start < 0 || f.End > len(s) || f.Start >= f.End || !utf8.RuneStart(s[f.Start]) || f.End < len(s) && !utf8.RuneStart(s[f.End]) {
				t.Fatalf("finding %+v outside or inside a character of %q", f, s)
			}
		}
	})
}

// FuzzWordPiece: for any input, cased and uncased, pieces are in order, inside the text, on
// character boundaries of valid UTF-8, and a cased known piece spells exactly the bytes it
// covers.
func FuzzWordPiece(f *testing.F) {
	for _, s := range []string{"José Müller", "İstanbul ǅ ß", "日本語テキスト", "x\xffy\u200b", "ﬁnance 𝔘𝔫𝔦", "a\u0301"} {
		f.Add(s)
	}
	vocab := BuildVocab([]string{"José Müller lives in İstanbul", "ﬁnance Maria Garcia 日本"}, 120, 1)
	cased, _ := NewWordPiece(vocab, false)
	uncased, _ := NewWordPiece(vocab, true)
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range []*WordPiece{cased, uncased} {
			if diff := cmp.Diff(encodeReference(w, s), w.Encode(s, nil)); diff != "" {
				t.Fatalf("lower=%v: Encode differs from the reference on %q:\n%s", w.Lower, s, diff)
			}
			prev := 0
			for _, p := range w.Encode(s, nil) {
				if p.Start < prev || p.End <= p.Start || p.End > len(s) {
					t.Fatalf("lower=%v: piece %+v after %d in %q", w.Lower, p, prev, s)
				}
				if utf8.ValidString(s) && (!utf8.RuneStart(s[p.Start]) || p.End < len(s) && !utf8.RuneStart(s[p.End])) {
					t.Fatalf("lower=%v: piece %+v splits a character in %q", w.Lower, p, s)
				}
				if !w.Lower && p.ID != w.UNK {
					if got := strings.TrimPrefix(w.String(p.ID), w.Prefix); got != s[p.Start:p.End] {
						t.Fatalf("piece %q covers %q", got, s[p.Start:p.End])
					}
				}
				prev = p.End
			}
		}
	})
}

// FuzzSpanRules: whatever spans a backend answers (of any type, anywhere on token boundaries),
// the span rules leave findings inside the text, on character boundaries, ordered by start.
func FuzzSpanRules(f *testing.F) {
	for _, s := range []string{"Mr. Ahmed al-Rashid met 'Tom' (Jane Doe) and J. R. R. Tolkien", "Her daughter (Siobhan Keane, x) is an American citizen.",
		"Ana Okafor … Okafor - Ana", "the Bay Area in August; Content-Type: Jean-Pierre Dupont", "“”‘’«»() ,;: Dr. Dr.", "JOHN A. SMITH, Mary-Kate",
		"Regards,\nTomás Ó Briain\n{\"patient_name\": \"Wang Fang\", \"name\": \"Kim Min-jun\"} KOWALSKI, PIOTR; J. R. Hartley; Wife (Grace); D'Angelo Washington, Ludwig van Beethoven, Dr. K. S. Ramesh",
		"Olafur Arnalds <o@a.is> wrote: Thanks, Olafur! Lake Como, Isle of Skye, Mt. Kenya; customer Lars Eriksen; Ana Lima/Bo Chen; Hola, me llamo Javier di Torino; Acme, Inc.; Siobhán Ní; Nur binti Hassan; dani says hi",
		"Ficino, M., Borromini, T. A., & van der Berg, J.-P. (2016). X.\n[3] Vance N, Hamilton GW, Cross S. Y. Lancet. 2000;1:2.\nMartel et al. (2006); As Parekh (2010) argues (Pons & Lee, 2018)\nJo Dillon1, Al Sheppard2\n1 Dept, University of Mittweida, Nordhausen, 1996",
		"By Mathew Page\nNOIDA, Aug 16 (Reuters) - said Ana Lima, chief executive of Bali-Menon.\nDIDAM — Bo, who joined Caldeira in 1995, left.\nAbout Nicholson-Schwartz: x",
		"0 @I1@ INDI\n1 NAME Ciara /Berminghim/\n2 PLAC Harvey Ville, Tonga\nCaoimhin (née MacGlynn); Peters household; (b. 1931-09-21, Bersenbrück; d. 3, x)",
		"TONICHA MACALOON, Plaintiff,\nv.\nIn Phillips v. Webb (2004); State v. Bo Li, x\n/s/ Dhriti Bala\nQ. Your name?\nA. Jasmine Dean.\nQ. Where do you live?\nA. Gracefort.",
		"联系人：席旭（1）\n氏名：井上太郎　x\n佐藤さゆりさん\n患者郭璐，请联系吴丽华\nPasien Ismail Wasita, lahir 07/09/1946 di Payakumbuh\nfödd 1985-02-02 i Varberg, místo narození: Kolín",
		"Witness: Андрій Шевченко\nhey its நர்மதா அகிலா, can u call me back; the word дякую means 'спасибо'; Fabiënne van den Brink and Ottone Gaiatto; kevin da luz", "Surname/Nom\nOKAFOR\n1. WILLIAMS\n4a. 15.06.2019\nLN DOE\n42|Harriet|Mbeki|1979-04-02\n43|Sven|Lindqvist|1961-11-02\nResume_Amelia_Kowalski.pdf MARY SMITH (née JONES) Mei-Ling; Nationality: Omani  Passport No: X; Dr A, Senior Lecturer, University of B", "Hon reste från Sandviken till Karlstad. Viajó de Ávila a Guadalajara; La oficina de Santa Cruz de Tenerife cierra hoy.\nAsuinpaikka: Pirkkala, x\nDe heer de Vroege; Ring til Bertil; z miasta Nowy Sącz",
		"My job is on Elm & 5th in Dayton, near Oak and 2nd; who will finish as 3rd and 4th .. he said",
		// stop 57's rules: other languages' partners, places' kinds, lone given names, chat's tails
		"Invoice from Ματεντσίδου, Ζορμπάς και Κυμπάρης attached. او به روستای مریم رفت. تحدثت مع محمد أمس. ฉันอาศัยอยู่ที่สมุทรปราการมาหลายปี\nnakausap ko si laura rubio kahapon; t'as vu Hortense ? Warning for Baudry and surrounding areas; the Eersel branch; until dawn",
		// the two faults of stop 56's hunt over module and library sources
		"㈀ 김민준에게 ㉠ 보내 주세요.\n/*\n * to be freed by the caller\n * Vera to sign\n */\nIs Gonzalez, Parks and Hines hiring?\nSigned at Grimma, 2024-07-28.\nEmployer name: da Cunha"} {
		f.Add(s, uint64(0x5a5a5a5a5a5a5a5a))
	}
	types := []string{"PERSON", "LOCATION", "ORGANIZATION", "NRP", "STREET_ADDRESS"}
	f.Fuzz(func(t *testing.T, s string, seed uint64) {
		if !utf8.ValidString(s) {
			return
		}
		toks := Tokenize(s, nil)
		var spans []Span
		for i := 0; i < len(toks); i++ { // a span wherever a bit of the seed says, over one to three tokens
			if seed>>(uint(i)%64)&1 == 0 {
				continue
			}
			j := min(len(toks)-1, i+int(seed>>(uint(i+7)%64)&3)%3)
			spans = append(spans, Span{Type: types[(i+int(seed%5))%len(types)], Start: toks[i].Start, End: toks[j].End, Score: float64(seed%100) / 100})
			i = j
		}
		fs, err := NewRecognizer(spanBackend{spans}, Options{}).Recognize(context.Background(), s, nil)
		if err != nil {
			t.Fatal(err)
		}
		prev := 0
		for _, f := range fs {
			if f.Start < prev || f.Start < 0 || f.End > len(s) || f.Start >= f.End || !utf8.RuneStart(s[f.Start]) || f.End < len(s) && !utf8.RuneStart(s[f.End]) {
				t.Fatalf("finding %+v (after %d) in %q from %+v", f, prev, s, spans)
			}
			prev = f.Start
		}
	})
}

// TestPrefixesDoNotPanic: every prefix of texts whose rules looked one word past the text's end
// (the model's "AL" read as a name's particle at the text's start, capsParticleTail; a junction's
// second street cut off after its first letter, streetsBeforeTowns) runs through the embedded
// model and the span rules without a panic, with findings inside the prefix. Found by cutting
// the development texts at every character (stop 36); the fuzzers had not reached them. Every
// prefix of the handwritten development texts too.
func TestPrefixesDoNotPanic(t *testing.T) {
	r := NewRecognizer(Local(model(t)), Options{})
	detect := func(p string) ([]redact.Finding, error) { return r.Recognize(context.Background(), p, nil) }
	span := func(f redact.Finding) (int, int) { return f.Start, f.End }
	redacttest.Prefixes(t, []string{
		"AL 89441-0980; next of kin notified.",
		"At approx. 21:40 on 2024-06-24 the insured, Emily Rivas, was rear-ended at the junction of Julia Shores and T",
		"MARIA DE LA CRUZ and NATHAN DA CUNHA met JAN VAN DER BERG at the junction of Rhonda Retreat and Reed Lane",
		// this stop's readers of CJK companies and header names
		"cc: 西村 結衣, 김민수、王小明\n我在立信电子网络有限公司工作。주식회사 양한최에서 일합니다. 삼성전자(주) บริษัท ถนอมพล จำกัด (มหาชน) บจก.ดาตู",
		// stop 38's: identity documents, headerless and aligned tables, files, maiden names, forms' gaps
		"Surname/Nom\nOKAFOR\nGiven names/Prénoms\nCHINEDU\n1. WILLIAMS\n2. SARAH\n4a. 15.06.2019\nLN DOE\nFN JANE",
		"42|Harriet|Mbeki|1979-04-02\n43|Sven|Lindqvist|1961-11-02\nNAME          CITY\nAnna Berg     Malmo\nLars Holm     Lund",
		"Resume_Amelia_Kowalski.pdf; MARY SMITH (née JONES); Mei-Ling; Nationality: Omani  Passport No: X; Dr A, Senior Lecturer, Uni B",
	}, detect, span)
	redacttest.Prefixes(t, redacttest.FormatSamples, detect, span) // stop 39's readers
	redacttest.Prefixes(t, redacttest.Handwritten(t, ".."), detect, span)
}
