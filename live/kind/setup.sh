#!/usr/bin/env bash
# Sets up the fleetcast lab on kind: a cluster (one control plane, two workers), fleetcast's
# CRDs and RBAC, metrics-server, certificates as Secrets, the controller and gateway images,
# the controller, the in-cluster device fleet and WASMBED's gateway HPA.
#
# Usage (from anywhere): live/kind/setup.sh
# Environment: CLUSTER (default fleetcast), NAMESPACE (fleetcast-lab), GATEWAYS (3: gateway-1..N),
#              DEVICES (30: device-1..N certificates), CERTS (fleetcast-lab-certs).
# Needs: docker, kind, kubectl, a JDK 17+ and Maven. Run it again to pick up a rebuilt jar.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER="${CLUSTER:-fleetcast}"
NAMESPACE="${NAMESPACE:-fleetcast-lab}"
GATEWAYS="${GATEWAYS:-3}"
DEVICES="${DEVICES:-30}"
CERTS="${CERTS:-$ROOT/fleetcast-lab-certs}"
JAR="$ROOT/cli/target/fleetcast.jar"
METRICS_SERVER="https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml"

say() { printf '\n== %s\n' "$*"; }
need() {
    command -v "$1" >/dev/null 2>&1 || { echo "setup.sh: $1 is not installed; $2" >&2; exit 1; }
}

need docker "install Docker and start it"
need kind "install kind: https://kind.sigs.k8s.io/docs/user/quick-start/#installation"
need kubectl "install kubectl: https://kubernetes.io/docs/tasks/tools/"
need java "install a JDK 17 or newer"
need mvn "install Maven 3.8.7 or newer"

say "cluster $CLUSTER"
if kind get clusters 2>/dev/null | grep -qx "$CLUSTER"; then
    echo "kind cluster $CLUSTER exists; reusing it"
else
    kind create cluster --name "$CLUSTER" --config "$ROOT/live/kind/kind-config.yaml" --wait 120s
fi
kubectl config use-context "kind-$CLUSTER" >/dev/null

say "namespace $NAMESPACE, CRDs and RBAC"
kubectl create namespace "$NAMESPACE" --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f "$ROOT/live/src/main/resources/k8s/crds/"
kubectl apply -n "$NAMESPACE" -f "$ROOT/live/src/main/resources/k8s/rbac.yaml"

say "metrics-server (with --kubelet-insecure-tls: kind's kubelets have self-signed certificates)"
kubectl apply -f "$METRICS_SERVER"
if ! kubectl -n kube-system get deployment metrics-server -o jsonpath='{.spec.template.spec.containers[0].args}' \
        | grep -q -- '--kubelet-insecure-tls'; then
    kubectl -n kube-system patch deployment metrics-server --type=json \
        -p '[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]'
fi
kubectl -n kube-system rollout status deployment/metrics-server --timeout=180s

say "fleetcast jar"
(cd "$ROOT" && mvn -B -q -DskipTests -pl cli -am package)
test -f "$JAR" || { echo "setup.sh: $JAR was not built" >&2; exit 1; }

say "certificates in $CERTS"
gateway_names=""
sans=""
for i in $(seq 1 "$GATEWAYS"); do
    gateway_names="${gateway_names:+$gateway_names,}gateway-$i"
    sans="${sans:+$sans,}gateway-$i.$NAMESPACE.svc,fleetcast-gw-gateway-$i.$NAMESPACE.svc"
done
if [ -f "$CERTS/ca.crt" ]; then
    echo "$CERTS/ca.crt exists; keeping the certificates there (delete the folder to make new ones)"
else
    java -jar "$JAR" live certs --output "$CERTS" --gateways "$gateway_names" --san "$sans" --devices "$DEVICES"
fi
for i in $(seq 1 "$GATEWAYS"); do
    gateway="gateway-$i"
    kubectl -n "$NAMESPACE" create secret generic "fleetcast-gw-$gateway-tls" \
        --from-file=tls.crt="$CERTS/gateway-$gateway.crt" --from-file=tls.key="$CERTS/gateway-$gateway.key" \
        --from-file=ca.crt="$CERTS/ca.crt" --dry-run=client -o yaml \
        | kubectl label --local -f - app.kubernetes.io/managed-by=fleetcast -o yaml \
        | kubectl apply -f -
done
device_files=()
for file in "$CERTS"/ca.crt "$CERTS"/ca.key "$CERTS"/device-*.crt "$CERTS"/device-*.key; do
    [ -f "$file" ] && device_files+=("--from-file=$(basename "$file")=$file")
done
kubectl -n "$NAMESPACE" create secret generic fleetcast-device-certs "${device_files[@]}" --dry-run=client -o yaml \
    | kubectl label --local -f - app.kubernetes.io/managed-by=fleetcast -o yaml \
    | kubectl apply -f -

say "images"
docker build -q -f "$ROOT/live/docker/gateway/Dockerfile" -t fleetcast/gateway:dev "$ROOT"
docker build -q -f "$ROOT/live/docker/controller/Dockerfile" -t fleetcast/controller:dev "$ROOT"
kind load docker-image fleetcast/gateway:dev --name "$CLUSTER"
kind load docker-image fleetcast/controller:dev --name "$CLUSTER"

say "controller, device fleet and gateway HPA"
sed "s/NAMESPACE/$NAMESPACE/g" "$ROOT/live/kind/controller.yaml" | kubectl apply -n "$NAMESPACE" -f -
sed "s/NAMESPACE/$NAMESPACE/g" "$ROOT/live/kind/devices.yaml" | kubectl apply -n "$NAMESPACE" -f -
kubectl apply -n "$NAMESPACE" -f "$ROOT/live/kind/gateway-hpa.yaml"
# A rebuilt image under the same tag needs new pods.
kubectl -n "$NAMESPACE" rollout restart deployment/fleetcast-controller deployment/fleetcast-devices
kubectl -n "$NAMESPACE" rollout status deployment/fleetcast-controller --timeout=180s
kubectl -n "$NAMESPACE" rollout status deployment/fleetcast-devices --timeout=180s

say "ready"
cat <<DONE
The lab runs in namespace $NAMESPACE of kind cluster $CLUSTER (kubectl context kind-$CLUSTER).
Next: the prediction, then the live run (see README.md, "Live lab (kind)"):
  java -jar $JAR run live/kind/lab-scenario.yaml --output fleetcast-out/lab
  java -jar $JAR live run live/kind/lab-scenario.yaml --namespace $NAMESPACE \\
      --endpoint-pattern 'fleetcast-gw-{gateway}.{namespace}.svc:8443' \\
      --prediction fleetcast-out/lab --output fleetcast-live/lab
DONE
