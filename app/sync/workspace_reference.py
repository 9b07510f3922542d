"""The rules and calendar the officer's workspace counts with, and what to tell the officer.

The sync engine caches the platform's rule profile (``SyncKey.PROFILE``, from ``GET /rules``)
and the official calendars (``SyncKey.CALENDAR``, from ``GET /calendar`` and the feed). Before
the first sync — or when the cached profile cannot be read — the client counts with
``hunan-2021`` and the State Council calendars built into it, and says so in a
:class:`~app.sync.workspace_types.ReferenceNote` instead of pretending it knows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.models.errors import DomainError
from app.models.profile_data import HUNAN_2021
from app.models.profiles import RuleProfile
from app.models.workdays import CalendarYear, WorkingCalendar
from app.sync.store import LocalStore, SyncKey
from app.sync.workspace_types import ReferenceNote

FALLBACK_PROFILE = HUNAN_2021


@dataclass(frozen=True, slots=True)
class Reference:
    """The rules and calendar in force for this client, and what the officer should know."""

    profile: RuleProfile
    calendar: WorkingCalendar
    notes: tuple[ReferenceNote, ...]


def build_reference(store: LocalStore) -> Reference:
    notes: list[ReferenceNote] = []
    profile = FALLBACK_PROFILE
    raw_profile = store.state_json(SyncKey.PROFILE)
    if isinstance(raw_profile, Mapping):
        try:
            profile = RuleProfile.from_dict(raw_profile)
        except DomainError:
            notes.append(ReferenceNote(
                "reference.profile_unreadable",
                f"收到的共享规则无法识别，暂按《{FALLBACK_PROFILE.name_zh}》计算期限。",
                f"The sharing rules received could not be read; deadlines follow "
                f"{FALLBACK_PROFILE.name_en} for now.",
            ))
    else:
        notes.append(ReferenceNote(
            "reference.profile_default",
            f"尚未从共享平台获取共享规则，暂按《{FALLBACK_PROFILE.name_zh}》计算期限。",
            f"The platform's sharing rules have not been synced yet; deadlines follow "
            f"{FALLBACK_PROFILE.name_en} for now.",
        ))
    years: list[CalendarYear] = []
    raw_calendar = store.state_json(SyncKey.CALENDAR)
    if isinstance(raw_calendar, Mapping):
        for value in raw_calendar.values():
            try:
                years.append(CalendarYear.from_dict(value))
            except (ValueError, TypeError, AttributeError):
                continue  # one unreadable year: that year counts as unpublished
    if not years:
        notes.append(ReferenceNote(
            "reference.calendar_default",
            "尚未从共享平台获取节假日安排，暂按客户端内置的国务院节假日安排计算工作日。",
            "The platform's holiday calendar has not been synced yet; working days follow "
            "the State Council calendars built into the client.",
        ))
    return Reference(profile, WorkingCalendar().with_overrides(years), tuple(notes))
