package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// outcomeKind says how one input of check ended.
type outcomeKind int

const (
	kindPassed    outcomeKind = iota
	kindUpdated               // --update wrote its golden file
	kindDiffers               // the briefing differs from the golden file
	kindMissing               // no golden file
	kindOrphan                // a golden file without its article
	kindCacheMiss             // --llm with no recorded answer
	kindError                 // the input could not be read or briefed
)

// title is the short name of a kind, for annotations and reports.
func (k outcomeKind) title() string {
	return [...]string{"passed", "updated", "briefing differs", "missing golden file",
		"golden file without an article", "LLM cache miss", "error"}[k]
}

func (k outcomeKind) failed() bool { return k >= kindDiffers }

// outcome is what check found for one input (or orphan golden file).
type outcome struct {
	name   string // the input as shown (or the golden file, for an orphan)
	golden string // its golden file as shown; "" when not known
	kind   outcomeKind
	msg    string  // one line, for failures
	diff   string  // plain unified diff, golden -> current
	line   int     // first differing line of the golden file; 0 when unknown
	rouge  *figure // lowest section ROUGE-L F1, with --min-rouge
}

func failure(name string, kind outcomeKind, msg string) outcome {
	return outcome{name: name, kind: kind, msg: msg}
}

// process builds the briefing of one input as brief does (run in parallel).
// The briefing's source is the file's base name, so golden files do not
// depend on the folder check was run from. With --update, the briefing is
// built twice and must come out the same: a golden file that cannot pass
// is not written (like gofmt's idempotence check).
func (r *checkRun) process(in input, data []byte) ([]byte, error) {
	named := in
	named.name = filepath.Base(in.path)
	out, err := r.opt.cfg.brief(r.env, named, data)
	if err != nil || !r.opt.update || r.opt.cfg.llm != nil {
		return out, err
	}
	again, err := r.opt.cfg.brief(r.env, named, data)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(out, again) {
		return nil, errors.New("two builds of the briefing differ, so no golden file can hold it (please report it)")
	}
	return out, nil
}

// emit judges one built briefing against its golden file (run in input order).
func (r *checkRun) emit(in input, res result) {
	r.record(r.judge(in, res))
}

func (r *checkRun) judge(in input, res result) outcome {
	o := outcome{name: in.name, golden: goldenPath(in.name, r.ext)}
	if res.err != nil {
		o.kind, o.msg = kindError, res.err.Error()
		if isCacheMiss(res.err) {
			o.kind, o.msg = kindCacheMiss, res.err.Error()+"; "+cacheMissHint
		}
		return o
	}
	gpath := goldenPath(in.path, r.ext)
	golden, err := os.ReadFile(gpath)
	missing := errors.Is(err, fs.ErrNotExist)
	switch {
	case err != nil && !missing:
		o.kind, o.msg = kindError, fmt.Sprintf("reading %s: %s", o.golden, describe(err))
		return o
	case missing && !r.opt.update:
		o.kind = kindMissing
		o.msg = fmt.Sprintf("no golden file %s; run the same command with --update to create it", o.golden)
		return o
	case missing:
		return r.update(o, in, gpath, res.out, "created")
	}
	c := r.compare(string(golden), string(res.out))
	o.rouge = c.rouge
	switch {
	case c.pass:
		return o
	case r.opt.update:
		return r.update(o, in, gpath, res.out, "updated")
	}
	return r.differs(o, normalizeEOL(string(golden)), string(res.out), c)
}

// differs fills in the failure of a briefing that does not match.
func (r *checkRun) differs(o outcome, golden, current string, c comparison) outcome {
	o.kind = kindDiffers
	o.diff, o.line = unifiedDiff(o.golden, o.name+" (current)", golden, current)
	o.msg = fmt.Sprintf("briefing differs from %s; run the same command with --update to accept it", o.golden)
	if c.rouge != nil {
		o.msg = fmt.Sprintf("ROUGE-L F1 %.3f in section %q is below --min-rouge %.3f (against %s)",
			c.rouge.f1, c.rouge.section, r.opt.minRouge, o.golden)
	}
	return o
}

// update writes the golden file of in, never over the input itself; verb
// ("created", "updated") is what the report says of it.
func (r *checkRun) update(o outcome, in input, gpath string, data []byte, verb string) outcome {
	if sameFile(gpath, in.path) {
		o.kind, o.msg = kindError, fmt.Sprintf("golden file %s is the input itself; not written", o.golden)
		return o
	}
	if err := writeFileAtomic(gpath, data); err != nil {
		o.kind, o.msg = kindError, err.Error()
		return o
	}
	o.kind, o.msg = kindUpdated, verb
	return o
}

// normalizeEOL reads CRLF line ends (a golden file checked out on Windows)
// as LF, so they do not count as differences.
func normalizeEOL(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
