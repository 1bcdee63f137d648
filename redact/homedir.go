package redact

import "strings"

// homeUser reads the user name in a home folder's path after the word s[i:j], "home" or "Users"
// with a path separator on both sides: "/home/dsokolova/projects", "/Users/jmorales/Library",
// "C:\Users\amelia.k\AppData" (and "C:\\Users\\…" as source code escapes it). A traceback or a
// log pasted into a chat carries its writer's login so. The accounts of machines and images
// (root, ubuntu, runner, ec2-user) and placeholders ($USER, <you>) are no one's.
func homeUser(s string, i, j int) (Finding, bool) {
	w := s[i:j]
	if w != "home" && w != "Users" && w != "users" {
		return Finding{}, false
	}
	sep := s[j]
	p := j + 1
	if sep == '\\' && p < len(s) && s[p] == '\\' && s[i-2] == '\\' {
		p++
	}
	q := p
	for q < len(s) && q-p <= 32 && (isAlnum(s[q]) || s[q] == '.' || s[q] == '-') {
		q++
	}
	if q-p < 2 || q-p > 32 || !isLetter(s[p]) {
		return Finding{}, false
	}
	if q < len(s) && !isSpace(s[q]) && s[q] != '/' && s[q] != '\\' && !strings.ContainsRune("\"'`:;,)]>}", rune(s[q])) {
		return Finding{}, false // "/home/user$", "/Users/{name}": a template, not a name
	}
	if machineUsers.has(s[p:q]) {
		return Finding{}, false
	}
	return Finding{Type: Username, Start: p, End: q, Score: homeUserScore, Source: SourcePattern}, true
}

// homeUserScore is the score of a home folder's user name: a strict policy masks it.
const homeUserScore = 0.7

// machineUsers are the accounts of systems, images, build machines and documentation.
var machineUsers = newFoldTable(wordSet("root ubuntu debian centos fedora admin administrator user user1 users " +
	"username yourname your-name your-username yourusername you me name guest public shared default " +
	"all vagrant ec2-user pi runner runneradmin vsts jenkins travis circleci gitlab-runner buildkite " +
	"builder build ci docker node app www-data nobody git postgres mysql oracle vscode codespace gitpod " +
	"coder jovyan linuxbrew homebrew test tester dev developer deploy deployer service svc system " +
	"local localuser defaultuser0 dummy example foo bar john jane johndoe janedoe"))
