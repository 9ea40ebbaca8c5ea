#!/bin/sh
# terminals.sh: screenshots of the explorer in real terminals, at 120×40,
# under Xvfb: the library, the reader on article 000 (its top, and its end
# with the English reference entries) and compare, in
#
#   xterm            shows cells as they come (the reference)
#   kitty            reverses right-to-left words itself; isnad detects it
#   mlterm           with $MLTERM set (as mlterm sets it)
#   mlterm-ssh       $MLTERM unset, TERM=mlterm (what arrives over ssh)
#   mlterm-xterm     $MLTERM unset, TERM=xterm (mlterm's default TERM over ssh)
#   sakura           a VTE terminal
#   tmux-on          tmux inside sakura, allow-passthrough on
#   tmux-off         tmux inside sakura, allow-passthrough off (tmux's default)
#   kitty-tmux       tmux inside kitty (not in the default list)
#
# Each as NAME-library.png, NAME-reader.png, NAME-refs.png,
# NAME-compare.png and NAME-problems.png (the problems screen: under tmux-off
# it names the fix) in the output folder, outside the repository.
#
#   scripts/terminals.sh [OUT]        (default: $ISNAD_SHOTS, else /tmp/isnad-shots)
#   ONLY="kitty xterm" scripts/terminals.sh   (some terminals only)
#   ISNAD=path/to/isnad scripts/terminals.sh  (that binary, no go build)
#
# Installs what is missing with apt-get (Debian 12: xterm 379, kitty 0.26.5,
# mlterm 3.9.0, sakura 3.8.6 on VTE 0.70.6, Xvfb, xdotool, ImageMagick, tmux,
# DejaVu fonts). Keys are typed with xdotool; waits are fixed pauses, so on a
# loaded machine raise PAUSE (seconds, default 2). Look at the pictures: the
# script cannot tell right from wrong.
set -eu
out=${1:-${ISNAD_SHOTS:-/tmp/isnad-shots}}
pause=${PAUSE:-2}
only=${ONLY:-xterm kitty mlterm mlterm-ssh mlterm-xterm sakura tmux-on tmux-off}
cd "$(dirname "$0")/.."
repo=$(pwd)
case "$(cd "$(dirname "$out")" 2>/dev/null && pwd)/" in
"$repo"/*) echo "terminals: $out is inside the repository; pick a folder outside it" >&2; exit 2 ;;
esac

# What is missing, installed once.
missing=
for p in xterm:xterm kitty:kitty mlterm:mlterm sakura:sakura Xvfb:xvfb xdotool:xdotool \
	import:imagemagick tmux:tmux xdpyinfo:x11-utils dbus-run-session:dbus; do
	command -v "${p%%:*}" >/dev/null || missing="$missing ${p#*:}"
done
fc-list | grep -q DejaVuSansMono || missing="$missing fonts-dejavu-core"
if [ -n "$missing" ]; then
	echo "installing:$missing"
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing >/dev/null
fi

tmp=$(mktemp -d)
xvfb=
sock=isnadshots$$
# end_tmux kills the tmux server of the tmux variants and removes its
# socket file (kill-server leaves it behind).
end_tmux() {
	tpath=$(tmux -L "$sock" display-message -p '#{socket_path}' 2>/dev/null) || true
	tmux -L "$sock" kill-server 2>/dev/null || true
	[ -z "$tpath" ] || rm -f "$tpath"
}
cleanup() {
	end_tmux
	[ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
if [ -n "${ISNAD:-}" ]; then cp "$ISNAD" "$tmp/isnad"; else go build -o "$tmp/isnad" ./cmd/isnad; fi
mkdir -p "$out"

# A display of our own.
d=90
while [ -e /tmp/.X$d-lock ] || [ -e /tmp/.X11-unix/X$d ]; do d=$((d + 1)); done
Xvfb :$d -screen 0 1500x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:$d LANG=C.UTF-8 LC_ALL=C.UTF-8
for _ in 1 2 3 4 5 6 7 8 9 10; do xdpyinfo >/dev/null 2>&1 && break; sleep 0.5; done
# sakura and GTK want a session bus and a writable config home.
export XDG_CONFIG_HOME="$tmp/config" XDG_RUNTIME_DIR="$tmp/run" NO_AT_BRIDGE=1
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The window titled "isnad" (the explorer sets its title), once it is there.
window() {
	for _ in $(seq 60); do
		w=$(xdotool search --onlyvisible --name '^isnad$' 2>/dev/null | head -1)
		[ -n "$w" ] && { echo "$w"; return; }
		sleep 0.5
	done
	echo "terminals: no isnad window for $1" >&2
	return 1
}

# A screenshot; import can hang on a window that is going away.
shot() { timeout 20 import -window "$1" "$out/$2.png" || echo "terminals: no screenshot $2" >&2; }

# gone waits (10 s at most) until no window is titled isnad any more, so
# the next terminal's window is not mistaken for the last one's.
gone() {
	for _ in $(seq 20); do
		[ -z "$(xdotool search --onlyvisible --name '^isnad$' 2>/dev/null)" ] && return
		sleep 0.5
	done
}

keys() {
	xdotool windowfocus --sync "$1" 2>/dev/null || true
	shift
	xdotool key --delay 150 "$@"
	sleep "$pause"
}

# drive NAME PID: the four screenshots, then the terminal is closed (PID
# and the terminal's own process, which may be PID's child).
drive() {
	name=$1 pid=$2
	if ! w=$(window "$name"); then kill "$pid" 2>/dev/null; return; fi
	tpid=$(xdotool getwindowpid "$w" 2>/dev/null || echo "$pid")
	sleep "$pause"
	shot "$w" "$name-library"
	keys "$w" Return
	shot "$w" "$name-reader"
	keys "$w" G
	shot "$w" "$name-refs"
	keys "$w" Escape
	keys "$w" c
	shot "$w" "$name-compare"
	keys "$w" Escape
	keys "$w" exclam
	shot "$w" "$name-problems"
	kill "$tpid" "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	gone
	echo "$name: $out/$name-{library,reader,refs,compare,problems}.png"
}

bin="$tmp/isnad"
font="DejaVu Sans Mono"
for t in $only; do
	case $t in
	xterm)
		xterm -geometry 120x40+0+0 -fa "$font" -fs 11 -e "$bin" &
		drive xterm $! ;;
	kitty)
		kitty --config NONE -o font_family="$font" -o font_size=11 -o remember_window_size=no \
			-o initial_window_width=120c -o initial_window_height=40c "$bin" >/dev/null 2>&1 &
		drive kitty $! ;;
	mlterm)
		mlterm -g 120x40+0+0 -w 15 -y mlterm -e "$bin" &
		drive mlterm $! ;;
	mlterm-ssh)
		mlterm -g 120x40+0+0 -w 15 -y mlterm -e env -u MLTERM "$bin" &
		drive mlterm-ssh $! ;;
	mlterm-xterm)
		mlterm -g 120x40+0+0 -w 15 -y xterm -e env -u MLTERM "$bin" &
		drive mlterm-xterm $! ;;
	sakura)
		dbus-run-session -- sakura -c 120 -r 40 -f "$font 11" -x "$bin" >/dev/null 2>&1 &
		drive sakura $! ;;
	tmux-on | tmux-off | kitty-tmux)
		conf="$tmp/tmux.conf"
		pass=off
		[ "$t" = tmux-off ] || pass=on
		{
			echo "set -g status off"
			echo "set -s escape-time 0"
			echo "set -g set-titles on"
			echo "set -g set-titles-string '#{pane_title}'"
			echo "set -g allow-passthrough $pass"
		} >"$conf"
		if [ "$t" = kitty-tmux ]; then
			kitty --config NONE -o font_family="$font" -o font_size=11 -o remember_window_size=no \
				-o initial_window_width=120c -o initial_window_height=40c \
				tmux -L "$sock" -f "$conf" new-session "$bin" >/dev/null 2>&1 &
		else
			dbus-run-session -- sakura -c 120 -r 40 -f "$font 11" -x "tmux -L $sock -f $conf new-session $bin" >/dev/null 2>&1 &
		fi
		pid=$!
		drive "$t" "$pid"
		end_tmux ;;
	*) echo "terminals: unknown terminal $t" >&2 ;;
	esac
done
