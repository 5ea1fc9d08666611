#!/usr/bin/env python3
"""Extracts the UI strings of the code into each project's Localization/learning.pot and merges them into
its Localization/{culture}.po files.

What counts as a UI string is defined by tests/Learning.Core.Tests/Cultures/TranslationCompletenessTests.cs
(UiStrings()); this script uses the very same patterns and rules:

  * T["text"] / t["text", ...]                                   (IStringLocalizer / IViewLocalizer indexers)
  * Plural(count, "singular", "plural", ...)                      (PoStringLocalizer.Plural -> msgid_plural)
  * ErrorMessage = "text" / Name = "text" / Prompt = "text"       (data annotations)
  * Msgid("text")                                                 (UiText.Msgid: translated where it is shown)
  * new Permission("Name", "Description") -> the description;
    new AdminMenuEntry("Text", "/path", ...) -> the text           (declarations; also target-typed new(...))

Files: *.cs and *.cshtml under src/ and themes/, except bin/, obj/ and Migrations/.

A string belongs to the project whose sources use it (src/{project}/Localization/;
the themes count as the host, src/Learning.Web); a string that several projects use belongs to the kernel,
src/Learning.Core, which they all build on. The build copies each project's PO files to
Localization/{project}/ next to the application, where the host reads them all.

Usage:  python3 extract-strings.py            (writes every project's learning.pot, merges its .po files,
                                               prints counts)
        python3 extract-strings.py --check    (writes nothing; exit status 1 if anything is untranslated
                                               or any PO file is out of date)

Merging keeps existing translations (also of a string that moved from one project to another), adds new
msgids with an empty msgstr, and turns entries the code no longer uses into obsolete (#~) entries (which are
revived if the string comes back). English is the source
language, so en.po's empty msgstrs are filled with the msgid (and msgid_plural) themselves and it keeps no
obsolete entries. Only a translated string that became a plural is flagged fuzzy (and counted as untranslated);
PO-Revision-Date changes only when a file changes.
"""

import copy
import datetime
import os
import re
import sys

CULTURES = {
    # culture: (Language header, Plural-Forms header)
    "en": ("en", "nplurals=2; plural=(n != 1);"),
    "es": ("es", "nplurals=3; plural=(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"),
    "ru": ("ru", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"),
    "zh-Hans": ("zh_Hans", "nplurals=1; plural=0;"),
    "ar": ("ar", "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"),
    "fr": ("fr", "nplurals=3; plural=((n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"),
    "pt": ("pt", "nplurals=3; plural=((n == 0 || n == 1) ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2);"),
    "id": ("id", "nplurals=1; plural=0;"),
    "vi": ("vi", "nplurals=1; plural=0;"),
    "th": ("th", "nplurals=1; plural=0;"),
}
TEAMS = {"en": "English", "es": "Spanish", "ru": "Russian", "zh-Hans": "Chinese (Simplified)", "ar": "Arabic",
         "fr": "French", "pt": "Portuguese", "id": "Indonesian", "vi": "Vietnamese", "th": "Thai"}
SOURCE_CULTURE = "en"
PROJECT = "Marine Litter Learning"
KERNEL = "Learning.Core"
HOST = "Learning.Web"

HERE = os.path.dirname(os.path.abspath(__file__))

# --- the patterns of TranslationCompletenessTests (keep in sync) --------------------------------------------
INDEXER = re.compile(r'\b[Tt]\[\s*"((?:[^"\\]|\\.)*)"\s*[,\]]')
PLURAL = re.compile(r'\bPlural\([^,]+,\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*[,)]')
ANNOTATION = re.compile(r'\b(?:ErrorMessage|Name|Prompt)\s*=\s*"((?:[^"\\]|\\.)*)"\s*[,)]')
MARKED = re.compile(r'\bMsgid\(\s*"((?:[^"\\]|\\.)*)"\s*\)')
DECLARATION = re.compile(r'new(?: AdminMenuEntry| Permission)?\("([^"]+)", "((?:[^"\\]|\\.)*)"(?:, [^)]*)?\)')


def repository_root():
    directory = HERE
    while not os.path.exists(os.path.join(directory, "Learning.sln")):
        parent = os.path.dirname(directory)
        if parent == directory:
            sys.exit("extract-strings.py: Learning.sln not found above " + HERE)
        directory = parent
    return directory


def unescape(literal):
    """System.Text.RegularExpressions.Regex.Unescape, which the test applies to the captured literal
    (for the escapes C# strings use: \\" \\\\ \\n \\t, plus \\r \\f \\v \\a \\e \\b \\xHH \\uHHHH and octal)."""
    out = []
    i = 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b", "b": "\b"}
    while i < len(literal):
        c = literal[i]
        if c != "\\" or i + 1 == len(literal):
            out.append(c)
            i += 1
            continue
        c = literal[i + 1]
        i += 2
        if c in simple:
            out.append(simple[c])
        elif c == "x" and re.match(r"[0-9A-Fa-f]{2}", literal[i:i + 2]):
            out.append(chr(int(literal[i:i + 2], 16)))
            i += 2
        elif c == "u" and re.match(r"[0-9A-Fa-f]{4}", literal[i:i + 4]):
            out.append(chr(int(literal[i:i + 4], 16)))
            i += 4
        elif c in "01234567":
            digits = re.match(r"[0-7]{1,3}", literal[i - 1:i + 2]).group(0)
            out.append(chr(int(digits, 8) & 0xFF))
            i += len(digits) - 1
        else:
            out.append(c)
    return "".join(out)


def source_files(root):
    for top in ("src", "themes"):
        for directory, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                path = os.path.join(directory, name)
                if not (path.endswith(".cs") or path.endswith(".cshtml")):
                    continue
                if "/obj/" in path or "/bin/" in path or "/Migrations/" in path:
                    continue
                yield path


def project_of(relative):
    """src/Learning.Courses/... -> Learning.Courses; the themes are the host's."""
    top, name = relative.split("/")[:2]
    return HOST if top == "themes" else name


def localization_folder(root, project):
    return os.path.join(root, "src", project, "Localization")


def declared_text(m):
    # Permission("Name", "Description") declares its description; AdminMenuEntry("Text", "/path", ...) its text.
    return m.group(1) if '"/' in m.group(0) else m.group(2)


def extract(root):
    """Returns {msgid: {"plural": str|None, "refs": [file:line, ...], "projects": {project, ...}}}."""
    strings = {}

    def add(msgid, where, plural=None):
        if msgid == "":
            return
        entry = strings.setdefault(msgid, {"plural": None, "refs": [], "projects": set()})
        entry["projects"].add(project_of(where))
        if plural is not None and entry["plural"] is None:
            entry["plural"] = plural
        if where not in entry["refs"]:
            entry["refs"].append(where)

    for path in sorted(source_files(root)):
        with open(path, encoding="utf-8-sig", newline="") as f:
            text = f.read()
        relative = os.path.relpath(path, root).replace(os.sep, "/")

        def at(m):
            return "%s:%d" % (relative, text.count("\n", 0, m.start()) + 1)

        for m in INDEXER.finditer(text):
            add(unescape(m.group(1)), at(m))
        for m in PLURAL.finditer(text):
            add(unescape(m.group(1)), at(m), unescape(m.group(2)))
        for m in ANNOTATION.finditer(text):
            add(unescape(m.group(1)), at(m))
        for m in MARKED.finditer(text):
            add(unescape(m.group(1)), at(m))
        for m in DECLARATION.finditer(text):
            add(unescape(m.group(2) if m.group(1).startswith("/") else declared_text(m)), at(m))
    return strings


# --- PO reading and writing ----------------------------------------------------------------------------------
class Entry:
    def __init__(self):
        self.comments = []  # translator comments ("# ...") and other kept comment lines
        self.flags = []
        self.refs = []
        self.context = None
        self.msgid = None
        self.plural = None
        self.msgstr = {}  # index -> text (index 0 only for singular entries)
        self.obsolete = False

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    def translated(self, nplurals):
        if self.fuzzy:
            return False
        indexes = range(nplurals) if self.plural is not None else [0]
        return all(self.msgstr.get(i, "") != "" for i in indexes)


def po_unquote(s, lineno, path):
    s = s.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"':
        raise ValueError("%s:%d: expected a quoted string" % (path, lineno))
    body = s[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            i += 1
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(body[i], body[i]))
        else:
            out.append(c)
        i += 1
    return "".join(out)


def read_po(path):
    """Returns (header text, [Entry]) including obsolete entries."""
    entries = []
    entry = Entry()
    current = None  # (attribute, index)

    def finish():
        nonlocal entry, current
        if entry.msgid is not None:
            entries.append(entry)
        entry = Entry()
        current = None

    with open(path, encoding="utf-8-sig") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line:
                continue
            obsolete = line.startswith("#~")
            if obsolete:
                line = line[2:].strip()
                if not line:
                    continue
            elif line.startswith("#"):
                if entry.msgid is not None and entry.msgstr:
                    finish()
                if line.startswith("#,"):
                    entry.flags += [f.strip() for f in line[2:].split(",") if f.strip()]
                elif line.startswith("#:"):
                    entry.refs += line[2:].split()
                elif line.startswith("#|"):
                    pass  # previous msgid: dropped
                else:
                    entry.comments.append(line)
                continue
            if line.startswith('"'):
                if current is None:
                    raise ValueError("%s:%d: a string continues nothing" % (path, lineno))
                attribute, index = current
                value = po_unquote(line, lineno, path)
                if attribute == "msgstr":
                    entry.msgstr[index] += value
                else:
                    setattr(entry, attribute, getattr(entry, attribute) + value)
                continue
            keyword, _, rest = line.partition(" ")
            value = po_unquote(rest, lineno, path)
            if keyword in ("msgctxt", "msgid") and entry.msgstr:
                finish()
            entry.obsolete = entry.obsolete or obsolete
            if keyword == "msgctxt":
                entry.context, current = value, ("context", None)
            elif keyword == "msgid":
                entry.msgid, current = value, ("msgid", None)
            elif keyword == "msgid_plural":
                entry.plural, current = value, ("plural", None)
            elif keyword == "msgstr":
                entry.msgstr[0], current = value, ("msgstr", 0)
            else:
                m = re.fullmatch(r"msgstr\[(\d)\]", keyword)
                if not m:
                    raise ValueError("%s:%d: unknown keyword %r" % (path, lineno, keyword))
                entry.msgstr[int(m.group(1))], current = value, ("msgstr", int(m.group(1)))
    finish()
    header = ""
    for e in entries:
        if e.msgid == "" and e.context is None and not e.obsolete:
            header = e.msgstr.get(0, "")
    return header, [e for e in entries if not (e.msgid == "" and e.context is None)]


def po_quote(text):
    return '"' + (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                  .replace("\t", "\\t").replace("\r", "\\r")) + '"'


def po_string(keyword, text, prefix=""):
    """keyword "text", split after each \\n for multi-line strings."""
    if "\n" in text[:-1]:
        parts = text.split("\n")
        pieces = [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        return [prefix + keyword + ' ""'] + [prefix + po_quote(p) for p in pieces]
    return [prefix + keyword + " " + po_quote(text)]


def wrap_refs(refs):
    lines, line = [], "#:"
    for ref in refs:
        if len(line) > 2 and len(line) + 1 + len(ref) > 79:
            lines.append(line)
            line = "#:"
        line += " " + ref
    if len(line) > 2:
        lines.append(line)
    return lines


def format_entry(e, nplurals):
    prefix = "#~ " if e.obsolete else ""
    lines = list(e.comments)
    if not e.obsolete:
        lines += wrap_refs(e.refs)
    if e.flags:
        lines.append("#, " + ", ".join(e.flags))
    if e.context is not None:
        lines += po_string("msgctxt", e.context, prefix)
    lines += po_string("msgid", e.msgid, prefix)
    if e.plural is not None:
        lines += po_string("msgid_plural", e.plural, prefix)
        for i in range(nplurals):
            lines += po_string("msgstr[%d]" % i, e.msgstr.get(i, ""), prefix)
    else:
        lines += po_string("msgstr", e.msgstr.get(0, ""), prefix)
    return "\n".join(lines)


def header_text(fields):
    return "".join("%s: %s\n" % (k, v) for k, v in fields)


def parse_header(text):
    fields = []
    for line in text.split("\n"):
        key, colon, value = line.partition(":")
        if colon and key.strip():
            fields.append((key.strip(), value.strip()))
    return fields


def set_field(fields, key, value):
    for i, (k, _) in enumerate(fields):
        if k.lower() == key.lower():
            fields[i] = (key, value)
            return
    fields.append((key, value))


def write_file(path, header_comments, fields, entries, nplurals, date_field=None, dry_run=False):
    """Writes the file if its content changed (date_field, e.g. PO-Revision-Date, is then set to now).
    Returns whether it changed; with dry_run, whether it would change, writing nothing."""
    def render():
        blocks = ["\n".join(header_comments + ['msgid ""'] + po_string("msgstr", header_text(fields)))]
        blocks += [format_entry(e, nplurals) for e in entries]
        return "\n\n".join(blocks) + "\n"

    old = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    content = render()
    if old == content or dry_run:
        return old != content
    if date_field:
        set_field(fields, date_field, datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M+0000"))
        content = render()
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)
    return True


# --- main -----------------------------------------------------------------------------------------------------
def owner(info):
    return next(iter(info["projects"])) if len(info["projects"]) == 1 else KERNEL


def by_project(root, strings):
    """{project: {msgid: info}} for every project that owns a string or already has PO files."""
    projects = {}
    for msgid, info in strings.items():
        projects.setdefault(owner(info), {})[msgid] = info
    for name in sorted(os.listdir(os.path.join(root, "src"))):
        if os.path.exists(os.path.join(localization_folder(root, name), SOURCE_CULTURE + ".po")):
            projects.setdefault(name, {})
    return dict(sorted(projects.items()))


def translations(root, projects, culture):
    """Every project's entries of one culture by msgid, the active before the obsolete ones."""
    pool = {}
    for project in projects:
        path = os.path.join(localization_folder(root, project), culture + ".po")
        if os.path.exists(path):
            for e in read_po(path)[1]:
                if e.context is None and (e.msgid not in pool or (pool[e.msgid].obsolete and not e.obsolete)):
                    pool[e.msgid] = e
    return pool


def write_pot(folder, project, strings, check):
    path = os.path.join(folder, "learning.pot")
    created = ""
    if os.path.exists(path):
        created = dict(parse_header(read_po(path)[0])).get("POT-Creation-Date", "")
    fields = [
        ("Project-Id-Version", PROJECT),
        ("POT-Creation-Date", created),
        ("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE"),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language-Team", "LANGUAGE <LL@li.org>"),
        ("Language", ""),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", "nplurals=2; plural=(n != 1);"),
    ]
    entries = []
    for msgid in sorted(strings):
        e = Entry()
        e.msgid, e.plural, e.refs = msgid, strings[msgid]["plural"], strings[msgid]["refs"]
        entries.append(e)
    comments = ["# UI strings of %s, part of %s. Generated by extract-strings.py: do not edit, edit the code." % (project, PROJECT)]
    return write_file(path, comments, fields, entries, 2, "POT-Creation-Date", dry_run=check)


def merge(folder, culture, strings, in_use, pool, check):
    """Merges one project's strings into its PO file of one culture. A msgid the file lacks takes its
    translation from another project's file (pool); one another project now owns (in_use) leaves it."""
    language, plural_forms = CULTURES[culture]
    nplurals = int(re.search(r"nplurals\s*=\s*(\d+)", plural_forms).group(1))
    path = os.path.join(folder, culture + ".po")
    header, existing = ("", [])
    if os.path.exists(path):
        header, existing = read_po(path)
    fields = parse_header(header)
    defaults = [
        ("Project-Id-Version", PROJECT),
        ("PO-Revision-Date", ""),
        ("Last-Translator", "%s translators" % PROJECT),
        ("Language-Team", TEAMS[culture]),
        ("Language", language),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", plural_forms),
    ]
    # the known fields in the usual order (keeping translators' values), then any others
    known = {k.lower(): v for k, v in fields}
    fields = [(k, known.get(k.lower(), v)) for k, v in defaults] + \
             [(k, v) for k, v in fields if k.lower() not in {d.lower() for d, _ in defaults}]
    set_field(fields, "Language", language)
    set_field(fields, "Content-Type", "text/plain; charset=UTF-8")
    set_field(fields, "Plural-Forms", plural_forms)

    old = {}
    for e in existing:
        if e.context is None:
            # an active entry wins over an obsolete one with the same msgid
            if e.msgid not in old or old[e.msgid].obsolete:
                old[e.msgid] = e
    active, obsolete = [], []
    for msgid in sorted(strings):
        info = strings[msgid]
        e = old.pop(msgid, None) or copy.deepcopy(pool.get(msgid)) or Entry()
        old_plural = e.plural
        e.msgid, e.obsolete, e.refs = msgid, False, info["refs"]
        if info["plural"] is None:
            e.plural = None
            e.msgstr = {0: e.msgstr.get(0, "")}
        else:
            if culture != SOURCE_CULTURE and old_plural is None and e.msgstr.get(0):
                e.flags = [f for f in e.flags if f != "fuzzy"] + ["fuzzy"]  # was singular: needs review
            e.plural = info["plural"]
            e.msgstr = {i: e.msgstr.get(i, "") for i in range(nplurals)}
        if culture == SOURCE_CULTURE and not e.fuzzy:
            if e.plural is None:
                e.msgstr[0] = e.msgstr[0] or msgid
            else:
                if old_plural != e.plural:
                    e.msgstr = {0: e.msgstr[0]}  # the English plural follows the code
                e.msgstr = {i: e.msgstr.get(i) or (msgid if i == 0 else e.plural) for i in range(nplurals)}
        active.append(e)
    for e in [e for e in old.values() if e.msgid not in in_use] + [e for e in existing if e.context is not None]:
        # untranslated obsolete entries are worth nothing, and English ones are only copies of the msgid
        if culture != SOURCE_CULTURE and any(v for v in e.msgstr.values()):
            e.obsolete = True
            e.refs = []
            obsolete.append(e)
    obsolete.sort(key=lambda e: e.msgid)

    untranslated = sum(1 for e in active if not e.translated(nplurals))
    comments = ["# %s translations of %s." % (culture, PROJECT),
                "# Merged by extract-strings.py; translate the msgstr lines."]
    changed = write_file(path, comments, fields, active + obsolete, nplurals, "PO-Revision-Date", dry_run=check)
    return untranslated, len(obsolete), changed


def main():
    check = "--check" in sys.argv[1:]
    root = repository_root()
    strings = extract(root)
    projects = by_project(root, strings)
    pools = {culture: translations(root, projects, culture) for culture in CULTURES}
    stale = []
    total = 0
    for project, owned in projects.items():
        folder = localization_folder(root, project)
        shown = os.path.relpath(folder, root)
        if not check:
            os.makedirs(folder, exist_ok=True)
        if write_pot(folder, project, owned, check):
            stale.append(shown + "/learning.pot")
        plurals = sum(1 for s in owned.values() if s["plural"] is not None)
        print("%s: %d msgids (%d with plural forms)" % (shown, len(owned), plurals))
        for culture in CULTURES:
            untranslated, obsolete, changed = merge(folder, culture, owned, strings, pools[culture], check)
            total += untranslated
            if changed:
                stale.append("%s/%s.po" % (shown, culture))
            if untranslated or obsolete:
                print("  %-8s %4d untranslated%s" % (culture, untranslated, ", %d obsolete" % obsolete if obsolete else ""))
    print("%d untranslated" % total)
    if check:
        if stale:
            print("out of date: " + ", ".join(stale) + " (run extract-strings.py)")
        if total or stale:
            sys.exit(1)


if __name__ == "__main__":
    main()
