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
    if not store.keeps_code():
        return compile_()
    text = source.encode("utf-8", "surrogatepass")
    checksum = hashlib.sha1(text).hexdigest()

    def decode(kept: Any) -> Any:
        bucket = Bucket(env, key, checksum)
        try:
            bucket.bytecode_from_string(base64.b64decode(store.as_text(kept), validate=True))
        except Exception as exc:
            raise ValueError("damaged") from exc
        if bucket.code is None:  # another Jinja, Python or source
            raise ValueError("stale")
        return bucket.code

    def encode(code: Any) -> str:
        bucket = Bucket(env, key, checksum)
        bucket.code = code
        return base64.b64encode(bucket.bytecode_to_string()).decode()

    kind = store.kind("jinja", "jinja2")
    digest = hashlib.sha256(text).hexdigest()
    return store.kept(kind, f"{digest}:{key}", compile_, decode, encode)
