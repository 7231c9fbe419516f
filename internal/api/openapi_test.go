package api_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/marsad/marsad/internal/api"
)

// loadOpenAPI loads the API's document and checks it is a valid OpenAPI 3
// document with what clients generate code from: servers, a security
// scheme, an operationId for every operation, a licence.
func loadOpenAPI(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.json is not valid: %v", err)
	}
	if len(doc.Servers) == 0 || doc.Info.License == nil || doc.Components.SecuritySchemes["bearer"] == nil {
		t.Errorf("servers %v, license %v, security schemes %v", doc.Servers, doc.Info.License, doc.Components.SecuritySchemes)
	}
	ids := map[string]bool{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			if op.OperationID == "" || ids[op.OperationID] {
				t.Errorf("%s %s: operationId %q missing or repeated", method, path, op.OperationID)
			}
			ids[op.OperationID] = true
		}
	}
	return doc
}

// closed makes every object schema that lists its properties refuse any
// other: a field the API returns and the document does not name fails.
// The parts of an allOf stay open (each names only its own fields).
func closed(s *openapi3.Schema, seen map[*openapi3.Schema]bool, parts map[*openapi3.Schema]bool) {
	if s == nil || seen[s] {
		return
	}
	seen[s] = true
	no := false
	if s.Type.Is("object") && len(s.Properties) > 0 && s.AdditionalProperties.Has == nil && s.AdditionalProperties.Schema == nil && !parts[s] {
		s.AdditionalProperties.Has = &no
	}
	for _, p := range s.Properties {
		closed(p.Value, seen, parts)
	}
	if s.Items != nil {
		closed(s.Items.Value, seen, parts)
	}
	if s.AdditionalProperties.Schema != nil {
		closed(s.AdditionalProperties.Schema.Value, seen, parts)
	}
	for _, l := range [][]*openapi3.SchemaRef{s.AllOf, s.OneOf, s.AnyOf} {
		for _, r := range l {
			closed(r.Value, seen, parts)
		}
	}
}

// allOfParts returns the schemas that are parts of an allOf.
func allOfParts(doc *openapi3.T) map[*openapi3.Schema]bool {
	parts := map[*openapi3.Schema]bool{}
	for _, s := range doc.Components.Schemas {
		for _, r := range s.Value.AllOf {
			parts[r.Value] = true
		}
	}
	return parts
}

// TestResponsesFollowOpenAPI sends every request of endpointCases and
// validates the response (status, content type, body) against the
// document, every field the API returns named in it.
func TestResponsesFollowOpenAPI(t *testing.T) {
	doc := loadOpenAPI(t)
	seen, parts := map[*openapi3.Schema]bool{}, allOfParts(doc)
	for _, s := range doc.Components.Schemas {
		closed(s.Value, seen, parts)
	}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	h, _ := newServer(t, nil)
	for _, c := range endpointCases {
		if strings.HasPrefix(c.path, "/api/nothing") {
			continue // not a route
		}
		t.Run(c.path, func(t *testing.T) {
			req := httptest.NewRequest("GET", "http://localhost:8080"+c.path, nil)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			route, params, err := router.FindRoute(req)
			if err != nil {
				t.Fatalf("no route in the document: %v", err)
			}
			in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
				Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
			res := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Code,
				Header: rec.Header(), Body: io.NopCloser(bytes.NewReader(rec.Body.Bytes())),
				Options: &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true}}
			if err := openapi3filter.ValidateResponse(context.Background(), res); err != nil {
				t.Errorf("%d response does not follow openapi.json:\n%v", rec.Code, err)
			}
		})
	}
	_ = http.MethodGet
}
