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

# kubectl: the process tests drive the real one (found on PATH). When it is missing, a pinned
# release binary goes to ./.tools/bin.
KUBECTL_VERSION=v1.34.2
if ! command -v kubectl >/dev/null 2>&1 && [ ! -x .tools/bin/kubectl ]; then
    mkdir -p .tools/bin
    curl -fsSL -o .tools/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl"
    chmod +x .tools/bin/kubectl
fi
export PATH="$PWD/.tools/bin:$PATH"

dotnet build RouteApi.sln --configuration Release

status=0
for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --configuration Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory TestResults "$@" || status=1
done
exit "$status"
