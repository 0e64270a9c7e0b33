#!/usr/bin/env bash
# Runs every test of the solution. It first installs whatever the tests need, so it works on a
# fresh machine. Results go to TestResults/<project>.trx; extra arguments go to each
# `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the tests use, installed when their command is missing:
#   etcd     (etcd-server)        the etcd store and multi-replica tests run real etcd processes
#   protoc   (protobuf-compiler)  the Formats tests check protobuf bytes with `protoc --decode_raw`
missing=()
command -v etcd >/dev/null 2>&1 || missing+=(etcd-server)
command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

# kubectl (1.27 or newer: explain and validation read OpenAPI v3) drives the server in the kubectl
# tests. The machine image ships it (package kubectl); elsewhere it comes from whatever apt source
# provides a package of that name (the Kubernetes or Google Cloud apt repository). Debian's own
# kubernetes-client is 1.20, too old, so it is not a fallback. $KUBECTL may name another binary.
if [ -z "${KUBECTL:-}" ] && ! command -v kubectl >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    { $sudo apt-get update && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y kubectl; } || {
        echo "kubectl is missing and no apt source provides it: install kubectl 1.27+ or set KUBECTL" >&2
        exit 1
    }
fi

dotnet build RouteApi.sln --configuration Release

status=0
for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --configuration Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory TestResults "$@" || status=1
done

# The in-memory HTTP suites once more with the server on etcd (RouteApiFactory reads
# ROUTEAPI_TEST_BACKEND and starts one etcd for the run). Left out: the Process, Kubectl and
# Clients tests, which start server processes with the backend flags they need and ran above, and
# tests marked Backend=SqliteOnly, which say why and also ran above.
ROUTEAPI_TEST_BACKEND=etcd dotnet test tests/RouteApi.Server.Tests/RouteApi.Server.Tests.csproj \
    --configuration Release --no-build \
    --filter "FullyQualifiedName!~RouteApi.Server.Tests.Process.&FullyQualifiedName!~RouteApi.Server.Tests.Kubectl.&FullyQualifiedName!~RouteApi.Server.Tests.Clients.&Backend!=SqliteOnly" \
    --logger "trx;LogFileName=RouteApi.Server.Tests.etcd.trx" --results-directory TestResults "$@" || status=1
exit "$status"
