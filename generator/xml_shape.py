"""OpenAPI `xml` objects -> `ir.XmlNode`: how a request body is written as an XML document.

Only what differs from the default is kept (an element named by the property's wire name, array
items repeated under the property's name), so that a body without `xml` objects below its root
renders as a one-entry literal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .ir import XmlNode
from .schemas import SchemaTranslator, ref_name, without_null

XML_MEDIA = ("application/xml", "text/xml")
MAX_DEPTH = 16  # nested $refs followed; deeper (or cyclic) values are written with the defaults


def is_xml_media(media: str) -> bool:
    m = media.split(";")[0].strip().lower()
    return m in XML_MEDIA or m.endswith("+xml")


def body_shape(schemas: SchemaTranslator, schema: Any, where: str) -> XmlNode:
    """The document of a request body: the root element is the schema's `xml.name`, else its
    component name, else `xml` (as Prism names the root of the XML it writes)."""
    node = node_of(schemas, schema, where, ())
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    name = node.name or (ref_name(ref) if isinstance(ref, str) else None) or "xml"
    return replace(node, name=name)


def node_of(schemas: SchemaTranslator, schema: Any, where: str, seen: tuple[str, ...]) -> XmlNode:
    if not isinstance(schema, dict):
        return XmlNode()
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in seen or len(seen) >= MAX_DEPTH:
            return XmlNode()
        seen = (*seen, ref)
    resolved = without_null(schemas.resolve(schema, where))
    # an `xml` beside a `$ref` (OpenAPI 3.1) describes this place; else the referenced schema's
    xml = schema.get("xml") if isinstance(schema.get("xml"), dict) else resolved.get("xml")
    xml = xml if isinstance(xml, dict) else {}
    name = str(xml.get("name") or "")
    children: list[tuple[str, XmlNode]] = []
    items = None
    if resolved.get("type") == "array" or "items" in resolved:
        items = node_of(schemas, resolved.get("items") or {}, where, seen)
    elif schemas.is_object(resolved):
        props, _, _, _ = schemas.merged_properties(resolved, where)
        for wire, prop in props.items():
            child = node_of(schemas, prop, where, seen)
            if child.name == wire:
                child = replace(child, name="")
            if child.items is not None and child.items.name in (wire, child.name):
                child = replace(child, items=replace(child.items, name=""))
            if child.items is not None and child.items.is_default():
                child = replace(child, items=None)
            if not child.is_default():
                children.append((wire, child))
    return XmlNode(
        name=name,
        namespace=str(xml.get("namespace") or ""),
        prefix=str(xml.get("prefix") or ""),
        attribute=bool(xml.get("attribute")),
        wrapped=bool(xml.get("wrapped")),
        children=tuple(children),
        items=None if items is None or items.is_default() else items,
    )

