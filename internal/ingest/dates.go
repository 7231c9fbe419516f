package ingest

import (
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/text"
)

// timestampLayouts are the machine-written date forms of metadata, tried in
// order. A form without a zone is read as UTC.
var timestampLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z0700",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822Z,
	time.RFC822,
	"2006-01-02",
	"2006/01/02",
}

// ParseTimestamp reads a metadata date (ISO 8601, RFC 3339, RFC 1123/822 as
// feeds write them), keeping its time zone. ok is false when no form fits.
func ParseTimestamp(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range timestampLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// arabicMonths maps month names (Egyptian/Gulf, Levantine and Maghrebi
// forms), in their matching form (text.Fold), to month numbers.
var arabicMonths = map[string]time.Month{}

func init() {
	names := map[time.Month][]string{
		time.January:   {"يناير", "كانون الثاني", "جانفي"},
		time.February:  {"فبراير", "شباط", "فيفري"},
		time.March:     {"مارس", "آذار"},
		time.April:     {"أبريل", "إبريل", "نيسان", "أفريل"},
		time.May:       {"مايو", "أيار", "ماي"},
		time.June:      {"يونيو", "يونيه", "حزيران", "جوان"},
		time.July:      {"يوليو", "يوليه", "تموز", "جويلية"},
		time.August:    {"أغسطس", "آب", "أوت"},
		time.September: {"سبتمبر", "أيلول"},
		time.October:   {"أكتوبر", "تشرين الأول"},
		time.November:  {"نوفمبر", "تشرين الثاني"},
		time.December:  {"ديسمبر", "كانون الأول"},
	}
	for m, list := range names {
		for _, n := range list {
			arabicMonths[text.Fold(n)] = m
		}
	}
}

// ParseArabicDate reads a feed date written with an Arabic month name, as in
// "الأحد 15 أكتوبر 2017 10:30 +0300" or "15 تشرين الأول 2017": day, month,
// four-digit year, then optionally hh:mm[:ss] and a numeric zone (UTC when
// absent). Digits may be Arabic-Indic. ok is false when it is not such a date.
func ParseArabicDate(s string) (t time.Time, ok bool) {
	words := strings.Fields(strings.NewReplacer("،", " ", ",", " ", "/", " ").Replace(text.Fold(s)))
	day, month, year := 0, time.Month(0), 0
	var clock []int
	loc := time.UTC
	for i := 0; i < len(words); i++ {
		w := words[i]
		if m, ok := arabicMonths[w]; ok && month == 0 {
			month = m
			continue
		}
		if i+1 < len(words) && month == 0 {
			if m, ok := arabicMonths[w+" "+words[i+1]]; ok {
				month, i = m, i+1
				continue
			}
		}
		switch n, err := strconv.Atoi(w); {
		case err == nil && day == 0 && month == 0 && n >= 1 && n <= 31:
			day = n
		case err == nil && month != 0 && year == 0 && len(w) == 4:
			year = n
		case year != 0 && clock == nil && strings.Contains(w, ":"):
			clock = parseClock(w)
		case year != 0 && (strings.HasPrefix(w, "+") || strings.HasPrefix(w, "-")):
			if z, err := time.Parse("-0700", strings.ReplaceAll(w, ":", "")); err == nil {
				loc = z.Location()
			}
		}
	}
	if day == 0 || month == 0 || year == 0 {
		return time.Time{}, false
	}
	hms := append(clock, 0, 0, 0)
	t = time.Date(year, month, day, hms[0], hms[1], hms[2], 0, loc)
	if t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}

// parseClock reads hh:mm or hh:mm:ss; nil when it is not a clock time.
func parseClock(w string) []int {
	parts := strings.Split(w, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	limits := []int{23, 59, 59}
	out := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > limits[i] {
			return nil
		}
		out[i] = n
	}
	return out
}
