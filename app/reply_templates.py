"""Reason templates a provider department reuses in its written replies (R13, R14, R17).

A refusal must state its reasons (R13) and an approval with conditions states its conditions;
officers write the same few paragraphs again and again, so each department keeps a small book of
templates. The book lives in the local store's ``sync_state`` (one JSON list per department,
key ``reply_templates:<department id>``) — local to this computer, never sent to the platform.
The first time a department opens its book it is seeded with templates that cite the share
attribute's legal basis (R10) through placeholders; deleting every template leaves it empty
(it is not seeded again).

Placeholders in ``{braces}`` are filled when a template is inserted into a reply
(:func:`fill`): ``{resource}``, ``{legal_basis}``, ``{conditions}``, ``{requester}``,
``{purpose}``. An unknown placeholder is left as written. Qt-free.
"""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol
from uuid import UUID

from app.models.enums import LabeledEnum

__all__ = ["PLACEHOLDERS", "SEEDS", "ReasonTemplate", "TemplateBook", "TemplateKind", "fill"]


class TemplateKind(LabeledEnum):
    """Which field of a reply a template is written for."""

    REASONS = "reasons", "不予共享理由", "Reasons for a refusal"
    CONDITIONS = "conditions", "共享条件", "Conditions of an approval"


PLACEHOLDERS: tuple[str, ...] = ("resource", "legal_basis", "conditions", "requester", "purpose")
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


class StateStore(Protocol):
    """What the book needs of :class:`~app.sync.store.LocalStore`."""

    def state_json(self, key: str) -> Any: ...

    def set_state_json(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class ReasonTemplate:
    id: UUID
    kind: TemplateKind
    title: str
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"id": str(self.id), "kind": self.kind.value, "title": self.title,
                "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReasonTemplate | None:
        kind = next((k for k in TemplateKind if k.value == data.get("kind")), None)
        try:
            template_id = UUID(str(data.get("id")))
        except ValueError:
            return None
        title, text = data.get("title"), data.get("text")
        if kind is None or not isinstance(title, str) or not isinstance(text, str):
            return None  # one damaged entry is dropped, not the whole book
        return cls(id=template_id, kind=kind, title=title, text=text)


# (kind, title, text): the seeds cite the share attribute's legal basis (R10) and the rules
# (R13 reasons, R16 purpose and scope of use).
SEEDS: tuple[tuple[TemplateKind, str, str], ...] = (
    (TemplateKind.REASONS, "用途超出法定职责",
     "经审核，贵单位申请“{resource}”所述用途（{purpose}）不属于贵单位的法定职责范围。"
     "依据{legal_basis}，该资源仅向履行相关职责的部门有条件共享，本部门决定不予共享。"),
    (TemplateKind.REASONS, "不满足共享条件",
     "“{resource}”为有条件共享资源，共享条件为：{conditions}。贵单位的申请材料未能说明"
     "满足上述条件，依据{legal_basis}，本部门决定不予共享。补充相关依据后可重新申请。"),
    (TemplateKind.REASONS, "数据项超出必要范围",
     "贵单位申请的数据项超出办理所述事项的必要范围。依据{legal_basis}，按照最小必要原则，"
     "本部门决定不予共享；缩减数据项后可重新申请。"),
    (TemplateKind.REASONS, "缺少法定依据",
     "贵单位未提供使用“{resource}”的法律、法规依据或具体应用场景。依据{legal_basis}，"
     "本部门无法确认共享的必要性，决定不予共享。"),
    (TemplateKind.CONDITIONS, "限定用途和范围",
     "共享数据仅限用于贵单位申请所述事项（{purpose}），不得转交第三方，不得改变用途和使用范围。"),
    (TemplateKind.CONDITIONS, "按资源共享条件使用",
     "按照“{resource}”的共享条件使用：{conditions}。使用期满后及时删除本地留存数据。"),
    (TemplateKind.CONDITIONS, "安全与留痕",
     "贵单位应落实数据安全管理措施，指定专人负责，保存调用日志备查，发生安全事件及时报告。"),
)


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with its known placeholders replaced; an empty value leaves the placeholder
    visible so the officer sees what still needs writing."""

    def value_of(match: re.Match[str]) -> str:
        found = values.get(match.group(1), "")
        return found if found.strip() else match.group(0)

    return _PLACEHOLDER.sub(value_of, text)


class TemplateBook:
    """One department's templates in the local store (see the module docstring).

    Thread-safe: a worker may read while the GUI's dialog saves (reads and writes are short).
    """

    def __init__(self, store: StateStore, department_id: UUID) -> None:
        self._store = store
        self.key = f"reply_templates:{department_id}"
        self._lock = threading.Lock()

    def templates(self, kind: TemplateKind | None = None) -> list[ReasonTemplate]:
        """The department's templates in the order they were made (of ``kind`` if given)."""
        with self._lock:
            found = self._load()
        return [t for t in found if kind is None or t.kind is kind]

    def add(self, kind: TemplateKind, title: str, text: str) -> ReasonTemplate:
        made = ReasonTemplate(id=uuid.uuid4(), kind=kind, title=_required(title, "title"),
                              text=_required(text, "text"))
        with self._lock:
            self._save([*self._load(), made])
        return made

    def update(self, template_id: UUID, *, title: str, text: str) -> ReasonTemplate:
        with self._lock:
            found = self._load()
            index = next((i for i, t in enumerate(found) if t.id == template_id), None)
            if index is None:
                raise KeyError(str(template_id))
            found[index] = replace(found[index], title=_required(title, "title"),
                                   text=_required(text, "text"))
            self._save(found)
            return found[index]

    def delete(self, template_id: UUID) -> None:
        with self._lock:
            self._save([t for t in self._load() if t.id != template_id])

    def _load(self) -> list[ReasonTemplate]:
        raw = self._store.state_json(self.key)
        if not isinstance(raw, list):  # never opened (or unreadable): start from the seeds
            seeded = [ReasonTemplate(id=uuid.uuid4(), kind=kind, title=title, text=text)
                      for kind, title, text in SEEDS]
            self._save(seeded)
            return seeded
        kept = (ReasonTemplate.from_dict(d) for d in raw if isinstance(d, Mapping))
        return [t for t in kept if t is not None]

    def _save(self, templates: list[ReasonTemplate]) -> None:
        self._store.set_state_json(self.key, [t.to_dict() for t in templates])


def _required(value: str, field: str) -> str:
    text = value.strip()
    if not text:
        raise ValueError(f"a template needs a {field}")
    return text
