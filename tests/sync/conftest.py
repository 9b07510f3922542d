"""Fixtures for the Qt-free client layer: an isolated home, an in-memory keyring, catalog data.

Two safety nets are autouse for every test under ``tests/sync``: ``SHAREDESK_HOME`` (and the
platform's home variables) point into the test's temporary folder, so nothing touches the real
user data; and the keyring is an in-memory backend, so no test reads or writes the real OS
keyring. Both are restored afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.models.codec import to_json_dict
from app.models.entities import DataItem, Department, Resource, ShareSpec
from app.models.enums import (
    CatalogType,
    DepartmentLevel,
    ResourceStatus,
    ShareAttribute,
    UpdateCycle,
)

NOW = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict; never chosen by keyring's own auto-detection."""

    priority = -0.5  # below the fail backend (0): auto-detection and the chainer ignore it

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """SHAREDESK_HOME and every home-like variable inside the test's temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SHAREDESK_HOME", str(home / "sharedesk"))
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "XDG_DATA_HOME",
                 "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home))
    return home


def _swap_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    yield from _swap_keyring(MemoryKeyring())  # type: ignore[misc]


@pytest.fixture
def fail_keyring(memory_keyring: MemoryKeyring) -> Iterator[KeyringBackend]:
    """The backend keyring falls back to when nothing works (headless Linux, no D-Bus)."""
    yield from _swap_keyring(fail.Keyring())


# ------------------------------------------------------------------------------ catalog data


class Factory:
    """Domain objects built through the domain classes, encoded by the real codec."""

    now = NOW

    @staticmethod
    def department(name: str, code: str = "") -> Department:
        return Department(
            id=uuid.uuid4(), code=code or f"11430000{uuid.uuid4().int % 10**8:08d}", name=name,
            level=DepartmentLevel.PROVINCE, created_at=NOW, updated_at=NOW,
        )

    @staticmethod
    def resource(
        name: str, *, provider: Department, items: tuple[str, ...] = (), summary: str = "",
        code: str = "", share: ShareAttribute = ShareAttribute.UNCONDITIONAL,
        catalog_type: CatalogType = CatalogType.BASIC, cycle: UpdateCycle = UpdateCycle.DAILY,
        status: ResourceStatus = ResourceStatus.PUBLISHED, published: date | None = None,
        version: int = 1,
    ) -> Resource:
        """A catalog entry as the server would hold it (R10: conditions and legal basis)."""
        conditional = share is not ShareAttribute.UNCONDITIONAL
        return Resource(
            id=uuid.uuid4(), category="1", item="01", section="001", name=name,
            code=code or f"101001001/{uuid.uuid4().int % 10**6:06d}",
            provider_department_id=provider.id, provider_code=provider.code,
            summary=summary or f"{name}的登记数据", format="库表",
            data_items=tuple(DataItem(name=item) for item in items),
            share=ShareSpec(
                attribute=share,
                conditions="仅限本部门履职使用" if share is ShareAttribute.CONDITIONAL else "",
                legal_basis="《中华人民共和国居民身份证法》" if conditional else "",
            ),
            update_cycle=cycle, catalog_type=catalog_type, status=status,
            publish_date=published, version=version, created_at=NOW, updated_at=NOW,
        )

    @staticmethod
    def upsert(entity: str, obj: Any, seq: int = 0) -> dict[str, Any]:
        """A change-feed entry carrying the object as the server encodes it."""
        data = to_json_dict(obj)
        return {"seq": seq, "entity": entity, "id": data["id"], "op": "upsert", "data": data}

    @staticmethod
    def delete(entity: str, entity_id: object, seq: int = 0) -> dict[str, Any]:
        return {"seq": seq, "entity": entity, "id": str(entity_id), "op": "delete", "data": None}


@pytest.fixture
def factory() -> type[Factory]:
    return Factory
