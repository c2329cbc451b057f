"""Run every benchmark (``make bench``); figures go in the README's Performance section."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_calendar
import bench_compare
import bench_exchange
import bench_i18n
import bench_reports
import bench_shared
import bench_startup
import bench_store
import bench_workspace


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(f"CoopDesk benchmarks, {count:,} measures, Python {platform.python_version()}")
    bench_store.main(count)
    bench_startup.main(count)
    bench_i18n.main()
    bench_workspace.main(count)
    bench_calendar.main(count)
    bench_exchange.main(count)
    bench_reports.main(10_000)
    bench_shared.main(count)
    bench_compare.main(2000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
