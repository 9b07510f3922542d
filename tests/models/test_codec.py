"""The JSON codec: round trips for every entity, the wire shape the API contract relies on, and
refusals that name the field path instead of leaking KeyError or TypeError."""

from __future__ import annotations

import dataclasses
import typing
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.codec import from_json_dict, to_json_dict
from app.models.entities import (
    ENTITY_CLASSES,
    Attachment,
    DataItem,
    Extension,
    Feedback,
    Reply,
    Resource,
    ShareMethod,
    ShareRequest,
    ShareSpec,
    TimelineEvent,
    User,
)
from app.models.enums import (
    DataItemType,
    FeedbackKind,
    ReplyDecision,
    RequestStatus,
    ResourceStatus,
    Role,
    ShareAttribute,
    ShareMethodKind,
)
from app.models.errors import DomainError

NOW = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)

# ---------------------------------------------------------------- strategies from the type hints

_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # JSON has no surrogates
_OFFSETS = st.sampled_from(
    [UTC, timezone(timedelta(hours=8)), timezone(-timedelta(hours=5, minutes=30))]
)
_SCALARS: dict[object, st.SearchStrategy[Any]] = {
    str: _TEXT,
    int: st.integers(min_value=-(2**53), max_value=2**53),
    bool: st.booleans(),
    uuid.UUID: st.uuids(),
    date: st.dates(),
    # Away from year 1 and 9999 so every offset can be moved to UTC.
    datetime: st.datetimes(
        min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1), timezones=_OFFSETS
    ),
}


def strategy_for(hint: object) -> st.SearchStrategy[Any]:
    if hint in _SCALARS:
        return _SCALARS[hint]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return st.sampled_from(list(hint))
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return st.builds(
            hint, **{f.name: strategy_for(hints[f.name]) for f in dataclasses.fields(hint)}
        )
    args = typing.get_args(hint)
    if type(None) in args:
        (inner,) = (arg for arg in args if arg is not type(None))
        return st.none() | strategy_for(inner)
    if typing.get_origin(hint) is tuple:
        return st.lists(strategy_for(args[0]), max_size=3).map(tuple)
    if typing.get_origin(hint) is frozenset:
        return st.frozensets(strategy_for(args[0]), max_size=3)
    raise AssertionError(f"no strategy for {hint!r}")


def assert_plain_json(value: object) -> None:
    """Only the exact types JSON has: no UUID, datetime, enum or str subclass slips through."""
    if type(value) is dict:
        for key, item in value.items():
            assert type(key) is str
            assert_plain_json(item)
    elif type(value) is list:
        for item in value:
            assert_plain_json(item)
    else:
        assert value is None or type(value) in (str, int, bool), repr(value)


ROUND_TRIP_CLASSES = sorted(
    {
        *ENTITY_CLASSES.values(),
        DataItem,
        ShareSpec,
        ShareMethod,
        Attachment,
        TimelineEvent,
        Reply,
        Extension,
    },
    key=lambda cls: cls.__name__,
)


@pytest.mark.parametrize("cls", ROUND_TRIP_CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_round_trip_through_json_bytes(cls: type, data: st.DataObject) -> None:
    original = data.draw(strategy_for(cls))
    encoded = to_json_dict(original)
    assert_plain_json(encoded)
    wire = orjson.loads(orjson.dumps(encoded))
    decoded = from_json_dict(cls, wire)
    assert decoded == original
    # The encoding is canonical: decoding and encoding again gives the same JSON.
    assert to_json_dict(decoded) == encoded


@settings(max_examples=60, deadline=None)
@given(original=strategy_for(Resource), key=st.data(), junk=st.data())
def test_a_corrupted_field_decodes_or_names_itself(
    original: Resource, key: st.DataObject, junk: st.DataObject
) -> None:
    """Whatever JSON value replaces a field, the answer is an entity or a codec.invalid error."""
    encoded = to_json_dict(original)
    name = key.draw(st.sampled_from(sorted(encoded)))
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | _TEXT,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
        max_leaves=5,
    )
    encoded[name] = junk.draw(json_values)
    try:
        decoded = from_json_dict(Resource, encoded)
    except DomainError as error:
        failure = error
    else:
        assert isinstance(decoded, Resource)
        return
    assert failure.code == "codec.invalid"
    assert str(failure.details["path"]).startswith(name)


# ------------------------------------------------------------------------- the wire shape


def sample_resource() -> Resource:
    return Resource(
        id=uuid.UUID("0b6b2a8e-7f0e-4a53-9d55-2d3c5a0e6f11"),
        category="3",
        item="01",
        section="012",
        subsection="001",
        name="企业法人登记信息",
        code="301012001/000012",
        provider_department_id=uuid.UUID("5d1c7a38-3a57-4b85-8a3a-1f0b7b0c9e22"),
        provider_code="11430000006145012X",
        summary="全省企业法人登记的基本信息",
        format="数据库",
        data_items=(
            DataItem(name="统一社会信用代码", code="USCC", length=18),
            DataItem(name="注册资本", type=DataItemType.NUMBER, shared=False),
        ),
        share=ShareSpec(
            attribute=ShareAttribute.CONDITIONAL,
            conditions="仅限市场监管业务",
            legal_basis="《市场主体登记管理条例》",
        ),
        share_method=ShareMethod(kind=ShareMethodKind.INTERFACE),
        usage_scope="省直部门",
        publish_date=date(2026, 1, 15),
        related_codes=("301012001/000013",),
        status=ResourceStatus.PUBLISHED,
        created_at=NOW,
        updated_at=NOW,
    )


def test_wire_shape_of_a_resource() -> None:
    encoded = to_json_dict(sample_resource())
    assert encoded["id"] == "0b6b2a8e-7f0e-4a53-9d55-2d3c5a0e6f11"
    assert encoded["status"] == "published"
    assert encoded["publish_date"] == "2026-01-15"
    assert encoded["created_at"] == "2026-03-02T01:30:00+00:00"
    assert encoded["law_change_due"] is None
    assert encoded["related_codes"] == ["301012001/000013"]
    assert encoded["share"] == {
        "attribute": "conditional",
        "conditions": "仅限市场监管业务",
        "legal_basis": "《市场主体登记管理条例》",
    }
    assert encoded["share_method"] == {"category": "platform", "kind": "interface"}
    assert encoded["data_items"] == [
        {
            "name": "统一社会信用代码",
            "code": "USCC",
            "type": "string",
            "length": 18,
            "description": "",
            "shared": True,
        },
        {
            "name": "注册资本",
            "code": "",
            "type": "number",
            "length": None,
            "description": "",
            "shared": False,
        },
    ]
    assert_plain_json(encoded)


def test_frozensets_encode_sorted_so_equal_sets_encode_equally() -> None:
    user = User(
        id=uuid.uuid4(),
        username="zhang.wei",
        display_name="张伟",
        department_id=uuid.uuid4(),
        roles=frozenset({Role.SUPERVISOR, Role.HEAD, Role.OFFICER}),
        created_at=NOW,
        updated_at=NOW,
    )
    assert to_json_dict(user)["roles"] == ["head", "officer", "supervisor"]


def test_times_in_other_offsets_are_normalised_to_utc() -> None:
    encoded = to_json_dict(sample_resource())
    encoded["updated_at"] = "2026-03-02T09:30:00+08:00"
    decoded = from_json_dict(Resource, encoded)
    assert decoded.updated_at == NOW
    assert decoded.updated_at.utcoffset() == timedelta(0)
    assert to_json_dict(decoded)["updated_at"] == "2026-03-02T01:30:00+00:00"


def test_unknown_keys_are_ignored_for_forward_compatibility() -> None:
    encoded = to_json_dict(sample_resource())
    encoded["added_in_api_v2"] = {"anything": [1, 2]}
    data_items = encoded["data_items"]
    assert isinstance(data_items, list)
    data_items[0]["sensitivity"] = "high"
    assert from_json_dict(Resource, encoded) == sample_resource()


def test_missing_optional_keys_take_their_defaults() -> None:
    minimal = {
        "id": str(uuid.uuid4()),
        "resource_id": str(uuid.uuid4()),
        "requester_department_id": str(uuid.uuid4()),
        "requester_user_id": str(uuid.uuid4()),
        "provider_department_id": str(uuid.uuid4()),
        "purpose": "用于办理企业开办登记的身份核验",
        "created_at": "2026-03-02T01:30:00+00:00",
        "updated_at": "2026-03-02T01:30:00+00:00",
    }
    request = from_json_dict(ShareRequest, minimal)
    assert request.status is RequestStatus.DRAFT
    assert request.data_items == ()
    assert request.reply is None
    assert request.due is None
    assert request.version == 1


def test_nested_entities_decode_into_their_classes() -> None:
    request_id = uuid.uuid4()
    encoded = {
        "id": str(request_id),
        "resource_id": str(uuid.uuid4()),
        "requester_department_id": str(uuid.uuid4()),
        "requester_user_id": str(uuid.uuid4()),
        "provider_department_id": str(uuid.uuid4()),
        "purpose": "用于办理企业开办登记的身份核验",
        "data_items": ["统一社会信用代码"],
        "reply": {
            "id": str(uuid.uuid4()),
            "request_id": str(request_id),
            "decision": "refuse",
            "reasons": "依据《个人信息保护法》第十三条，不予提供",
            "replied_by_user_id": str(uuid.uuid4()),
            "replied_at": "2026-03-09T02:00:00Z",
        },
        "timeline": [{"at": "2026-03-02T01:30:00+00:00", "action": "submit"}],
        "created_at": "2026-03-02T01:30:00+00:00",
        "updated_at": "2026-03-02T01:30:00+00:00",
    }
    request = from_json_dict(ShareRequest, encoded)
    assert request.data_items == ("统一社会信用代码",)
    assert isinstance(request.reply, Reply)
    assert request.reply.decision is ReplyDecision.REFUSE
    assert request.reply.replied_at == datetime(2026, 3, 9, 2, 0, tzinfo=UTC)
    assert request.timeline == (TimelineEvent(at=NOW, action="submit"),)


# --------------------------------------------------------------------------------- refusals


def _corrupt(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    encoded: dict[str, Any] = to_json_dict(sample_resource())
    target: Any = encoded
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return encoded


_DELETE = object()


@pytest.mark.parametrize(
    ("path", "value", "expected_path"),
    [
        (("name",), _DELETE, "name"),
        (("name",), None, "name"),
        (("name",), 12, "name"),
        (("version",), True, "version"),
        (("version",), "3", "version"),
        (("id",), "not-a-uuid", "id"),
        (("id",), 42, "id"),
        (("publish_date",), "2026-02-30", "publish_date"),
        (("publish_date",), "2026-01-15T00:00:00", "publish_date"),
        (("created_at",), "2026-03-02T01:30:00", "created_at"),
        (("created_at",), "yesterday", "created_at"),
        (("status",), "archived", "status"),
        (("status",), ["published"], "status"),
        (("share",), "conditional", "share"),
        (("share", "attribute"), _DELETE, "share.attribute"),
        (("share_method", "kind"), "fax", "share_method.kind"),
        (("data_items",), {"name": "x"}, "data_items"),
        (("data_items", 1, "type"), "blob", "data_items[1].type"),
        (("data_items", 1, "shared"), 1, "data_items[1].shared"),
        (("data_items", 0, "name"), _DELETE, "data_items[0].name"),
        (("related_codes", 0), 301012001, "related_codes[0]"),
    ],
)
def test_bad_values_raise_codec_invalid_naming_the_path(
    path: tuple[str | int, ...], value: object, expected_path: str
) -> None:
    with pytest.raises(DomainError) as caught:
        from_json_dict(Resource, _corrupt(path, value))
    error = caught.value
    assert error.code == "codec.invalid"
    assert error.details["path"] == expected_path
    assert error.field_errors[0].field == expected_path
    assert expected_path in error.message_zh
    assert expected_path in error.message_en
    assert "数据格式有误" in error.message_zh


def test_a_payload_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(DomainError) as caught:
        from_json_dict(Resource, ["not", "an", "object"])  # type: ignore[arg-type]
    assert caught.value.code == "codec.invalid"


def test_encoding_refuses_a_time_without_timezone() -> None:
    naive = dataclasses.replace(sample_resource(), updated_at=datetime(2026, 3, 2, 9, 30))
    with pytest.raises(DomainError) as caught:
        to_json_dict(naive)
    assert caught.value.code == "codec.invalid"
    assert caught.value.details["path"] == "updated_at"


def test_encoding_names_the_path_of_a_wrong_nested_value() -> None:
    broken = dataclasses.replace(
        sample_resource(),
        data_items=(DataItem(name="x"), DataItem(name="y", type="number")),  # type: ignore[arg-type]
    )
    with pytest.raises(DomainError) as caught:
        to_json_dict(broken)
    assert caught.value.details["path"] == "data_items[1].type"


def test_enum_members_and_uuids_from_python_are_accepted_as_they_are() -> None:
    feedback_id = uuid.uuid4()
    data: dict[str, object] = {
        "id": feedback_id,
        "resource_id": str(uuid.uuid4()),
        "data_item": "法定代表人",
        "kind": FeedbackKind.ERROR,
        "description": "与营业执照不一致",
        "requester_department_id": str(uuid.uuid4()),
        "requester_user_id": str(uuid.uuid4()),
        "provider_department_id": str(uuid.uuid4()),
        "created_at": NOW,
        "updated_at": NOW,
    }
    feedback = from_json_dict(Feedback, data)
    assert feedback.id == feedback_id
    assert feedback.kind is FeedbackKind.ERROR
    assert feedback.created_at == NOW


# ------------------------------------------------------------------ classes the codec adapts to


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Checked:
    """A dataclass whose __post_init__ must run even though the codec fills slots directly."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise DomainError(code="test.order", message_zh="顺序有误", message_en="out of order")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Node:
    """Not slotted, and refers to itself."""

    label: str
    children: tuple[Node, ...] = ()


def test_post_init_still_runs_on_decode() -> None:
    assert from_json_dict(Checked, {"low": 1, "high": 2}) == Checked(low=1, high=2)
    with pytest.raises(DomainError) as caught:
        from_json_dict(Checked, {"low": 3, "high": 2})
    assert caught.value.code == "test.order"


def test_self_referring_unslotted_dataclass_round_trips() -> None:
    tree = Node(label="省", children=(Node(label="市", children=(Node(label="县"),)),))
    encoded = to_json_dict(tree)
    assert encoded == {
        "label": "省",
        "children": [{"label": "市", "children": [{"label": "县", "children": []}]}],
    }
    assert from_json_dict(Node, encoded) == tree
    with pytest.raises(DomainError) as caught:
        from_json_dict(Node, {"label": "省", "children": [{"label": "市", "children": [{}]}]})
    assert caught.value.details["path"] == "children[0].children[0].label"


def test_type_hints_are_resolved_once_per_class(monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class Fresh:
        name: str
        count: int = 0

    calls: list[object] = []
    real: Callable[..., Any] = typing.get_type_hints

    def counting(obj: object, *args: Any, **kwargs: Any) -> Any:
        calls.append(obj)
        return real(obj, *args, **kwargs)

    monkeypatch.setattr(typing, "get_type_hints", counting)
    for index in range(3):
        assert from_json_dict(Fresh, {"name": "x", "count": index}).count == index
        assert to_json_dict(Fresh(name="y"))["count"] == 0
    assert calls.count(Fresh) == 2  # once for the decoder, once for the encoder
