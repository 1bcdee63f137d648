package yamlline

import (
	"testing"

	"gopkg.in/yaml.v3"
)

func TestOf(t *testing.T) {
	var root yaml.Node
	yaml.Unmarshal([]byte("a: 1\nlist:\n  - x: 1\n  - x: 2\n    y: 3\nmap:\n  k: v\n"), &root)
	for _, tc := range []struct {
		path []string
		want int
	}{{nil, 1}, {[]string{"list"}, 2}, {[]string{"list", "1"}, 4}, {[]string{"list", "1", "y"}, 5}, {[]string{"map", "k"}, 7},
		{[]string{"map", "missing"}, 6}, {[]string{"list", "9"}, 2}} {
		if got := Of(&root, tc.path...); got != tc.want {
			t.Errorf("Of(%v) = %d, want %d", tc.path, got, tc.want)
		}
	}
	if Of(nil) != 1 {
		t.Error("nil root")
	}
}
