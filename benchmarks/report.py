#!/usr/bin/env python3
"""Turn JMH's JSON results into one Markdown table of ratios to the Apache HttpClient 5 floor.

Usage: report.py RESULTS_JSON MACHINE_TEXT OUTPUT_MD [NOTES_MD]
Every cell is a cost ratio (lower is better): time, allocation, and for throughput the floor's ops/s divided
by the contender's. The floor column holds the absolute figure.
"""

import json
import sys

PKG = "io.github.llmkit.benchmarks."

CONTENDERS = [
    ("apache", "Apache HC5 floor"),
    ("lean", "Apache HC5 lean floor"),
    ("jdk", "JDK HttpClient floor"),
    ("llmkit", "llmkit"),
    ("springai", "Spring AI 2.0.1"),
    ("langchain4j", "LangChain4j 1.19.0"),
    ("openai", "openai-java 4.49.0"),
]

PEERS = ["springai", "langchain4j", "openai"]


def key(result):
    params = result.get("params", {})
    contender = params.get("contender")
    if "app" in params:
        contender = "apache" if params["app"] == "bare" else "llmkit"
    return (result["benchmark"].replace(PKG, ""), contender, params.get("family", params.get("mode")))


def median(values):
    ordered = sorted(v for v in values if v == v)
    if not ordered:
        return None
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def iterations(metric_data):
    """Per-iteration values of a metric, all forks together."""
    if "rawDataHistogram" in metric_data:
        means = []
        for fork in metric_data["rawDataHistogram"]:
            for histogram in fork:
                count = sum(c for _, c in histogram)
                means.append(sum(v * c for v, c in histogram) / count if count else float("nan"))
        return means
    return [v for fork in metric_data.get("rawData", []) for v in fork]


def metric(result, name):
    """The median over measurement iterations (p99: JMH's over all samples)."""
    primary = result["primaryMetric"]
    if name == "score":
        return median(iterations(primary)) or primary["score"]
    if name == "p99":
        return primary["scorePercentiles"]["99.0"]
    secondary = {label.lstrip("\u00b7"): value for label, value in result.get("secondaryMetrics", {}).items()}
    if name == "ttfd":
        sums = iterations(secondary["firstDeltaNanos"])
        counts = iterations(secondary["streams"])
        return median([s / c / 1000.0 for s, c in zip(sums, counts) if c])
    if name in secondary:
        return median(iterations(secondary[name])) or secondary[name]["score"]
    return None


# (label, benchmark, family or app, metric, unit, inverse ratio, llmkit target or None)
ROWS = [
    ("Chat: mean latency, 1 thread", "ChatBenchmark.chat", None, "score", "us", False, 1.10),
    ("Chat: p99 latency, 1 thread", "ChatBenchmark.chat", None, "p99", "us", False, None),
    ("Chat: throughput, 16 threads (cost = floor ops/s / ops/s)", "ChatBenchmark.chatConcurrent", None, "score",
     "ops/s", True, None),
    ("Chat: allocated per call", "ChatBenchmark.chat", None, "gc.alloc.rate.norm", "B", False, 1.5),
    ("Chat: CPU per call, all JVM threads", "ChatBenchmark.chat", None, "cpu.time.norm", "us", False, None),
    ("Stream 200 deltas: time", "StreamBenchmark.stream", None, "score", "us", False, 1.2),
    ("Stream 200 deltas: time to first delta", "StreamBenchmark.stream", None, "ttfd", "us", False, 1.1),
    ("Stream 200 deltas: allocated per stream", "StreamBenchmark.stream", None, "gc.alloc.rate.norm", "B", False, 1.5),
    ("Stream 200 deltas: CPU per stream, all JVM threads", "StreamBenchmark.stream", None, "cpu.time.norm", "us",
     False, None),
    ("Claude stream 200 deltas: time", "FamilyStreamBenchmark.stream", "claude", "score", "us", False, 1.2),
    ("Claude stream 200 deltas: allocated", "FamilyStreamBenchmark.stream", "claude", "gc.alloc.rate.norm", "B",
     False, 1.5),
    ("Gemini stream 200 deltas: time", "FamilyStreamBenchmark.stream", "gemini", "score", "us", False, 1.2),
    ("Gemini stream 200 deltas: allocated", "FamilyStreamBenchmark.stream", "gemini", "gc.alloc.rate.norm", "B",
     False, 1.5),
    ("Tool loop, 2 rounds: time", "ToolLoopBenchmark.toolLoop", None, "score", "us", False, None),
    ("Tool loop, 2 rounds: allocated", "ToolLoopBenchmark.toolLoop", None, "gc.alloc.rate.norm", "B", False, None),
    ("Tool loop, 2 rounds: CPU, all JVM threads", "ToolLoopBenchmark.toolLoop", None, "cpu.time.norm", "us", False,
     None),
    ("Typed answer: the same call returning text", "TypedAnswerBenchmark.call", "text", "score", "us", False,
     None),
    ("Typed answer: returning a validated record (floor: Jackson binds the text)", "TypedAnswerBenchmark.call",
     "typed", "score", "us", False, None),
    ("Typed answer: allocated per call", "TypedAnswerBenchmark.call", "typed", "gc.alloc.rate.norm", "B", False,
     None),
    ("Typed answer: parse + validate + bind alone (floor: bind alone)", "TypedAnswerBenchmark.call", "read",
     "score", "us", False, None),
    ("Spring start-up + close, 9 clients (floor column: bare Boot app)", "StartupBenchmark.start", None, "score", "ms",
     False, None),
    ("Spring start-up + close, 9 clients: CPU (floor column: bare Boot app)", "StartupBenchmark.start", None,
     "cpu.time.norm", "us->ms", False, None),
]


# Against the lean floor (Apache HC5 + Jackson's streaming JsonParser, no tree): (label, benchmark, metric,
# unit, llmkit target)
LEAN_ROWS = [
    ("Chat: mean latency, 1 thread", "ChatBenchmark.chat", "score", "us", None),
    ("Chat: allocated per call", "ChatBenchmark.chat", "gc.alloc.rate.norm", "B", 1.20),
    ("Stream 200 deltas: time", "StreamBenchmark.stream", "score", "us", 1.10),
    ("Stream 200 deltas: time to first delta", "StreamBenchmark.stream", "ttfd", "us", 1.10),
    ("Stream 200 deltas: allocated per stream", "StreamBenchmark.stream", "gc.alloc.rate.norm", "B", 1.20),
    ("Stream 200 deltas: CPU per stream, all JVM threads", "StreamBenchmark.stream", "cpu.time.norm", "us", None),
]


def lean_table(results):
    """llmkit and the tree floor as ratios to the lean floor."""
    by_key = {key(r): r for r in results}
    lines = ["| Measurement | Apache HC5 lean floor | Apache HC5 floor (readTree) | llmkit | llmkit target |",
             "|---|---:|---:|---:|---|"]
    for label, bench, name, unit, target in LEAN_ROWS:
        lean_result = by_key.get((bench, "lean", None))
        if lean_result is None:
            continue
        lean = metric(lean_result, name)
        cells = [fmt(lean, unit)]
        llmkit_ratio = None
        for contender in ("apache", "llmkit"):
            result = by_key.get((bench, contender, None))
            value = metric(result, name) if result else None
            if value is None or not lean:
                cells.append("")
                continue
            cells.append(f"{value / lean:.2f}x")
            if contender == "llmkit":
                llmkit_ratio = value / lean
        verdict_text = ""
        if target is not None and llmkit_ratio is not None:
            verdict_text = ("met" if llmkit_ratio <= target else "MISSED") + f" (<= {target:.2f}x)"
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {verdict_text} |")
    return "\n".join(lines) if len(lines) > 2 else ""


def fmt(value, unit):
    if value is None:
        return "n/a"
    if unit == "B":
        return f"{value / 1024:,.1f} KiB"
    if unit == "us->ms":
        return f"{value / 1000:,.0f} ms"
    if unit == "ms":
        return f"{value:,.0f} ms"
    return f"{value:,.1f} {unit}"


def table(results):
    by_key = {key(r): r for r in results}
    names = [label for _, label in CONTENDERS]
    lines = ["| Measurement | " + " | ".join(names) + " | llmkit target |",
             "|---|" + "---:|" * len(names) + "---|"]
    for label, bench, family, name, unit, inverse, target in ROWS:
        floor_result = by_key.get((bench, "apache", family))
        if floor_result is None:
            continue
        floor = metric(floor_result, name)
        cells = [fmt(floor, unit)]
        ratios = {}
        for contender, _ in CONTENDERS[1:]:
            result = by_key.get((bench, contender, family))
            value = metric(result, name) if result else None
            if value is None or not floor:
                cells.append("")
                continue
            ratio = (floor / value) if inverse else (value / floor)
            ratios[contender] = ratio
            cells.append(f"{ratio:.2f}x")
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {verdict(ratios, target)} |")
    return "\n".join(lines)


def verdict(ratios, target):
    llmkit = ratios.get("llmkit")
    if llmkit is None:
        return ""
    peers = [ratios[p] for p in PEERS if p in ratios]
    parts = []
    if target is not None:
        parts.append(("met" if llmkit <= target else "MISSED") + f" (<= {target:.2f}x)")
    if peers:
        parts.append("ahead of peers" if llmkit < min(peers) else "BEHIND a peer")
    return "; ".join(parts)


def main():
    results_path, machine_path, output_path = sys.argv[1:4]
    with open(results_path) as f:
        results = json.load(f)
    with open(machine_path) as f:
        machine = f.read().strip()
    body = table(results)
    print(body)
    with open(output_path, "w") as f:
        f.write("# Benchmarks\n\n")
        f.write("Produced by `benchmarks/run.sh` (JMH 1.37, 1 fork, 5 x 2 s warm-up, 5 x 1 s measurement, "
                "`-prof gc`). Every contender talks to the same Netty server in a separate process on "
                "127.0.0.1 that returns fixed bodies; each contender's answers are checked before it is measured.\n\n")
        f.write("Cells are cost ratios to the hand-written Apache HttpClient 5 + Jackson 3 floor (lower is better; "
                "the floor column holds the absolute figure). Throughput is shown as the floor's ops/s divided by "
                "the contender's. Allocation is JMH's `gc.alloc.rate.norm` per call or stream. Each figure is the median "
                "over the measurement iterations (p99: over all samples), which a burst of load from other processes "
                "moves less than the mean.\n\n")
        f.write(body + "\n\n")
        lean = lean_table(results)
        if lean:
            print(lean)
            f.write("### Against the lean floor\n\n")
            f.write("The lean floor is what a careful developer writes when every byte counts: the same Apache "
                    "HttpClient 5 client, the request body written with Jackson's `JsonGenerator`, and the reply and "
                    "every SSE line (read line by line) walked with Jackson's streaming `JsonParser` straight to the "
                    "text, with no tree. The table above's floor parses every line into a tree with `readTree`, "
                    "which costs more and so flatters every contender measured against it.\n\n")
            f.write(lean + "\n\n")
        f.write("## Machine\n\n```\n" + machine + "\n```\n")
        if len(sys.argv) > 4:
            try:
                with open(sys.argv[4]) as notes:
                    f.write("\n" + notes.read())
            except FileNotFoundError:
                pass


if __name__ == "__main__":
    main()
