package terminal

import (
	"context"
	"os"
	"os/exec"
	"time"

	"github.com/xo/terminfo"
)

// OS is the Env of the running process: its environment, the tmux
// command (with a deadline: a hung tmux must not stop isnad from starting)
// and the terminfo database.
func OS() Env {
	return Env{Getenv: os.Getenv, Tmux: runTmux, Terminfo: loadTerminfo}
}

func runTmux(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "tmux", args...).CombinedOutput()
	return string(out), err
}

func loadTerminfo(term string) (colors int, direct, ok bool) {
	ti, err := terminfo.Load(term)
	if err != nil {
		return 0, false, false
	}
	ext := ti.ExtBoolCapsShort()
	return ti.Num(terminfo.MaxColors), ext["Tc"] || ext["RGB"], true
}
