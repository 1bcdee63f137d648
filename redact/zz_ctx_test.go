package redact

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func TestZZContexts(t *testing.T) {
	det := NewDetector(Patterns{})
	vals := []string{
		"jane.doe@example.com", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "378282246310005",
		"(212) 555-0147", "212-555-0147", "+1 212 555 0147", "+44 20 7946 0958", "078-05-1120", "DE89 3704 0044 0532 0130 00",
		"DE89370400440532013000", "GB82WEST12345698765432", "203.0.113.42", "2001:db8::8a2e:370:7334", "https://example.com/invoice?id=42",
		"00:1A:2B:3C:4D:5E", "490154203237518", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "0x52908400098527886E0F7030069857D2E4169EE7",
		"sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD", "AKIAIOSFODNN7EXAMPLE", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
		"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
		"1HGCM82633A004352", "AB123456C", "943 476 5919", "1234567893", "03/14/1985", "March 14, 1985", "2023-06-07",
		"SW1A 1AA", "123 Main Street", "xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx",
	}
	ctxs := []string{"%s", "Note (%s) here", "Note [%s] here", "Note \"%s\" here", "Note '%s' here", "Note `%s` here", "Note **%s** here",
		"Note _%s_ here", "Note <%s> here", "See %s.", "See %s, ok", "See %s; ok", "See %s! ok", "Is it %s? ok", "x:%s ok", "x=%s&y=2",
		`{"k":"%s"}`, "a\t%s\tb", "| a | %s | b |", "- %s\n- b", "> %s", "%s\n", "Value:%s", "(%s)", "«%s»", "“%s”", "—%s—", "%s…", "1. %s"}
	for _, v := range vals {
		for _, c := range ctxs {
			s := fmt.Sprintf(c, v)
			fs, _ := det.Detect(context.Background(), s)
			i := strings.Index(s, v)
			cov := make([]bool, len(v))
			for _, f := range fs {
				if f.Score < 0.5 {
					continue
				}
				for k := max(f.Start, i); k < min(f.End, i+len(v)); k++ {
					cov[k-i] = true
				}
			}
			n := 0
			for _, b := range cov {
				if !b {
					n++
				}
			}
			if n > 0 {
				fmt.Printf("MISS %d/%d %q\n", n, len(v), s)
			}
		}
	}
}
