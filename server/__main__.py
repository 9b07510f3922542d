"""``sharedesk-server``: run the reference platform server with uvicorn.

    sharedesk-server [--host 127.0.0.1] [--port 8765] [--db PATH_OR_URL] [--profile hunan-2021]
                     [--demo] [--resources N] [--seed S]

``--demo`` fills the database with a demo province first (:func:`server.demo.build_demo`).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
from collections.abc import Sequence

import uvicorn

from app.models.errors import DomainError
from server.app import create_app

DEFAULT_PORT = 8765
DEFAULT_DB = "sharedesk-platform.db"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="sharedesk-server",
        description="ShareDesk reference platform server / 共享平台参考服务端",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (0: any free one)")
    parser.add_argument("--db", default=DEFAULT_DB, help="SQLite file path or SQLAlchemy URL")
    parser.add_argument(
        "--profile",
        default=None,
        help="rule profile: hunan-2021 or national-2025 (default: the stored one)",
    )
    parser.add_argument("--demo", action="store_true", help="fill the database with demo data")
    parser.add_argument("--resources", type=int, default=None, help="demo catalog size")
    parser.add_argument("--seed", type=int, default=None, help="demo random seed")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        app = create_app(args.db, args.profile)
    except DomainError as refused:
        print(f"sharedesk-server: {refused.message_zh} / {refused.message_en}", file=sys.stderr)  # noqa: T201
        return 2
    if args.demo:
        if importlib.util.find_spec("server.demo") is None:
            print("sharedesk-server: demo data is not available in this build", file=sys.stderr)  # noqa: T201
            return 2
        demo = importlib.import_module("server.demo")
        options = {
            name: value
            for name, value in (("resources", args.resources), ("seed", args.seed))
            if value is not None
        }
        demo.build_demo(app.state.platform.engine, **options)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
