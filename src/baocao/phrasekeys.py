"""ThongTin's phrase keys answered as a yes/no question: ``nhan_dinh_sxcn``,
``so_sanh_cung_ky`` and ``so_sanh_ke_hoach`` are words the report writes inside a sentence,
so "không", "có", "x" or a number typed there ("0") printed "tỉnh … không, ước tăng
…", "tăng 24,9% so với 0", "đạt 23,1% không." with nothing said. An error at the key's cell.
So is such a value of the signer's keys (``nguoi_ky``, ``chuc_vu``, ``ky_thay``): "không"
typed as "no authority line" printed "KHÔNG" above the title, "12" a signer named "12".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao.errors import error, warning
from baocao.sheets import THONG_TIN
from baocao.vnformat import clipped, plain_text

if TYPE_CHECKING:
    from baocao.checks import Findings
    from baocao.config import Config
    from baocao.models import MonthlyData

# A tick or an answer, without marks: "có", "không", "x", "đúng", "yes"…
_ANSWERS = frozenset({"co", "khong", "x", "dung", "sai", "yes", "no", "ok", "true", "false"})


def is_answer(phrase: str) -> bool:
    """Whether ``phrase`` is a yes/no answer or holds no letter (a number, "0"), not words."""
    return plain_text(phrase) in _ANSWERS or not any(c.isalpha() for c in phrase)


def said_of_phrase(
    found: Findings, severe: bool, message: str, key: str | None, config: Config, place: str
) -> None:
    """``message`` at the cell of ThongTin's ``key``, whose text the workbook typed; with
    ``key`` None, at ``place`` in the config, whose default is then every month's."""
    if key is not None:
        found.add(severe, message, THONG_TIN, found.locator.info.get(key))
    else:
        make = error if severe else warning
        found.problems.append(make(message, config.source, place=place))


def check_answers(found: Findings, data: MonthlyData) -> None:
    """Each phrase key and each signer key typed as an answer (or a number): an error at
    its cell, saying what would be printed and what to write."""
    info = data.info
    phrase = (
        "Khóa «{key}» ghi «{typed}», nhưng đây là cụm từ được viết vào câu văn, không phải "
        "câu trả lời có/không: báo cáo sẽ viết {printed}. Hãy ghi {todo}."
    )
    signer = (
        "Khóa «{key}» sẽ được in là «{typed}», nhưng đây là {printed}, không phải câu trả lời "
        "có/không hay một số. Hãy {todo}, hoặc để trống ô để dùng giá trị của tệp cấu hình."
    )
    keys = (
        (
            phrase,
            "nhan_dinh_sxcn",
            info.iip_assessment,
            "«Chỉ số sản xuất công nghiệp tháng … {}, ước tăng …»",
            "nhận định («tăng khá», «giảm nhẹ»…), hoặc để trống ô để chọn theo các ngưỡng "
            "của tệp cấu hình",
        ),
        (
            phrase,
            "so_sanh_cung_ky",
            info.same_period_base,
            "«tăng …% so với {}»",
            f"«cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm {info.year - 1}», hoặc để trống ô",
        ),
        (
            phrase,
            "so_sanh_ke_hoach",
            info.plan_base,
            "«đạt …% {}»",
            "«so với Kế hoạch năm», «so với kế hoạch năm» hoặc «so với KH năm», hoặc để trống ô",
        ),
        (signer, "nguoi_ky", info.signer_name, "họ tên người ký", "ghi họ tên người ký"),
        (signer, "chuc_vu", info.signer_title, "chức vụ người ký («PHÓ GIÁM ĐỐC»)", "ghi chức vụ"),
        (
            signer,
            "ky_thay",
            info.signer_authority,
            "dòng thẩm quyền ký in trên chức vụ («KT. GIÁM ĐỐC»)",
            "ghi dòng thẩm quyền ký (khi người đứng đầu tự ký, dòng này để trống ở "
            "«authority» của mục [signer] trong tệp cấu hình)",
        ),
    )
    for message, key, typed, printed, todo in keys:
        if typed and is_answer(typed):
            typed = clipped(typed)  # a page pasted in the cell was echoed whole
            text = message.format(key=key, typed=typed, printed=printed.format(typed), todo=todo)
            found.add(True, text, THONG_TIN, found.locator.info.get(key))
