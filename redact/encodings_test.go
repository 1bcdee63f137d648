package redact

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestEncodings: what JSON's escapes, MIME's encoded words, quoted-printable and base64 carry
// is found, over the encoded characters that carry it; what an encoding only resembles is left.
func TestEncodings(t *testing.T) {
	det := NewDetector(Patterns{})
	b64 := base64.StdEncoding.EncodeToString
	body := b64([]byte("Hi team,\n\npatient called from 415-555-0134 about her results; her SSN is 536-22-1234 and her mail jane.doe@example.com.\n"))
	var wrapped []string
	for i := 0; i < len(body); i += 76 {
		wrapped = append(wrapped, body[i:min(len(body), i+76)])
	}
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"json escapes", `{"email":"jane.doe\u0040example.com","phone":"\u0034\u0031\u0035-555-0134"}`,
			[]string{`EMAIL_ADDRESS jane.doe\u0040example.com`, `PHONE_NUMBER \u0034\u0031\u0035-555-0134`}},
		{"an escaped backslash is no escape", `{"note":"jane.doe\\u0040example.com"}`, nil},
		{"a quote's escape stays", `{"a":"x\u0022@example.com"}`, []string{"EMAIL_ADDRESS u0022@example.com"}},
		{"an encoded word", "Reply-To: =?utf-8?q?jane=2Edoe=40example=2Ecom?=", []string{"EMAIL_ADDRESS =?utf-8?q?jane=2Edoe=40example=2Ecom?="}},
		{"two encoded words are one text", "To: =?UTF-8?B?amFuZS5kb2VA?= =?UTF-8?B?ZXhhbXBsZS5jb20=?=",
			[]string{"EMAIL_ADDRESS =?UTF-8?B?amFuZS5kb2VA?= =?UTF-8?B?ZXhhbXBsZS5jb20=?="}},
		{"quoted-printable's soft break", "Content-Transfer-Encoding: quoted-printable\n\nIf you did not ask for it, call us or write to our team at njones=\n@yahoo.com within 14 days.",
			[]string{"EMAIL_ADDRESS njones=\n@yahoo.com"}},
		{"no soft break without the encoding", "total =\n@yahoo.com", nil},
		{"another text's '=' and hex digits beside a quoted-printable body", "Content-Transfer-Encoding: quoted-printable\n\nprice =3D 20 EUR, and if you did not ask for it, call us or write to our team at=\n once\n\nDE035: 4111111111111111=2909101123400001",
			[]string{"CARD_TRACK_DATA 4111111111111111=2909101123400001"}},
		{"a kubernetes secret", "data:\n  email: " + b64([]byte("jane.doe@example.com")) + "\n  ssn: " + b64([]byte("536-22-1234")) + "\n",
			[]string{"EMAIL_ADDRESS " + b64([]byte("jane.doe@example.com")), "US_SSN " + b64([]byte("536-22-1234"))}},
		{"a wrapped body", "Content-Transfer-Encoding: base64\n\n" + strings.Join(wrapped, "\n"),
			// "415-555-0134", " 536-22-1234", "l jane.doe@example.com.\n": over a line break
			[]string{"PHONE_NUMBER NDE1LTU1NS0wMTM0", "US_SSN IDUzNi0yMi0xMjM0", "EMAIL_ADDRESS bCBqYW5lLmRvZUBleGFtcGxl\nLmNvbS4K"}},
		{"base64url JSON", "?state=" + base64.RawURLEncoding.EncodeToString([]byte(`{"email":"jane.doe@example.com"}`)),
			[]string{"EMAIL_ADDRESS ImphbmUuZG9lQGV4YW1wbGUuY29t"}},
		{"PHP's escaped slash inside base64", `{"payload": "eyJlbWFpbCI6ImphbmUuZG9lQGV4YW1wbGUuY29tIiwibm90ZSI6Ij8\/In0="}`,
			[]string{"EMAIL_ADDRESS ImphbmUuZG9lQGV4YW1wbGUuY29t"}},
		{"base64 inside base64", "release: " + b64([]byte(b64([]byte(`{"email":"jane.doe@example.com"}`)))),
			[]string{"EMAIL_ADDRESS SW1waGJtVXVaRzlsUUdWNFlXMXdiR1V1WTI5dElu"}},
		{"HTTP Basic stays whole", "Authorization: Basic " + b64([]byte("jane.doe@example.com:Hunter2!")), []string{"SECRET " + b64([]byte("jane.doe@example.com:Hunter2!"))}},
		{"a JSON Web Token stays one", "token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmUuZG9lQGV4YW1wbGUuY29tIn0.c2lnbmF0dXJlc2lnbmF0dXJl",
			[]string{"JWT eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6ImphbmUuZG9lQGV4YW1wbGUuY29tIn0.c2lnbmF0dXJlc2lnbmF0dXJl"}},
		{"binary is no text", "sha256-" + b64([]byte{0x9f, 0x86, 0xd0, 0x81, 0x88, 0x4c, 0x7d, 0x65, 0x9a, 0x2f, 0xea, 0xa0, 0xc5, 0x5a, 0xd0, 0x15}), nil},
		{"long words are no base64", "InternationalizationServiceProvider2 and AbstractSingletonProxyFactoryBean", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := masked(t, det, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestBase64Offsets: each group of four base64 characters maps to the three bytes it decodes
// to, so findings side by side in the decoded text meet in one group and are kept apart, in
// order, without overlapping.
func TestBase64Offsets(t *testing.T) {
	det := NewDetector(Patterns{})
	text := "echo " + base64.StdEncoding.EncodeToString([]byte("export DB_PASSWORD=s3cr3tP@ss; curl -u jdoe:hunter2x https://10.1.2.3/x")) + " | base64 -d"
	fs, err := det.Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) < 3 {
		t.Fatalf("%d findings in %q, want the password, the user, the other password and the link", len(fs), text)
	}
	for i, f := range fs {
		if f.Start >= f.End || i > 0 && f.Start < fs[i-1].End {
			t.Fatalf("finding %d %+v overlaps the one before it or is empty: %+v", i, f, fs)
		}
	}
}

func FuzzBase64(f *testing.F) {
	for _, s := range []string{"jane.doe@example.com:Hunter2!", "patient called from 415-555-0134; SSN 536-22-1234", `{"email":"a@b.co"}`} {
		f.Add(s)
	}
	det := NewDetector(Patterns{})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, text := range []string{"data: " + base64.StdEncoding.EncodeToString([]byte(s)), "x=" + base64.RawURLEncoding.EncodeToString([]byte(s)) + "\n" + s} {
			fs, err := det.Detect(context.Background(), text)
			if err != nil {
				t.Fatal(err)
			}
			for i, g := range fs {
				if g.Start < 0 || g.End > len(text) || g.Start >= g.End || i > 0 && g.Start < fs[i-1].End {
					t.Fatalf("finding %d %+v outside %q, empty or overlapping: %+v", i, g, text, fs)
				}
			}
		}
	})
}

// TestFancyText: the letters and digits of "fancy text" (mathematical alphabets, circled,
// squared and small capital letters, circled digits), HTML's references of accented letters and
// percent-escaped letters in a path are read as the plain characters they stand for.
func TestFancyText(t *testing.T) {
	for in, want := range map[string]string{
		"𝐉𝐨𝐡𝐧 𝓢𝓶𝓲𝓽𝓱 𝗝𝗼𝗵𝗻 𝚓𝚘𝚑𝚗 ℎ":                   "John Smith John john h",
		"Ⓜⓐⓡⓘⓐ 🄹🅞🅷🅽 ᴊᴏʜɴ sᴍɪᴛʜ":                    "Maria JOHN john smith",
		"④①⑤-⑤⑤⑤-⓪①③④ ❶➋":                          "415-555-0134 12",
		"Ren&eacute; Jos&#233; Nu&#xF1;ez &amp;":   "René José Nuñez &amp;",
		"/users/Mar%C3%ADa%20L%C3%B3pez/ My%20Doc": "/users/María López/ My Doc",
		"a.pdf%20x %2F %20 100%20 off":             "a.pdf x %2F %20 100%20 off",
		"https://x.io/u/Jos%C3%A9%20P%C3%A9rez":    "https://x.io/u/Jos%C3%A9%20P%C3%A9rez", // a link: masked whole
		"pаssword SЅN jаne.dоe@exаmple.com":        "password SSN jane.doe@example.com",     // Cyrillic look-alikes among Latin letters
		"Иван Васовa Αθήνα Οδός":                   "Иван Васовa Αθήνα Οδός",                // words mostly of their own script keep it
	} {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
	det := NewDetector(Patterns{})
	if got := masked(t, det, "call ④①⑤-⑤⑤⑤-⓪①③④ or mail ⓙⓐⓝⓔ@ⓔⓧⓐⓜⓟⓛⓔ.ⓒⓞⓜ"); !cmp.Equal(got, []string{"PHONE_NUMBER ④①⑤-⑤⑤⑤-⓪①③④", "EMAIL_ADDRESS ⓙⓐⓝⓔ@ⓔⓧⓐⓜⓟⓛⓔ.ⓒⓞⓜ"}) {
		t.Errorf("circled characters: %q", got)
	}
}
