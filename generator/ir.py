"""The intermediate representation: the one contract between the spec loader and the templates.

Everything here is plain, typed data. The builder (`generator.builder`) fills it from an OpenAPI
document plus a config; the renderer (`generator.render`) only walks it. Nothing in this module
knows about OpenAPI or about Jinja.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Literal, Optional

from .errors import Problem

TypeKind = Literal[
    "str",
    "int",
    "float",
    "bool",
    "any",
    "null",
    "date",
    "datetime",
    "file",  # an upload: bytes, file object, Path or (name, content, mime) tuple
    "ref",  # a named type (Model, Union, Enum or Alias) by its IR id
    "list",
    "dict",
    "union",
    "literal",
]


@dataclass(frozen=True)
class TypeRef:
    """A type expression. Named types are referenced by id so that recursion is just a reference."""

    kind: TypeKind
    ref: Optional[str] = None  # id of a named type when kind == "ref"
    args: tuple["TypeRef", ...] = ()  # list item, dict value, union members
    values: tuple[Any, ...] = ()  # literal values
    nullable: bool = False

    def with_nullable(self, nullable: bool = True) -> "TypeRef":
        return TypeRef(self.kind, self.ref, self.args, self.values, nullable)


@dataclass(frozen=True)
class Constraints:
    """The validation keywords of a schema that an example value must respect (JSON Schema names in
    snake case). `items` holds the constraints of an array's items."""

    format: Optional[str] = None
    pattern: Optional[str] = None
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    exclusive_minimum: Optional[float] = None
    exclusive_maximum: Optional[float] = None
    multiple_of: Optional[float] = None
    min_length: Optional[int] = None
    max_length: Optional[int] = None
    min_items: Optional[int] = None
    max_items: Optional[int] = None
    items: Optional["Constraints"] = None
    # the allowed values, where the IR type does not say them itself (a path param typed `str`)
    enum: Optional[tuple[Any, ...]] = None


NO_CONSTRAINTS = Constraints()


@dataclass
class Field:
    name: str  # Python attribute name, made safe
    wire_name: str  # name on the wire (alias when it differs)
    type: TypeRef
    required: bool
    nullable: bool
    default: Any = None
    has_default: bool = False
    description: str = ""
    deprecated: bool = False
    constraints: Constraints = NO_CONSTRAINTS
    example: Any = None  # the schema's `example` (or first of `examples`), when has_example
    has_example: bool = False
    delimiter: Optional[str] = None  # a params field of a delimited query list (`Param.delimiter`)


@dataclass
class Model:
    """An object schema: a pydantic model for responses, a TypedDict for request params."""

    id: str
    name: str
    module: str  # dotted module path inside the package, e.g. "types.chat.chat_completion"
    fields: list[Field]
    description: str = ""
    additional_properties: Optional[TypeRef] = None  # typed extra keys (dict-like models)
    pointer: str = ""  # JSON pointer of the schema in the spec, for error messages and docs
    parent: Optional[str] = None  # id of the model this one is nested in (rendered in its module)
    deprecated: bool = False
    # `oneOf`/`anyOf` of `required` lists: the wire names of which one set must be present
    required_alternatives: list[tuple[str, ...]] = field(default_factory=list)
    base: Optional["ClassRef"] = None  # a hand-written base class (custom code) instead of BaseModel


@dataclass
class Union:
    """oneOf / anyOf. The discriminator is explicit in the spec or implied by a const property."""

    id: str
    name: str
    module: str
    members: list[TypeRef]
    discriminator: Optional[str] = None  # wire name of the discriminating property
    mapping: dict[str, str] = field(default_factory=dict)  # value -> member type id
    description: str = ""
    pointer: str = ""
    parent: Optional[str] = None
    nullable: bool = False  # the schema also admits null (the model alias then holds None)


@dataclass
class Enum:
    id: str
    name: str
    module: str
    values: list[Any]
    open: bool = False  # also accepts any other string (anyOf [str, enum])
    description: str = ""
    pointer: str = ""
    parent: Optional[str] = None
    nullable: bool = False  # the schema also admits null (the alias is Optional)


@dataclass
class Alias:
    """A named schema that is just another type (an array, a primitive, a map)."""

    id: str
    name: str
    module: str
    target: TypeRef
    description: str = ""
    pointer: str = ""
    parent: Optional[str] = None


NamedType = Model | Union | Enum | Alias


ParamLocation = Literal["path", "query", "header", "body"]


@dataclass
class Param:
    name: str  # Python keyword argument name
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    nullable: bool = False
    default: Any = None
    has_default: bool = False
    description: str = ""
    deprecated: bool = False
    constraints: Constraints = NO_CONSTRAINTS
    example: Any = None  # the parameter's or its schema's example, when has_example
    has_example: bool = False
    # a query list sent as one value joined by this (`style: form, explode: false` -> ",";
    # spaceDelimited -> " ", pipeDelimited -> "|"); None: one `key=value` per item
    delimiter: Optional[str] = None


# content: text sent as it is; binary: a file's bytes; xml: an object written as an XML document
BodyKind = Literal["json", "multipart", "form", "xml", "content", "binary", "none"]
ResponseKind = Literal["model", "union", "binary", "text", "none", "page", "json"]


@dataclass
class PageScheme:
    """A pagination scheme declared in config (or inferred), rendered into pagination.py."""

    name: str  # sync class name, e.g. "SyncCursorPage"
    async_name: str  # e.g. "AsyncCursorPage"
    kind: Literal["cursor", "list", "next_cursor", "offset", "next_url", "page_number", "link"]
    items_field: str = "data"  # response property holding the items; "": the one array property there is
    cursor_param: str = "after"  # request query param that takes the cursor
    has_more_field: Optional[str] = "has_more"
    next_cursor_field: Optional[str] = None  # response property with the next cursor (next_url: the URL), may be dotted
    item_id_field: str = "id"  # item property used as the cursor (cursor kind)
    # a `list` page declares the `object` field only when every list response it parses has one
    object_field: bool = True
    # the next cursor / URL is read along a dotted path of the body (`metadata.continue`), not a field
    by_path: bool = False
    # the body is the list itself (a JSON array, as GitHub's lists), held as `data`; `link` pages
    # also keep the response's `Link: <...>; rel="next"` URL
    array_body: bool = False


@dataclass
class StreamVariant:
    """A method whose `stream` flag switches the response to server-sent events."""

    param: str  # wire name of the boolean param, usually "stream"
    chunk_type: TypeRef
    required_param: bool = False  # True for endpoints that only stream
    wire_example: bool = False  # the spec gives the event stream's wire form as a string example


@dataclass(frozen=True)
class XmlNode:
    """How a value is written as XML, from OpenAPI's `xml` objects: the element (or attribute) name,
    its namespace, and the nodes of the properties and array items that differ from the default (an
    element named by the property's wire name, holding the value)."""

    name: str = ""  # "" = the property's wire name
    namespace: str = ""
    prefix: str = ""
    attribute: bool = False
    wrapped: bool = False  # an array inside one element named by the property, items inside it
    children: tuple[tuple[str, "XmlNode"], ...] = ()  # (wire name, node) of the properties that differ
    items: Optional["XmlNode"] = None  # an array's items

    def is_default(self) -> bool:
        return self == XmlNode()


@dataclass
class Method:
    name: str
    http_method: str  # lower case verb
    path: str  # path template as in the spec, e.g. "/files/{file_id}"
    operation_id: str
    path_params: list[Param]
    query_params: list[Param]
    header_params: list[Param]
    body_params: list[Param]
    body_kind: BodyKind
    response_kind: ResponseKind
    response_type: Optional[TypeRef] = None
    body_type: Optional[TypeRef] = None  # a non-object body, sent whole as `body`
    page: Optional[str] = None  # PageScheme.name when response_kind == "page"
    page_item: Optional[TypeRef] = None
    stream: Optional[StreamVariant] = None
    deprecated: bool = False
    deprecation: str = ""  # the DeprecationWarning's message (config `deprecated`), else a generic one
    fixed_headers: dict[str, str] = field(default_factory=dict)  # config `headers`: sent by every call
    fixed_query: dict[str, str] = field(default_factory=dict)  # the flags of a query-keyed path: sent by every call
    summary: str = ""
    description: str = ""
    params_module: Optional[str] = None  # dotted module of the <method>_params TypedDict
    params_name: Optional[str] = None  # class name of that TypedDict
    pointer: str = ""
    # `oneOf`/`anyOf` of `required` lists on the body object: one of these sets of wire names is needed
    body_required_alternatives: list[tuple[str, ...]] = field(default_factory=list)
    # a required JSON body whose schema has no properties (AWS's `DescribeEndpointsRequest`): `{}` is sent
    empty_body: bool = False
    accept: Optional[str] = None  # Accept header of binary/text responses: the spec's media type
    # Content-Type of a body sent otherwise than as plain JSON or multipart (a form, `*+json` flavours)
    content_type: Optional[str] = None
    credential: Optional[str] = None  # the client option authenticating this call, when not the main key
    xml_body: Optional[XmlNode] = None  # body_kind "xml": the document's root element and what differs below it
    xml_response: bool = False  # the response is an XML document decoded into response_type
    # hand-written `custom.request_hooks` function: body params in, (body params, post-parser) out
    request_hook: Optional["ClassRef"] = None
    # where the name comes from: config, or inference by verb and shape (`verb`), a path leaf
    # (`action`), the operationId after a clash (`operation_id`) or a number (`numbered`)
    name_source: Literal["config", "verb", "action", "operation_id", "numbered"] = "config"


@dataclass
class Resource:
    name: str  # attribute name on the parent (snake case)
    class_name: str  # sync class name, e.g. "Completions"
    module: str  # dotted module, e.g. "resources.chat.completions"
    path: str  # dotted path from the client, e.g. "chat.completions"
    methods: list[Method] = field(default_factory=list)
    resources: list["Resource"] = field(default_factory=list)
    description: str = ""
    # hand-written base classes (custom code) instead of SyncAPIResource / AsyncAPIResource; the
    # public methods they define, and those of them `.with_raw_response` / `.with_streaming_response`
    # also wrap
    base: Optional["ClassRef"] = None
    async_base: Optional["ClassRef"] = None
    custom_methods: list[str] = field(default_factory=list)
    wrapped_methods: list[str] = field(default_factory=list)
    custom_file: str = ""  # package-relative file of `base`, for api.md


def walk_resources(resources: list[Resource]) -> Iterable[Resource]:
    """Every resource of the tree, each before its sub-resources."""
    for r in resources:
        yield r
        yield from walk_resources(r.resources)


@dataclass
class ClientOption:
    """A client constructor argument read from an env var and sent as a header (e.g. organization)."""

    name: str
    env: Optional[str]
    header: Optional[str]
    description: str = ""
    url: bool = False  # `type: url`: a string or an httpx.URL (websocket_base_url)
    # a second credential: the calls whose spec `security` names this scheme send it as a bearer
    # token instead of the main key (OpenAI's admin_api_key for the /organization endpoints)
    security_scheme: Optional[str] = None
    # a hand-written type (`type: module:Name`) and function (`key_provider: module:function`):
    # the option is then an alternative to the main key, turned into a key function by the provider
    # (OpenAI's workload_identity); the function may expose `invalidate()` for a 401 retry
    type_ref: Optional["ClassRef"] = None
    key_provider: Optional["ClassRef"] = None
    # a key the spec's security asks for beside the main one (zero-config: `{appKey: [], appToken: []}`),
    # sent as its header on every call; the emitted tests pass one
    credential: bool = False


@dataclass
class Auth:
    scheme: Literal["bearer", "header", "query", "basic", "none"]
    param: str = "api_key"  # constructor argument name
    env: Optional[str] = None
    header: Optional[str] = "Authorization"  # header or query name carrying the key
    required: bool = True


TestVariant = Literal["required", "all", "raw", "streaming", "stream"]
TEST_VARIANTS: tuple[TestVariant, ...] = ("required", "all", "raw", "streaming", "stream")


@dataclass(frozen=True)
class KnownIssue:
    """An emitted endpoint test that cannot pass against the mock server (config `tests.known_issues`).

    Variants: "required" (a call with the required params), "all" (every param), "raw"
    (`.with_raw_response`), "streaming" (`.with_streaming_response`), "stream" (the `stream=True` calls).
    """

    route: str  # "verb /path"
    reason: str
    kind: Literal["xfail", "skip"] = "xfail"
    raises: Optional[str] = None  # an xfail's exception: a builtin or a class exported by the package
    variants: tuple[TestVariant, ...] = ("required", "all", "raw", "streaming")


@dataclass(frozen=True)
class ExtraName:
    """A further name of a `types:` entry (config `also:`). `distinct`: a class of its own with the
    same shape (the official SDK's twin classes, e.g. beta and GA realtime events); otherwise a
    re-export of the primary type under this name, so isinstance and type checks treat both names
    as one type."""

    name: Optional[str] = None
    module: Optional[str] = None
    param_name: Optional[str] = None
    param_module: Optional[str] = None
    distinct: bool = False
    # a package of types whose `__init__` also exports the primary model under its own name
    # (`openai.types.Reasoning` for `openai.types.shared.reasoning.Reasoning`): the same class
    package: Optional[str] = None


@dataclass
class Api:
    title: str
    description: str
    version: str  # version of the emitted package
    spec_version: str
    package_name: str  # import name, e.g. "openai"
    distribution: str  # PyPI name
    client_name: str  # e.g. "OpenAI"
    async_client_name: str
    error_base: str  # e.g. "OpenAIError"
    env_prefix: str  # e.g. "OPENAI"
    base_url: str
    base_url_env: str
    auth: Auth
    client_options: list[ClientOption]
    resources: list[Resource]
    types: list[NamedType]
    pages: list[PageScheme]
    # some page finds its next cursor or URL along a path of the body (`by_path`), or its items
    # (`items_field` ""): pagination.py then defines the helper that does
    page_paths: bool = False
    page_items: bool = False
    # some page is built from the response, not its body alone (`array_body`): the client asks it
    page_from_response: bool = False
    # (package, type id): config `also: [{package: ...}]`, exports of a type beyond its own package
    package_exports: list[tuple[str, str]] = field(default_factory=list)
    license: str = "Apache-2.0"
    author: str = ""
    homepage: str = ""
    changelog: str = ""  # release notes from config (`package.changelog`); empty: one generated entry
    python_requires: str = ">=3.9"
    extras: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # "verb /path: reason" entries
    spec_sha256: str = ""
    module_client: bool = False  # `import pkg; pkg.api_key = ...; pkg.resource.method(...)`
    azure: Optional["Azure"] = None
    platform_header_prefix: str = "X-Sdkgen"  # X-Sdkgen-Lang, -OS, -Arch, -Runtime, -Retry-Count ...
    default_timeout: float = 600.0
    default_max_retries: int = 2
    known_issues: list[KnownIssue] = field(default_factory=list)  # of the emitted tests, from config
    warnings: list[Problem] = field(default_factory=list)  # spec mistakes worked around, each with its place
    custom: "CustomCode" = field(default_factory=lambda: CustomCode())


@dataclass
class Azure:
    """Azure flavour of the client (OpenAI-style): deployment-scoped routes and api-version."""

    api_version_env: str = "OPENAI_API_VERSION"
    api_key_env: str = "AZURE_OPENAI_API_KEY"
    endpoint_env: str = "AZURE_OPENAI_ENDPOINT"
    ad_token_env: str = "AZURE_OPENAI_AD_TOKEN"
    deployment_paths: list[str] = field(default_factory=list)  # routes served under /deployments/{name}


@dataclass(frozen=True)
class ClassRef:
    """A class of the hand-written code: `module` is package-relative (`lib.chat_completions`)."""

    module: str
    name: str


@dataclass
class CustomCode:
    """Hand-written code kept beside the config, placed into the package as it is."""

    root: str = ""  # the directory it was read from, for messages
    files: dict[str, bytes] = field(default_factory=dict)  # package-relative path -> content
    docs: dict[str, bytes] = field(default_factory=dict)  # files beside the package (output root) -> content
    # package module ("" for the root) -> (exported name, package-relative module defining it)
    exports: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    dependencies: list[str] = field(default_factory=list)
    extras: dict[str, list[str]] = field(default_factory=dict)
    # hand-written resources of the client itself, with no routes (`client.webhooks`): attribute
    # name -> the sync class; the async one is `Async<name>` of the same module
    client_resources: dict[str, ClassRef] = field(default_factory=dict)
