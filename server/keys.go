package server

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
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
// next connection without a restart). Lines that cannot be read are skipped
// and logged, never fatal: one bad paste must not lock the team out.
type authorizedKeys struct {
	path string
	log  *log.Logger

	mu    sync.Mutex
	info  os.FileInfo       // the version read; nil when unreadable
	names map[string]string // marshalled public key → analyst name
}

// maxNameRunes bounds an analyst's name: it goes on screen and into notes.
const maxNameRunes = 64

// loadAuthorizedKeys reads the file for the first time: it must exist and be
// readable (an empty file is allowed, and logged: nobody gets in until a key
// is added).
func loadAuthorizedKeys(path string, logger *log.Logger) (*authorizedKeys, error) {
	k := &authorizedKeys{path: path, log: logger}
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s: a folder, not an authorized-keys file", path)
	}
	names, err := k.read()
	if err != nil {
		return nil, err
	}
	k.info, k.names = info, names
	if len(names) == 0 {
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

// refresh reads the file again when its identity, size or time changed.
// An unreadable file refuses everyone until it is readable again. k.mu is
// held.
func (k *authorizedKeys) refresh() {
	info, err := os.Stat(k.path)
	if err != nil {
		if k.info != nil || k.names != nil {
			k.log.Error("authorized-keys file unreadable: refusing every key until it is back", "file", k.path, "err", err)
		}
		k.info, k.names = nil, nil
		return
	}
	if k.info != nil && os.SameFile(k.info, info) && info.ModTime().Equal(k.info.ModTime()) && info.Size() == k.info.Size() {
		return
	}
	names, err := k.read()
	if err != nil {
		k.log.Error("authorized-keys file unreadable: refusing every key until it is back", "file", k.path, "err", err)
		k.info, k.names = nil, nil
		return
	}
	k.info, k.names = info, names
	k.log.Info("authorized keys read", "file", k.path, "keys", len(names))
}

// read parses the file.
func (k *authorizedKeys) read() (map[string]string, error) {
	raw, err := os.ReadFile(k.path)
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, name, err := parseKeyLine(line)
		if err != nil {
			k.log.Warn("authorized-keys line skipped", "file", k.path, "line", n, "err", err)
			continue
		}
		names[string(key.Marshal())] = name
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return names, nil
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
