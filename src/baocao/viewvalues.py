"""The values of the template's views that are more than text: a figure or clause not
known (``Blank``: "" and false, refused when printed), and a known change (``Change``:
a Decimal true in ``{% if %}`` even when 0), and a list of the data (``DataList``) whose
emptiness joined into the text is a ``Blank``."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal


class Blank(str):
    """A figure or clause that is not known: "" where printed and false in ``{% if %}``,
    but told apart by the renderer, which refuses to print one (the sentence would lack
    its number). ``where`` names it for that message: "«Tháng báo cáo» của «gtsx»"."""

    where: str

    def __new__(cls, where: str = "") -> Blank:
        blank = super().__new__(cls, "")
        blank.where = where
        return blank


class DataList(tuple[str, ...]):
    """A list of the data (``trade.export_markets``): a tuple, but an empty one joined into
    the text (``join``, ``clauses``) gives a ``Blank`` named ``where``, refused when
    printed, as a text field not given is. A slice the template makes ("m[1:]", after the
    first market) is a plain tuple: its emptiness is the template's own, and joins to ""."""

    where: str

    def __new__(cls, items: Iterable[str] = (), where: str = "") -> DataList:
        made = super().__new__(cls, items)
        made.where = where
        return made


def joined(value: object, made: str) -> str:
    """``made``, the join of ``value``, or a ``Blank`` when ``value`` is an empty
    ``DataList`` (nothing of the data to write: the sentence would lack it)."""
    if isinstance(value, DataList) and not value:
        return Blank(value.where)
    return made


class Change(Decimal):
    """A known change or share (``mom``, ``growth``, ``plan_share``…): true in ``{% if %}``
    even when 0, so ``{% if x.mom %}`` tells a known change from an unknown one (None), as
    ``{% if x.value %}`` does for a figure. A change of 0 prints "bằng tháng trước"; as a
    plain Decimal it would be false, and the guarded clause left out without a word."""

    __slots__ = ()

    def __bool__(self) -> bool:
        return True


def set_changes(view: object, names: tuple[str, ...]) -> None:
    """Each field ``names`` of a frozen ``view`` holding a Decimal made a ``Change``."""
    for name in names:
        value = getattr(view, name)
        if value is not None and not isinstance(value, Change):
            object.__setattr__(view, name, Change(value))


def blank_fields(view: object, names: tuple[str, ...], where: str) -> None:
    """Each text field ``names`` of a frozen ``view`` left "" made a ``Blank``, named by
    ``where`` with the field's name for "{}"."""
    for name in names:
        value = getattr(view, name)
        if value == "" and not isinstance(value, Blank):
            object.__setattr__(view, name, Blank(where.format(name)))


def data_lists(view: object, names: tuple[str, ...], path: str) -> None:
    """Each list field ``names`` of a frozen ``view`` made a ``DataList``, named by ``path``
    ("trade.{}") with the field's name, and the guard that keeps its sentence out."""
    for name in names:
        said = path.format(name)
        where = f"«{said}» (ThongTin; hãy giữ câu này trong {{%p if {said} %}} … {{%p endif %}})"
        object.__setattr__(view, name, DataList(getattr(view, name), where))


def no_word(name: str) -> str:
    """How the assessment word ``name`` is named when there is none (a ``Blank``'s where):
    no index, or no word given that agrees with its change."""
    return (
        f"«{name}» khi không có nhận định về chỉ số sản xuất công nghiệp (không có chỉ số, hay "
        f"nhận định trái với mức tăng, giảm của chỉ số; hãy giữ nó trong {{% if {name} %}} … "
        "{% endif %})"
    )


def known(text: str, where: str) -> str:
    """``text``, or a ``Blank`` named ``where`` when it is ""."""
    return text or Blank(where)
