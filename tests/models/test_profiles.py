"""Rule profiles: the numbers match the rules, every clock cites its source, JSON round-trips.

Expected values are written from regulation/rules.md (hunan-2021, R-ids) and DESIGN.md's
"Rule profiles" paragraph (national-2025), not read from the code.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest

from app.models.enums import Role
from app.models.errors import DomainError
from app.models.profiles import (
    HUNAN_2021,
    NATIONAL_2025,
    PROFILES,
    Clock,
    ClockName,
    DisputeEscalation,
    RuleProfile,
    get_profile,
)

ALL = [HUNAN_2021, NATIONAL_2025]


def _days(clock: Clock | None) -> int | None:
    assert clock is not None
    return clock.working_days


# (clock, hunan working days, hunan rule, national working days) — rules.md and DESIGN.md.
CLOCK_EXPECTATIONS = [
    pytest.param(ClockName.UNCONDITIONAL_REPLY, None, "R12", 1, id="R12-unconditional-direct"),
    pytest.param(ClockName.CONDITIONAL_REPLY, 10, "R13", 10, id="R13-written-reply-10"),
    pytest.param(ClockName.VERIFICATION, 5, "R20", 10, id="R20-verification"),
    pytest.param(ClockName.VERIFICATION_EXTENSION_MAX, 15, "R20", 0, id="R20-extension-max"),
    pytest.param(ClockName.CATALOG_UPDATE, 15, "R5", 10, id="R5-catalog-update"),
]


@pytest.mark.parametrize(("name", "hunan_days", "hunan_rule", "national_days"), CLOCK_EXPECTATIONS)
def test_clock_values_match_the_rules(
    name: ClockName, hunan_days: int | None, hunan_rule: str, national_days: int
) -> None:
    hunan = HUNAN_2021.clock(name)
    assert hunan is not None
    assert hunan.working_days == hunan_days
    assert hunan.citation.rule_id == hunan_rule
    assert _days(NATIONAL_2025.clock(name)) == national_days


def test_hunan_profile_matches_rules_md() -> None:
    p = HUNAN_2021
    assert p.id == "hunan-2021"
    assert p.effective_from == date(2021, 3, 1)
    # R13 sets a flat 10 working days: no extension, nobody approves one.
    assert p.conditional_reply_extension_max.working_days == 0
    assert p.conditional_reply_extension_approver is None
    # R20: the extension needs the provider head's approval.
    assert p.verification_extension_approver is Role.HEAD
    # R5: 15 working days then filing; no extension is provided.
    assert p.catalog_update_extension_max.working_days == 0
    assert p.catalog_update_extension_approver is None
    # Not in the provincial measures at all.
    assert p.delivery_after_consent is None
    assert p.supervisor_review is None
    assert p.material_notice_once is False
    assert p.material_notice_citation is None
    assert p.usage_records_years is None
    # R15: the supervisor of the same level coordinates.
    assert p.dispute_escalation is DisputeEscalation.SAME_LEVEL
    assert p.dispute_citation.rule_id == "R15"


def test_national_profile_matches_design_md() -> None:
    p = NATIONAL_2025
    assert p.id == "national-2025"
    assert p.effective_from == date(2025, 8, 1)
    assert p.conditional_reply_extension_max.working_days == 10
    assert p.conditional_reply_extension_approver is Role.SUPERVISOR
    assert _days(p.delivery_after_consent) == 20
    assert _days(p.supervisor_review) == 2
    assert _days(p.catalog_update_extension_max) == 5
    assert p.verification_extension_approver is None
    assert p.material_notice_once is True
    assert p.material_notice_citation is not None
    assert p.usage_records_years == 3
    assert p.usage_records_citation is not None
    assert p.dispute_escalation is DisputeEscalation.UP_THE_LADDER


@pytest.mark.parametrize("profile", ALL, ids=lambda p: p.id)
def test_every_clock_has_a_citation(profile: RuleProfile) -> None:
    clocks = profile.clocks()
    assert clocks, "a profile without clocks"
    for clock in clocks:
        c = clock.citation
        assert c.source_zh.startswith("《"), clock.name
        assert c.source_en, clock.name
        assert c.article, clock.name
        assert re.fullmatch(r"[RN][1-9]\d*", c.rule_id), (clock.name, c.rule_id)
        assert c.source_zh == profile.source.title_zh, clock.name
        assert clock.starts_zh, clock.name
        assert clock.starts_en, clock.name


def test_hunan_cites_only_rules_md_ids_and_chapters() -> None:
    for citation in HUNAN_2021.citations():
        number = int(citation.rule_id.removeprefix("R"))
        assert citation.rule_id.startswith("R")
        assert 1 <= number <= 26
        assert citation.article.startswith("第")
        assert "章" in citation.article
        assert citation.article_verified


def test_national_cites_articles_and_flags_them_unverified() -> None:
    for citation in NATIONAL_2025.citations():
        assert re.fullmatch(r"第[一二三四五六七八九十]+条", citation.article), citation
        # No article number has been checked against the gazette yet (profiles.py docstring).
        assert not citation.article_verified
        assert "政务数据共享条例" in citation.source_zh


@pytest.mark.parametrize("profile", ALL, ids=lambda p: p.id)
def test_citations_list_every_cited_value_once(profile: RuleProfile) -> None:
    listed = profile.citations()
    assert len(listed) == len(set(listed))
    for clock in profile.clocks():
        assert clock.citation in listed
    assert profile.dispute_citation in listed
    if profile.material_notice_citation is not None:
        assert profile.material_notice_citation in listed


def test_clock_lookup_by_name_and_code() -> None:
    assert HUNAN_2021.clock("verification") == HUNAN_2021.verification
    assert HUNAN_2021.clock(ClockName.DELIVERY_AFTER_CONSENT) is None
    assert [c.name for c in HUNAN_2021.clocks()] == [
        n
        for n in ClockName
        if n not in {ClockName.DELIVERY_AFTER_CONSENT, ClockName.SUPERVISOR_REVIEW}
    ]
    with pytest.raises(ValueError, match="ClockName"):
        HUNAN_2021.clock("coffee_break")


@pytest.mark.parametrize("profile", ALL, ids=lambda p: p.id)
def test_round_trip_through_json(profile: RuleProfile) -> None:
    published = json.dumps(profile.to_dict(), ensure_ascii=False)
    cached = RuleProfile.from_dict(json.loads(published))
    assert cached == profile
    assert cached.to_dict() == profile.to_dict()


def _broken(change: dict[str, Any]) -> dict[str, Any]:
    data = NATIONAL_2025.to_dict()
    for path, value in change.items():
        *parents, leaf = path.split(".")
        target = data
        for key in parents:
            target = target[key]
        if value is KeyError:
            del target[leaf]
        else:
            target[leaf] = value
    return data


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"format": 99}, id="future-format"),
        pytest.param({"id": KeyError}, id="missing-id"),
        pytest.param({"effective_from": "2025-13-01"}, id="bad-date"),
        pytest.param({"clocks.conditional_reply": KeyError}, id="missing-required-clock"),
        pytest.param({"clocks.coffee_break": {}}, id="unknown-clock"),
        pytest.param({"clocks.verification.working_days": -1}, id="negative-days"),
        pytest.param({"clocks.verification.working_days": True}, id="bool-days"),
        pytest.param({"clocks.verification.citation": None}, id="clock-without-citation"),
        pytest.param({"verification_extension_approver": "mayor"}, id="unknown-role"),
        pytest.param({"material_notice_once": "yes"}, id="flag-not-bool"),
        pytest.param({"dispute_escalation": "shout"}, id="unknown-escalation"),
        pytest.param({"dispute_citation.rule_id": ""}, id="empty-rule-id"),
    ],
)
def test_malformed_documents_are_refused_with_a_domain_error(change: dict[str, Any]) -> None:
    with pytest.raises(DomainError) as caught:
        RuleProfile.from_dict(_broken(change))
    assert caught.value.code == "rules.invalid_profile"
    assert caught.value.message_zh
    assert caught.value.message_en


def test_profiles_are_published_by_id() -> None:
    assert set(PROFILES) == {"hunan-2021", "national-2025"}
    assert get_profile("hunan-2021") is HUNAN_2021
    assert get_profile("national-2025") is NATIONAL_2025


def test_unknown_profile_id_is_a_domain_error() -> None:
    with pytest.raises(DomainError) as caught:
        get_profile("mars-2099")
    error = caught.value
    assert error.code == "rules.unknown_profile"
    assert "mars-2099" in error.message_zh
    assert "mars-2099" in error.message_en
    assert error.message_zh != error.message_en
