"""Benchmark: the scorecard (R24) over 100k catalog entries vs a naive per-department scan.

Run: ``.venv/bin/python bench/bench_evaluation.py [--resources 100000] [--departments 70]``.
Builds a synthetic jurisdiction in memory (catalog entries as the JSON the store and the server
keep, plus requests, feedback, disputes and filings as domain objects), then times in this run:

* ``evaluate``: one pass over every input, JSON entries read by ``catalog_facts`` as they stream;
* ``evaluate`` over entries already decoded;
* the naive baseline: the whole computation once per department, re-scanning every list (the
  obvious "for each row of the table, count" version);

checks that all three give the same scorecard, and prints seconds, the ratio, and the peak memory
of the streamed pass (``tracemalloc``). Figures, never a pass/fail.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.models.entities import Department, Feedback, Filing, Reply, ShareRequest
from app.models.enums import (
    DepartmentLevel,
    FeedbackKind,
    FeedbackStatus,
    FilingKind,
    ReplyDecision,
    RequestStatus,
)
from app.models.evaluation import (
    Scorecard,
    catalog_facts,
    evaluate,
    parse_period,
)
from app.models.profiles import get_profile
from app.models.workdays import WorkingCalendar

MOMENT = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)
AS_OF = date(2026, 11, 27)


def _departments(count: int) -> list[Department]:
    top = uuid.uuid4()
    made = [Department(id=top, code="000", name="省数据局", level=DepartmentLevel.PROVINCE,
                       created_at=MOMENT, updated_at=MOMENT)]
    for n in range(1, count):
        made.append(Department(id=uuid.uuid4(), code=f"{n:03d}", name=f"部门{n}",
                               level=DepartmentLevel.PROVINCE, supervisor_department_id=top,
                               created_at=MOMENT, updated_at=MOMENT))
    return made


def _entry_json(rng: random.Random, providers: list[uuid.UUID]) -> dict[str, Any]:
    """A catalog entry as stored, with ~20 data items (which the evaluation never reads)."""
    return {
        "id": str(uuid.uuid4()), "provider_department_id": str(rng.choice(providers)),
        "status": rng.choice(["published"] * 8 + ["draft", "retired", "update_pending"]),
        "share": {"attribute": rng.choice(["unconditional", "conditional", "not_shared"])},
        "law_change_due": "2026-11-10" if rng.random() < 0.01 else None,
        "data_items": [{"name": f"信息项{i}", "type": "string"} for i in range(20)],
    }


def _requests(rng: random.Random, providers: list[uuid.UUID], count: int) -> list[ShareRequest]:
    made = []
    for _ in range(count):
        received = date(2026, 11, 1) + timedelta(days=rng.randrange(0, 25))
        request_id = uuid.uuid4()
        reply = None
        status = RequestStatus.SUBMITTED
        if rng.random() < 0.7:
            status = RequestStatus.APPROVED
            reply = Reply(id=uuid.uuid4(), request_id=request_id,
                          decision=rng.choice(list(ReplyDecision)), replied_by_user_id=request_id,
                          replied_at=MOMENT + timedelta(days=rng.randrange(0, 25)))
        made.append(ShareRequest(
            id=request_id, resource_id=uuid.uuid4(), requester_department_id=uuid.uuid4(),
            requester_user_id=uuid.uuid4(), provider_department_id=rng.choice(providers),
            purpose="办理业务核验", status=status, received_on=received,
            due=received + timedelta(days=14), reply=reply, created_at=MOMENT,
            updated_at=MOMENT))
    return made


def _feedback(rng: random.Random, providers: list[uuid.UUID], count: int) -> list[Feedback]:
    return [Feedback(
        id=uuid.uuid4(), resource_id=uuid.uuid4(), data_item="姓名",
        kind=rng.choice(list(FeedbackKind)),
        description="数据存疑", requester_department_id=uuid.uuid4(),
        requester_user_id=uuid.uuid4(), provider_department_id=rng.choice(providers),
        status=FeedbackStatus.SUBMITTED, received_on=date(2026, 11, 3), due=date(2026, 11, 10),
        created_at=MOMENT, updated_at=MOMENT) for _ in range(count)]


def _filings(rng: random.Random, providers: list[uuid.UUID], count: int) -> list[Filing]:
    return [Filing(id=uuid.uuid4(), kind=FilingKind.CATALOG_UPDATE, subject_id=uuid.uuid4(),
                   department_id=rng.choice(providers), supervisor_department_id=providers[0],
                   summary="目录更新", filed_at=MOMENT, created_at=MOMENT, updated_at=MOMENT)
            for _ in range(count)]


def naive(inputs: dict[str, Any], departments: list[Department]) -> Scorecard:
    """The baseline: the whole computation once per department, re-scanning every list."""
    rows = []
    for department in departments:
        rows.extend(evaluate(**inputs, departments=[department]).rows)
    card = evaluate(**{**inputs, "requests": [], "feedback": [], "resources": [], "filings": []},
                    departments=[])
    return Scorecard(card.period, card.as_of, card.profile_id, tuple(rows))


def _timed(label: str, work: Callable[[], Scorecard]) -> tuple[Scorecard, float]:
    started = time.perf_counter()
    card = work()
    seconds = time.perf_counter() - started
    print(f"{label:<60} {seconds:6.2f} s")
    return card, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--resources", type=int, default=100_000)
    parser.add_argument("--departments", type=int, default=70)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    departments = _departments(args.departments)
    providers = [d.id for d in departments]
    stored = [_entry_json(rng, providers) for _ in range(args.resources)]
    requests = _requests(rng, providers, args.resources // 5)
    feedback = _feedback(rng, providers, args.resources // 20)
    filings = _filings(rng, providers, args.resources // 50)
    calendar, profile = WorkingCalendar(), get_profile("hunan-2021")
    print(f"{args.resources:,} entries, {len(requests):,} requests, {len(feedback):,} feedback, "
          f"{len(filings):,} filings, {len(departments)} departments")

    common = {"disputes": [], "period": parse_period("2026-11"), "calendar": calendar,
              "profile": profile, "as_of": AS_OF}

    def streamed() -> Iterator[Any]:
        for data in stored:
            yield catalog_facts(data)

    def from_json() -> Scorecard:
        return evaluate(requests=requests, feedback=feedback, resources=streamed(),
                        filings=filings, departments=departments, **common)

    card, _ = _timed("evaluate, one pass, entries streamed from JSON:", from_json)
    decoded = [catalog_facts(data) for data in stored]
    inputs = {"requests": requests, "feedback": feedback, "resources": decoded,
              "filings": filings, **common}
    held, one_pass = _timed("evaluate, one pass, entries decoded:",
                            lambda: evaluate(**inputs, departments=departments))
    baseline, scan = _timed("naive: evaluate once per department (re-scans everything):",
                            lambda: naive(inputs, departments))
    assert baseline.rows == held.rows == card.rows  # the same scorecard three ways
    print(f"ratio naive / one pass: {scan / one_pass:.1f}x (all three scorecards equal)")

    tracemalloc.start()
    from_json()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory traced during the streamed pass: {peak / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
