package redact

import (
	"cmp"
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/veil-gateway/veil/redact/redacttest"
)

type span struct {
	Type string
	Text string
}

func spans(t *testing.T, text string) []span {
	t.Helper()
	fs, err := NewDetector(Patterns{}).Detect(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	out := []span{}
	for _, f := range fs {
		if f.Score >= 0.4 { // what the strictest preset acts on; weak candidates have their own tests
			out = append(out, span{f.Type, text[f.Start:f.End]})
		}
	}
	return out
}

// TestIPReading checks which dotted quads and IPv6 literals are masked at the default
// threshold of 0.5: addresses that name a machine, with or without context, and never the
// ones that cannot (loopback, documentation ranges) nor numbers that only look like addresses.
func TestIPReading(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"client 81.2.69.142 connected", []string{"81.2.69.142"}},
		{"ip_address(\"127.0.0.1\") and IPv4Address('192.0.2.1') and 2001:db8::1 and 0.0.0.0", nil},
		{"the OID 1.2.840.113549.1.1 and 2.5.29.17.3", nil},
		{"'1.0.0.127.in-addr.arpa' and 1.0.0.0.0.0.0.0.0.0.0.0.ip6.arpa", nil},
		{"See RFC 8446, Section 4.2.11.1. Upgraded alsa-conf 1.2.5.1-2 today", nil},
		{"server ip 1.2.3.4 is down", []string{"1.2.3.4"}},
		{"from 10.0.0.12.", []string{"10.0.0.12"}},
		{"Connect to 8.8.8.8:53 or 1.1.1.1:853", []string{"8.8.8.8", "1.1.1.1"}},
	}
	d := NewDetector(Patterns{})
	for _, tt := range tests {
		fs, err := d.Detect(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.Type == IPAddress && f.Score >= 0.5 {
				got = append(got, tt.text[f.Start:f.End])
			}
		}
		if diff := gocmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestPatterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []span
	}{
		{"email", "write to jane.doe+tag@mail.example.co.uk today.", []span{{Email, "jane.doe+tag@mail.example.co.uk"}}},
		{"email tld digits", "user@host.c0m and a@b", []span{}},
		{"email trailing dot", "mail bob@example.org.", []span{{Email, "bob@example.org"}}},
		{"identifiers written into CJK words", "電話番号は090-1234-5678です。카드번호는 4111-1111-1111-1111입니다. 服务器192.168.1.10无法访问",
			[]span{{Phone, "090-1234-5678"}, {CreditCard, "4111-1111-1111-1111"}, {IPAddress, "192.168.1.10"}}},
		{"emails written into CJK words", "邮箱是zhang.wei@example.com。메일은 kim@example.com입니다 メールはtanaka@example.jpまで；张伟@例子.中国",
			[]span{{Email, "zhang.wei@example.com"}, {Email, "kim@example.com"}, {Email, "tanaka@example.jp"}, {Email, "张伟@例子.中国"}}},
		{"CJK context words inside a word", "我的手机号是13812345678，谢谢。", []span{{Phone, "13812345678"}}},
		{"no CJK context word", "我有13912345678个问题", []span{}},
		{"phone words of Indonesian, Vietnamese and Swahili", "nomor HP saya 0812-3456-7890; số điện thoại 0912 345 678; namba yangu ni 0712 345678",
			[]span{{Phone, "0812-3456-7890"}, {Phone, "0912 345 678"}, {Phone, "0712 345678"}}},
		{"number alone, in Polish and Czech", "mój numer to 512 345 678; moje číslo je 602 123 456", []span{{Phone, "512 345 678"}, {Phone, "602 123 456"}}},
		{"identifiers written into Thai words", "เบอร์โทร0812345678ค่ะ บัตรเครดิต4111111111111111 อีเมลsomchai@example.comครับ ราคา 500 บาท",
			[]span{{Phone, "0812345678"}, {CreditCard, "4111111111111111"}, {Email, "somchai@example.com"}}},
		{"Arabic phone words with their article and pronoun", "رقم هاتفي 0501234567 شكرا، رقم الهاتف:0501234568", []span{{Phone, "0501234567"}, {Phone, "0501234568"}}},
		{"a number in brackets keeps none", "Jane Doe, MD (212-555-0147) or (212) 555-0148", []span{{Phone, "212-555-0147"}, {Phone, "(212) 555-0148"}}},
		{"a street's number is no date", "admitted via ED 2026-02-28 02:14 to Via Roma 12", []span{{DateTime, "2026-02-28 02:14"}, {StreetAddress, "Via Roma 12"}}},
		{"email in single quotes", "values ('olu@x.ng', 'x') or \"o'brien@x.com\"", []span{{Email, "olu@x.ng"}, {Email, "o'brien@x.com"}}},
		{"visa spaced", "card 4111 1111 1111 1111 exp", []span{{CreditCard, "4111 1111 1111 1111"}}},
		{"amex dashed", "amex 3782-822463-10005.", []span{{CreditCard, "3782-822463-10005"}}},
		{"card fails luhn", "4111 1111 1111 1112", []span{}},
		{"card spaced separators", "4111 1111  1111 1111 and 5555 - 5555 - 5555 - 4444", []span{{CreditCard, "4111 1111  1111 1111"}, {CreditCard, "5555 - 5555 - 5555 - 4444"}}},
		{"card after a label", "CC-4111 1111 1111 1111 and no.5555555555554444, not v1.2.3.4", []span{{CreditCard, "4111 1111 1111 1111"}, {CreditCard, "5555555555554444"}}},
		{"card mixed separators", "4111-1111 1111.1111", []span{{CreditCard, "4111-1111 1111.1111"}}},
		// a statement's descriptor: a phone of ten digits, then the amount; Luhn passes on
		// 4029357733 519.53 by chance, which had made a card of it (stop 37)
		{"a long group before an amount is no card", "PAYPAL *X 4029357733 519.53 and 4029357733 1872.90", []span{}},
		// a span of years in brackets after a name is no phone (stop 46)
		{"a life's years are no phone", "RIP Grandpa Eugene (1931–2026). Services at 10am; call 5551-2345",
			[]span{{Phone, "5551-2345"}}},
		// a card read from the last twelve digits of a longer number (stop 46)
		{"no card is the tail of a longer grouped number", "tracking 1234-5678-9012-3456; ref 1234 5678 9012 3456; Qty 2 4111 1111 1111 1111",
			[]span{{CreditCard, "4111 1111 1111 1111"}}},
		{"mastercard 2-series", "5555555555554444 and 2223003122003222", []span{{CreditCard, "5555555555554444"}, {CreditCard, "2223003122003222"}}},
		{"ssn", "SSN: 536-22-1234.", []span{{SSN, "536-22-1234"}}},
		{"ssn invalid area", "666-22-1234 and 900-22-1234 and 000-12-3456", []span{}},
		{"ssn then card", "ssn 536-22-1234 4111 1111 1111 1111", []span{{SSN, "536-22-1234"}, {CreditCard, "4111 1111 1111 1111"}}},
		{"phone nanp", "call (212) 555-0147 now", []span{{Phone, "(212) 555-0147"}}},
		// a number with thousands separators is one number: no part of it is a phone
		{"thousands are no phone", "G 1.073.741.824, und so weiter; it costs 12,345,678 euros; 1 073 741 824 bajtů; call 212.555.0147", []span{{Phone, "212.555.0147"}}},
		{"phone dashed", "call 212-555-0147, or 1-800-555-0199", []span{{Phone, "212-555-0147"}, {Phone, "1-800-555-0199"}}},
		{"phone international", "ring +44 20 7946 0958 or +49 30 901820", []span{{Phone, "+44 20 7946 0958"}, {Phone, "+49 30 901820"}}},
		{"phone country code in parentheses", "call (+44) 20 7946 0958 now", []span{{Phone, "(+44) 20 7946 0958"}}},
		{"phone uk trunk", "office 020 7946 0958", []span{{Phone, "020 7946 0958"}}},
		{"date is not phone", "on 2024-01-31 and 31.01.2024", []span{{DateTime, "2024-01-31"}, {DateTime, "31.01.2024"}}},
		{"timestamp is not a life event", "2026-11-24T19:04:12Z INFO started\n  [2026-11-24 19:04:12] done, id=2026-11-24T19:04:12", []span{}},
		{"date and time in prose", "seen on 2020-07-31 00:57:51, then 3/23/1940 and 05/06/2021 9:30 am", []span{{DateTime, "2020-07-31 00:57:51"}, {DateTime, "3/23/1940"}, {DateTime, "05/06/2021 9:30 am"}}},
		{"go reference time", `layout := "02 Jan 06 15:04 MST"; t.Format("Jan 2, 2006 at 3:04pm (MST)"); "2006-01-02 15:04:05"; // January 2, 15:04:05`, []span{}},
		{"named dates", "on March 3, 2021 and 3rd of March 2021 and 03-Mar-2021", []span{{DateTime, "March 3, 2021"}, {DateTime, "3rd of March 2021"}, {DateTime, "03-Mar-2021"}}},
		{"time of day in prose after a date", "March 3rd, 2021 at 4:30 PM, 3/4/2021 @ 14:00, June 5, 2020, 10am and 2020-01-02 9 p.m.",
			[]span{{DateTime, "March 3rd, 2021 at 4:30 PM"}, {DateTime, "3/4/2021 @ 14:00"}, {DateTime, "June 5, 2020, 10am"}, {DateTime, "2020-01-02 9 p.m."}}},
		{"a number after a date is not its time", "on 2021-03-04 at 4 cases, 3/4/2021 at 25:00 and June 5, 2020, 12 patients", []span{{DateTime, "2021-03-04"}, {DateTime, "3/4/2021"}, {DateTime, "June 5, 2020"}}},
		{"weekday before a date", "on Monday, June 5th 2023, Tue 3/4/2021 and Sat. 4 May 2024", []span{{DateTime, "Monday, June 5th 2023"}, {DateTime, "Tue 3/4/2021"}, {DateTime, "Sat. 4 May 2024"}}},
		{"ipv4", "from 192.168.1.20, not 999.1.1.1 or 1.2.3", []span{{IPAddress, "192.168.1.20"}}},
		{"ipv4 leading zero", "10.01.1.1", []span{}},
		{"ipv6", "addr 2a01:4f8::8a2e:370:7334 and fe80::1%", []span{{IPAddress, "2a01:4f8::8a2e:370:7334"}, {IPAddress, "fe80::1"}}},
		{"ipv6 with a bare port", "to 3e60:7451:a5b1:c5cd:1481:bb2b:9895:4403:5432 ok", []span{{IPAddress, "3e60:7451:a5b1:c5cd:1481:bb2b:9895:4403"}}},
		{"time is not ipv6", "at 10:30:00 sharp", []span{}},
		{"iban", "IBAN DE89 3704 0044 0532 0130 00 thanks", []span{{IBAN, "DE89 3704 0044 0532 0130 00"}}},
		{"iban compact", "GB82WEST12345698765432", []span{{IBAN, "GB82WEST12345698765432"}}},
		{"iban bad check", "GB82WEST12345698765433", []span{}},
		{"ibans outside the registry", "IBAN: IR062960000000100324200001, MA64011519000001205000534921; not IR062960000000100324200002", []span{{IBAN, "IR062960000000100324200001"}, {IBAN, "MA64011519000001205000534921"}}},
		// a country's IBAN of another length whose check digits hold: weak, and only capitals are read on
		{"iban mistyped", "IBAN GB96GCKE1068403885421 thanks, FR50341672110684038854214304 ok", []span{{IBAN, "GB96GCKE1068403885421"}, {IBAN, "FR50341672110684038854214304"}}},
		{"iban mistyped, bad check", "GB96GCKE1068403885422", []span{}},
		{"url", "see https://example.com/a?b=c). Or www.example.org.", []span{{URL, "https://example.com/a?b=c"}, {URL, "www.example.org"}}},
		{"profile without a scheme", "my github is github.com/janedoe, linkedin.com/in/jane-doe-123 and youtube.com/@janecooks.", []span{{URL, "github.com/janedoe"}, {URL, "linkedin.com/in/jane-doe-123"}, {URL, "youtube.com/@janecooks"}}},
		{"not a profile: a repository or an import path", `import "github.com/openai/openai-go/v3"; see github.com/golang/go/issues/1; linkedin.com/feed; mygithub.com/x`, []span{}},
		{"openai key", "key=sk-proj-abcDEF1234567890ghijKLMN", []span{{APIKey, "sk-proj-abcDEF1234567890ghijKLMN"}}},
		{"aws key", "AKIAIOSFODNN7EXAMPLE", []span{{APIKey, "AKIAIOSFODNN7EXAMPLE"}}},
		{"github token", "ghp_1234567890abcdefghijABCDEFGHIJ123456", []span{{APIKey, "ghp_1234567890abcdefghijABCDEFGHIJ123456"}}},
		{"a Stripe customer, no credential (stop 44)", "customer cus_NffrFeUfNV2Hib; cus_Nf8a2; cus_tabledefinitions", []span{{IDNumber, "cus_NffrFeUfNV2Hib"}}},
		{"a Stripe connected account (stop 45)", "payout to acct_1Nv0FGQ9RKHgCVdK failed; acct_balance_total_amount; acct_id", []span{{IDNumber, "acct_1Nv0FGQ9RKHgCVdK"}}},
		{"google oauth token", "Bearer ya29.a0AfH6SMBx3kd92jf83kdl20f9sk3ld0s9fk3l2d", []span{{APIKey, "ya29.a0AfH6SMBx3kd92jf83kdl20f9sk3ld0s9fk3l2d"}}},
		{"vault token", "VAULT_TOKEN hvs.CAESIJ3kd92jf83kdl20f9sk3ld0s9fk3l2d8f", []span{{APIKey, "hvs.CAESIJ3kd92jf83kdl20f9sk3ld0s9fk3l2d8f"}}},
		{"square token", "sq0atp-3kd92jf83kdl20f9sk3ld0", []span{{APIKey, "sq0atp-3kd92jf83kdl20f9sk3ld0"}}},
		{"Perplexity, Postman, Doppler, Grafana, age, Notion, Docker Hub and Square keys (stop 51)",
			"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 PMAK-65f1a2b3c4d5e6f7a8b9c0d1-0123456789abcdef0123456789abcdef01 " +
				"dp.st.dev.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_6789abcd " +
				"AGE-SECRET-KEY-1QQPQ9VQZ5G8L8Y3C4W0XJ7N2K6M5R9T3H8D2F6G4J8K2L5P7S9U3W6 ntn_512345678901aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567 " +
				"dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0 EAAAl4f9Ka8sLm2Np7Qr1St6Uv3Wx9Yz0Ab5Cd8Ef2Gh4Ij7Kl1Mn3Op5Qr7St; the dapi0123 endpoint, EAAAA battery, glc_test",
			[]span{{APIKey, "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"}, {APIKey, "PMAK-65f1a2b3c4d5e6f7a8b9c0d1-0123456789abcdef0123456789abcdef01"},
				{APIKey, "dp.st.dev.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCd"}, {APIKey, "glsa_AbCdEfGhIjKlMnOpQrStUvWxYz012345_6789abcd"},
				{APIKey, "AGE-SECRET-KEY-1QQPQ9VQZ5G8L8Y3C4W0XJ7N2K6M5R9T3H8D2F6G4J8K2L5P7S9U3W6"}, {APIKey, "ntn_512345678901aBcDeFgHiJkLmNoPqRsTuVwXyZ01234567"},
				{APIKey, "dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0"},
				{APIKey, "EAAAl4f9Ka8sLm2Np7Qr1St6Uv3Wx9Yz0Ab5Cd8Ef2Gh4Ij7Kl1Mn3Op5Qr7St"}}},
		{"Heroku, New Relic, Pulumi, PlanetScale, Supabase and Figma keys and a Telegram bot's token (stop 52)",
			"heroku: HRKU-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d NRAK-7JK4M2P9Q8R3S6T1V5W0X4Y7Z2A pul-4a8e2f9b1c7d3e6f0a5b8c2d9e1f4a7b3c6d9e2f " +
				"pscale_tkn_Xy7kP2mQ9rT4vW8zA3bC6dF1gH5jK0nLqR2sT5vW8 sbp_4a8e2f9b1c7d3e6f0a5b8c2d9e1f4a7b3c6d9e2f figd_Xy7kP2mQ9rT4vW8zA3bC6dF1gH5jK0nLqR2sT5v " +
				"bot 7123456789:AAHfK3mP9qR2sT5vW8xY1zA4bC7dE0fG3hJ; the pulse-monitor, NRAK-1, 12345678:AA short",
			[]span{{APIKey, "HRKU-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"}, {APIKey, "NRAK-7JK4M2P9Q8R3S6T1V5W0X4Y7Z2A"}, {APIKey, "pul-4a8e2f9b1c7d3e6f0a5b8c2d9e1f4a7b3c6d9e2f"},
				{APIKey, "pscale_tkn_Xy7kP2mQ9rT4vW8zA3bC6dF1gH5jK0nLqR2sT5vW8"}, {APIKey, "sbp_4a8e2f9b1c7d3e6f0a5b8c2d9e1f4a7b3c6d9e2f"},
				{APIKey, "figd_Xy7kP2mQ9rT4vW8zA3bC6dF1gH5jK0nLqR2sT5v"}, {APIKey, "7123456789:AAHfK3mP9qR2sT5vW8xY1zA4bC7dE0fG3hJ"}}},
		{"an aws secret after its access key id, with no word for it", "AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
			[]span{{APIKey, "AKIAIOSFODNN7EXAMPLE"}, {APIKey, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}},
		{"npm, sendgrid", "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 SG.AbCdEfGhIjKlMnOpQr0123.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg",
			[]span{{APIKey, "npm_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"}, {APIKey, "SG.AbCdEfGhIjKlMnOpQr0123.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefg"}}},
		{"a connection string's password, and no mailbox in a URL's user information", "postgres://admin:S3cr3tP4ss@db.internal:5432/app redis://:p4ssw0rd@cache:6379 ssh://git@github.com/x mailto:ana@example.com",
			[]span{{Secret, "S3cr3tP4ss"}, {Secret, "p4ssw0rd"}, {URL, "ssh://git@github.com/x"}, {Email, "ana@example.com"}}}, // an ssh:// link is a link (since stop 43)
		{"not a key", "sk-learning-is-a-long-hyphenated-phrase", []span{}},
		{"identifier digits", "order abc123456789 and v1.2.3.4", []span{}},
		{"phone extension", "fax 212-555-0147x22 or (212) 555-0148 ext. 7", []span{{Phone, "212-555-0147x22"}, {Phone, "(212) 555-0148 ext. 7"}}},
		{"phone extension after a space", "call (212) 555-0147 x 22 or 212-555-0148 x. 7, not 212-555-0149 x y", []span{{Phone, "(212) 555-0147 x 22"}, {Phone, "212-555-0148 x. 7"}, {Phone, "212-555-0149"}}},
		{"phone 00 prefix", "dial 0044 20 7946 0958 or 001-212-555-0147", []span{{Phone, "0044 20 7946 0958"}, {Phone, "001-212-555-0147"}}},
		{"weak phone with context", "call me at 785 8949 or phone (85) 5986-8343", []span{{Phone, "785 8949"}, {Phone, "(85) 5986-8343"}}},
		{"weak phone without context", "values 785 8949 and 12 34 56", []span{}},
		{"phone words in other languages", "teléfono 612 345 678, Handy 785 8949", []span{{Phone, "612 345 678"}, {Phone, "785 8949"}}},
		{"ssn spaced with context", "SSN 536 22 1234", []span{{SSN, "536 22 1234"}}},
		{"ssn bare with context", "social security number: 536221234", []span{{SSN, "536221234"}}},
		{"ssn as people say it", "my social is 5 3 6 2 2 1 2 3 4; s.s.n. 536221235; her social: 536221236", []span{{SSN, "5 3 6 2 2 1 2 3 4"}, {SSN, "536221235"}, {SSN, "536221236"}}},
		{"month names of thirteen more languages", "DOB: 22 listopada 1938; Datum narození 14. března 1985; Doğum tarihi 22 Kasım 1938; syntynyt 22. marraskuuta 1938; 7 Agustus 1999",
			// Finnish "syntynyt" is "born", a birth date's cue since stop 27
			[]span{{DateOfBirth, "22 listopada 1938"}, {DateOfBirth, "14. března 1985"}, {DateOfBirth, "22 Kasım 1938"}, {DateOfBirth, "22. marraskuuta 1938"}, {DateTime, "7 Agustus 1999"}}},
		{"dates of birth after other languages' labels", "Data urodzenia: 22.11.1938; дата рождения: 22.11.1938; Tanggal lahir: 22-11-1938; 出生日期：1985年3月14日; 생년월일: 1985년 3월 14일",
			[]span{{DateOfBirth, "22.11.1938"}, {DateOfBirth, "22.11.1938"}, {DateOfBirth, "22-11-1938"}, {DateOfBirth, "1985年3月14日"}, {DateOfBirth, "1985년 3월 14일"}}},
		{"month names in other scripts, and Thai's Buddhist year", "Это случилось 14 марта 1985 года; 15 मार्च 1998; 15 مارس 1998; วันเกิด 15 มีนาคม 2541",
			[]span{{DateTime, "14 марта 1985"}, {DateTime, "15 मार्च 1998"}, {DateTime, "15 مارس 1998"}, {DateTime, "15 มีนาคม 2541"}}},
		{"Hebrew dates, after a prefix's hyphen", "נולד ב-15 במרץ 1998; הפגישה ב-3 בינואר", []span{{DateTime, "15 במרץ 1998"}, {DateTime, "3 בינואר"}}},
		{"Vietnamese dates", "Tôi sinh ngày 22 tháng 11 năm 1938 tại Hà Nội; hẹn gặp ngày 5 tháng 3, 2024; I waited 22 tháng",
			[]span{{DateOfBirth, "22 tháng 11 năm 1938"}, {DateTime, "5 tháng 3, 2024"}}},
		{"iban lower case", "my iban is gb82west12345698765432", []span{{IBAN, "gb82west12345698765432"}}},
		{"ipv6 digit first", "from 4f8a:c99e:dc86:faf9:5988:5f63:375e:8a2a ok", []span{{IPAddress, "4f8a:c99e:dc86:faf9:5988:5f63:375e:8a2a"}}},
		{"a card's groups joined by slashes or underscores", "card 4111/1111/1111/1111, 4111_1111_1111_1111, Amex 3782_822463_10005; not /var/4111/1111/1111/1111, 2024/03/14, 4111/1111/1111/1112",
			[]span{{CreditCard, "4111/1111/1111/1111"}, {CreditCard, "4111_1111_1111_1111"}, {CreditCard, "3782_822463_10005"}, {DateTime, "2024/03/14"}}},
		{"zero-width inside a card", "card 4111\u200b1111\u200b1111\u200b1111 ok", []span{{CreditCard, "4111\u200b1111\u200b1111\u200b1111"}}},
		{"values in curly quotes, guillemets and before an ellipsis", "card “4111 1111 1111 1111”, ‘DE89 3704 0044 0532 0130 00’, mail «jane.doe@example.com», call 212-555-0147…",
			[]span{{CreditCard, "4111 1111 1111 1111"}, {IBAN, "DE89 3704 0044 0532 0130 00"}, {Email, "jane.doe@example.com"}, {Phone, "212-555-0147"}}},
		{"full-width digits", "SSN ５３６－２２－１２３４ ok", []span{{SSN, "５３６－２２－１２３４"}}},
		{"full-width at sign", "mail jane＠example.com", []span{{Email, "jane＠example.com"}}},
		{"spelled email", "write john dot smith at example dot com today", []span{{Email, "john dot smith at example dot com"}}},
		{"spelled email after 'me at'", "you can email me at john dot smith at gmail dot com anytime", []span{{Email, "john dot smith at gmail dot com"}}},
		{"digits one at a time", "ssn 5 3 6 - 2 2 - 1 2 3 4 and card 4 1 1 1  1 1 1 1  1 1 1 1  1 1 1 1 ok", []span{{SSN, "5 3 6 - 2 2 - 1 2 3 4"}, {CreditCard, "4 1 1 1  1 1 1 1  1 1 1 1  1 1 1 1"}}},
		{"lists of digits", "rate it 1 2 3 4 5; rows 1 2 3 4 5 6 7 8 9 10 11", []span{}},
		{"spelled email brackets", "JANE [at] corp [dot] io", []span{{Email, "JANE [at] corp [dot] io"}}},
		{"not an email", "meet at noon, the dot is at the top", []span{}},
		{"email spaced out", "email ( viralfeed @ gmail . com ) or jane.doe @ corp . io", []span{{Email, "viralfeed @ gmail . com"}, {Email, "jane.doe @ corp . io"}}},
		{"not an email spaced out", "y = X @ W . T; meet @ 5 . ok; mail jane @ example. Then", []span{}},
		{"nbsp separators", "call (212)\u00a0555\u2011 0147", []span{{Phone, "(212)\u00a0555\u2011 0147"}}},
		{"dea", "DEA AB1234563 on file", []span{{DEA, "AB1234563"}}},
		{"nino", "NI AB123456C and AB 12 34 56 C", []span{{UKNINO, "AB123456C"}, {UKNINO, "AB 12 34 56 C"}}},
		{"vin", "VIN 1M8GDM9AXKP042788.", []span{{VIN, "1M8GDM9AXKP042788"}}},
		{"codice fiscale", "CF RSSMRA85T10A562S", []span{{ITFiscalCode, "RSSMRA85T10A562S"}}},
		{"codice fiscale, every digit a letter (omocodia)", "CF RSSMRAURTMLARSNL", []span{{ITFiscalCode, "RSSMRAURTMLARSNL"}}},
		{"mbi", "MBI 1EG4TE5MK73", []span{{USMBI, "1EG4TE5MK73"}}},
		{"mbi as the card prints it", "Medicare MBI 1EG4-TE5-MK73; not 1EG4-TE5-MK73X or 1SG4-TE5-MK73", []span{{USMBI, "1EG4-TE5-MK73"}}},
		{"singapore nric", "NRIC S1234567D, not S1234567A", []span{{SGNRIC, "S1234567D"}}},
		{"dni and nie", "DNI 12345678Z, NIE X1234567L", []span{{ESNIF, "12345678Z"}, {ESNIE, "X1234567L"}}},
		{"itin", "ITIN 912-70-1234", []span{{USITIN, "912-70-1234"}}},
		{"mac", "hw 00:1A:2B:3C:4D:5E and aa-bb-cc-dd-ee-0f", []span{{MACAddress, "00:1A:2B:3C:4D:5E"}, {MACAddress, "aa-bb-cc-dd-ee-0f"}}},
		{"cisco's dotted mac", "mac 001A.2B3C.4D5E; build 2024.0101.1234; a.001a.2b3c.4d5e", []span{{MACAddress, "001A.2B3C.4D5E"}}},
		{"bitcoin", "send to 1BoatSLRHtKNngkdXEeobR76b53LETtpyT or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", []span{{Crypto, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"}, {Crypto, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"}}},
		{"ethereum", "eth 0x52908400098527886E0F7030069857D2E4169EE7", []span{{Crypto, "0x52908400098527886E0F7030069857D2E4169EE7"}}},
		{"jwt", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk ok", []span{{JWT, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"}}},
		{"pem", "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----\ndone", []span{{PrivateKey, "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----"}}},
		{"track 2", "swipe ;4111111111111111=25121010000000000000? done", []span{{TrackData, ";4111111111111111=25121010000000000000?"}}},
		{"not identifiers", "ABCDEFGHI and 123456789X and 0xdeadbeef", []span{}},
		{"card outside the networks' ranges", "my card number is 060412345674; visa 9999-1234-5678-907", []span{{CreditCard, "060412345674"}, {CreditCard, "9999-1234-5678-907"}}},
		{"luhn number without a card word", "request id 060412345674 failed", []span{}},
		{"country code before an area code that no NANP number has", "reach 1-012-345-6789 or 1.123.456.7890x12", []span{{Phone, "1-012-345-6789"}, {Phone, "1.123.456.7890x12"}}},
		{"two groups, the second of six digits, beside a phone word", "96 228011 office", []span{{Phone, "96 228011"}}},
		{"two groups, the second of six digits, alone", "room 12 345678 is free", []span{}},
		{"bare digits that a country dials, beside a phone word", "call 912345678 or mobile 13812345678 or 09876543210", []span{{Phone, "912345678"}, {Phone, "13812345678"}, {Phone, "09876543210"}}},
		{"bare digits that a country dials, alone", "id 13812345678 and 912345678", []span{}},
		{"an area code in brackets right after an abbreviation's period", "Tel.(555)867-5309", []span{{Phone, "(555)867-5309"}}},
		{"russian trunk prefix", "call 8 (495) 123-45-67 or 8 916 123 45 67 or 8-916-123-45-67", []span{{Phone, "8 (495) 123-45-67"}, {Phone, "8 916 123 45 67"}, {Phone, "8-916-123-45-67"}}},
		{"area code then the number unsplit", "call (202)5550175 or 202-5550175 or 2025550175x123", []span{{Phone, "(202)5550175"}, {Phone, "202-5550175"}, {Phone, "2025550175x123"}}},
		{"trunk prefix after the country code", "call +44(0)20 7946 0958 or +49(0)3012-34567", []span{{Phone, "+44(0)20 7946 0958"}, {Phone, "+49(0)3012-34567"}}},
		{"slash after a trunk-prefixed area code", "Tel. 089/123456 oder 0664/1234567, am 01/05/2021", []span{{Phone, "089/123456"}, {Phone, "0664/1234567"}, {DateTime, "01/05/2021"}}},
		{"slash and a space, or a bracketed area code's slash", "tel: 05/ 512 89 77, phone: (30)/489-5824; not (3)/4 or 05/ 2024",
			[]span{{Phone, "05/ 512 89 77"}, {Phone, "(30)/489-5824"}}},
		{"a marketplace's order number, no part of it a card or a phone (stop 35)", "order 113-4567890-1234567 and 402-1234567-8901234; call 402-123-4567",
			[]span{{Phone, "402-123-4567"}}},
		{"slash with a space either side after a trunk-prefixed area code (stop 35)", "Tel. 0234 / 61 48 27, Telefon: 030 / 12345678; am 05 / 2024 bezahlt",
			[]span{{Phone, "0234 / 61 48 27"}, {Phone, "030 / 12345678"}}},
		{"no slash phone from an international prefix or a year", "Invoice 0012/345678, issue 2021/123456", []span{}},
		{"a French social security number as the card prints it, its key checked", "carte: 1 85 05 78 006 084 91.", []span{{FRNIR, "1 85 05 78 006 084 91"}}},
		{"a 24-hour time after @ or at belongs to the date", "drawn 03/15 @ 0630; seen 3/14/2024 at 1415; on 3/14/2024 at 2500 hours", []span{{DateTime, "03/15 @ 0630"}, {DateTime, "3/14/2024 at 1415"}, {DateTime, "3/14/2024"}}},
		{"dates, ages and phones in CJK text, unspaced", "生年月日 1985年3月14日、3月14日に来院。2024年3月、45歳; 생년월일: 1985년 3월 14일; 男，45岁; 电话13812345678; 2024年13月",
			[]span{{DateOfBirth, "1985年3月14日"}, {DateTime, "3月14日"}, {DateTime, "2024年3月"}, {Age, "45"}, {DateOfBirth, "1985년 3월 14일"}, {Age, "45"}, {Phone, "13812345678"}}},
		{"russian and greek month names", "14 марта 1985 г., 2 сентября; 14 Μαρτίου 1985", []span{{DateTime, "14 марта 1985"}, {DateTime, "2 сентября"}, {DateTime, "14 Μαρτίου 1985"}}},
		{"a range of days with its year once", "stay 3/14-3/20/2024 and 12/28–1/3/2025; pages 3/14-3/20; 1/2-3/4/2024x", []span{{DateTime, "3/14-3/20/2024"}, {DateTime, "12/28–1/3/2025"}}},
		{"an international number no country's plan knows is found whole, not in part", "reach me at +67-768-886-9376 or +41-718-615-9819x12, not +1-2-3",
			[]span{{Phone, "+67-768-886-9376"}, {Phone, "+41-718-615-9819x12"}}},
		{"area code in brackets after the country code", "Phone:+1(212)555-0134 or +7(495)123-45-67", []span{{Phone, "+1(212)555-0134"}, {Phone, "+7(495)123-45-67"}}},
		// numbers that fit no plan (Faker's formats fill them with any digits) keep their country code
		{"trunk digit in brackets, then the number unsplit", "tel +45(0)3606703316, +45 (0) 4474 738405 or +52(5)1021606631",
			[]span{{Phone, "+45(0)3606703316"}, {Phone, "+45 (0) 4474 738405"}, {Phone, "+52(5)1021606631"}}},
		// books' numbers and a user agent's revision and build stamp are no phone, IP or date of anyone's
		{"isbn", "ISBN 0-411-77910-9, 0-683-29606-X and 978-0-637-31986-7", []span{}},
		{"international number without its plus", "WhatsApp: 5521987654321; call 4915123456789", []span{{Phone, "5521987654321"}, {Phone, "4915123456789"}}},
		{"Swiss AHV number", "AHV 756.7584.2309.17, unsplit 7569456780131; not 756.7584.2309.18", []span{{CHAHV, "756.7584.2309.17"}, {CHAHV, "7569456780131"}}},
		{"country code in brackets without its plus", "phone: (351) 920088959 or (351) 915 686 525; (4532015112830366)",
			[]span{{Phone, "(351) 920088959"}, {Phone, "(351) 915 686 525"}, {CreditCard, "4532015112830366"}}},
		{"card in brackets", "paid with (4532015112830366) and (4532 0151 1283 0366).", []span{{CreditCard, "4532015112830366"}, {CreditCard, "4532 0151 1283 0366"}}},
		{"street, then postcode and city as other countries write them", "at Bahnhofstrasse 12, 8001 Zürich or 10 Downing Street, London SW1A 2AA.",
			[]span{{StreetAddress, "Bahnhofstrasse 12, 8001 Zürich"}, {StreetAddress, "10 Downing Street, London SW1A 2AA"}}},
		{"streets named before their street word, and one-word streets of the north", "Piroska u. 97. or Kossuth Lajos utca 12 or Boriñaur enparantza 29 or Keizersgracht 123 or Drottninggatan 5",
			[]span{{StreetAddress, "Piroska u. 97."}, {StreetAddress, "Kossuth Lajos utca 12"}, {StreetAddress, "Boriñaur enparantza 29"}, {StreetAddress, "Keizersgracht 123"}, {StreetAddress, "Drottninggatan 5"}}},
		{"leader words before particles", "Praça da Sé 45 and Paseo de la Castellana 100, not via email 5 times or Ana u 5",
			[]span{{StreetAddress, "Praça da Sé 45"}, {StreetAddress, "Paseo de la Castellana 100"}}},
		{"zip after a state", "moved to Boston, MA 02108 and Austin, Texas 78701, Portland OR 97201, Salem, OR 97301; CALL ME 12345, ORDER IN 55555",
			[]span{{ZIPCode, "02108"}, {ZIPCode, "78701"}, {ZIPCode, "97201"}, {ZIPCode, "97301"}}},
		{"a German street word apart", "Anschrift: Rosenheimer Str. 112, 81669 München; Berliner Straße 5; Frankfurter Allee 3a; The Str 5 version; Diamond Ring 14k; Kaiser-Wilhelm-Str. 12",
			[]span{{StreetAddress, "Rosenheimer Str. 112, 81669 München"}, {StreetAddress, "Berliner Straße 5"}, {StreetAddress, "Frankfurter Allee 3a"}, {StreetAddress, "Kaiser-Wilhelm-Str. 12"}}},
		// a house number's suffix: a floor, a flat or a range after a hyphen, Dutch's "hs"; not a
		// word run on after the number (stop 34)
		// Turkey's "No:" before the number, the floor and flat after it, and the district and city
		// joined by a slash (stop 34)
		{"a Turkish address", "Sipariş 88213 Bağdat Cad. No:214 D:7, 34728 Kadıköy/İstanbul adresine gelmedi. Adres: Atatürk Cd. No. 15 Kat: 3 Daire: 12, 06420 Çankaya/Ankara",
			[]span{{StreetAddress, "Bağdat Cad. No:214 D:7, 34728 Kadıköy/İstanbul"}, {StreetAddress, "Atatürk Cd. No. 15 Kat: 3 Daire: 12, 06420 Çankaya/Ankara"}}},
		{"a house number's suffix", "Prinsengracht 263-1, 1016 GV Amsterdam; Keizersgracht 12 hs, 1015 CS Amsterdam; Hauptstr. 5-7; Hauptstraße 5-Zimmer-Wohnung",
			[]span{{StreetAddress, "Prinsengracht 263-1, 1016 GV Amsterdam"}, {StreetAddress, "Keizersgracht 12 hs, 1015 CS Amsterdam"}, {StreetAddress, "Hauptstr. 5-7"},
				{StreetAddress, "Hauptstraße 5"}}},
		{"a compass point with its period", "I responded to 2210 W. Division St., and to 400 N. Michigan Ave. today; wait 5 s. later",
			[]span{{StreetAddress, "2210 W. Division St."}, {StreetAddress, "400 N. Michigan Ave."}}},
		{"a terrace or a crescent in lower case (stop 35)", "its 14 ashgrove terrace, near 22 mill crescent", []span{{StreetAddress, "14 ashgrove terrace"}, {StreetAddress, "22 mill crescent"}}},
		{"a compass point with its period in lower case", "customer: 1419 s. alvarado st apt 6, los angeles", []span{{StreetAddress, "1419 s. alvarado st apt 6"}}},
		{"an area code before a slash", "Call 212/555-0147 now; not 100/555-0147 or 2024/555-0147", []span{{Phone, "212/555-0147"}, {Phone, "555-0147"}, {Phone, "555-0147"}}},
		{"a numbered list's items", "Visits:\n1. 03/14/1985\n2. 2023-06-07\n3. March 14, 1985\n4. 00:1A:2B:3C:4D:5E\n5. 123 Main Street\n12.  212-555-0147\n3. März 1985, 4. Mai 1990",
			[]span{{DateTime, "03/14/1985"}, {DateTime, "2023-06-07"}, {DateTime, "March 14, 1985"}, {MACAddress, "00:1A:2B:3C:4D:5E"},
				{StreetAddress, "123 Main Street"}, {Phone, "212-555-0147"}, {DateTime, "3. März 1985"}, {DateTime, "4. Mai 1990"}}},
		{"multibyte", "Grüße an jürgen@beispiel.de – Tel. +49 30 901820", []span{{Email, "jürgen@beispiel.de"}, {Phone, "+49 30 901820"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := gocmp.Diff(tt.want, spans(t, tt.text)); diff != "" {
				t.Errorf("spans(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestUserAgentScores: a user agent's engine revision and build stamp are found weak, under any
// policy's threshold, not as an address and a day of someone's.
func TestUserAgentScores(t *testing.T) {
	text := "Mozilla/5.0 (Macintosh; rv:1.9.3.20) Gecko/2011-04-16 15:09:56 Firefox/3.8"
	fs, err := (Patterns{}).Recognize(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]float64{"1.9.3.20": 0.4, "2011-04-16 15:09:56": timestampScore}
	for _, f := range fs {
		if w, ok := want[text[f.Start:f.End]]; !ok || f.Score != w {
			t.Errorf("%s %q at %.2f", f.Type, text[f.Start:f.End], f.Score)
		}
		delete(want, text[f.Start:f.End])
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

func TestDetectRejectsInvalidUTF8(t *testing.T) {
	_, err := NewDetector(Patterns{}).Detect(context.Background(), "ok \xff bad")
	if err == nil {
		t.Fatal("want an error for invalid UTF-8")
	}
}

// TestDetectionsOwnTheirFindings: detections reuse one findings buffer, so a detection's result
// must be its own: another detection, in turn or at once, changes nothing in it.
func TestDetectionsOwnTheirFindings(t *testing.T) {
	det := NewDetector(Patterns{})
	ctx := context.Background()
	a := "mail jane.doe@example.com or call (212) 555-0147; card 4111 1111 1111 1111"
	first, err := det.Detect(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(first)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := strings.Repeat("SSN 078-05-1121, IP 81.2.69.142, ", i+1)
			if _, err := det.Detect(ctx, text); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if diff := gocmp.Diff(want, first); diff != "" {
		t.Errorf("a detection's findings changed under later ones (-before +after):\n%s", diff)
	}
}

func TestResolve(t *testing.T) {
	got := Resolve([]Finding{
		{Type: "B", Start: 0, End: 10, Score: 0.5},
		{Type: "A", Start: 5, End: 8, Score: 0.9},
		{Type: "C", Start: 9, End: 12, Score: 0.5},
		{Type: "D", Start: 20, End: 25, Score: 0.1},
	})
	want := []Finding{
		{Type: "A", Start: 5, End: 8, Score: 0.9},
		{Type: "C", Start: 9, End: 12, Score: 0.5},
		{Type: "D", Start: 20, End: 25, Score: 0.1},
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}

// TestResolveMany checks the greedy rule on many random overlapping findings against the plain
// way of applying it: each finding, in order of priority, against every one kept so far.
func TestResolveMany(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		n := 1 + rng.IntN(400)
		fs := make([]Finding, n)
		for i := range fs {
			start := rng.IntN(2000)
			fs[i] = Finding{Type: string(rune('A' + rng.IntN(4))), Start: start, End: start + 1 + rng.IntN(30), Score: float64(rng.IntN(5)) / 4}
		}
		byPriority := slices.Clone(fs)
		slices.SortStableFunc(byPriority, func(a, b Finding) int {
			switch {
			case a.Score != b.Score:
				return cmp.Compare(b.Score, a.Score)
			case a.End-a.Start != b.End-b.Start:
				return (b.End - b.Start) - (a.End - a.Start)
			case a.Start != b.Start:
				return a.Start - b.Start
			}
			return strings.Compare(a.Type, b.Type)
		})
		var want []Finding
		for _, f := range byPriority {
			if !slices.ContainsFunc(want, func(k Finding) bool { return k.Start < f.End && f.Start < k.End }) {
				want = append(want, f)
			}
		}
		slices.SortFunc(want, func(a, b Finding) int { return a.Start - b.Start })
		got := Resolve(fs)
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("round %d, %d findings: %s", round, n, diff)
		}
	}
}

func FuzzPatterns(f *testing.F) {
	for _, s := range []string{"mail a.b@c.de, call +44 20 7946 0958", "4111 1111 1111 1111 536-22-1234", "GB82WEST12345698765432 fe80::1 10.0.0.1",
		"https://x.org/a(b) sk-proj-abcDEF1234567890ghijKLMN", "(212) 555-0147 1-800-555-0199 ünï@ç.de",
		"participant number 448120931, Contract no. 7700-19382, Tenant #TN-99812, See #26462, #Boston2024, pls refund to 4111\t1111\t1111\t1111 thx, IBAN GB⁸² WEST ¹²³⁴ ⁵⁶⁹⁸ ⁷⁶⁵⁴ ³², DE89 37O4 0044 0532 0l30 00",
		"GPS 40.7128, -74.0060; 51.5074° N, 0.1278° W; 34°03'08\"N; \"lat\": -12.0464",
		"(0010,0010) PN [OKAFOR^CHIDI^E]\n(0010, 0020) Patient ID  LO: '00482913'\n{\"00100030\": {\"vr\": \"DA\", \"Value\": [\"19780214\"]}} PatientName: DOE^JANE",
		"我住在北京市朝阳区建国路88号3栋502室；東京都渋谷区神南1-2-3；서울특별시 강남구 테헤란로 123；ул. Тверская, д. 7, кв. 12",
		"NM1*IL*1*DOE*JOHN*Q***MI*XQJ482913007~N3*123 MAIN ST~N4*SPRINGFIELD*IL*62701~DMG*D8*19800101*M~PER*IC*MARY*TE*2125550147~",
		"MSH|^~\\&|A|B\rPID|1||483920^^^H^MR||OKONKWO^ADA||19780214|||42 Rd^^Lagos^^100001||^PRN^PH^^1^212^5550187",
		"Ship to: 35 หมู่ 04 ถ.ถมัง ต.ป่า จ.นรา 54110; 10/27 राजन जोशी\nमोकामा-686958; آدرس: 0479 عبدالمالکی کوه، ایلام 12345-67890 تومان",
		"Pt 90F; died at 99. aged ninety-one; Jan '24, March the 5th, 2020; discharged on the 14th and; ք. Գավառ, Նորքի 468, բն. 95; ხუდადოვის ქ. 90, წალკა",
		"BEGIN:VCARD\nN:Okafor;Maria;;;\nitem1.ADR;TYPE=home:;Apt 4B;123 Main St\\;x;Springfield;IL;62704;USA\r\nBEGIN:VEVENT\nDTSTART:20240314T100000Z\nATTENDEE;CN=\"Reyes, A\":mailto:a@b.cd\nORGANIZER;CN=",
		`{"resourceType":"Patient","identifier":[{"type":{"coding":[{"code":"MR"}]},"value":"12345"},{"system":"x/us-ssn","value":"5"},{"value":"\"`,
		"81.2.69.142 - jdoe42 [10/Oct/2024:13:55:36 -0700] \"GET /x HTTP/1.1\" 200 2326\n h.x - - [10/Oct/2024:13:55:37",
		// stop 38's readers: zones, licences' and boarding passes' barcodes, aligned tables, links' pieces
		"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\nI<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<",
		"DLDAQD1234562\nDCSDOE\nDACJANE\nDBB03141985\nDAG123 MAIN ST M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100",
		"NAME          DOB         MRN\nSMITH, JOHN   01/02/1960  4482913\nhttps://x.io/c?zip=94107&n=A; display_name=Jane%20Doe; J o h n  S m i t h; 14 FEB /FEV 85",
		// stop 41's agencies' numbers and places as codes
		"Medicare: 2123 45670 1 IHI 8003 6086 6670 1594 NHI zbn77vl; 87G8Q2PF+6W, Q2PF+6W Sydney ///filled.count.soap GHA-378383104-8 800101-14-5567 27AAPFU0939F1ZV Health Card #: 1234-567-897-AB"} {
		f.Add(s)
	}
	for _, s := range redacttest.FormatSamples { // stop 39's readers
		f.Add(s)
	}
	det := NewDetector(Patterns{})
	f.Fuzz(func(t *testing.T, s string) {
		fs, err := det.Detect(context.Background(), s)
		if err != nil {
			return // invalid UTF-8 is an error, never a guess
		}
		last := 0
		for _, fd := range fs {
			if fd.Start < last || fd.End <= fd.Start || fd.End > len(s) {
				t.Fatalf("finding %+v out of order or outside the text (len %d)", fd, len(s))
			}
			if !utf8.RuneStart(s[fd.Start]) || fd.End < len(s) && !utf8.RuneStart(s[fd.End]) {
				t.Fatalf("finding %+v splits a character", fd)
			}
			last = fd.End
		}
		// the same findings, shifted, when the text is copied after a space; a table laid out in
		// columns of blanks reads its rows by where they stand under its header, so there every
		// line gets the space (the whole table indented), and an offset moves by the lines before
		// it; so too where the space alone would line a header up with rows it did not stand over
		// ("A000  MRN⏎0  0  0000": after one space, MRN stands over the row's last cell)
		aligned := false
		onAligned := func(string, int, int) { aligned = true }
		AlignedCells(s, func(keys []string) []string { return keys }, onAligned)
		AlignedCells(" "+s, func(keys []string) []string { return keys }, onAligned)
		in, shift := " "+s, func(at int) int { return at + 1 }
		if aligned {
			in = " " + strings.ReplaceAll(s, "\n", "\n ")
			shift = func(at int) int { return at + 1 + strings.Count(s[:at], "\n") }
		}
		shifted, err := det.Detect(context.Background(), in)
		if err != nil || len(shifted) != len(fs) {
			t.Fatalf("%d findings in s, %d after a leading space", len(fs), len(shifted))
		}
		for i := range fs {
			if g := shifted[i]; g.Start != shift(fs[i].Start) || g.End != shift(fs[i].End-1)+1 || g.Type != fs[i].Type {
				t.Fatalf("finding %+v became %+v after a leading space", fs[i], g)
			}
		}
	})
}

// TestISOTimestampIsADate: an ISO 8601 date with its time is read as one date, scored as a
// machine timestamp, and no part of it is a phone number.
func TestISOTimestampIsADate(t *testing.T) {
	s := "created 2003-08-09T14:32:11 by staff"
	fs, _ := (Patterns{}).Recognize(context.Background(), s, nil)
	if len(fs) != 1 || fs[0].Type != DateTime || s[fs[0].Start:fs[0].End] != "2003-08-09T14:32:11" || fs[0].Score != timestampScore {
		t.Errorf("findings %+v", fs)
	}
}

// TestChatTimestamps: a chat export's line opens with its message's date and time, then its
// sender; that date is a person's, with its time, not a log line's timestamp (stop 29).
func TestChatTimestamps(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		score      float64
	}{
		{"12.03.2025 19:58 Anna: see you", "12.03.2025 19:58", 0.5},
		{"3/12/25, 7:58 PM - Anna Weber: see you", "3/12/25, 7:58 PM", 0.5},
		{"2025-03-12 19:58:01 <anna> see you", "2025-03-12 19:58:01", 0.5},
		{"[12.03.25 19:58] Anna: hi", "12.03.25 19:58", 0.5},
		// a log line's timestamp stays one: a level, or words not a name's
		{"2025-03-12 19:58:01 INFO server started", "2025-03-12", timestampScore},
		{"2025-03-12 19:58:01 Server started: ok", "2025-03-12", timestampScore},
	} {
		fs, _ := (Patterns{}).Recognize(context.Background(), tc.text, nil)
		if len(fs) == 0 || fs[0].Type != DateTime || tc.text[fs[0].Start:fs[0].End] != tc.want || fs[0].Score != tc.score {
			t.Errorf("%q: findings %+v, want %q at %.2f", tc.text, fs, tc.want, tc.score)
		}
	}
}

// TestNextDigit checks the eight-bytes-a-step search against the plain one on random bytes.
func TestNextDigit(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte("ab /:09\x2f\x3a\x80\xb0\xb5\xb9\xba\xff5")
	for range 20000 {
		b := make([]byte, rng.IntN(40))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := len(s)
			for k := i; k < len(s); k++ {
				if isDigit(s[k]) {
					want = k
					break
				}
			}
			if got := nextDigit(s, i); got != want {
				t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestIPScore: reserved and documentation addresses score too low for any context to mask,
// multicast and link-local ones need a context word, and an address whose interface id carries
// a MAC address (EUI-64) is masked in any scope.
func TestIPScore(t *testing.T) {
	for _, tc := range []struct {
		ip   string
		want float64
	}{
		{"8.8.4.4", 0.95}, {"127.0.0.1", 0.1}, {"192.0.2.7", 0.1}, {"2001:db8::1", 0.1}, {"fe80::1", 0.4}, {"ff02::1", 0.4},
		{"fe80::21a:2bff:fe3c:4d5e", 0.8}, {"2a00:1450::21a:2bff:fe3c:4d5e", 0.8}, {"2a00:1450:4001:82b::200e", 0.95},
	} {
		if got := ipScore(tc.ip); got != tc.want {
			t.Errorf("ipScore(%s) = %v, want %v", tc.ip, got, tc.want)
		}
	}
}

// TestNamedMonthScores: a date whose month is named in another script scores as one named in
// Latin letters does, enough for the policies' threshold (a Russian month had scored as a numeric
// date, 0.45, and gone upstream under strict).
func TestNamedMonthScores(t *testing.T) {
	det := NewDetector(Patterns{})
	for _, text := range []string{"It happened on 14 March 1985.", "Это случилось 14 марта 1985 года.", "Συνέβη στις 14 Μαρτίου 1985.",
		"मुलाकात 15 मार्च 1998", "الموعد 15 مارس 1998", "วันเกิด 15 มีนาคม 2541"} {
		fs, err := det.Detect(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Type != DateTime || fs[0].Score < 0.5 {
			t.Errorf("%q: %+v, want one date scoring 0.5 or more", text, fs)
		}
	}
}
