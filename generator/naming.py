"""Name inference and Python-safety of names. Pure functions, no state."""

from __future__ import annotations

import builtins
import keyword
import re
import sys
import urllib.parse
from typing import Callable, Iterable, Optional

# Attributes of pydantic.BaseModel (and our runtime's BaseModel) a field must not shadow.
PYDANTIC_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "fields",
        "to_dict",
        "to_json",
    }
)
# Keyword arguments every generated method already takes.
METHOD_RESERVED = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "self", "cls"})
# Names a method body refers to besides its parameters (its locals, the runtime helpers, builtins);
# a parameter of that name would shadow them inside the body.
METHOD_BODY_NAMES = frozenset(
    {
        "body", "extracted_files", "cast", "httpx", "omit", "not_given", "path_template", "maybe_transform",
        "async_maybe_transform", "strip_not_given", "make_request_options", "extract_files", "deepcopy_minimal",
        "str", "object", "ValueError", "Stream", "AsyncStream", "NoneType", "Body", "Query", "Headers",
    }
)  # fmt: skip
# Names that the emitted modules import (typing, typing_extensions, pydantic and the runtime): a
# schema of that name would shadow the import in its own module. Such types get a `Model` suffix.
RESERVED_CLASS_NAMES = frozenset(
    {
        "Annotated", "Any", "BaseModel", "Dict", "FieldInfo", "FileTypes", "Generic", "Iterable", "List",
        "Literal", "Mapping", "NotGiven", "Omit", "Optional", "PropertyInfo", "Required", "Sequence",
        "SequenceNotStr", "TypeAlias", "TypeVar", "TypedDict", "TYPE_CHECKING", "Union", "cast",
        "overload", "override",
    }
)
# What `_client.py` imports or defines besides the client classes themselves.
RUNTIME_CLASS_NAMES = frozenset(
    {
        "AsyncAPIClient", "AsyncStream", "Client", "Stream", "SyncAPIClient", "Timeout", "Transport",
        "ProxiesTypes", "RequestOptions", "Querystring", "Resource", "Self",
    }
)
RUNTIME_DEPENDENCIES = frozenset(
    {"httpx", "pydantic", "typing_extensions", "anyio", "distro", "sniffio", "aiohttp", "httpx_aiohttp", "pytest"}
)
# The running Python's list, plus what other supported versions add or have removed, so the
# emitted name does not depend on the Python the generator runs on.
STDLIB_MODULES = frozenset(sys.stdlib_module_names) | {
    "aifc", "annotationlib", "asynchat", "asyncore", "audioop", "cgi", "cgitb", "chunk", "compression",
    "crypt", "distutils", "imghdr", "imp", "lib2to3", "mailcap", "msilib", "nis", "nntplib", "ossaudiodev",
    "pipes", "smtpd", "sndhdr", "spwd", "sunau", "telnetlib", "uu", "xdrlib",
}
# Reserved file names on Windows: a module of that name cannot be checked out there.
WINDOWS_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
PATH_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")  # `{name}` in a path template
VERSION_SEGMENT = re.compile(r"^v\d+(?:(?:alpha|beta|\.)\d*)*$", re.IGNORECASE)  # v1, v2beta1, v1.2
DATE_SEGMENT = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")  # Twilio's /2010-04-01/
API_ROOTS = frozenset({"api", "apis"})  # a leading /api or /apis says nothing about the resource
FILE_SUFFIX = re.compile(r"(?<=.)\.(?:json|xml|ya?ml|csv|txt|html?)$", re.IGNORECASE)  # Twilio's Messages.json


def words(name: str) -> list[str]:
    """Split camelCase, PascalCase, snake_case, kebab-case and dotted names into lowercase words."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", name) if w]


def snake(name: str) -> str:
    out = "_".join(words(name))
    if not out:
        return "unnamed"
    return spelled_digit(out) if out[0].isdigit() else out


def pascal(name: str) -> str:
    out = "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", name) if w)
    out = out[:1].upper() + out[1:] if out else "Model"
    return pascal(spelled_digit(out)) if out[0].isdigit() else out


CAMEL_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|[^A-Za-z0-9]+")


def spelled(name: str, spellings: dict[str, str]) -> str:
    """A class name with each CamelCase word respelled as config `acronyms` says, whatever case it
    came in (`AdminApiKeys` -> `AdminAPIKeys` for `API`, `MCPListTools` -> `McpListTools` for `Mcp`)."""
    if not spellings:
        return name
    return "".join(spellings.get(w.lower(), w) for w in CAMEL_WORD.findall(name))


def bounded(prefix: str, own: str, limit: int) -> str:
    """A nested class name, `prefix + own`, kept within `limit` characters (0: no limit) by
    dropping the prefix's first words: the words nearest to its place stay
    (`...SpecFunctionLogDestinations` + `Datadog` -> `LogDestinationsDatadog` when it must)."""
    if not limit or len(prefix) + len(own) <= limit:
        return prefix + own
    words_ = CAMEL_WORD.findall(prefix)
    while words_ and len("".join(words_)) + len(own) > limit:
        words_ = words_[1:]
    kept = "".join(words_)
    return kept + own if not kept[:1].isdigit() else own


DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def spelled_digit(name: str) -> str:
    """A name that starts with a digit made a valid, public Python name: one leading digit that is a
    word of its own is spelled out (`1_clicks` -> `one_clicks`), anything else gets an `n` before it
    (`2010_04_01` -> `n2010_04_01`). A leading `_` would make it private (pydantic drops such fields)."""
    if len(name) == 1 or not name[1].isalnum():
        return DIGIT_WORDS[int(name[0])] + name[1:]
    return "n" + name


# plurals the suffix rules below would get wrong (`testing_criteria` items are `TestingCriterion`s)
IRREGULAR_PLURALS = {"criteria": "criterion", "indices": "index", "matrices": "matrix", "vertices": "vertex",
                     "people": "person", "children": "child", "analyses": "analysis", "statuses": "status",
                     "aliases": "alias", "buses": "bus"}


def singular(word: str) -> str:
    for plural, one in IRREGULAR_PLURALS.items():
        if word == plural or word.endswith("_" + plural):
            return word[: len(word) - len(plural)] + one
        if word.endswith(plural.capitalize()) and word[: -len(plural)][-1:].islower():
            return word[: len(word) - len(plural)] + one.capitalize()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


def is_plain_name(name: str) -> bool:
    """An ASCII identifier that does not start with `_`. (Non-ASCII identifiers are NFKC-normalized
    by Python, so two different wire names could become the same attribute.)"""
    return name.isascii() and name.isidentifier() and not name.startswith("_")


def python_name(wire: str) -> str:
    """The snake_case Python name of a wire name (`companyId` -> `company_id`, `AccountSid` ->
    `account_sid`); the wire name travels as the alias, so a request still sends `companyId`."""
    return snake(wire)


def safe_field_name(wire: str) -> str:
    """A Python attribute for a wire property: its snake_case form, made safe."""
    name = python_name(wire)
    if keyword.iskeyword(name) or name in PYDANTIC_RESERVED or name.startswith("model_"):
        name += "_"
    return name


def safe_param_name(wire: str) -> str:
    """A keyword argument for a wire parameter: its snake_case form, made safe."""
    name = python_name(wire)
    if keyword.iskeyword(name) or name in METHOD_RESERVED or name in METHOD_BODY_NAMES or name in RESERVED_CLASS_NAMES:
        name += "_"
    return name


def safe_class_name(name: str) -> str:
    name = pascal(name)
    if name in RESERVED_CLASS_NAMES:
        return name + "Model"
    if keyword.iskeyword(name) or hasattr(builtins, name):
        name += "_"
    return name


NAMESPACE_SEPARATOR = re.compile(r"[./]")


def schema_class_names(names: list[str], limit: int = 0) -> dict[str, str]:
    """The class of each component schema. A name with a namespace (Kubernetes'
    `io.k8s.api.apps.v1.Deployment`, Go's `models.User`) is cut to its last part, or as few last
    parts as keep it unique among all the classes (`V1HorizontalPodAutoscaler` beside
    `V2HorizontalPodAutoscaler`), instead of `IoK8sApiAppsV1Deployment`; any other name is its
    PascalCase form, as before. With a `limit`, a longer class loses its first words while it
    stays unique (Stripe's 112-character `CustomerBalanceResource...EuBankTransfer`)."""
    classes = _namespaced_class_names(names)
    if not limit:
        return classes
    taken = {c.lower() for c in classes.values()}
    for name in names:
        words_ = CAMEL_WORD.findall(classes[name])
        while len("".join(words_)) > limit and len(words_) > 1:
            shorter = "".join(words_[1:])
            if shorter.lower() in taken or shorter[:1].isdigit():
                break
            words_ = words_[1:]
        short = "".join(words_)
        if short != classes[name]:
            taken.discard(classes[name].lower())
            taken.add(short.lower())
            classes[name] = short
    return classes


def _namespaced_class_names(names: list[str]) -> dict[str, str]:
    parts = {n: [p for p in NAMESPACE_SEPARATOR.split(n) if p] or [n] for n in names}
    depth = {n: 1 for n in names if len(parts[n]) > 1}
    for n in depth:  # a last part that is a number (`Foo.1`) names nothing by itself
        while depth[n] < len(parts[n]) and not parts[n][-depth[n]][:1].isalpha():
            depth[n] += 1

    def current(name: str) -> str:
        return safe_class_name("".join(p[:1].upper() + p[1:] for p in parts[name][-depth[name]:])) if name in depth \
            else safe_class_name(name)

    while True:
        by_class: dict[str, list[str]] = {}
        for n in names:
            by_class.setdefault(current(n).lower(), []).append(n)
        grow = [n for group in by_class.values() if len(group) > 1 for n in group
                if n in depth and depth[n] < len(parts[n])]
        if not grow:
            return {n: current(n) for n in names}
        for n in grow:
            depth[n] += 1


def safe_module_name(name: str) -> str:
    name = snake(name)
    if keyword.iskeyword(name) or name in {"types", "resources", "self"} or name in WINDOWS_DEVICE_NAMES:
        name += "_"
    return name


def safe_package_name(name: str) -> str:
    """The import name of an emitted package: a module name that shadows neither the standard
    library nor a package the emitted SDK depends on (`builtins`, `json`, `httpx`)."""
    name = safe_module_name(name)
    if name in STDLIB_MODULES or name in RUNTIME_DEPENDENCIES:
        name += "_sdk"
    return name


def safe_client_name(name: str) -> str:
    """The client class: not a keyword, a builtin, or a name its module imports (`Stream`)."""
    name = pascal(name)
    if keyword.iskeyword(name) or hasattr(builtins, name) or name in RESERVED_CLASS_NAMES | RUNTIME_CLASS_NAMES:
        name += "Client"
    return name


def unique(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name2`, `name3`... the first not in `taken` (deterministic for a fixed order)."""
    taken = set(taken)
    if name not in taken:
        return name
    n = 2
    while f"{name}{n}" in taken:
        n += 1
    return f"{name}{n}"


def distinct_names(wires: list[str], make: Callable[[str], str]) -> dict[str, str]:
    """A distinct Python name for each wire name. A wire name that is its own Python name keeps it
    (`foo_bar` beside `fooBar`), and the others take the next free one (`foo_bar2`), in order."""
    out: dict[str, str] = {}
    for wire in wires:
        if make(wire) == wire and wire not in out.values():
            out[wire] = wire
    for wire in wires:
        if wire not in out:
            out[wire] = unique(make(wire), out.values())
    return {wire: out[wire] for wire in wires}


def route_path(path: str) -> str:
    """A path key without the query string or `#fragment` some vendors key variants by
    (`/things?beta=true`, AWS's `/#X-Amz-Target=Service.Action`): what the request goes to."""
    return re.split(r"[?#]", path, maxsplit=1)[0]


def route_flags(path: str) -> dict[str, str]:
    """The query string of a path key (`/things?beta=true` -> {beta: true}): sent by every call."""
    query = path.partition("#")[0].partition("?")[2]
    return dict(urllib.parse.parse_qsl(query, keep_blank_values=True))


def route_fragment(path: str) -> dict[str, str]:
    """The `name=value` pairs of a path key's `#fragment` (`/#X-Amz-Target=Svc.Action`,
    `/apis/{id}#export=true`). A fragment never reaches a server: the pairs are sent as the header
    the operation declares by that name, else as query flags. A bare `#name` sets no value."""
    return dict(urllib.parse.parse_qsl(path.partition("#")[2], keep_blank_values=False))


def flag_namespaces(flags: dict[str, str]) -> list[str]:
    """The namespaces of a query-keyed variant: one per flag, its name when it is switched on
    (`beta=true` -> beta) and its name with its value otherwise (`version=2` -> version_2)."""
    return [name if value.lower() in ("true", "1", "") else f"{name}_{value}" for name, value in flags.items()]


# the first word of an action name (`CreateBatchPrediction`, `ListTagsForResource`) that is its verb
ACTION_VERBS = frozenset(
    {
        "add", "associate", "attach", "cancel", "copy", "create", "delete", "deregister", "describe", "detach",
        "disable", "disassociate", "enable", "execute", "export", "get", "import", "invoke", "list", "modify",
        "publish", "put", "register", "remove", "reset", "restore", "run", "search", "send", "start", "stop",
        "tag", "untag", "update", "validate",
    }
)  # fmt: skip
ACTION_QUALIFIERS = frozenset({"from", "for", "by", "with", "to", "in", "on", "of"})


def plural(name: str) -> str:
    """`data_source` -> `data_sources`, `query` -> `queries`; a plural stays as it is."""
    last = name.rpartition("_")[2]
    if singular(last) != last:
        return name
    for many, one in IRREGULAR_PLURALS.items():
        if last == one:
            return name[: len(name) - len(one)] + many
    if last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u"):
        return name[:-1] + "ies"
    if last.endswith(("s", "x", "ch", "sh")):
        return name + "es"
    return name + "s"


def action_placement(action: str) -> tuple[str, str]:
    """The resource and method an action name reads as (an RPC route's `Service.Action`): the verb
    on the plural noun, a qualifier kept on the method (`CreateBatchPrediction` -> batch_predictions,
    create; `CreateDataSourceFromRDS` -> data_sources, create_from_rds; `DescribeTags` -> tags,
    list; `GetDataSource` -> data_sources, retrieve). An action without a known verb or a noun is
    the method alone ("", `predict`)."""
    ws = words(action)
    if len(ws) > 2 and ws[0] == "batch" and ws[1] in ACTION_VERBS:
        verb, rest = f"batch_{ws[1]}", ws[2:]
    elif len(ws) > 1 and ws[0] in ACTION_VERBS:
        verb, rest = ws[0], ws[1:]
    else:
        return "", snake(action)
    cut = next((i for i, w in enumerate(rest) if i > 0 and w in ACTION_QUALIFIERS), len(rest))
    noun, qualifier = "_".join(rest[:cut]), rest[cut:]
    if verb in ("get", "describe", "list"):
        verb = "list" if singular(noun.rpartition("_")[2]) != noun.rpartition("_")[2] else "retrieve"
    return plural(noun), "_".join([verb, *qualifier])


def path_segments(path: str, strip_prefixes: Iterable[str] = (), keep_versions: bool = False) -> list[str]:
    """The segments of a path that name its resources: configured prefixes, a leading `/api` or
    `/apis`, versions (`v1`, `v2beta1`) and dates (`2010-04-01`) anywhere (unless `keep_versions`),
    and file suffixes (`Messages.json`, `{Sid}.json`) dropped; a Kubernetes API group after `/apis`
    is its first label (`/apis/rbac.authorization.k8s.io/v1/roles` -> `rbac`, `roles`)."""
    path = route_path(path)
    for prefix in strip_prefixes:
        if path.startswith(prefix):
            path = path[len(prefix) :] or "/"
    segments = [FILE_SUFFIX.sub("", s) for s in path.split("/") if s]
    if len(segments) > 1 and segments[0].lower() == "apis" and not is_param_segment(segments[1]):
        segments = [segments[1].split(".")[0]] + segments[2:]
    while segments and segments[0].lower() in API_ROOTS:
        segments = segments[1:]
    return [s for s in segments if is_param_segment(s) or keep_versions or not is_version(s)]


def is_version(segment: str) -> bool:
    return bool(VERSION_SEGMENT.match(segment) or DATE_SEGMENT.match(segment))


def version_key(path: str) -> tuple[tuple[int, ...], str]:
    """Orders the versions a path names (`/v1/chat` before `/v2/chat`, `v2` before `v10`)."""
    versions = [s for s in route_path(path).split("/") if is_version(s)]
    return tuple(int(n) for v in versions for n in re.findall(r"\d+", v)), path


def is_param_segment(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


# ----- package and client names from the spec's title ---------------------------------------------

# Words a title carries about the document rather than the product: "GitHub's official OpenAPI spec"
# names GitHub. Compared in lower case.
TITLE_NOISE = frozenset(
    {
        "a", "an", "and", "api", "apis", "definition", "definitions", "doc", "docs", "documentation", "for", "of",
        "official", "openapi", "reference", "rest", "restful", "schema", "spec", "specification", "swagger", "the",
        "unofficial", "v", "version",
    }
)  # fmt: skip
# Words that say what kind of thing the product is only at the end of a title ("Azure OpenAI
# Service", "Acme Server"); elsewhere they may be its name ("Web Risk", "Service Desk").
TITLE_TAIL_NOISE = frozenset({"endpoint", "endpoints", "interface", "sdk", "server", "service", "services", "webservice"})
# What follows one of these in a title is a subtitle ("Twilio - Api", "GitHub ... + Octokit extension").
TITLE_SUBTITLE = re.compile(r"\s+[-–—+|:(]\s*|\s*[|:(]\s*")
TITLE_VERSION = re.compile(r"^v?\d+(?:[._-]\d+)*(?:[a-z]+\d*)?$", re.IGNORECASE)  # v1, 2.0, 2010-04-01, v2beta1
MAX_CLIENT_NAME = 30
MAX_TITLE_WORDS = 3
# Host labels that say where an API is served, not whose it is (`api.github.com`, `www.example.com`).
HOST_NOISE = frozenset({"api", "apis", "www", "rest", "app", "gateway", "public", "sandbox", "prod", "production"})
SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})  # `api.foo.co.uk` is foo's


def title_words(title: str) -> list[str]:
    """The words of a title that name the product: possessives, versions and document words
    dropped, a subtitle cut off (`GitHub's official OpenAPI spec + Octokit extension` -> [GitHub]).
    Each word keeps its own case (GitHub, DigitalOcean): it is one word of the package name."""
    head = TITLE_SUBTITLE.split(title.strip(), maxsplit=1)
    for text in head[:1] + [title]:  # a subtitle is kept when nothing is left before it
        text = re.sub(r"['’]s\b", "", text)
        out = [w for w in re.split(r"[^A-Za-z0-9]+", text)
               if w and w.lower() not in TITLE_NOISE and not TITLE_VERSION.match(w)]
        while len(out) > 1 and out[-1].lower() in TITLE_TAIL_NOISE:
            out = out[:-1]
        if out:
            return out
    return []


def host_label(url: str) -> Optional[str]:
    """The owner's label of a server URL's host (`https://api.github.com/v3` -> `github`); None for
    a local, numeric or templated host, which names nobody."""
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.IGNORECASE).split("/")[0].split(":")[0]
    labels = [part.lower() for part in host.split(".") if part]
    if len(labels) < 2 or any("{" in part or "}" in part for part in labels) or all(p.isdigit() for p in labels):
        return None
    labels = labels[:-1]  # the top-level domain
    if len(labels) >= 2 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]
    owner = labels[-1]
    if owner in HOST_NOISE or owner in {"localhost", "example"} or not re.fullmatch(r"[a-z][a-z0-9-]*", owner):
        return None
    return owner


def product_words(title: str, server_url: str) -> list[str]:
    """The words of the package and client names. The cleaned title when it is short; when it is
    long or says nothing (`API Reference`), the server's host (`api.cohere.com` -> Cohere), spelled
    as the title spells it where a title word matches (`GitHub`). Never over MAX_CLIENT_NAME
    characters."""
    words_ = title_words(title)
    long = len(words_) > MAX_TITLE_WORDS or len("".join(words_)) > MAX_CLIENT_NAME
    if not words_ or long:
        host = host_label(server_url)
        if host is not None:
            for i in range(len(words_)):
                for j in range(i + 1, len(words_) + 1):
                    if "".join(words_[i:j]).lower() == host.replace("-", ""):
                        return words_[i:j]
            return [w for w in host.split("-") if w]
    out: list[str] = []
    for w in words_[:MAX_TITLE_WORDS]:
        if len("".join(out + [w])) > MAX_CLIENT_NAME:
            break
        out.append(w)
    if not out and words_:
        out = [words_[0][:MAX_CLIENT_NAME]]
    return out


def client_class_words(words_: list[str]) -> str:
    """PascalCase of product words, each keeping its inner case (`GitHub`, `DigitalOcean`)."""
    return "".join(w[:1].upper() + w[1:] for w in words_)


def package_words(words_: list[str]) -> str:
    """The import name of product words: each word one lowercase word (`GitHub` -> `github`)."""
    return "_".join(w.lower() for w in words_)


# ----- method names --------------------------------------------------------------------------------

# What a list wrapper calls its items (`{"items": [...]}`), and the words of its other properties
# that say they describe the list (`total_count`, `links`, `metadata`, `next_page_token`).
ITEMS_NAMES = frozenset({"items", "data", "results", "entries", "records", "values", "elements", "objects", "list"})
LIST_METADATA_WORDS = frozenset(
    {
        "count", "total", "page", "pages", "pagination", "paging", "next", "prev", "previous", "cursor", "cursors",
        "links", "link", "meta", "metadata", "more", "offset", "limit", "continue", "token", "first", "last",
        "incomplete", "start", "end", "size", "before", "after", "info", "kind", "api", "version", "object", "url",
    }
)  # fmt: skip


def is_list_metadata(wire: str) -> bool:
    """A property of a list wrapper that describes the list, not one of its items."""
    return bool(set(words(wire)) & LIST_METADATA_WORDS)


def operation_names(operation_id: str, resource_path: str) -> list[str]:
    """Method names from an operationId, shortest first: without the words the resource path
    already says, in the singular or plural, and without versions (`gists/get-revision` on `gists`
    -> `get_revision`; `readCoreV1NamespacedPod` on `namespaces.pods` -> `read_core_namespaced`),
    then the whole operationId. A name left empty is not offered."""
    own = words(operation_id)
    said = {w for part in resource_path.split(".") for w in words(part)}
    said |= {singular(w) for w in said}
    short = [w for w in own if w not in said and singular(w) not in said and not VERSION_SEGMENT.match(w)]
    names = ["_".join(short)] if short else []
    full = snake(operation_id)
    return [n if not n[:1].isdigit() else spelled_digit(n) for n in dict.fromkeys(names + [full])]


def poor_operation_id(operation_id: str) -> bool:
    """An operationId that makes a poor method name: a dotted discovery id (`ideahub.ideas.list`,
    every Google API's), a sentence of more than three words, or one with a glued word of 15
    letters or more (`Getsubscriptionstocustomer`)."""
    if operation_id.count(".") >= 2 or len(operation_id.split()) > 3:
        return True  # a discovery id, or a sentence (paylocity's "Gets employee pay statement ...")
    return any(len(w) >= 15 for w in words(operation_id))


# ----- pagination inference -------------------------------------------------------------------------

ITEM_CURSOR_PARAMS = ("after", "starting_after")  # the last item's id is the next page's cursor
PAGE_NUMBER_PARAMS = ("page", "page_number", "pageNumber")
OFFSET_PARAMS = ("offset", "skip", "start")
NEXT_CURSOR_NAMES = frozenset(
    {"next_cursor", "nextcursor", "next_page_token", "nextpagetoken", "next_token", "nexttoken", "continue",
     "cursor", "next_page_cursor", "continuation_token", "continuationtoken"}
)  # fmt: skip
CURSOR_PARAM_NAMES = frozenset(
    {"cursor", "page_token", "pagetoken", "continue", "next_token", "nexttoken", "continuation_token",
     "continuationtoken", "token", "page_cursor"}
)  # fmt: skip
NEXT_URL_NAMES = frozenset({"next", "next_url", "nexturl", "next_page_url", "nextpageurl", "next_link", "nextlink"})
PAGE_CLASS_NAMES = {"link": "LinkPage", "cursor": "CursorPage", "next_cursor": "NextCursorPage", "next_url": "NextURLPage",
                    "page_number": "PageNumberPage", "offset": "OffsetPage", "list": "Page"}


def is_next_cursor(path: str) -> bool:
    """A response property holding the next page's cursor (`next_cursor`, `metadata.continue`)."""
    return path.rpartition(".")[2].lower() in NEXT_CURSOR_NAMES


def is_cursor_param(name: str) -> bool:
    """A query param that takes such a cursor (`cursor`, `page_token`, `continue`)."""
    return name.lower() in CURSOR_PARAM_NAMES


def is_next_url(path: str) -> bool:
    """A response property holding the next page's URL (`next`, `links.pages.next`, `next_url`)."""
    return path.rpartition(".")[2].lower() in NEXT_URL_NAMES


# ----- auth without security schemes -----------------------------------------------------------

CREDENTIAL_HEADER = re.compile(r"^(?:x-)?(?:authorization|api[-_]?key|auth[-_]?token|access[-_]?token|token|"
                               r"[a-z]*[-_]?api[-_]?key|api[-_]?token|secret[-_]?key|subscription[-_]?key)$",
                               re.IGNORECASE)


def is_credential_header(name: str) -> bool:
    """A header that carries the caller's credential (`Authorization`, `X-Api-Key`, `X-Auth-Token`,
    `Ocp-Apim-Subscription-Key`-like `subscription-key`), not one that merely describes the call."""
    return bool(CREDENTIAL_HEADER.match(name)) or name.lower().endswith("subscription-key")
