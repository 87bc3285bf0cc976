"""A new office's first files: a commented ``baocao.toml`` with the names left to fill, and
the starter set of indicators of a first month workbook.

``baocao setup`` writes this config beside a first month workbook (the
starter set below, also used by ``init`` when the data folder has no earlier
workbook). Every value only the office knows
is ``TO_FILL``; ``check`` reports each one that is left, so nothing of it can
reach a signed report.
"""

from __future__ import annotations

from baocao.config import TO_FILL

# The starter set of a new month workbook when the data folder has no earlier one:
# the indicators most Sở Công Thương reports carry, in general words. An office
# renames, deletes and adds rows; codes are its own.
INDUSTRY = "Về sản xuất công nghiệp"
TRADE = "Về thương mại, dịch vụ"
FOREIGN_TRADE = "Về hoạt động xuất, nhập khẩu"
WITHIN = "Trong đó"
# Mã, Chỉ tiêu, Đơn vị, Số lẻ, Thuộc, Nhóm, Mục
DEFAULT_INDICATORS: tuple[tuple[str, str, str, int, str | None, str | None, str | None], ...] = (
    ("gtsx", "Giá trị sản xuất công nghiệp", "tỷ đồng", 0, None, None, INDUSTRY),
    (
        "ban_le",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
        "tỷ đồng",
        0,
        None,
        None,
        TRADE,
    ),
    ("ban_le.hang_hoa", "Doanh thu bán lẻ hàng hóa", "tỷ đồng", 0, "ban_le", WITHIN, None),
    ("ban_le.dich_vu", "Doanh thu dịch vụ", "tỷ đồng", 0, "ban_le", WITHIN, None),
    ("xuat_khau", "Kim ngạch xuất khẩu", "triệu USD", 1, None, None, FOREIGN_TRADE),
    ("nhap_khau", "Kim ngạch nhập khẩu", "triệu USD", 1, None, None, None),
)
# Mã, Ngành (as written in the sentence), Mục (on the row iip)
DEFAULT_IIP: tuple[tuple[str, str, str | None], ...] = (
    ("iip", "Toàn ngành công nghiệp", INDUSTRY),
    ("iip.khai_khoang", "ngành khai khoáng", None),
    ("iip.che_bien", "ngành công nghiệp chế biến, chế tạo", None),
    ("iip.dien", "ngành sản xuất và phân phối điện", None),
    ("iip.nuoc", "ngành cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải", None),
)

STARTER_CONFIG = f"""\
# baocao.toml — cấu hình của đơn vị, tạo bởi «baocao setup».
# Thay mọi giá trị «{TO_FILL}» bằng thông tin của đơn vị, rồi chạy:
#     baocao check --month <tháng> --year <năm>
# để biết còn gì phải điền. Giải thích từng khóa: docs/config.md.
# Đường dẫn tương đối được tính từ thư mục chứa tệp này.

[organization]
parent_body = "{TO_FILL}"       # cơ quan chủ quản, chữ in hoa, ví dụ "UBND TỈNH ..."
issuing_body = "SỞ CÔNG THƯƠNG"     # cơ quan ban hành, chữ in hoa
province = "{TO_FILL}"          # tên tỉnh/thành phố như viết trong câu, ví dụ "tỉnh ..."
place = "{TO_FILL}"             # địa danh ở dòng ngày tháng, ví dụ "..., ngày 05 tháng 3"
symbol = "BC-SCT"                   # ký hiệu văn bản sau "Số: .../"

[signer]
authority = ""                      # "KT. GIÁM ĐỐC" khi cấp phó ký; để trống khi Giám đốc ký
title = "GIÁM ĐỐC"
name = "{TO_FILL}"

[recipients]
# Mỗi dòng một nơi nhận; dấu "- ", "+ ", ";" và "." do chương trình thêm.
lines = [
    "Bộ Công Thương (B/c)",
    "UBND {TO_FILL} (B/c)",         # "UBND tỉnh (B/c)" hoặc "UBND thành phố (B/c)"
    {{ name = "Sở Công Thương", items = ["Lãnh đạo Sở", "Các phòng, đơn vị thuộc Sở"] }},
    "Lưu: VT",
]

[report]
kind = "tháng"                      # loại báo cáo thường lập: tháng, quý, 6 tháng, 9 tháng, năm
same_period = "cùng kỳ"             # viết sau "so với": "cùng kỳ", "cùng kỳ năm trước", ...
plan = "so với Kế hoạch năm"        # viết sau tỷ lệ đạt: "so với Kế hoạch năm", "kế hoạch năm", ...

# Nhận định chỉ số sản xuất công nghiệp khi sổ không ghi «nhan_dinh_sxcn»:
# dòng đầu tiên (từ cao xuống thấp) có mức tăng (%) >= min; chỉ số không đổi
# («ước bằng cùng kỳ») là «ổn định», không phải «tăng nhẹ»; mức tăng, giảm từ 5% trở lên
# không còn là «nhẹ».
[[iip_assessment]]
min = 5
text = "tăng khá"

[[iip_assessment]]
min = 0.01
text = "tăng nhẹ"

[[iip_assessment]]
min = 0
text = "ổn định"

[[iip_assessment]]
min = -5
text = "giảm nhẹ"

[[iip_assessment]]
min = -1000
text = "giảm mạnh"

[paths]
data_dir = "data"                   # các sổ <năm>-<tháng>.xlsx
output_dir = "out"                  # các báo cáo .docx
"""
