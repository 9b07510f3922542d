"""Reference data: the active rule profile and the working-day calendar, and its publication.

``PUT /api/v1/calendar/{year}`` is an administrator's command (idempotent and audited like every
command) that stores a year of the State Council's holiday notice; the server's due dates count
with it at once, and clients receive it through the feed as entity ``calendar_year`` (id: the
year; data: :meth:`CalendarYear.to_dict`), so an offline laptop learns it with its next sync.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from app.models.enums import Role
from app.models.errors import DomainError, FieldError, UnknownCalendarYear
from app.models.workdays import CalendarYear
from server import authz, db, objects, schema
from server.auth import CurrentPrincipal
from server.command_kit import CommandContext, command
from server.platform import CurrentPlatform
from server.problems import Problem

router = APIRouter(prefix="/api/v1", tags=["reference"])
CALENDAR_ENTITY = "calendar_year"


@router.get("/rules", summary="The active rule profile / 当前共享规则")
def rules(
    _principal: CurrentPrincipal,
    platform: CurrentPlatform,
) -> dict[str, Any]:
    """Every clock and option of the rules in force, each with its legal citation."""
    return platform.profile().to_dict()


@router.get(
    "/calendar",
    summary="Official calendar of a year / 节假日安排",
    responses={404: {"description": "The year's calendar is not published yet"}},
)
def calendar_year(
    year: Annotated[int, Query(ge=1900, le=2200)],
    _principal: CurrentPrincipal,
    platform: CurrentPlatform,
) -> dict[str, object]:
    """Holidays and make-up working days (调休) of ``year``; 404 while unpublished."""
    with db.read(platform.engine) as conn:
        calendar = platform.calendar(conn)
    try:
        return calendar.calendar_year(year).to_dict()
    except UnknownCalendarYear as unknown:
        raise Problem(404, unknown.code, unknown.message_zh, unknown.message_en) from None


class CalendarBody(BaseModel):
    year: int = Field(ge=1900, le=2200)
    holidays: list[date]
    makeup_workdays: list[date]
    source: str = Field(
        min_length=1, max_length=500, description="the notice, e.g. 国办发明电〔2026〕…"
    )


@command(
    router,
    "PUT",
    "/calendar/{year}",
    action="calendar.publish",
    summary="Publish a year's calendar (admin) / 发布年度节假日安排",
)
def publish_calendar(ctx: CommandContext, year: int, body: CalendarBody) -> dict[str, object]:
    ctx.require_role(Role.ADMIN)
    if body.year != year:
        raise DomainError(
            "calendar.year_mismatch",
            "地址中的年份与内容不一致。",
            "The year in the address differs from the year in the body.",
            field_errors=(
                FieldError(
                    "year",
                    "calendar.year_mismatch",
                    "年份与地址不一致。",
                    "Differs from the address.",
                ),
            ),
        )
    try:
        published = CalendarYear(
            year=year,
            holidays=frozenset(body.holidays),
            makeup_workdays=frozenset(body.makeup_workdays),
            source=body.source,
        )
    except ValueError as invalid:
        raise DomainError(
            "calendar.invalid", "节假日安排有误。", f"The calendar is inconsistent: {invalid}"
        ) from None
    table = schema.calendar_overrides
    data = published.to_dict()
    ctx.conn.execute(table.delete().where(table.c.year == year))
    ctx.conn.execute(
        table.insert().values(
            year=year,
            data=db.dumps(data),
            published_at=ctx.now,
            published_by_user_id=ctx.principal.user_id,
        )
    )
    objects.record_change(
        ctx.conn,
        CALENDAR_ENTITY,
        str(year),
        op="upsert",
        version=None,
        data_text=db.dumps(data),
        audience=[authz.PUBLIC],
        now=ctx.now,
    )
    ctx.target = (CALENDAR_ENTITY, str(year))
    return data
