# Helpers shared by the image build scripts; sourced, not run. Set LOG_TAG before sourcing.

log() { echo "[${LOG_TAG:-docker}] $*"; }
die() { echo "[${LOG_TAG:-docker}] ERROR: $*" >&2; exit 1; }

# docker build, quiet unless it fails: the client warns on every build that the legacy builder
# is deprecated (Debian's engine has no BuildKit plugin), which is noise here.
quiet_build() {
  local err rc=0
  err=$(mktemp)
  docker build -q "$@" >/dev/null 2>"$err" || rc=$?
  [ "$rc" -eq 0 ] || cat "$err" >&2
  rm -f "$err"
  return "$rc"
}
