"""Rule profiles: every legal clock and option of the sharing rules, as data with its citation.

A :class:`RuleProfile` says how long each clock runs (in working days), which extensions exist and
who approves them, and which optional procedures the rules in force provide. The platform picks
one profile; the server publishes it at ``GET /api/v1/rules`` (:meth:`RuleProfile.to_dict`) and
the client caches it (:meth:`RuleProfile.from_dict`), so both count the same deadlines. The
workflow tables ask a profile whether a procedure exists through
``workflow_tables.ProfileFeature``.

Two profiles ship:

* ``hunan-2021`` — the provincial measures of ``regulation/rules.md`` (R1…R26), in force
  2021-03-01. The text carries no article numbers, so citations name the chapter and the R-id.
* ``national-2025`` — the State Council's 《政务数据共享条例》 (国务院令第809号), in force
  2025-08-01. Where it keeps a provincial rule unchanged the citation reuses the R-id (R13's
  10-working-day reply); where it adds or changes a procedure the citation uses an N-id:

  ====  ==================================================================
  N1    unconditional data: the provider answers within 1 working day
  N2    conditional reply: extension of at most 10 working days, supervisor approves
  N3    missing material: one notice listing everything, instead of a rejection
  N4    delivery within 20 working days after consent
  N5    supervisor's review within 2 working days
  N6    verification of doubtful data within 10 working days, no extension
  N7    catalog update within 10 working days, + at most 5 with the supervisor's consent
  N8    usage records kept at least 3 years
  N9    disputes not settled at one level go up the ladder of supervisors
  ====  ==================================================================

  The article numbers of the national regulation below come from secondary sources and memory,
  not from the official text (gov.cn, 国务院令第809号); each such citation carries
  ``article_verified=False`` until someone checks it against the gazette.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from app.models.enums import LabeledEnum, Role
from app.models.errors import DomainError

PROFILE_FORMAT = 1
_E = TypeVar("_E", bound=LabeledEnum)


class ClockName(LabeledEnum):
    """The clocks (and extension caps) a profile defines; values are :class:`RuleProfile` fields."""

    UNCONDITIONAL_REPLY = "unconditional_reply", "无条件共享答复时限", "Unconditional reply"
    CONDITIONAL_REPLY = "conditional_reply", "书面答复时限", "Written reply"
    CONDITIONAL_REPLY_EXTENSION_MAX = (
        "conditional_reply_extension_max",
        "答复期限最长延长",
        "Longest extension of the reply",
    )
    DELIVERY_AFTER_CONSENT = "delivery_after_consent", "同意后交付时限", "Delivery after consent"
    VERIFICATION = "verification", "校核时限", "Verification"
    VERIFICATION_EXTENSION_MAX = (
        "verification_extension_max",
        "校核期限最长延长",
        "Longest extension of the verification",
    )
    CATALOG_UPDATE = "catalog_update", "目录更新时限", "Catalog update"
    CATALOG_UPDATE_EXTENSION_MAX = (
        "catalog_update_extension_max",
        "目录更新期限最长延长",
        "Longest extension of the catalog update",
    )
    SUPERVISOR_REVIEW = "supervisor_review", "主管部门审核时限", "Supervisor's review"


class DisputeEscalation(LabeledEnum):
    """How a dispute between departments is settled (R15; N9)."""

    SAME_LEVEL = (
        "same_level",
        "由同级主管部门协调处理",
        "Coordinated by the supervisor of the same level",
    )
    UP_THE_LADDER = (
        "up_the_ladder",
        "协调不成的，逐级提请上级主管部门协调",
        "Escalated level by level when coordination fails",
    )


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a value comes from: the instrument, its article, and the rule id the code cites."""

    source_zh: str
    source_en: str
    article: str
    rule_id: str
    article_verified: bool = True

    def describe(self, language: str = "zh") -> str:
        if language.startswith("en"):
            return f"{self.source_en}, {self.article} ({self.rule_id})"
        return f"{self.source_zh}{self.article}（{self.rule_id}）"


@dataclass(frozen=True, slots=True)
class LegalSource:
    """The instrument a profile implements."""

    title_zh: str
    title_en: str
    instrument: str


@dataclass(frozen=True, slots=True)
class Clock:
    """A deadline in working days. ``working_days`` None: the rules set no clock (e.g. R12's
    direct access); 0 on an ``*_extension_max`` clock: no extension is allowed."""

    name: ClockName
    working_days: int | None
    citation: Citation
    starts_zh: str
    starts_en: str

    def starts(self, language: str = "zh") -> str:
        return self.starts_en if language.startswith("en") else self.starts_zh


@dataclass(frozen=True, slots=True)
class RuleProfile:
    """The deadlines and options of one set of sharing rules (see the module docstring)."""

    id: str
    name_zh: str
    name_en: str
    effective_from: date
    source: LegalSource
    unconditional_reply: Clock
    conditional_reply: Clock
    conditional_reply_extension_max: Clock
    conditional_reply_extension_approver: Role | None
    delivery_after_consent: Clock | None
    material_notice_once: bool
    material_notice_citation: Citation | None
    verification: Clock
    verification_extension_max: Clock
    verification_extension_approver: Role | None
    catalog_update: Clock
    catalog_update_extension_max: Clock
    catalog_update_extension_approver: Role | None
    supervisor_review: Clock | None
    usage_records_years: int | None
    usage_records_citation: Citation | None
    dispute_escalation: DisputeEscalation
    dispute_citation: Citation

    def name(self, language: str = "zh") -> str:
        return self.name_en if language.startswith("en") else self.name_zh

    def clock(self, name: ClockName | str) -> Clock | None:
        """The clock called ``name``, or None when this profile sets no such clock."""
        value = getattr(self, _member(ClockName, name).value)
        return value if isinstance(value, Clock) else None

    def clocks(self) -> list[Clock]:
        """Every clock this profile defines, in :class:`ClockName` order."""
        return [c for c in (self.clock(n) for n in ClockName) if c is not None]

    def citations(self) -> list[Citation]:
        """Every citation the profile rests on, once each, clocks first."""
        found = [c.citation for c in self.clocks()]
        found += [
            c for c in (self.material_notice_citation, self.usage_records_citation) if c is not None
        ]
        found.append(self.dispute_citation)
        return list(dict.fromkeys(found))

    def to_dict(self) -> dict[str, Any]:
        """The JSON document of ``GET /api/v1/rules``."""
        return {
            "format": PROFILE_FORMAT,
            "id": self.id,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "effective_from": self.effective_from.isoformat(),
            "source": {
                "title_zh": self.source.title_zh,
                "title_en": self.source.title_en,
                "instrument": self.source.instrument,
            },
            "clocks": {c.name.value: _clock_to_dict(c) for c in self.clocks()},
            "conditional_reply_extension_approver": _role_value(
                self.conditional_reply_extension_approver
            ),
            "verification_extension_approver": _role_value(self.verification_extension_approver),
            "catalog_update_extension_approver": _role_value(
                self.catalog_update_extension_approver
            ),
            "material_notice_once": self.material_notice_once,
            "material_notice_citation": _citation_to_dict(self.material_notice_citation),
            "usage_records_years": self.usage_records_years,
            "usage_records_citation": _citation_to_dict(self.usage_records_citation),
            "dispute_escalation": self.dispute_escalation.value,
            "dispute_citation": _citation_to_dict(self.dispute_citation),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RuleProfile:
        """Parse :meth:`to_dict` output; a malformed document raises ``rules.invalid_profile``."""
        try:
            if data["format"] != PROFILE_FORMAT:
                raise ValueError(f"unsupported format {data['format']!r}")
            clocks: Mapping[str, Any] = data["clocks"]
            unknown = set(clocks) - {n.value for n in ClockName}
            if unknown:
                raise ValueError(f"unknown clocks {sorted(unknown)}")

            def clock(name: ClockName) -> Clock | None:
                raw = clocks.get(name.value)
                return None if raw is None else _clock_from_dict(name, raw)

            def required(name: ClockName) -> Clock:
                found = clock(name)
                if found is None:
                    raise ValueError(f"clock {name.value} is required")
                return found

            source = data["source"]
            return cls(
                id=_text(data["id"]),
                name_zh=_text(data["name_zh"]),
                name_en=_text(data["name_en"]),
                effective_from=date.fromisoformat(_text(data["effective_from"])),
                source=LegalSource(
                    _text(source["title_zh"]),
                    _text(source["title_en"]),
                    _text(source["instrument"]),
                ),
                unconditional_reply=required(ClockName.UNCONDITIONAL_REPLY),
                conditional_reply=required(ClockName.CONDITIONAL_REPLY),
                conditional_reply_extension_max=required(ClockName.CONDITIONAL_REPLY_EXTENSION_MAX),
                conditional_reply_extension_approver=_role(
                    data["conditional_reply_extension_approver"]
                ),
                delivery_after_consent=clock(ClockName.DELIVERY_AFTER_CONSENT),
                material_notice_once=_flag(data["material_notice_once"]),
                material_notice_citation=_citation_from_dict(data["material_notice_citation"]),
                verification=required(ClockName.VERIFICATION),
                verification_extension_max=required(ClockName.VERIFICATION_EXTENSION_MAX),
                verification_extension_approver=_role(data["verification_extension_approver"]),
                catalog_update=required(ClockName.CATALOG_UPDATE),
                catalog_update_extension_max=required(ClockName.CATALOG_UPDATE_EXTENSION_MAX),
                catalog_update_extension_approver=_role(data["catalog_update_extension_approver"]),
                supervisor_review=clock(ClockName.SUPERVISOR_REVIEW),
                usage_records_years=_optional_days(data["usage_records_years"]),
                usage_records_citation=_citation_from_dict(data["usage_records_citation"]),
                dispute_escalation=_member(DisputeEscalation, data["dispute_escalation"]),
                dispute_citation=_required_citation(data["dispute_citation"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DomainError(
                code="rules.invalid_profile",
                message_zh="收到的共享规则配置无法识别，请联系系统管理员。",
                message_en="The sharing rules received could not be read; ask the administrator.",
                details={"reason": str(exc)},
            ) from exc


def _member(enum_cls: type[_E], code: object) -> _E:
    for member in enum_cls:
        if member.value == code:
            return member
    raise ValueError(f"{code!r} is not a {enum_cls.__name__}")


def _role_value(role: Role | None) -> str | None:
    return None if role is None else role.value


def _role(raw: object) -> Role | None:
    return None if raw is None else _member(Role, raw)


def _text(raw: object) -> str:
    if not isinstance(raw, str) or not raw:
        raise ValueError(f"expected a non-empty string, got {raw!r}")
    return raw


def _flag(raw: object) -> bool:
    if not isinstance(raw, bool):
        raise ValueError(f"expected true or false, got {raw!r}")
    return raw


def _optional_days(raw: object) -> int | None:
    if raw is None:
        return None
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
        raise ValueError(f"expected a count of days, got {raw!r}")
    return raw


def _citation_to_dict(citation: Citation | None) -> dict[str, Any] | None:
    if citation is None:
        return None
    return {
        "source_zh": citation.source_zh,
        "source_en": citation.source_en,
        "article": citation.article,
        "rule_id": citation.rule_id,
        "article_verified": citation.article_verified,
    }


def _citation_from_dict(raw: Mapping[str, Any] | None) -> Citation | None:
    if raw is None:
        return None
    return Citation(
        source_zh=_text(raw["source_zh"]),
        source_en=_text(raw["source_en"]),
        article=_text(raw["article"]),
        rule_id=_text(raw["rule_id"]),
        article_verified=_flag(raw["article_verified"]),
    )


def _required_citation(raw: Mapping[str, Any] | None) -> Citation:
    citation = _citation_from_dict(raw)
    if citation is None:
        raise ValueError("citation is required")
    return citation


def _clock_to_dict(clock: Clock) -> dict[str, Any]:
    return {
        "working_days": clock.working_days,
        "citation": _citation_to_dict(clock.citation),
        "starts_zh": clock.starts_zh,
        "starts_en": clock.starts_en,
    }


def _clock_from_dict(name: ClockName, raw: Mapping[str, Any]) -> Clock:
    return Clock(
        name=name,
        working_days=_optional_days(raw["working_days"]),
        citation=_required_citation(raw["citation"]),
        starts_zh=_text(raw["starts_zh"]),
        starts_en=_text(raw["starts_en"]),
    )


# The shipped profiles live in their own module; imported last because they use the types above.
from app.models.profile_data import HUNAN_2021, NATIONAL_2025  # noqa: E402

PROFILES: Mapping[str, RuleProfile] = {p.id: p for p in (HUNAN_2021, NATIONAL_2025)}


def get_profile(profile_id: str) -> RuleProfile:
    """The shipped profile ``profile_id``; an unknown id raises ``rules.unknown_profile``."""
    try:
        return PROFILES[profile_id]
    except KeyError:
        raise DomainError(
            code="rules.unknown_profile",
            message_zh=f"没有名为“{profile_id}”的共享规则（可用：{'、'.join(PROFILES)}）。",
            message_en=f"No sharing rules called “{profile_id}” (known: {', '.join(PROFILES)}).",
            details={"profile_id": profile_id},
        ) from None
