package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"
)

type rec struct {
	typ, uri, block string
}

func build(t testing.TB, compress bool, recs ...rec) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, compress)
	for _, r := range recs {
		h := map[string]string{"WARC-Type": r.typ, "WARC-Date": "2025-05-18T09:00:00Z"}
		if r.uri != "" {
			h["WARC-Target-URI"] = r.uri
		}
		if err := w.Write(h, []byte(r.block)); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

var sample = []rec{
	{"warcinfo", "", "software: test\r\n"},
	{"response", "https://a.example/1", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>نص عربي</p>"},
	{"resource", "https://a.example/2", "سطر\r\n\r\nبعد سطر فارغ"},
}

// readAll returns the records' types, URIs and blocks, and the error that
// ended the reading (nil at a clean end).
func readAll(data []byte) ([]rec, error) {
	r, err := NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var out []rec
	for {
		x, err := r.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		b, err := io.ReadAll(x.Block)
		if err != nil {
			return out, err
		}
		out = append(out, rec{x.Type(), x.TargetURI(), string(b)})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, compress := range []bool{false, true} {
		got, err := readAll(build(t, compress, sample...))
		if err != nil {
			t.Fatalf("compress=%v: %v", compress, err)
		}
		if len(got) != len(sample) {
			t.Fatalf("compress=%v: got %d records", compress, len(got))
		}
		for i := range sample {
			if got[i] != sample[i] {
				t.Errorf("compress=%v record %d: got %+v want %+v", compress, i, got[i], sample[i])
			}
		}
	}
}

// TestSingleGzipMember: a whole file compressed as one member is read too.
func TestSingleGzipMember(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(build(t, false, sample...))
	zw.Close()
	got, err := readAll(buf.Bytes())
	if err != nil || len(got) != 3 {
		t.Fatalf("got %d records, %v", len(got), err)
	}
}

// TestSkipUnreadBlock: a caller that does not read a block still gets the
// next record.
func TestSkipUnreadBlock(t *testing.T) {
	r, err := NewReader(bytes.NewReader(build(t, true, sample...)))
	if err != nil {
		t.Fatal(err)
	}
	var uris []string
	for {
		x, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		uris = append(uris, x.TargetURI())
	}
	if strings.Join(uris, ",") != ",https://a.example/1,https://a.example/2" {
		t.Errorf("uris = %q", uris)
	}
}

func TestOldVersionAndBrackets(t *testing.T) {
	data := "WARC/0.17\r\nWARC-Type: response\r\nWARC-Target-URI: <https://a.example/x>\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
	got, err := readAll([]byte(data))
	if err != nil || len(got) != 1 || got[0].uri != "https://a.example/x" || got[0].block != "abc" {
		t.Errorf("got %+v, %v", got, err)
	}
}

func TestBadInput(t *testing.T) {
	full := build(t, false, sample...)
	fullGz := build(t, true, sample...)
	cases := []struct {
		name    string
		data    []byte
		records int
		want    string
	}{
		{"empty", nil, 0, "empty input"},
		{"not warc", []byte("hello\r\n"), 0, "expected a WARC/ version line"},
		{"no content length", []byte("WARC/1.1\r\nWARC-Type: resource\r\n\r\nabc"), 0, "bad Content-Length"},
		{"negative content length", []byte("WARC/1.1\r\nContent-Length: -4\r\n\r\n"), 0, "bad Content-Length"},
		{"cut in block", full[:len(full)-30], 2, "truncated"},
		{"cut in header", full[:bytes.LastIndex(full, []byte("WARC-Type"))+4], 2, "truncated"},
		{"cut in version line", full[:bytes.LastIndex(full, []byte("WARC/"))+2], 2, "truncated"},
		{"gzip cut", fullGz[:len(fullGz)-40], 2, "truncated"},
		{"gzip garbage", append(append([]byte{}, fullGz...), 0x1f, 0x8b, 1, 2, 3), 3, "truncated"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := readAll(c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error = %v, want one containing %q", err, c.want)
			}
			if len(got) != c.records {
				t.Errorf("read %d records before the error, want %d", len(got), c.records)
			}
		})
	}
}

func TestTruncatedIsErrTruncated(t *testing.T) {
	full := build(t, true, sample...)
	_, err := readAll(full[:len(full)/2])
	if !errors.Is(err, ErrTruncated) {
		t.Errorf("error %v is not ErrTruncated", err)
	}
}

// FuzzReader: any input gives records or an error, never a panic, and a
// block never longer than its Content-Length.
func FuzzReader(f *testing.F) {
	f.Add(build(f, false, sample...))
	f.Add(build(f, true, sample...))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nx"))
	f.Add([]byte("WARC/1.0\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			x, err := r.Next()
			if err != nil {
				return
			}
			n, _ := io.Copy(io.Discard, x.Block)
			if n > x.ContentLength {
				t.Fatalf("block of %d bytes, Content-Length %d", n, x.ContentLength)
			}
		}
	})
}

// TestBadLengthResynchronises: a record whose Content-Length is too long
// or too short is reported as ErrBadLength and the reader goes on: the
// record after it, valid, is not lost.
func TestBadLengthResynchronises(t *testing.T) {
	full := string(build(t, false, sample...))
	// The second record's declared length, as the writer put it.
	second := strings.Index(full, "WARC-Target-URI: https://a.example/1")
	at := strings.Index(full[second:], "Content-Length: ") + second + len("Content-Length: ")
	end := at + strings.IndexByte(full[at:], '\r')
	n := full[at:end]
	for _, c := range []struct {
		name, length string
	}{
		{"too long", n + "0"}, // swallows the third record
		{"too short", "10"},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := full[:at] + c.length + full[end:]
			r, err := NewReader(strings.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var uris []string
			bad := 0
			for {
				x, err := r.Next()
				if err == io.EOF {
					break
				}
				if errors.Is(err, ErrBadLength) {
					bad++
					continue
				}
				if err != nil {
					t.Fatalf("after %v: %v", uris, err)
				}
				b, _ := io.ReadAll(x.Block)
				if x.TargetURI() == "https://a.example/2" && string(b) != sample[2].block {
					t.Errorf("third record's block %q", b)
				}
				uris = append(uris, x.Type()+" "+x.TargetURI())
			}
			if bad != 1 || strings.Join(uris, ",") != "warcinfo ,resource https://a.example/2" {
				t.Errorf("records %q, %d bad lengths; want the first and third, one bad", uris, bad)
			}
		})
	}
}
