"""Plugins: Python modules a site names in `plugins:` (its own `plugins/` folder first, then
installed packages), each offering any of these module-level functions. Every hook takes a
value and returns one; none gets a mutable context. Only build.py calls them: `on_config`
and `on_site` itself, between two stages; the hooks that must run where the data is (each
page in the parse workers, each output's bytes and the Jinja environment in the render
workers) it hands to that stage explicitly, as a function value (see build.py).

    on_config(config: Config) -> Config          once, after site.yaml is read
    on_page(page: Page) -> Page                  each page after parsing and Markdown (in the
                                                 parse workers; `page.content.text` is its text)
    on_site(site: Site) -> Site                  once, after collect: may plan outputs of a
                                                 kind of its own (an OutputKind with a layout);
                                                 each must write a file of its own
    template_filters() -> Mapping[str, Callable]  added to the layouts' filters
    template_globals() -> Mapping[str, object]    added to the layouts' globals
    on_output(output: Output, data: bytes) -> bytes  each rendered output's bytes (before
                                                 --minify), in the render workers

Hooks of several plugins run in the order `plugins:` lists them. The digest of every plugin's
source files is put into the Config (`plugin_digest`), so it is part of the build cache's
parse key and of every output's fingerprint: editing a plugin re-renders what it may change,
and a warm build stays byte-identical to a cold one. A plugin is code the site's author
chose to run, with the author's rights, like a layout that calls it."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import TypeVar

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Config, Output, Page, Site
from mentorblog.plan.collisions import check_added_outputs
from mentorblog.read.config import CONFIG_FILE, LoadedConfig, plugin_file

T = TypeVar("T")

HOOKS = (
    "on_config",
    "on_page",
    "on_site",
    "template_filters",
    "template_globals",
    "on_output",
)


@dataclass(frozen=True, slots=True)
class Plugins:
    """The site's plugins by name and where each was found; a picklable value, so a spawned
    worker imports the modules again by itself (a forked one finds them loaded)."""

    root: Path
    names: tuple[str, ...] = ()
    line: int | None = None  # of `plugins:` in site.yaml, where an installed plugin is named
    _modules: dict[str, ModuleType] = field(default_factory=dict, compare=False, repr=False)

    def __reduce__(self) -> tuple[object, ...]:
        return (Plugins, (self.root, self.names, self.line))

    def __bool__(self) -> bool:
        return bool(self.names)

    def modules(self) -> list[ModuleType]:
        """The modules, imported on first use in each process."""
        for name in self.names:
            if name not in self._modules:
                self._modules[name] = _import(self.root, name)
        return [self._modules[name] for name in self.names]

    def defines(self, hook: str) -> bool:
        """Whether some plugin has `hook`: a stage is handed only the hooks that exist."""
        return bool(self._hooks(hook))

    def _hooks(self, hook: str) -> list[Callable[..., object]]:
        return [found for _, found in self._named_hooks(hook)]

    def _named_hooks(self, hook: str) -> list[tuple[str, Callable[..., object]]]:
        return [
            (name, getattr(module, hook))
            for name, module in zip(self.names, self.modules(), strict=True)
            if callable(getattr(module, hook, None))
        ]

    def config(self, config: Config) -> Config:
        for hook in self._hooks("on_config"):
            config = _checked(hook(config), Config, hook)
        return config

    def page(self, page: Page) -> Page:
        for hook in self._hooks("on_page"):
            page = _checked(hook(page), Page, hook)
        return page

    def change_site(self) -> bool:
        """Whether some plugin has an `on_site` hook (which may change the site's values in
        place, though they are meant to be replaced: output/basis.py checks them then)."""
        return bool(self._named_hooks("on_site"))

    def site(self, site: Site) -> Site:
        """Each plugin's `on_site` in turn; the outputs one adds must each write a file of
        their own (plan/collisions.py), or the build stops at the plugin."""
        for name, hook in self._named_hooks("on_site"):
            before = {id(o) for o in site.outputs}
            site = _checked(hook(site), Site, hook)
            added = [o for o in site.outputs if id(o) not in before]
            if added:
                kept = [o for o in site.outputs if id(o) in before]
                check_added_outputs(kept, site.static, added, name, self._place(name, hook))
        return site

    def _place(self, name: str, hook: Callable[..., object]) -> tuple[PurePosixPath, int | None]:
        """Where the author finds a plugin: its own file at the hook, or site.yaml."""
        own = plugin_file(self.root, name)
        if own is None:
            return PurePosixPath(CONFIG_FILE), self.line
        code = getattr(hook, "__code__", None)
        line = code.co_firstlineno if code is not None else None
        return PurePosixPath(own.relative_to(self.root).as_posix()), line

    def filters(self) -> dict[str, Callable[..., object]]:
        found: dict[str, Callable[..., object]] = {}
        for hook in self._hooks("template_filters"):
            found.update(_mapping(hook(), hook))  # type: ignore[arg-type]
        return found

    def globals(self) -> dict[str, object]:
        found: dict[str, object] = {}
        for hook in self._hooks("template_globals"):
            found.update(_mapping(hook(), hook))
        return found

    def output(self, output: Output, data: bytes) -> bytes:
        for hook in self._hooks("on_output"):
            data = _checked(hook(output, data), bytes, hook)
        return data


def load_plugins(loaded: LoadedConfig) -> tuple[Plugins, LoadedConfig]:
    """The plugins site.yaml names, imported, and the config with the digest of their
    sources in it (build.py then runs their `on_config`)."""
    config = loaded.config
    if not config.plugins:
        return Plugins(config.root), loaded
    plugins = Plugins(config.root, config.plugins, loaded.plugins_line)
    modules = plugins.modules()
    digest = hashlib.sha256()
    for name, module in zip(config.plugins, modules, strict=True):
        if not any(hasattr(module, hook) for hook in HOOKS):
            raise BuildError(
                f"`plugins`: `{name}` is not a mentorblog plugin (it defines none of "
                f"{', '.join(HOOKS)})",
                CONFIG_FILE,
            )
        digest.update(name.encode() + b"\0" + _source_digest(module))
    return plugins, replace(loaded, config=replace(config, plugin_digest=digest.hexdigest()[:24]))


def _import(root: Path, name: str) -> ModuleType:
    """The site's own module (plugins/<name>.py) under a name of its own, so two sites'
    plugins never meet in sys.modules; else the installed module."""
    own = plugin_file(root, name)
    if own is None:
        return importlib.import_module(name)
    # Named by its path and bytes: `serve` imports an edited plugin afresh.
    source = own.read_bytes()
    key = hashlib.sha256(str(own).encode() + b"\0" + source).hexdigest()[:16]
    key = f"mentorblog_site_plugin_{key}_{name.replace('.', '_')}"
    if key in sys.modules:
        return sys.modules[key]
    package = [str(own.parent)] if own.name == "__init__.py" else None
    spec = importlib.util.spec_from_file_location(key, own, submodule_search_locations=package)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    writes_bytecode = sys.dont_write_bytecode
    sys.dont_write_bytecode = True  # no __pycache__ left in the site's folder
    try:
        spec.loader.exec_module(module)
    except SyntaxError as err:  # the author's own file: a user error at its line
        del sys.modules[key]
        shown = own.relative_to(root).as_posix()
        raise BuildError(f"plugin is not valid Python: {err.msg}", shown, err.lineno) from None
    except BaseException:
        del sys.modules[key]
        raise
    finally:
        sys.dont_write_bytecode = writes_bytecode
    return module


def _source_digest(module: ModuleType) -> bytes:
    """The bytes of the module's file, or of every .py file of its package."""
    origin = getattr(module, "__file__", None)
    digest = hashlib.sha256()
    if origin is None:
        return digest.digest()
    path = Path(origin)
    files = sorted(path.parent.rglob("*.py")) if path.name == "__init__.py" else [path]
    for file in files:
        digest.update(file.relative_to(path.parent).as_posix().encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.digest()


def _mapping(value: object, hook: Callable[..., object]) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise TypeError(f"plugin hook {_name(hook)} returned {type(value).__name__}, not a mapping")
    return value


def _name(hook: Callable[..., object]) -> str:
    return f"{getattr(hook, '__module__', '?')}.{getattr(hook, '__name__', '?')}"


def _checked(value: object, kind: type[T], hook: Callable[..., object]) -> T:
    """A hook returns a value of the type it was given (a plugin's bug, not the author's)."""
    if not isinstance(value, kind):
        raise TypeError(
            f"plugin hook {_name(hook)} returned {type(value).__name__}, not {kind.__name__}"
        )
    return value
