"""The definition's top level: version, host, schemes, info, tags, security and metadata."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ...load.pointer import child
from ...model import Definition, as_dict, as_list
from ..registry import Hit, rule

CATEGORIES = frozenset({
    "AI", "Business Management", "Business Intelligence", "Collaboration", "Commerce",
    "Communication", "Content and Files", "Finance", "Data", "Human Resources",
    "Internet of Things", "IT Operations", "Lifestyle and Entertainment", "Marketing",
    "Productivity", "Sales and CRM", "Security", "Social Media", "Website",
})  # fmt: skip
REQUIRED_METADATA = ("Website", "Privacy policy", "Categories")
PRODUCT_NAMES = re.compile(
    r"\b(power ?apps|power ?automate|power ?platform|logic ?apps|microsoft flow)\b", re.I
)
_HOST = re.compile(r"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[^\s/?#]+[^\s]*$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_LETTER_RUN = re.compile(r"[^\W\d_]+")  # words of letters, in any script
TITLE_LIMIT = 30
DESCRIPTION_RANGE = (30, 500)


@rule(
    "swagger-version",
    "error",
    "definition",
    title="The definition is Swagger 2.0",
    fix='set "swagger": "2.0" (connectors do not accept OpenAPI 3)',
    ms="SpecificationVersionIncorrect",
)
def swagger_version(definition: Definition) -> Iterator[Hit]:
    if definition.data.get("swagger") != "2.0":
        yield "/swagger", f"'swagger' is {definition.data.get('swagger')!r}, not \"2.0\""


@rule(
    "host-invalid",
    "error",
    "definition",
    title="The host is a bare host name, without scheme or path",
    fix="write only the host, e.g. 'api.example.com'; the scheme goes in 'schemes', "
    "the path in 'basePath'",
    ms="HostNameNotValid",
)
def host_invalid(definition: Definition) -> Iterator[Hit]:
    host = definition.data.get("host")
    if host is None:
        return
    if not isinstance(host, str) or "://" in host or "/" in host or not _HOST.match(host):
        yield "/host", f"host {host!r} is not a bare host name"


@rule(
    "base-path-invalid",
    "error",
    "definition",
    title="basePath starts with '/'",
    fix="begin 'basePath' with '/', e.g. '/v3'",
    ms="BasePathNotValid",
)
def base_path_invalid(definition: Definition) -> Iterator[Hit]:
    base = definition.data.get("basePath")
    if base is not None and (not isinstance(base, str) or not base.startswith("/")):
        yield "/basePath", f"basePath {base!r} does not start with '/'"


@rule(
    "schemes-invalid",
    "error",
    "definition",
    title="'schemes' lists http and/or https only",
    fix="set 'schemes' to ['https']",
    ms=("SchemeNotValid", "SchemesArrayEmpty", "SchemeNotSupported"),
)
def schemes_invalid(definition: Definition) -> Iterator[Hit]:
    if "schemes" not in definition.data:
        return
    schemes = as_list(definition.data["schemes"])
    if not schemes:
        yield "/schemes", "'schemes' is empty"
    for index, scheme in enumerate(schemes):
        if scheme not in ("http", "https"):
            yield child("", "schemes", index), f"scheme {scheme!r} is not http or https"


@rule(
    "info-title-invalid",
    "warning",
    "definition",
    title="The connector title is short and plain",
    fix=f"use the product's name: at most {TITLE_LIMIT} characters, without 'API' or 'Connector', "
    "ending in a letter or digit",
)
def info_title_invalid(definition: Definition) -> Iterator[Hit]:
    title = as_dict(definition.data.get("info")).get("title")
    if not isinstance(title, str) or not title.strip():
        yield "/info", "info has no title"
        return
    problems = []
    if len(title) > TITLE_LIMIT:
        problems.append(f"is {len(title)} characters (limit {TITLE_LIMIT})")
    if re.search(r"\b(api|connector)\b", title, re.I):
        problems.append("contains 'API' or 'Connector'")
    if not title[-1].isalnum() and not title.endswith(")"):
        problems.append(f"ends with {title[-1]!r}")
    if problems:
        yield "/info/title", f"title {title!r} " + " and ".join(problems)


@rule(
    "info-description-invalid",
    "warning",
    "definition",
    title="The connector description is 30 to 500 characters",
    fix="describe the service and what the connector offers in 30 to 500 characters",
    ms="FieldLengthNotInRange",
)
def info_description_invalid(definition: Definition) -> Iterator[Hit]:
    text = as_dict(definition.data.get("info")).get("description")
    low, high = DESCRIPTION_RANGE
    if not isinstance(text, str) or not low <= len(text.strip()) <= high:
        length = len(text.strip()) if isinstance(text, str) else 0
        yield "/info", f"info description is {length} characters (expected {low} to {high})"


@rule(
    "contact-email-invalid",
    "error",
    "definition",
    title="The contact email is a valid address",
    fix="write a plain ASCII address such as 'support@example.com'",
    ms="ContactEmailNotValid",
)
def contact_email_invalid(definition: Definition) -> Iterator[Hit]:
    email = as_dict(as_dict(definition.data.get("info")).get("contact")).get("email")
    if email is not None and not (isinstance(email, str) and _EMAIL.match(email)):
        yield "/info/contact/email", f"contact email {email!r} is not a valid address"


@rule(
    "connector-metadata-missing",
    "warning",
    "definition",
    title="x-ms-connector-metadata gives Website, Privacy policy and Categories",
    fix="add the missing {propertyName, propertyValue} entries to x-ms-connector-metadata",
    ms="ConnectorMetadataPropertiesMissing",
)
def connector_metadata_missing(definition: Definition) -> Iterator[Hit]:
    entries = as_list(definition.data.get("x-ms-connector-metadata"))
    names = {str(as_dict(entry).get("propertyName")) for entry in entries}
    missing = [name for name in REQUIRED_METADATA if name not in names]
    if missing:
        where = "/x-ms-connector-metadata" if entries else ""
        yield where, f"x-ms-connector-metadata lacks {', '.join(missing)}"


def _categories(definition: Definition) -> Iterator[tuple[str, object, list[str]]]:
    """Each Categories entry of x-ms-connector-metadata: (pointer, value, categories)."""
    for index, entry in enumerate(as_list(definition.data.get("x-ms-connector-metadata"))):
        entry = as_dict(entry)
        if entry.get("propertyName") != "Categories":
            continue
        value = entry.get("propertyValue")
        categories = [c.strip() for c in value.split(";")] if isinstance(value, str) else []
        yield child("", "x-ms-connector-metadata", index, "propertyValue"), value, categories


@rule(
    "connector-category-invalid",
    "error",
    "definition",
    title="Connector categories are from Microsoft's list",
    fix="use one or two of: " + "; ".join(sorted(CATEGORIES)),
    ms="InvalidConnectorCategory",
)
def connector_category_invalid(definition: Definition) -> Iterator[Hit]:
    # Matched without case: merged LegalBot ('website') and Socialinsider ('Social media').
    known = {category.lower() for category in CATEGORIES}
    for pointer, value, categories in _categories(definition):
        unknown = [c for c in categories if c.lower() not in known]
        if unknown or not categories:
            yield pointer, f"unknown categories: {', '.join(map(repr, unknown)) or repr(value)}"


@rule(
    "connector-category-too-many",
    "error",
    "definition",
    title="A connector has at most two categories",
    fix="keep the one or two categories that fit the connector best",
    ms="TooManyConnectorCategories",
)
def connector_category_too_many(definition: Definition) -> Iterator[Hit]:
    for pointer, _, categories in _categories(definition):
        if len(categories) > 2:
            yield pointer, f"{len(categories)} categories (at most 2)"


@rule(
    "tag-duplicate",
    "error",
    "definition",
    title="Each tag is declared once",
    fix="remove the repeated tag from 'tags'",
    ms="TagRedefined",
)
def tag_duplicate(definition: Definition) -> Iterator[Hit]:
    seen: set[str] = set()
    for index, tag in enumerate(as_list(definition.data.get("tags"))):
        name = str(as_dict(tag).get("name"))
        if name in seen:
            yield child("", "tags", index), f"tag '{name}' is declared twice"
        seen.add(name)


def _requirements(definition: Definition) -> Iterator[tuple[str, str, Any]]:
    """Each scheme a security requirement names: (pointer of the entry, its name, its scopes)."""
    places = [("", definition.data)] + [(op.pointer, op.data) for op in definition.operations]
    for pointer, holder in places:
        for index, requirement in enumerate(as_list(holder.get("security"))):
            for name, scopes in as_dict(requirement).items():
                yield child(pointer, "security", index, name), name, scopes


@rule(
    "security-undefined",
    "warning",
    "definition",
    title="Security requirements name a declared security definition",
    fix="declare the scheme under 'securityDefinitions', or correct the name",
    ms="SecurityRequirementMustBeDefined",
)
def security_undefined(definition: Definition) -> Iterator[Hit]:
    declared = as_dict(definition.data.get("securityDefinitions"))
    for pointer, name, _ in _requirements(definition):
        if name not in declared:
            yield pointer, f"security requirement '{name}' is not in securityDefinitions"


@rule(
    "security-scopes-not-oauth",
    "error",
    "definition",
    title="Security requirements list scopes only for OAuth schemes",
    fix="write the requirement with an empty list, e.g. {'api_key': []}",
    ms="SecurityRequirementMustHaveEmptyValue",
)
def security_scopes_not_oauth(definition: Definition) -> Iterator[Hit]:
    schemes = definition.api.security_schemes
    for pointer, name, scopes in _requirements(definition):
        scheme = schemes.get(name)
        if scheme is not None and scheme.type != "oauth2" and as_list(scopes):
            yield pointer, f"'{name}' is a {scheme.type} scheme, which takes no scopes"


@rule(
    "security-scope-undeclared",
    "warning",
    "definition",
    title="OAuth security requirements name scopes their scheme declares",
    fix="list only names from the scheme's 'scopes' in securityDefinitions, or declare the scope",
    ms="OAuthSecurityRequirementValueMustBeScopeName",
)
def security_scope_undeclared(definition: Definition) -> Iterator[Hit]:
    schemes = definition.api.security_schemes
    for pointer, name, scopes in _requirements(definition):
        scheme = schemes.get(name)
        if scheme is None or scheme.type != "oauth2":
            continue
        declared = as_dict(scheme.data.get("scopes"))
        for index, scope in enumerate(as_list(scopes)):
            if scope not in declared:
                yield child(pointer, index), f"scope {scope!r} is not among the scopes of '{name}'"


@rule(
    "product-name-in-text",
    "warning",
    "definition",
    title="Titles, summaries and descriptions do not name Power Platform products",
    fix="describe what the action does without naming Power Apps, Power Automate or Logic Apps",
    ms="ValueContainsRestrictedWords",
)
def product_name_in_text(definition: Definition) -> Iterator[Hit]:
    for pointer, key, text in texts(definition):
        match = PRODUCT_NAMES.search(text)
        if match:
            yield pointer, f"{key} names '{match.group()}'"


def texts(definition: Definition) -> Iterator[tuple[str, str, str]]:
    """The texts a maker reads: (pointer, key, text) of titles, summaries and descriptions."""
    places = [("/info", as_dict(definition.data.get("info")))]
    places += [(op.pointer, op.data) for op in definition.operations]
    places += definition.parameter_definitions
    for pointer, holder in places:
        for key in ("title", "summary", "description", "x-ms-summary"):
            text = holder.get(key)
            if isinstance(text, str):
                yield child(pointer, key), key, text


def _foreign_word(text: str) -> str | None:
    """The first word with two letters of a script neither Latin nor Greek, if any.

    English is written in Latin letters; Greek ones, letter-like signs (Ohm, micro, after NFKC
    folding) and modifier letters (the apostrophe U+02BC) are symbols of English technical text,
    and a lone letter may be a quoted symbol too. What is left, Cyrillic, Arabic or CJK words,
    cannot be English.
    """
    for word in _LETTER_RUN.findall(unicodedata.normalize("NFKC", text)):
        foreign = [letter for letter in word if _is_foreign_letter(letter)]
        if len(foreign) >= 2:
            return word
    return None


def _is_foreign_letter(letter: str) -> bool:
    name = unicodedata.name(letter, "")
    return unicodedata.category(letter) != "Lm" and not name.startswith(("LATIN", "GREEK"))


@rule(
    "text-not-english",
    "error",
    "definition",
    title="Titles, summaries and descriptions are written in English",
    fix="write the text in English",
    ms="ValueMustBeInEnglish",
)
def text_not_english(definition: Definition) -> Iterator[Hit]:
    # Only letters outside the Latin script are evidence: accented Latin letters are not
    # (English text names places and people), so text in French or Hungarian passes unseen.
    for pointer, key, text in texts(definition):
        word = _foreign_word(text)
        if word is not None:
            yield pointer, f"{key} has '{word}', which is not written in English letters"


@rule(
    "info-contact-missing",
    "warning",
    "definition",
    title="info names a contact",
    fix="add info.contact with the publisher's name, url and email",
    ms="RequiredPropertyMissing",
)
def info_contact_missing(definition: Definition) -> Iterator[Hit]:
    info = definition.data.get("info")
    if isinstance(info, dict) and not isinstance(info.get("contact"), dict):
        yield "/info", "info has no contact"


def _url_places(definition: Definition) -> Iterator[tuple[str, object]]:
    info = as_dict(definition.data.get("info"))
    for key in ("contact", "license"):
        if "url" in as_dict(info.get(key)):
            yield child("/info", key, "url"), info[key]["url"]
    if "url" in as_dict(definition.data.get("externalDocs")):
        yield "/externalDocs/url", definition.data["externalDocs"]["url"]
    for operation in definition.operations:
        docs = as_dict(operation.data.get("externalDocs"))
        if "url" in docs:
            yield child(operation.pointer, "externalDocs", "url"), docs["url"]


@rule(
    "url-invalid",
    "error",
    "definition",
    title="Contact, license and documentation URLs are absolute",
    fix="write the whole URL, e.g. 'https://www.example.com/support'",
    ms="UrlNotValid",
)
def url_invalid(definition: Definition) -> Iterator[Hit]:
    for pointer, value in _url_places(definition):
        if not (isinstance(value, str) and _ABSOLUTE_URL.match(value)):
            yield pointer, f"{value!r} is not an absolute URL"
