#!/bin/sh
# Starts one server of a ZooKeeper ensemble: writes its configuration and its id, then becomes the
# server (exec), so that the harness' crash and pause faults reach the JVM itself.
#
# Usage: start-zookeeper.sh ID PEERS DATA_DIR CLIENT_PORT
#   ID       the server's id, 1..N
#   PEERS    server.ID=HOST:QUORUM_PORT:ELECTION_PORT for every server, comma-separated
set -eu
id=$1
peers=$2
data=$3
client_port=$4

mkdir -p "$data"
# myid lives in the data directory, which an amnesia fault wipes: write it on every start.
echo "$id" > "$data/myid"

# Timeouts are short so that an ensemble elects a leader within a few seconds of a fault, as the
# campaign's fault interval needs: a tick of 500 ms, 5 s to connect and sync to a new leader
# (initLimit), 2.5 s of silence before a follower or leader gives up on the other (syncLimit).
config=/tmp/zoo.cfg
cat > "$config" <<CONFIG
tickTime=500
initLimit=10
syncLimit=5
dataDir=$data
clientPort=$client_port
quorumListenOnAllIPs=true
admin.enableServer=false
4lw.commands.whitelist=srvr,ruok
# 4 MB instead of 64 MB of transaction log preallocated per file: campaigns write little.
preAllocSize=4096
CONFIG
echo "$peers" | tr ',' '\n' >> "$config"

exec java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Dlogback.configurationFile=/opt/zookeeper/logback.xml \
  -cp /opt/zookeeper/ballot-zookeeper.jar \
  org.apache.zookeeper.server.quorum.QuorumPeerMain "$config"
