#!/usr/bin/env bash
# Says whether the disk-full and read-only tests ran, from the logs of `swift test` runs.
#
#   scripts/disk-tests-report.sh LOG...
#
# Those tests mount small tmpfs file systems, so they only run as root with CAP_SYS_ADMIN and
# are skipped (visibly, with `.enabled(if:)`) elsewhere. A skip is not a pass: CI's log states
# which it was, per test, instead of leaving it to a reader to notice a missing line.
set -euo pipefail
tests=(
  "aFullDiskIsAClearMessageAndTheFileIsKept"
  "aFullDiskKeepsTheChangeInMemoryAndSavesItWithTheNextOne"
  "aReadOnlyFolderGivesAClearMessageAndRetriesOnTheNextChange"
)
logs=()
for log in "$@"; do [ -f "$log" ] && logs+=("$log"); done
[ ${#logs[@]} -gt 0 ] || { echo "disk tests: no test log to read" >&2; exit 2; }
# Lines of the logs that match; no match is an answer (grep's 1), an unreadable log is not (2).
matching() { grep -h "$1" "${logs[@]}" || [ $? -eq 1 ]; }
# Swift Testing reports a skipped suite once, not each of its tests.
suite_skipped=$(matching 'Suite "bookmarks on a failing disk" skipped' | head -1)
for test in "${tests[@]}"; do
  lines=$(matching "Test $test()")
  if grep -q "passed" <<<"$lines"; then verdict="ran and passed"
  elif grep -q "failed" <<<"$lines"; then verdict="ran and FAILED"
  elif grep -q "skipped" <<<"$lines" || { [ -n "$suite_skipped" ] && [ "$test" != "${tests[0]}" ]; }; then
    verdict="SKIPPED (mounting a tmpfs is not permitted here)"
  else verdict="did not run (not in the logs)"
  fi
  echo "disk tests: $test: $verdict"
done
