# Sourced by ./mvnw before Maven starts (POSIX sh). It turns the ways a build commonly fails on a fresh machine into
# one clear line each: no JDK 21+, no X display for the UI tests, no route to Maven Central, and whatever a fetch step
# of the build (third-party models, real-world test photos) reported in a line of its own.

# The one Java finder of the project, shared with the launchers of the product and the headless runtime.
. "$(dirname "$0")/features/io.latentretouch.platform.feature/rootfiles/find-java.sh"

# The UI tests need an X display: use the one given, else run the whole build under xvfb-run.
lr_ensure_display() {
  [ -n "${DISPLAY-}" ] && return 0
  if command -v xvfb-run >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
  fi
}

# Runs Maven, keeps its output, and on failure ends with one line naming a known cause.
lr_run_maven() {
  log=$(mktemp)
  rcfile=$(mktemp)
  { "$@" 2>&1; echo $? >"$rcfile"; } | tee "$log"
  rc=$(cat "$rcfile")
  if [ "$rc" -ne 0 ]; then
    own=$(grep -E '^latent-retouch build: ' "$log" | tail -n 1)
    if [ -n "$own" ]; then
      printf '%s\n' "$own" >&2
    elif grep -qE 'gtk_init_check|Cannot open display|Failed to connect to the display' "$log"; then
      printf 'latent-retouch build: no X display for the UI tests; install Xvfb and GTK 3 (apt-get install xvfb libgtk-3-0) or set DISPLAY, then run again.\n' >&2
    elif grep -qE 'Could not transfer|Unknown host|UnknownHostException|Network is unreachable|Connection refused|Connect timed out|Cannot access central' "$log"; then
      printf 'latent-retouch build: Maven Central cannot be reached; check the network or the proxy in ~/.m2/settings.xml and run again (after one online build, ./mvnw -o works offline).\n' >&2
    fi
  fi
  rm -f "$log" "$rcfile"
  return "$rc"
}

lr_find_java jdk
JAVA_HOME=$LR_JAVA_HOME
export JAVA_HOME
lr_ensure_display "$@"
