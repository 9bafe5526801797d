#!/usr/bin/env bash
# Builds and runs every test project. The chat page test needs Chromium: installed here first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-chromium.sh
timeout -k 10 600 dotnet build Kf.sln
timeout -k 10 900 dotnet test Kf.sln --no-build "$@"
