#!/usr/bin/env bash
# Proves the build is reproducible: builds the published modules a second time, from a copy of the same
# sources in another directory, in another JVM, at another time, and compares every jar byte for byte with
# the jars the enclosing build made. Run by ./mvnw verify (module bom, phase verify; -Dreproducible.skip
# skips it). Arguments: repository root, the mvn launcher, the local repository to read plugins from.
set -euo pipefail
root=$(cd "$1" && pwd)
mvn=$2
plugins_repo=$3
modules=(core criteria-tt24 criteria-tt25 awards cli)
out="$root/bom/target/reproducible"

rm -rf "$out"
mkdir -p "$out/src"
# the sources as they are now (what was just built), without build output or git data
tar -C "$root" --exclude=./.git --exclude=target --exclude=./.xhht -cf - . | tar -C "$out/src" -xf -

started=$(date +%s)
list=$(IFS=,; echo "${modules[*]}")
# offline: every plugin is already in the local repository after the first build; nothing is installed there
"$mvn" -B -q -o -f "$out/src/pom.xml" -Dmaven.repo.local="$out/repository" -Dmaven.repo.local.tail="$plugins_repo" \
    -pl "$list" -DskipTests -Dcyclonedx.skip=true package

compared=0
differ=0
for m in "${modules[@]}"; do
    # every jar of the second build (main, javadoc, test and shaded jars) against the same file of the first
    for second in "$out/src/$m"/target/*.jar; do
        [ -e "$second" ] || continue
        first="$root/$m/target/$(basename "$second")"
        if [ ! -e "$first" ]; then
            echo "reproducible build: $m/target/$(basename "$second") is missing from the first build" >&2
            differ=$((differ + 1))
        elif ! cmp -s "$first" "$second"; then
            echo "reproducible build: $m/target/$(basename "$second") differs between two builds of the same sources" >&2
            differ=$((differ + 1))
        fi
        compared=$((compared + 1))
    done
done
if [ "$compared" -eq 0 ]; then
    echo "reproducible build: no jar found to compare" >&2
    exit 1
fi
echo "reproducible build: $compared jars compared, $differ differ (second build $(($(date +%s) - started)) s)"
[ "$differ" -eq 0 ]
