// Package yamlline finds the source line of a path of keys and indexes in a YAML document, so
// validation errors can name where a problem is.
package yamlline

import (
	"strconv"

	"gopkg.in/yaml.v3"
)

// Of returns the line of the mapping key or sequence item at path (mapping keys, or decimal
// indexes into sequences), or of the deepest part of it that exists; at least 1.
func Of(root *yaml.Node, path ...string) int {
	if root == nil {
		return 1
	}
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	ln := n.Line
	for _, key := range path {
		switch n.Kind {
		case yaml.MappingNode:
			found := false
			for k := 0; k+1 < len(n.Content); k += 2 {
				if n.Content[k].Value == key {
					ln, n, found = n.Content[k].Line, n.Content[k+1], true
					break
				}
			}
			if !found {
				return max(ln, 1)
			}
		case yaml.SequenceNode:
			i, err := strconv.Atoi(key)
			if err != nil || i < 0 || i >= len(n.Content) {
				return max(ln, 1)
			}
			n = n.Content[i]
			ln = n.Line
		default:
			return max(ln, 1)
		}
	}
	return max(ln, 1)
}
