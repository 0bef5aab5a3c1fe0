#!/usr/bin/env bash
# Builds the local base image ballot/base:1 (Debian bookworm, a headless JRE 17, iptables,
# iproute2, libfaketime, procps) without any registry: none is reachable from where Ballot's
# tests run, so the rootfs comes from debootstrap and Debian's mirror, is imported with
# `docker import`, and docker/base/Dockerfile adds a user and the environment on top.
#
# Cached: the imported rootfs image carries the label ballot.rootfs-recipe, a hash of what goes
# into the rootfs (suite, variant, packages, ROOTFS_STEPS below), and the final image the label
# ballot.recipe, a hash of that and the Dockerfile. When the labels match, nothing is rebuilt; so
# editing the comments or the logging of this script does not cost a new bootstrap (minutes),
# but changing how the rootfs is made must bump ROOTFS_STEPS.
#
# Environment:
#   BALLOT_DEBIAN_MIRROR  Debian mirror (default: the one apt on this machine is configured with)
#   BALLOT_BASE_REBUILD=1 rebuild even if the recipe has not changed
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
IMAGE=ballot/base:1
ROOTFS_IMAGE=ballot/base-rootfs:1
SUITE=bookworm
VARIANT=minbase
PACKAGES=openjdk-17-jre-headless,iptables,iproute2,libfaketime,procps,ca-certificates
# Version of the steps that make the rootfs (the debootstrap call, the clean-up before import):
# bump it when changing them, so that existing images are rebuilt.
ROOTFS_STEPS=1
# Downloaded .deb files are kept here, so a rebuild after a recipe change downloads less.
DEB_CACHE=/var/cache/ballot-debootstrap

LOG_TAG=base
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"

docker info >/dev/null 2>&1 || die "no Docker engine answers; run docker/ensure-engine.sh first"

ROOTFS_RECIPE=$(echo "debootstrap --variant=$VARIANT --include=$PACKAGES $SUITE; steps $ROOTFS_STEPS" \
  | sha256sum | cut -c1-16)
RECIPE=$( (echo "$ROOTFS_RECIPE"; cat "$HERE/Dockerfile") | sha256sum | cut -c1-16)

label_of() { # image label -> value, or nothing if the image or the label is absent
  docker image inspect --format "{{ index .Config.Labels \"$2\" }}" "$1" 2>/dev/null || true
}

if [ "${BALLOT_BASE_REBUILD:-0}" != 1 ] && [ "$(label_of "$IMAGE" ballot.recipe)" = "$RECIPE" ]; then
  log "$IMAGE is up to date (recipe $RECIPE); nothing to do"
  exit 0
fi

# The mirror apt uses on this machine: the first URI serving "$SUITE" from a deb822 .sources
# file or a one-line sources.list entry, not the security archive (debootstrap wants the main
# archive). Never another host: the machine may reach no other.
find_mirror() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # deb822 stanzas are separated by blank lines; print the URIs of stanzas whose Suites
    # include the suite.
    awk -v suite="$SUITE" '
      BEGIN { RS = ""; FS = "\n" }
      {
        uris = ""; ok = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { uris = $i; sub(/^URIs:[ \t]*/, "", uris) }
          if ($i ~ /^Suites:/) { n = split($i, s, /[ \t]+/); for (j = 2; j <= n; j++) if (s[j] == suite) ok = 1 }
        }
        if (ok && uris != "") { split(uris, u, /[ \t]+/); for (k in u) print u[k] }
      }' "$f"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk -v suite="$SUITE" '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i ~ /:\/\//) { if ($(i+1) == suite) print $i; break } }' "$f"
  done
}
MIRROR=${BALLOT_DEBIAN_MIRROR:-$(find_mirror | grep -v -- '-security' | head -n 1 || true)}
[ -n "$MIRROR" ] || die "no Debian mirror for $SUITE found in /etc/apt/sources.list(.d); set BALLOT_DEBIAN_MIRROR"

if [ "${BALLOT_BASE_REBUILD:-0}" != 1 ] && [ "$(label_of "$ROOTFS_IMAGE" ballot.rootfs-recipe)" = "$ROOTFS_RECIPE" ]; then
  log "$ROOTFS_IMAGE is up to date (recipe $ROOTFS_RECIPE); skipping debootstrap"
else
  command -v debootstrap >/dev/null 2>&1 || die "debootstrap is missing (apt-get install debootstrap, or run docker/ensure-engine.sh)"
  WORK=$(mktemp -d /var/tmp/ballot-rootfs.XXXXXX)
  ROOTFS=$WORK/rootfs
  cleanup() {
    # debootstrap mounts /proc and /sys inside the rootfs; if it died, unmount them before
    # deleting, or rm would walk into the host's /proc and /sys.
    local m
    for m in $(awk -v r="$ROOTFS" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do
      umount -l "$m" 2>/dev/null || true
    done
    rm -rf --one-file-system "$WORK"
  }
  trap cleanup EXIT
  mkdir -p "$ROOTFS" "$DEB_CACHE"

  log "debootstrap --variant=$VARIANT $SUITE from $MIRROR into $ROOTFS (packages: $PACKAGES)"
  start=$SECONDS
  if ! debootstrap --variant="$VARIANT" --include="$PACKAGES" --cache-dir="$DEB_CACHE" \
      "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
    tail -n 30 "$WORK/debootstrap.log" >&2
    [ -f "$ROOTFS/debootstrap/debootstrap.log" ] && tail -n 30 "$ROOTFS/debootstrap/debootstrap.log" >&2
    die "debootstrap failed"
  fi
  log "debootstrap done in $((SECONDS - start))s"

  # Smaller image: package lists, downloaded .debs, docs, man pages and locales are not needed
  # at run time (dpkg's database stays, so dpkg -L works in the image).
  rm -rf "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/cache/apt/*.bin "$ROOTFS"/var/cache/apt/archives/*.deb \
         "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/info/* \
         "$ROOTFS"/usr/share/locale/* "$ROOTFS"/var/log/*.log "$ROOTFS"/var/log/apt/*
  # Docker manages these per container.
  : >"$ROOTFS/etc/hostname"
  rm -f "$ROOTFS/etc/resolv.conf"

  old_rootfs=$(docker image inspect --format '{{.Id}}' "$ROOTFS_IMAGE" 2>/dev/null || true)
  log "importing the rootfs ($(du -sh --one-file-system "$ROOTFS" | cut -f1)) as $ROOTFS_IMAGE"
  start=$SECONDS
  tar --numeric-owner -C "$ROOTFS" -c . \
    | docker import --change "LABEL ballot.rootfs-recipe=$ROOTFS_RECIPE" - "$ROOTFS_IMAGE" >/dev/null
  log "import done in $((SECONDS - start))s"
  # The superseded rootfs (300 MB) is of no further use; best effort, as images built from it
  # may still exist.
  [ -z "$old_rootfs" ] || docker rmi "$old_rootfs" >/dev/null 2>&1 || true
  cleanup
  trap - EXIT
fi

log "building $IMAGE from $ROOTFS_IMAGE (docker/base/Dockerfile, nothing pulled)"
start=$SECONDS
quiet_build --build-arg ROOTFS_IMAGE="$ROOTFS_IMAGE" --label ballot.recipe="$RECIPE" \
  -t "$IMAGE" "$HERE"
log "built $IMAGE (recipe $RECIPE) in $((SECONDS - start))s: $(docker image inspect --format '{{.Id}} {{.Size}} bytes' "$IMAGE")"
