"""Generic cloud objects (everything but buckets): a record per object, holding its attributes."""

from __future__ import annotations

from ossiac.localcloud.store import Store


def new_record(type_name: str, rid: str, region: str, attributes: dict, *, origin: str) -> dict:
    return {"type": type_name, "id": rid, "region": region, "origin": origin, "attributes": attributes}


def attributes(store: Store, type_name: str, rid) -> dict | None:
    if not isinstance(rid, str) or not rid:
        return None
    record = store.get(type_name, rid)
    return None if record is None else record["attributes"]


def find(store: Store, type_name: str, **match) -> list[dict]:
    """Records of a type whose attributes equal all of `match`."""
    return store.find(type_name, **match)
