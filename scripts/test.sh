#!/usr/bin/env bash
# THE test command (README, .ci/run): real servers, one Release build, every tests/**/*.Tests.csproj,
# a line per project and, as the very last line, "N passed, M failed[, K skipped]" over them all.
# Exits non-zero when the servers, the build or any project fails, or a project leaves no trx.
set -uo pipefail

cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="$PWD/.kf/test-results"
rm -rf "$results" && mkdir -p "$results"
project_timeout=${KF_TEST_PROJECT_TIMEOUT:-1200}
# A test silent this long is hung: VSTest aborts it but still writes the trx of the others.
hang_timeout=${KF_TEST_HANG_TIMEOUT:-600}
started=$SECONDS
passed=0 failed=0 skipped=0

finish() {
  echo "total time $((SECONDS - started)) s; logs and trx files in .kf/test-results/"
  # Kf.Knowledge.Tests' retrieval evaluation writes its figures here (or to $KF_EVAL_REPORT) when it runs.
  local eval_report=${KF_EVAL_REPORT:-$results/retrieval-eval.txt}
  [[ -s $eval_report ]] && cat "$eval_report"
  local line="$passed passed, $failed failed"
  ((skipped > 0)) && line+=", $skipped skipped"
  echo "$line"
  exit $((failed > 0 ? 1 : 0))
}

# counter FILE NAME: one attribute of the trx <Counters> element (0 when absent).
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0; }

# Before endpoints.sh exports the defaults: servers.sh tells given endpoints from defaulted ones.
if ! timeout -k 10 1800 scripts/servers.sh; then
  echo "servers: could not provide RabbitMQ, Redis and MariaDB (see above and .kf/servers/); tests that need them will fail"
  ((failed += 1))
fi
# The sandbox chat page test drives headless Chromium (Debian's package) with a CJK font.
if ! scripts/ensure-chromium.sh >"$results/chromium.log" 2>&1; then
  echo "chromium: could not install Debian's chromium (see .kf/test-results/chromium.log); the chat page test will fail"
fi
# Kf.Deploy.Tests runs nginx -t, nginx with TLS in front of the ingress, and docker-compose config.
if ! timeout -k 10 1500 scripts/ensure-deploy-tools.sh >"$results/deploy-tools.log" 2>&1; then
  echo "deploy tools: could not install nginx, docker-compose or openssl (see .kf/test-results/deploy-tools.log); Kf.Deploy.Tests will fail"
fi
source scripts/lib/endpoints.sh # exports KF_TEST_* with their defaults for the test processes

echo "build: dotnet build Kf.sln -c Release"
if ! timeout -k 10 1800 dotnet build Kf.sln -c Release -nologo -v quiet >"$results/build.log" 2>&1; then
  grep -E ': (error|warning) ' "$results/build.log" | sort -u | head -40
  echo "build: FAILED, see .kf/test-results/build.log"
  ((failed += 1))
  finish
fi

mapfile -t projects < <(find tests -name '*.Tests.csproj' -not -path '*/bin/*' -not -path '*/obj/*' | sort)
((${#projects[@]})) || { echo "no test projects under tests/"; ((failed += 1)); finish; }

for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  # --no-build would run a stale or missing build of a project the solution does not build.
  if ! grep -qF "$(basename "$project")\"" Kf.sln; then
    echo "FAIL $name: not in Kf.sln, so not built; add it with dotnet sln Kf.sln add --solution-folder tests $project"
    ((failed += 1))
    continue
  fi
  trx="$results/$name.trx"
  begin=$SECONDS
  timeout -k 10 "$project_timeout" dotnet test "$project" --no-build -c Release --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --blame-hang-timeout "${hang_timeout}s" --blame-hang-dump-type none >"$results/$name.log" 2>&1
  code=$?
  took=$((SECONDS - begin))
  if [[ ! -s $trx ]]; then
    ((code == 124)) && why="timed out after ${project_timeout}s" || why="exit $code"
    echo "FAIL $name: no trx produced ($why, ${took}s), counted as 1 failure; see .kf/test-results/$name.log"
    tail -n 15 "$results/$name.log" | sed 's/^/    /'
    ((failed += 1))
    continue
  fi
  p=$(counter "$trx" passed)
  f=$(($(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
  total=$(counter "$trx" total)
  # VSTest counts an xunit skip in total but neither in executed nor in notExecuted.
  s=$((total - $(counter "$trx" executed)))
  ((s < $(counter "$trx" notExecuted))) && s=$(counter "$trx" notExecuted)
  ((passed += p, failed += f, skipped += s))
  status=ok
  if ((f > 0)); then
    status=FAIL
  elif ((code != 0)); then
    # A crashed or timed-out test host can leave a trx whose counters look clean.
    status=FAIL && ((failed += 1))
  fi
  note=
  ((total == 0)) && note=" - ran no test"
  echo "$status $name: $p passed, $f failed, $s skipped of $total (${took}s)$note"
  if [[ $status == FAIL ]]; then
    if ((code != 0 && f == 0)); then
      echo "    dotnet test exited $code with no failed test, counted as 1 failure; see .kf/test-results/$name.log"
      grep -A1 'test running when the crash occurred' "$results/$name.log" | tail -n 1 | sed 's/^/    running then: /'
    fi
    grep -o '<UnitTestResult [^>]*outcome="Failed"' "$trx" | grep -o 'testName="[^"]*"' |
      sed 's/^testName="\(.*\)"$/    failed: \1/' | head -20
  fi
done

finish
