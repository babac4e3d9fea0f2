#!/usr/bin/env bash
# Builds parley in release mode and installs it under PREFIX, where a shell and man look:
#   PREFIX/bin/parley                                   the program
#   PREFIX/share/man/man1/parley.1                      its manual (`man parley`)
#   PREFIX/share/bash-completion/completions/parley     bash completion
#   PREFIX/share/zsh/site-functions/_parley             zsh completion
#   PREFIX/share/fish/vendor_completions.d/parley.fish  fish completion
# The manual and the completions are generated from the command definitions themselves
# (swift-argument-parser's generate-manual plugin and --generate-completion-script), so they
# always match the program. Usage: scripts/install.sh ~/.local   (or /usr/local, as root)
set -euo pipefail

if [ $# -ne 1 ] || [ -z "$1" ]; then
  echo "usage: scripts/install.sh PREFIX   (for example ~/.local, or /usr/local as root)" >&2
  exit 2
fi
prefix=$1
cd "$(dirname "$0")/.."

# The plugin builds every product of the package (in release) and writes one page per
# command-line tool into the plugin's work folder; the marker tells a fresh page from an old one.
marker=$(mktemp)
trap 'rm -f "$marker"' EXIT
swift package plugin generate-manual --configuration release
manual=$(find .build/plugins -path '*GenerateManual*' -name parley.1 -newer "$marker" -print -quit)
if [ -z "$manual" ]; then
  echo "install: the manual page was not generated (no parley.1 under .build/plugins)" >&2
  exit 2
fi
# Then the binary itself, with the Swift runtime and Foundation linked in statically on Linux:
# each command starts about 7 ms sooner (docs/PERFORMANCE.md), and the installed binary needs no
# Swift toolchain. (Built after the plugin, whose own build would link it dynamically again.)
static=()
if [ "$(uname -s)" = Linux ]; then static=(--static-swift-stdlib); fi
swift build -c release --product parley "${static[@]}"
binary="$(swift build -c release --product parley "${static[@]}" --show-bin-path)/parley"

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/parley"
install -m 644 "$manual" "$prefix/share/man/man1/parley.1"
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/parley"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_parley"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/parley.fish"

echo "installed parley $("$prefix/bin/parley" --version) in $prefix"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "note: $prefix/bin is not on PATH; add it to use \`parley\` by name" ;;
esac
