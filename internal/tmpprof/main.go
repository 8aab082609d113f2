package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"time"

	"brief/briefing"
	"brief/summarize"
)

func main() {
	files, _ := filepath.Glob("/tmp/bbcart/*/*.txt")
	var texts []string
	for _, f := range files {
		b, _ := os.ReadFile(f)
		texts = append(texts, string(b))
	}
	f, _ := os.Create("/tmp/prof/cpu2.prof")
	pprof.StartCPUProfile(f)
	t := time.Now()
	for _, text := range texts {
		art := summarize.Clean(text)
		b := briefing.Build(text, art, briefing.Options{Points: 3})
		var buf bytes.Buffer
		briefing.Render(&buf, b, briefing.JSON, briefing.RenderOptions{})
	}
	fmt.Println(time.Since(t))
	pprof.StopCPUProfile()
}
