#!/usr/bin/env bash
# Builds the reference Paxos node image ballot/paxos-node:latest from the base image and the
# node's jar.
#
# Usage: docker/node/build.sh [JAR]   (default: reference-paxos/server/target/paxos-node.jar)
#
# The base image is ensured first (docker/base/build.sh: a second or so when it is up to date).
# The build context is a temporary directory holding only the Dockerfile and the jar, so the
# repository is not sent to the engine, and Docker's layer cache makes a build with an
# unchanged jar take seconds (COPY's cache key is the file's content, not its time stamp).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
IMAGE=${BALLOT_NODE_IMAGE:-ballot/paxos-node:latest}
JAR=${1:-$ROOT/reference-paxos/server/target/paxos-node.jar}

LOG_TAG=node
# shellcheck source=../lib.sh
. "$HERE/../lib.sh"

[ -f "$JAR" ] || die "node jar not found: $JAR (build it first, e.g. mvn -B -ntp -DskipTests package, or pass its path)"

"$HERE/../base/build.sh"

CONTEXT=$(mktemp -d /tmp/ballot-node-context.XXXXXX)
trap 'rm -rf "$CONTEXT"' EXIT
cp "$HERE/Dockerfile" "$CONTEXT/Dockerfile"
cp "$JAR" "$CONTEXT/paxos-node.jar"

log "building $IMAGE from $JAR"
start=$SECONDS
quiet_build -t "$IMAGE" "$CONTEXT"
log "built $IMAGE in $((SECONDS - start))s: $(docker image inspect --format '{{.Id}}' "$IMAGE")"
