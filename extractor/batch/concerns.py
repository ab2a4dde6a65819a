"""Findings that only say what the visit is: context, neither a concern nor a strength.

A letter's headline findings often open with a sentence placing the visit ("This was the first
focused visit since the full inspection of children's services in 2023, which judged services
... to require improvement to be good.") or recalling the last judgement ("At the last
inspection, in February 2023, the overall effectiveness of services was judged to be
outstanding."). Its words may read as a concern, but it reports nothing found at this visit.
The batch's new-concern detection and its timelines skip a finding every sentence of which is
such a statement (polarity itself is left as the extractor gives it). A finding that goes on
to say what inspectors found ("This is the first focused visit since ... Leaders have a
detailed understanding ...") is a finding as usual.
"""
from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'\"(])")
_ORDINAL = r"(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|last|latest|final|only)"
_VISIT = r"(?:focused|monitoring|assurance|(?:joint\s+)?targeted)?\s*(?:visit|inspection)"
_CONTEXT = re.compile(
    # "This was the first focused visit since ...", "This is the second monitoring visit to ..."
    rf"^this\s+(?:was|is)\s+(?:the|a|an)\s+(?:{_ORDINAL}\s+)?{_VISIT}\b"
    # "This visit looked at ...", "This focused visit considered ..."
    rf"|^this\s+{_VISIT}\s+(?:looked\s+at|focused\s+on|considered|evaluated|reviewed|examined|was\s+carried\s+out"
    r"|was\s+conducted|took\s+place)\b"
    # "Inspectors evaluated ...", "Inspectors looked at ..."
    r"|^(?:the\s+)?inspectors\s+(?:looked\s+at|evaluated|considered|reviewed|examined|sampled|focused\s+on)\b"
    r"|^the\s+(?:focus|purpose|scope)\s+of\s+(?:this|the)\s+visit\s+(?:was|is)\b"
    # "At the last inspection, in February 2023, the overall effectiveness ... was judged to be outstanding."
    r"|^(?:at|in)\s+the\s+(?:last|previous)\s+(?:full\s+|standard\s+|ilacs\s+|judgement\s+)?inspection\b"
    r"[^.]*\b(?:judged|rated|graded)\b[^.]*\.?$",
    re.I)
# ... unless the sentence goes on to report what was found ("Inspectors reviewed 20 cases and found ...").
_FINDING_VERB = re.compile(r"\b(?:found|finds|identified|saw|noted|concluded|(?:considered|evaluated)\s+that)\b", re.I)


def is_context_statement(text: str) -> bool:
    """True when every sentence of ``text`` only states what this visit is (or what the last
    inspection judged): context, not a finding about the council's practice."""
    sentences = [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]
    return bool(sentences) and all(_CONTEXT.search(s) and not _FINDING_VERB.search(s) for s in sentences)
