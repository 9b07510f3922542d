"""The JSON codec of every entity: :func:`to_json_dict` and :func:`from_json_dict`.

One generic pair serves every frozen dataclass of :mod:`app.models.entities`. Values map to
JSON as follows: enums by value, UUIDs as strings, dates as ``YYYY-MM-DD``, datetimes as
ISO-8601 with a UTC offset (a datetime without a timezone is refused both ways; other offsets
are normalised to UTC), tuples and frozensets as arrays (frozensets sorted, so equal sets encode
equally), nested dataclasses as objects, ``None`` as ``null``.

Decoding is forgiving where compatibility needs it and strict elsewhere: unknown keys are
ignored (a newer server may send more), a missing key takes the field's default, and a missing
required key or a value of the wrong type raises ``DomainError(code="codec.invalid")`` naming
the field path (``data_items[3].type``) — never a bare ``KeyError`` or ``TypeError``.

Speed matters (a first sync decodes 100k resources): the type hints of a class are resolved
once and turned into a cached plan of small converter functions. Decoding lives in
:mod:`app.models.codec_decode`, error reporting in :mod:`app.models.codec_errors`; this module
holds the public pair and the encoding half.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar, cast
from uuid import UUID

from app.models.codec_decode import aware_utc, decoder_for, optional_member
from app.models.codec_errors import (
    Converter,
    InvalidValue,
    codec_error,
    locate_failed_element,
    wrong_type,
)

T = TypeVar("T")


def from_json_dict(cls: type[T], data: Mapping[str, object]) -> T:
    """Decode ``data`` (parsed JSON) into an instance of the dataclass ``cls``.

    Raises ``DomainError(code="codec.invalid")`` naming the field path of the first bad value.
    """
    decoder = decoder_for(cls)
    try:
        return cast(T, decoder(data))
    except InvalidValue as error:
        raise codec_error(cls.__name__, error) from None


# ------------------------------------------------------------------------------------- encoding


def _encode_uuid(value: Any) -> str:
    if isinstance(value, UUID):
        return str(value)
    raise wrong_type("UUID", "a UUID", value)


def _encode_date(value: Any) -> str:
    if type(value) is date:
        return value.isoformat()
    raise wrong_type("日期", "a date", value)


def _encode_datetime(value: Any) -> str:
    if isinstance(value, datetime):
        return aware_utc(value).isoformat()
    raise wrong_type("时间", "a datetime", value)


def _encode_enum(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    raise wrong_type("枚举值", "an enum member", value)


def _optional_encoder(inner: Converter | None) -> Converter | None:
    if inner is None:
        return None  # None passes through like any other plain JSON value

    def encode(value: Any) -> Any:
        return None if value is None else inner(value)

    return encode


def _sortable(values: list[Any]) -> list[Any]:
    try:
        return sorted(values)
    except TypeError:  # elements without an order (objects): keep them as they come
        return values


def _collection_encoder(inner: Converter | None, is_set: bool) -> Converter:
    def encode(value: Any) -> list[Any]:
        if not isinstance(value, tuple | frozenset | set | list):
            raise wrong_type("列表", "a collection", value)
        if inner is None:
            encoded = list(value)
        else:
            try:
                encoded = [inner(element) for element in value]
            except InvalidValue as error:
                locate_failed_element(error, inner, value)
                raise
        return _sortable(encoded) if is_set else encoded

    return encode


def _dataclass_encoder(cls: type[Any]) -> Converter:
    plan: list[tuple[str, Converter | None]] = []

    def encode(obj: Any) -> dict[str, object]:
        if not isinstance(obj, cls):
            raise wrong_type(cls.__name__, cls.__name__, obj)
        out: dict[str, object] = {}
        name = ""
        try:
            for name, convert in plan:
                value = getattr(obj, name)
                out[name] = value if convert is None else convert(value)
        except InvalidValue as error:
            error.path.append(name)
            raise
        return out

    _ENCODERS[cls] = encode
    try:
        hints = typing.get_type_hints(cls)
        plan.extend(
            (field.name, _encoder_for(hints[field.name])) for field in dataclasses.fields(cls)
        )
    except TypeError:
        del _ENCODERS[cls]
        raise
    return encode


_PLAIN_JSON = (str, int, float, bool)
_ENCODERS: dict[object, Converter | None] = {}


def _encoder_for(hint: object) -> Converter | None:
    """The converter for values of ``hint``; ``None`` when they are plain JSON already."""
    if hint in _ENCODERS:
        return _ENCODERS[hint]
    encoder = _build_encoder(hint)
    _ENCODERS[hint] = encoder
    return encoder


def _build_encoder(hint: object) -> Converter | None:
    if hint in _PLAIN_JSON:
        return None
    if hint is UUID:
        return _encode_uuid
    if hint is datetime:
        return _encode_datetime
    if hint is date:
        return _encode_date
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _encode_enum
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_encoder(hint)
    member = optional_member(hint)
    if member is not None:
        return _optional_encoder(_encoder_for(member))
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _collection_encoder(_encoder_for(args[0]), is_set=False)
    if origin is frozenset and len(args) == 1:
        return _collection_encoder(_encoder_for(args[0]), is_set=True)
    raise TypeError(f"codec: unsupported field type {hint!r}")


def to_json_dict(obj: object) -> dict[str, object]:
    """Encode the dataclass instance ``obj`` as a dict of plain JSON values.

    Raises ``DomainError(code="codec.invalid")`` for a value the JSON form cannot carry, such as
    a datetime without a timezone.
    """
    cls = type(obj)
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"to_json_dict needs a dataclass instance, not {cls.__name__}")
    encoder = _ENCODERS.get(cls) or _encoder_for(cls)
    assert encoder is not None  # a dataclass always has an encoder
    try:
        return cast(dict[str, object], encoder(obj))
    except InvalidValue as error:
        raise codec_error(cls.__name__, error) from None
