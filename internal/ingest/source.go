package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// source is one input to open: a file of the OS or of an fs.FS, or a URL.
// err is set when the walk itself failed on it.
type source struct {
	name string
	open func() (io.ReadCloser, error)
	err  error
}

// osSources lists the files under p (p itself when it is a file or a URL).
func osSources(p string) iter.Seq[source] {
	return func(yield func(source) bool) {
		if isURL(p) {
			yield(source{name: p})
			return
		}
		open := func(name string) func() (io.ReadCloser, error) {
			return func() (io.ReadCloser, error) { return os.Open(name) }
		}
		walk(p, filepath.WalkDir, os.Stat, open, yield)
	}
}

// fsSources lists the files of fsys under root.
func fsSources(fsys fs.FS, root string) iter.Seq[source] {
	return func(yield func(source) bool) {
		walkDir := func(root string, fn fs.WalkDirFunc) error { return fs.WalkDir(fsys, root, fn) }
		stat := func(name string) (fs.FileInfo, error) { return fs.Stat(fsys, name) }
		open := func(name string) func() (io.ReadCloser, error) {
			return func() (io.ReadCloser, error) { return fsys.Open(name) }
		}
		walk(root, walkDir, stat, open, yield)
	}
}

// walk yields root when it is a file, else the regular files below it in
// lexical order, skipping hidden files and folders (a name starting with a
// dot) other than root itself. Entries the walk cannot read are yielded with
// their error.
func walk(root string,
	walkDir func(string, fs.WalkDirFunc) error,
	stat func(string) (fs.FileInfo, error),
	open func(string) func() (io.ReadCloser, error),
	yield func(source) bool,
) {
	info, err := stat(root)
	if err != nil {
		yield(source{name: root, err: pathError(err)})
		return
	}
	if !info.IsDir() {
		yield(source{name: root, open: open(root)})
		return
	}
	walkDir(root, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(source{name: name, err: pathError(err)}) {
				return fs.SkipAll
			}
			return nil
		}
		if name != root && isHidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isFileEntry(d, name, stat) {
			return nil
		}
		if !yield(source{name: name, open: open(name)}) {
			return fs.SkipAll
		}
		return nil
	})
}

// isFileEntry reports whether a walked entry is a regular file, following a
// symbolic link to a file (links to folders are not followed: no cycles).
func isFileEntry(d fs.DirEntry, name string, stat func(string) (fs.FileInfo, error)) bool {
	if d.Type().IsRegular() {
		return true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return false
	}
	info, err := stat(name)
	return err == nil && info.Mode().IsRegular()
}

func isHidden(name string) bool { return strings.HasPrefix(name, ".") && name != "." && name != ".." }

func isURL(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// pathError drops the path from an fs.PathError: the SourceError around it
// already names the file.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// baseID is the contract's id for a file: its name without extension (and
// without .gz first, so that page.html.gz gives "page").
func baseID(name string) string {
	base := path.Base(filepath.ToSlash(name))
	base = strings.TrimSuffix(base, ".gz")
	if ext := path.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}
