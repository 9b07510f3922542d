"""Decoding half of the codec: parsed JSON → entities, through a plan cached per type.

:func:`decoder_for` turns a type hint into a converter once (hints resolved with
``typing.get_type_hints``, then cached), and :mod:`app.models.codec` calls it. Converters refuse
a value of the wrong type by raising :class:`~app.models.codec_errors.InvalidValue`; the field
path is added as the error travels out. Frozen slotted dataclasses are filled slot by slot,
which is all their generated ``__init__`` does, minus the call (most of the cost of decoding
two million data items in a first sync).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any
from uuid import UUID

from app.models.codec_errors import (
    Converter,
    InvalidValue,
    bad_value,
    locate_failed_element,
    wrong_type,
)

_MISSING = object()


def optional_member(hint: object) -> object | None:
    """``X`` for a hint ``X | None`` (or ``Optional[X]``), else ``None``."""
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        args = typing.get_args(hint)
        others = [arg for arg in args if arg is not type(None)]
        if len(others) == 1 and len(args) == 2:
            member: object = others[0]
            return member
    return None


def aware_utc(moment: datetime) -> datetime:
    """The same instant in UTC; a time without a timezone is refused (both directions)."""
    offset = moment.utcoffset()
    if offset is None:
        raise InvalidValue("时间缺少时区", "the time has no timezone")
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def _decode_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise wrong_type("文本", "a string", value)


def _decode_int(value: Any) -> int:
    if type(value) is int:  # bool is an int subclass, and refused here on purpose
        return value
    raise wrong_type("整数", "an integer", value)


def _decode_float(value: Any) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    raise wrong_type("数值", "a number", value)


def _decode_bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise wrong_type("是/否", "true or false", value)


def _decode_uuid(value: Any) -> UUID:
    if type(value) is str:
        try:
            return UUID(value)
        except ValueError:
            raise bad_value("标识（UUID）", "UUID", value) from None
    if isinstance(value, UUID):
        return value
    raise wrong_type("标识（UUID）字符串", "a UUID string", value)


def _decode_date(value: Any) -> date:
    if type(value) is str:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise bad_value("日期（YYYY-MM-DD）", "date (YYYY-MM-DD)", value) from None
    if type(value) is date:
        return value
    raise wrong_type("日期字符串", "a date string", value)


def _decode_datetime(value: Any) -> datetime:
    if type(value) is str:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise bad_value("时间（ISO-8601）", "ISO-8601 time", value) from None
        return aware_utc(moment)
    if isinstance(value, datetime):
        return aware_utc(value)
    raise wrong_type("时间字符串", "a time string", value)


def _enum_decoder(enum_cls: type[Enum]) -> Converter:
    members: dict[object, Enum] = {member.value: member for member in enum_cls}
    allowed = ", ".join(str(code) for code in members)

    def decode(value: Any) -> Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value such as a list
            raise InvalidValue(
                f"{value!r:.40} 不在可选值之中（{allowed}）",
                f"{value!r:.40} is not one of {allowed}",
            ) from None

    return decode


def _optional_decoder(inner: Converter) -> Converter:
    def decode(value: Any) -> Any:
        return None if value is None else inner(value)

    return decode


def _collection_decoder(inner: Converter, build: Callable[[list[Any]], Any]) -> Converter:
    def decode(value: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise wrong_type("列表", "an array", value)
        try:
            return build([inner(element) for element in value])
        except InvalidValue as error:
            locate_failed_element(error, inner, value)
            raise

    return decode


# One field of a decoding plan: key, converter, the JSON type that already *is* the field's
# value (so the converter can be skipped), default (``_REQUIRED`` if none), default factory.
_FieldPlan = tuple[str, Converter, type | None, object, Callable[[], object] | None]
_REQUIRED = object()
_EXACT_JSON_TYPES: dict[object, type] = {str: str, int: int, bool: bool, float: float}


def _field_plan(field: dataclasses.Field[Any], hint: object) -> _FieldPlan:
    # For ``str | None`` and the like a str is taken as it is; None goes through the converter.
    exact = _EXACT_JSON_TYPES.get(hint) or _EXACT_JSON_TYPES.get(optional_member(hint))
    factory = None if field.default_factory is dataclasses.MISSING else field.default_factory
    if field.default is not dataclasses.MISSING:
        default: object = field.default
    elif factory is not None:
        default = None
    else:
        default = _REQUIRED
    return (field.name, decoder_for(hint), exact, default, factory)


def _slot_setters(cls: type[Any]) -> list[Callable[[Any, Any], None]] | None:
    """The slot descriptors' setters of ``cls``, when filling slots is all ``__init__`` does.

    A frozen slotted dataclass without ``__post_init__`` has an ``__init__`` that only stores
    each argument in its slot; storing them directly skips the call overhead, which is most of
    the cost of decoding two million data items.
    """
    fields = dataclasses.fields(cls)
    if hasattr(cls, "__post_init__") or not all(field.init for field in fields):
        return None
    setters = []
    for field in fields:
        descriptor = next(
            (klass.__dict__[field.name] for klass in cls.__mro__ if field.name in klass.__dict__),
            None,
        )
        if not isinstance(descriptor, types.MemberDescriptorType):
            return None
        setters.append(descriptor.__set__)
    return setters


def _dataclass_decoder(cls: type[Any]) -> Converter:
    plan: list[_FieldPlan] = []
    slot_plan: list[tuple[str, Converter, type | None, object, Any, Any]] = []
    new_instance = object.__new__

    def decode_into_slots(value: Any) -> Any:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise wrong_type("对象", "an object", value)
        get = value.get
        obj = new_instance(cls)
        name = ""
        try:
            for name, convert, exact, default, factory, store in slot_plan:
                raw = get(name, _MISSING)
                if raw is _MISSING:
                    if default is _REQUIRED:
                        raise InvalidValue("缺少必填字段", "required field is missing")
                    raw = default if factory is None else factory()
                elif type(raw) is not exact:
                    raw = convert(raw)
                store(obj, raw)
        except InvalidValue as error:
            error.path.append(name)
            raise
        return obj

    def decode_through_init(value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise wrong_type("对象", "an object", value)
        kwargs: dict[str, Any] = {}
        name = ""
        try:
            for name, convert, exact, default, _factory in plan:
                raw = value.get(name, _MISSING)
                if raw is not _MISSING:
                    kwargs[name] = raw if type(raw) is exact else convert(raw)
                elif default is _REQUIRED:
                    raise InvalidValue("缺少必填字段", "required field is missing")
        except InvalidValue as error:
            error.path.append(name)
            raise
        return cls(**kwargs)

    setters = _slot_setters(cls)
    decode = decode_through_init if setters is None else decode_into_slots
    # Registered before the plan is filled, so a class that refers to itself still resolves.
    _DECODERS[cls] = decode
    try:
        hints = typing.get_type_hints(cls)
        plan.extend(
            _field_plan(field, hints[field.name]) for field in dataclasses.fields(cls) if field.init
        )
    except TypeError:
        del _DECODERS[cls]
        raise
    if setters is not None:
        slot_plan.extend((*entry, store) for entry, store in zip(plan, setters, strict=True))
    return decode


_SCALAR_DECODERS: dict[object, Converter] = {
    str: _decode_str,
    int: _decode_int,
    float: _decode_float,
    bool: _decode_bool,
    UUID: _decode_uuid,
    date: _decode_date,
    datetime: _decode_datetime,
}

_DECODERS: dict[object, Converter] = {}


def decoder_for(hint: object) -> Converter:
    """The converter for values of the type ``hint``, built once and cached."""
    cached = _DECODERS.get(hint)
    if cached is not None:
        return cached
    decoder = _build_decoder(hint)
    _DECODERS[hint] = decoder
    return decoder


def _build_decoder(hint: object) -> Converter:
    if hint in _SCALAR_DECODERS:
        return _SCALAR_DECODERS[hint]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_decoder(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    member = optional_member(hint)
    if member is not None:
        return _optional_decoder(decoder_for(member))
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _collection_decoder(decoder_for(args[0]), tuple)
    if origin is frozenset and len(args) == 1:
        return _collection_decoder(decoder_for(args[0]), frozenset)
    # A programming error (an entity with a field type the codec was never taught), not bad data.
    raise TypeError(f"codec: unsupported field type {hint!r}")
