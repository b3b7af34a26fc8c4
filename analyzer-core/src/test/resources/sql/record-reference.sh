#!/usr/bin/env bash
# Records what the reference tools make of the corpus, so FingerprintCorpusTest compares groupings
# without the tools installed. Needs `apt-get install percona-toolkit python3-pglast`.
#   corpus-mysql.tsv      -> reference-mysql.pt-fingerprint.txt   (pt-fingerprint, one line each)
#   corpus-postgresql.tsv -> reference-postgresql.pglast.txt      (pglast.fingerprint, or "error")
# Run from anywhere: analyzer-core/src/test/resources/sql/record-reference.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

{
  echo "# pt-fingerprint $(pt-fingerprint --version 2>/dev/null | awk '{print $2}'), default options"
  # One call per statement: file mode splits on ";" heuristics that some statements defeat.
  # pt-fingerprint --query exits 1 even when it succeeds.
  cut -f2- corpus-mysql.tsv | while IFS= read -r sql; do
    { pt-fingerprint --query "$sql" </dev/null || true; } | tr -d '\n'
    echo
  done
} > reference-mysql.pt-fingerprint.txt

/usr/bin/python3 - <<'PY'
import pglast
with open("corpus-postgresql.tsv", encoding="utf-8") as src, \
        open("reference-postgresql.pglast.txt", "w", encoding="utf-8") as out:
    out.write("# pglast %s fingerprint (libpg_query)\n" % pglast.__version__)
    for line in src:
        sql = line.rstrip("\n").split("\t", 1)[1]
        try:
            out.write(pglast.fingerprint(sql) + "\n")
        except Exception as e:  # the corpus should parse; say so when it does not
            out.write("error %s\n" % str(e).replace("\n", " "))
PY

for f in reference-mysql.pt-fingerprint.txt reference-postgresql.pglast.txt; do
  corpus="corpus-$(echo "$f" | sed -E 's/reference-([a-z]+)\..*/\1/').tsv"
  test "$(($(wc -l < "$f") - 1))" -eq "$(wc -l < "$corpus")" || { echo "$f: line count differs from $corpus" >&2; exit 1; }
done
echo "recorded $(wc -l < corpus-mysql.tsv) MySQL and $(wc -l < corpus-postgresql.tsv) PostgreSQL statements"
