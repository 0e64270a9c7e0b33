#!/usr/bin/env bash
# Runs every test of the solution. It first installs or starts whatever the tests need, so it
# works on a fresh machine. Results go to TestResults/<project>.trx; extra arguments go to each
# `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

# The etcd store tests run real etcd processes: Debian's etcd-server, installed when missing.
if ! command -v etcd >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y etcd-server
fi

dotnet build RouteApi.sln --configuration Release

status=0
for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --configuration Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory TestResults "$@" || status=1
done
exit "$status"
