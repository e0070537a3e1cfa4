# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from functools import cached_property as cached_property
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from ._logs import redact_headers as redact_headers
from ._logs import redact_url as redact_url
from ._logs import setup_logging as setup_logging
from ._typing import (
    annotated_metadata as annotated_metadata,
)
from ._typing import (
    is_dict_type as is_dict_type,
)
from ._typing import (
    is_list_type as is_list_type,
)
from ._typing import (
    is_literal_type as is_literal_type,
)
from ._typing import (
    is_union_type as is_union_type,
)
from ._typing import (
    strip_annotated_type as strip_annotated_type,
)
from ._utils import (
    deepcopy_minimal as deepcopy_minimal,
)
from ._utils import (
    extract_files as extract_files,
)
from ._utils import (
    file_from_path as file_from_path,
)
from ._utils import (
    is_given as is_given,
)
from ._utils import (
    is_mapping as is_mapping,
)
from ._utils import (
    lru_cache as lru_cache,
)
from ._utils import (
    path_template as path_template,
)
from ._utils import (
    strip_not_given as strip_not_given,
)

if _TYPE_CHECKING:
    from ._transform import (
        PropertyInfo as PropertyInfo,
    )
    from ._transform import (
        async_maybe_transform as async_maybe_transform,
    )
    from ._transform import (
        async_transform as async_transform,
    )
    from ._transform import (
        maybe_transform as maybe_transform,
    )
    from ._transform import (
        transform as transform,
    )

# `_transform` imports pydantic: loaded by the first resource or type module that needs it,
# not by `import petstore`.
_TRANSFORM_NAMES = frozenset(
    {"PropertyInfo", "transform", "async_transform", "maybe_transform", "async_maybe_transform"}
)


def __getattr__(name: str) -> _Any:
    if name in _TRANSFORM_NAMES:
        from . import _transform

        value = getattr(_transform, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
