"""The platform client against the real reference server on 127.0.0.1 (no mock of the server).

Faults come from :mod:`tests.sync.faultproxy` between the two; waits are the client's injected
sleeper (recorded, never slept) and its own timeouts.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import ssl
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app import __version__
from app.models.entities import DataItem
from app.sync.client import PlatformClient, RetryPolicy, parse_retry_after
from app.sync.credentials import SERVICE, Credentials, keyring_account
from app.sync.problems import (
    AuthExpired,
    BadRequest,
    Conflict412,
    InsecureServerUrl,
    Locked,
    NetworkUnavailable,
    NotFound,
    PlatformProblem,
    PreconditionRequired,
    ServerError,
    StateConflict,
    TlsUntrusted,
    Unauthorized,
    Unprocessable,
)
from tests.server.conftest import PASSWORD
from tests.sync.conftest import LivePlatform, submit_body
from tests.sync.faultproxy import Fault, FaultProxy


def a_resource(live: LivePlatform) -> Any:
    return live.world.resource(data_items=(DataItem(name="姓名"), DataItem(name="身份证号")))


# ------------------------------------------------------------------------------ sign-in


def test_login_keeps_the_refresh_token_in_the_keyring_and_never_the_password(
    live: LivePlatform,
) -> None:
    client = live.client("officer")
    account = keyring_account(live.url, "officer")
    stored = live.keyring.secrets[(SERVICE, account)]
    assert client.credentials is not None
    assert stored == client.credentials.refresh_token()
    assert client.credentials.access_token
    assert client.credentials.access_token != stored
    assert all(PASSWORD not in secret for secret in live.keyring.secrets.values())


def test_wrong_password_is_a_problem_with_both_languages_not_auth_expired(
    live: LivePlatform,
) -> None:
    client = live.client("officer", login=False)
    with pytest.raises(Unauthorized) as refused:
        client.login("officer", "not the password")
    assert not isinstance(refused.value, AuthExpired)
    assert refused.value.code == "auth.invalid_credentials"
    assert refused.value.title == "用户名或密码不正确。"
    assert refused.value.title_en == "Wrong username or password."


def test_repeated_wrong_passwords_lock_the_account_r23(live: LivePlatform) -> None:
    client = live.client("officer", login=False)
    for _ in range(4):
        with pytest.raises(Unauthorized):
            client.login("officer", "wrong")
    with pytest.raises(Locked) as locked:
        client.login("officer", "wrong")
    assert locked.value.rule == "R23"
    assert locked.value.locked_until
    assert "锁定" in locked.value.message_zh


def test_401_refreshes_once_and_retries(live: LivePlatform) -> None:
    client = live.client("officer")
    assert client.credentials is not None
    old_refresh = client.credentials.refresh_token()
    client.credentials.set_access_token("sda_expired-or-revoked")
    assert client.rules()["id"] == live.world.platform.profile().to_dict()["id"]
    assert client.credentials.access_token != "sda_expired-or-revoked"
    # the server rotates refresh tokens: the keyring holds the new one
    new_refresh = live.keyring.secrets[(SERVICE, keyring_account(live.url, "officer"))]
    assert new_refresh != old_refresh


def test_a_refused_refresh_is_auth_expired(live: LivePlatform) -> None:
    client = live.client("officer")
    assert client.credentials is not None
    client.credentials.remember("sdr_revoked", "sda_revoked")
    with pytest.raises(AuthExpired) as expired:
        client.rules()
    assert expired.value.code == "auth.refresh_invalid"
    assert expired.value.message_zh == "登录已失效，请重新登录。"


def test_no_session_at_all_is_auth_expired(live: LivePlatform) -> None:
    client = live.client("officer", login=False)
    with pytest.raises(AuthExpired):
        client.changes(None)


def test_logout_ends_the_session_here_and_there(live: LivePlatform) -> None:
    client = live.client("officer")
    assert client.credentials is not None
    token = client.credentials.access_token
    client.logout()
    assert client.credentials.refresh_token() is None
    assert (SERVICE, keyring_account(live.url, "officer")) not in live.keyring.secrets
    answer = requests.get(f"{live.url}/api/v1/rules", timeout=10,
                          headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401


# ------------------------------------------------------------------------------- reads


def test_snapshot_streams_what_the_server_shows(live: LivePlatform) -> None:
    for _ in range(3):
        a_resource(live)
    client = live.client("officer")
    view = live.view("officer")
    seen: dict[str, set[str]] = {}
    with client.snapshot() as stream:
        for entity, data in stream:
            seen.setdefault(entity, set()).add(data["id"])
    assert stream.end is not None
    assert stream.end["count"] == stream.received == sum(len(v) for v in view.values())
    assert seen == {entity: set(objects) for entity, objects in view.items() if objects}


def test_change_feed_pages_continue_from_their_cursor(live: LivePlatform) -> None:
    client = live.client("officer")
    first = client.changes(None, limit=2)
    assert first.has_more
    rest = client.changes(first.next_cursor, limit=1000)
    ids = [c["id"] for c in first.changes + rest.changes]
    assert len(ids) == len(set(ids))
    assert not rest.has_more


def test_calendar_of_an_unpublished_year_is_not_found(live: LivePlatform) -> None:
    client = live.client("officer")
    with pytest.raises(NotFound) as missing:
        client.calendar(2199)
    assert missing.value.code == "calendar.unknown_year"
    assert "2199" in missing.value.message_zh


# ---------------------------------------------------------------------------- commands


def test_a_command_repeated_with_its_key_takes_effect_once(live: LivePlatform) -> None:
    resource = a_resource(live)
    client = live.client("officer")
    request_id, key = uuid.uuid4(), str(uuid.uuid4())
    first = client.send_command("POST", "/api/v1/requests", submit_body(resource.id, request_id),
                                key)
    again = client.send_command("POST", "/requests", submit_body(resource.id, request_id), key)
    assert first.status == again.status == 201
    assert not first.replayed
    assert again.replayed
    assert first.data == again.data
    assert list(live.view("officer")["request"]) == [str(request_id)]
    with pytest.raises(Unprocessable) as reused:
        client.send_command("POST", "/requests", submit_body(resource.id, uuid.uuid4()), key)
    assert reused.value.code == "idempotency.key_reused"


def test_problems_keep_the_server_text_and_field_errors(live: LivePlatform) -> None:
    resource = a_resource(live)
    client = live.client("officer")
    body = submit_body(resource.id, uuid.uuid4(), purpose="查询")
    with pytest.raises(Unprocessable) as refused:
        client.send_command("POST", "/requests", body, str(uuid.uuid4()))
    problem = refused.value
    assert problem.status == 422
    fields = {error.field: error for error in problem.errors}
    assert "purpose" in fields  # R11: a purpose of a few characters says nothing
    assert fields["purpose"].message_zh
    assert fields["purpose"].message_en
    assert fields["purpose"].message_zh != fields["purpose"].message_en
    assert problem.to_dict()["errors"][0].keys() >= {"field", "code", "message", "message_en"}


def test_stale_if_match_is_412_with_the_current_object(live: LivePlatform) -> None:
    resource = a_resource(live)
    client = live.client("officer")
    request_id = uuid.uuid4()
    client.send_command("POST", "/requests", submit_body(resource.id, request_id),
                        str(uuid.uuid4()))
    path = f"/requests/{request_id}/withdraw"
    with pytest.raises(Conflict412) as stale:
        client.send_command("POST", path, {"note": "不再需要"}, str(uuid.uuid4()), if_match=7)
    assert stale.value.current is not None
    assert stale.value.current["id"] == str(request_id)
    assert stale.value.current_version == stale.value.current["version"] == 1
    with pytest.raises(PreconditionRequired):
        client.send_command("POST", path, {"note": "不再需要"}, str(uuid.uuid4()))
    done = client.send_command("POST", path, {"note": "不再需要"}, str(uuid.uuid4()), 1)
    assert done.data["status"] == "withdrawn"
    assert done.etag == '"2"'
    with pytest.raises(StateConflict) as illegal:  # withdrawn already: a workflow refusal
        client.send_command("POST", path, {"note": "再撤一次"}, str(uuid.uuid4()), 2)
    assert not illegal.value.in_progress


def test_a_malformed_key_is_a_bad_request(live: LivePlatform) -> None:
    resource = a_resource(live)
    client = live.client("officer")
    with pytest.raises(BadRequest) as bad:
        client.send_command("POST", "/requests", submit_body(resource.id, uuid.uuid4()),
                            "not-a-uuid")
    assert bad.value.code == "idempotency.key_invalid"


def test_unknown_object_is_not_found(live: LivePlatform) -> None:
    with pytest.raises(NotFound):
        live.client("officer").get_json(f"/requests/{uuid.uuid4()}")


# ------------------------------------------------------------------ retries and faults


def test_retry_after_is_honoured_for_reads(live: LivePlatform) -> None:
    proxy = FaultProxy(live.url, seed=1, rate=0, retry_after=7,
                       forced={2: Fault.UNAVAILABLE, 3: Fault.UNAVAILABLE})
    with proxy as url:
        client = live.client("officer", url=url)  # connection 1: the login
        live.sleeps.clear()
        assert client.rules()["id"]
    assert live.sleeps == [7.0, 7.0]
    assert [p.fault for p in proxy.log] == [Fault.NONE, Fault.UNAVAILABLE, Fault.UNAVAILABLE,
                                            Fault.NONE]


def test_retry_after_beyond_the_cap_is_left_to_the_caller(live: LivePlatform) -> None:
    proxy = FaultProxy(live.url, seed=1, rate=0, retry_after=3600, forced={2: Fault.UNAVAILABLE})
    with proxy as url:
        client = live.client("officer", url=url)
        live.sleeps.clear()
        with pytest.raises(ServerError) as unavailable:
            client.rules()
    assert unavailable.value.retry_after == 3600
    assert live.sleeps == []
    assert len(proxy.log) == 2


def test_retry_after_as_an_http_date() -> None:
    now = dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC)
    assert parse_retry_after("Mon, 02 Mar 2026 01:00:42 GMT", now) == 42
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after("Mon, 02 Mar 2026 00:59:00 GMT", now) == 0
    assert parse_retry_after("soon", now) is None


def test_connection_failures_back_off_exponentially_with_jitter(live: LivePlatform) -> None:
    proxy = FaultProxy(live.url, seed=1, rate=0,
                       forced={2: Fault.RESET, 3: Fault.RESET, 4: Fault.RESET})
    policy = RetryPolicy(retries=3, base=0.5, cap=8.0)
    with proxy as url:
        client = live.client("officer", url=url, retry=policy)
        live.sleeps.clear()
        client.changes(None)
    assert len(live.sleeps) == 3
    for attempt, slept in enumerate(live.sleeps):
        ceiling = policy.base * 2**attempt
        assert ceiling / 2 <= slept <= ceiling


def test_reads_give_up_as_network_unavailable(live: LivePlatform) -> None:
    proxy = FaultProxy(live.url, seed=1, rate=0, forced={n: Fault.RESET for n in range(2, 9)})
    with proxy as url:
        client = live.client("officer", url=url, retry=RetryPolicy(retries=2))
        with pytest.raises(NetworkUnavailable) as offline:
            client.rules()
    assert offline.value.reason == "connect"
    assert "离线" in offline.value.message_zh
    assert len(proxy.log) == 1 + 3


def test_a_stalled_answer_times_out(live: LivePlatform) -> None:
    proxy = FaultProxy(live.url, seed=1, rate=0, forced={2: Fault.STALL, 3: Fault.STALL})
    with proxy as url:
        client = live.client("officer", url=url, timeout=(2.0, 0.3), retry=RetryPolicy(retries=1))
        with pytest.raises(NetworkUnavailable) as offline:
            client.rules()
    assert offline.value.reason == "timeout"


def test_a_truncated_answer_is_read_again(live: LivePlatform) -> None:
    proxy = FaultProxy(live.url, seed=1, rate=0, forced={2: Fault.TRUNCATE})
    with proxy as url:
        client = live.client("officer", url=url)
        assert client.rules()["id"]
    assert [p.fault for p in proxy.log][1:] == [Fault.TRUNCATE, Fault.NONE]


def test_a_snapshot_cut_short_is_network_unavailable(live: LivePlatform) -> None:
    for _ in range(20):
        a_resource(live)
    proxy = FaultProxy(live.url, seed=1, rate=0, forced={2: Fault.TRUNCATE})
    with proxy as url:
        client = live.client("officer", url=url)
        with pytest.raises(NetworkUnavailable) as cut, client.snapshot() as stream:
            for _record in stream:
                pass
    assert cut.value.reason in {"truncated", "garbled"}
    assert stream.end is None


def test_a_keyed_command_is_resent_after_a_dropped_answer(live: LivePlatform) -> None:
    resource = a_resource(live)
    proxy = FaultProxy(live.url, seed=1, rate=0, forced={2: Fault.DROP_RESPONSE})
    request_id, key = uuid.uuid4(), str(uuid.uuid4())
    with proxy as url:
        client = live.client("officer", url=url)
        answer = client.send_command("POST", "/requests", submit_body(resource.id, request_id),
                                     key)
    assert answer.replayed  # the first one was committed; its answer was lost
    assert list(live.view("officer")["request"]) == [str(request_id)]
    sent = [p for p in proxy.log if p.request_line.startswith("POST /api/v1/requests")]
    assert [p.headers["idempotency-key"] for p in sent] == [key, key]
    assert all(p.headers["user-agent"] == f"ShareDesk/{__version__}" for p in proxy.log)


def test_login_is_never_repeated_on_its_own(live: LivePlatform) -> None:
    proxy = FaultProxy(live.url, seed=1, rate=0, forced={1: Fault.UNAVAILABLE})
    with proxy as url:
        client = live.client("officer", url=url, login=False)
        with pytest.raises(ServerError):
            client.login("officer", PASSWORD)
    assert len(proxy.log) == 1


# ------------------------------------------------------------------------------- TLS


def test_plain_http_is_refused_beyond_this_computer() -> None:
    for url in ("http://platform.example.gov.cn", "http://10.0.0.8:8080", "ftp://127.0.0.1"):
        with pytest.raises(InsecureServerUrl) as refused:
            PlatformClient(url)
        assert "https://" in refused.value.message_zh
        assert "https://" in refused.value.message_en
    for url in ("https://platform.example.gov.cn", "http://127.0.0.1:8000", "http://localhost",
                "http://[::1]:8000"):
        PlatformClient(url).close()


def _certificates(folder: Path) -> tuple[Path, ssl.SSLContext]:
    """A private CA (like the one IT deploys) and a server certificate for localhost."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ShareDesk Test CA")])
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
            key_encipherment=False, data_encipherment=False, key_agreement=False,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=3))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = folder / "deployed-ca.pem"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    chain = folder / "server.pem"
    chain.write_bytes(server.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain)
    return ca_file, context


def test_tls_trusts_the_deployed_ca_file_and_nothing_from_the_environment(
    live: LivePlatform, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    ca_file, server_context = _certificates(tmp_path)
    proxy = FaultProxy(live.url, seed=1, rate=0, tls=server_context)
    with proxy as url:
        trusted = live.client("officer", url=url, ca_file=str(ca_file))
        assert trusted.rules()["id"]
        # A global REQUESTS_CA_BUNDLE neither adds trust nor replaces the deployed CA.
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca_file))
        monkeypatch.setenv("CURL_CA_BUNDLE", str(ca_file))
        untrusted = live.client("officer", url=url, login=False)
        before = len(proxy.log)
        with pytest.raises(TlsUntrusted) as refused:
            untrusted.login("officer", PASSWORD)
        assert "localhost" in refused.value.message_zh
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", requests.certs.where())
        again = live.client("officer", url=url, ca_file=str(ca_file))
        assert again.rules()["id"]
    assert len(proxy.log) == before + 2  # the refused handshake never carried a request


# ------------------------------------------------------------------------------ logs


def test_logs_carry_no_token_password_or_officer_text(
    live: LivePlatform, caplog: pytest.LogCaptureFixture,
) -> None:
    resource = a_resource(live)
    secret_purpose = "核验张三丰（身份证 430104199001011234）的营业执照"
    caplog.set_level(logging.DEBUG)
    proxy = FaultProxy(live.url, seed=1, rate=0, forced={5: Fault.RESET, 6: Fault.UNAVAILABLE})
    with proxy as url:
        client = live.client("officer", url=url)
        assert client.credentials is not None
        client.credentials.set_access_token("sda_stale")
        client.rules()  # 401, refresh, retry
        client.send_command("POST", "/requests",
                            submit_body(resource.id, uuid.uuid4(), purpose=secret_purpose),
                            str(uuid.uuid4()))
        tokens = (client.credentials.access_token, client.credentials.refresh_token())
    text = caplog.text
    assert any(record.name == "sharedesk.sync.client" for record in caplog.records)
    for secret in (PASSWORD, *tokens, "sda_stale", secret_purpose, "430104199001011234"):
        assert secret
        assert secret not in text


def test_credentials_of_another_account_are_not_reused(live: LivePlatform) -> None:
    other = Credentials(live.url, "provider", backend=live.keyring)
    client = PlatformClient(live.url, other, sleep=live.sleeps.append)
    client.login("officer", PASSWORD)
    assert client.credentials is not other
    assert other.refresh_token() is None


def test_problem_without_a_document_still_has_both_languages() -> None:
    bare = PlatformProblem(502)
    assert "502" in bare.message_zh
    assert "502" in bare.message_en


def test_one_refresh_serves_requests_that_failed_together(live: LivePlatform) -> None:
    client = live.client("officer")
    assert client.credentials is not None
    before = client.credentials.refresh_token()
    client.refresh(stale_access_token="sda_an-older-token")  # another thread refreshed already
    assert client.credentials.refresh_token() == before
    client.refresh(stale_access_token=client.credentials.access_token)
    assert client.credentials.refresh_token() != before


def test_proxies_from_the_environment_are_not_used(
    live: LivePlatform, monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")  # the discard port: nothing answers
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert live.client("officer").rules()["id"]
