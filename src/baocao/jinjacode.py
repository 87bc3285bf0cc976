"""The Python code Jinja compiles a template's parts to, kept across runs (``store``).

Compiling the parts of a report template (parsing every tag, generating and
compiling Python) is the larger part of rendering it; a build of an unchanged
template takes the code kept by the run before. It is kept the way Jinja's own
bytecode cache keeps it (``jinja2.bccache.Bucket``: marshalled, under a header of
Jinja's bytecode format and Python's version, with the source's checksum), under a
``store.kind`` that stamps baocao's and Jinja's installed files, so code is used only
for the very source and code that made it. Like Python's ``__pycache__`` it is trusted
because only its user can write the store (``store.keeps_code``).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any

from jinja2 import Environment
from jinja2.bccache import Bucket

from baocao import store


def compiled(env: Environment, source: str, key: str, compile_: Callable[[], Any]) -> Any:
    """``compile_()``, Jinja's code of ``source``, or the code it gave before; ``key``
    names the compile's options (name, file name, ``defer_init``)."""
    digest = hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()
    bucket = Bucket(env, key, hashlib.sha1(source.encode("utf-8", "surrogatepass")).hexdigest())
    kind = store.kind("jinja", "jinja2")
    kept = store.get(kind, f"{digest}:{key}") if store.keeps_code() else None
    if isinstance(kept, str):
        try:
            bucket.bytecode_from_string(base64.b64decode(kept, validate=True))
        except Exception:  # noqa: BLE001 - unpickling damaged bytes raises anything
            bucket.reset()
    if bucket.code is None:
        bucket.code = compile_()
        if store.keeps_code():
            code = base64.b64encode(bucket.bytecode_to_string()).decode()
            store.put(kind, f"{digest}:{key}", code)
    return bucket.code
