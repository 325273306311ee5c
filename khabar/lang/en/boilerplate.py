"""English site chrome: phrases that make a line boilerplate. Constants only.

Matched case-insensitively on whole lines (end punctuation ignored), so a real sentence
that merely contains "read more" or "share" is kept.
"""

from __future__ import annotations

#: A line that is exactly one of these (after normalization) is chrome.
LINES: tuple[str, ...] = (
    "skip to content", "skip to main content", "skip to navigation", "jump to content",
    "read more", "read full article", "continue reading", "show more", "load more", "see more",
    "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
    "share via email", "share on whatsapp", "share page", "copy link", "link copied", "copied",
    "advertisement", "advertisements", "sponsored", "sponsored content", "ad", "promoted",
    "story continues below advertisement", "article continues below", "continue reading below",
    "tags", "topics", "filed under", "comments", "comment", "leave a comment", "leave a reply",
    "print", "email", "e-mail", "save", "bookmark", "facebook", "twitter", "x", "whatsapp", "telegram",
    "linkedin", "reddit", "instagram", "youtube", "tiktok", "pinterest", "flipboard",
    "subscribe", "sign up", "log in", "sign in", "register", "menu", "search", "home", "back to top",
    "click here", "listen to this article", "listen", "image caption", "image source", "caption",
    "follow us", "newsletter", "accept", "accept cookies", "accept all", "reject all", "manage cookies",
    "cookie settings", "got it", "close", "open menu", "close menu",
)

#: Headings of a related-links box: they and the short lines right after them are chrome.
RELATED_HEADINGS: tuple[str, ...] = (
    "related", "related articles", "related stories", "related news", "related coverage", "related content",
    "related topics", "more on this story", "more stories", "more from", "more news", "most read",
    "most popular", "most viewed", "trending", "trending now", "recommended", "recommended for you",
    "you may also like", "you might also like", "don't miss", "also read", "read next", "what to read next",
    "top stories", "latest news", "latest stories", "in other news", "editor's picks", "read more",
    "read also", "see also", "more reading", "further reading", "related links",
)

#: A short line starting with one of these is chrome ("Read more: Other headline").
PREFIXES: tuple[str, ...] = (
    "read more:", "read also:", "also read:", "see also:", "related:", "more:", "tags:", "topics:",
    "filed under:", "posted in", "follow us on", "follow us:", "subscribe to our newsletter",
    "sign up for our newsletter", "sign up to our newsletter", "get our newsletter", "click here",
    "share this", "share on", "copyright", "all rights reserved", "this article was originally published",
    "report an error", "we use cookies", "this site uses cookies", "this website uses cookies",
)

#: A short line starting with one of these carries a publication or update date.
DATE_PREFIXES: tuple[str, ...] = (
    "posted on", "posted:", "published on", "published:", "published", "updated on", "updated:", "updated",
    "last updated", "last modified", "first published", "date:",
)

#: A short line containing one of these anywhere is chrome (copyright lines, cookie notices).
CONTAINS: tuple[str, ...] = (
    "all rights reserved", "uses cookies", "use cookies", "cookie policy", "accept cookies",
    "privacy policy", "terms of use", "terms of service",
)

#: Words that introduce a photo credit line ("Photo: Reuters").
CREDIT_WORDS: tuple[str, ...] = (
    "photo", "photos", "photograph", "image", "images", "picture", "credit", "photo credit", "image source",
    "file photo", "pictured",
)

#: News agencies: a line that is only one of these, maybe in parentheses, is a credit.
AGENCIES: tuple[str, ...] = (
    "reuters", "afp", "ap", "associated press", "epa", "getty images", "getty", "anadolu", "anadolu agency",
    "shutterstock", "afp via getty images", "reuters/file", "file", "handout", "supplied", "dpa", "xinhua",
    "wana", "irna", "isna", "fars", "tasnim",
)

#: Weekday and month names for date-only lines.
DATE_WORDS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
)

#: Other words allowed in a date-only line ("Updated at 10:30 am GMT on 3 May").
DATE_FILLERS: tuple[str, ...] = (
    "am", "pm", "a.m", "p.m", "gmt", "utc", "bst", "est", "edt", "ast", "irst", "local", "time", "at", "on",
    "updated", "published", "posted", "last", "ago", "minutes", "minute", "hours", "hour", "days", "day",
    "of", "the", "st", "nd", "rd", "th", "and",
)

#: First items of a breadcrumb trail ("Home > World > Middle East").
BREADCRUMB_HOME: tuple[str, ...] = ("home", "news", "homepage")
