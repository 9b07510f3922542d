"""The demo catalog: featured entries with a history, and a lazy stream of variants of any size.

**Featured** entries (:func:`featured`) are replayed through the catalog commands by
:mod:`server.demo_stories`, so their versions, notifications and filings are authentic: one
canonical entry per stem (:data:`~server.demo_catalog_stems.STEMS`) at its provincial department
— 居民身份证信息 at 公安厅, 企业登记信息 at 市场监督管理局… — mostly published, a few with a law
change pending (R5: one overdue, one due tomorrow, some with days to go) or updated and filed;
three published city entries; and a showcase of every other state of the catalog flow (R3:
drafts, in review, returned with the supervisor's comment, approved, retired).

**Variants** (:func:`variants`) fill the catalog to any size: a stem at a provincial, city or
county department, its name combined with the region, a year or a form of delivery, its data
items widened from the stem's theme, its state drawn at random (mostly published). They are
generated one at a time, each already in its final state, for :mod:`server.demo_bulk` to write.

Every entry passes :func:`app.models.validation.validate_resource`: the resource code is the
classification (类 1 digit, 项 2, 目 3, 细目 3) and a six-digit sequence unique within it; a
conditional entry states conditions and legal basis (R10); usage scope and share method are set
(R4).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from functools import cache
from uuid import UUID

from app.models.entities import DataItem, Department, Resource, ShareMethod, ShareSpec
from app.models.enums import (
    CatalogType,
    FilingStatus,
    ResourceStatus,
    ShareAttribute,
    ShareMethodCategory,
    ShareMethodKind,
)
from app.models.profiles import RuleProfile
from server.demo_catalog_items import item, items
from server.demo_catalog_stems import STEMS, Stem
from server.demo_province import PROVINCE, DemoIds, Office
from server.demo_time import DemoClock

_CATEGORY = {CatalogType.BASIC: "1", CatalogType.THEMATIC: "2", CatalogType.DEPARTMENTAL: "3"}
# The theme a line of work widens its variants from (extra data items).
_THEMES = {
    "police": ("person", "household"), "market": ("company", "licence"),
    "hrss": ("insurance", "person"), "land": ("property", "land"),
    "health": ("medical", "birth"), "civil": ("assistance", "marriage", "org"),
    "edu": ("school",), "housing": ("fund", "property"), "tax": ("tax", "company"),
    "transport": ("vehicle", "licence"), "medical": ("medical", "insurance"),
    "justice": ("org", "licence"), "env": ("org", "company"), "stats": ("org",),
}  # fmt: skip
_FORMS = (
    "查询接口", "核验服务", "批量交换库", "增量数据", "历史数据", "共享库", "专题库", "比对服务",
    "变更记录", "统计汇总", "电子证照", "目录清单", "归集库", "前置库",
)  # fmt: skip
_HEAVY_KINDS = {"police": 3, "market": 2, "hrss": 2}  # the demo accounts' departments
# R5: canonical entries whose law changed, with the working days left on their update clock.
LAW_CHANGES: dict[str, tuple[int, str]] = {
    "户籍迁移信息": (3, "《中华人民共和国户口登记条例》修订"),
    "社会保险参保信息": (-1, "《中华人民共和国社会保险法》修正"),
    "营业执照信息": (11, "《中华人民共和国市场主体登记管理条例》施行"),
    "纳税人完税信息": (1, "《中华人民共和国税收征收管理法》修订"),
}
# R5: canonical entries updated after a law change, the update filed (pending or acknowledged).
UPDATED: dict[str, tuple[FilingStatus, str]] = {
    "机动车登记信息": (FilingStatus.PENDING, "《中华人民共和国道路交通安全法》修正"),
    "学历证书信息": (FilingStatus.ACKNOWLEDGED, "《中华人民共和国学位法》施行"),
}
# Published city entries that requests and feedback of the cities' departments ask for.
CITY_ENTRIES: tuple[tuple[str, str, ResourceStatus], ...] = (
    ("户籍人口基本信息", "yx_police", ResourceStatus.PUBLISHED),
    ("低保救助对象信息", "np_civil", ResourceStatus.PUBLISHED),
    ("企业登记信息", "ql_market", ResourceStatus.PUBLISHED),
)
# The showcase: (stem, office, status) for every state of the catalog flow besides published.
SHOWCASE: tuple[tuple[str, str, ResourceStatus], ...] = (
    ("机动车登记信息", "police", ResourceStatus.DRAFT),
    ("企业登记信息", "yx_market", ResourceStatus.DRAFT),
    ("户籍人口基本信息", "police", ResourceStatus.IN_REVIEW),
    ("不动产登记信息", "land", ResourceStatus.IN_REVIEW),
    ("学籍信息", "yx_edu", ResourceStatus.IN_REVIEW),
    ("社会保险参保信息", "hrss", ResourceStatus.RETURNED),
    ("婚姻登记信息", "np_civil", ResourceStatus.RETURNED),
    ("出生医学证明", "health", ResourceStatus.APPROVED),
    ("企业登记信息", "market", ResourceStatus.RETIRED),
    ("失业登记信息", "ql_hrss", ResourceStatus.RETIRED),
)
FEATURED_COUNT = len(STEMS) + len(CITY_ENTRIES) + len(SHOWCASE)
RETURN_COMMENT = "信息项“{item}”缺少长度和取值说明，共享条件未写明使用范围，请补充后重新提交。"


@dataclass(frozen=True, slots=True)
class CatalogContext:
    """What the generator needs to know about the province and the clocks."""

    ids: DemoIds
    clock: DemoClock
    profile: RuleProfile
    offices: Sequence[Office]
    departments: Mapping[str, Department]  # by office key


@cache
def _stem_items(stem: Stem) -> tuple[DataItem, ...]:
    """The stem's items, marked shared or withheld as its share attribute says (R10)."""
    return tuple(_flagged(item(name), stem.attribute, name in stem.withheld) for name in stem.items)


def _flagged(data_item: DataItem, attribute: ShareAttribute, withheld: bool) -> DataItem:
    shared = attribute is ShareAttribute.UNCONDITIONAL or (
        attribute is ShareAttribute.CONDITIONAL and not withheld
    )
    return data_item if data_item.shared == shared else replace(data_item, shared=shared)


@cache
def _theme_items(kind: str, attribute: ShareAttribute) -> tuple[DataItem, ...]:
    return tuple(
        _flagged(candidate, attribute, False)
        for group in _THEMES[kind]
        for candidate in items(group)
    )


class Sequences:
    """Six-digit sequence codes, unique within each classification code."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def code(self, classification: str) -> str:
        number = self._next.get(classification, 1)
        self._next[classification] = number + 1
        return f"{classification}/{number:06d}"


@dataclass(frozen=True, slots=True)
class Featured:
    """A catalog entry whose history the demo replays through the catalog commands.

    ``resource`` is the entry as it reads once published; ``target`` is where its story ends.
    R5: ``law`` names the law revised and ``left`` the working days left on the update clock
    (negative: overdue); ``updated`` says the update was published and filed, and how far the
    filing got.
    """

    resource: Resource
    stem: str
    office: Office
    target: ResourceStatus = ResourceStatus.PUBLISHED
    law: str = ""
    left: int = 0
    updated: FilingStatus | None = None


def featured(ctx: CatalogContext, rng: random.Random, sequences: Sequences) -> list[Featured]:
    """The canonical entries, the city entries the cases use, and the showcase."""
    by_key = {office.key: office for office in ctx.offices}
    found: list[Featured] = []
    canonical_codes: dict[str, str] = {}
    for stem in STEMS:
        office = by_key[stem.kind]
        resource = _entry(ctx, rng, sequences, stem, office, subsection=1, name=stem.name,
                          resource_id=ctx.ids("resource", "canonical", stem.name))  # fmt: skip
        canonical_codes[stem.name] = resource.code
        left, law = LAW_CHANGES.get(stem.name, (0, ""))
        target = ResourceStatus.UPDATE_PENDING if law else ResourceStatus.PUBLISHED
        update = UPDATED.get(stem.name)
        found.append(
            Featured(resource, stem.name, office, target, law=law or (update[1] if update else ""),
                     left=left, updated=update[0] if update else None)
        )  # fmt: skip
    stems = {stem.name: stem for stem in STEMS}
    for number, (stem_name, office_key, status) in enumerate(CITY_ENTRIES + SHOWCASE):
        stem, office = stems[stem_name], by_key[office_key]
        resource = _entry(ctx, rng, sequences, stem, office, subsection=2,
                          name=_variant_name(rng, stem, office),
                          resource_id=ctx.ids("resource", "featured", number),
                          related=(canonical_codes[stem.name],))  # fmt: skip
        found.append(Featured(resource, stem.name, office, status))
    return found


def variants(
    ctx: CatalogContext, rng: random.Random, sequences: Sequences, count: int
) -> Iterator[Resource]:
    """``count`` entries varied from the stems, each already in its final state."""
    weighted = [stem for stem in STEMS for _ in range(_HEAVY_KINDS.get(stem.kind, 1))]
    holders = _holders(ctx.offices)
    canonical = {stem.name: f"{_classification(stem, 1)}/000001" for stem in STEMS}
    for number in range(count):
        stem = rng.choice(weighted)
        office = rng.choice(holders[stem.kind])
        variant = _entry(ctx, rng, sequences, stem, office, subsection=3 + number % 900,
                         name=_variant_name(rng, stem, office),
                         resource_id=ctx.ids("resource", number),
                         related=(canonical[stem.name],), widen=True)  # fmt: skip
        yield _in_state(ctx, rng, variant, _random_status(rng))


def _holders(offices: Sequence[Office]) -> dict[str, list[Office]]:
    """Per line of work, the departments that hold variants: the province twice as often."""
    found: dict[str, list[Office]] = {}
    for office in offices:
        if office.kind != "supervisor":
            found.setdefault(office.kind, []).extend([office] * (2 if office.parent is None else 1))
    return found


def _variant_name(rng: random.Random, stem: Stem, office: Office) -> str:
    region = office.region if office.region != PROVINCE else rng.choice((PROVINCE, "全省"))
    year = rng.randint(2010, 2026)
    form = rng.choice(_FORMS)
    match rng.randrange(6):
        case 0:
            return f"{region}{stem.name}{form}"
        case 1:
            return f"{region}{stem.name}（{year}年度）"
        case 2:
            return f"{region}{year}年{stem.name}{form}"
        case 3:
            return f"{region}{stem.name}（{year}年第{rng.randint(1, 4)}季度）"
        case 4:
            return f"{region}{stem.name}{form}（{year}年版）"
        case _:
            return f"{region}{stem.name}"


def _entry(
    ctx: CatalogContext, rng: random.Random, sequences: Sequences, stem: Stem, office: Office,
    *, subsection: int, name: str, resource_id: UUID, related: tuple[str, ...] = (),
    widen: bool = False,
) -> Resource:  # fmt: skip
    department = ctx.departments[office.key]
    data_items = _stem_items(stem)
    if widen:  # variants carry more of their theme's items, as real catalogs do
        present = set(stem.items)
        extra = [c for c in _theme_items(stem.kind, stem.attribute) if c.name not in present]
        data_items += tuple(rng.sample(extra, min(len(extra), rng.randint(4, 12))))
    classification = _classification(stem, subsection)
    published = ctx.clock.today - timedelta(days=rng.randint(60, 5 * 365))
    created = ctx.clock.moment(published - timedelta(days=rng.randint(10, 40)), 10)
    method = stem.method
    category = ShareMethodCategory.PLATFORM  # R8: through the platform, media only for files
    if method is ShareMethodKind.FILE and rng.random() < 0.3:
        category = ShareMethodCategory.MEDIA
    summary = stem.summary if office.region == PROVINCE else f"{office.region}：{stem.summary}"
    return Resource(
        id=resource_id,
        category=_CATEGORY[stem.catalog_type],
        item=stem.item,
        section=stem.section,
        subsection=f"{subsection:03d}",
        name=name,
        code=sequences.code(classification),
        provider_department_id=department.id,
        provider_code=department.code,
        summary=summary,
        format=stem.format,
        data_items=data_items,
        share=ShareSpec(
            attribute=stem.attribute, conditions=stem.conditions, legal_basis=stem.basis
        ),
        share_method=ShareMethod(category=category, kind=method),
        usage_scope=stem.scope,
        open_attribute=stem.open_attribute,
        update_cycle=stem.cycle,
        catalog_type=stem.catalog_type,
        publish_date=published,
        related_codes=related,
        status=ResourceStatus.PUBLISHED,
        created_at=created,
        updated_at=ctx.clock.moment(published, 15),
    )


def _classification(stem: Stem, subsection: int) -> str:
    return f"{_CATEGORY[stem.catalog_type]}{stem.item}{stem.section}{subsection:03d}"


def _random_status(rng: random.Random) -> ResourceStatus:
    draw = rng.random()
    for status, below in (
        (ResourceStatus.DRAFT, 0.02),
        (ResourceStatus.IN_REVIEW, 0.035),
        (ResourceStatus.RETURNED, 0.045),
        (ResourceStatus.APPROVED, 0.05),
        (ResourceStatus.UPDATE_PENDING, 0.058),
        (ResourceStatus.RETIRED, 0.075),
    ):
        if draw < below:
            return status
    return ResourceStatus.PUBLISHED


def _in_state(
    ctx: CatalogContext, rng: random.Random, resource: Resource, status: ResourceStatus
) -> Resource:
    """A variant moved to ``status`` the way the catalog commands get there (R3, R5)."""
    clock = ctx.clock
    if status is ResourceStatus.PUBLISHED:
        return resource
    if status is ResourceStatus.UPDATE_PENDING:  # R5: the update clock runs
        days = ctx.profile.catalog_update.working_days or 0
        changed = clock.ago(max(0, days - rng.randint(-4, 14)))
        return replace(
            resource,
            status=status,
            law_change_due=clock.due(changed, days).date,
            updated_at=clock.moment(changed, 11),
        )
    if status is ResourceStatus.RETIRED:
        retired = clock.moment(clock.ago(rng.randint(5, 200)), 16)
        return replace(resource, status=status, updated_at=retired)
    # Not yet published: drafts, entries in review, returned or approved are recent work.
    touched = clock.moment(clock.ago(rng.randint(1, 6)), rng.randint(9, 17))
    comment = ""
    if status is ResourceStatus.RETURNED:
        comment = RETURN_COMMENT.format(item=rng.choice(resource.data_items).name)
    return replace(
        resource,
        status=status,
        publish_date=None,
        review_comment=comment,
        created_at=min(resource.created_at, touched),
        updated_at=touched,
    )
