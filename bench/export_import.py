"""How long the window's event loop stalls while a 10,000-item read-later export imports and
its addresses are then downloaded in the background.

The same 10 ms heartbeat as bench/responsiveness.py: an idle baseline first, then the File
menu's import service imports a Pocket CSV of 10,000 addresses (none with text, so each becomes
a queued bookmark), and the window's saved-page downloads work through the queue. Every
address points at a closed port on 127.0.0.1, so each download fails at once: the bench
measures the window's side of the queue (progress, row updates, failures stored), not a
network. Run: `uv run python bench/export_import.py [--rows N]` (offscreen).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.library import Library  # noqa: E402
from app.samples import add_samples  # noqa: E402
from bench.responsiveness import _cpu_model, idle_baseline, wait_until  # noqa: E402

CLOSED_PORT = 9  # discard: nothing listens there on this machine


def write_export(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["title", "url", "time_added", "tags", "status"])
        for n in range(rows):
            host = "127.0.0.1" if n % 2 else "localhost"
            writer.writerow(
                [
                    f"Saved article {n} about harbours",
                    f"http://{host}:{CLOSED_PORT}/saved/{n}",
                    1_700_000_000 + n,
                    "later|sea" if n % 3 else "",
                    "archive" if n % 4 == 0 else "unread",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    rows = parser.parse_args().rows
    workspace = Path(tempfile.mkdtemp(prefix="lede-export-import-"))
    os.environ["LEDE_LIBRARY"] = str(workspace / "library.db")
    os.environ["LEDE_CONFIG_DIR"] = str(workspace / "config")
    QApplication(sys.argv[:1])
    from ui.window.main_window import MainWindow

    library = Library(workspace / "library.db")
    add_samples(library)
    export = workspace / "pocket.csv"
    write_export(export, rows)
    window = MainWindow(library, refresh_feeds_at_start=False)
    window.show()
    wait_until(lambda: window.article is not None)
    heartbeat, base_max, base_p99 = idle_baseline()

    downloads = window.saved_downloads
    heartbeat.start()
    started = time.perf_counter()
    window.imports.import_paths([export])
    wait_until(lambda: not window.imports.service.is_busy())
    imported = time.perf_counter() - started
    import_max, import_p99 = heartbeat.stalls()
    import_worst = heartbeat.worst()
    wait_until(lambda: downloads.last_report is not None)
    downloaded = time.perf_counter() - started - imported
    heartbeat.stop()
    all_max, all_p99 = heartbeat.stalls()
    report = downloads.last_report
    assert report is not None
    window.close()

    print(f"machine: {os.cpu_count()} cores, {_cpu_model()}")
    print(f"idle baseline: max stall {base_max:.1f} ms, p99 {base_p99:.1f} ms")
    print(
        f"import of {rows:,} rows: {imported:.1f} s; max stall {import_max:.1f} ms,"
        f" p99 {import_p99:.1f} ms; longest gaps: {import_worst}"
    )
    print(
        f"downloads ({len(report.failed):,} failed, {len(report.filled)} filled) in"
        f" {downloaded:.1f} s; whole run max stall {all_max:.1f} ms, p99 {all_p99:.1f} ms;"
        f" longest gaps: {heartbeat.worst()}"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f}")
    print("target: no stall above 100 ms:", "met" if all_max <= 100 else "NOT met")


if __name__ == "__main__":
    main()
