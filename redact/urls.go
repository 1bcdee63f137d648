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

// gitRemote reads a repository's SSH remote at s[at] ('@'), as git and its forges write it
// (since stop 43): "git@github.com:janedoe/payroll-tool.git", the owner a person's account as
// often as an organisation's. It is a link, masked whole as the forges' https links are; its
// "git@github.com" is no mailbox. The user is "git", the host has a dot, and a path that is no
// port follows the colon.
func gitRemote(s string, at int) (Finding, bool) {
	if at < 3 || s[at-3:at] != "git" || at > 3 && (isAlnum(s[at-4]) || s[at-4] == '.' || s[at-4] == '-') {
		return Finding{}, false
	}
	h := at + 1
	for h < len(s) && (isAlnum(s[h]) && s[h] < 0x80 || s[h] == '.' || s[h] == '-') {
		h++
	}
	if h >= len(s)-1 || s[h] != ':' || strings.IndexByte(s[at+1:h], '.') < 0 || !isAlnum(s[h+1]) && s[h+1] != '~' || isDigit(s[h+1]) {
		return Finding{}, false
	}
	e := h + 1
	for e < len(s) && (isAlnum(s[e]) && s[e] < 0x80 || strings.IndexByte("._-/~", s[e]) >= 0) {
		e++
	}
	for e > h+1 && (s[e-1] == '.' || s[e-1] == '/') {
		e--
	}
	return Finding{Type: URL, Start: at - 3, End: e, Score: 0.6, Source: SourcePattern}, true
}

// arnPrincipal reads the person in an Amazon resource name at s[i] ("arn"), as AWS's errors and
// policies print it (since stop 43): an IAM user's name, the last part of its path
// ("arn:aws:iam::123456789012:user/jane.doe", "…:user/division/jane.doe"), a federated user's,
// and an assumed role's session name ("…:assumed-role/Admin/maria.lopez", often the person's
// login or address). The account's number is the company's and stays.
func arnPrincipal(s string, i int) (Finding, bool) {
	// arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, the resource's kind before its first '/'
	e := i
	for e < len(s) && e-i < 256 && (isAlnum(s[e]) && s[e] < 0x80 || strings.IndexByte(":/._-+=,@", s[e]) >= 0) {
		e++
	}
	parts := strings.SplitN(s[i:e], ":", 6)
	if len(parts) != 6 || parts[2] != "iam" && parts[2] != "sts" {
		return Finding{}, false
	}
	kind, path, ok := strings.Cut(parts[5], "/")
	if !ok {
		return Finding{}, false
	}
	switch kind {
	case "user", "federated-user":
	case "assumed-role":
		if _, path, ok = strings.Cut(path, "/"); !ok {
			return Finding{}, false // the role's name alone: no session
		}
	default:
		return Finding{}, false
	}
	name := path[strings.LastIndexByte(path, '/')+1:]
	name = strings.TrimRight(name, ".,")
	if len(name) < 2 {
		return Finding{}, false
	}
	start := e - len(path) + strings.LastIndexByte(path, '/') + 1 // path ends the resource, which ends the name
	typ := Username
	if strings.IndexByte(name, '@') > 0 {
		typ = Email // a session named by its owner's address
	}
	return Finding{Type: typ, Start: start, End: start + len(name), Score: 0.7, Source: SourcePattern}, true
}
