package finetune

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/veil-gateway/veil/jsonscan"
)

// ftCheck validates a fine-tuning line during the same walk that collects its texts, so a
// line is parsed once: it sees where each container opens and every scalar, and decides at
// the end. It accepts exactly what ValidateFineTune accepts (FuzzValidators).
type ftCheck struct {
	top   map[string]byte // top-level key -> kind of its value ('"', '[', '{', 'n', 0 for other)
	lists [len(listNames)]msgList
}

// listNames are the message lists a line may hold.
var listNames = [...]string{"messages", "preferred_output", "non_preferred_output", "input.messages"}

type msgList struct {
	seen  bool
	array bool
	msgs  []msgState
	bad   string // the first element that is not an object
}

type msgState struct {
	obj        bool
	role       string
	hasRole    bool
	content    byte // 0 missing, '"' string, 'n' null, '[' array, 'x' anything else
	parts      []int8
	toolCalls  []toolState
	toolCallID bool
	weight     string
	funcCall   bool
	// mistyped: a field the reference decodes into a typed field holds another type
	// (tool_calls not an array, tool_call_id not a string), which fails its decoding
	mistyped bool
}

type toolState struct {
	obj              bool
	typ              string
	hasName, hasArgs bool
	nameOK, argsOK   bool
}

// checks are reused from line to line: a line's maps and message lists cost nothing to make.
var checks = sync.Pool{New: func() any { return &ftCheck{top: map[string]byte{}} }}

func newFTCheck() *ftCheck {
	c := checks.Get().(*ftCheck)
	clear(c.top)
	for i := range c.lists {
		l := &c.lists[i]
		if cap(l.msgs) > 1024 { // a huge line's lists are not kept
			l.msgs = nil
		}
		*l = msgList{msgs: l.msgs[:0]}
	}
	return c
}

// lookup returns the named list, or nil where the line has none.
func (c *ftCheck) lookup(name string) *msgList {
	for i, n := range listNames {
		if n == name && c.lists[i].seen {
			return &c.lists[i]
		}
	}
	return nil
}

// listOf returns the message list a path is in and the rest of the path after it.
func (c *ftCheck) listOf(p jsonscan.Path) (string, jsonscan.Path) {
	switch {
	case len(p) >= 1 && p[0].Idx < 0 && (p[0].Key == "messages" || p[0].Key == "preferred_output" || p[0].Key == "non_preferred_output"):
		return p[0].Key, p[1:]
	case len(p) >= 2 && p[0].Idx < 0 && p[0].Key == "input" && p[1].Idx < 0 && p[1].Key == "messages":
		return "input.messages", p[2:]
	}
	return "", nil
}

func (c *ftCheck) list(name string) *msgList {
	for i, n := range listNames {
		if n == name {
			c.lists[i].seen = true
			return &c.lists[i]
		}
	}
	panic("finetune: no message list " + name)
}

// msg returns message i of the list, valid until the list grows; a message slot used by an
// earlier line is cleared, its slices kept.
func (l *msgList) msg(i int) *msgState {
	for len(l.msgs) <= i {
		if len(l.msgs) < cap(l.msgs) {
			old := l.msgs[:len(l.msgs)+1][len(l.msgs)]
			l.msgs = append(l.msgs, msgState{parts: old.parts[:0], toolCalls: old.toolCalls[:0]})
		} else {
			l.msgs = append(l.msgs, msgState{})
		}
	}
	return &l.msgs[i]
}

func (m *msgState) tool(i int) *toolState {
	for len(m.toolCalls) <= i {
		m.toolCalls = append(m.toolCalls, toolState{})
	}
	return &m.toolCalls[i]
}

func (c *ftCheck) open(p jsonscan.Path, kind byte) {
	c.event(p, kind, jsontext.Token{})
}

func (c *ftCheck) visit(p jsonscan.Path, tok jsontext.Token) (string, bool, error) {
	c.event(p, byte(tok.Kind()), tok)
	return "", false, nil
}

// event records a container opening or a scalar at p.
func (c *ftCheck) event(p jsonscan.Path, kind byte, tok jsontext.Token) {
	if len(p) == 1 && p[0].Idx < 0 {
		k := kind
		if k != '"' && k != '[' && k != '{' && k != 'n' {
			k = 0
		}
		c.top[p[0].Key] = k
	}
	name, rest := c.listOf(p)
	if name == "" {
		return
	}
	l := c.list(name)
	if len(rest) == 0 {
		l.array = kind == '['
		return
	}
	if rest[0].Idx < 0 {
		return // a key under the list: not an array, which len(rest)==0 already said
	}
	m := l.msg(rest[0].Idx)
	if len(rest) == 1 {
		m.obj = kind == '{'
		if !m.obj && l.bad == "" {
			l.bad = fmt.Sprintf("%s[%d]", name, rest[0].Idx)
		}
		return
	}
	field := rest[1]
	if field.Idx >= 0 {
		return
	}
	switch field.Key {
	case "role":
		if len(rest) == 2 {
			m.hasRole = true
			if kind == '"' {
				m.role = tok.String()
			}
		}
	case "content":
		if len(rest) == 2 {
			switch kind {
			case '"', 'n', '[':
				m.content = kind
			default:
				m.content = 'x'
			}
			return
		}
		if m.content != '[' || rest[2].Idx < 0 {
			return
		}
		k := rest[2].Idx
		for len(m.parts) <= k {
			m.parts = append(m.parts, 0)
		}
		if len(rest) == 3 {
			if kind == '{' {
				m.parts[k] = 1 // a part, typed or not yet
			} else {
				m.parts[k] = -1 // not an object: no type
			}
		} else if len(rest) == 4 && rest[3].Idx < 0 && rest[3].Key == "type" && kind == '"' && tok.String() != "" && m.parts[k] == 1 {
			m.parts[k] = 2
		}
	case "tool_calls":
		if len(rest) == 2 && kind != '[' && kind != 'n' {
			m.mistyped = true
		}
		if len(rest) < 3 || rest[2].Idx < 0 {
			return
		}
		tc := m.tool(rest[2].Idx)
		switch {
		case len(rest) == 3:
			tc.obj = kind == '{'
		case len(rest) == 4 && rest[3].Idx < 0 && rest[3].Key == "type" && kind == '"':
			tc.typ = tok.String()
		case len(rest) == 5 && rest[3].Idx < 0 && rest[3].Key == "function" && rest[4].Idx < 0:
			switch rest[4].Key {
			case "name":
				tc.hasName, tc.nameOK = true, kind == '"'
			case "arguments":
				tc.hasArgs, tc.argsOK = true, kind == '"'
			}
		}
	case "tool_call_id":
		if len(rest) == 2 && kind == '"' {
			m.toolCallID = true
		}
		if len(rest) == 2 && kind != '"' && kind != 'n' {
			m.mistyped = true
		}
	case "weight":
		if len(rest) == 2 && kind != 'n' { // null is no weight, as the reference reads it
			m.weight = "x"
			if kind == '0' {
				m.weight = tok.String()
			}
		}
	case "function_call":
		if len(rest) == 2 && kind != 'n' {
			m.funcCall = true
		}
	}
}

// finish decides, as ValidateFineTune does.
func (c *ftCheck) finish() error {
	_, hasMsgs := c.top["messages"]
	_, hasIn := c.top["input"]
	_, hasPref := c.top["preferred_output"]
	_, hasNon := c.top["non_preferred_output"]
	_, hasPrompt := c.top["prompt"]
	_, hasCompl := c.top["completion"]
	switch {
	case hasMsgs && c.top["messages"] != 'n':
		return c.checkList("messages", true)
	case hasIn || hasPref || hasNon:
		if c.top["input"] != '{' || c.lookup("input.messages") == nil {
			return errors.New("input: want an object with messages (a preference pair)")
		}
		if err := c.checkList("input.messages", false); err != nil {
			return err
		}
		for _, k := range []string{"preferred_output", "non_preferred_output"} {
			if v, ok := c.top[k]; !ok || v == 'n' {
				return fmt.Errorf("%s is missing (a preference pair needs both outputs)", k)
			}
			if err := c.checkList(k, true); err != nil {
				return err
			}
		}
		return nil
	case hasPrompt || hasCompl:
		for _, k := range []string{"prompt", "completion"} {
			if c.top[k] != '"' {
				return fmt.Errorf("%s: want a string", k)
			}
		}
		return nil
	}
	return errors.New("want messages, prompt and completion, or a preference pair (input, preferred_output, non_preferred_output)")
}

func (c *ftCheck) checkList(name string, needAssistant bool) error {
	l := c.lookup(name)
	if l == nil || !l.array {
		return fmt.Errorf("%s: want an array of messages", name)
	}
	if len(l.msgs) == 0 {
		return fmt.Errorf("%s: empty", name)
	}
	assistant := false
	for i, m := range l.msgs {
		at := func() string { return fmt.Sprintf("%s[%d]", name, i) } // only for an error: most lines have none
		if !m.obj || m.mistyped {
			return fmt.Errorf("%s: want an object", at())
		}
		if !m.hasRole || !slices.Contains(roles, m.role) {
			return fmt.Errorf("%s.role: want one of %s", at(), strings.Join(roles, ", "))
		}
		assistant = assistant || m.role == "assistant"
		switch m.content {
		case 0, 'n':
			if !(m.role == "assistant" && (len(m.toolCalls) > 0 || m.funcCall)) {
				return fmt.Errorf("%s.content: missing", at())
			}
		case 'x':
			return fmt.Errorf("%s.content: want a string or an array of parts", at())
		case '[':
			for k, st := range m.parts {
				if st == -1 {
					return fmt.Errorf("%s.content: want a string or an array of parts", at())
				}
				if st != 2 {
					return fmt.Errorf("%s.content[%d]: a part needs a type", at(), k)
				}
			}
		}
		for k, tc := range m.toolCalls {
			if !tc.obj || tc.typ != "function" || !tc.hasName || !tc.nameOK || !tc.hasArgs || !tc.argsOK {
				return fmt.Errorf("%s.tool_calls[%d]: want {id, type: function, function: {name, arguments}}", at(), k)
			}
		}
		if m.weight != "" && m.weight != "0" && m.weight != "1" {
			return fmt.Errorf("%s.weight: want 0 or 1", at())
		}
		if m.role == "tool" && !m.toolCallID {
			return fmt.Errorf("%s: a tool message needs tool_call_id", at())
		}
	}
	if needAssistant && !assistant {
		return fmt.Errorf("%s: no assistant message to learn from", name)
	}
	return nil
}

// collectFineTune validates a fine-tuning line and returns its texts and where their string
// literals are, in one parse.
func collectFineTune(line []byte) (jsonscan.Collected, error) {
	c := newFTCheck()
	defer checks.Put(c)
	col, err := FineTuneFields.CollectSpans(line, c.visit, c.open)
	if err != nil {
		if errors.Is(err, jsonscan.ErrMalformed) {
			// name the problem as the reference validator does
			if verr := ValidateFineTune(line); verr != nil {
				return jsonscan.Collected{}, verr
			}
		}
		return jsonscan.Collected{}, err
	}
	if err := c.finish(); err != nil {
		return jsonscan.Collected{}, err
	}
	return col, nil
}
