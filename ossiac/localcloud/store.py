"""The local cloud's records in one SQLite database (`<cloud folder>/cloud.db`, WAL mode).

Why SQLite: a transaction replaces the old global file lock (readers never wait, writers queue on
SQLite's own lock across threads and processes), a killed process leaves the last committed state
(the WAL is rolled back or forward on the next open), and indexes serve the lookups that used to
scan every record of a type: names the real APIs keep unique (`uniqueness.py`) and the hand-back
of creates Terraform never recorded (`pending.py`).

One row per object: `(type, id)` is the key, `body` the record as JSON; the columns beside it
are derived from the record when it is written. A row whose body cannot be read raises
`CorruptRecord`, which names the database, the object and how to recover.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ossiac.localcloud import uniqueness
from ossiac.localcloud.errors import CloudError

DB_NAME = "cloud.db"
PENDING = "_pending"  # the hand-back marker; stored in columns, returned in the record


def _attribute(name: str) -> str:
    """SQL for an attribute of a record's body; NULL for a damaged body (which then stays deletable).
    Spelled exactly as the expression indexes in _SCHEMA are, so SQLite can use them."""
    if not name.isidentifier():
        raise ValueError(f"not an attribute name: {name!r}")
    return f"CASE WHEN json_valid(body) THEN json_extract(body, '$.attributes.{name}') END"


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS records (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    unique_name TEXT,
    bucket TEXT,
    pending_owner TEXT,
    pending_run TEXT,
    pending_fingerprint TEXT,
    body TEXT NOT NULL,
    PRIMARY KEY (type, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS records_unique_name ON records (type, unique_name)
    WHERE unique_name IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_pending ON records (type, pending_owner, pending_fingerprint)
    WHERE pending_owner IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_bucket ON records (type, bucket) WHERE bucket IS NOT NULL;
CREATE INDEX IF NOT EXISTS records_vpc ON records (type, {_attribute("vpc_id")});
"""

RECOVER = (
    "run `ossiac localcloud doctor` to see what is damaged and `ossiac localcloud doctor --repair` to "
    "rebuild it from the Terraform states"
)


class CorruptRecord(CloudError):
    """A record (or the whole database) cannot be read."""

    def __init__(self, message: str) -> None:
        super().__init__("LocalCloud.CorruptRecord", message, status=500)


class NameTaken(Exception):
    """A write would give a second object a name the real API keeps unique."""

    def __init__(self, type_name: str, name: str) -> None:
        super().__init__(f"{type_name} named {name!r} already exists")
        self.type_name = type_name
        self.name = name


def _bucket_of(record: dict) -> str | None:
    bucket = (record.get("attributes") or {}).get("bucket")
    return bucket if isinstance(bucket, str) else None


class Store:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.path = self.root / DB_NAME
        self._local = threading.local()  # one connection per thread (gRPC serves on a thread pool)

    # -- connection and transactions ----------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.root.mkdir(parents=True, exist_ok=True)
            try:
                conn = self._connect()
            except sqlite3.DatabaseError as exc:
                raise CorruptRecord(
                    f"the local cloud database {self.path} cannot be opened ({exc}); {RECOVER}"
                ) from None
            self._local.conn = conn
            self._local.depth = 0
            if not conn.execute("SELECT 1 FROM records LIMIT 1").fetchall():
                from ossiac.localcloud import legacy  # an upgrade from the old JSON-file layout

                legacy.migrate(self)
        return conn

    def _connect(self) -> sqlite3.Connection:
        # Several provider processes may open a new database at once: switching it to WAL and
        # creating the schema can then answer "database is locked" without waiting on the busy
        # timeout. That is contention, not damage: wait and try again.
        deadline = time.monotonic() + 60
        while True:
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across a process kill
                conn.executescript(_SCHEMA)
                return conn
            except sqlite3.OperationalError as exc:
                conn.close()
                if not _is_contention(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self._db().execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.IntegrityError):
                raise
            raise CorruptRecord(f"the local cloud database {self.path} is damaged ({exc}); {RECOVER}") from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Read-modify-write as one unit; nested calls join the outer transaction."""
        db = self._db()
        if self._local.depth:
            self._local.depth += 1
            try:
                yield self
            finally:
                self._local.depth -= 1
            return
        self._query("BEGIN IMMEDIATE")  # take the write lock now, so reads inside see a stable cloud
        self._local.depth = 1
        try:
            yield self
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")
        finally:
            self._local.depth = 0

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- records ---------------------------------------------------------------------------
    def _decode(self, type_name: str, rid: str, body: str, pending: tuple) -> dict:
        try:
            record = json.loads(body)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            raise CorruptRecord(
                f"the local cloud record {type_name} {rid!r} in {self.path} is unreadable ({exc}); "
                f"{RECOVER}, or delete it with `ossiac localcloud delete {type_name} {rid}`"
            ) from None
        owner, run, fingerprint = pending
        if owner is not None:
            record[PENDING] = {"owner": owner, "run": run, "fingerprint": fingerprint}
        return record

    _COLUMNS = "type, id, body, pending_owner, pending_run, pending_fingerprint"

    def _rows_to_records(self, rows) -> list[dict]:
        return [self._decode(t, i, b, (o, r, f)) for t, i, b, o, r, f in rows]

    def get(self, type_name: str, rid: str) -> dict | None:
        rows = self._query(f"SELECT {self._COLUMNS} FROM records WHERE type = ? AND id = ?", (type_name, rid))
        return self._rows_to_records(rows)[0] if rows else None

    def put(self, type_name: str, rid: str, record: Mapping[str, Any]) -> None:
        record = dict(record)
        pending = record.pop(PENDING, None) or {}
        unique = uniqueness.unique_name(type_name, record)
        try:
            self._query(
                "INSERT INTO records (type, id, region, unique_name, bucket, pending_owner, pending_run, "
                "pending_fingerprint, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (type, id) DO UPDATE SET "
                "region = excluded.region, unique_name = excluded.unique_name, bucket = excluded.bucket, "
                "pending_owner = excluded.pending_owner, "
                "pending_run = excluded.pending_run, pending_fingerprint = excluded.pending_fingerprint, "
                "body = excluded.body",  # an upsert on the key only: a taken unique name still fails
                (
                    type_name,
                    rid,
                    record.get("region") or "",
                    unique,
                    _bucket_of(record),
                    pending.get("owner"),
                    pending.get("run"),
                    pending.get("fingerprint"),
                    json.dumps(record, sort_keys=True),
                ),
            )
        except sqlite3.IntegrityError:
            raise NameTaken(type_name, uniqueness.display(unique) if unique else rid) from None

    def delete(self, type_name: str, rid: str) -> bool:
        with self.transaction():
            found = self._query("SELECT 1 FROM records WHERE type = ? AND id = ?", (type_name, rid))
            self._query("DELETE FROM records WHERE type = ? AND id = ?", (type_name, rid))
        return bool(found)

    # `list` below names this method: later annotations in the class spell the type builtins.list
    def list(self, type_name: str) -> list[dict]:
        rows = self._query(f"SELECT {self._COLUMNS} FROM records WHERE type = ? ORDER BY id", (type_name,))
        return self._rows_to_records(rows)

    def find(self, type_name: str, **match) -> builtins.list[dict]:
        """Records of a type whose attributes equal all of `match` (the filter runs inside SQLite).
        A match on `vpc_id` (the vSwitches of a VPC) goes through the `records_vpc` index."""
        # A damaged body matches nothing here (and is reported when it is read by key).
        where = "".join(f" AND {_attribute(k)} = ?" for k in match)
        # Sorted here, not by ORDER BY: SQLite would walk the primary key in id order instead of the index.
        rows = self._query(f"SELECT {self._COLUMNS} FROM records WHERE type = ?{where}", (type_name, *match.values()))
        return self._rows_to_records(sorted(rows, key=lambda row: row[1]))

    def in_bucket(self, type_name: str, bucket: str) -> builtins.list[dict]:
        """Records that live in a bucket (its objects), through an index."""
        rows = self._query(
            f"SELECT {self._COLUMNS} FROM records WHERE type = ? AND bucket = ? ORDER BY id", (type_name, bucket)
        )
        return self._rows_to_records(rows)

    def get_by_name(self, type_name: str, name: str, region: str = "") -> dict | None:
        """The record holding a unique name (uniqueness.py), through the unique index."""
        rule = uniqueness.RULES[type_name]
        key = "/".join([region if rule.scope == "region" else "", name])
        rows = self._query(f"SELECT {self._COLUMNS} FROM records WHERE type = ? AND unique_name = ?", (type_name, key))
        return self._rows_to_records(rows)[0] if rows else None

    def find_pending(self, type_name: str, owner: str, fingerprint: str, *, not_run: str) -> dict | None:
        """An unconfirmed create by the same owner with the same configuration, from another run (indexed)."""
        rows = self._query(
            f"SELECT {self._COLUMNS} FROM records WHERE type = ? AND pending_owner = ? AND pending_fingerprint = ? "
            "AND pending_run IS NOT ? LIMIT 1",
            (type_name, owner, fingerprint, not_run),
        )
        return self._rows_to_records(rows)[0] if rows else None

    def index(self, type_name: str | None = None) -> builtins.list[tuple[str, str, str]]:
        """(type, id, region) of every record, without reading bodies (works with a damaged record)."""
        if type_name:
            return [
                tuple(r)
                for r in self._query("SELECT type, id, region FROM records WHERE type = ? ORDER BY id", (type_name,))
            ]
        return [tuple(r) for r in self._query("SELECT type, id, region FROM records ORDER BY type, id")]

    def raw(self) -> builtins.list[tuple[str, str, str, str | None]]:
        """(type, id, body, pending_owner) of every record, bodies unparsed (for the doctor)."""
        return [tuple(r) for r in self._query("SELECT type, id, body, pending_owner FROM records ORDER BY type, id")]

    def types(self) -> builtins.list[str]:
        return [r[0] for r in self._query("SELECT DISTINCT type FROM records ORDER BY type")]

    def clear(self) -> None:
        with self.transaction():
            self._query("DELETE FROM records")


def _is_contention(exc: sqlite3.OperationalError) -> bool:
    return any(word in str(exc).lower() for word in ("locked", "busy"))
