"""Shared code of scripts/glossary-check, scripts/numbers-check and scripts/review-kit.

Standard library only, so translators can run the checks without cargo. The Rust tests
tests/it/glossary.rs and tests/it/numbers.rs implement the same rules; keep the two in step
(the rules are described at the top of i18n/GLOSSARY.md).
"""

import os
import re
import sys
from dataclasses import dataclass, field

I18N = "i18n"
GLOSSARY = os.path.join(I18N, "GLOSSARY.md")
REFERENCE = "ja"
PLACEABLE = "\ufffc"  # what a placeable such as { $date } becomes in the text that is checked
BLANK = " \t\r\n"  # the only characters counted as blank in a message's text

ID_LINE = re.compile(r"^(-?[A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*)$")
ATTRIBUTE_LINE = re.compile(r"^[ \t]+\.([A-Za-z][A-Za-z0-9_-]*)[ \t]*=[ \t]*(.*)$")
MESSAGE_ID = re.compile(r"^[a-z][a-z0-9-]*$")


# ---------------------------------------------------------------------------------------------
# Fluent files


@dataclass
class Message:
    id: str
    line: int
    source: str  # the value as written (continuation lines joined with "\n")
    attributes: dict = field(default_factory=dict)
    group: str = ""  # the last "##" group comment above it
    comment: str = ""  # a "#" comment directly above it
    variants: list = field(default_factory=list)  # flattened texts, one per selector variant
    default: str = ""  # the flattened text with every selector on its default variant
    elements: list = field(default_factory=list)  # the value, parsed (see parse_pattern)


def locales():
    """The locale folders under i18n/, ja first."""
    found = sorted(
        name
        for name in os.listdir(I18N)
        if os.path.isdir(os.path.join(I18N, name))
        and any(f.endswith(".ftl") for f in os.listdir(os.path.join(I18N, name)))
    )
    return sorted(found, key=lambda name: (name != REFERENCE, name))


def load_locale(lang):
    """{id: Message} for every message (not term) in i18n/<lang>/*.ftl."""
    folder = os.path.join(I18N, lang)
    messages = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".ftl"):
            for message in parse_ftl(os.path.join(folder, name)):
                if message.id in messages:
                    raise SystemExit(f"{lang}: duplicate message {message.id}")
                messages[message.id] = message
    return messages


def parse_ftl(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    out = []
    group = ""
    group_open = False  # consecutive "##" lines form one group comment
    comment = []
    current = None  # {"message", "value": [lines], "attrs": {name: [lines]}, "attr": name or None}

    def close():
        nonlocal current
        if current is not None:
            message = current["message"]
            message.source = "\n".join(current["value"]).strip(BLANK)
            message.attributes = {k: "\n".join(v).strip(BLANK) for k, v in current["attrs"].items()}
            if not message.id.startswith("-"):
                finish(message)
                out.append(message)
        current = None

    for number, line in enumerate(lines, 1):
        if current is not None and line[:1] in (" ", "\t") and line.strip():
            attribute = ATTRIBUTE_LINE.match(line)
            if attribute:
                current["attr"] = attribute.group(1)
                current["attrs"][current["attr"]] = [attribute.group(2)]
            elif current["attr"]:
                current["attrs"][current["attr"]].append(line.strip(BLANK))
            else:
                current["value"].append(line.strip(BLANK))
            continue
        if not line.strip():
            # A blank line ends a comment's attachment; a message may continue after it.
            if current is None:
                comment = []
            group_open = False
            continue
        close()
        if line.startswith("###"):
            group_open = False
            comment = []
        elif line.startswith("##"):
            text = line[2:].strip()
            group = f"{group} {text}" if group_open else text
            group_open = True
            comment = []
        elif line.startswith("#"):
            group_open = False
            comment.append(line[1:].strip())
        else:
            group_open = False
            match = ID_LINE.match(line)
            if not match:
                raise SystemExit(f"{path}:{number}: cannot read this line: {line!r}")
            message = Message(id=match.group(1), line=number, source="", group=group)
            message.comment = " ".join(comment)
            comment = []
            current = {"message": message, "value": [match.group(2)], "attrs": {}, "attr": None}
    close()
    return out


def finish(message):
    """Flatten the value and attributes into texts: placeables become PLACEABLE, selectors are
    expanded into one text per variant (all combinations), whitespace runs become one space."""
    parts = [message.source] + [message.attributes[k] for k in sorted(message.attributes)]
    variant_lists = []
    defaults = []
    message.elements = parse_pattern(message.source, 0, top=True)[0]
    for part in parts:
        elements, _ = parse_pattern(part, 0, top=True)
        variant_lists.append(expand(elements))
        defaults.append(expand(elements, default_only=True)[0])
    texts = [""]
    for variants in variant_lists:
        texts = [a + ("\n" if a else "") + b for a in texts for b in variants]
    message.variants = [squash(t) for t in texts]
    message.default = squash("\n".join(defaults))


def squash(text):
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def parse_pattern(s, i, top=False):
    """Parse a Fluent pattern from s[i:]; stop at the end (top) or where a variant ends (a new line
    whose first character is '[', '*' or '}'). Returns (elements, index)."""
    elements = []
    text = []
    while i < len(s):
        c = s[i]
        if c == "{":
            if text:
                elements.append(("text", "".join(text)))
                text = []
            placeable, i = parse_placeable(s, i + 1)
            elements.append(placeable)
            continue
        if c == "\n" and not top:
            rest = s[i + 1 :].lstrip(" \t")
            if rest[:1] in ("[", "*", "}"):
                break
        text.append(c)
        i += 1
    if text:
        elements.append(("text", "".join(text)))
    return elements, i


def parse_placeable(s, i):
    """s[i:] follows a '{'. Returns (("placeable", source) or ("select", variants, selector source),
    index after '}')."""
    depth = 0
    start = i
    while i < len(s):
        c = s[i]
        if c == '"':
            i = s.index('"', i + 1) + 1
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            if depth == 0:
                return ("placeable", s[start:i].strip(BLANK)), i + 1
            depth -= 1
        elif c == "-" and s.startswith("->", i) and depth == 0:
            break
        i += 1
    else:
        raise SystemExit(f"unclosed placeable in {s[start - 1:]!r}")
    selector = s[start:i].strip(BLANK)
    i += 2
    variants = []  # (key, is_default, elements)
    while True:
        while i < len(s) and s[i] in " \t\n":
            i += 1
        if i >= len(s):
            raise SystemExit(f"unclosed selector in {s!r}")
        if s[i] == "}":
            return ("select", variants, selector), i + 1
        is_default = s[i] == "*"
        if is_default:
            i += 1
        if s[i] != "[":
            raise SystemExit(f"expected a variant key in {s[i:]!r}")
        end = s.index("]", i)
        key = s[i + 1 : end].strip()
        elements, i = parse_pattern(s, end + 1)
        variants.append((key, is_default, elements))


def expand(elements, default_only=False):
    texts = [""]
    for element in elements:
        if element[0] == "text":
            options = [element[1]]
        elif element[0] == "placeable":
            options = [PLACEABLE]
        else:
            options = []
            for _key, is_default, inner in element[1]:
                if default_only and not is_default:
                    continue
                options.extend(expand(inner, default_only))
        texts = [a + b for a in texts for b in options]
    return texts


# ---------------------------------------------------------------------------------------------
# Numbers

DIGIT_BLOCKS = (0x0966, 0x1040, 0x17E0, 0x0E50, 0xFF10)  # Devanagari, Myanmar, Khmer, Thai, full-width
GROUP_SEPARATORS = ",. \u00a0\u202f\u2009"


def ascii_digits(text):
    out = []
    for c in text:
        code = ord(c)
        for base in DIGIT_BLOCKS:
            if base <= code <= base + 9:
                c = chr(ord("0") + code - base)
                break
        out.append(c)
    return "".join(out)


def numbers(text):
    """The numbers in a flattened text, sorted, as canonical decimal strings (no leading zeros).
    Thousands groups ("1,000", "1.000", "1 000") are one number; placeables were removed already."""
    s = ascii_digits(text)
    found = []
    i = 0
    n = len(s)
    while i < n:
        if not s[i].isascii() or not s[i].isdigit():
            i += 1
            continue
        j = i
        while j < n and s[j].isascii() and s[j].isdigit():
            j += 1
        value = s[i:j]
        if j - i <= 3:
            while (
                j + 4 <= n
                and s[j] in GROUP_SEPARATORS
                and all(ch.isascii() and ch.isdigit() for ch in s[j + 1 : j + 4])
                and not (j + 4 < n and s[j + 4].isascii() and s[j + 4].isdigit())
            ):
                value += s[j + 1 : j + 4]
                j += 4
        found.append(value.lstrip("0") or "0")
        i = j
    return sorted(found, key=lambda v: (len(v), v))


# ---------------------------------------------------------------------------------------------
# GLOSSARY.md (its format is described in the file itself, under "How this file is checked")


@dataclass
class Term:
    name: str
    matches: list  # ja substrings that mean the message carries the term
    excludes: list  # ja substrings removed first (another word that contains a match)
    meaning: str


@dataclass
class Row:
    term: str
    wordings: list  # the pieces looked for
    tier: str
    allowed: dict  # id -> reason
    to_fix: dict  # id -> note (may be empty)
    line: int
    cell: str = ""  # the Wording cell as written (stems keep their "…")


@dataclass
class NumberRow:
    reason: str
    to_fix: bool
    items: list  # [(id, {number: signed count})]: -n missing from the translation, +n extra
    line: int


@dataclass
class Section:
    lang: str
    line: int
    rows: dict = field(default_factory=dict)  # term -> Row
    numbers: list = field(default_factory=list)  # [NumberRow]
    has_numbers: bool = False  # a "### Numbers" heading was found


@dataclass
class Glossary:
    terms: list
    sections: dict  # lang -> Section
    errors: list  # problems found while reading the file itself


def cells(line):
    inner = line.strip()
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return [c.strip() for c in inner.split("|")]


def split_alternatives(cell):
    """'a / b… / c' -> ['a', 'b', 'c']: ' / ' separates, backticks and a closing '…' are dropped."""
    out = []
    for a in cell.split(" / "):
        a = a.strip().strip("`").strip()
        if a.endswith("…"):
            a = a[:-1].strip()
        if a:
            out.append(a)
    return out


def read_glossary(known_locales):
    with open(GLOSSARY, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    terms = []
    sections = {}
    errors = []
    section = None
    table = None  # "terms", "locale", "numbers" or "other" while inside a table
    in_numbers = False
    for number, line in enumerate(lines, 1):
        if line.startswith("## "):
            heading = line[3:].strip()
            code = heading.split()[0] if heading else ""
            table = None
            in_numbers = False
            section = None
            if code in known_locales:
                if code in sections:
                    errors.append(f"GLOSSARY.md:{number}: a second section for {code}")
                section = Section(lang=code, line=number)
                sections[code] = section
            continue
        if line.startswith("### "):
            table = None
            in_numbers = section is not None and line[4:].strip().lower() == "numbers"
            if in_numbers:
                section.has_numbers = True
            continue
        if not line.startswith("|"):
            table = None
            continue
        row = cells(line)
        if table is None:
            header = [c.lower() for c in row]
            if header[:3] == ["term", "ja matches", "ja excludes"]:
                table = "terms"
            elif section is not None and in_numbers and header[:1] == ["why numbers differ"]:
                table = "numbers"
            elif section is not None and not in_numbers and header[:4] == ["term", "wording", "tier", "other forms"]:
                table = "locale"
            else:
                table = "other"
            continue
        if all(set(c) <= set("-: ") for c in row):
            continue  # the |---| line
        if table == "terms":
            while len(row) < 4:
                row.append("")
            terms.append(Term(row[0], split_alternatives(row[1]), split_alternatives(row[2]), row[3]))
        elif table == "locale":
            while len(row) < 4:
                row.append("")
            allowed, to_fix, problems = read_other_forms(row[3])
            errors.extend(f"GLOSSARY.md:{number}: {section.lang} {row[0]}: {p}" for p in problems)
            if row[0] in section.rows:
                errors.append(f"GLOSSARY.md:{number}: {section.lang} has two rows for {row[0]}")
            section.rows[row[0]] = Row(row[0], split_alternatives(row[1]), row[2], allowed, to_fix, number, row[1])
        elif table == "numbers":
            while len(row) < 2:
                row.append("")
            items, problems = read_number_items(row[1])
            errors.extend(f"GLOSSARY.md:{number}: {section.lang}: {p}" for p in problems)
            if not row[0]:
                errors.append(f"GLOSSARY.md:{number}: {section.lang}: a numbers row needs its reason")
            section.numbers.append(NumberRow(row[0], row[0].upper().startswith("TO FIX"), items, number))
    return Glossary(terms=terms, sections=sections, errors=errors)


OTHER_FORM = re.compile(r"^(TO FIX:?\s*)?([a-z0-9][a-z0-9-]*(?:\s*,\s*[a-z0-9][a-z0-9-]*)*)\s*(?:\((.*)\))?$")


def read_other_forms(cell):
    """'id, id (reason); TO FIX: id, id (note)' -> (allowed {id: reason}, to_fix {id: note}, problems)."""
    allowed, to_fix, problems = {}, {}, []
    cell = cell.replace("`", "").strip()
    if cell in ("", "—", "-"):
        return allowed, to_fix, problems
    for item in cell.split(";"):
        item = item.strip()
        if not item:
            continue
        match = OTHER_FORM.match(item)
        if not match:
            problems.append(f'cannot read "{item}" (write "id, id (reason)" or "TO FIX: id, id (note)")')
            continue
        fix = bool(match.group(1))
        reason = (match.group(3) or "").strip()
        if not fix and not reason:
            problems.append(f'"{item}": an allowed other form needs its reason in brackets')
        for ident in re.split(r"\s*,\s*", match.group(2)):
            if ident in allowed or ident in to_fix:
                problems.append(f"{ident} is listed twice")
            (to_fix if fix else allowed)[ident] = reason
    return allowed, to_fix, problems


SIGNED = re.compile(r"^[-+\u2212][0-9]+$")


def read_number_items(cell):
    """'id -12 -12, id +75' -> ([(id, {"12": -2}), (id, {"75": 1})], problems)."""
    items, problems = [], []
    for item in cell.replace("`", "").split(","):
        words = item.split()
        if not words:
            continue
        ident, signed = words[0], words[1:]
        if not MESSAGE_ID.match(ident) or not signed or not all(SIGNED.match(w) for w in signed):
            problems.append(f'cannot read "{item.strip()}" (write "message-id -12 +75")')
            continue
        diff = {}
        for w in signed:
            value = w[1:].lstrip("0") or "0"
            diff[value] = diff.get(value, 0) + (1 if w[0] == "+" else -1)
        items.append((ident, diff))
    return items, problems


def number_difference(expected, found):
    """{number: found count - expected count} for the numbers whose counts differ."""
    diff = {}
    for v in expected:
        diff[v] = diff.get(v, 0) - 1
    for v in found:
        diff[v] = diff.get(v, 0) + 1
    return {k: v for k, v in diff.items() if v}


def show_difference(diff):
    """{'12': -2, '75': 1} -> '-12 -12 +75' (missing first, each in numeric order)."""
    order = lambda v: (len(v), v)  # noqa: E731
    minus = [f"-{v}" for v in sorted(diff, key=order) for _ in range(-diff[v]) if diff[v] < 0]
    plus = [f"+{v}" for v in sorted(diff, key=order) for _ in range(diff[v]) if diff[v] > 0]
    return " ".join(minus + plus)


# ---------------------------------------------------------------------------------------------
# Matching terms

READING = re.compile(r"\([\u3041-\u309f\u30fc]+\)")


def matchable(text):
    """The text a wording is looked for in: readings such as 資格確認書(しかくかくにんしょ) removed
    (ASCII brackets around hiragana only), lower case."""
    return READING.sub("", text).lower()


def carries(term, ja_text):
    text = ja_text
    for exclude in term.excludes:
        text = text.replace(exclude, PLACEABLE)
    return any(m in text for m in term.matches)


def term_index(glossary, ja):
    """{term name: [ids whose ja text carries the term]} in file order."""
    return {
        term.name: [ident for ident, message in ja.items() if carries(term, " ".join(message.variants))]
        for term in glossary.terms
    }


def has_wording(row, message):
    text = matchable(" ".join(message.variants))
    return any(w.lower() in text for w in row.wordings)


# ---------------------------------------------------------------------------------------------
# Command line


def langs_from_args(argv, usage):
    """--lang X (may repeat); returns (list of locales or None for all, other args)."""
    chosen = []
    rest = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--lang" and i + 1 < len(argv):
            chosen.append(argv[i + 1])
            i += 2
            continue
        if a.startswith("--lang="):
            chosen.append(a.split("=", 1)[1])
        elif a in ("-h", "--help"):
            print(usage)
            sys.exit(0)
        else:
            rest.append(a)
        i += 1
    return chosen or None, rest


def chdir_to_repo():
    """Run from the repository root (or anywhere inside it)."""
    here = os.path.abspath(os.getcwd())
    while not os.path.isfile(os.path.join(here, GLOSSARY)):
        parent = os.path.dirname(here)
        if parent == here:
            sys.exit("run this from the mynaho-guide repository (i18n/GLOSSARY.md not found)")
        here = parent
    os.chdir(here)
