"""The entities: immutable, keyword-only, versioned where the server changes them, and the few
helpers views and rules rely on (R3 availability, R10 shared items, open requests and feedback)."""

from __future__ import annotations

import dataclasses
import typing
import uuid
from datetime import UTC, datetime
from enum import Enum

import pytest

from app.models import entities
from app.models.entities import (
    ENTITY_CLASSES,
    Attachment,
    AuditEvent,
    DataItem,
    Department,
    Dispute,
    Extension,
    Feedback,
    Filing,
    Notification,
    Reply,
    Resource,
    ShareMethod,
    ShareRequest,
    ShareSpec,
    Suspension,
    TimelineEvent,
    User,
)
from app.models.enums import (
    DataItemType,
    DepartmentLevel,
    FeedbackKind,
    FeedbackStatus,
    ReplyDecision,
    RequestStatus,
    ResourceStatus,
    Role,
    ShareAttribute,
    ShareMethodKind,
)

NOW = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
PROVIDER = uuid.uuid4()
REQUESTER = uuid.uuid4()

ALL_CLASSES = [
    Department,
    User,
    DataItem,
    ShareSpec,
    ShareMethod,
    Resource,
    Attachment,
    TimelineEvent,
    Reply,
    ShareRequest,
    Extension,
    Feedback,
    Dispute,
    Filing,
    Suspension,
    Notification,
    AuditEvent,
]
# The brief: every object the server may change carries version and UTC timestamps (If-Match).
SERVER_MUTABLE = [
    Department,
    User,
    Resource,
    ShareRequest,
    Feedback,
    Dispute,
    Filing,
    Suspension,
]


def resource(**changes: object) -> Resource:
    base = Resource(
        id=uuid.uuid4(),
        category="3",
        item="01",
        section="012",
        subsection="001",
        name="企业法人登记信息",
        code="301012001/000012",
        provider_department_id=PROVIDER,
        provider_code="11430000006145012X",
        summary="全省企业法人登记的基本信息",
        format="数据库",
        data_items=(
            DataItem(name="统一社会信用代码", code="USCC", length=18),
            DataItem(name="法定代表人", code="LEGAL_REP", length=50),
            DataItem(name="注册资本", code="CAPITAL", type=DataItemType.NUMBER, shared=False),
        ),
        share=ShareSpec(
            attribute=ShareAttribute.CONDITIONAL,
            conditions="仅限市场监管业务",
            legal_basis="《市场主体登记管理条例》",
        ),
        share_method=ShareMethod(kind=ShareMethodKind.INTERFACE),
        usage_scope="省直部门",
        status=ResourceStatus.PUBLISHED,
        created_at=NOW,
        updated_at=NOW,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def share_request(**changes: object) -> ShareRequest:
    base = ShareRequest(
        id=uuid.uuid4(),
        resource_id=uuid.uuid4(),
        requester_department_id=REQUESTER,
        requester_user_id=uuid.uuid4(),
        provider_department_id=PROVIDER,
        purpose="用于办理企业开办登记的身份核验",
        created_at=NOW,
        updated_at=NOW,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=lambda cls: cls.__name__)
def test_entities_are_frozen_slotted_keyword_only(cls: type) -> None:
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen
    assert "__slots__" in cls.__dict__
    assert all(field.kw_only for field in dataclasses.fields(cls))


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_field_type_resolves_and_enums_come_from_the_enums_module(cls: type) -> None:
    hints = typing.get_type_hints(cls)
    for field in dataclasses.fields(cls):
        for part in (hints[field.name], *typing.get_args(hints[field.name])):
            if isinstance(part, type) and issubclass(part, Enum):
                assert part.__module__ == "app.models.enums", field.name


@pytest.mark.parametrize("cls", SERVER_MUTABLE, ids=lambda cls: cls.__name__)
def test_server_mutable_entities_carry_version_and_timestamps(cls: type) -> None:
    hints = typing.get_type_hints(cls)
    assert hints["version"] is int
    assert hints["created_at"] is datetime
    assert hints["updated_at"] is datetime
    assert hints["id"] is uuid.UUID


def test_changes_make_new_objects_and_leave_the_original_alone() -> None:
    original = share_request()
    with pytest.raises(dataclasses.FrozenInstanceError):
        original.status = RequestStatus.SUBMITTED  # type: ignore[misc]
    submitted = dataclasses.replace(original, status=RequestStatus.SUBMITTED, version=2)
    assert original.status is RequestStatus.DRAFT
    assert original.version == 1
    assert submitted.status is RequestStatus.SUBMITTED
    assert submitted.id == original.id


def test_positional_construction_is_refused() -> None:
    with pytest.raises(TypeError):
        DataItem("统一社会信用代码")  # type: ignore[misc]


def test_equal_values_are_equal_and_hashable() -> None:
    first = resource()
    twin = dataclasses.replace(first)
    assert first == twin
    assert len({first, twin}) == 1


def test_user_has_role() -> None:
    head = User(
        id=uuid.uuid4(),
        username="zhang.wei",
        display_name="张伟",
        department_id=PROVIDER,
        roles=frozenset({Role.OFFICER, Role.HEAD}),
        created_at=NOW,
        updated_at=NOW,
    )
    assert head.has_role(Role.HEAD)
    assert head.has_role(Role.OFFICER)
    assert not head.has_role(Role.SUPERVISOR)


def test_a_new_user_is_an_officer() -> None:
    user = User(
        id=uuid.uuid4(),
        username="li.na",
        display_name="李娜",
        department_id=REQUESTER,
        created_at=NOW,
        updated_at=NOW,
    )
    assert user.roles == frozenset({Role.OFFICER})


def test_department_defaults_to_no_parent() -> None:
    department = Department(
        id=uuid.uuid4(),
        code="11430000006145012X",
        name="湖南省市场监督管理局",
        level=DepartmentLevel.PROVINCE,
        created_at=NOW,
        updated_at=NOW,
    )
    assert department.parent_id is None
    assert department.supervisor_department_id is None


def test_shared_data_item_names_leave_out_withheld_items_r10() -> None:
    entry = resource()
    assert entry.shared_data_item_names == frozenset({"统一社会信用代码", "法定代表人"})
    assert entry.data_item_names == ("统一社会信用代码", "法定代表人", "注册资本")


def test_data_item_lookup_by_name() -> None:
    entry = resource()
    found = entry.data_item("注册资本")
    assert found is not None
    assert found.type is DataItemType.NUMBER
    assert entry.data_item("不存在的信息项") is None


@pytest.mark.parametrize(
    ("status", "available"),
    [
        (ResourceStatus.DRAFT, False),
        (ResourceStatus.IN_REVIEW, False),
        (ResourceStatus.RETURNED, False),
        (ResourceStatus.APPROVED, False),
        (ResourceStatus.PUBLISHED, True),
        (ResourceStatus.UPDATE_PENDING, True),
        (ResourceStatus.RETIRED, False),
    ],
)
def test_only_published_entries_are_available_r3(status: ResourceStatus, available: bool) -> None:
    assert resource(status=status).is_available is available


def test_classification_code_joins_the_four_levels() -> None:
    assert resource().classification_code == "301012001"
    assert resource(subsection="").classification_code == "301012"


def test_share_attribute_shortcut() -> None:
    assert resource().share_attribute is ShareAttribute.CONDITIONAL


@pytest.mark.parametrize(
    ("status", "is_open"),
    [
        (RequestStatus.DRAFT, False),
        (RequestStatus.SUBMITTED, True),
        (RequestStatus.MATERIAL_REQUESTED, True),
        (RequestStatus.NEGOTIATING, True),
        (RequestStatus.APPROVED, False),
        (RequestStatus.REFUSED, False),
        (RequestStatus.WITHDRAWN, False),
        (RequestStatus.GRANTED, False),
    ],
)
def test_a_request_is_open_while_it_waits_for_an_answer(
    status: RequestStatus, is_open: bool
) -> None:
    assert share_request(status=status).is_open is is_open


@pytest.mark.parametrize(
    ("status", "is_open"),
    [
        (FeedbackStatus.SUBMITTED, True),
        (FeedbackStatus.EXTENSION_REQUESTED, True),
        (FeedbackStatus.EXTENDED, True),
        (FeedbackStatus.CORRECTED, False),
        (FeedbackStatus.NO_ERROR, False),
        (FeedbackStatus.WITHDRAWN, False),
    ],
)
def test_feedback_is_open_while_verification_runs_r20(
    status: FeedbackStatus, is_open: bool
) -> None:
    feedback = Feedback(
        id=uuid.uuid4(),
        resource_id=uuid.uuid4(),
        data_item="法定代表人",
        kind=FeedbackKind.DOUBT,
        description="与营业执照不一致",
        requester_department_id=REQUESTER,
        requester_user_id=uuid.uuid4(),
        provider_department_id=PROVIDER,
        status=status,
        created_at=NOW,
        updated_at=NOW,
    )
    assert feedback.is_open is is_open


def test_extension_is_approved_once_a_head_is_recorded_r20() -> None:
    asked = Extension(
        days=10,
        reason="需要调取档案核对原始材料",
        requested_by_user_id=uuid.uuid4(),
        requested_at=NOW,
    )
    assert not asked.is_approved
    approved = dataclasses.replace(asked, approved_by_user_id=uuid.uuid4(), approved_at=NOW)
    assert approved.is_approved


@pytest.mark.parametrize(
    ("decision", "approval"),
    [
        (ReplyDecision.APPROVE, True),
        (ReplyDecision.APPROVE_WITH_CONDITIONS, True),
        (ReplyDecision.REFUSE, False),
    ],
)
def test_reply_is_approval(decision: ReplyDecision, approval: bool) -> None:
    reply = Reply(
        id=uuid.uuid4(),
        request_id=uuid.uuid4(),
        decision=decision,
        replied_by_user_id=uuid.uuid4(),
        replied_at=NOW,
    )
    assert reply.is_approval is approval


def test_entity_classes_name_every_top_level_entity() -> None:
    assert set(ENTITY_CLASSES.values()) == {*SERVER_MUTABLE, Notification, AuditEvent}
    assert ENTITY_CLASSES["request"] is ShareRequest
    assert ENTITY_CLASSES["resource"] is Resource


def test_entities_module_re_exports_what_it_lists() -> None:
    for name in entities.__all__:
        assert hasattr(entities, name), name
