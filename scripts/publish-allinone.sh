#!/usr/bin/env bash
# The all-in-one host as one self-contained linux-x64 executable (no .NET on the server), for a
# single box without Docker: install it with infra/systemd/kf.service (docs/deployment.md).
#   scripts/publish-allinone.sh [out-dir]                        (default artifacts/kf)
#   KF_PUBLISH_PROJECT=<csproj> scripts/publish-allinone.sh …     (another host, e.g. for a test)
#   KF_PUBLISH_ARTIFACTS=<dir>: intermediate files there, not in the projects' obj/ (a test's isolation)
set -euo pipefail
cd "$(dirname "$0")/.."
project=${KF_PUBLISH_PROJECT:-services/allinone/Kf.AllInOne.csproj}
out=${1:-artifacts/kf}
[[ -f $project ]] || { echo "publish-allinone: $project does not exist (yet)" >&2; exit 1; }
# Native libraries (SQLite's e_sqlite3) stay as files next to the executable rather than being
# bundled: IncludeNativeLibrariesForSelfExtract extracts them at start into a temp dir, which
# ProtectSystem=strict would have to allow.
isolate=()
[[ -n ${KF_PUBLISH_ARTIFACTS:-} ]] && isolate=(--artifacts-path "$KF_PUBLISH_ARTIFACTS")
timeout -k 10 1800 dotnet publish "$project" "${isolate[@]}" -c Release -r linux-x64 --self-contained \
  -p:PublishSingleFile=true -p:DebugType=none -p:GenerateDocumentationFile=false -o "$out"
echo "published $(basename "$project" .csproj) to $out"
