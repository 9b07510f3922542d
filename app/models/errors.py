"""The one error type of the domain, and its few named specialisations.

Every rule the software refuses to break raises :class:`DomainError`. It carries a stable
``code`` (for the server's problem ``type``, for tests and for logs) and an explanation an
officer understands, in Chinese first and English second. Views show ``message_zh`` or
``message_en`` as they are; nothing here knows about Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class FieldError:
    """A validation problem with one input field (``field`` is the attribute name)."""

    field: str
    code: str
    message_zh: str
    message_en: str

    def message(self, language: str = "zh") -> str:
        return self.message_en if language.startswith("en") else self.message_zh


@dataclass(eq=False)
class DomainError(Exception):
    """A refused action: illegal transition, failed validation, unknown calendar year, …

    ``code`` is stable and dotted (``request.purpose_required``); ``rule`` names the R-id or
    profile citation that the refusal rests on, when there is one.
    """

    code: str
    message_zh: str
    message_en: str
    rule: str | None = None
    field_errors: tuple[FieldError, ...] = field(default_factory=tuple)
    details: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.code, self.message_en)

    def __str__(self) -> str:
        return f"[{self.code}] {self.message_zh} / {self.message_en}"

    def message(self, language: str = "zh") -> str:
        return self.message_en if language.startswith("en") else self.message_zh


def validation_failed(errors: Iterable[FieldError], rule: str | None = None) -> DomainError:
    """One :class:`DomainError` that carries every field problem found at once."""
    collected = tuple(errors)
    if len(collected) == 1:
        only = collected[0]
        return DomainError(
            code=only.code,
            message_zh=only.message_zh,
            message_en=only.message_en,
            rule=rule,
            field_errors=collected,
        )
    return DomainError(
        code="validation.failed",
        message_zh="填写内容有误，请按提示修改后再提交。",
        message_en="Some fields need attention before this can be submitted.",
        rule=rule,
        field_errors=collected,
    )


class UnknownCalendarYear(DomainError):
    """The answer depends on a year whose official holiday calendar nobody has published yet."""

    def __init__(self, years: Iterable[int]) -> None:
        self.years: tuple[int, ...] = tuple(sorted(set(years)))
        listed = "、".join(str(y) for y in self.years)
        listed_en = ", ".join(str(y) for y in self.years)
        super().__init__(
            code="calendar.unknown_year",
            message_zh=f"{listed} 年的节假日安排尚未公布，无法准确计算工作日。",
            message_en=(
                f"The official holiday calendar for {listed_en} has not been published; "
                "working days cannot be counted exactly."
            ),
            details={"years": self.years},
        )
