# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
    from .conversation import Conversation as Conversation
    from .conversation_create_params import ConversationCreateParams as ConversationCreateParams
    from .conversation_deleted_resource import ConversationDeletedResource as ConversationDeletedResource
    from .conversation_item import ConversationItem as ConversationItem
    from .conversation_item_list import ConversationItemList as ConversationItemList
    from .conversation_update_params import ConversationUpdateParams as ConversationUpdateParams
    from .input_file_content import InputFileContent as InputFileContent
    from .input_file_content_param import InputFileContentParam as InputFileContentParam
    from .input_image_content import InputImageContent as InputImageContent
    from .input_image_content_param import InputImageContentParam as InputImageContentParam
    from .input_text_content import InputTextContent as InputTextContent
    from .input_text_content_param import InputTextContentParam as InputTextContentParam
    from .item_create_params import ItemCreateParams as ItemCreateParams
    from .item_list_params import ItemListParams as ItemListParams
    from .item_retrieve_params import ItemRetrieveParams as ItemRetrieveParams
    from .message import Message as Message
    from .output_text_content import OutputTextContent as OutputTextContent
    from .output_text_content_param import OutputTextContentParam as OutputTextContentParam
    from .refusal_content import RefusalContent as RefusalContent
    from .refusal_content_param import RefusalContentParam as RefusalContentParam
    from .summary_text_content import SummaryTextContent as SummaryTextContent
    from .summary_text_content_param import SummaryTextContentParam as SummaryTextContentParam
    from .text_content import TextContent as TextContent

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "ComputerScreenshotContent": "computer_screenshot_content",
    "Conversation": "conversation",
    "ConversationCreateParams": "conversation_create_params",
    "ConversationDeletedResource": "conversation_deleted_resource",
    "ConversationItem": "conversation_item",
    "ConversationItemList": "conversation_item_list",
    "ConversationUpdateParams": "conversation_update_params",
    "InputFileContent": "input_file_content",
    "InputFileContentParam": "input_file_content_param",
    "InputImageContent": "input_image_content",
    "InputImageContentParam": "input_image_content_param",
    "InputTextContent": "input_text_content",
    "InputTextContentParam": "input_text_content_param",
    "ItemCreateParams": "item_create_params",
    "ItemListParams": "item_list_params",
    "ItemRetrieveParams": "item_retrieve_params",
    "Message": "message",
    "OutputTextContent": "output_text_content",
    "OutputTextContentParam": "output_text_content_param",
    "RefusalContent": "refusal_content",
    "RefusalContentParam": "refusal_content_param",
    "SummaryTextContent": "summary_text_content",
    "SummaryTextContentParam": "summary_text_content_param",
    "TextContent": "text_content",
}


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        # a submodule not imported yet is an attribute too (`types.shared_params` after `import`
        # of the package), as it is where a package imports its submodules eagerly
        import importlib.util

        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
