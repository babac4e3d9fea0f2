#!/usr/bin/env bash
# Runs the fault and security tests at full length: 30 s of eight processes changing bookmarks
# at once, 60 kills while saving bookmarks, 25 kills while indexing, 80 searches with the cache
# folder deleted under them, a 10 MB passage of one repeated word, 600 resizes in a storm.
#
#   scripts/faults.sh            full length (a few minutes)
#   scripts/faults.sh --short    the short form that plain `swift test` also runs
#
# The tests themselves are ordinary Swift Testing tests (Tests/EndToEndTests/*FaultTests.swift,
# HostileInputTests.swift, Tests/InterviewKitTests/BookmarkDiskFaultTests.swift and
# SearchBoundsTests.swift, and the 50 MB import and whole-corpus importer tests that plain
# `swift test` skips); this script only sets PARLEY_LONG_TESTS=1 and picks them. The disk tests
# mount small tmpfs file systems, so they need root (they are skipped, saying why, where mounting
# is not permitted); the terminal tests need tmux.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--short" ]; then export PARLEY_LONG_TESTS=1; fi
export LC_ALL=C.UTF-8
swift build --build-tests
swift test --skip-build --filter 'fiftyMegabytes|ImporterCorpusTests|HostileInputTests|TerminalFaultTests|IndexFaultTests|BookmarkFaultTests|BookmarkDiskFaultTests|SearchBoundsTests'
