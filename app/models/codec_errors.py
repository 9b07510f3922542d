"""How the codec reports bad data: the private signal a bad value raises deep inside a
document, and the ``DomainError(code="codec.invalid")`` it becomes at the top, naming the field
path (``data_items[3].type``). The path is assembled only while an error travels out, so valid
data pays nothing for it. Used by :mod:`app.models.codec` and :mod:`app.models.codec_decode`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from app.models.errors import DomainError, FieldError

Converter = Callable[[Any], Any]


class InvalidValue(Exception):
    """A bad value deep inside the data; ``path`` grows (innermost first) as it propagates.

    Never leaves the codec: :func:`codec_error` turns it into a ``DomainError``.
    """

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.reason_zh = reason_zh
        self.reason_en = reason_en
        self.path: list[str] = []


_JSON_TYPE_NAMES: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "number",
    float: "number",
    str: "string",
    list: "array",
    tuple: "array",
    dict: "object",
}


def wrong_type(expected_zh: str, expected_en: str, value: object) -> InvalidValue:
    got = _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
    return InvalidValue(f"应为{expected_zh}，实际为 {got}", f"expected {expected_en}, got {got}")


def bad_value(expected_zh: str, expected_en: str, value: object) -> InvalidValue:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "…"
    return InvalidValue(f"{shown} 不是有效的{expected_zh}", f"{shown} is not a valid {expected_en}")


def locate_failed_element(error: InvalidValue, inner: Converter, elements: Iterable[Any]) -> None:
    """Add the index of the element that fails to ``error.path``.

    Only called once something failed, so valid collections never pay for counting.
    """
    for index, element in enumerate(elements):
        try:
            inner(element)
        except InvalidValue:
            error.path.append(f"[{index}]")
            return


def _join_path(parts_innermost_first: list[str]) -> str:
    path = ""
    for part in reversed(parts_innermost_first):
        if part.startswith("[") or not path:
            path += part
        else:
            path += "." + part
    return path


def codec_error(entity: str, error: InvalidValue) -> DomainError:
    path = _join_path(error.path)
    where_zh = f"{entity}.{path}" if path else entity
    message_zh = f"数据格式有误：{where_zh}：{error.reason_zh}。"
    message_en = f"Malformed data at {where_zh}: {error.reason_en}."
    return DomainError(
        code="codec.invalid",
        message_zh=message_zh,
        message_en=message_en,
        field_errors=(FieldError(path, "codec.invalid", message_zh, message_en),),
        details={"entity": entity, "path": path},
    )
