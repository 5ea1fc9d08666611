"""Reads the site's .ics files with Debian's python3-icalendar and checks them against RFC 5545 and iTIP (RFC 5546).

    python3 check-ics.py MANIFEST.json

The manifest names the files in the order the person received them:
    {"organizer": "mailto:...", "parts": [{"file": "...", "message": 0, "contentType": "text/calendar; method=REQUEST"}]}
Prints JSON: {"objects": [...what was read...], "violations": ["file: what is wrong", ...]}.
"""

import json
import os
import sys

import icalendar

ITIP_ONE_UID = ("REQUEST", "CANCEL")


def text(value):
    return None if value is None else str(value)


def params(prop):
    return {k.upper(): str(v) for k, v in getattr(prop, "params", {}).items()}


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def raw_violations(name, data):
    found = []
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return ["%s: not UTF-8 (%s)" % (name, e)]
    if "\ufffd" in decoded:
        found.append("%s: holds U+FFFD, a character broken before it was sent" % name)
    lines = data.split(b"\r\n")
    if lines[-1] != b"":
        found.append("%s: does not end with CRLF" % name)
    for number, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            found.append("%s: line %d breaks without CRLF" % (name, number))
        if len(line) > 75:
            found.append("%s: line %d is %d octets, more than 75" % (name, number, len(line)))
    # A fold inside a multi-octet character would make the halves invalid UTF-8 on their own.
    for number, line in enumerate(lines[:-1], 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            found.append("%s: line %d is folded inside a character" % (name, number))
    return found


def event_facts(event):
    organizer = event.get("ORGANIZER")
    return {
        "uid": text(event.get("UID")),
        "sequence": None if event.get("SEQUENCE") is None else int(event.get("SEQUENCE")),
        "status": text(event.get("STATUS")),
        "summary": text(event.get("SUMMARY")),
        "location": text(event.get("LOCATION")),
        "description": text(event.get("DESCRIPTION")),
        "dtstart": None if event.get("DTSTART") is None else event.decoded("DTSTART").isoformat(),
        "dtend": None if event.get("DTEND") is None else event.decoded("DTEND").isoformat(),
        "dtstamp": None if event.get("DTSTAMP") is None else event.decoded("DTSTAMP").isoformat(),
        "organizer": text(organizer),
        "organizerCn": params(organizer).get("CN") if organizer is not None else None,
        "organizerSentBy": params(organizer).get("SENT-BY") if organizer is not None else None,
        "attendees": [
            {"address": str(a), "cn": params(a).get("CN"), "role": params(a).get("ROLE"),
             "partstat": params(a).get("PARTSTAT"), "rsvp": params(a).get("RSVP")}
            for a in as_list(event.get("ATTENDEE"))
        ],
    }


def event_violations(where, method, event, facts, organizer):
    found = []
    for error in getattr(event, "errors", []):
        found.append("%s: property did not parse: %s" % (where, error))
    for required in ("UID", "DTSTAMP", "DTSTART"):
        if event.get(required) is None:
            found.append("%s: no %s" % (where, required))
    stamp = event.get("DTSTAMP")
    if stamp is not None and not str(stamp.to_ical().decode()).endswith("Z"):
        found.append("%s: DTSTAMP is not in UTC" % where)
    if facts["organizer"] is None:
        found.append("%s: no ORGANIZER" % where)
    elif organizer and facts["organizer"].lower() != organizer.lower():
        found.append("%s: ORGANIZER is %s, not %s" % (where, facts["organizer"], organizer))
    attendees = facts["attendees"]
    if method == "REQUEST":
        if not attendees:
            found.append("%s: a REQUEST without ATTENDEE" % where)
        for a in attendees:
            if a["partstat"] != "NEEDS-ACTION":
                found.append("%s: ATTENDEE %s has PARTSTAT %s, not NEEDS-ACTION" % (where, a["address"], a["partstat"]))
    if method == "CANCEL":
        if facts["status"] != "CANCELLED":
            found.append("%s: a CANCEL with STATUS %s, not CANCELLED" % (where, facts["status"]))
        if facts["sequence"] is None:
            found.append("%s: a CANCEL without SEQUENCE" % where)
        if not attendees:
            found.append("%s: a CANCEL that names no ATTENDEE" % where)
    if method == "PUBLISH" and attendees:
        found.append("%s: a PUBLISH with ATTENDEE" % where)
    return found


def object_violations(name, calendar, content_type):
    found = []
    methods = calendar.get("METHOD")
    methods = [str(m) for m in as_list(methods)]
    if len(methods) > 1:
        found.append("%s: %d METHOD properties" % (name, len(methods)))
    method = methods[0].upper() if methods else None
    declared = None
    for piece in content_type.split(";")[1:]:
        key, _, value = piece.strip().partition("=")
        if key.lower() == "method":
            declared = value.strip().strip('"').upper()
    if (method or declared) and method != declared:
        found.append("%s: METHOD %s but the Content-Type says method=%s" % (name, method, declared))
    if text(calendar.get("VERSION")) != "2.0":
        found.append("%s: VERSION is %s" % (name, text(calendar.get("VERSION"))))
    if calendar.get("PRODID") is None:
        found.append("%s: no PRODID" % name)
    for error in getattr(calendar, "errors", []):
        found.append("%s: calendar property did not parse: %s" % (name, error))
    return method, found


def main():
    manifest_path = sys.argv[1]
    folder = os.path.dirname(os.path.abspath(manifest_path))
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    organizer = manifest.get("organizer")
    objects, violations = [], []
    seen = {}
    for part in manifest["parts"]:
        name = part["file"]
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        violations += raw_violations(name, data)
        try:
            calendars = icalendar.Calendar.from_ical(data, multiple=True)
        except ValueError as e:
            violations.append("%s: python3-icalendar cannot read it: %s" % (name, e))
            continue
        if len(calendars) != 1:
            violations.append("%s: %d calendar objects in one part" % (name, len(calendars)))
        for calendar in calendars:
            method, found = object_violations(name, calendar, part.get("contentType", ""))
            violations += found
            events = calendar.walk("VEVENT")
            components = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
            uids = sorted({text(c.get("UID")) for c in components})
            if method in ITIP_ONE_UID and len(uids) != 1:
                violations.append("%s: one %s object holds %d UIDs: %s" % (name, method, len(uids), ", ".join(map(str, uids))))
            facts = []
            for event in events:
                fact = event_facts(event)
                where = "%s %s" % (name, fact["uid"])
                violations += event_violations(where, method, event, fact, organizer)
                violations += sequence_violations(where, part.get("message", 0), fact, seen)
                facts.append(fact)
            objects.append({"part": name, "message": part.get("message", 0), "method": method, "events": facts})
    json.dump({"objects": objects, "violations": violations}, sys.stdout, ensure_ascii=False)


CHANGES = ("dtstart", "dtend", "location", "summary", "status")


def sequence_violations(where, message, fact, seen):
    """A UID seen again keeps its SEQUENCE or raises it, and raises it whenever the event changed."""
    uid, sequence = fact["uid"], fact["sequence"] or 0
    before = seen.get(uid)
    seen[uid] = (message, sequence, fact)
    if before is None:
        return []
    _, previous, old = before
    if sequence < previous:
        return ["%s: SEQUENCE went down from %d to %d" % (where, previous, sequence)]
    changed = [k for k in CHANGES if old[k] != fact[k]]
    if changed and sequence <= previous:
        return ["%s: %s changed but SEQUENCE stayed %d" % (where, ", ".join(changed), sequence)]
    return []


if __name__ == "__main__":
    main()
