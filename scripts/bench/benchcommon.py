"""Shared by the baseline scripts of scripts/bench: corpus walking, the query mix, percentiles."""
import json
import os
import re
import time

NOTICE_EXTENSIONS = (".txt", ".text", ".md")


def corpus_files(corpus):
    """(source, path) for every notice file under corpus, sorted; source is relative with '/'."""
    out = []
    for root, dirs, files in os.walk(corpus):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.endswith(NOTICE_EXTENSIONS) and not name.startswith("."):
                path = os.path.join(root, name)
                out.append((os.path.relpath(path, corpus).replace(os.sep, "/"), path))
    out.sort()
    return out


def paragraphs(corpus):
    """(source, line number, text) for every non-blank line of every notice file."""
    for source, path in corpus_files(corpus):
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                text = line.strip()
                if text:
                    yield source, number, text


def load_queries(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def unquote(query):
    return query.strip().strip('"“”')


RUN = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+")


def runs(text):
    """Runs of letters, digits and CJK characters; punctuation and spaces break runs."""
    return RUN.findall(text)


def percentile(values, p):
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def summarize(kind, command, times_ms, extra=None):
    row = {"kind": kind, "command": command,
           "p50_ms": round(percentile(times_ms, 50), 3),
           "p95_ms": round(percentile(times_ms, 95), 3),
           "p99_ms": round(percentile(times_ms, 99), 3),
           "runs": len(times_ms)}
    if extra:
        row.update(extra)
    return row


def run_mix(queries, repeat, run_one, supported):
    """Times run_one(query) for every supported query, one untimed warm-up pass first, then
    `repeat` timed passes. Prints JSON lines: one per kind, one per unsupported kind, a
    "search" line (all command=search kinds that ran) and an "all" line."""
    todo = [q for q in queries if supported(q) is True]
    for q in todo:
        run_one(q)
    times = {}
    hits = {}
    for _ in range(repeat):
        for q in todo:
            t0 = time.perf_counter()
            n = run_one(q)
            times.setdefault((q["kind"], q["command"]), []).append((time.perf_counter() - t0) * 1000)
            hits.setdefault(q["kind"], []).append(n)
    rows = []
    seen = []
    for q in queries:
        key = (q["kind"], q["command"])
        if key in seen:
            continue
        seen.append(key)
        if key in times:
            h = hits[q["kind"]]
            rows.append(summarize(key[0], key[1], times[key], {"mean_hits": round(sum(h) / len(h), 1)}))
        else:
            reason = supported(q)
            rows.append({"kind": key[0], "command": key[1], "unsupported": reason if isinstance(reason, str) else "n/a"})
    search = [t for (k, c), ts in times.items() if c == "search" for t in ts]
    if search:
        rows.append(summarize("search", "search", search))
    everything = [t for ts in times.values() for t in ts]
    if everything:
        rows.append(summarize("all", "all", everything))
    for r in rows:
        print(json.dumps(r, ensure_ascii=False), flush=True)
