"""``Authentication-Results`` header fields (RFC 8601), parsed strictly.

The receiving mail server records there what it found when the mail arrived: DKIM
signatures, the SPF check of the envelope sender, the DMARC verdict on the From domain.
Any server on the way, and the sender itself, can add such a field too, so a field means
something only when its authserv-id is the one server we trust (``WISMO_AUTHSERV_ID``);
choosing among the fields is :mod:`bot.mail.sender`'s job, this module only reads one.

Hand-written rather than taken from ``authres`` (last released 2019, untyped, and lenient
about the structure): about 150 lines for the grammar of RFC 8601 §2.2, with nested
comments, quoted strings, folded lines, an optional version and ``none``.  It is strict
about structure (authserv-id, ``method=result``, ``ptype.property=value``) and raises
:class:`AuthResultsError` on anything else, so a field it cannot read is never half-read
into a verdict.  It is lenient in one place only, property values: servers write
``header.b=AbC/dE+f`` (base64) and ``header.i=@example.com``, which RFC 2045 tokens do not
allow, so a property value is any run of visible characters up to a space, ``;`` or ``(``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["AuthResultsError", "AuthenticationResults", "MethodResult", "authserv_id_of", "parse"]

_MAX_COMMENT_DEPTH = 16
# RFC 2045 tspecials: a token is any visible ASCII character but these.
_TSPECIALS = frozenset('()<>@,;:\\"/[]?=')
_LDH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
_WSP = frozenset(" \t\r\n")


class AuthResultsError(ValueError):
    """The field does not follow RFC 8601: it gives no verdict at all."""


@dataclass(frozen=True, slots=True)
class MethodResult:
    """One ``method=result`` of the field, e.g. ``dkim=pass header.d=amazon.com``."""

    method: str  # lower case: "dkim", "spf", "dmarc", "arc", ...
    result: str  # lower case: "pass", "fail", "none", "softfail", "temperror", ...
    reason: str | None = None
    properties: tuple[tuple[str, str], ...] = ()  # ("header.d", "amazon.com"), names lower case

    def prop(self, name: str) -> str | None:
        """The first value of property ``name`` (``"header.from"``), or None."""
        return next((value for key, value in self.properties if key == name.lower()), None)


@dataclass(frozen=True, slots=True)
class AuthenticationResults:
    authserv_id: str  # as written; compare with :meth:`is_from`
    version: int | None
    results: tuple[MethodResult, ...]  # empty for ``; none``

    def is_from(self, authserv_id: str) -> bool:
        return self.authserv_id.lower() == authserv_id.strip().lower()


def parse(value: str) -> AuthenticationResults:
    """Parse the value of one ``Authentication-Results`` field (folded or not)."""
    return _Parser(value).field()


def authserv_id_of(value: str) -> str | None:
    """Only the authserv-id of a field, or None: to tell whose unreadable field it is."""
    parser = _Parser(value)
    try:
        parser.cfws()
        return parser.value()
    except AuthResultsError:
        return None


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    # -- the grammar of RFC 8601 §2.2 ----------------------------------------------------

    def field(self) -> AuthenticationResults:
        self.cfws()
        authserv_id = self.value()
        version = self.version()
        results: list[MethodResult] = []
        self.cfws()
        if self.at_end():
            raise self.error("no result: expected ';' after the authserv-id")
        first = True
        while not self.at_end():
            self.expect(";")
            self.cfws()
            if self.at_end() and not first:
                break  # a trailing ';' is common and harmless
            if first and self.peek_keyword().lower() == "none":
                self.keyword()
                self.cfws()
                if not self.at_end():
                    raise self.error("nothing may follow 'none'")
                return AuthenticationResults(authserv_id, version, ())
            results.append(self.resinfo())
            first = False
        return AuthenticationResults(authserv_id, version, tuple(results))

    def version(self) -> int | None:
        start = self.at
        if not self.cfws():  # a version is set apart from the id by white space
            return None
        digits = self.take_while(str.isdigit)
        if not digits:
            self.at = start
            return None
        return int(digits)

    def resinfo(self) -> MethodResult:
        method = self.keyword().lower()
        self.cfws()
        if self.peek() == "/":  # method-version: "dkim/1"
            self.at += 1
            self.cfws()
            if not self.take_while(str.isdigit):
                raise self.error("expected a method version after '/'")
            self.cfws()
        self.expect("=")
        self.cfws()
        result = self.keyword().lower()
        reason: str | None = None
        properties: list[tuple[str, str]] = []
        while True:
            had_space = self.cfws()
            if self.at_end() or self.peek() == ";":
                break
            if not had_space:
                raise self.error("expected a space, ';' or the end")
            name = self.keyword().lower()
            self.cfws()
            if name == "reason" and self.peek() == "=" and reason is None and not properties:
                self.at += 1
                self.cfws()
                reason = self.value()
                continue
            self.expect(".")
            self.cfws()
            prop = self.keyword().lower()
            self.cfws()
            self.expect("=")
            self.cfws()
            properties.append((f"{name}.{prop}", self.pvalue()))
        return MethodResult(method, result, reason, tuple(properties))

    # -- lexical pieces ------------------------------------------------------------------

    def cfws(self) -> bool:
        """Skip folding white space and (nested) comments; whether anything was skipped."""
        start = self.at
        while not self.at_end():
            char = self.text[self.at]
            if char in _WSP:
                self.at += 1
            elif char == "(":
                self.comment()
            else:
                break
        return self.at > start

    def comment(self) -> None:
        depth = 0
        while not self.at_end():
            char = self.text[self.at]
            self.at += 1
            if char == "\\":
                self.at += 1  # quoted-pair
            elif char == "(":
                depth += 1
                if depth > _MAX_COMMENT_DEPTH:
                    raise self.error("comments nested too deep")
            elif char == ")":
                depth -= 1
                if depth == 0:
                    return
        raise self.error("unterminated comment")

    def keyword(self) -> str:
        word = self.take_while(lambda c: c in _LDH)
        if not word or not word[0].isalnum() or word.endswith("-"):
            raise self.error("expected a keyword")
        return word

    def peek_keyword(self) -> str:
        start = self.at
        word = self.take_while(lambda c: c in _LDH)
        self.at = start
        return word

    def value(self) -> str:
        """RFC 2045 ``token / quoted-string``."""
        if self.peek() == '"':
            return self.quoted_string()
        token = self.take_while(lambda c: "!" <= c <= "~" and c not in _TSPECIALS)
        if not token:
            raise self.error("expected a token or a quoted string")
        return token

    def pvalue(self) -> str:
        if self.peek() == '"':
            local = self.quoted_string()
            if self.peek() != "@":
                return local
            return f'"{local}"' + self.take_visible()
        text = self.take_visible()
        if not text:
            raise self.error("expected a property value")
        return text

    def take_visible(self) -> str:
        return self.take_while(lambda c: "!" <= c <= "~" and c not in ';()"')

    def quoted_string(self) -> str:
        self.expect('"')
        out: list[str] = []
        while not self.at_end():
            char = self.text[self.at]
            self.at += 1
            if char == "\\":
                if self.at_end():
                    break
                out.append(self.text[self.at])
                self.at += 1
            elif char == '"':
                return "".join(out)
            elif char in "\r\n":
                continue  # folding inside a quoted string
            else:
                out.append(char)
        raise self.error("unterminated quoted string")

    # -- cursor --------------------------------------------------------------------------

    def take_while(self, accept: Callable[[str], bool]) -> str:
        start = self.at
        while not self.at_end() and accept(self.text[self.at]):
            self.at += 1
        return self.text[start : self.at]

    def expect(self, char: str) -> None:
        if self.peek() != char:
            raise self.error(f"expected {char!r}")
        self.at += 1

    def peek(self) -> str:
        return self.text[self.at] if not self.at_end() else ""

    def at_end(self) -> bool:
        return self.at >= len(self.text)

    def error(self, what: str) -> AuthResultsError:
        found = self.text[self.at : self.at + 20]
        return AuthResultsError(f"{what} at character {self.at} (found {found!r})")
