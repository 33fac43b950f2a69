"""What the checked file's project declares: a healthy install has its required dependencies.

The project is found by walking up from the checked file to the first
directory holding `pyproject.toml`, `setup.cfg`, `setup.py` or `requirements.txt`; its metadata
is read, never executed (`setup.py` through `ast`, literal values only), with
`requirements.txt` beside it. A requirement is required when no extra asks
for it and its environment marker holds on every platform and supported
Python; anything else is optional by design. Each file is read once per
process and version of it.
"""

from __future__ import annotations

import ast
import configparser
import functools
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

METADATA_FILES = ("pyproject.toml", "setup.cfg", "setup.py", "requirements.txt")

KNOWN_IMPORT_NAMES: Mapping[str, tuple[str, ...]] = {
    "pyyaml": ("yaml",),
    "pillow": ("PIL",),
    "python-dateutil": ("dateutil",),
    "protobuf": ("google.protobuf",),
    "beautifulsoup4": ("bs4",),
    "scikit-learn": ("sklearn",),
    "scikit-image": ("skimage",),
    "opencv-python": ("cv2",),
    "opencv-python-headless": ("cv2",),
    "opencv-contrib-python": ("cv2",),
    "pyzmq": ("zmq",),
    "pycryptodome": ("Crypto",),
    "pycryptodomex": ("Cryptodome",),
    "pyjwt": ("jwt",),
    "python-jose": ("jose",),
    "attrs": ("attr", "attrs"),
    "mysqlclient": ("MySQLdb",),
    "mysql-connector-python": ("mysql.connector",),
    "psycopg2-binary": ("psycopg2",),
    "psycopg-binary": ("psycopg",),
    "pyopenssl": ("OpenSSL",),
    "python-magic": ("magic",),
    "python-multipart": ("multipart", "python_multipart"),
    "setuptools": ("setuptools", "pkg_resources", "_distutils_hack"),
    "dnspython": ("dns",),
    "pywin32": ("win32api", "win32con", "win32file", "pythoncom", "pywintypes", "win32com"),
    "pyserial": ("serial",),
    "python-docx": ("docx",),
    "pycairo": ("cairo",),
    "pygobject": ("gi",),
    "websocket-client": ("websocket",),
    "djangorestframework": ("rest_framework",),
    "grpcio": ("grpc",),
    "python-ldap": ("ldap",),
    "pyqt5": ("PyQt5",),
    "pyqt6": ("PyQt6",),
    "pyside6": ("PySide6",),
    "faiss-cpu": ("faiss",),
    "msgpack-python": ("msgpack",),
    "google-cloud-storage": ("google.cloud.storage",),
    "google-cloud-bigquery": ("google.cloud.bigquery",),
    "python-telegram-bot": ("telegram",),
    "discord-py": ("discord",),
    "typing-extensions": ("typing_extensions",),
    "ruamel-yaml": ("ruamel.yaml",),
    "markdown-it-py": ("markdown_it",),
    "pymupdf": ("fitz", "pymupdf"),
}
"""Distributions whose import name is not their own name, normalized (PEP 503)."""

_PLATFORMS = (
    {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64"},
    {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "aarch64"},
    {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
    {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix", "platform_machine": "arm64"},
    {"sys_platform": "android", "platform_system": "Android", "os_name": "posix", "platform_machine": "aarch64"},
    {"sys_platform": "ios", "platform_system": "iOS", "os_name": "posix", "platform_machine": "arm64"},
    {"sys_platform": "emscripten", "platform_system": "Emscripten", "os_name": "posix", "platform_machine": "wasm32"},
)
"""Every platform CPython runs on (3.13 adds Android and iOS): a marker false on one of them is optional."""
_IMPLEMENTATIONS = (
    {"implementation_name": "cpython", "platform_python_implementation": "CPython"},
    {"implementation_name": "pypy", "platform_python_implementation": "PyPy"},
)
_PYTHONS = tuple((3, minor) for minor in range(8, 15))
_SKIP_DIRS = frozenset({"build", "dist"})
_NOT_MODULES = frozenset({"setup", "conftest", "noxfile", "fabfile", "manage"})


class Declared(NamedTuple):
    """A project's own top-level modules and its declared dependencies, as import names."""

    root: str
    own: tuple[tuple[str, str], ...]
    """(top-level name, directory holding it, "" when unknown): flat, `src/` and single-module layouts."""
    required: frozenset[str]
    optional: frozenset[str]
    """Extras, and requirements whose marker can be false somewhere."""

    def is_own(self, top: str) -> bool:
        return any(name == top for name, _ in self.own)

    def own_directory(self, top: str) -> str | None:
        """Where an own top-level module lives; None when unknown (its source is then taken to be there)."""
        return next((where for name, where in self.own if name == top and where), None)

    def is_required(self, module: str) -> bool:
        return _matches(module, self.required)

    def is_optional(self, module: str) -> bool:
        return _matches(module, self.optional)


def _matches(module: str, names: frozenset[str]) -> bool:
    parts = module.split(".")
    return any(".".join(parts[: i + 1]) in names for i in range(len(parts)))


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@functools.lru_cache(maxsize=256)
def project_root(directory: str) -> str | None:
    """The nearest directory at or above `directory` that holds project metadata."""
    current = os.path.abspath(directory)
    while True:
        if any(os.path.isfile(os.path.join(current, name)) for name in METADATA_FILES):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def declared_for(directory: str | None) -> Declared | None:
    """The project of a checked file's directory; None when no metadata is found or none can be read."""
    if directory is None:
        return None
    root = project_root(directory)
    if root is None:
        return None
    stamps = tuple(_stamp(os.path.join(root, name)) for name in METADATA_FILES)
    return _declared(root, stamps)


def _stamp(path: str) -> tuple[int, int]:
    try:
        stat = os.stat(path)
    except OSError:
        return (0, -1)
    return (stat.st_mtime_ns, stat.st_size)


class _Metadata(NamedTuple):
    name: str | None
    requires_python: str | None
    required: list[str]
    extras: list[str]
    package_dirs: list[str]


@functools.lru_cache(maxsize=64)
def _declared(root: str, stamps: tuple[tuple[int, int], ...]) -> Declared | None:
    """Read once per project and version of its files (`stamps` makes an edit a new key)."""
    found = [m for m in (_pyproject(root), _setup_cfg(root), _setup_py(root)) if m is not None]
    requirements_txt = _requirements_txt(os.path.join(root, "requirements.txt"))
    for folder_file in _deployed_requirement_files(root):
        requirements_txt = (requirements_txt or []) + (_requirements_txt(folder_file) or [])
    if not found and requirements_txt is None:
        return None
    name = next((m.name for m in found if m.name), None)
    requires_python = next((m.requires_python for m in found if m.requires_python), None)
    required_lines = [line for m in found for line in m.required] + (requirements_txt or [])
    extra_lines = [line for m in found for line in m.extras]
    pythons = _supported_pythons(requires_python)
    required: set[str] = set()
    optional: set[str] = set()
    for line in required_lines:
        parsed = _parse(line)
        if parsed is not None:
            dist, always = parsed[0], _always_holds(parsed[1], pythons)
            (required if always else optional).update(import_names(dist))
    for line in extra_lines:
        parsed = _parse(line)
        if parsed is not None:
            optional.update(import_names(parsed[0]))
    own = _own_modules(root, name, [d for m in found for d in m.package_dirs])
    own_names = {top for top, _ in own}
    return Declared(root, own, frozenset(required - own_names), frozenset(optional - required - own_names))


def _pyproject(root: str) -> _Metadata | None:
    path = os.path.join(root, "pyproject.toml")
    data = _read_toml(path)
    if data is None:
        return None
    project = _dict(data.get("project"))
    tool = _dict(data.get("tool"))
    poetry = _dict(tool.get("poetry"))
    required = _strings(project.get("dependencies"))
    extras = [line for group in _dict(project.get("optional-dependencies")).values() for line in _strings(group)]
    dynamic = _dict(_dict(tool.get("setuptools")).get("dynamic"))
    for line_file in _strings(_dict(dynamic.get("dependencies")).get("file")):
        required += _requirements_txt(os.path.join(root, line_file)) or []
    for dist, spec in _dict(poetry.get("dependencies")).items():
        if not isinstance(dist, str) or dist.lower() == "python":
            continue
        line = _poetry_line(dist, spec)
        (extras if isinstance(spec, dict) and spec.get("optional") else required).append(line)
    packages = poetry.get("packages")
    package_dirs = [str(p["from"]) for p in packages if isinstance(p, dict) and p.get("from")] if isinstance(
        packages, list
    ) else []
    name = project.get("name") or poetry.get("name")
    if not project and not poetry:
        return None
    return _Metadata(
        name if isinstance(name, str) else None,
        project.get("requires-python") if isinstance(project.get("requires-python"), str) else None,
        required,
        extras,
        package_dirs,
    )


def _poetry_line(dist: str, spec: object) -> str:
    """A poetry dependency as a requirement line: its markers and platform become an environment marker."""
    if not isinstance(spec, dict):
        return dist
    markers = [str(spec["markers"])] if spec.get("markers") else []
    if spec.get("platform"):
        markers.append(f'sys_platform == "{spec["platform"]}"')
    return dist + ("; " + " and ".join(f"({m})" for m in markers) if markers else "")


def _read_toml(path: str) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    try:
        parsed: dict[str, Any] = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    return parsed


def _setup_cfg(root: str) -> _Metadata | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        if not parser.read(os.path.join(root, "setup.cfg"), encoding="utf-8"):
            return None
    except (configparser.Error, UnicodeDecodeError):
        return None
    if not parser.has_section("options") and not parser.has_section("metadata"):
        return None
    required = _lines(parser.get("options", "install_requires", fallback=""))
    extras = [
        line
        for key in (parser.options("options.extras_require") if parser.has_section("options.extras_require") else [])
        for line in _lines(parser.get("options.extras_require", key))
    ]
    package_dir = parser.get("options", "package_dir", fallback="")
    dirs = [value.strip() for entry in _lines(package_dir) for value in entry.split("=")[1:2] if value.strip()]
    return _Metadata(parser.get("metadata", "name", fallback=None), None, required, extras, dirs)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def _setup_py(root: str) -> _Metadata | None:
    """The literal `install_requires` and `extras_require` of a `setup(...)` call; nothing is executed."""
    try:
        with open(os.path.join(root, "setup.py"), "rb") as handle:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse(handle.read())
    except (OSError, SyntaxError, ValueError, RecursionError):
        return None
    assigned = {
        target.id: stmt.value
        for stmt in tree.body
        if isinstance(stmt, ast.Assign)
        for target in stmt.targets
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "setup":
            keywords = {k.arg: k.value for k in node.keywords if k.arg}
            required = _strings(_literal(keywords.get("install_requires"), assigned))
            extras_value = _literal(keywords.get("extras_require"), assigned)
            extras = [line for group in _dict(extras_value).values() for line in _strings(group)]
            name = _literal(keywords.get("name"), assigned)
            dirs = [str(v) for v in _dict(_literal(keywords.get("package_dir"), assigned)).values() if v]
            return _Metadata(name if isinstance(name, str) else None, None, required, extras, dirs)
    return None


def _literal(node: ast.expr | None, assigned: Mapping[str, ast.expr]) -> object:
    if isinstance(node, ast.Name):
        node = assigned.get(node.id)
    if node is None:
        return None
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError):
        return None


def _requirements_txt(path: str) -> list[str] | None:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    return [line.split(" #", 1)[0].strip() for line in _lines(text) if not line.startswith("-")]


_NOT_DEPLOYED = ("dev", "test", "local", "doc", "lint", "ci", "type", "bench")


def _deployed_requirement_files(root: str) -> list[str]:
    """`requirements/base.txt`, `requirements/production.txt`: a folder of requirement files, less dev and test ones."""
    folder = os.path.join(root, "requirements")
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [
        os.path.join(folder, name)
        for name in names
        if name.endswith(".txt") and not any(word in name.lower() for word in _NOT_DEPLOYED)
    ]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return _lines(value)
    return [item for item in value if isinstance(item, str)] if isinstance(value, (list, tuple)) else []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _parse(line: str) -> tuple[str, Any] | None:
    """(distribution name, marker or None) of one requirement line; None for what is not a requirement."""
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        requirement = Requirement(line)
    except InvalidRequirement:
        return None
    return requirement.name, requirement.marker


def _supported_pythons(requires_python: str | None) -> tuple[tuple[int, int], ...]:
    if not requires_python:
        return _PYTHONS
    from packaging.specifiers import InvalidSpecifier, SpecifierSet

    try:
        specifier = SpecifierSet(requires_python)
    except InvalidSpecifier:
        return _PYTHONS
    return tuple(v for v in _PYTHONS if specifier.contains(f"{v[0]}.{v[1]}.0", prereleases=True)) or _PYTHONS


def _always_holds(marker: Any, pythons: tuple[tuple[int, int], ...]) -> bool:
    """Whether a requirement's marker is true on every platform, implementation and supported Python."""
    if marker is None:
        return True
    for environment in _environments(pythons):
        try:
            if not marker.evaluate(environment):
                return False
        except Exception:  # noqa: BLE001  # an unknown variable: cannot tell, so optional
            return False
    return True


def _environments(pythons: Iterable[tuple[int, int]]) -> Iterator[dict[str, str]]:
    for platform in _PLATFORMS:
        for implementation in _IMPLEMENTATIONS:
            for major, minor in pythons:
                version = f"{major}.{minor}"
                yield {**platform, **implementation, "python_version": version, "python_full_version": version + ".0",
                       "extra": ""}


def import_names(distribution: str) -> tuple[str, ...]:
    """The top-level import names of a distribution: the table, the installed metadata, else its own name."""
    normalized = normalize(distribution)
    if normalized in KNOWN_IMPORT_NAMES:
        return KNOWN_IMPORT_NAMES[normalized]
    installed = _installed_top_level(normalized)
    guess = normalized.replace("-", "_")
    return tuple(dict.fromkeys((*installed, guess)))


@functools.lru_cache(maxsize=1024)
def _installed_top_level(normalized: str) -> tuple[str, ...]:
    """`top_level.txt`, else the top of each `RECORD` path, of the installed distribution; empty if none."""
    from importlib import metadata

    try:
        distribution = metadata.distribution(normalized)
    except (metadata.PackageNotFoundError, ValueError, OSError):
        return ()
    try:
        text = distribution.read_text("top_level.txt")
        if text:
            return tuple(line.strip().replace("/", ".") for line in text.splitlines() if line.strip())
        record = distribution.read_text("RECORD") or ""
    except (OSError, UnicodeDecodeError):
        return ()
    names = []
    for line in record.splitlines():
        path = line.split(",", 1)[0]
        top = path.split("/", 1)[0]
        if top.endswith((".dist-info", ".data")) or top.startswith(("..", "__")) or not top:
            continue
        if "/" in path or top.endswith(".py"):
            names.append(top[:-3] if top.endswith(".py") else top)
    return tuple(dict.fromkeys(n for n in names if n.isidentifier()))


def _own_modules(root: str, name: str | None, package_dirs: list[str]) -> tuple[tuple[str, str], ...]:
    """The project's own top-level packages and modules, flat or `src/` layout, and its own name."""
    own: dict[str, str] = {}
    for folder in dict.fromkeys([*package_dirs, "src", ""]):
        directory = os.path.normpath(os.path.join(root, folder)) if folder else root
        try:
            entries = os.listdir(directory)
        except OSError:
            continue
        for entry in entries:
            path = os.path.join(directory, entry)
            if entry in _SKIP_DIRS:
                continue
            if entry.isidentifier() and os.path.isfile(os.path.join(path, "__init__.py")):
                own.setdefault(entry, directory)
            elif entry.endswith(".py") and entry[:-3].isidentifier() and entry[:-3] not in _NOT_MODULES:
                own.setdefault(entry[:-3], directory)
    if name:
        own.setdefault(normalize(name).replace("-", "_"), "")
    return tuple(sorted(own.items()))
