"""The Python code Jinja compiles a template's parts to, kept across runs (``store``).

Compiling the parts of a report template (parsing every tag, generating and
compiling Python) is the larger part of rendering it; a build of an unchanged
template takes the code kept by the run before. It is kept the way Jinja's own
bytecode cache keeps it (``jinja2.bccache.Bucket``: marshalled, under a header of
Jinja's bytecode format and Python's version, with the source's checksum), under a
``store.kind`` that stamps baocao's and Jinja's installed files, so code is used only
for the very source and code that made it. Like Python's ``__pycache__`` it is trusted
because only its user can write the store (``store.keeps_code``).

The code is generated with the sandbox's checks of ``~`` and of printed constants
(``LimitedCodeGenerator``) and compiled with its clock checks put in (``compile_ticked``).
"""

from __future__ import annotations

import ast
import base64
import hashlib
from collections.abc import Callable
from types import CodeType
from typing import Any

from jinja2 import Environment, nodes
from jinja2.bccache import Bucket
from jinja2.compiler import CodeGenerator, Frame, optimizeconst

from baocao import store
from baocao.errors import TemplateError


def compiled(env: Environment, source: str, key: str, compile_: Callable[[], Any]) -> Any:
    """``compile_()``, Jinja's code of ``source``, or the code it gave before; ``key``
    names the compile's options (name, file name, ``defer_init``)."""
    if not store.keeps_code():
        return compile_()
    text = source.encode("utf-8", "surrogatepass")
    checksum = hashlib.sha256(text).hexdigest()  # the bucket's check and the store's key

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
    return store.kept(kind, f"{checksum}:{key}", compile_, decode, encode)


def compile_ticked(source: str, filename: str) -> CodeType:
    """Jinja's generated Python ``source`` compiled with ``environment.tick()`` before every
    statement of its functions (``sandbox.LimitedEnvironment.tick``): all template code
    runs in them (``root``, blocks, macros, call and set blocks, recursive loops), so no
    statement of it starts after the deadline, whatever it is (a loop's pass, a ``set``,
    an ``if``, output inside a macro). ``environment`` is the rendering environment in all
    of Jinja's generated code (a parameter of ``root`` and the blocks, the module's global
    elsewhere). The module's own statements (imports, definitions) are left as they are:
    they run when the template is made, not rendered."""
    try:
        tree = ast.parse(source, filename)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                node.body = _ticked(node.body)
        return compile(tree, filename, "exec", dont_inherit=True)  # as Jinja's own compile
    except SyntaxError as exc:  # Python's own limits: 20 nested loops, 100 levels, …
        raise TemplateError(
            "Mẫu báo cáo có biểu thức hoặc khối lồng nhau quá sâu (quá nhiều tầng ngoặc hay khối "
            "trong nhau) nên không chạy được."
        ) from exc


def _ticked(statements: list[ast.stmt]) -> list[ast.stmt]:
    """``statements`` with a tick before each, and in each statement list they hold but
    ``finally`` blocks (Jinja's cleanup, closing a generator, which a tick could skip).

    Only statements are walked (an expression holds no statement), so this costs a
    fraction of a NodeTransformer's walk of every node."""
    out: list[ast.stmt] = []
    for node in statements:
        for name in ("body", "orelse"):  # a finally block cleans up: left exact
            inner = getattr(node, name, None)
            if isinstance(inner, list) and inner:
                setattr(node, name, _ticked(inner))
        for holder in (*getattr(node, "handlers", ()), *getattr(node, "cases", ())):
            holder.body = _ticked(holder.body)
        out += [_tick_at(node), node]
    return out


def _tick_at(place: ast.stmt) -> ast.stmt:
    """``environment.tick()`` at ``place``'s line (so tracebacks name the same line)."""
    name = ast.copy_location(ast.Name("environment", ast.Load()), place)
    attribute = ast.copy_location(ast.Attribute(name, "tick", ast.Load()), place)
    call = ast.copy_location(ast.Call(attribute, [], []), place)
    return ast.copy_location(ast.Expr(call), place)


class LimitedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with ``~`` (a Concat) joined by ``LimitedEnvironment.joined``,
    so its size is checked before the text is made, and each constant printed given to the
    environment's ``finalize`` as it is."""

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802 (Jinja's)
        if frame.eval_ctx.volatile:
            markup = "context.eval_ctx.volatile"  # as Jinja's own visit_Concat
        else:
            markup = str(bool(frame.eval_ctx.autoescape))
        self.write("environment.joined((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(f"), {markup})")

    def _output_child_to_const(self, node: nodes.Expr, frame: Frame, finalize: Any) -> str:
        """Jinja folds a constant printed (``{{ ('a', 'b') }}``, ``{{ None }}``) into text
        when it compiles, escaping it *before* ``finalize``, which then sees "('a', 'b')"
        and not the tuple: the constant is given to ``finalize`` itself first, and one it
        refuses is left to be printed, and refused, when the template runs."""
        if not isinstance(node, nodes.TemplateData):
            self.environment.finalize(node.as_const(frame.eval_ctx))  # type: ignore[misc]
        return super()._output_child_to_const(node, frame, finalize)
