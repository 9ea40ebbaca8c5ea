package notes

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/isnad/isnad/model"
)

// VerdictsFile is the team's verdicts file in the user's config folder
// ($XDG_CONFIG_HOME/isnad/verdicts.yaml):
//
//	verdicts:
//	  - satire
//	  - out of context
//
// Its verdicts come after the built-in ones (verified, disputed, needs
// source, misleading).
const VerdictsFile = "verdicts.yaml"

// Verdicts are the verdicts a note may carry.
type Verdicts []model.Verdict

// DefaultVerdictsPath is where LoadVerdicts looks when no file is named.
func DefaultVerdictsPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "isnad", VerdictsFile)
}

// LoadVerdicts reads the built-in verdicts and a team's file. An empty
// path means the default file, which may be missing; a named file must
// exist.
func LoadVerdicts(path string) (Verdicts, error) {
	out := append(Verdicts(nil), model.DefaultVerdicts...)
	named := path != ""
	if !named {
		path = DefaultVerdictsPath()
		if path == "" {
			return out, nil
		}
	}
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && !named {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	var f struct {
		Verdicts []string `yaml:"verdicts"`
	}
	if err := yaml.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	for _, v := range f.Verdicts {
		v = strings.TrimSpace(v)
		if v == "" || len(v) > 64 || strings.ContainsFunc(v, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return nil, fmt.Errorf("%s: verdict %q: want a short name without control characters", path, v)
		}
		if !out.Has(model.Verdict(v)) {
			out = append(out, model.Verdict(v))
		}
	}
	return out, nil
}

// Has says whether v is one of the verdicts.
func (vs Verdicts) Has(v model.Verdict) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// Check says, when v is none of the verdicts, which ones there are.
func (vs Verdicts) Check(v model.Verdict) error {
	if vs.Has(v) {
		return nil
	}
	names := make([]string, len(vs))
	for i, x := range vs {
		names[i] = string(x)
	}
	return fmt.Errorf("verdict %q: want one of %s (a team adds its own in %s)", v, strings.Join(names, ", "), VerdictsFile)
}
