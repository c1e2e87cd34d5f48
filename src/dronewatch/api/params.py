"""Query parameters: one table of what each means, strict parsing into store queries.

Every page and JSON endpoint names the parameters it takes; any other parameter, a parameter given
twice, or a value outside what it allows (an unknown claim type, place, language or finding kind, a
date that is not ``YYYY-MM-DD``, a limit that is not a whole number) is a 400 in the JSON error
shape, naming the parameter and what it accepts. An empty value (``?type=``, as an HTML form sends an
unset field) means the parameter is not given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from dronewatch.api.errors import ApiError
from dronewatch.api.regions import regions
from dronewatch.store.base import ANY_FINDING, CLAIM_TYPES, TALLY_KEYS, ClaimQuery, DocumentQuery, QueryError

__all__ = [
    "CLAIM_FILTERS",
    "FINDING_KINDS",
    "LANGS",
    "LIMIT_DEFAULT",
    "LIMIT_MAX",
    "PAGE",
    "PLACE_HELP",
    "Params",
    "openapi_parameters",
    "place_id_of",
]

LIMIT_DEFAULT = 50
LIMIT_MAX = 1_000
"""A page holds 50 records unless ``limit`` asks for more, and never more than 1,000 (a larger limit
is lowered to it): a 1,000-claim page is about a megabyte of JSON."""

LANGS: tuple[str, ...] = ("en", "ru", "uk")
FINDING_KINDS: tuple[str, ...] = (
    "anonymous_source",
    "breakdown_duplicate_place",
    "breakdown_sum_mismatch",
    "unresolved_place",
    "unverified_claim",
)
"""The finding kinds of the extract-v1 contract; ``has_finding`` also takes ``any``."""

SEAS: tuple[str, ...] = ("azov", "baltic", "barents", "black", "caspian", "japan", "okhotsk", "white")
_GAZETTEER_ID = re.compile(r"^geonames:[0-9]+$")

CLAIM_FILTERS: tuple[str, ...] = ("since", "until", "place", "type", "source", "lang", "has_finding")
PAGE: tuple[str, ...] = ("limit", "offset")


@dataclass(frozen=True)
class Spec:
    """What a parameter means, for the error messages and the OpenAPI description."""

    description: str
    schema: dict[str, Any]


SPECS: dict[str, Spec] = {
    "since": Spec(
        "First day (YYYY-MM-DD), inclusive, of the claims' event date: the local date of the claim's "
        "time or window, else of the document's publication.",
        {"type": "string", "format": "date"},
    ),
    "until": Spec(
        "Last day (YYYY-MM-DD), inclusive, of the claims' event date.", {"type": "string", "format": "date"}
    ),
    "place": Spec(
        "A place: an ISO 3166-2 region code (RU-BRY, UA-63, UA-43), a sea (sea:black) or a gazetteer id "
        "(geonames:706483); matches breakdown and impact places and the regions they lie in.",
        {"type": "string"},
    ),
    "type": Spec("The claim type.", {"type": "string", "enum": list(CLAIM_TYPES)}),
    "source": Spec(
        "Text found (ignoring case) in the document's source, the claimant's name or who the claim is "
        "attributed to.",
        {"type": "string"},
    ),
    "lang": Spec("The document's language.", {"type": "string", "enum": list(LANGS)}),
    "has_finding": Spec(
        "Only claims with a finding of this kind, or 'any'.",
        {"type": "string", "enum": [ANY_FINDING, *FINDING_KINDS]},
    ),
    "kind": Spec("Only findings of this kind.", {"type": "string", "enum": list(FINDING_KINDS)}),
    "limit": Spec(
        f"How many records a page holds (default {LIMIT_DEFAULT}, at most {LIMIT_MAX}).",
        {"type": "integer", "minimum": 0, "default": LIMIT_DEFAULT},
    ),
    "offset": Spec("How many records to skip first.", {"type": "integer", "minimum": 0, "default": 0}),
    "by": Spec(
        f"What to count by: a comma-separated list of {', '.join(TALLY_KEYS)} (default: type).",
        {"type": "string", "default": "type"},
    ),
    "q": Spec("Text to find (ignoring case) in the documents' text and title.", {"type": "string"}),
    "name": Spec("The source's name, exactly as /sources lists it.", {"type": "string"}),
    "doc_source": Spec("Only documents of this source, exactly as /sources lists it.", {"type": "string"}),
}
"""Every query parameter of the app; ``doc_source`` describes ``source`` on the document lists."""


def openapi_parameters(names: Iterable[str]) -> list[dict[str, Any]]:
    """The OpenAPI description of these query parameters (``name:spec`` describes ``name`` by ``spec``)."""
    out = []
    for entry in names:
        name, _, key = entry.partition(":")
        spec = SPECS[key or name]
        out.append(
            {
                "name": name,
                "in": "query",
                "required": False,
                "description": spec.description,
                "schema": spec.schema,
            }
        )
    return out


PLACE_HELP = (
    "use an ISO 3166-2 region code (RU-BRY, UA-63), "
    f"a sea ({', '.join('sea:' + s for s in SEAS)}) or a gazetteer id (geonames:706483)"
)


def place_id_of(value: str) -> str | None:
    """The place id ``value`` names, as the store writes it (``RU-BRY``, ``sea:black``); None if none."""
    code = value.strip().upper()
    if code in regions() or code in ("RU", "UA"):
        return code
    lowered = value.strip().lower()
    if lowered.startswith("sea:") and lowered[4:] in SEAS:
        return lowered
    if _GAZETTEER_ID.match(lowered):
        return lowered
    return None


def _bad(name: str, message: str, **detail: Any) -> ApiError:
    return ApiError(400, message, {"parameter": name, **detail})


class Params:
    """The query parameters of one request, checked against the names the endpoint takes.

    Raises:
        ApiError: (400) a parameter the endpoint does not take, or one given twice.
    """

    def __init__(self, request: Request, allowed: Sequence[str]) -> None:
        self.allowed = tuple(name.split(":")[0] for name in allowed)
        self._values: dict[str, str] = {}
        for name, value in request.query_params.multi_items():
            if name not in self.allowed:
                raise _bad(
                    name,
                    f"unknown parameter {name!r}; this page takes {', '.join(self.allowed) or 'none'}",
                    allowed=list(self.allowed),
                )
            if name in self._values:
                raise _bad(name, f"{name} is given more than once; give it once")
            self._values[name] = value
        self.given: dict[str, str] = {k: v.strip() for k, v in self._values.items() if v.strip()}

    def text(self, name: str) -> str | None:
        """The value, stripped; None when absent or empty."""
        return self.given.get(name)

    def choice(self, name: str, allowed: Sequence[str]) -> str | None:
        value = self.text(name)
        if value is not None and value not in allowed:
            raise _bad(
                name,
                f"unknown {name} {value!r}; use one of {', '.join(allowed)}",
                value=value,
                allowed=list(allowed),
            )
        return value

    def day(self, name: str) -> date | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise _bad(name, f"{name} must be a date as YYYY-MM-DD, not {value!r}", value=value) from None

    def whole(self, name: str, default: int, maximum: int | None = None) -> int:
        value = self.text(name)
        if value is None:
            return default
        if not value.isascii() or not value.isdigit():
            raise _bad(name, f"{name} must be a whole number 0 or more, not {value!r}", value=value)
        number = int(value)
        return number if maximum is None else min(number, maximum)

    def place(self) -> str | None:
        value = self.text("place")
        if value is None:
            return None
        place = place_id_of(value)
        if place is None:
            raise _bad("place", f"unknown place {value!r}; {PLACE_HELP}", value=value)
        return place

    def page(self) -> tuple[int, int]:
        """``limit`` (default 50, lowered to 1,000) and ``offset``."""
        return self.whole("limit", LIMIT_DEFAULT, LIMIT_MAX), self.whole("offset", 0)

    def claim_query(self, *, paged: bool = True, extra: int = 0) -> ClaimQuery:
        """The claim filters as a store query; ``extra`` more records than the page, to see if one follows."""
        limit, offset = self.page() if paged else (None, 0)
        try:
            return ClaimQuery(
                since=self.day("since"),
                until=self.day("until"),
                place=self.place(),
                type=self.choice("type", CLAIM_TYPES),
                source=self.text("source"),
                has_finding=self.choice("has_finding", (ANY_FINDING, *FINDING_KINDS)),
                lang=self.choice("lang", LANGS),
                limit=None if limit is None else limit + extra,
                offset=offset,
            )
        except QueryError as error:
            raise _bad("since", str(error)) from None

    def document_query(self, *, extra: int = 0) -> DocumentQuery:
        limit, offset = self.page()
        return DocumentQuery(
            text=self.text("q"),
            source=self.text("source"),
            lang=self.choice("lang", LANGS),
            limit=limit + extra,
            offset=offset,
        )

    def tally_keys(self) -> tuple[str, ...]:
        value = self.text("by") or "type"
        keys = tuple(k.strip() for k in value.split(",") if k.strip())
        for key in keys:
            if key not in TALLY_KEYS:
                raise _bad("by", f"cannot count by {key!r}; use any of {', '.join(TALLY_KEYS)}", value=key)
        if len(set(keys)) != len(keys):
            raise _bad("by", f"by names a key twice ({value}); name each once", value=value)
        return keys

    def echo(self) -> dict[str, str]:
        """The parameters as given (non-empty ones), for the JSON twin and the links of a page."""
        return dict(self.given)

    def url(self, path: str, **changes: object) -> str:
        """``path`` with these parameters, changed by ``changes`` (None drops one)."""
        values: dict[str, object] = {**self.given, **changes}
        query = urlencode({k: v for k, v in values.items() if v is not None and v != ""})
        return f"{path}?{query}" if query else path
