#!/usr/bin/env bash
# Runs every test of the solution. It first installs or starts whatever the tests need, so it
# works on a fresh machine. Results go to TestResults/<project>.trx; extra arguments go to each
# `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

# The Formats tests check protobuf bytes with `protoc --decode_raw` (Debian's protobuf-compiler).
if ! command -v protoc >/dev/null 2>&1; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update && $sudo apt-get install -y protobuf-compiler
fi

dotnet build RouteApi.sln --configuration Release

status=0
for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --configuration Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory TestResults "$@" || status=1
done
exit "$status"
