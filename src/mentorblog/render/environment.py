"""The Jinja environment every output renders with: site layouts shadow the theme's
file by file, and `theme:post.html` still reaches the shadowed original."""

from __future__ import annotations

import functools
from collections.abc import Callable, MutableMapping
from pathlib import Path
from types import MethodType
from typing import Any

import jinja2
from jinja2 import (
    BaseLoader,
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
    select_autoescape,
)
from jinja2.loaders import split_template_path
from jinja2.runtime import Context
from jinja2.utils import internalcode

from mentorblog.core import dates, urls
from mentorblog.core.theme import theme_dir
from mentorblog.render import i18n, theme_code
from mentorblog.render.filters import (
    SHARE_TARGETS,
    _format_date,
    _jsonld,
    _markdownify_filter,
    _newest,
    jsonld_items,
    toc_tree,
)


def make_environment(root: Path) -> Environment:
    """Jinja with autoescaping and StrictUndefined, so a typo in a layout fails the build;
    the site's layouts over the theme's."""
    theme = _ThemeLayouts(str(theme_dir() / "layouts"))
    loader = _RememberingMisses(
        [_SiteLayouts(str(root / "layouts")), theme, PrefixLoader({"theme": theme}, delimiter=":")]
    )
    return _configured(loader)


def theme_environment() -> tuple[Environment, FileSystemLoader]:
    """`make_environment`'s settings over the theme's layouts alone, each compiled from its
    source: what theme_code.py compiles the shipped theme with."""
    theme = FileSystemLoader(str(theme_dir() / "layouts"))
    return _configured(theme), theme


def _configured(loader: BaseLoader) -> Environment:
    """Compiled templates are kept in a plain dict (`cache_size=-1`): a site has a few dozen
    layouts, and Jinja's default LRU cache takes a lock and reorders a queue on every
    include, about 5 % of rendering a post page."""
    env = _Environment(
        loader=loader,
        autoescape=_ESCAPED_BY_NAME,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        cache_size=-1,
    )
    env.filters.update(
        date=i18n.date_filter(_format_date),
        number=i18n.number_filter(),
        digits=i18n.digits_filter(),
        iso=dates.iso,
        rfc822=dates.rfc822,
        rfc3339=dates.rfc3339,
        jsonld=_jsonld,
        jsonld_items=jsonld_items,
        href=urls.href,
        newest=_newest,
        markdownify=_markdownify_filter,
    )
    env.globals.update(toc_tree=toc_tree, share_targets=SHARE_TARGETS)
    env.context_class = _Context
    return env


class _Environment(Environment):
    """Jinja's environment, with each layout's globals a plain dict instead of a ChainMap
    over the environment's: every include copies them twice (`new_context`, `Context`),
    and Python walks a ChainMap key by key, ~4 % of rendering a post page. Every global is
    in place before the first layout loads (`make_environment`, then the plugins'
    `template_globals`), so the copy misses none."""

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **d} if d else dict(self.globals)


class _Context(Context):
    """Jinja's context with a quicker `call` for what layouts call most: methods that take
    no context (`site.t`, `site.url`, `site.param`, ~80 calls on a post page). Jinja asks
    each callable on every call whether it wants the context, the environment or the eval
    context (three attribute lookups, two of them failing); whether a method's function
    wants one is known after its first call. With `_ESCAPED_BY_NAME`, measured at 1,000
    posts: a post page 0.70 -> 0.60 ms, a tag page 0.90 -> 0.74 ms."""

    @internalcode
    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if type(__obj) is MethodType:
            func = __obj.__func__
            try:
                plain = _PLAIN.get(func)
                if plain is None:
                    plain = _PLAIN[func] = not hasattr(func, _PASS_ARG)
            except TypeError:  # a method made of an unhashable callable: asked as Jinja asks
                plain = False
            if plain:
                if kwargs:  # what Jinja adds for functions that take the context
                    kwargs.pop("_loop_vars", None)
                    kwargs.pop("_block_vars", None)
                try:
                    return __obj(*args, **kwargs)
                except StopIteration:
                    return __self.environment.undefined(
                        "value was undefined because a callable raised a StopIteration exception"
                    )
        return super().call(__obj, *args, **kwargs)


# Whether a layout's output is escaped, by its name: Jinja asks for every context it makes,
# one for each include (~20 on a post page), and the answer never changes.
_ESCAPED_BY_NAME = functools.cache(select_autoescape(("html", "xml", "htm")))

# What Jinja's pass_context, pass_environment and pass_eval_context mark a function with.
_PASS_ARG = "jinja_pass_arg"
# A method's function -> whether it takes none of them (a few dozen, kept for the process).
_PLAIN: dict[Callable[..., object], bool] = {}


class _SiteLayouts(FileSystemLoader):
    """The site's layouts; a file that is not UTF-8 is a syntax error at its own line
    (Jinja would raise a UnicodeDecodeError that names no file)."""

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        try:
            return super().get_source(environment, template)
        except UnicodeDecodeError as err:
            data = bytes(err.object)
            line = data.count(b"\n", 0, err.start) + 1
            path = Path(self.searchpath[0], *split_template_path(template))
            raise jinja2.TemplateSyntaxError(
                f"not UTF-8 text (byte {data[err.start]:#04x}); save the file as UTF-8",
                line,
                template,
                str(path),
            ) from None


class _ThemeLayouts(FileSystemLoader):
    """The theme's layouts: an untouched one runs the code the package ships for it
    (theme_code.py), any other is compiled from its source, as Jinja's own loaders do."""

    def load(
        self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> Template:
        source, filename, uptodate = self.get_source(environment, name)
        code = theme_code.shipped().code(environment, name, source, filename)
        if code is None:
            code = environment.compile(source, name, filename)
        if globals is None:
            globals = {}
        return environment.template_class.from_code(environment, code, globals, uptodate)


class _RememberingMisses(ChoiceLoader):
    """Jinja caches the templates it finds, never the ones it does not: every page asks
    for the optional `partials/extend_head.html` and would search both folders again (18 µs
    each). Layouts do not change while an environment lives (serve makes a new one)."""

    def __init__(self, loaders: list[BaseLoader]) -> None:
        super().__init__(loaders)
        self._missing: set[str] = set()

    def load(
        self, environment: Environment, name: str, globals: MutableMapping[str, Any] | None = None
    ) -> Template:
        if name in self._missing:
            raise TemplateNotFound(name)
        try:
            return super().load(environment, name, globals)
        except TemplateNotFound:
            self._missing.add(name)
            raise


def layout_names(root: Path) -> frozenset[str]:
    """Template names a page's `layout:` may pick (site and theme, without `.html`)."""
    names: set[str] = set()
    for folder in (root / "layouts", theme_dir() / "layouts"):
        if folder.is_dir():
            names.update(p.stem for p in folder.glob("*.html"))
    return frozenset(names)
