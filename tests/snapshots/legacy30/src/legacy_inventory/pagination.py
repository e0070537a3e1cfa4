# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, Generic, List, Optional, cast

from typing_extensions import override

from ._base_client import PageInfo

# the base classes' own type variable: a different one would make pydantic rebuild them per page class
from ._pages import _T, BaseAsyncPage, BasePage, BaseSyncPage

__all__ = [
    "SyncCursorPage",
    "AsyncCursorPage",
    "SyncPage",
    "AsyncPage",
]


def _item_cursor(item: object, field: str) -> Optional[str]:
    if isinstance(item, dict):
        value = cast("dict[str, Any]", item).get(field)
    else:
        value = getattr(item, field, None)
    return None if value is None else str(value)


class SyncCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        data = self.data
        if not data:
            return None
        cursor = _item_cursor(data[-1], "id")
        if cursor is None:
            return None
        return PageInfo(params={"after": cursor})


class AsyncCursorPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: Optional[bool] = None

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def has_next_page(self) -> bool:
        if self.has_more is False:
            return False
        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        data = self.data
        if not data:
            return None
        cursor = _item_cursor(data[-1], "id")
        if cursor is None:
            return None
        return PageInfo(params={"after": cursor})


class SyncPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    object: str

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def next_page_info(self) -> None:
        """This page holds the whole list: there is never a next page."""
        return None


class AsyncPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    object: str

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def next_page_info(self) -> None:
        """This page holds the whole list: there is never a next page."""
        return None
