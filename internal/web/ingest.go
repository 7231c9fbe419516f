package web

import (
	"net/http"
	"strings"

	"github.com/marsad/marsad/internal/api"
)

type ingestData struct {
	Enabled   bool
	NeedToken bool
	MaxUpload int64
	MaxMB     string
	Error     string
	IDs       []string
	Text      string
}

func (s *site) ingestData() ingestData {
	mb := float64(s.opts.MaxUpload) / (1 << 20)
	return ingestData{Enabled: s.opts.Ingest != nil, NeedToken: s.opts.RequireToken,
		MaxUpload: s.opts.MaxUpload, MaxMB: fmtMB(mb)}
}

// fmtMB writes a size given in MiB for people: "8 ميغابايت", "64 كيلوبايت".
func fmtMB(mb float64) string {
	if mb < 1 {
		return num(float64(int64(mb*1024))) + " كيلوبايت"
	}
	return num(float64(int64(mb*10))/10) + " ميغابايت"
}

// ingestForm: GET /ingest: paste a text or upload files.
func (s *site) ingestForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "ingest", view{Title: "إضافة نص", Nav: "ingest", Data: s.ingestData()})
}

// ingest: POST /ingest: analyse and store, then show the article (one) or
// the list of new articles (several).
func (s *site) ingest(w http.ResponseWriter, r *http.Request) {
	d := s.ingestData()
	if s.opts.Ingest == nil {
		d.Error = "الإضافة غير مفعلة على هذا الخادم."
		s.render(w, r, http.StatusNotImplemented, "ingest", view{Title: "إضافة نص", Nav: "ingest", Data: d})
		return
	}
	docs, err := api.ReadIngest(w, r, s.opts.MaxUpload)
	if err != nil {
		d.Error = ingestError(err)
		s.render(w, r, api.IngestStatus(err), "ingest", view{Title: "إضافة نص", Nav: "ingest", Data: d})
		return
	}
	if msg := api.CheckToken(s.opts.api(), r.FormValue("token")); msg != "" {
		d.Error, d.Text = "الرمز مطلوب أو غير صحيح.", r.FormValue("text")
		s.render(w, r, http.StatusUnauthorized, "ingest", view{Title: "إضافة نص", Nav: "ingest", Data: d})
		return
	}
	ids, err := s.opts.Ingest(r.Context(), docs)
	if err != nil {
		s.log.Error("web ingest", "err", err)
		d.Error, d.Text = "تعذر تحليل النص: "+err.Error(), r.FormValue("text")
		s.render(w, r, http.StatusUnprocessableEntity, "ingest", view{Title: "إضافة نص", Nav: "ingest", Data: d})
		return
	}
	if len(ids) == 1 {
		http.Redirect(w, r, articleHref(ids[0]), http.StatusSeeOther)
		return
	}
	d.IDs = ids
	s.render(w, r, http.StatusOK, "ingest", view{Title: "إضافة نص", Nav: "ingest", Data: d})
}

func ingestError(err error) string {
	if api.IngestStatus(err) == http.StatusRequestEntityTooLarge {
		return "الملف أو النص أكبر من الحد المسموح."
	}
	if strings.Contains(err.Error(), "nothing to ingest") || strings.Contains(err.Error(), "is empty") {
		return "لا يوجد نص: الصق نصا أو اختر ملفا."
	}
	if strings.Contains(err.Error(), "published") {
		return "تاريخ النشر غير صالح: استعمل الصيغة YYYY-MM-DD."
	}
	return "تعذرت قراءة الطلب: " + err.Error()
}
