"""The sign-in dialog's words: what went wrong when signing in, and the offer of a local copy.

Plain functions the :class:`~app.views.login_dialog.LoginDialog` calls with what it knows (the
problem, the server address, the language, the cached account). Problems are said in words —
wrong password with the attempts left when the platform says, account locked until when,
platform unreachable, certificate not trusted — never as a traceback. The texts keep the
dialog's translation context ("LoginDialog"), so they are translated as they always were.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from app.signin import CachedAccount
from app.sync.problems import (
    AuthExpired,
    InsecureServerUrl,
    Locked,
    NetworkUnavailable,
    PlatformError,
    TlsUntrusted,
    Unauthorized,
)

ATTEMPTS_KEYS = ("attempts_left", "remaining_attempts")


def local_time(text: str) -> str:
    """An ISO time from the platform as the officer's local "YYYY-MM-DD HH:MM" (as given if
    it is not a time)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def describe_problem(error: Exception, server: str, english: bool) -> str:
    """The officer-facing words for a sign-in problem (no traceback, no internals)."""
    if isinstance(error, Locked):
        if error.locked_until:
            return QCoreApplication.translate(
                "LoginDialog",
                "This account is locked after too many wrong passwords, until %1. "
                "Try again then, or ask your administrator.",
            ).replace("%1", local_time(error.locked_until))
        return QCoreApplication.translate(
            "LoginDialog",
            "This account is locked after too many wrong passwords. "
            "Try again later, or ask your administrator.",
        )
    if isinstance(error, AuthExpired):
        return QCoreApplication.translate(
            "LoginDialog", "Your sign-in has ended. Please sign in again.")
    if isinstance(error, Unauthorized):
        left = next((error.body[key] for key in ATTEMPTS_KEYS
                     if isinstance(error.body.get(key), int)), None)
        if left is None:
            return QCoreApplication.translate("LoginDialog", "Wrong username or password.")
        attempts = int(left)  # a plain name: lupdate skips a numerus call with int(...) in it
        return QCoreApplication.translate(
            "LoginDialog",
            "Wrong username or password. %n attempt(s) left before the account is locked.",
            "", attempts,
        )
    if isinstance(error, NetworkUnavailable):
        return QCoreApplication.translate(
            "LoginDialog",
            "The platform at %1 cannot be reached. Check the network connection, or ask your "
            "IT department.",
        ).replace("%1", server)
    if isinstance(error, TlsUntrusted):
        return QCoreApplication.translate(
            "LoginDialog",
            "The certificate of %1 could not be verified, so ShareDesk did not send your "
            "password. Ask your IT department to check the server address and the deployed CA "
            "certificate.",
        ).replace("%1", server)
    if isinstance(error, InsecureServerUrl):
        return QCoreApplication.translate(
            "LoginDialog",
            "The address %1 is not encrypted. Use an address that starts with https://.",
        ).replace("%1", server)
    if isinstance(error, PlatformError):
        return error.message_en if english else error.message_zh
    return QCoreApplication.translate(
        "LoginDialog",
        "Signing in failed unexpectedly (%1). Please try again; if it keeps failing, export "
        "diagnostics for your IT department.",
    ).replace("%1", type(error).__name__)


def offline_offer(account: CachedAccount) -> str:
    """Whose copy this computer holds and when it was last synced; what working on it means."""
    who = account.display_name
    if account.department_name:
        who = QCoreApplication.translate(
            "LoginDialog", "%1 (%2)", "a person (their department)",
        ).replace("%1", account.display_name).replace("%2", account.department_name)
    if account.last_sync is None:
        text = QCoreApplication.translate(
            "LoginDialog",
            "This computer holds a copy of the account of %1, never synced yet. If this is "
            "you, you can work on it offline: browse, draft and queue. Queued items are sent "
            "after you sign in again online.",
        )
    else:
        text = QCoreApplication.translate(
            "LoginDialog",
            "This computer holds a copy of the account of %1, last synced %2. If this is "
            "you, you can work on it offline: browse, draft and queue. Queued items are sent "
            "after you sign in again online.",
        ).replace("%2", account.last_sync.astimezone().strftime("%Y-%m-%d %H:%M"))
    return text.replace("%1", who)
