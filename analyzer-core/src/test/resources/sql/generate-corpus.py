#!/usr/bin/env python3
"""Writes corpus-mysql.tsv and corpus-postgresql.tsv: "<shape>\t<statement>" per line.

Each shape is one statement template; its instances differ only in values, list lengths,
keyword case, spacing, comments and placeholder style, so a fingerprinter should give every
instance of a shape the same id and different shapes different ids. Seeded: re-running it
rewrites the same files. Run from this directory: ./generate-corpus.py
"""
import random
import re

rnd = random.Random(20261121)
WORDS = ["alice", "bob", "NEW", "PAID", "o'brien", "x;y", "100%", "caf\u00e9", "", "a\"b", "SHIPPED"]


def sval(dialect):
    w = rnd.choice(WORDS)
    return "'" + w.replace("'", "''") + "'"


def ival():
    return str(rnd.choice([0, 1, 7, 42, 1000, 123456789, rnd.randint(2, 99999)]))


def fval():
    return rnd.choice(["1.5", "0.25", "3.14159", "1e3", "2.5E-2", "100.00"])


def fill(template, dialect, style):
    """style: 'literal' inlines values, 'param' uses the driver's placeholders."""
    counter = [0]

    def param():
        counter[0] += 1
        return "$%d" % counter[0] if dialect == "postgresql" else "?"

    def repl(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "i":
            return param() if style == "param" else ival()
        if kind == "neg":
            return "-" + ival()
        if kind == "s":
            return param() if style == "param" else sval(dialect)
        if kind == "dq":
            return param() if style == "param" else '"' + rnd.choice(["bob", "Zoe", "o'hara"]) + '"'
        if kind == "f":
            return param() if style == "param" else fval()
        if kind == "in":
            n = rnd.choice([1, 2, 3, 5, 8, 16, 37])
            if style == "param":
                return ", ".join(param() for _ in range(n))
            return ",".join(ival() if arg != "s" else sval(dialect) for _ in range(n))
        if kind == "rows":
            cols = int(arg)
            n = rnd.choice([1, 2, 3, 10])
            row = lambda: "(" + ", ".join(
                (param() if style == "param" else (ival() if c % 2 == 0 else sval(dialect))) for c in range(cols)) + ")"
            return ", ".join(row() for _ in range(n))
        raise ValueError(kind)

    return re.sub(r"\{(\w+)(?::(\w+))?\}", repl, template)


KEYWORDS = r"\b(select|from|where|and|or|in|insert|into|values|update|set|delete|order|by|limit|offset|join|left|inner|on|group|having|as|is|not|null|like|between|count|desc|asc|union|all|exists|case|when|then|else|end|distinct|returning|with|for|lateral)\b"


def vary(sql, k):
    if k == 1:
        sql = re.sub(KEYWORDS, lambda m: m.group(1).upper(), sql)
    elif k == 2:
        sql = "/* app=shop,route=/orders */ " + sql.replace(" = ", "=").replace(", ", ",")
    elif k == 3:
        sql = "  " + sql.replace(" ", "  ") + " ;"
    return sql


def read_shapes(text):
    shapes = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("--"):
            continue
        name, template = line.split(" ", 1)
        shapes.append((name, template))
    return shapes


def write(dialect, text, variants=4):
    with open("corpus-%s.tsv" % dialect, "w", encoding="utf-8") as out:
        for name, template in read_shapes(text):
            for k in range(variants):
                style = "param" if k == 0 else "literal"
                sql = vary(fill(template, dialect, style), k)
                assert "\t" not in sql and "\n" not in sql
                out.write("%s\t%s\n" % (name, sql))


MYSQL = open("shapes-mysql.txt", encoding="utf-8").read()
POSTGRESQL = open("shapes-postgresql.txt", encoding="utf-8").read()
write("mysql", MYSQL)
write("postgresql", POSTGRESQL)
