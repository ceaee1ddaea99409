#!/usr/bin/env bash
# The one test command (npm test): installs what the tests need when it is missing,
# then runs every test — unit and integration on PGlite, integration on a throw-away
# PostgreSQL server, browser tests in Debian Chromium — and ends with one line of totals.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results

# --- Debian packages: Chromium for browser tests, PostgreSQL for the server run, fonts, LibreOffice and poppler.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# Official documents: LibreOffice reads the .docx back, poppler reads the .pdf, Tinos stands in for Times New Roman.
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -d /usr/share/fonts/truetype/croscore ] || missing+=(fonts-croscore)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Cài gói Debian còn thiếu / installing missing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "Không cài được ${missing[*]}"; exit 1; }
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

passed=0; failed=0; skipped=0; broken=()

count_vitest() { # file label
  if [ -s "$1" ]; then
    read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests,r.numPendingTests+r.numTodoTests)' "$PWD/$1")
    passed=$((passed+p)); failed=$((failed+f)); skipped=$((skipped+s))
  else broken+=("$2"); fi
}

echo "== Kiểm tra kiểu / typecheck"
if npx tsc --noEmit -p .; then passed=$((passed+1)); else failed=$((failed+1)); fi

echo "== Unit + integration tests on PGlite"
rm -f test-results/vitest-pglite.json
TEST_DATABASE=pglite npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest-pglite.json
count_vitest test-results/vitest-pglite.json "vitest (PGlite)"

echo "== Integration tests on PostgreSQL"
rm -f test-results/vitest-postgres.json
TEST_DATABASE=postgres npx vitest run test/integration --reporter=default --reporter=json --outputFile.json=test-results/vitest-postgres.json
count_vitest test-results/vitest-postgres.json "vitest (PostgreSQL)"

echo "== Browser tests (Playwright, Debian Chromium)"
rm -f test-results/e2e.json
npx playwright test
if [ -s test-results/e2e.json ]; then
  read -r p f s < <(node -e 'const r=require(process.argv[1]).stats;console.log(r.expected+r.flaky,r.unexpected,r.skipped)' "$PWD/test-results/e2e.json")
  passed=$((passed+p)); failed=$((failed+f)); skipped=$((skipped+s))
else broken+=("playwright"); fi

for b in "${broken[@]}"; do echo "Bộ kiểm thử không chạy được / suite did not run: $b"; failed=$((failed+1)); done
echo "Total: ${passed} passed, ${failed} failed, ${skipped} skipped"
[ "$failed" -eq 0 ]
