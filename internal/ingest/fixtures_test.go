package ingest

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/marsad/marsad/internal/ingest/warc"
)

var update = flag.Bool("update", false, "rewrite the generated fixtures and golden files")

// The generated fixtures: files that cannot be written by hand (legacy
// encodings, gzip) are made here from text we wrote, and committed. The test
// checks that the committed files are what the generator makes.
var generated = map[string]func() []byte{
	"report_cp1256.txt":       func() []byte { return encode(charmap.Windows1256, legacyReport) },
	"report_iso8859-6.txt":    func() []byte { return encode(charmap.ISO8859_6, legacyReportPlain) },
	"crawl.warc.gz":           func() []byte { return crawlWARC(true) },
	"crawl_uncompressed.warc": func() []byte { return crawlWARC(false) },
}

const legacyReport = "ارتفاع منسوب المياه في سد الوادي\r\n" +
	"قال مدير السد إن منسوب المياه ارتفع بنحو 3 أمتار خلال أسبوع، بعد أمطار غزيرة شهدتها المنطقة.\r\n" +
	"وأضاف أن الفرق الفنية تراقب الوضع على مدار الساعة.\r\n"

// legacyReportPlain has no letters outside ISO-8859-6 (no "،").
const legacyReportPlain = "توزيع مقاعد دراسية في قرية الرمان\n" +
	"وزعت مديرية التعليم 200 مقعد دراسي على مدارس قرية الرمان.\n"

func encode(cm *charmap.Charmap, s string) []byte {
	b, err := cm.NewEncoder().String(s)
	if err != nil {
		panic(fmt.Sprintf("fixture not encodable in %s: %v", cm, err))
	}
	return []byte(b)
}

const crawlPage = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>تعليق الدراسة في مدارس النخيل - شبكة الجبل</title>
<meta property="og:site_name" content="شبكة الجبل الإخبارية">
<meta property="article:published_time" content="2025-05-18T08:00:00+03:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>تعليق الدراسة في مدارس النخيل</h1>
<p>أعلنت مديرية التعليم في مدينة النخيل تعليق الدراسة يومين في جميع المدارس بسبب العاصفة الثلجية التي تضرب المنطقة منذ مساء الجمعة.</p>
<p>وقال مدير التعليم لشبكة الجبل الإخبارية إن القرار يشمل نحو 15 ألف تلميذ، وإن الدراسة ستستأنف يوم الثلاثاء إذا تحسنت الأحوال الجوية.</p>
<p>ودعت المديرية الأهالي إلى متابعة صفحتها الرسمية لمعرفة أي تغيير في المواعيد.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>`

const crawlPage2 = `<html><head><title>سوق الأحد في الواحة</title></head><body>
<div class="content"><p>عاد سوق الأحد الشعبي إلى العمل في بلدة الواحة بعد توقف دام ثلاثة أشهر بسبب الحصار الذي فرض على البلدة.</p>
<p>وقال أحد التجار إن أسعار الخضار انخفضت بنحو 20 بالمئة مقارنة بالأسبوع الماضي، بعد دخول قوافل المساعدات إلى البلدة.</p></div></body></html>`

const crawlResource = `<html lang="ar"><head><title>مكتبة الحي</title><meta property="og:url" content="https://alofoq.example/library"></head><body>
<main><p>افتتحت جمعية أهلية مكتبة صغيرة في حي الزيتون تضم نحو ألفي كتاب، وتفتح أبوابها للقراء كل يوم من التاسعة صباحا حتى الخامسة مساء.</p>
<p>وقالت مديرة الجمعية إن الكتب جاءت تبرعات من أهالي الحي ومن مدارس المدينة.</p></main></body></html>`

// crawlWARC builds a small crawl: warcinfo, a request, an HTML response, an
// image response (skipped), a chunked gzip-encoded HTML response, a 404
// (skipped) and an HTML resource record.
func crawlWARC(compress bool) []byte {
	var buf bytes.Buffer
	w := warc.NewWriter(&buf, compress)
	rec := func(typ, uri, contentType string, block []byte) {
		h := map[string]string{"WARC-Type": typ, "WARC-Date": "2025-05-18T09:00:00Z",
			"WARC-Record-ID": fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", buf.Len()),
			"Content-Type":   contentType}
		if uri != "" {
			h["WARC-Target-URI"] = uri
		}
		if err := w.Write(h, block); err != nil {
			panic(err)
		}
	}
	httpResp := func(status, contentType, extra string, body []byte) []byte {
		head := fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\n%s", status, contentType, extra)
		if !strings.Contains(extra, "chunked") {
			head += fmt.Sprintf("Content-Length: %d\r\n", len(body))
		}
		return append([]byte(head+"\r\n"), body...)
	}
	rec("warcinfo", "", "application/warc-fields", []byte("software: marsad fixture generator\r\nformat: WARC File Format 1.1\r\n"))
	rec("request", "https://aljabal.example/2025/05/schools", "application/http; msgtype=request",
		[]byte("GET /2025/05/schools HTTP/1.1\r\nHost: aljabal.example\r\n\r\n"))
	rec("response", "https://aljabal.example/2025/05/schools", "application/http; msgtype=response",
		httpResp("200 OK", "text/html; charset=utf-8", "", []byte(crawlPage)))
	rec("response", "https://aljabal.example/logo.png", "application/http; msgtype=response",
		httpResp("200 OK", "image/png", "", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")))
	rec("response", "https://alsahl.example/market", "application/http; msgtype=response",
		httpResp("200 OK", "text/html; charset=utf-8", "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked(gzipped(crawlPage2))))
	rec("response", "https://alsahl.example/missing", "application/http; msgtype=response",
		httpResp("404 Not Found", "text/html", "", []byte("<html><body><p>الصفحة غير موجودة</p></body></html>")))
	rec("resource", "https://alofoq.example/library", "text/html; charset=utf-8", []byte(crawlResource))
	return buf.Bytes()
}

func gzipped(s string) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	zw.Write([]byte(s))
	zw.Close()
	return b.Bytes()
}

// chunked encodes b with HTTP/1.1 chunked transfer coding, 100 bytes a chunk.
func chunked(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(100, len(b))
		fmt.Fprintf(&out, "%x\r\n%s\r\n", n, b[:n])
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

func TestGeneratedFixtures(t *testing.T) {
	for name, gen := range generated {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "input", name)
			want := gen()
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to generate)", err)
			}
			if bytes.Equal(got, want) {
				return
			}
			// Compressed bytes may differ between Go versions: then the
			// articles read from both must be the same.
			gotItems := renderItems(readBytes(t, name, got))
			wantItems := renderItems(readBytes(t, name, want))
			if gotItems != wantItems {
				t.Errorf("%s differs from its generator (run go test -update)", path)
			}
		})
	}
}

func charmapFor(name string) *charmap.Charmap {
	for _, c := range legacyEncodings {
		if c.name == name {
			return c.enc
		}
	}
	panic("no charmap " + name)
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}
