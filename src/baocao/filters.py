"""The template's filters: ``change``, ``delta``, ``attain``, ``clauses``, ``number``,
``percent``, ``sentence`` and ``capfirst`` (docs/template.md), the Vietnamese phrases of
``vnformat`` with their arguments checked, so that a wrong argument is the template's
mistake (a ``TemplateError``) and an error raised further in, in baocao's own code, a bug."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from baocao.errors import TemplateError
from baocao.limits import check_number_size
from baocao.midsentence import mid_sentence
from baocao.viewvalues import Blank, joined, known
from baocao.vnformat import (
    attain_clause,
    change_clause,
    change_phrase,
    end_sentence,
    format_exact,
    format_known,
    format_percent,
    join_clauses,
    row_label,
)


def _shown(value: object) -> str:
    """A filter's wrong input as its message shows it: a number the Vietnamese way (not
    "21.35917859938302868456190430"), a list of texts item by item (not a Python tuple)."""
    if isinstance(value, Decimal | float) and Decimal(str(value)).is_finite():
        return f"số {format_exact(value)}"
    if isinstance(value, tuple | list) and all(isinstance(i, str) for i in value):
        return f"danh sách {', '.join(f'«{i}»' for i in value)}" if value else "danh sách rỗng"
    return f"«{value}»"


def _decimal(filter_name: str, value: object) -> Decimal | None:
    """A filter's numeric input; None and "" mean "not known"; text is a template mistake."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        # An int exactly (str() of one past 4 300 digits fails); a float as it prints.
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite():
            raise TemplateError(f"Bộ lọc «{filter_name}» cần một số, nhưng nhận {_shown(value)}.")
        check_number_size(number)  # its exponent within the limits: formatted, not huge
        return number
    raise TemplateError(
        f"Bộ lọc «{filter_name}» cần một số, nhưng nhận {_shown(value)} (các trường như «value», "
        "«ytd» đã là chữ; hãy dùng «mom», «yoy», «ytd_yoy», «plan_share» hoặc «growth»)."
    )


@functools.cache
def _signature(phrase: Callable[..., str]) -> inspect.Signature:
    return inspect.signature(phrase)


def _arguments(name: str, phrase: Callable[..., str], args: Any, kwargs: Any) -> dict[str, Any]:
    """The filter's arguments after its input, checked: ``decimals`` 0–6, every other one text.

    A wrong argument is the template's mistake and a ``TemplateError``; so an
    error raised further in, inside baocao's own code, is a bug.
    """
    try:
        bound = _signature(phrase).bind(None, *args, **kwargs)
    except TypeError as exc:
        raise TemplateError(f"Bộ lọc «{name}» nhận sai tham số ({exc}).") from exc
    checked = dict(list(bound.arguments.items())[1:])
    for param, value in checked.items():
        if param == "decimals":
            ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6
            wanted = "một số nguyên từ 0 đến 6"
        else:
            ok, wanted = isinstance(value, str), "một đoạn chữ trong dấu nháy"
        if not ok:
            raise TemplateError(
                f"Tham số «{param}» của bộ lọc «{name}» phải là {wanted}, nhưng là «{value}»."
            )
    return checked


def _numeric(name: str, phrase: Callable[..., str]) -> Callable[..., str]:
    def apply(value: object, *args: Any, **kwargs: Any) -> str:
        text = phrase(_decimal(name, value), **_arguments(name, phrase, args, kwargs))
        return known(text, f"kết quả của bộ lọc «{name}» (số liệu chưa có)")

    return apply


def _clauses(value: object, *args: Any, **kwargs: Any) -> str:
    items = list(value) if isinstance(value, list | tuple) else None
    if items is None or not all(isinstance(i, str) for i in items):
        raise TemplateError(
            f"Bộ lọc «clauses» cần một danh sách các đoạn chữ, nhưng nhận {_shown(value)}."
        )
    return joined(value, join_clauses(items, **_arguments("clauses", join_clauses, args, kwargs)))


def _sentence(value: object) -> str:
    if not isinstance(value, str):
        raise TemplateError(f"Bộ lọc «sentence» cần một đoạn chữ, nhưng nhận {_shown(value)}.")
    return value if isinstance(value, Blank) else end_sentence(value)  # still not known


def _capfirst(value: object) -> str:
    if not isinstance(value, str):
        raise TemplateError(f"Bộ lọc «capfirst» cần một đoạn chữ, nhưng nhận {_shown(value)}.")
    return value if isinstance(value, Blank) else row_label(value)


def _lowfirst(value: object) -> str:
    """A name that begins a sentence as typed ("Tổng mức bán lẻ …"), mid-sentence: its
    first letter small when its first word is written as a sentence begins it and the
    next one small ("Riêng tháng 6/2024, tổng mức bán lẻ …"); an acronym, one word or a
    proper name ("GTSXCN", "Samsung", "Formosa Hà Tĩnh") as typed."""
    if not isinstance(value, str):
        raise TemplateError(f"Bộ lọc «lowfirst» cần một đoạn chữ, nhưng nhận {_shown(value)}.")
    return value if isinstance(value, Blank) else mid_sentence(value)


def _percent(value: Decimal | None, decimals: int = 1) -> str:
    return "" if value is None else format_percent(value, decimals)


FILTERS: dict[str, Callable[..., str]] = {
    "change": _numeric("change", change_clause),
    "delta": _numeric("delta", change_phrase),
    "attain": _numeric("attain", attain_clause),
    "clauses": _clauses,
    "number": _numeric("number", format_known),
    "percent": _numeric("percent", _percent),
    "sentence": _sentence,
    "capfirst": _capfirst,
    "lowfirst": _lowfirst,
}
