package redact

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

func TestAccessLogUsers(t *testing.T) {
	text := "81.2.69.142 - jdoe42 [10/Oct/2024:13:55:36 -0700] \"GET /x HTTP/1.1\" 200 2326\n" +
		"10.0.0.5 - - [10/Oct/2024:13:55:37 -0700] \"GET / HTTP/1.1\" 200 1\n" +
		"  host.example.org - maria.okafor [10/Oct/2024:13:55:38 +0000] \"POST /login\" 302 0\n" +
		"10.0.0.5 - root [10/Oct/2024:13:55:39 -0700] \"GET /\" 200 1\n" +
		"see the item [10/Oct/2024:13:55:36] and x y z [10/Oct/2024:13:55:36 -0700]"
	var got []string
	for _, f := range accessLogUsers(text, nil) {
		got = append(got, text[f.Start:f.End])
	}
	if diff := gocmp.Diff([]string{"jdoe42", "maria.okafor"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
