#!/usr/bin/env bash
# Cold start of the command line: whole-process wall-clock times of `java -jar
# governance-examples.jar validate SAMPLE` against a fresh JVM that only parses the same file
# with Jackson (ParseOnly), each also with an application class-data sharing (AppCDS) archive
# made by one training run. Run from anywhere after:
#   mvn -B -ntp -Pbench -pl governance-benchmarks -am package -DskipTests
# Usage: governance-benchmarks/cold-start.sh [ROUNDS]   (default 20 measured rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-20}"
cli=governance-examples/target/governance-examples.jar
bench=governance-benchmarks/target/benchmarks.jar
sample=governance-examples/src/main/resources/vn/massorg/governance/examples/hai-phong-2020-q3-standing-committee.json
for f in "$cli" "$bench" "$sample"; do
  [ -f "$f" ] || { echo "missing $f: build with -Pbench first (see docs/benchmarks.md)" >&2; exit 2; }
done
parse=vn.massorg.governance.benchmarks.process.ParseOnly
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# JDK 17 makes an AppCDS archive from a training run that exits normally.
java -XX:ArchiveClassesAtExit="$work/cli.jsa" -jar "$cli" validate "$sample" >/dev/null 2>&1
java -XX:ArchiveClassesAtExit="$work/parse.jsa" -cp "$bench" "$parse" "$sample" >/dev/null 2>&1

echo "java: $(java -version 2>&1 | head -1); $(nproc) CPUs; sample $(wc -c <"$sample") bytes"
java -cp "$bench" vn.massorg.governance.benchmarks.process.ColdStart "$rounds" \
  "jackson-parse={java} -cp $bench $parse $sample" \
  "cli-validate={java} -jar $cli validate $sample" \
  "jackson-parse+appcds={java} -XX:SharedArchiveFile=$work/parse.jsa -cp $bench $parse $sample" \
  "cli-validate+appcds={java} -XX:SharedArchiveFile=$work/cli.jsa -jar $cli validate $sample" \
  "cli-validate+appcds+c1={java} -XX:SharedArchiveFile=$work/cli.jsa -XX:TieredStopAtLevel=1 -jar $cli validate $sample"

echo
echo "Phases inside one fresh JVM (the library's calls, as the command line makes them):"
for i in 1 2 3; do
  java -cp "$bench" vn.massorg.governance.benchmarks.process.StartupPhases "$sample"
done
for i in 1 2 3; do
  java -cp "$bench" vn.massorg.governance.benchmarks.process.StartupPhases --overlap "$sample"
done
