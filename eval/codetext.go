package eval

import (
	"fmt"
	"strings"
)

// Technical text with no personal data, for training the NER model not to read code, logs and
// configuration as names, places or addresses: a user pastes them into a chat all day. The
// templates and vocabulary are our own, written from common programming usage; they share
// nothing with the negative corpus (eval/testdata/negative), which stays a measurement.

var codeVerbs = strings.Fields("New Get Set Read Write Parse Handle Load Close Open Flush Reset Start Stop Init Update Delete Create Build Run Serve " +
	"Accept Dial Encode Decode Marshal Unmarshal Validate Check Format Print Scan Copy Merge Sort Find Lookup Register Apply Wrap Fetch Send Receive " +
	"Notify Watch Listen Render Compile Resolve Schedule Dispatch Emit Publish Subscribe Commit Rollback Retry Drain Close Peek Split Join Trim")

var codeNouns = strings.Fields("Reader Writer Buffer Handler Server Client Request Response Header Config Options Context Error Conn Listener Token " +
	"Session Cache Queue Worker Pool Logger Parser Encoder Decoder Table Index Record Field Value Key Node Tree Graph Stream Channel Timer Event " +
	"Message Packet Frame Store File Path Mode State Status Result Payload Batch Job Task Router Middleware Transport Dialer Resolver Scanner " +
	"Tokenizer Lexer Visitor Walker Builder Factory Adapter Proxy Gateway Registry Manager Controller Service Repository Entity Schema Migration")

var pythonErrors = strings.Fields("KeyError ValueError TypeError IndexError AttributeError RuntimeError OSError IOError StopIteration " +
	"NotImplementedError ZeroDivisionError ImportError ModuleNotFoundError FileNotFoundError PermissionError TimeoutError AssertionError UnicodeDecodeError")

var codeVars = strings.Fields("buf ctx err req resp doc idx pos lineno colno cfg opts conn srv msg data args kwargs obj val key tmp out src dst fn cb " +
	"n i j k line text name path size count offset limit start end chunk item items result results rows row col cols node parent child children " +
	"header headers body status code mode flags state value values params query token tokens queue pool cache stream reader writer handler " +
	"level logger config settings env attrs meta payload batch frame packet addr port host scheme timeout retries delay")

var codeWords = strings.Fields("the a an of to in for with from on by and or not is are was returns reads writes sets gets any all each " +
	"underlying buffered pending current next previous default empty invalid missing unexpected closed open new old first last given " +
	"data bytes string value error request response connection file line field key index input output result state")

var logKeys = strings.Fields("pid tid uid gid port fd rss cpu mem seq ttl len id code status bytes took elapsed retries attempt shard partition offset lag")

var codeTemplates = []string{
	"func ({v} *{T}) {F}({v} {T}) error {",
	"\t{v}, err := {p}.{F}({v}, {n})\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"{w} {w}: %w\", err)\n\t}",
	"// {F} {w} the {w} {w} and returns the {T}.",
	"// {F}{T} {w}s {w} {w} {w} {v}.",
	"type {T} interface {\n\t{F}() ({T}, error)\n\t{F}({v} []byte) (int, error)\n}",
	"type {T} struct {\n\t{v} *{T}\n\t{v} map[string]{T}\n}",
	"\t{v} := &{T}{{v}: {v}, {v}: {n}}",
	"var Err{T} = errors.New(\"{w}: {w} {w}\")",
	"def {f}(self, {v}, {v}=None):",
	"    {v} = self.{v}.{f}({v}, {n})",
	"    raise {E}(\"{w} {w} %r\" % ({v},))",
	"    except {E} as exc:\n        {v} = None",
	"class {T}({T}):\n    \"\"\"{F} the {w} {w}.\"\"\"",
	"Traceback (most recent call last):\n  File \"/usr/lib/python3/{f}.py\", line {n}, in {f}\n    {v} = {v}[{v}]\n{E}: '{v}'",
	"panic: runtime error: index out of range [{n}] with length {n}\n\ngoroutine {n} [running]:\nmain.{f}(...)\n\t/src/{f}.go:{n} +0x{x}",
	"{k} {n} {k} {n} {k} {n} {k} {n}",
	"{k}={n} {k}={n} {k}=0x{x} {v}={w}",
	"INFO  [{T}] {w} {w} in {n}ms ({k}={n})",
	"WARN {p}.{T}.{F}: {w} {w} after {n} retries",
	"SELECT {v}, {v} FROM {v} WHERE {v} = ${n} ORDER BY {v} DESC LIMIT {n};",
	"const {v} = require('{v}');\nexport function {f}({v}) { return {v}.{f}({n}); }",
	"{v}:\n  {v}: {n}\n  {v}: {w}\n  {v}: true",
	"$ {v} --{v} {n} ./{v}/{v}.{p}",
	"{T}.{F} took {n}ms; {T}.{F} took {n}ms",
	"see `{F}{T}` and `{v}.{f}()` in {v}.go line {n}",
}

// CodeSample makes a line or block of code, log or configuration with no entities.
func (g *Generator) CodeSample() Sample {
	pick := func(xs []string) string { return xs[g.rng.IntN(len(xs))] }
	t := codeTemplates[g.rng.IntN(len(codeTemplates))]
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			break
		}
		if i+2 >= len(t) || t[i+2] != '}' || !strings.ContainsRune("TFfvpEwknx", rune(t[i+1])) {
			b.WriteString(t[:i+1]) // a brace of the code itself
			t = t[i+1:]
			continue
		}
		b.WriteString(t[:i])
		switch t[i+1] {
		case 'T':
			b.WriteString(pick(codeNouns))
		case 'F':
			b.WriteString(pick(codeVerbs))
		case 'f':
			b.WriteString(strings.ToLower(pick(codeVerbs)) + "_" + strings.ToLower(pick(codeNouns)))
		case 'v':
			b.WriteString(pick(codeVars))
		case 'p':
			b.WriteString(strings.ToLower(pick(codeNouns)))
		case 'E':
			b.WriteString(pick(pythonErrors))
		case 'w':
			b.WriteString(pick(codeWords))
		case 'k':
			b.WriteString(pick(logKeys))
		case 'n':
			fmt.Fprintf(&b, "%d", g.rng.IntN(100000))
		case 'x':
			fmt.Fprintf(&b, "%x", g.rng.Uint32())
		}
		t = t[i+3:]
	}
	return Sample{Text: b.String()}
}
