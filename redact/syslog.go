package redact

import "strings"

// The system logs pasted into an incident's chat (auth.log, secure, journalctl's output) name the
// accounts that logged in, ran sudo, switched users, ran cron jobs and were made, in forms of their
// programs' own that no cue word opens: sshd's "Accepted publickey for dkowalczyk from" is the
// cues' (cues.go), but sudo writes the account before " : TTY=", PAM after "by" and before
// "(uid=", su between its target and " on ", cron in brackets before " CMD ", and last at a
// line's start before the terminal. syslogUsers reads those (stop 51), each at a mark that few
// other texts hold; the accounts of machines and images (root, postgres, www-data) are no one's
// and stay. (useradd's "new user: name=lfournier, UID=1005, …, home=/home/lfournier" is found by
// the home folder's path and, where a Lexicon knows the name for no word, its repeat.)

// syslogAccount appends to dst the account at s[a:b], where it is a person's.
func syslogAccount(s string, a, b int, dst []Finding) []Finding {
	if b-a >= 2 && b-a <= 32 && isLetter(s[a]) && handleChars(s[a:b]) && !machineUsers.has(s[a:b]) {
		dst = append(dst, Finding{Type: Username, Start: a, End: b, Score: homeUserScore, Source: SourcePattern})
	}
	return dst
}

// sudoUsers appends the accounts of sudo's lines in s to dst (a marked reader of '=').
func sudoUsers(s string, dst []Finding) []Finding {
	// sudo's "sudo:   mbrennan : TTY=pts/0 ; PWD=/home/mbrennan ; USER=root ; COMMAND=…"
	for k := range Offsets(s, "TTY=") {
		if k < 3 || s[k-3:k] != " : " {
			continue
		}
		k -= 3
		a := handleStart(s, k)
		i := a
		for i > 0 && s[i-1] == ' ' {
			i--
		}
		if a < k && i < a && strings.HasSuffix(s[:i], "sudo:") {
			dst = syslogAccount(s, a, k, dst)
		}
	}
	return dst
}

// syslogUsers appends the accounts of PAM's, cron's and su's lines in s to dst (a marked reader
// of '(').
func syslogUsers(s string, dst []Finding) []Finding {
	// PAM's "session opened for user root by mbrennan(uid=1001)", "… by (uid=0)" (no one)
	for k := range Offsets(s, "(uid=") {
		if a := handleStart(s, k); a < k && strings.HasSuffix(s[:a], " by ") {
			dst = syslogAccount(s, a, k, dst)
		}
	}
	// cron's "CRON[5120]: (akimura) CMD (/home/akimura/bin/backup.sh)"
	for c := range Offsets(s, "CMD (") { // at its capitals: a ')' is too common a byte to look for
		if c < 2 || s[c-2:c] != ") " {
			continue
		}
		k := c - 2
		if a := handleStart(s, k); a < k && strings.HasSuffix(s[:a], ": (") {
			dst = syslogAccount(s, a, k, dst)
		}
	}
	// su's "su[2211]: (to postgres) tnakamura on pts/1": the target too, where it is someone's
	for k := range Offsets(s, "(to ") {
		if k < 2 || s[k-2:k] != ": " {
			continue
		}
		t := k + len("(to ")
		te := handleFrom(s, t)
		if te >= len(s) || s[te] != ')' || te+1 >= len(s) || s[te+1] != ' ' {
			continue
		}
		u := te + 2
		ue := handleFrom(s, u)
		if ue > u && strings.HasPrefix(s[ue:], " on ") {
			dst = syslogAccount(s, t, te, dst)
			dst = syslogAccount(s, u, ue, dst)
		}
	}
	return dst
}

// lastUsers appends the accounts of last's lines in s to dst (a marked reader of '/').
func lastUsers(s string, dst []Finding) []Finding {
	// last's, who's and w's lines, which open with the account and its pseudo-terminal after
	// blanks: "jsoto    pts/0        10.0.4.17   Thu Oct 10 09:12   still logged in" (not a
	// console's "tty1": "tty" is too common a start of words to look for in every text)
	for k := range Offsets(s, "pts/") {
		b := k
		for b > 0 && s[b-1] == ' ' {
			b--
		}
		if b == k || k+4 >= len(s) || !isDigit(s[k+4]) {
			continue
		}
		if a := handleStart(s, b); a < b && lineStart(s, a) {
			dst = syslogAccount(s, a, b, dst)
		}
	}
	return dst
}

// handleStart returns where the handle that ends at s[k] begins: k when none does.
func handleStart(s string, k int) int {
	a := k
	for a > 0 && k-a <= 32 && handleByte(s[a-1]) {
		a--
	}
	return a
}

// handleFrom returns where the handle that begins at s[i] ends: i when none does.
func handleFrom(s string, i int) int {
	j := i
	for j < len(s) && j-i <= 32 && handleByte(s[j]) {
		j++
	}
	return j
}
