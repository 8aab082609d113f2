package main

import "strings"

// redactor removes a secret from text before it can reach any output: error
// messages, warnings, server bodies echoed in errors, even replies.
type redactor struct{ secret string }

// minSecretRun is the shortest stretch of the secret that is redacted when
// a server echoes only part of it (say a prefix and a suffix).
const minSecretRun = 8

const redacted = "[redacted]"

// Redact returns s with the secret, and any run of at least minSecretRun of
// its characters, replaced.
func (r redactor) Redact(s string) string {
	if len(r.secret) < minSecretRun {
		if r.secret == "" {
			return s
		}
		return strings.ReplaceAll(s, r.secret, redacted)
	}
	s = strings.ReplaceAll(s, r.secret, redacted)
	var sb strings.Builder
	for i := 0; i < len(s); {
		if n := r.runAt(s[i:]); n >= minSecretRun {
			sb.WriteString(redacted)
			i += n
			continue
		}
		sb.WriteByte(s[i])
		i++
	}
	return sb.String()
}

// runAt is the length of the longest prefix of s that is a substring of the
// secret. Secrets are short, so the quadratic scan costs nothing.
func (r redactor) runAt(s string) int {
	n := 0
	for k := minSecretRun; k <= len(s) && k <= len(r.secret); k++ {
		if !strings.Contains(r.secret, s[:k]) {
			break
		}
		n = k
	}
	return n
}
