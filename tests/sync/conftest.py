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


# ------------------------------------------------------- the real reference server on loopback
# (appended for the client and sync engine tests: tests/sync/test_client.py, test_engine.py,
# test_faults.py)


class LivePlatform:
    """The reference server on 127.0.0.1 with the small province of ``tests/server/conftest``.

    ``view(username)`` is what the server shows that user, read with the server's own
    visibility filter (:func:`server.authz.visible_clause`) straight from its database — the
    yardstick a synced cache is compared with.
    """

    def __init__(self, world: Any, url: str, folder: Path) -> None:
        self.world = world
        self.url = url
        self.folder = folder
        self.keyring = MemoryKeyring()
        self.sleeps: list[float] = []

    def client(self, username: str = "officer", *, url: str | None = None,
               login: bool = True, **options: Any) -> Any:
        from app.sync.client import PlatformClient
        from app.sync.credentials import Credentials
        from tests.server.conftest import PASSWORD

        base = url or self.url
        options.setdefault("sleep", self.sleeps.append)
        client = PlatformClient(base, Credentials(base, username, backend=self.keyring),
                                username=username, **options)
        if login:
            client.login(username, PASSWORD)
        return client

    def store(self, name: str = "client") -> Any:
        from app.sync.store import LocalStore

        return LocalStore.open(self.folder / f"{name}.sqlite3")

    def principal(self, username: str) -> Any:
        from server.authz import Principal
        from tests.server.conftest import USERS

        department = dict((user, dept) for user, dept, _ in USERS)[username]
        roles = dict((user, roles) for user, _, roles in USERS)[username]
        return Principal(str(self.world.user[username]), username, username,
                         str(self.world.dept[department]), roles)

    def view(self, username: str) -> dict[str, dict[str, Any]]:
        """{entity: {id: JSON}} of every object the server shows ``username``."""
        import sqlalchemy as sa

        from server import authz, db, objects

        principal = self.principal(username)
        seen: dict[str, dict[str, Any]] = {}
        with db.read(self.world.platform.engine) as conn:
            for name, kind in objects.KINDS.items():
                rows = conn.execute(
                    sa.select(kind.table.c.id, kind.table.c.data)
                    .where(authz.visible_clause(principal, name, kind.table.c.id))
                )
                seen[name] = {str(row.id): db.loads(row.data) for row in rows}
        return seen


def cached(store: Any) -> dict[str, dict[str, Any]]:
    """{entity: {id: JSON}} of everything a local store holds."""
    from app.sync.store_schema import ENTITY_TABLES

    return {entity: {row["id"]: row for row in store.select_json(entity)}
            for entity in ENTITY_TABLES}


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LivePlatform]:
    """A seeded reference server on 127.0.0.1 (a SQLite file in tmp_path), stopped afterwards."""
    from server.runner import ServerThread
    from tests.server.conftest import build_world

    world = build_world(str(tmp_path / "platform.db"))
    server = ServerThread(world.app)
    url = server.start()
    try:
        yield LivePlatform(world, url, tmp_path)
    finally:
        server.stop()
        world.platform.engine.dispose()


PURPOSE = "办理企业开办登记时核验法定代表人身份信息"


def submit_body(resource_id: object, request_id: uuid.UUID,
                purpose: str = PURPOSE) -> dict[str, Any]:
    """R11/R13: what a conditional request must state (purpose, basis, contact)."""
    return {
        "id": str(request_id), "resource_id": str(resource_id), "purpose": purpose,
        "data_items": ["姓名"], "legal_basis": "《中华人民共和国居民身份证法》",
        "contact_name": "张三", "contact_phone": "13800000000",
    }


def queue_submit(store: Any, resource_id: object, purpose: str = PURPOSE,
                 request_id: uuid.UUID | None = None) -> Any:
    """An officer's new request, saved in the outbox as the GUI saves it."""
    new_id = request_id or uuid.uuid4()
    return store.outbox.enqueue("request.submit", "POST", "/api/v1/requests",
                                submit_body(resource_id, new_id, purpose), "request", new_id)


def queue_withdraw(store: Any, request_id: object, version: int, note: str = "不再需要") -> Any:
    return store.outbox.enqueue("request.withdraw", "POST",
                                f"/api/v1/requests/{request_id}/withdraw", {"note": note},
                                "request", request_id, version)
