package redact

import (
	"slices"
	"strings"
)

// urlPieces cuts each URL finding around the findings inside it that outscore it, so that the
// rest of the URL stays masked. Resolve keeps the higher score of two overlapping findings whole
// and drops the other: a ZIP code after "zip=" in a link's query (0.85) had dropped the whole
// link (0.6), and the name and the email address beside it in the query went upstream
// ("…/checkout?name=Maria%20Lopez&email=maria.lopez%40gmail.com&zip=94107", stop 38). A piece
// that is only a query's key ("&zip=") is no piece.
func urlPieces(text string, fs []Finding) []Finding {
	// the scan reads past a link, so only the cue words, a tenant's terms and the formats'
	// readers find something inside one: the links are gathered only where one of those
	// outscores a link and stands in a token with "://" or "www." before it (a look back over
	// its token, allocating nothing: most texts with links have none)
	links, inside := false, false
	for _, f := range fs {
		switch {
		case f.Type == URL:
			links = true
		case !inside && f.Source != SourcePattern && f.Source != SourceModel && f.Score > 0.6:
			inside = inLinkToken(text, f.Start)
		}
	}
	if !links || !inside {
		return fs
	}
	var urls []Finding
	for _, f := range fs {
		if f.Type == URL {
			urls = append(urls, f)
		}
	}
	slices.SortFunc(urls, func(a, b Finding) int { return a.Start - b.Start })
	// the findings inside a link that outscore it, found by a binary search of the links: most
	// texts with a link have none, and pay no sort of their findings
	var inner []Finding
	for _, g := range fs {
		if g.Type == URL || g.Source == SourcePattern || g.Source == SourceModel {
			continue
		}
		k, _ := slices.BinarySearchFunc(urls, g.Start+1, func(u Finding, at int) int { return u.Start - at })
		if k > 0 && urls[k-1].End >= g.End && urls[k-1].Score < g.Score {
			inner = append(inner, g)
		}
	}
	if len(inner) == 0 {
		return fs
	}
	slices.SortFunc(inner, func(a, b Finding) int { return a.Start - b.Start })
	out := make([]Finding, 0, len(fs)+2*len(inner))
	for _, f := range fs {
		if f.Type != URL {
			out = append(out, f)
			continue
		}
		k, _ := slices.BinarySearchFunc(inner, f.Start, func(g Finding, at int) int { return g.Start - at })
		at, cut := f.Start, false
		for ; k < len(inner) && inner[k].Start < f.End; k++ {
			g := inner[k]
			if g.End > f.End || g.Score <= f.Score || g.Start < at {
				continue
			}
			out = urlPiece(text, f, at, g.Start, out)
			at, cut = g.End, true
		}
		if !cut {
			out = append(out, f)
			continue
		}
		out = urlPiece(text, f, at, f.End, out)
	}
	return out
}

// urlPiece appends text[a:b] of the URL finding f as a finding of its own, unless it is only a
// query's key and its marks ("&zip=", "?").
func urlPiece(text string, f Finding, a, b int, dst []Finding) []Finding {
	marked := strings.TrimLeft(text[a:b], "&?;/#")
	key := strings.TrimSuffix(marked, "=")
	if marked == "" || key != marked && (key == "" || allOf(key, func(c byte) bool { return isLetter(c) || c == '_' || c == '-' || c == '.' })) {
		return dst
	}
	f.Start, f.End = a, b
	return append(dst, f)
}

// inLinkToken reports whether text[at] stands in a token of non-blanks, read back at most 2 KB,
// that holds "://" or opens with "www." before it.
func inLinkToken(text string, at int) bool {
	a := at
	for a > 0 && at-a < 2048 && !isSpace(text[a-1]) {
		a--
	}
	tok := text[a:at]
	return strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.")
}
