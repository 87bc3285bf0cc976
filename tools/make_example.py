"""Generate the second worked example: a fictional province's half-year report.

Sở Công Thương tỉnh Hòa Phong (a province that does not exist) reports other
indicators than the sample, with its own codes and headings, percentages to
two decimals, the industrial production index against the previous month,
and the 6-month report of June 2024 (``ky_bao_cao`` = "6 tháng"). Its
``baocao.toml`` is written by hand and committed beside the workbook; this
script writes ``data/examples/hoa-phong/data/2024-06.xlsx``. Breakdowns add up
in every column. Run:

    python tools/make_example.py [FOLDER]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from baocao.excel import NewSheet, write_workbook
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, NHIEM_VU, THONG_TIN

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "data" / "examples" / "hoa-phong" / "data"

INFO: list[tuple[object, object]] = [
    ("thang", 6),
    ("nam", 2024),
    ("ky_bao_cao", "6 tháng"),
    ("so_sanh_cung_ky", "cùng kỳ năm trước"),
    ("so_sanh_ke_hoach", "kế hoạch năm"),
    ("so_van_ban", "112"),
    ("ngay_ky", dt.datetime(2024, 6, 25)),
    ("thi_truong_xuat_khau", "Hoa Kỳ; Nhật Bản; Hàn Quốc; EU"),
    ("san_pham_xuat_khau", "Hàng dệt may, giày dép, đồ gỗ và sản phẩm từ gỗ."),
]

INDUSTRY = "Sản xuất công nghiệp"
TRADE = "Thương mại - dịch vụ"
FOREIGN = "Xuất, nhập khẩu"
# Mã, Ngành, Chỉ số so với cùng kỳ (%), Chỉ số lũy kế so với cùng kỳ (%), Quyền số,
# Chỉ số so với tháng trước (%), Số lẻ %, Mục
IIP: list[tuple[object, ...]] = [
    ("iip", "Toàn ngành công nghiệp", 108.35, 107.42, None, 102.15, 2, INDUSTRY),
    ("iip.ctcb", "ngành công nghiệp chế biến, chế tạo", 109.12, 108.05, None, 102.8, 2, None),
    ("iip.dien", "ngành sản xuất và phân phối điện", 103.4, 96.58, None, 99.1, 2, None),
    ("iip.nuoc", "ngành cung cấp nước, xử lý rác thải", 105.67, 105.11, None, 100.45, 2, None),
]

ACTIVITY = "Phân theo ngành hoạt động"
# Mã, Chỉ tiêu, Đơn vị, Tháng báo cáo, Tháng trước, Cùng kỳ, Lũy kế, Lũy kế cùng kỳ,
# Kế hoạch năm, Số lẻ, Thuộc, Nhóm, Số lẻ %, Mục
INDICATORS: list[tuple[object, ...]] = [
    (
        "dien_tp",
        "Sản lượng điện thương phẩm",
        "triệu kWh",
        312.4,
        298.7,
        290.1,
        1750.6,
        1612.3,
        3500,
        1,
        None,
        None,
        2,
        INDUSTRY,
    ),
    (
        "xi_mang",
        "Sản lượng xi măng",
        "nghìn tấn",
        420,
        405,
        398,
        2380,
        2290,
        None,
        0,
        None,
        None,
        2,
        None,
    ),
    (
        "tmdv",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
        "tỷ đồng",
        4215.8,
        4102.5,
        3790.4,
        24880.5,
        22310.2,
        52000,
        1,
        None,
        None,
        2,
        TRADE,
    ),
    (
        "tmdv.hang_hoa",
        "Doanh thu bán lẻ hàng hóa",
        "tỷ đồng",
        3105.2,
        3030.1,
        2810.6,
        18420.3,
        16580.7,
        None,
        1,
        "tmdv",
        ACTIVITY,
        2,
        None,
    ),
    (
        "tmdv.luu_tru",
        "Doanh thu dịch vụ lưu trú, ăn uống",
        "tỷ đồng",
        612.4,
        590.3,
        530.2,
        3560.1,
        3110.4,
        None,
        1,
        "tmdv",
        ACTIVITY,
        2,
        None,
    ),
    (
        "tmdv.khac",
        "Doanh thu dịch vụ khác",
        "tỷ đồng",
        498.2,
        482.1,
        449.6,
        2900.1,
        2619.1,
        None,
        1,
        "tmdv",
        ACTIVITY,
        2,
        None,
    ),
    (
        "xk",
        "Kim ngạch xuất khẩu",
        "triệu USD",
        185.42,
        176.9,
        160.31,
        1020.35,
        905.12,
        2100,
        2,
        None,
        None,
        2,
        FOREIGN,
    ),
    (
        "nk",
        "Kim ngạch nhập khẩu",
        "triệu USD",
        96.15,
        99.8,
        92.44,
        560.72,
        575.3,
        None,
        2,
        None,
        None,
        2,
        None,
    ),
]

ACTIVITIES: list[tuple[object, ...]] = [
    (
        "Công tác quản lý công nghiệp",
        1,
        "Hướng dẫn các doanh nghiệp trong cụm công nghiệp hoàn thiện hồ sơ môi trường, phòng "
        "cháy chữa cháy theo quy định.",
    ),
    (
        None,
        1,
        "Phối hợp kiểm tra tình hình sản xuất của các nhà máy chế biến nông sản trên địa bàn.",
    ),
    (
        "Công tác quản lý thương mại",
        1,
        "Theo dõi cung cầu, giá cả các mặt hàng thiết yếu; bảo đảm nguồn cung xăng dầu cho "
        "sản xuất và tiêu dùng.",
    ),
]

TASKS = [
    "Tiếp tục theo dõi tình hình sản xuất công nghiệp, kịp thời tháo gỡ khó khăn cho doanh nghiệp.",
    "Tổ chức các hoạt động xúc tiến thương mại, kết nối tiêu thụ sản phẩm của tỉnh.",
    "Thực hiện nhiệm vụ khác do UBND tỉnh, Bộ Công Thương giao.",
]


def build(folder: Path) -> None:
    """Write 2024-06.xlsx of the fictional province into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "2024-06.xlsx"
    path.unlink(missing_ok=True)
    write_workbook(
        path,
        [
            NewSheet(THONG_TIN.name, THONG_TIN.headers, INFO, (24, 60)),
            NewSheet(CHI_SO_SXCN.name, CHI_SO_SXCN.headers, IIP, (14, 44, 16, 16, 10, 16, 8, 26)),
            NewSheet(
                CHI_TIEU.name,
                CHI_TIEU.headers,
                INDICATORS,
                (16, 50, 12, 13, 13, 13, 13, 13, 13, 7, 12, 28, 8, 26),
            ),
            NewSheet(HOAT_DONG.name, HOAT_DONG.headers, ACTIVITIES, (40, 6, 100)),
            NewSheet(
                NHIEM_VU.name,
                NHIEM_VU.headers,
                [(i, t) for i, t in enumerate(TASKS, start=1)],
                (6, 100),
            ),
        ],
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
