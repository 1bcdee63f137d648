package proxy

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// event is one server-sent event: its non-data field lines in order, and its data joined by "\n".
type event struct {
	fields  [][]byte // "event: x", "id: y", ": comment" lines, without line ends
	data    []byte
	hasData bool
}

// errTruncated classifies an upstream stream that ended inside an event.
var errTruncated = errors.New("upstream stream ended mid-event")

const maxSSELine = 4 << 20

// sseReader reads events from an upstream stream.
type sseReader struct {
	br *bufio.Reader
}

func newSSEReader(r io.Reader) *sseReader { return &sseReader{br: bufio.NewReaderSize(r, 16<<10)} }

// next returns the next event, io.EOF at a clean end, or errTruncated when the stream stops
// inside an event.
func (s *sseReader) next() (*event, error) {
	ev := &event{}
	started := false
	for {
		line, err := s.readLine()
		if err != nil {
			if err == io.EOF && !started {
				return nil, io.EOF
			}
			if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil, errTruncated
			}
			return nil, err
		}
		if len(line) == 0 {
			if started {
				return ev, nil
			}
			continue
		}
		started = true
		if v, ok := bytes.CutPrefix(line, []byte("data:")); ok {
			v = bytes.TrimPrefix(v, []byte(" "))
			if ev.hasData {
				ev.data = append(ev.data, '\n')
			}
			ev.data = append(ev.data, v...)
			ev.hasData = true
			continue
		}
		ev.fields = append(ev.fields, bytes.Clone(line))
	}
}

// readLine reads one line without its end ("\n", "\r\n" or "\r\n"). A final line without an end
// is incomplete: the stream was cut.
func (s *sseReader) readLine() ([]byte, error) {
	var line []byte
	for {
		chunk, err := s.br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxSSELine {
			return nil, fmt.Errorf("%w: an upstream event line exceeds %d bytes", errUpstreamBody, maxSSELine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if len(line) > 0 {
				return nil, io.ErrUnexpectedEOF
			}
			return nil, err
		}
		return bytes.TrimRight(line, "\r\n"), nil
	}
}

// write appends the wire form of an event with the given data.
func (ev *event) write(dst []byte, data []byte) []byte {
	for _, f := range ev.fields {
		dst = append(dst, f...)
		dst = append(dst, '\n')
	}
	if ev.hasData {
		for _, line := range bytes.Split(data, []byte("\n")) {
			dst = append(dst, "data: "...)
			dst = append(dst, line...)
			dst = append(dst, '\n')
		}
	}
	return append(dst, '\n')
}
