#!/usr/bin/env bash
# The one command for the load harness: builds the server, the baseline app and the harness in
# Release, then runs the harness with this script's arguments (e.g. --quick, --scenario a,b,
# --out DIR; see bench/README.md). Results go to bench/results/ unless --out says otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

# Scenario d runs a real etcd (Debian's etcd-server), installed when missing, as test.sh does.
if ! command -v etcd >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y etcd-server
fi

# The harness project references the server and the baseline app, so this builds all three.
dotnet build bench/RouteApi.Bench/RouteApi.Bench.csproj --configuration Release
# The server runs as the Dockerfile ships it: published ReadyToRun.
dotnet publish src/RouteApi.Server/RouteApi.Server.csproj --configuration Release --runtime linux-x64 \
    --self-contained false -p:PublishReadyToRun=true --output bench/bin/server
export BENCH_ROUTEAPI_SERVER_DLL="$PWD/bench/bin/server/RouteApi.Server.dll"
exec dotnet bench/RouteApi.Bench/bin/Release/net10.0/RouteApi.Bench.dll "$@"
