"""The options several commands share, as Typer annotations (help in Vietnamese)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

MonthOpt = Annotated[
    str | None,
    typer.Option(
        "--month",
        "-m",
        metavar="THÁNG",
        help="Tháng báo cáo (1–12); bỏ cả --month và --year: tháng hiện tại.",
    ),
]
YearOpt = Annotated[
    str | None,
    typer.Option("--year", "-y", metavar="NĂM", help="Năm báo cáo (1900–9999), ví dụ 2024."),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        metavar="TỆP",
        help="Tệp cấu hình baocao.toml (mặc định: $BAOCAO_CONFIG, rồi ./baocao.toml).",
    ),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Coi cảnh báo như lỗi (mã thoát 1 khi có cảnh báo).")
]
QuietOpt = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Khi thành công chỉ in cảnh báo (nếu có); lỗi vẫn được in."),
]
LogOpt = Annotated[
    Path | None,
    typer.Option(
        "--log-file", metavar="TỆP", help="Ghi thêm một dòng nhật ký cho mỗi lần chạy vào tệp này."
    ),
]
DebugOpt = Annotated[
    bool, typer.Option("--debug", help="Hiện chi tiết lỗi (dành cho lập trình viên).")
]
