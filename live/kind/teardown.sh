#!/usr/bin/env bash
# Deletes the fleetcast lab: the kind cluster (and with it everything in it). The certificates
# folder is kept unless KEEP_CERTS=0, so a new lab can reuse them.
#
# Usage: live/kind/teardown.sh
# Environment: CLUSTER (default fleetcast), CERTS (fleetcast-lab-certs), KEEP_CERTS (1).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER="${CLUSTER:-fleetcast}"
CERTS="${CERTS:-$ROOT/fleetcast-lab-certs}"
KEEP_CERTS="${KEEP_CERTS:-1}"

command -v kind >/dev/null 2>&1 || { echo "teardown.sh: kind is not installed" >&2; exit 1; }

if kind get clusters 2>/dev/null | grep -qx "$CLUSTER"; then
    kind delete cluster --name "$CLUSTER"
else
    echo "no kind cluster named $CLUSTER; nothing to delete"
fi
if [ "$KEEP_CERTS" = "0" ] && [ -d "$CERTS" ]; then
    rm -rf -- "$CERTS"
    echo "deleted $CERTS"
fi
