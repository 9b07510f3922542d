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
once and turned into a cached plan of small converter functions; the path of a bad value is
assembled only while an error travels out, so valid data pays nothing for it.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar, cast
from uuid import UUID

from app.models.errors import DomainError, FieldError

T = TypeVar("T")

_Converter = Callable[[Any], Any]

_MISSING = object()


class _Invalid(Exception):
    """A bad value deep inside the data; ``path`` grows (innermost first) as it propagates.

    Private: :func:`from_json_dict` and :func:`to_json_dict` turn it into a ``DomainError``.
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


def _wrong_type(expected_zh: str, expected_en: str, value: object) -> _Invalid:
    got = _JSON_TYPE_NAMES.get(type(value), type(value).__name__)
    return _Invalid(f"应为{expected_zh}，实际为 {got}", f"expected {expected_en}, got {got}")


def _bad_value(expected_zh: str, expected_en: str, value: object) -> _Invalid:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "…"
    return _Invalid(f"{shown} 不是有效的{expected_zh}", f"{shown} is not a valid {expected_en}")


# ---------------------------------------------------------------- decoding: scalar converters


def _decode_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise _wrong_type("文本", "a string", value)


def _decode_int(value: Any) -> int:
    if type(value) is int:  # bool is an int subclass, and refused here on purpose
        return value
    raise _wrong_type("整数", "an integer", value)


def _decode_float(value: Any) -> float:
    if type(value) is float or type(value) is int:
        return float(value)
    raise _wrong_type("数值", "a number", value)


def _decode_bool(value: Any) -> bool:
    if value is True or value is False:
        return value
    raise _wrong_type("是/否", "true or false", value)


def _decode_uuid(value: Any) -> UUID:
    if type(value) is str:
        try:
            return UUID(value)
        except ValueError:
            raise _bad_value("标识（UUID）", "UUID", value) from None
    if isinstance(value, UUID):
        return value
    raise _wrong_type("标识（UUID）字符串", "a UUID string", value)


def _decode_date(value: Any) -> date:
    if type(value) is str:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _bad_value("日期（YYYY-MM-DD）", "date (YYYY-MM-DD)", value) from None
    if type(value) is date:
        return value
    raise _wrong_type("日期字符串", "a date string", value)


def _aware_utc(moment: datetime) -> datetime:
    offset = moment.utcoffset()
    if offset is None:
        raise _Invalid("时间缺少时区", "the time has no timezone")
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def _decode_datetime(value: Any) -> datetime:
    if type(value) is str:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise _bad_value("时间（ISO-8601）", "ISO-8601 time", value) from None
        return _aware_utc(moment)
    if isinstance(value, datetime):
        return _aware_utc(value)
    raise _wrong_type("时间字符串", "a time string", value)


def _enum_decoder(enum_cls: type[Enum]) -> _Converter:
    members: dict[object, Enum] = {member.value: member for member in enum_cls}
    allowed = ", ".join(str(code) for code in members)

    def decode(value: Any) -> Enum:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value such as a list
            raise _Invalid(
                f"{value!r:.40} 不在可选值之中（{allowed}）",
                f"{value!r:.40} is not one of {allowed}",
            ) from None

    return decode


# --------------------------------------------------------------- decoding: composite converters


def _optional_decoder(inner: _Converter) -> _Converter:
    def decode(value: Any) -> Any:
        return None if value is None else inner(value)

    return decode


def _locate_failed_element(error: _Invalid, inner: _Converter, elements: Any) -> None:
    """Add the index of the element that fails to ``error.path``.

    Only called once something failed, so valid collections never pay for counting.
    """
    for index, element in enumerate(elements):
        try:
            inner(element)
        except _Invalid:
            error.path.append(f"[{index}]")
            return


def _collection_decoder(inner: _Converter, build: Callable[[list[Any]], Any]) -> _Converter:
    def decode(value: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise _wrong_type("列表", "an array", value)
        try:
            return build([inner(element) for element in value])
        except _Invalid as error:
            _locate_failed_element(error, inner, value)
            raise

    return decode


# One field of a decoding plan: key, converter, the JSON type that already *is* the field's
# value (so the converter can be skipped), default (``_REQUIRED`` if none), default factory.
_FieldPlan = tuple[str, _Converter, type | None, object, Callable[[], object] | None]
_REQUIRED = object()
_EXACT_JSON_TYPES: dict[object, type] = {str: str, int: int, bool: bool, float: float}


def _field_plan(field: dataclasses.Field[Any], hint: object) -> _FieldPlan:
    exact = _EXACT_JSON_TYPES.get(hint)
    if exact is None and typing.get_origin(hint) in (types.UnionType, typing.Union):
        # Optional[str] and the like: a str is taken as it is, None goes through the converter.
        others = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        exact = _EXACT_JSON_TYPES.get(others[0]) if len(others) == 1 else None
    factory = None if field.default_factory is dataclasses.MISSING else field.default_factory
    if field.default is not dataclasses.MISSING:
        default: object = field.default
    elif factory is not None:
        default = None
    else:
        default = _REQUIRED
    return (field.name, _decoder_for(hint), exact, default, factory)


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


def _dataclass_decoder(cls: type[Any]) -> _Converter:
    plan: list[_FieldPlan] = []
    slot_plan: list[tuple[str, _Converter, type | None, object, Any, Any]] = []
    new_instance = object.__new__

    def decode_into_slots(value: Any) -> Any:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _wrong_type("对象", "an object", value)
        get = value.get
        obj = new_instance(cls)
        name = ""
        try:
            for name, convert, exact, default, factory, store in slot_plan:
                raw = get(name, _MISSING)
                if raw is _MISSING:
                    if default is _REQUIRED:
                        raise _Invalid("缺少必填字段", "required field is missing")
                    raw = default if factory is None else factory()
                elif type(raw) is not exact:
                    raw = convert(raw)
                store(obj, raw)
        except _Invalid as error:
            error.path.append(name)
            raise
        return obj

    def decode_through_init(value: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _wrong_type("对象", "an object", value)
        kwargs: dict[str, Any] = {}
        name = ""
        try:
            for name, convert, exact, default, _factory in plan:
                raw = value.get(name, _MISSING)
                if raw is not _MISSING:
                    kwargs[name] = raw if type(raw) is exact else convert(raw)
                elif default is _REQUIRED:
                    raise _Invalid("缺少必填字段", "required field is missing")
        except _Invalid as error:
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


_SCALAR_DECODERS: dict[object, _Converter] = {
    str: _decode_str,
    int: _decode_int,
    float: _decode_float,
    bool: _decode_bool,
    UUID: _decode_uuid,
    date: _decode_date,
    datetime: _decode_datetime,
}

_DECODERS: dict[object, _Converter] = {}


def _decoder_for(hint: object) -> _Converter:
    cached = _DECODERS.get(hint)
    if cached is not None:
        return cached
    decoder = _build_decoder(hint)
    _DECODERS[hint] = decoder
    return decoder


def _build_decoder(hint: object) -> _Converter:
    if hint in _SCALAR_DECODERS:
        return _SCALAR_DECODERS[hint]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_decoder(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        others = [arg for arg in args if arg is not type(None)]
        if len(others) == 1 and len(args) == 2:
            return _optional_decoder(_decoder_for(others[0]))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _collection_decoder(_decoder_for(args[0]), tuple)
    if origin is frozenset and len(args) == 1:
        return _collection_decoder(_decoder_for(args[0]), frozenset)
    # A programming error (an entity with a field type the codec was never taught), not bad data.
    raise TypeError(f"codec: unsupported field type {hint!r}")


def from_json_dict(cls: type[T], data: Mapping[str, object]) -> T:
    """Decode ``data`` (parsed JSON) into an instance of the dataclass ``cls``.

    Raises ``DomainError(code="codec.invalid")`` naming the field path of the first bad value.
    """
    decoder = _DECODERS.get(cls) or _decoder_for(cls)
    try:
        return cast(T, decoder(data))
    except _Invalid as error:
        raise _codec_error(cls.__name__, error) from None


# ------------------------------------------------------------------------------------- encoding


def _encode_uuid(value: Any) -> str:
    if isinstance(value, UUID):
        return str(value)
    raise _wrong_type("UUID", "a UUID", value)


def _encode_date(value: Any) -> str:
    if type(value) is date:
        return value.isoformat()
    raise _wrong_type("日期", "a date", value)


def _encode_datetime(value: Any) -> str:
    if isinstance(value, datetime):
        return _aware_utc(value).isoformat()
    raise _wrong_type("时间", "a datetime", value)


def _encode_enum(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    raise _wrong_type("枚举值", "an enum member", value)


def _optional_encoder(inner: _Converter | None) -> _Converter | None:
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


def _collection_encoder(inner: _Converter | None, is_set: bool) -> _Converter:
    def encode(value: Any) -> list[Any]:
        if not isinstance(value, tuple | frozenset | set | list):
            raise _wrong_type("列表", "a collection", value)
        if inner is None:
            encoded = list(value)
        else:
            try:
                encoded = [inner(element) for element in value]
            except _Invalid as error:
                _locate_failed_element(error, inner, value)
                raise
        return _sortable(encoded) if is_set else encoded

    return encode


def _dataclass_encoder(cls: type[Any]) -> _Converter:
    plan: list[tuple[str, _Converter | None]] = []

    def encode(obj: Any) -> dict[str, object]:
        if not isinstance(obj, cls):
            raise _wrong_type(cls.__name__, cls.__name__, obj)
        out: dict[str, object] = {}
        name = ""
        try:
            for name, convert in plan:
                value = getattr(obj, name)
                out[name] = value if convert is None else convert(value)
        except _Invalid as error:
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
_ENCODERS: dict[object, _Converter | None] = {}


def _encoder_for(hint: object) -> _Converter | None:
    """The converter for values of ``hint``; ``None`` when they are plain JSON already."""
    if hint in _ENCODERS:
        return _ENCODERS[hint]
    encoder = _build_encoder(hint)
    _ENCODERS[hint] = encoder
    return encoder


def _build_encoder(hint: object) -> _Converter | None:
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
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        others = [arg for arg in args if arg is not type(None)]
        if len(others) == 1 and len(args) == 2:
            return _optional_encoder(_encoder_for(others[0]))
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
    except _Invalid as error:
        raise _codec_error(cls.__name__, error) from None


# --------------------------------------------------------------------------------------- errors


def _join_path(parts_innermost_first: list[str]) -> str:
    path = ""
    for part in reversed(parts_innermost_first):
        if part.startswith("[") or not path:
            path += part
        else:
            path += "." + part
    return path


def _codec_error(entity: str, error: _Invalid) -> DomainError:
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
