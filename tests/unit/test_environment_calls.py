"""render/environment.py's context calls a plain method directly, and everything else (what
takes the context, the environment or the eval context) as Jinja does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import MethodType

import jinja2
import pytest
from jinja2 import pass_context, pass_environment, pass_eval_context
from jinja2.nodes import EvalContext
from jinja2.runtime import Context

from mentorblog.render.environment import make_environment


class _Helper:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []

    def plain(self, *args: object, **kwargs: object) -> str:
        self.calls.append((*args, *sorted(kwargs.items())))
        return f"plain{args}{sorted(kwargs.items())}"

    @pass_context
    def with_context(self, context: Context, name: str) -> str:
        return f"{name}={context.get(name)}"

    @pass_environment
    def with_environment(self, environment: jinja2.Environment) -> str:
        return "Environment" if isinstance(environment, jinja2.Environment) else "other"

    @pass_eval_context
    def with_eval_context(self, eval_ctx: EvalContext) -> str:
        return f"autoescape={eval_ctx.autoescape}"

    def exhausted(self) -> str:
        raise StopIteration

    def failing(self) -> str:
        raise ValueError("from the helper")


def _render(tmp_path: Path, source: str, **context: object) -> str:
    """`source` rendered by a site's environment, checked against Jinja's own context."""
    (tmp_path / "layouts").mkdir(exist_ok=True)
    (tmp_path / "layouts" / "t.txt").write_text(source)
    env = make_environment(tmp_path)
    ours = env.get_template("t.txt").render(**context)
    env.context_class = Context
    env.cache.clear()  # type: ignore[union-attr]
    assert env.get_template("t.txt").render(**context) == ours
    return ours


def test_a_plain_method_gets_its_arguments_in_loops_and_blocks_too(tmp_path: Path) -> None:
    helper = _Helper()
    out = _render(
        tmp_path,
        "{{ h.plain(1, k='v') }}|{% for i in [2] %}{{ h.plain(i) }}{% endfor %}"
        "|{% set x %}{{ h.plain(3) }}{% endset %}{{ x }}",
        h=helper,
    )
    assert out == "plain(1,)[('k', 'v')]|plain(2,)[]|plain(3,)[]"
    assert helper.calls == [(1, ("k", "v")), (2,), (3,)] * 2  # no _loop_vars, no _block_vars


def test_methods_that_ask_for_more_get_it_every_time(tmp_path: Path) -> None:
    helper = _Helper()
    source = (
        "{% set who = 'me' %}{{ h.with_context('who') }} {{ h.with_environment() }} "
        "{{ h.with_eval_context() }}{% for i in [1] %} {{ h.with_context('i') }}{% endfor %}"
    )
    first = _render(tmp_path, source, h=helper)
    assert first == "who=me Environment autoescape=False i=None"  # as Jinja has it
    assert _render(tmp_path, source, h=_Helper()) == first  # after their first call too


def test_functions_and_callables_that_are_not_methods_are_called_as_jinja_does(
    tmp_path: Path,
) -> None:
    @pass_context
    def title(context: Context) -> str:
        return str(context["page"]).title()

    assert _render(tmp_path, "{{ f() }} {{ g(2) }}", f=title, g=lambda n: n * 2, page="x") == (
        "X 4"
    )


class _Unhashable:
    __hash__ = None  # type: ignore[assignment]

    def __call__(self, owner: object, word: str) -> str:
        return f"called with {word}"


def test_a_method_made_of_an_unhashable_callable_is_called_as_jinja_does(tmp_path: Path) -> None:
    method = MethodType(_Unhashable(), object())
    assert _render(tmp_path, "{{ m('x') }}", m=method) == "called with x"


def test_a_method_that_stops_iteration_gives_undefined(tmp_path: Path) -> None:
    with pytest.raises(jinja2.UndefinedError, match="StopIteration"):
        _render(tmp_path, "{{ h.exhausted() }}", h=_Helper())


def _frames(tb: object) -> Iterator[str]:
    while tb is not None:
        yield tb.tb_frame.f_code.co_filename  # type: ignore[attr-defined]
        tb = tb.tb_next  # type: ignore[attr-defined]


def test_an_error_in_a_method_points_at_the_layouts_line_not_at_the_call(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="from the helper") as caught:
        _render(tmp_path, "line one\n{{ h.failing() }}\n", h=_Helper())
    frames = list(_frames(caught.value.__traceback__))
    assert str(tmp_path / "layouts" / "t.txt") in frames
    assert not any(f.endswith("render/environment.py") for f in frames)  # hidden, as Jinja's


def test_layouts_see_the_plugins_globals_as_plain_dicts(tmp_path: Path) -> None:
    """A layout's globals are copied from the environment's when it loads (a plain dict,
    quicker to copy at each include than Jinja's ChainMap): globals set before the first
    layout loads reach every layout, includes too."""
    layouts = tmp_path / "layouts"
    (layouts / "partials").mkdir(parents=True)
    (layouts / "a.html").write_text("{{ greeting }} {% include 'partials/b.html' %}")
    (layouts / "partials" / "b.html").write_text("{{ greeting }}!")
    env = make_environment(tmp_path)
    env.globals["greeting"] = "hello"
    template = env.get_template("a.html")
    assert type(template.globals) is dict
    assert template.render() == "hello hello!"
