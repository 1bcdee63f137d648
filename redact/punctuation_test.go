package redact

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// TestValuesBesidePunctuation puts identifiers of each pattern in the marks, brackets, quotes,
// markup and list items text puts around them: every byte of each must be masked. Curly quotes,
// guillemets and an ellipsis had hidden the value beside them (their bytes counted as a word's),
// a numbered list's item number had swallowed the date, street or MAC after it ("1. 03/14/1985"),
// and a quotation's mark after a street had ended no street ('123 Main Street').
func TestValuesBesidePunctuation(t *testing.T) {
	det := NewDetector(Patterns{})
	values := []string{
		"jane.doe@example.com", "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "378282246310005",
		"(212) 555-0147", "212-555-0147", "+1 212 555 0147", "+44 20 7946 0958", "DE89 3704 0044 0532 0130 00",
		"DE89370400440532013000", "GB82WEST12345698765432", "81.2.69.142", "2a02:c7f:9c54::1", "https://example.com/invoice?id=42",
		"00:1A:2B:3C:4D:5E", "490154203237518", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "0x52908400098527886E0F7030069857D2E4169EE7",
		"sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD", "AKIAIOSFODNN7EXAMPLE", "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
		"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
		"1HGCM82633A004352", "AB123456C", "943 476 5919", "03/14/1985", "March 14, 1985", "2023-06-07", "SW1A 1AA", "123 Main Street",
	}
	forms := []string{"%s", "Note (%s) here", "Note [%s] here", "Note \"%s\" here", "Note '%s' here", "Note `%s` here", "Note **%s** here",
		"Note <%s> here", "See %s.", "See %s, ok", "See %s; ok", "See %s! ok", "Is it %s? ok", "x:%s ok", "x=%s&y=2", `{"k":"%s"}`,
		"a\t%s\tb", "| a | %s | b |", "- %s\n- b", "> %s", "%s\n", "Value:%s", "(%s)", "«%s»", "“%s”", "‘%s’", "%s…", "1. %s",
		"Items:\n2. %s\n3. x", "12.  %s"}
	for _, v := range values {
		for _, form := range forms {
			s := fmt.Sprintf(form, v)
			fs, err := det.Detect(context.Background(), s)
			if err != nil {
				t.Fatal(err)
			}
			at := strings.Index(s, v)
			left := len(v)
			for k := at; k < at+len(v); k++ {
				for _, f := range fs {
					if f.Score >= 0.5 && f.Start <= k && k < f.End {
						left--
						break
					}
				}
			}
			if left > 0 {
				t.Errorf("%q: %d of the %d bytes of %q unmasked", s, left, len(v), v)
			}
		}
	}
}
