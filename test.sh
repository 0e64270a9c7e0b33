#!/usr/bin/env bash
# Runs every test of the solution. It first installs or starts whatever the tests need, so it
# works on a fresh machine. Results go to TestResults/<project>.trx; extra arguments go to each
# `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

dotnet build RouteApi.sln --configuration Release

status=0
for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --configuration Release --no-build \
        --logger "trx;LogFileName=$name.trx" --results-directory TestResults "$@" || status=1
done
exit "$status"
