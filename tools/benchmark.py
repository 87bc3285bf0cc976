"""Benchmark: build, check and history over ten years of monthly workbooks (120 files).

Generates 120 workbooks from the sample (figures grown 1% a month, with
Tháng trước, Cùng kỳ, Lũy kế and Lũy kế cùng kỳ left blank so every build
reads its history), then times the commands as a user runs them, interpreter
start-up included, against an I/O floor: a Python process that imports
openpyxl and docxtpl, reads the sample workbook, and opens and saves the
template. First a build and a history with nothing kept, then each command:
its runs alternate with runs of the floor, so a shared machine's drift in
speed touches both alike; prints the median of each and their ratio. The
store (``baocao.store``) is kept in the generated folder, not the user's.
Not a test: run it by hand

    python tools/benchmark.py [--runs 5] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "2024-03.xlsx"
FIRST_YEAR, YEARS = 2015, 10
BLANKED = ("Tháng trước", "Cùng kỳ", "Lũy kế", "Lũy kế cùng kỳ")


def generate(folder: Path) -> None:
    """Write <Y>-<MM>.xlsx for every month of FIRST_YEAR … FIRST_YEAR + YEARS - 1."""
    (folder / "data").mkdir(parents=True)
    months = [(y, m) for y in range(FIRST_YEAR, FIRST_YEAR + YEARS) for m in range(1, 13)]
    for n, (year, month) in enumerate(months):
        wb = load_workbook(SAMPLE)
        info = wb["ThongTin"]
        for row in info.iter_rows(min_row=2):
            if row[0].value == "thang":
                row[1].value = month
            elif row[0].value == "nam":
                row[1].value = year
        ws = wb["ChiTieu"]
        headers = [c.value for c in ws[1]]
        factor = Decimal("1.01") ** (n - len(months) + 1)
        value_col = headers.index("Tháng báo cáo")
        for row in ws.iter_rows(min_row=2):
            original = Decimal(str(row[value_col].value))
            row[value_col].value = float(round(original * factor, 1))
            for name in BLANKED:
                row[headers.index(name)].value = None
            row[headers.index("Kế hoạch năm")].value = None
        wb.save(folder / "data" / f"{year}-{month:02d}.xlsx")
    config = (ROOT / "baocao.toml").read_text(encoding="utf-8")
    config = config.replace('data_dir = "data/samples"', 'data_dir = "data"')
    config = config.replace('"data/samples/', f'"{(ROOT / "data" / "samples").as_posix()}/')
    (folder / "baocao.toml").write_text(config, encoding="utf-8")


FLOOR = """
import io, sys
from openpyxl import load_workbook
from docxtpl import DocxTemplate
load_workbook(sys.argv[1])
DocxTemplate(sys.argv[2]).save(io.BytesIO())
"""


def timed(command: list[str], cwd: Path, runs: int, floor: list[str]) -> tuple[float, float, int]:
    """Median wall time of ``command``, of ``floor`` run alternately with it, and the
    command's last exit code."""
    times: list[float] = []
    floors: list[float] = []
    code = 0
    for _ in range(runs):
        for argv, into in ((floor, floors), (command, times)):
            seconds, proc_code = once(argv, cwd)
            into.append(seconds)
            if argv is command:
                code = proc_code
    return statistics.median(times), statistics.median(floors), code


def once(argv: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time and exit code of one run of ``argv``, its store in ``cwd``/store."""
    env = {**os.environ, "BAOCAO_CACHE_DIR": str(cwd / "store")}
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=False)
    return time.perf_counter() - start, proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="baocao-bench-"))
    start = time.perf_counter()
    generate(folder)
    print(f"generated {YEARS * 12} workbooks in {time.perf_counter() - start:.1f} s: {folder}")
    template = ROOT / "templates" / "bao_cao_thang.docx"
    floor_argv = [sys.executable, "-c", FLOOR, str(SAMPLE), str(template)]
    period = ["--month", "12", "--year", str(FIRST_YEAR + YEARS - 1)]
    sample = ["--month", "3", "--year", "2024", "--config", str(ROOT / "baocao.toml")]
    cases = {
        "baocao --help": ["--help"],
        "baocao build --force (the sample)": ["build", *sample, "--force", "--out", "s.docx"],
        "baocao check (Dec, history filled)": ["check", *period],
        "baocao build --force (Dec, history filled)": ["build", *period, "--force"],
        "baocao history --code gtsx (120 months)": ["history", "--code", "gtsx"],
    }
    print("first runs, nothing kept (no store, no data folder cache):")
    for label in ("baocao build --force (the sample)", "baocao history --code gtsx (120 months)"):
        shutil.rmtree(folder / "store", ignore_errors=True)
        (folder / "data" / ".baocao-cache.sqlite3").unlink(missing_ok=True)
        seconds, code = once([sys.executable, "-m", "baocao", *cases[label]], folder)
        print(f"{label:<48} {seconds:6.2f} s  (exit {code})")
    print(f"then each command (median of {args.runs}), runs alternating with the floor's:")
    print(f"{'command':<48} {'time':>8} {'floor':>8}  ratio")
    for label, case in cases.items():
        argv = [sys.executable, "-m", "baocao", *case]
        seconds, floor, code = timed(argv, folder, args.runs, floor_argv)
        ratio = seconds / floor
        print(f"{label:<48} {seconds:6.2f} s {floor:6.2f} s  {ratio:4.2f}× floor  (exit {code})")
    if args.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
