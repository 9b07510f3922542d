"""The versioned schema: migrations apply once, in order, and refuse a newer database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from server import db, schema
from server.__main__ import main, parse_args


def test_migrate_builds_every_table_once(tmp_path: Path) -> None:
    engine = db.make_engine(str(tmp_path / "a.db"))
    assert schema.migrate(engine) == schema.LATEST_VERSION
    assert schema.migrate(engine) == schema.LATEST_VERSION
    with db.read(engine) as conn:
        versions = conn.execute(sa.select(schema.schema_version.c.version)).scalars().all()
        tables = set(sa.inspect(conn).get_table_names())
        epoch = schema.get_setting(conn, "feed_epoch")
    assert versions == [step for step, _, _ in schema.MIGRATIONS]
    assert set(schema.metadata.tables) <= tables
    assert epoch
    assert len(epoch) == 16
    engine.dispose()


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    engine = db.make_engine(str(tmp_path / "b.db"))
    schema.migrate(engine)
    with db.write(engine) as conn:
        conn.execute(
            schema.schema_version.insert().values(
                version=schema.LATEST_VERSION + 1,
                description="from the future",
                applied_at=datetime.now(UTC),
            )
        )
    with pytest.raises(RuntimeError, match="newer"):
        schema.migrate(engine)
    engine.dispose()


def test_datetimes_come_back_aware_utc(tmp_path: Path) -> None:
    engine = db.make_engine(str(tmp_path / "c.db"))
    schema.migrate(engine)
    with db.read(engine) as conn:
        applied = conn.execute(sa.select(schema.schema_version.c.applied_at)).scalar()
    assert applied is not None
    assert applied.tzinfo is UTC
    engine.dispose()


def test_command_line_defaults() -> None:
    args = parse_args([])
    assert (args.host, args.port, args.profile, args.demo) == ("127.0.0.1", 8765, None, False)
    args = parse_args(["--demo", "--resources", "100000", "--seed", "7", "--db", "x.db"])
    assert (args.demo, args.resources, args.seed, args.db) == (True, 100000, 7, "x.db")


def test_an_unknown_profile_stops_the_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(tmp_path / "d.db"), "--profile", "nowhere-1999"]) == 2
    assert "nowhere-1999" in capsys.readouterr().err
