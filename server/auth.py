"""Identity: argon2 password hashes, opaque tokens, login/refresh/logout and the lockout.

Access tokens live 15 minutes, refresh tokens 30 days; both are random strings of which only the
SHA-256 is stored, so a stolen database yields no usable token and a lookup compares no secret.
A refresh token is good once: refreshing rotates it, and presenting a used one again revokes the
whole login (its family), since only a thief would do that. Five wrong passwords in a row lock the
account for 15 minutes (R23), and the answer says so and until when. Tokens and passwords are
never logged or audited.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime
from typing import Annotated, Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field
from sqlalchemy.engine import Connection

from app.models.entities import User
from app.models.enums import Role
from server import audit, db, objects, schema
from server.authz import Principal
from server.platform import SHANGHAI, CurrentPlatform, Platform
from server.problems import Problem

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])
_bearer = HTTPBearer(auto_error=False, description="access_token from /api/v1/auth/login")


class LoginBody(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class RefreshBody(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=256)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "Bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int
    user: dict[str, Any]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_user(
    conn: Connection,
    user: User,
    password: str,
    *,
    now: datetime,
    hasher: PasswordHasher | None = None,
) -> User:
    """Store a new user with an argon2 hash of ``password`` (seeding, demo, admin tools).

    ``hasher`` defaults to the production cost; pass ``platform.hasher`` to use the app's.
    """
    conn.execute(
        schema.users.insert().values(
            id=str(user.id),
            username=user.username,
            department_id=str(user.department_id),
            roles="",
            active=user.active,
            password_hash=(hasher or PasswordHasher()).hash(password),
            failed_logins=0,
            version=0,
            data="{}",
            updated_at=now,
        )
    )
    stored: User = objects.save(conn, user, now=now)
    return stored


def _credentials_problem() -> Problem:
    return Problem(
        401,
        "auth.invalid_credentials",
        "用户名或密码不正确。",
        "Wrong username or password.",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _locked_problem(until: datetime) -> Problem:
    local = until.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
    return Problem(
        423,
        "auth.locked",
        "账号已被临时锁定。",
        "The account is temporarily locked.",
        detail=f"密码连续输错次数过多，账号已锁定至 {local}（北京时间），请届时再试。",
        detail_en=(
            f"Too many wrong passwords in a row: the account is locked until {local} "
            "(Beijing time). Please try again then."
        ),
        rule="R23",
        extra={"locked_until": until.isoformat()},
    )


def _issue_tokens(
    conn: Connection, platform: Platform, user_id: str, family: str
) -> tuple[str, str]:
    now = platform.utcnow()
    access = "sda_" + secrets.token_urlsafe(32)
    refresh = "sdr_" + secrets.token_urlsafe(32)
    settings = platform.settings
    conn.execute(
        schema.tokens.insert(),
        [
            {
                "token_hash": token_hash(access),
                "kind": "access",
                "user_id": user_id,
                "family_id": family,
                "created_at": now,
                "expires_at": now + settings.access_token_ttl,
            },
            {
                "token_hash": token_hash(refresh),
                "kind": "refresh",
                "user_id": user_id,
                "family_id": family,
                "created_at": now,
                "expires_at": now + settings.refresh_token_ttl,
            },
        ],
    )
    return access, refresh


def _token_pair(conn: Connection, platform: Platform, user_row: Any, family: str) -> TokenPair:
    access, refresh = _issue_tokens(conn, platform, user_row.id, family)
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        expires_in=int(platform.settings.access_token_ttl.total_seconds()),
        user=db.loads(user_row.data),
    )


def _verify(platform: Platform, stored_hash: str | None, password: str) -> bool:
    # An unknown user still costs one argon2 verification, so timing reveals no usernames.
    try:
        return platform.hasher.verify(stored_hash or _dummy_hash(platform), password) and bool(
            stored_hash
        )
    except (VerificationError, InvalidHashError):
        return False


def _dummy_hash(platform: Platform) -> str:
    cached: str | None = getattr(platform, "_dummy_hash", None)
    if cached is None:
        cached = platform.hasher.hash(secrets.token_hex(16))
        object.__setattr__(platform, "_dummy_hash", cached)
    return cached


@router.post(
    "/login",
    response_model=TokenPair,
    summary="Sign in / 登录",
    responses={423: {"description": "Locked after repeated failures, until locked_until"}},
)
def login(body: LoginBody, platform: CurrentPlatform) -> TokenPair:
    users = schema.users
    with db.write(platform.engine) as conn:
        now = platform.utcnow()
        row = conn.execute(sa.select(users).where(users.c.username == body.username)).first()
        if row is not None and row.locked_until is not None and row.locked_until > now:
            audit.append(
                conn,
                now=now,
                actor=body.username,
                action="auth.login",
                entity="user",
                entity_id=row.id,
                result="auth.locked",
            )
            failure: Problem = _locked_problem(row.locked_until)
        elif row is None or not row.active:
            _verify(platform, None, body.password)
            audit.append(
                conn,
                now=now,
                actor=body.username,
                action="auth.login",
                entity="user",
                entity_id=body.username,
                result="auth.invalid_credentials",
            )
            failure = _credentials_problem()
        elif not _verify(platform, row.password_hash, body.password):
            failures = row.failed_logins + 1
            locked = failures >= platform.settings.lockout_threshold
            until = now + platform.settings.lockout_duration if locked else None
            conn.execute(
                users.update()
                .where(users.c.id == row.id)
                .values(failed_logins=0 if locked else failures, locked_until=until)
            )
            result = "auth.locked" if locked else "auth.invalid_credentials"
            audit.append(
                conn,
                now=now,
                actor=body.username,
                action="auth.login",
                entity="user",
                entity_id=row.id,
                result=result,
            )
            failure = _locked_problem(until) if until else _credentials_problem()
        else:
            values: dict[str, Any] = {"failed_logins": 0, "locked_until": None}
            if platform.hasher.check_needs_rehash(row.password_hash):
                values["password_hash"] = platform.hasher.hash(body.password)
            conn.execute(users.update().where(users.c.id == row.id).values(**values))
            audit.append(
                conn,
                now=now,
                actor=row.username,
                action="auth.login",
                entity="user",
                entity_id=row.id,
                result="ok",
                actor_user_id=row.id,
                actor_department_id=row.department_id,
            )
            return _token_pair(conn, platform, row, str(uuid.uuid4()))
    raise failure  # after the commit: the failure count must stick


@router.post("/refresh", response_model=TokenPair, summary="Rotate tokens / 刷新令牌")
def refresh(body: RefreshBody, platform: CurrentPlatform) -> TokenPair:
    tokens, users = schema.tokens, schema.users
    with db.write(platform.engine) as conn:
        now = platform.utcnow()
        found = conn.execute(
            sa.select(tokens, users.c.active)
            .join(users, users.c.id == tokens.c.user_id)
            .where(
                tokens.c.token_hash == token_hash(body.refresh_token), tokens.c.kind == "refresh"
            )
        ).first()
        if found is not None and found.used_at is not None:
            # A rotated token came back: someone holds a copy. End the whole login.
            conn.execute(
                tokens.update()
                .where(tokens.c.family_id == found.family_id, tokens.c.revoked_at.is_(None))
                .values(revoked_at=now)
            )
        elif (
            found is not None
            and found.revoked_at is None
            and found.expires_at > now
            and found.active
        ):
            conn.execute(
                tokens.update().where(tokens.c.token_hash == found.token_hash).values(used_at=now)
            )
            user_row = conn.execute(sa.select(users).where(users.c.id == found.user_id)).one()
            return _token_pair(conn, platform, user_row, found.family_id)
    raise Problem(
        401,
        "auth.refresh_invalid",
        "登录已失效，请重新登录。",
        "The session has ended; please sign in again.",
        headers={"WWW-Authenticate": "Bearer"},
    )


def _principal_for(conn: Connection, now: datetime, token: str) -> tuple[Principal, str] | None:
    tokens, users = schema.tokens, schema.users
    row = conn.execute(
        sa.select(
            users.c.id,
            users.c.username,
            users.c.department_id,
            users.c.roles,
            users.c.data,
            tokens.c.family_id,
        )
        .join(users, users.c.id == tokens.c.user_id)
        .where(
            tokens.c.token_hash == token_hash(token),
            tokens.c.kind == "access",
            tokens.c.revoked_at.is_(None),
            tokens.c.expires_at > now,
            users.c.active,
        )
    ).first()
    if row is None:
        return None
    principal = Principal(
        user_id=row.id,
        username=row.username,
        display_name=str(db.loads(row.data).get("display_name", "")),
        department_id=row.department_id,
        roles=frozenset(Role(code) for code in row.roles.split()),
    )
    return principal, row.family_id


def _authenticate(
    credentials: HTTPAuthorizationCredentials | None, platform: Platform
) -> tuple[Principal, str]:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise Problem(
            401,
            "auth.required",
            "请先登录。",
            "Please sign in first.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with db.read(platform.engine) as conn:
        found = _principal_for(conn, platform.utcnow(), credentials.credentials)
    if found is None:
        raise Problem(
            401,
            "auth.token_invalid",
            "登录已过期，请重新登录。",
            "The session has expired; please sign in again.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return found


def current_principal(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    platform: CurrentPlatform,
) -> Principal:
    """FastAPI dependency: the signed-in user, or a 401 problem."""
    return _authenticate(credentials, platform)[0]


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


@router.post("/logout", status_code=204, summary="Sign out / 退出登录")
def logout(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    platform: CurrentPlatform,
) -> None:
    """End this login: its access and refresh tokens stop working at once."""
    principal, family = _authenticate(credentials, platform)
    with db.write(platform.engine) as conn:
        now = platform.utcnow()
        conn.execute(
            schema.tokens.update()
            .where(schema.tokens.c.family_id == family, schema.tokens.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        audit.append(
            conn,
            now=now,
            actor=principal.username,
            action="auth.logout",
            entity="user",
            entity_id=principal.user_id,
            result="ok",
            actor_user_id=principal.user_id,
            actor_department_id=principal.department_id,
        )
