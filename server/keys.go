package server

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"

	"github.com/isnad/isnad/text"
)

// authorizedKeys is the authorized-keys file: who may connect, and under
// which name. It is OpenSSH's format, one key a line:
//
//	ssh-ed25519 AAAAC3Nza… alice@laptop
//	name="Nour Jamil" ssh-ed25519 AAAAC3Nza… nour@desk
//
// The analyst's name is the name="…" option when given, else the key's
// comment, else its fingerprint. The file is read again whenever it changes
// (checked at each authentication: a stat, so an edit takes effect on the
// next connection without a restart; sessions already open go on). Lines that cannot be read are skipped
// and logged, never fatal: one bad paste must not lock the team out.
type authorizedKeys struct {
	path string
	log  *log.Logger

	mu    sync.Mutex
	info  os.FileInfo       // the version read; nil when unreadable
	sum   [32]byte          // its content's SHA-256
	names map[string]string // marshalled public key → analyst name
}

// maxNameRunes bounds an analyst's name: it goes on screen and into notes.
const maxNameRunes = 64

// loadAuthorizedKeys reads the file for the first time: it must exist and be
// readable (an empty file is allowed, and logged: nobody gets in until a key
// is added).
func loadAuthorizedKeys(path string, logger *log.Logger) (*authorizedKeys, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: a folder, not an authorized-keys file", path)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	k := &authorizedKeys{path: path, log: logger, info: info, sum: sha256.Sum256(raw)}
	k.names = k.parse(raw)
	if len(k.names) == 0 {
		logger.Warn("no key in the authorized-keys file: nobody can connect until one is added", "file", path)
	}
	return k, nil
}

// lookup returns the analyst a key belongs to, reading the file again first
// if it changed.
func (k *authorizedKeys) lookup(key gossh.PublicKey) (string, bool) {
	if key == nil {
		return "", false
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.refresh()
	name, ok := k.names[string(key.Marshal())]
	return name, ok
}

// refresh reads the file again when it may have changed: another file,
// size or time, or a time so recent that a change within the file system's
// time resolution could hide behind it (git's "racy" case). An unreadable
// file refuses everyone until it is readable again. k.mu is held.
func (k *authorizedKeys) refresh() {
	info, err := os.Stat(k.path)
	if err == nil && k.info != nil && os.SameFile(k.info, info) && info.Size() == k.info.Size() &&
		info.ModTime().Equal(k.info.ModTime()) && time.Since(info.ModTime()) > racyWindow {
		return
	}
	var raw []byte
	if err == nil {
		raw, err = os.ReadFile(k.path)
	}
	if err != nil {
		if k.info != nil {
			k.log.Error("authorized-keys file unreadable: refusing every key until it is back", "file", k.path, "err", err)
		}
		k.info, k.sum, k.names = nil, [32]byte{}, nil
		return
	}
	k.info = info
	if sum := sha256.Sum256(raw); sum != k.sum {
		k.sum, k.names = sum, k.parse(raw)
		k.log.Info("authorized keys read", "file", k.path, "keys", len(k.names))
	}
}

// racyWindow is how recent a modification time must be for the file to be
// read again whatever its stat says.
const racyWindow = 2 * time.Second

// parse reads the keys of the file.
func (k *authorizedKeys) parse(raw []byte) map[string]string {
	names := map[string]string{}
	for n, line := range bytes.Split(raw, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, name, err := parseKeyLine(line)
		if err != nil {
			k.log.Warn("authorized-keys line skipped", "file", k.path, "line", n+1, "err", err)
			continue
		}
		names[string(key.Marshal())] = name
	}
	return names
}

// parseKeyLine reads one line: the key and the analyst's name.
func parseKeyLine(line []byte) (gossh.PublicKey, string, error) {
	key, comment, options, rest, err := gossh.ParseAuthorizedKey(line)
	if err != nil {
		return nil, "", errors.New("not a public key")
	}
	if len(bytes.TrimSpace(rest)) > 0 {
		return nil, "", errors.New("more than one key on the line")
	}
	if _, ok := key.(*gossh.Certificate); ok {
		return nil, "", errors.New("certificates are not supported")
	}
	name := ""
	for _, o := range options {
		if o == "cert-authority" {
			return nil, "", errors.New("cert-authority keys are not supported")
		}
		if v, ok := strings.CutPrefix(o, "name="); ok {
			name = strings.Trim(v, `"`)
		}
	}
	if strings.TrimSpace(name) == "" {
		name = comment
	}
	name = cleanName(name)
	if name == "" {
		name = gossh.FingerprintSHA256(key)
	}
	return key, name, nil
}

// cleanName makes a name from a file safe to show and store: controls made
// visible, spaces collapsed, length bounded.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(text.Sanitize(s)), " ")
	if utf8.RuneCountInString(s) > maxNameRunes {
		s = string([]rune(s)[:maxNameRunes])
	}
	return s
}
