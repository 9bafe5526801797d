#!/usr/bin/env bash
# The retrieval benchmark, one command: bench/retrieval/run.sh [--sizes 1000,10000,100000] [--dims 256,1536] [--queries 300] [--warmup 50] [--seed 7]
# In-process and self-contained: no server, no model. Needs ~2 GB of memory for 100k chunks at 1536 dimensions.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

timeout -k 10 600 dotnet build bench/retrieval -c Release -nologo -v quiet
timeout -k 10 1800 dotnet bench/retrieval/bin/Release/net10.0/Kf.Bench.Retrieval.dll "$@"
