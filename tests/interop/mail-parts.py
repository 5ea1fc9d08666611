"""Reads an e-mail the site sent with Python's own e-mail and HTML parsers.

    python3 mail-parts.py <message.eml>

Prints one JSON object: the subject, the text part, and of the HTML part its text, its links and
the text of every element that formats (b, strong, i, em, u, del, mark, code, h1-h6).
"""
import json
import sys
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser

FORMATTING = {"b", "strong", "i", "em", "u", "del", "s", "mark", "code", "h1", "h2", "h3", "h4", "h5", "h6"}


class Reader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.formatted, self.text, self.open = [], [], [], []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
        if tag in FORMATTING:
            self.open.append([tag, ""])

    def handle_endtag(self, tag):
        if self.open and self.open[-1][0] == tag:
            self.formatted.append(self.open.pop())

    def handle_data(self, data):
        self.text.append(data)
        for element in self.open:
            element[1] += data


with open(sys.argv[1], "rb") as f:
    message = BytesParser(policy=policy.strict).parse(f)
text = message.get_body(preferencelist=("plain",))
html = message.get_body(preferencelist=("html",))
reader = Reader()
reader.feed(html.get_content() if html else "")
print(json.dumps({
    "subject": str(message["subject"]),
    "text": text.get_content() if text else None,
    "html_text": "".join(reader.text),
    "links": reader.links,
    "formatted": reader.formatted,
}, ensure_ascii=False))
