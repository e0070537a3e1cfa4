"""Spec and config text made safe for the code it is written into.

Every string that comes from a spec or a config and lands inside generated Python (or TOML) goes
through one of these functions: `string_literal` for a quoted value (aliases, dict keys, paths,
URLs, header names, enum values), `docstring` for the body of a triple-quoted docstring. A template
never puts such text between quotes itself, so no quote, backslash or line break in a spec can end a
literal early and turn the rest of the text into code.
"""

from __future__ import annotations

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def string_literal(value: object) -> str:
    """`value` as a double-quoted literal that evaluates back to exactly `value`, in Python and in a
    TOML basic string alike. Printable characters, non-ASCII included, stay readable; any other
    character (NUL, DEL, line and paragraph separators, lone surrogates) becomes a `\\u` escape."""
    text = str(value)
    if text.isprintable() and '"' not in text and "\\" not in text:
        return '"' + text + '"'  # the common case, nothing to escape: the same result, char loop skipped
    return '"' + "".join(escaped(ch) for ch in text) + '"'


def escaped(ch: str) -> str:
    if ch in ESCAPES:
        return ESCAPES[ch]
    if ch.isprintable():
        return ch
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"


def docstring(text: str) -> str:
    """The body of a `\"\"\"...\"\"\"` docstring that reads as `text`: backslashes doubled, every third
    quote in a row escaped (so no run can close the docstring), control characters other than
    newline and tab written as escapes."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if '"""' not in text and "\\" not in text and text.replace("\n", "").replace("\t", "").isprintable():
        # the common case: no backslash, no run of three quotes, no control character other than
        # newline and tab, so the loop below would copy every character as it is
        return text + " " if text.endswith('"') else text
    out: list[str] = []
    quotes = 0  # unescaped `"` just written
    for ch in text:
        if ch == '"':
            quotes += 1
            if quotes == 3:
                out.append('\\"')
                quotes = 0
                continue
        else:
            quotes = 0
        if ch == "\\":
            out.append("\\\\")
        elif ch in '"\n\t' or ch.isprintable():
            out.append(ch)
        else:
            out.append(escaped(ch))
    body = "".join(out)
    # a closing `"` would merge with the docstring's own closing quotes
    return body + " " if body.endswith('"') else body
