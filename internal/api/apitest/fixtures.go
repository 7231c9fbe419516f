package apitest

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

// Fictional names used by the fixtures (no real town, group or outlet).
const (
	OutletWire   = "وكالة الأنباء التجريبية"
	OutletDaily  = "صحيفة المرصد اليومي"
	OutletTV     = "قناة الأفق"
	Town         = "تل الزيتون"
	Speaker      = "سامر الحداد"
	StoryID      = "st-zaytoun"
	StoryMarket  = "st-market"
	ArticleWire  = "zaytoun-wire"
	ArticleDaily = "zaytoun-daily"
	ArticleTV    = "zaytoun-tv"
	ArticleXSS   = "weather-xss"
	Script       = "<script>alert('xss')</script>"
)

func zaytounWire() *doc {
	d := newDoc(ArticleWire, OutletWire, "2031-10-14", "بدء إجلاء المقاتلين من تل الزيتون",
		"بدأت صباح السبت عملية إجلاء مقاتلين من بلدة تل الزيتون بعد اتفاق بين قوات الحماية المحلية وجماعة الرايات. "+
			"وقال المتحدث باسم قوات الحماية المحلية سامر الحداد لوكالة النجم إن نحو 300 مقاتل ما زالوا داخل البلدة. "+
			"وأضاف أن قرابة 3 آلاف مدني غادروا منذ مطلع الأسبوع.")
	force := d.entity("قوات الحماية المحلية", 0, "ORG", "قوات الحماية المحلية", "armed_group")
	rayat := d.entity("جماعة الرايات", 0, "ORG", "جماعة الرايات", "armed_group")
	d.entity("قوات الحماية المحلية", 1, "ORG", "قوات الحماية المحلية", "armed_group")
	d.entity("سامر الحداد", 0, "PER", Speaker, "")
	d.entity("وكالة النجم", 0, "ORG", "وكالة النجم", "agency")
	town := d.place("تل الزيتون", 0, Town, "Tall az-Zaytun", 35.91, 38.95)
	fighters := d.qty("نحو 300 مقاتل", 300, 300, 300, true, "fighters", "مقاتل")
	civilians := d.qty("قرابة 3 آلاف مدني", 3000, 3000, 3000, true, "civilians", "مدني")
	sat := d.when("صباح السبت", "2031-10-11")
	c := d.claim("وقال المتحدث باسم قوات الحماية المحلية سامر الحداد لوكالة النجم إن نحو 300 مقاتل ما زالوا داخل البلدة.",
		"قال", "indirect", "سامر الحداد", Speaker, []string{"وكالة النجم"}, []int{fighters}, nil)
	d.claim("وأضاف أن قرابة 3 آلاف مدني غادروا منذ مطلع الأسبوع.", "أضاف", "indirect", "وأضاف", Speaker, nil, []int{civilians}, nil)
	first := "بدأت صباح السبت عملية إجلاء مقاتلين من بلدة تل الزيتون بعد اتفاق بين قوات الحماية المحلية وجماعة الرايات."
	d.event("evacuation", first, []int{force}, []int{rayat}, town, sat, nil, -1)
	d.event("agreement", first, []int{force, rayat}, nil, town, sat, nil, -1)
	d.event("evacuation", "وأضاف أن قرابة 3 آلاف مدني غادروا منذ مطلع الأسبوع.", nil, nil, town, -1, []int{civilians}, 1)
	_ = c
	return d
}

func zaytounDaily() *doc {
	d := newDoc(ArticleDaily, OutletDaily, "2031-10-14", "مصادر: مئتا مقاتل فقط في تل الزيتون",
		"قالت مصادر محلية في تل الزيتون إن عدد المقاتلين المتبقين لا يزيد على 200 مقاتل. "+
			"وذكر مراسل الصحيفة أن الحافلات الأولى وصلت إلى مخيم السهل مساء الأحد وعلى متنها 45 عائلة.")
	town := d.place("تل الزيتون", 0, Town, "Tall az-Zaytun", 35.91, 38.95)
	camp := d.place("مخيم السهل", 0, "مخيم السهل", "Sahl camp", 36.21, 38.62)
	fighters := d.qty("لا يزيد على 200 مقاتل", -1, -1, 200, false, "fighters", "مقاتل")
	families := d.qty("45 عائلة", 45, 45, 45, false, "families", "عائلة")
	sun := d.when("مساء الأحد", "2031-10-12")
	d.claim("قالت مصادر محلية في تل الزيتون إن عدد المقاتلين المتبقين لا يزيد على 200 مقاتل.", "قالت", "indirect",
		"مصادر محلية", "مصادر محلية", nil, []int{fighters}, nil)
	d.event("evacuation", "وذكر مراسل الصحيفة أن الحافلات الأولى وصلت إلى مخيم السهل مساء الأحد وعلى متنها 45 عائلة.",
		nil, nil, camp, sun, []int{families}, -1)
	_ = town
	return d
}

func zaytounTV() *doc {
	d := newDoc(ArticleTV, OutletTV, "2031-10-15", "اشتباكات قرب تل الزيتون رغم الاتفاق",
		"اندلعت اشتباكات عنيفة بين قوات الحماية المحلية وجماعة الرايات على أطراف تل الزيتون فجر الاثنين، بحسب المرصد الأهلي لحقوق الإنسان. "+
			"وقال المرصد إن 12 مقاتلا قتلوا في الاشتباكات، فيما أكد الحداد أن نحو 300 مقاتل ينتظرون الحافلات.")
	force := d.entity("قوات الحماية المحلية", 0, "ORG", "قوات الحماية المحلية", "armed_group")
	rayat := d.entity("جماعة الرايات", 0, "ORG", "جماعة الرايات", "armed_group")
	d.entity("المرصد الأهلي لحقوق الإنسان", 0, "ORG", "المرصد الأهلي لحقوق الإنسان", "monitor")
	d.entity("الحداد", 0, "PER", Speaker, "")
	town := d.place("تل الزيتون", 0, Town, "Tall az-Zaytun", 35.91, 38.95)
	killed := d.qty("12 مقاتلا", 12, 12, 12, false, "fighters", "مقاتل")
	fighters := d.qty("نحو 300 مقاتل", 300, 300, 300, true, "fighters", "مقاتل")
	mon := d.when("فجر الاثنين", "2031-10-13")
	d.claim("وقال المرصد إن 12 مقاتلا قتلوا في الاشتباكات", "قال", "indirect", "المرصد", "المرصد الأهلي لحقوق الإنسان", nil, []int{killed}, nil)
	d.claim("فيما أكد الحداد أن نحو 300 مقاتل ينتظرون الحافلات.", "أكد", "indirect", "الحداد", Speaker, nil, []int{fighters}, nil)
	d.event("armed_clash", "اندلعت اشتباكات عنيفة بين قوات الحماية المحلية وجماعة الرايات على أطراف تل الزيتون فجر الاثنين",
		[]int{force, rayat}, nil, town, mon, []int{killed}, 0)
	return d
}

func marketFire(id, outlet, day, toll string, value float64) *doc {
	d := newDoc(id, outlet, day, "حريق في سوق مدينة النخيل",
		"ارتفعت حصيلة الحريق الذي اندلع في السوق القديم بمدينة النخيل إلى "+toll+" قتلى، "+
			"بحسب ما أعلن الدفاع المدني في المدينة.")
	civil := d.entity("الدفاع المدني", 0, "ORG", "الدفاع المدني", "")
	city := d.place("مدينة النخيل", 0, "النخيل", "an-Nakhil", 34.55, 38.28)
	dead := d.qty(toll+" قتلى", value, value, value, false, "people", "قتلى")
	d.claim("ارتفعت حصيلة الحريق الذي اندلع في السوق القديم بمدينة النخيل إلى "+toll+" قتلى، بحسب ما أعلن الدفاع المدني في المدينة.",
		"بحسب", "according_to", "الدفاع المدني", "الدفاع المدني", nil, []int{dead}, nil)
	d.event("looting_destruction", "اندلع في السوق القديم بمدينة النخيل", nil, []int{civil}, city, -1, []int{dead}, 0)
	return d
}

// weatherXSS is an unrelated report whose title and text hold markup that
// must be shown as text, never run.
// Its events stage failed (StageFailure), as a stage may on a real article:
// the failure must be shown, never dropped.
func weatherXSS() *doc {
	d := newDoc(ArticleXSS, OutletDaily, "2031-10-16", "طقس معتدل "+Script,
		"توقعت دائرة الأرصاد طقسا معتدلا & رياحا خفيفة "+Script+" <b>غدا</b> في المنطقة الساحلية.")
	d.an.Errors = []model.StageError{StageFailure}
	return d
}

// StageFailure is the stage error the weather report carries.
var StageFailure = model.StageError{Stage: "events", Message: "panic: runtime error: index out of range [2] with length 2 (at event/extract.go:1)"}

func docs() []*doc {
	return []*doc{zaytounWire(), zaytounDaily(), zaytounTV(),
		marketFire("market-1", OutletWire, "2031-10-20", "4", 4),
		marketFire("market-2", OutletTV, "2031-10-21", "7", 7),
		weatherXSS()}
}

// Records returns the fixture articles with their analyses.
func Records() []store.Record {
	var out []store.Record
	for _, d := range docs() {
		out = append(out, d.record())
	}
	return out
}

// Stories returns the fixture stories, with comparisons that agree,
// disagree and update.
func Stories() []model.Story {
	n := func(v float64) *float64 { return &v }
	i := func(v int) *int { return &v }
	return []model.Story{{
		ID: StoryID, Title: "إجلاء المقاتلين من تل الزيتون", Documents: []string{ArticleWire, ArticleDaily, ArticleTV},
		Period:  model.Period{From: "2031-10-14", To: "2031-10-15"},
		Places:  []string{Town, "مخيم السهل"},
		Outlets: []string{OutletWire, OutletDaily, OutletTV},
		Actors:  []string{"قوات الحماية المحلية", "جماعة الرايات"},
		Brief: []model.BriefSentence{
			brief(zaytounWire(), "بدأت صباح السبت عملية إجلاء مقاتلين من بلدة تل الزيتون بعد اتفاق بين قوات الحماية المحلية وجماعة الرايات."),
			brief(zaytounTV(), "اندلعت اشتباكات عنيفة بين قوات الحماية المحلية وجماعة الرايات على أطراف تل الزيتون فجر الاثنين، بحسب المرصد الأهلي لحقوق الإنسان."),
		},
		Comparisons: []model.Comparison{{
			Topic: "المقاتلون الباقون في تل الزيتون", Unit: "fighters", Place: Town, Verdict: "disagree",
			Claims: []model.ComparedClaim{
				{Document: ArticleWire, Quantity: 0, Claim: i(0), Speaker: Speaker, Via: []string{"وكالة النجم"}, Outlet: OutletWire, Min: n(255), Max: n(345), Value: n(300), Approx: true, Text: "نحو 300 مقاتل"},
				{Document: ArticleDaily, Quantity: 0, Claim: i(0), Speaker: "مصادر محلية", Via: []string{}, Outlet: OutletDaily, Max: n(200), Text: "لا يزيد على 200 مقاتل"},
				{Document: ArticleTV, Quantity: 1, Claim: i(1), Speaker: Speaker, Via: []string{}, Outlet: OutletTV, Min: n(255), Max: n(345), Value: n(300), Approx: true, Text: "نحو 300 مقاتل"},
			}}, {
			Topic: "المدنيون الذين غادروا", Unit: "civilians", Place: Town, Verdict: "agree",
			Claims: []model.ComparedClaim{
				{Document: ArticleWire, Quantity: 1, Claim: i(1), Speaker: Speaker, Via: []string{}, Outlet: OutletWire, Min: n(2550), Max: n(3450), Value: n(3000), Approx: true, Text: "قرابة 3 آلاف مدني"},
			}}},
	}, {
		ID: StoryMarket, Title: "حريق سوق النخيل", Documents: []string{"market-1", "market-2"},
		Period: model.Period{From: "2031-10-20", To: "2031-10-21"}, Places: []string{"النخيل"},
		Outlets: []string{OutletWire, OutletTV},
		Comparisons: []model.Comparison{{
			Topic: "قتلى الحريق", Unit: "people", Place: "النخيل", Verdict: "updated",
			Claims: []model.ComparedClaim{
				{Document: "market-1", Quantity: 0, Claim: i(0), Speaker: "الدفاع المدني", Via: []string{}, Min: n(4), Max: n(4), Value: n(4), AsOf: "2031-10-20", Text: "4 قتلى"},
				{Document: "market-2", Quantity: 0, Claim: i(0), Speaker: "الدفاع المدني", Via: []string{}, Min: n(7), Max: n(7), Value: n(7), AsOf: "2031-10-21", Text: "7 قتلى"},
			}}},
	}}
}

func brief(d *doc, sentence string) model.BriefSentence {
	sp := d.span(sentence, 0)
	return model.BriefSentence{Document: d.a.ID, Start: sp.Start, End: sp.End, Text: sp.Text}
}

// Fill stores the fixture records and stories.
func Fill(ctx context.Context, s *store.Store) error {
	if _, err := s.Put(ctx, Records()); err != nil {
		return fmt.Errorf("apitest: %w", err)
	}
	return s.ReplaceStories(ctx, Stories())
}

// FillBig stores a story of n articles (the three fixture reports retold by
// n outlets, each a distinct text) for measuring page weight and render time.
func FillBig(ctx context.Context, s *store.Store, n int) (string, error) {
	makers := []func() *doc{zaytounWire, zaytounDaily, zaytounTV}
	st := Stories()[0]
	st.ID, st.Documents, st.Outlets = "st-big", nil, nil
	var recs []store.Record
	for i := range n {
		d := makers[i%len(makers)]()
		d.a.ID = fmt.Sprintf("big-%02d", i)
		d.a.Outlet = fmt.Sprintf("منفذ %d", i+1)
		d.a.Text += fmt.Sprintf(" (نسخة %d)", i+1) // a distinct text; spans stay valid
		d.a.Hash = ""
		d.an.ID, d.an.Outlet, d.an.Text = d.a.ID, d.a.Outlet, d.a.Text
		recs = append(recs, d.record())
		st.Documents = append(st.Documents, d.a.ID)
		st.Outlets = append(st.Outlets, d.a.Outlet)
	}
	if _, err := s.Put(ctx, recs); err != nil {
		return "", fmt.Errorf("apitest: %w", err)
	}
	return st.ID, s.ReplaceStories(ctx, append(Stories(), st))
}
