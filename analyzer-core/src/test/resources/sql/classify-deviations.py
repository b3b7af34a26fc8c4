#!/usr/bin/env python3
"""Writes reference-deviations.tsv: every shape where a reference tool groups the corpus
differently from the shape labels (which is how queryscope groups it; FingerprintCorpusTest
checks both), with reason codes explained in docs/fingerprint.md. Run by record-reference.sh."""
import collections
import re


def load(corpus, reference):
    rows = [l.rstrip("\n").split("\t", 1) for l in open(corpus, encoding="utf-8")]
    refs = [l.rstrip("\n") for l in open(reference, encoding="utf-8") if not l.startswith("#")]
    assert len(rows) == len(refs), (corpus, reference)
    return [(label, sql, ref) for (label, sql), ref in zip(rows, refs)]


def pt_reasons(outputs, sqls):
    reasons = []
    squeeze = lambda s: re.sub(r"\s*([=,<>])\s*", r"\1", re.sub(r"\s*;$", "", s)).strip()
    if len({squeeze(o) for o in outputs}) < len(set(outputs)):
        reasons.append("pt-spacing")
    rest = {squeeze(o) for o in outputs}
    if len(rest) > 1:
        if any("`" in o for o in rest) and any("`" not in o for o in rest):
            reasons.append("pt-quoted-identifiers")
        if any(re.search(r"\btrue\b|\bfalse\b", o) for o in rest):
            reasons.append("pt-true-false")
        if any(re.search(r"\?\?|\?e\?|\bcall  ", o) for o in rest) or any(o.startswith("call") for o in rest):
            reasons.append("pt-literal-lexing")
    return reasons or ["unexplained"]


def pg_reasons(labels):
    known = {
        frozenset({"p-any", "p-nested-comment"}): "pglast-any-array",
        frozenset({"p-limit", "p-limit-offset"}): "pglast-limit-offset",
        frozenset({"p-cast", "p-cast-fn"}): "lexer-cast-syntax",
    }
    return [known.get(frozenset(labels), "unexplained")]


def classify(tool, data, reasons_for_split, reasons_for_merge):
    by_label = collections.defaultdict(list)
    by_ref = collections.defaultdict(set)
    for label, sql, ref in data:
        by_label[label].append((sql, ref))
        by_ref[ref].add(label)
    out = []
    for label, items in by_label.items():
        refs = [r for _, r in items]
        if len(set(refs)) > 1:
            out.append((tool, label, "split", ",".join(reasons_for_split(refs, [s for s, _ in items]))))
        merged = sorted(set().union(*(by_ref[r] for r in refs)) - {label})
        if merged:
            out.append((tool, label, "merged:" + "+".join(merged),
                        ",".join(reasons_for_merge(merged + [label]))))
    return out


def pt_merge(labels):
    return ["pt-limit-offset"] if set(labels) == {"m-limit", "m-limit-offset"} else ["unexplained"]


rows = classify("pt-fingerprint", load("corpus-mysql.tsv", "reference-mysql.pt-fingerprint.txt"),
                pt_reasons, pt_merge)
rows += classify("pglast", load("corpus-postgresql.tsv", "reference-postgresql.pglast.txt"),
                 lambda refs, sqls: ["unexplained"], pg_reasons)
with open("reference-deviations.tsv", "w", encoding="utf-8") as f:
    f.write("# tool\tshape\tsplit | merged:<other shapes>\treason codes (docs/fingerprint.md)\n")
    for row in rows:
        f.write("\t".join(row) + "\n")
print("%d deviations, %d unexplained" % (len(rows), sum("unexplained" in r[3] for r in rows)))
