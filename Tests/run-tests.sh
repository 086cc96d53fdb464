#!/usr/bin/env bash
# Runs every SupportBot test on a fresh Debian machine with the .NET SDK: installs what the tests need
# when it is missing (nodejs and npm: the Web Chat bundle and the Direct Line client come from npm;
# redis-server: the tests start their own throw-away servers on free loopback ports;
# chromium: the browser tests drive Debian's /usr/bin/chromium with Playwright, which never downloads a browser),
# runs the whole solution's tests and ends with the line "N passed, N failed" counted from the results.
set -uo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# npm fetches the official Web Chat bundle at build time and the Direct Line client for the protocol test.
command -v node >/dev/null 2>&1 || need_apt+=(nodejs)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: ${need_apt[*]}. Install with: sudo apt-get install -y ${need_apt[*]}  (or run this script as root)" >&2
    exit 1
  fi
  echo "Installing ${need_apt[*]} ..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null || {
    echo "apt-get could not install ${need_apt[*]}" >&2
    exit 1
  }
  # Debian starts a system redis on 6379 after installing; the tests never use it.
  if [[ " ${need_apt[*]} " == *" redis-server "* ]]; then
    (service redis-server stop || systemctl stop redis-server || true) >/dev/null 2>&1
  fi
fi

# The protocol test drives the embedded Direct Line with the official npm client (Tests/Protocol, lock file committed);
# the Web Chat bundle itself is fetched by the build (Bot/Bot.csproj).
if [ ! -d Tests/Protocol/node_modules/botframework-directlinejs ]; then
  (cd Tests/Protocol && npm ci --no-audit --no-fund --loglevel=error) || echo "npm ci in Tests/Protocol failed: the protocol test will try again" >&2
fi

results=$(mktemp -d)
status=0
dotnet build SupportBot.sln || status=$?
if [ "$status" -eq 0 ]; then
  # One results folder per test project, so no two projects can ever write the same results file.
  for project in Tests/*/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    # Tests that keep artefacts (the browser tests' failure screenshots) put them next to the project's results.
    SUPPORTBOT_TEST_RESULTS="$results/$name" \
      dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results/$name" "$@" || status=$?
  done
  # The held-out intent figures, printed on every run (Tests/Dialogs.Tests asserts their floor).
  for lang in es en; do
    echo "Intent evaluation, held-out set ($lang):"
    dotnet run --project Tests/Evaluation --no-build -- intents --data "Tests/Data/intents-$lang-blind2.tsv" | tail -n 1 || status=$?
  done
fi

passed=0
failed=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if compgen -G "$results/*/screenshots/*.png" >/dev/null; then
  echo "Screenshots of failed browser tests:" $results/*/screenshots/*.png
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any result was written: count that as a failure.
  failed=1
fi
echo "${passed} passed, ${failed} failed"
exit "$status"
