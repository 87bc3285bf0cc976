"""The report's Jinja environment: the sandbox of ``sandbox`` with the report's own rules.

It records which indicators a template writes (``written``) and refuses an unknown
figure, ``None``, a bare number or a control character printed into the text.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined

from baocao.errors import TemplateError
from baocao.filters import FILTERS
from baocao.limits import check_size
from baocao.outputxml import UNPRINTABLE
from baocao.sandbox import LimitedEnvironment, refused_call
from baocao.views import Blank, IndicatorView
from baocao.vnformat import format_exact

# What writes an indicator into the report: its figures and clauses (not its name or unit).
WRITTEN_FIELDS = frozenset(
    f.name
    for f in dataclasses.fields(IndicatorView)
    if f.name not in ("code", "name", "unit", "pct_decimals", "line_label", "groups", "children")
)


class ReportEnvironment(LimitedEnvironment):
    """The sandbox with two watches: which indicators the template writes (``written``:
    their codes), and no unknown figure (a ``Blank``) printed into a sentence."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.written: set[str] = set()
        self.finalize = self._printed
        # Text printed as it is, unescaped, would be Word's XML: a tag that breaks the
        # document, or one Word refuses; docxtpl's parser drops what follows, silently.
        for name in ("safe", "urlize", "xmlattr"):
            self.filters[name] = refused_call(f"bộ lọc «{name}»", "mã XML in nguyên văn")

    @staticmethod
    def _printed(value: object) -> object:
        if isinstance(value, Blank):
            raise TemplateError(
                f"Mẫu báo cáo in {value.where or 'một số liệu'} vào văn bản, nhưng số liệu này "
                "chưa có (ô để trống hoặc không tính được), nên câu văn sẽ thiếu số. Hãy điền "
                "số liệu vào sổ, hoặc sửa mẫu để bỏ phần này khi chưa có số ({% if … %})."
            )
        if value is None:
            raise TemplateError(
                "Mẫu báo cáo in một giá trị trống (None) vào văn bản: một số liệu hay hình biểu "
                "đồ chưa có; hãy bỏ qua nó bằng {% if … %}, và viết số bằng bộ lọc «number» "
                "hay «percent»."
            )
        if isinstance(value, Decimal | float):
            raise TemplateError(
                f"Mẫu báo cáo in số {format_exact(value)} vào văn bản mà không định dạng; hãy viết "
                "số bằng bộ lọc «number» hay «percent» (kiểu Việt Nam: 52.716; 21,4)."
            )
        if isinstance(value, str) and (bad := UNPRINTABLE.search(value)):
            raise TemplateError(
                f"Mẫu báo cáo in ký tự U+{ord(bad[0]):04X}, một ký tự điều khiển hay nửa ký "
                "tự bị cắt mà văn bản Word không được có; hãy bỏ ký tự này khỏi mẫu."
            )
        return check_size(value)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, IndicatorView) and attribute in WRITTEN_FIELDS:
            self.written.add(obj.code)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if (
            isinstance(obj, IndicatorView)
            and isinstance(argument, str)
            and argument in WRITTEN_FIELDS
        ):
            self.written.add(obj.code)
        return super().getitem(obj, argument)


def make_environment() -> ReportEnvironment:
    """The one Jinja environment for templates: sandboxed with limits, strict, autoescaping."""
    env = ReportEnvironment(undefined=StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)
    return env
