//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestUnreadableFile: a file brief may not read is one error line naming it;
// the other inputs complete. Root reads every file, so this runs only for
// other users (CI runs as root and skips it).
func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read a file whatever its mode")
	}
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked.txt")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(locked, []byte("NATO met. It agreed."), 0o000)
	os.WriteFile(good, []byte("NATO met. It agreed."), 0o644)
	var stdout, stderr bytes.Buffer
	code := run([]string{"brief", "--format", "json", locked, good}, nil, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "locked.txt: permission denied") || !strings.Contains(stdout.String(), "good.txt") {
		t.Errorf("exit %d, stderr %q, stdout %q", code, stderr.String(), stdout.String())
	}
}

// TestFolderSkipsNamedPipes: a named pipe among a folder's articles is
// skipped, not read (reading it would wait forever).
func TestFolderSkipsNamedPipes(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("NATO met. It agreed."), 0o644)
	var stdout, stderr bytes.Buffer
	if code := run([]string{"brief", "--format", "json", dir}, nil, &stdout, &stderr); code != 0 {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if n := strings.Count(stdout.String(), `"source"`); n != 1 {
		t.Errorf("%d briefings, want 1", n)
	}
}
