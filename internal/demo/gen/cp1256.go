package main

import (
	"fmt"
	"strings"

	"golang.org/x/text/encoding/charmap"
)

// toCP1256 encodes UTF-8 text in Windows-1256 with CRLF line ends. It fails
// on any character the code page cannot hold, rather than replace it.
func toCP1256(s string) ([]byte, error) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\n", "\r\n")
	out, err := charmap.Windows1256.NewEncoder().String(s)
	if err != nil {
		return nil, fmt.Errorf("windows-1256: %w", err)
	}
	return []byte(out), nil
}
