"""The benchmark table: printed from ``out/bench.json`` (``python tests/bench/bench_table.py``),
which each benchmark process writes or, under ``make bench``, adds its rows to."""

from __future__ import annotations

import json
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "out" / "bench.json"


def lines(machine: dict, cases: list[dict]) -> list[str]:
    """The table as text lines: the machine, a header, one line a case."""
    out = [
        f"Land Release benchmarks — QGIS {machine.get('qgis')}, Debian {machine.get('debian')}",
        f"{'case':46s} {'ours s':>8s} {'native s':>9s} {'ratio':>7s} {'peak MiB':>9s}  note",
    ]
    for case in cases:
        native, ratio, peak = case["native_s"], case["ratio"], case["peak_mib"]
        out.append(
            f"{case['case']:46s} {case['ours_s'] or 0:8.3f} "
            + (f"{native:9.2f}" if native else f"{'-':>9s}")
            + " "
            + (f"{ratio:6.1f}x" if ratio else f"{'-':>7s}")
            + " "
            + (f"{peak:9.0f}" if peak else f"{'-':>9s}")
            + f"  {case['note']}"
        )
    return out


def main(path: Path = DEFAULT) -> None:
    data = json.loads(path.read_text())
    print("\n".join(lines(data["machine"], data["cases"])))
    print(f"(the table as JSON: {path}, to compare two runs)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
