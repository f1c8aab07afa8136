"""Reported speech: the words a cue attributes when there are no quotation marks.

The third stage of :mod:`newslib.statements`: the complement after a cue (without "that", without the
addressee of "told", and without time or place phrases such as "on Tuesday" or "at question time"), cut
before the next reporting clause (a participle such as "..., saying", a trailing attribution, a new
subject and cue after a comma or semicolon, an "according to" after a semicolon; a cue that opens the
complement itself, "X claimed a source said ...", is reported speech inside it) and before a trailing
newsroom formula (", Pulse has learned"), or the words before a trailing attribution ("..., according
to X.", "..., party sources said.") back to the clause of the cue before. The phrases are ``adjunct``,
``newsroom`` and ``addressee`` rows of ``newslib/data/descriptors.csv``.

Every look-up costs its own clause, not the paragraph: a live blog's paragraph of thousands of cues is
attributed in time linear in its length (issue 17).
"""
from __future__ import annotations

import re
from bisect import bisect_right, insort

from .actors import Registry
from .segmentation import _SUBORDINATE, _WORD, _Cue, _Paragraph, _clause_stop

#: Characters read after "told" for a known addressee ("told BBC Radio 4's Today programme"): longer than
#: any addressee phrase, so the scan costs the same in a long paragraph as in a short one.
_ADDRESSEE_WINDOW = 200
_CLOSING = re.compile(r"[ .!?\"”’']*")
#: "..., the college argues in its response to the consultation.": a phrase that opens with a preposition
#: and runs to the end of the sentence with no clause mark or quotation is a circumstance of the saying
_PHRASE = r"[\s,]*(?:in|on|at|during|after|before|for|with|to|from|via|through)\s(?:(?!\bthat\s)[^,;:()\"“”‘’—–])*"
_PREPOSITIONAL_TAIL = re.compile(_PHRASE + r"[ .!?]*")
#: the same phrase closing a lead-in ("This is what the spokesman said at the daily briefing:")
_LEAD_IN_TAIL = re.compile(_PHRASE + r":\s*")
_SPACES = re.compile(r"\s*")
_CLAUSE_MARK = re.compile(r"[,;:!?—–]")
_CLAUSE_END = re.compile(r"[;—–]")

_COORDINATOR = re.compile(r"[\s,]+(?:and|but|or|yet|while)\s+$")


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Trim white space, a leading 'that' or bracketed aside, and trailing punctuation from text[lo:hi]."""
    while True:
        while lo < hi and text[lo] in " ,:\t—–":
            lo += 1
        if text.startswith("that ", lo):
            lo += 5
        elif text.startswith("(", lo) and text.find(")", lo, hi) >= 0:
            lo = text.index(")", lo) + 1
        else:
            break
    while hi > lo and text[hi - 1] in " ,.;:!?\t":
        hi -= 1
    return lo, hi


def _complement(p: _Paragraph, cue: _Cue, cues: list[_Cue], sentence: tuple[int, int],
                registry: Registry) -> tuple[int, int]:
    s_lo, s_hi = sentence
    cut, first, at_first, second, previous = _next_clause(p, cues, sentence)[id(cue)]
    if cue.words_before:
        # from the start of the sentence, or after the clause of the cue before ("..., said X; ..., said Y")
        lo = s_lo if previous < 0 else _clause_stop(p.text, previous, cue.start) + 1
        lo, hi = _strip(p.text, min(lo, cue.start), cue.start)
        if len(p.text[lo:hi].split()) < 2:
            return lo, lo
        stop = _clause_stop(p.text, cue.end, s_hi)
        if previous < 0 and p.text[stop:stop + 1] == "," and len(p.text[cue.end:stop].split()) <= 8 and \
                _two_words(p.text, stop + 1, s_hi) and first >= s_hi and \
                not _PREPOSITIONAL_TAIL.fullmatch(p.text, stop, s_hi) and not _APPOSITIVE_START.match(p.text, stop + 1):
            # "The reforms, according to the Canal Trust, will cost millions.": the cue is an aside inside
            # the words, which run on after it; the sentence is the statement
            return _strip(p.text, lo, s_hi)
        return lo, hi
    if previous < 0 and first >= s_hi and p.text[cue.end:cue.end + 1] == "," and \
            _two_words(p.text, cue.end + 1, s_hi) and _COMMA_BEFORE.search(p.text, s_lo, cue.subject_start) and \
            not _PREPOSITIONAL_TAIL.fullmatch(p.text, cue.end, s_hi) and \
            not _NEW_CLAUSE_START.match(p.text, cue.end + 1) and \
            len(p.text[s_lo:cue.subject_start].split()) >= 2 and \
            len(p.text[cue.subject_start:cue.start].split()) <= 6:
        # "The plan, she said, is a mess.": a cue between commas inside the words
        return _strip(p.text, s_lo, s_hi)
    lo, hi = cue.end, s_hi
    if cue.after:
        lo = max(lo, _after_np_end(p, cue, s_hi, registry))
        if cue.phrase.endswith(" from"):        # "the call from X for ...": a noun's words end at the clause
            hi = _clause_stop(p.text, lo, s_hi)
    lo = _skip_adjuncts(p.text, lo, s_hi, registry)
    circumstance = _CIRCUMSTANCE_THEN_THAT.match(p.text, lo, s_hi)
    if circumstance is not None and not cue.after:
        lo = circumstance.end()                  # "warned in its launch statement that ...": the words follow "that"
    dash = _DASH_AFTER.match(p.text, lo)
    if dash is not None and _DASH_AFTER.search(p.text, dash.end(), s_hi) is None and not cue.after and \
            not cue.inherited and _trailing(p, cue, s_hi, registry):
        # "X will happen, he said – meaning that ...": a gloss to the end of the sentence (an aside between
        # two dashes, "quipped – in a reference to ... – the PM ...", is not one)
        return _strip(p.text, s_lo, _with_article(p.text, cue.subject_start))
    if cue.relative:                             # "X, who said the Bill was a mess, will ...": to its comma
        comma = p.text.find(",", lo, hi)
        hi = comma if comma >= 0 else hi
    if cue.phrase.lower().startswith(("told", "tell")):
        lo = _skip_adjuncts(p.text, _skip_addressee(p.text, lo, s_hi, registry), s_hi, registry)
    elif cue.phrase.lower().startswith(("warn", "assur", "remind", "inform")):
        # "warned MPs that ...", "..., Jo Bloggs warned MPs this week.": an addressee, then "that" or the end
        # of the sentence ("warned MPs would rebel" keeps its subject)
        past = _skip_adjuncts(p.text, _skip_addressee(p.text, lo, s_hi, registry), s_hi, registry)
        rest = p.text[past:s_hi].lstrip()
        if past > lo and (not rest.strip(" .!?\"”’'") or rest.startswith("that ")):
            lo = past
    # The words end before the next reporting clause ("Jo Bloggs said it was bad; Sam Smith said
    # ..."), unless that clause opens them, with no punctuation between ("X claimed an unnamed source said
    # ..."): then before the one after it.
    nested = first < s_hi and _CLAUSE_MARK.search(p.text, lo, first) is None and \
        not any(_trailing(p, c, s_hi, registry) for c in at_first)      # "..., party sources said."
    hi = min(hi, cut, second if nested else first)
    # "said X but warned Y", "said X and added Y": the conjunction joins the two verbs, it is not part of
    # what was said
    joined = _COORDINATOR.search(p.text, max(lo, hi - 16), hi)     # anchored at hi: a short look back
    if joined is not None and hi < s_hi:
        hi = joined.start()
    if _SUBORDINATE.match(p.text, s_lo):
        comma = p.text.find(",", cue.end, hi)
        if comma >= 0:
            hi = comma
    hi = _cut_newsroom_formula(p.text, lo, hi, registry)
    near = max(s_lo, cue.start - 300)            # an aside holding the cue starts shortly before it
    if hi > lo and (p.text.find("–", near, hi) >= 0 or p.text.find("—", near, hi) >= 0):
        for m in _DASH_ASIDE.finditer(p.text, near, min(s_hi, hi + 3)):
            if m.start() < cue.start < m.end() and len(p.text[cue.end:m.end(1)].split()) >= 2:
                hi = min(hi, m.end(1))           # a cue inside a dashed aside: its words end with the aside
    lo, hi = _strip(p.text, lo, hi)
    short = hi - lo < 2 or not _two_words(p.text, lo, hi)
    if short or _PREPOSITIONAL_TAIL.fullmatch(p.text, lo, s_hi):
        if _trailing(p, cue, s_hi, registry) and not cue.inherited:
            return _strip(p.text, s_lo, _with_article(p.text, cue.subject_start))
        if short:
            return lo, lo
    if _LEAD_IN_TAIL.fullmatch(p.text, lo, s_hi):
        return lo, lo                            # "X said at the daily briefing:": a lead-in, not words
    return lo, hi


def _two_words(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds at least two words (read no further than the second)."""
    return len(text[lo:min(hi, lo + 200)].split(None, 2)) >= 2 or len(text[lo:hi].split(None, 2)) >= 2


def _next_clause(p: _Paragraph, cues: list[_Cue], sentence: tuple[int, int]) -> dict[int, tuple]:
    """For each cue of a sentence, where the next reporting clauses begin:
    ``{id(cue): (cut, first, cues_at_first, second, previous)}``.

    ``cut`` is the start of the next participle that inherits the speaker ("..., saying") or of the next
    "according to" after a semicolon or dash; ``first`` and ``second`` are the subjects of the next two
    cues with a subject of their own ("...; Sam Smith said"), and ``cues_at_first`` the cues whose
    subject starts at ``first``; ``previous`` is the end of the cue before (-1 for the first). Computed
    once per sentence in one backward sweep, so a paragraph of thousands of cues costs linear time.
    """
    s_hi = sentence[1]
    if len(cues) == 1:                           # most sentences: one cue, nothing after it
        return {id(cues[0]): (s_hi, s_hi, (), s_hi, -1)}
    cache = p.__dict__.setdefault("_next_clause", {})
    if sentence in cache and cache[sentence][0] is cues:
        return cache[sentence][1]
    inherited, subjects, afters, found = s_hi, [], [], {}
    at: dict[int, list[_Cue]] = {}
    # semicolons and dashes: an "according to X" after one of them opens a clause of its own
    marks = [m.start() for m in _CLAUSE_END.finditer(p.text, sentence[0], s_hi)]
    j = len(cues)
    for i in range(len(cues) - 1, -1, -1):
        cue = cues[i]
        while j > 0 and cues[j - 1].start > cue.start:       # the cues after this one
            j -= 1
            nxt = cues[j]
            if nxt.speaker is None:
                continue
            if nxt.inherited:
                inherited = min(inherited, nxt.start)
            elif nxt.after:
                insort(afters, nxt.start)
            else:
                if nxt.subject_start not in at:
                    insort(subjects, nxt.subject_start)
                at.setdefault(nxt.subject_start, []).append(nxt)
        cut = inherited
        k = bisect_right(marks, cue.end)
        if k < len(marks) and afters:
            k = bisect_right(afters, marks[k])
            cut = min(cut, afters[k]) if k < len(afters) else cut
        k = bisect_right(subjects, cue.end)
        first = subjects[k] if k < len(subjects) else s_hi
        second = subjects[k + 1] if k + 1 < len(subjects) else s_hi
        found[id(cue)] = (cut, first, tuple(at.get(first, ())), second, cues[i - 1].end if i else -1)
    cache[sentence] = (cues, found)
    return found


#: an aside between dashes; group 1 ends where the closing dash's space begins
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—]*?()\s[–—]\s")
_OPENS_WORDS = re.compile(r"\s(?:that|for)\s")
#: ... and after the agent of a passive cue, also an infinitive or an indirect question
_OPENS_AGENT_WORDS = re.compile(r"\s(?:that|to|whether|if)\s")


def _after_np_end(p: _Paragraph, cue: _Cue, s_hi: int, registry: Registry) -> int:
    """Where the words begin after "according to X,": past X and a description of X between commas
    ("According to Jo Bloggs, the care minister, the ...")."""
    k = p.text.find(",", cue.end, s_hi)
    if cue.phrase.endswith(" by"):
        # the passive with its agent: "GPs were urged by the BMA to contact their MP", "told by X that ..."
        opens = _OPENS_AGENT_WORDS.search(p.text, cue.end, s_hi if k < 0 else k)
        return opens.start() + 1 if opens else (s_hi if k < 0 else k + 1)
    if k < 0 or cue.phrase.endswith(" from"):
        # "a guarantee from Jo Bloggs that ...", "the call from X last week for ...": the words open with
        # "that" or "for" after the giver, before any comma
        opens = _OPENS_WORDS.search(p.text, cue.end, s_hi if k < 0 else k)
        if opens or k < 0:
            return opens.start() + 1 if opens else s_hi
    j = p.text.find(",", k + 1, s_hi)
    if j >= 0 and _is_description(p.text[k + 1:j].strip(), registry):
        return j + 1
    return k + 1


def _is_description(words: str, registry: Registry) -> bool:
    """Whether a short phrase between commas describes a person ("a GP in Leeds", "the care minister"):
    an indefinite phrase with a camp or speaker word in it, or a phrase that ends with one."""
    if not words or len(words.split()) > 6 or registry.place(words) is None:
        return False
    if words.split()[0].lower() in ("a", "an"):
        return True
    return any(h.end() == len(words) for kind in ("camp", "head") for h in registry.find(kind, words))


def _skip_adjuncts(text: str, lo: int, hi: int, registry: Registry) -> int:
    """The offset after the time and place phrases at ``lo`` ("on Tuesday", "last night in a statement")."""
    phrases, longest, firsts = _adjuncts(registry)
    while True:
        k = lo
        while k < hi and text[k] in " ,":
            k += 1
        first = text[k:k + 16].split(None, 1)
        if not first or first[0].rstrip(",.;:") not in firsts:
            return lo                            # the usual case: no adjunct starts here
        words = [m for m, _ in zip(_NON_SPACE.finditer(text, k, min(hi, k + 80)), range(longest))]
        for n in range(len(words), 0, -1):       # the longest phrase first; "Monday's vote" is content
            phrase = " ".join(w.group() for w in words[:n]).rstrip(",.;:")
            if phrase in phrases or (phrase.lower() in phrases and phrases[phrase.lower()]):
                last = words[n - 1]
                lo = last.start() + len(last.group().rstrip(",.;:"))
                break
        else:
            return lo


_NON_SPACE = re.compile(r"\S+")
_ADJUNCTS: dict[int, tuple] = {}


def _adjuncts(registry: Registry) -> tuple[dict[str, bool], int, set[str]]:
    """The registry's adjunct phrases (True when any case matches), the most words in one, and their first
    words (as written, lower case and capitalised). They are looked up here, after cues only, rather than in the scan
    of every paragraph, which they would slow."""
    cached = _ADJUNCTS.get(id(registry))
    if cached is None or cached[0] is not registry:
        phrases = {d.phrase: d.phrase == d.phrase.lower() for d in registry.descriptors if d.kind == "adjunct"}
        firsts = {w for p in phrases for w in (p.split()[0], p.split()[0].lower(), p.split()[0].capitalize())}
        cached = _ADJUNCTS[id(registry)] = (registry, phrases, max((len(p.split()) for p in phrases), default=0),
                                            firsts)
    return cached[1], cached[2], cached[3]


def _cut_newsroom_formula(text: str, lo: int, hi: int, registry: Registry) -> int:
    """The end of the words before a trailing formula of the newsroom (", Pulse has learned.")."""
    comma = text.rfind(",", lo, hi)
    tail = text[comma + 1:hi]
    if comma < 0 or len(tail.split()) > 7:       # most words end with no formula: no scan for them
        return hi
    hits = registry.find("newsroom", tail)
    if hits and not tail[hits[-1].end():].strip(" .!?\"”’'") and len(tail[:hits[-1].start()].split()) <= 4:
        return comma
    return hi


def _trailing(p: _Paragraph, cue: _Cue, s_hi: int, registry: Registry) -> bool:
    """'..., party sources have told the paper.': the cue ends its sentence, its words come before it."""
    k = cue.subject_start if cue.subject_start >= 0 else max(0, len(p.text) + cue.subject_start)
    while k > 0 and p.text[k - 1].isspace():
        k -= 1
    k = _with_article(p.text, k)
    while k > 0 and p.text[k - 1].isspace():
        k -= 1
    if not p.text.endswith((",", ",\"", ",”"), 0, k):
        return False
    rest = _skip_adjuncts(p.text, cue.end, s_hi, registry)
    rest = _skip_adjuncts(p.text, _skip_addressee(p.text, rest, s_hi, registry), s_hi, registry)
    return rest >= s_hi or _CLOSING.fullmatch(p.text, rest, s_hi) is not None or \
        _PREPOSITIONAL_TAIL.fullmatch(p.text, rest, s_hi) is not None or \
        ((dash := _DASH_AFTER.match(p.text, rest)) is not None and _DASH_AFTER.search(p.text, dash.end(), s_hi) is None)


#: What opens a description of the speaker after its comma, not the rest of the words ("..., warned Dr Jo
#: Bloggs, a GP in Leeds"; "..., said Jo Bloggs, who chairs the trust").
_APPOSITIVE_START = re.compile(r"\s*(?:a|an|the|who|which|whose|its|his|her|their|one|another|and|but|adding|"
                               r"saying)\b", re.I)
#: What opens a clause of its own after a cue's comma ("The plan, she said, and she added ..."), not the rest
#: of words that the cue interrupts.
_NEW_CLAUSE_START = re.compile(r"\s*(?:who|which|whose|and|but|adding|saying)\b", re.I)
#: An indefinite article just before a subject's noun phrase.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|one|another)$", re.I)


def _with_article(text: str, i: int) -> int:
    """Where a subject starting at i starts with its indefinite article ("..., a senior doctor has warned")."""
    k = i
    while k > 0 and text[k - 1].isspace():
        k -= 1
    article = _ARTICLE_BEFORE.search(text, max(0, k - 10), k)
    return article.start() if article is not None else i


#: A phrase of circumstance between a cue and its "that" ("in its launch statement that", "at a rally on
#: Monday that"): up to six words after the preposition.
_CIRCUMSTANCE_THEN_THAT = re.compile(r"\s*(?:in|on|at|during|after|before|via|through|to)\s+"
                                     r"(?:[\w'’-]+\s+){1,6}?that\s")
#: A comma just before a subject (white space aside): the cue's clause opens after it.
_COMMA_BEFORE = re.compile(r",\s*$")
#: A spaced dash right after a cue: what follows is the reporter's gloss ("..., he said – meaning that ...").
_DASH_AFTER = re.compile(r"\s+[–—-]\s")


_OBJECT_PRONOUN = re.compile(r"\s*(?:me|us|him|her|them|you)\b(?:\s+that\b)?", re.I)


def _skip_addressee(text: str, lo: int, hi: int, registry: Registry) -> int:
    """The offset after the addressee of "told" ("told the Guardian", "told BBC Radio 5 live's show")."""
    first = _SPACES.match(text, lo, hi).end()
    window = text.find(" ", first + _ADDRESSEE_WINDOW, hi) if first + _ADDRESSEE_WINDOW < hi else -1
    for m in registry.find("addressee", text, lo, window if window >= 0 else hi):
        if not text[lo:m.start()].strip():
            if not text.startswith(("'s", "’s"), m.end()):
                return m.end()                   # a known addressee: the content starts right after it
            lo = m.end()                         # "told BBC Radio 4's Today programme": go on
        break
    pronoun = _OBJECT_PRONOUN.match(text, lo, hi)
    if pronoun is not None:
        return pronoun.end()                     # "told me the Bill would ...", "told them that ..."
    i = lo
    words = _WORD.finditer(text, lo, hi)         # read lazily: the run of names is short, the rest long
    t = next(words, None)
    while t is not None:                         # an unknown one: a run of names ("Radio 5 live's")
        word, after = t.group(), next(words, None)
        nxt = after.group() if after is not None else ""
        if word[0].isupper() or word[0].isdigit() or word in ("'s", "’s", "programme") or \
                word.endswith(("'s", "’s")) or (word == "the" and nxt[:1].isupper()):
            i = t.end()
        else:
            break
        t = after
    return i
