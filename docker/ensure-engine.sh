#!/usr/bin/env bash
# Makes a Docker engine available to the current user (root).
#
# No registry is reachable and CI runs on a bare machine, so the engine comes from Debian's
# docker.io package and is started by hand: these machines have no init system that would
# start it. Idempotent: if `docker info` already answers, nothing is done.
#
# Environment:
#   BALLOT_DOCKERD_LOG   where dockerd logs (default /var/log/ballot-dockerd.log)
#   BALLOT_DOCKERD_WAIT  seconds to wait for the engine to answer (default 30)
set -euo pipefail

log() { echo "[ensure-engine] $*"; }
die() { echo "[ensure-engine] ERROR: $*" >&2; exit 1; }

DOCKERD_LOG=${BALLOT_DOCKERD_LOG:-/var/log/ballot-dockerd.log}
WAIT_SECONDS=${BALLOT_DOCKERD_WAIT:-30}
LOG_START=0

if docker info >/dev/null 2>&1; then
  log "engine already running ($(docker version --format '{{.Server.Version}}' 2>/dev/null || echo '?')); nothing to do"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || die "must run as root to install and start dockerd"

# Install only what is missing: docker.io brings dockerd, containerd, runc and iptables;
# debootstrap is what docker/base/build.sh builds the base image with.
missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
command -v pgrep >/dev/null 2>&1 || missing+=(procps)  # this script watches dockerd with pgrep
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # --no-install-recommends: the recommends (git, ubuntu-fan, cgroupfs-mount...) are not
  # needed for a local engine and only slow the bootstrap down.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v dockerd >/dev/null 2>&1 || die "dockerd not found after installing docker.io"

# Starts dockerd in the background unless one is already running, then waits until it answers.
# Returns 1 if dockerd died or did not answer in time.
start_and_wait() {
  if ! pgrep -x dockerd >/dev/null 2>&1; then
    # A dockerd killed without cleaning up leaves its pid file, and a new one refuses to start.
    rm -f /var/run/docker.pid
    mkdir -p "$(dirname "$DOCKERD_LOG")"
    # Remember where this attempt's lines start, to read only them on failure.
    LOG_START=0
    [ ! -f "$DOCKERD_LOG" ] || LOG_START=$(wc -l <"$DOCKERD_LOG")
    log "starting dockerd (log: $DOCKERD_LOG)"
    # setsid + nohup: the engine must outlive this script and the CI step that ran it.
    setsid nohup dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null &
  else
    log "dockerd is already running; waiting for it to answer"
  fi
  local i
  for i in $(seq 1 "$WAIT_SECONDS"); do
    if docker info >/dev/null 2>&1; then
      log "engine up after ${i}s: $(docker version --format 'server {{.Server.Version}}, API {{.Server.APIVersion}}')"
      return 0
    fi
    pgrep -x dockerd >/dev/null 2>&1 || return 1
    sleep 1
  done
  return 1
}

if start_and_wait; then
  log "iptables in use: $(iptables -V)"
  exit 0
fi

# Debian 12 defaults to the nf_tables backend of iptables. On Ballot's machines (Debian 12,
# kernel with nf_tables) dockerd 20.10 starts with it, and iptables-legacy works as well; but on
# a kernel without nf_tables dockerd dies while creating its chains, and the legacy (xtables)
# backend is the usual cure: switch once and retry. This only concerns the engine's own NAT and
# forwarding rules: the partitions are made inside the containers, with the image's iptables.
if ! pgrep -x dockerd >/dev/null 2>&1 \
    && tail -n +"$((LOG_START + 1))" "$DOCKERD_LOG" | grep -qiE 'iptables|nf_tables|nftables' \
    && [ "$(readlink -f "$(command -v iptables)")" != "$(readlink -f /usr/sbin/iptables-legacy)" ] \
    && [ -x /usr/sbin/iptables-legacy ]; then
  log "dockerd failed with the nf_tables backend of iptables; switching to iptables-legacy"
  update-alternatives --set iptables /usr/sbin/iptables-legacy
  update-alternatives --set ip6tables /usr/sbin/ip6tables-legacy
  if start_and_wait; then
    log "iptables in use: $(iptables -V)"
    exit 0
  fi
fi

echo "---- last lines of $DOCKERD_LOG ----" >&2
tail -n 30 "$DOCKERD_LOG" >&2 || true
if pgrep -x dockerd >/dev/null 2>&1; then
  die "dockerd is running but did not answer within ${WAIT_SECONDS}s (see $DOCKERD_LOG)"
fi
die "dockerd exited without starting (see $DOCKERD_LOG)"
