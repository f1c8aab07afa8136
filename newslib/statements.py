"""Who says what: statements, their speakers and their camps.

:func:`statements` turns a corpus into a table with one row per statement: each quotation or reported
view, attributed to whoever the article says is speaking. The rules are those of
``seeds/statements_codebook.md``; the vocabulary (names, camps, cues, descriptor words) is data, read by
:mod:`newslib.actors`. One article is processed at a time by :func:`article_statements`, with no state
shared between articles, so articles can be processed in parallel.

How a statement is found, in one pass over each paragraph:

1. quotation marks are paired (:mod:`newslib.quotes`); cues and mentions are found outside quotations;
2. each cue gets a speaker: the nearest mention before it in its clause, skipping objects ("to X",
   "against X"), or the mention after it for "according to X" and inverted "..., said X"; participles
   ("..., saying") inherit the previous cue's speaker; pronouns and definite descriptions ("she", "the
   spokeswoman", "the party") go to the most recent compatible speaker or mention; anonymous people
   ("a No.10 spokeswoman", "party sources") become the body they speak for;
3. each quotation takes the nearest cue before it in its sentence, else the nearest after it, else (a
   quotation standing as its own sentence) the speaker of the sentence before, or the body whose name
   stands alone in a paragraph above it (a round-up's heading: "Canal Trust");
4. each cue with content whose speaker has no quotation from it gives a ``reported`` row.

The stages live in their own modules: :mod:`newslib.segmentation` (step 1), :mod:`newslib.speakers`
(step 2) and :mod:`newslib.reported` (the words of step 4); this module puts them together.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from .actors import Registry
from .articles import Article
from .debate import Debate, load_registry
from .quotes import find_quotations, is_direct
from .reported import _PREPOSITIONAL_TAIL, _complement
from .segmentation import _Paragraph
from .sentences import ASIDE
from .speakers import _Resolver, _Speaker, _joint, _speaker_of

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Statement", "STATEMENT_COLUMNS", "article_statements", "statements", "compare_with_gold"]

#: The columns of :func:`statements`, in order.
STATEMENT_COLUMNS = ("article_id", "paragraph", "speaker", "role", "camp", "kind", "cue", "text", "start",
                     "end", "quote_id", "turn")


@dataclass(frozen=True)
class Statement:
    """One statement: a quotation or reported view attributed to a speaker (one row of the table)."""

    article_id: str
    paragraph: int
    speaker: str
    role: str
    camp: str
    kind: str
    cue: str
    text: str
    start: int
    end: int
    quote_id: str
    turn: str = ""


def _quotes_by_sentence(p: _Paragraph) -> list[list]:
    """The quotations that open in each sentence, in order; continued ones also go to the first sentence.

    Grouped in one pass, so a paragraph of many sentences is not read again for each of them.
    """
    found: list[list] = [[] for _ in p.sentences]
    starts = [a for a, _ in p.sentences]
    for q in p.quotes:
        k = bisect_right(starts, q.open_mark) - 1
        inside = k >= 0 and q.open_mark < p.sentences[k][1]
        if q.part and not (inside and k == 0):
            found[0].append(q)
        if inside:
            found[k].append(q)
    return found


def article_statements(article: Article, registry: Registry | None = None, nested: bool = True
                       ) -> list[Statement]:
    """The statements of one article, in order of paragraph and offset.

    Parameters
    ----------
    article : Article
    registry : Registry, optional
        From :func:`newslib.debate.load_registry`; the packaged debate's by default.
    nested : bool
        Whether to read quotations again for what they report of others (:func:`_nested`); that reading
        is done once, so a report inside a report inside a quotation is not read.

    Returns
    -------
    list of Statement

    Examples
    --------
    >>> from datetime import datetime, timezone
    >>> a = Article("x", datetime(2012, 2, 7, tzinfo=timezone.utc), None, "T",
    ...             ('Shadow health minister Jo Bloggs said: "Drop the bill."', '"Now," she added.'))
    >>> [(s.speaker, s.camp, s.kind, s.cue, s.text) for s in article_statements(a)]
    [('Jo Bloggs', 'labour', 'direct', 'said', 'Drop the bill.'), ('Jo Bloggs', 'labour', 'direct', 'added', 'Now,')]
    """
    registry = load_registry(registry)
    by_paragraph: dict[int, list] = {}
    for q in find_quotations(article.paragraphs, article.source or article.article_id):
        by_paragraph.setdefault(q.paragraph, []).append(q)
    resolver = _Resolver(registry)
    out: list[Statement] = []
    by_number: dict[int, tuple[_Speaker, str, str]] = {}
    last_attribution: tuple[_Speaker, str] | None = None
    lead_in: tuple[_Speaker, str] | None = None      # a paragraph that ends "X said:"
    # A transcript whose speakers' names stand in paragraphs of their own ("ANDREW MARR:"): each label's
    # paragraphs after it are that speaker's turn, up to the next label; only when the article has two labels
    labels = [_LABEL.fullmatch(text) for text in article.paragraphs]
    labelled = sum(m is not None for m in labels) >= 2
    # A letters page: each signed letter's paragraphs are its signatories' words (a signature closes them)
    letters = _letters(article.paragraphs, registry)
    initials: dict[str, _Speaker] = {}               # "Dr Jo Reed (JR)": a panel's speakers by their initials
    turn_of: _Speaker | None = None
    for index, text in enumerate(article.paragraphs, start=1):
        p = _Paragraph(text, by_paragraph.get(index, []), registry)
        rows: list[Statement] = []

        def add(speaker: _Speaker, kind: str, cue: str, lo: int, hi: int, number: int | None) -> None:
            if not text[lo:hi].strip():
                return                           # a stray mark's empty quotation holds no words
            qid = f"{article.article_id}:q{number}" if number is not None else ""
            rows.append(Statement(article.article_id, index, speaker.name, speaker.role, speaker.camp, kind,
                                  cue, text[lo:hi], lo, hi, qid))

        lead = len(text) - len(text.lstrip())
        letter = letters.get(index)
        if letter is not None and letter[1] <= lead:
            resolver.remember(p)                 # a signature alone in its paragraph: no words of its own
            continue
        if labelled and labels[index - 1] is not None:
            turn_of, lead_in, last_attribution = _label_speaker(registry, labels[index - 1].group("who")), None, None
            resolver.remember(p)
            continue
        if labelled and turn_of is not None and text.strip():
            add(turn_of, "direct", ":", lead, len(text.rstrip()), None)
        heading = _body_heading(p, lead)
        if heading is not None:
            # a round-up's heading, a body's name standing alone ("Canal Trust"): the bare
            # quotations under it are the body's, as a bare quotation is the last speaker's
            last_attribution, lead_in = (heading, "(heading)"), None
            resolver.remember(p)
            continue
        label = _INITIALS_LABEL.match(text) if initials else None
        if label is not None and any(q.open_mark == label.end() for q in p.quotes):
            # "JR 'We are ready.'": a panel's answer under its speaker's initials, defined before (initials
            # not defined name no one, and the answer is not the last speaker's either)
            known = initials.get(label.group(1))
            last_attribution, lead_in = ((known, label.group(1)) if known is not None else None), None
        else:
            label = None
        line = _TRANSCRIPT.match(text)
        if line is not None and not any(q.open_mark < line.end() for q in p.quotes):
            # "Bloggs: Why won't he drop the Bill?": a transcript line, the name's words
            said = resolver.transcript(p, line.start("who"), line.end("who"))
            if said is not None and len(text.rstrip()) > line.end():
                add(said, "direct", ":", line.end(), len(text.rstrip()), None)
                last_attribution = (said, ":")
        if lead_in is not None and text.strip() and not any(q.open_mark == lead for q in p.quotes):
            # "Their reporter Jo Bloggs writes:" and then a paragraph with no quotation marks: a block
            # quotation whose marks the page dropped is the speaker's, whole
            add(lead_in[0], "direct", lead_in[1], lead, len(text.rstrip()), None)
        lead_in = None
        starts = [c.start for c in p.cues]
        quotes_of = _quotes_by_sentence(p)
        for s_index, sentence in enumerate(p.sentences):
            s_lo, s_hi = sentence
            cues = p.cues[bisect_left(starts, s_lo):bisect_left(starts, s_hi)]
            for k, cue in enumerate(cues):
                resolver.resolve(p, cue, sentence, cues, k)
            attributed_here: tuple[_Speaker, str] | None = None
            # Cues that attribute a quotation before them ("X called it "a tax" and said ..."): the quotation
            # is not in their complement, so words of their own after them are a statement too.
            ahead: set[int] = set()
            for q in quotes_of[s_index]:
                if q.number in p.labels:
                    continue
                if q.part:
                    if q.number in by_number:
                        speaker, cue_text, kind = by_number[q.number]
                        add(speaker, kind, cue_text, q.start, q.end, q.number)
                        attributed_here = (speaker, cue_text)
                    continue
                kind = "direct" if is_direct(text, q.open_mark, q.start) or \
                    (label is not None and q.open_mark == label.end()) else "partial"
                close = q.end if q.close_mark < 0 else q.close_mark
                before = [c for c in cues if c.end <= q.open_mark and c.speaker is not None]
                near = max(s_lo, q.open_mark - _ASIDE_REACH)
                if before and ASIDE.search(text, near, q.open_mark):
                    # "X said the college's stance – which follows the call from Y for ... – was 'sad'": a
                    # cue inside an aside that closes before the quotation does not claim it (asides are
                    # looked for just before the quotation, so a long sentence is not read again for each)
                    shut = [(m.start(), m.end()) for m in ASIDE.finditer(text, near, q.open_mark)]
                    before = [c for c in before if not any(a <= c.start and c.end <= b for a, b in shut)]
                after = [c for c in cues if c.start >= close and c.speaker is not None]
                chosen = before[-1] if before else after[0] if after else None
                if chosen is not None:
                    if chosen.speaker.none:
                        continue
                    if not before and not chosen.words_before and 0 <= chosen.subject_start < q.open_mark:
                        ahead.add(id(chosen))    # the speaker named before the quotation, the cue after it
                    elif not before and not chosen.words_before and close <= chosen.subject_start < chosen.start \
                            and len(text[s_lo:q.open_mark].split()) >= 2:
                        pass                     # 'Calling it "a step", Jo said the Bill ...': the words after
                        #                          the cue are a complement of their own, not this quotation
                    else:
                        chosen.quoted = True
                    speaker, cue_text = chosen.speaker, chosen.phrase
                elif last_attribution is not None and not cues and not _names_another(
                        p.between(near, q.open_mark), last_attribution[0].name):
                    # a quotation in a sentence of its own, or a fragment in a sentence with no cue, right
                    # after an attributed sentence: the same speaker's words (codebook N10), unless the
                    # sentence names another person or body before it ("A statement from the BMA read: ...")
                    speaker, cue_text = last_attribution
                else:
                    continue
                by_number[q.number] = (speaker, cue_text, kind)
                add(speaker, kind, cue_text, q.start, q.end, q.number)
                attributed_here = (speaker, cue_text)
            spans: list[tuple[str, int, int]] = []
            for cue in cues:
                if cue.speaker is None or cue.speaker.none or cue.quoted or not cue.content:
                    continue
                lo, hi = _complement(p, cue, cues, sentence, registry)
                if any(name == cue.speaker.name and a <= lo and hi <= b for name, a, b in spans[-2:]):
                    continue                     # "X said she feared that ...": words already inside X's own
                if cue.motion:                   # "a motion calling for X - was defeated": the call ends
                    cut = _MAIN_VERB.search(text, lo, hi)    # where the sentence's own verb or a dash comes
                    hi = cut.start() if cut else hi
                if id(cue) in ahead and (lo < cue.end or any(q.start < hi and lo < q.end for q in quotes_of[s_index])):
                    continue                     # only the quotation itself, or words around it
                if hi <= cue.start and any(q.number in by_number and by_number[q.number][0].name == cue.speaker.name
                                           and lo <= q.start and q.end <= hi for q in quotes_of[s_index]):
                    continue                     # 'X called it "a tax", he said.': the quotation is the words
                if hi > lo and _ONLY_SUBJECT.fullmatch(text, lo, hi):
                    continue                     # "told the BBC they were | concerned that ...": the next
                    #                              cue's subject, whose own words follow it
                if hi > lo and not _ADDRESSEE.match(text, lo, hi):
                    spans.append((cue.speaker.name, lo, hi))     # (the last two only: linear in the cues)
                    add(cue.speaker, "reported", cue.phrase, lo, hi, None)
                    attributed_here = attributed_here or (cue.speaker, cue.phrase)
            ends_with_cue = bool(cues) and cues[-1].speaker is not None and \
                text[cues[-1].end:s_hi].rstrip().endswith(":")
            if attributed_here is not None:
                last_attribution = attributed_here
            elif ends_with_cue:
                last_attribution = (cues[-1].speaker, cues[-1].phrase)
            else:
                last_attribution = None
            if ends_with_cue and s_index == len(p.sentences) - 1 and not cues[-1].speaker.none \
                    and (not (rest := text[cues[-1].end:].strip(" :\n")) or
                         _PREPOSITIONAL_TAIL.fullmatch(rest)):      # "... said at the daily briefing:"
                lead_in = (cues[-1].speaker, cues[-1].phrase)
            elif s_index == len(p.sentences) - 1 and text.rstrip().endswith(":") and not any(
                    c.speaker is not None and not c.speaker.none for c in cues):
                # "Here is the full statement from the BMA:": the noun's giver introduces what follows
                source = resolver.source_of(p, s_lo, len(text.rstrip()) - 1)
                if source is not None and not source[0].none:
                    lead_in = last_attribution = source
        if "(" in text:
            for m in _INITIALS_DEFINED.finditer(text):
                who = resolver.transcript(p, m.start("name"), m.end("name")) or \
                    _label_speaker(registry, m.group("name"))
                if who is not None:
                    title = registry.descriptor("title", m.group("name").split()[0].rstrip("."))
                    camp = who.title_camp or (title.camp if title is not None else "")
                    initials[m.group("abbr")] = who._replace(camp=camp) if who.camp == "other" and camp else who
        if letter is not None:                  # the letter's paragraph is its signatories' statement
            add(letter[0], "direct", "signature", lead, len(text[:letter[1]].rstrip()), None)
        resolver.remember(p)
        if nested:
            rows += _nested(article.article_id, index, text, p.quotes, registry)
        out.extend(sorted(rows, key=lambda r: (r.start, r.end)))
    return _turns(out, article.article_id)


#: Words cut short by the next cue that are only that cue's subject: a pronoun and its auxiliaries.
_ONLY_SUBJECT = re.compile(r"\s*(?:he|she|they|it|we|i|you)(?:\s+(?:was|were|is|are|had|has|have|would|will|also|"
                           r"still|remained|remains|had been|have been|has been|'d))*\s*[,.]?\s*", re.I)

#: A name or a registry body before a verb of saying, inside a quotation: worth reading the quotation again.
_NESTED_HINT = re.compile(r"[A-Z][\w'’.-]*\s+(?:(?:has|have|had|was|is|also|then|now|very)\s+)*"
                          r"(?:said|says|told|insisted|claimed|argued|warned|called for|urged|wants|promised|"
                          r"pledged|accepted|admitted|agreed|insistent)\b")


def _nested(article_id: str, index: int, text: str, quotes: list, registry: Registry) -> list[Statement]:
    """Statements that a speaker's quotation reports of someone else ("The minister said: 'When we met,
    Jo Bloggs said the plans were sound'"): the quotation read again as a paragraph of its own, keeping
    only the statements of a person or body it names (codebook: nested reports are coded to their own
    speakers). A pronoun inside the quotation has no antecedent there, so it gives no statement; a
    quotation is read again only when a capitalised word comes before a verb of saying in it."""
    found: list[Statement] = []
    for q in quotes:
        inner = text[q.start:q.end]
        if q.end - q.start < 20 or _NESTED_HINT.search(inner) is None:
            continue
        sub = Article(article_id, _NESTED_DATE, None, "", (inner,))
        for row in article_statements(sub, registry, nested=False):
            named = row.speaker and any(word in inner[:row.start] for word in row.speaker.replace(";", " ").split()
                                        if word[:1].isupper())
            if named and row.kind == "reported":
                found.append(replace(row, paragraph=index, start=q.start + row.start, end=q.start + row.end,
                                     quote_id="", turn=""))
    return found


def _names_another(mentions: list, name: str) -> bool:
    """Whether these mentions name a person or body other than ``name``, and never ``name`` itself."""
    actors = {m.actor.name for m in mentions if m.kind == "actor"}
    return bool(actors) and name not in actors


def _turns(rows: list[Statement], article_id: str) -> list[Statement]:
    """Number the turns: a turn is a run of statements, in text order, that the article gives to one speaker,
    in one paragraph or consecutive ones ("X said ... She added: ..." and the paragraphs of her quotation).
    Stance reads a turn as context (stance rule 10), never who the speaker is."""
    turn, previous = 0, None
    for row in rows:
        if previous is None or row.speaker != previous.speaker or row.paragraph - previous.paragraph > 1:
            turn += 1
        # the rows were made by this article's reading and are not shared yet: set in place (a frozen
        # dataclass's replace() copies every field, a cost per statement the benchmark shows)
        object.__setattr__(row, "turn", f"{article_id}:t{turn}")
        previous = row
    return rows


#: The dateline of a quotation read again as an article of its own (any date: it is never shown).
_NESTED_DATE = datetime(2000, 1, 1, tzinfo=timezone.utc)

#: A transcript's speaker label alone in its paragraph ("ANDREW MARR:", "Jo Bloggs:"): up to four capitalised words.
_LABEL = re.compile(r"\s*(?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):\s*")


def _body_heading(p: _Paragraph, lead: int) -> _Speaker | None:
    """The body whose name is the whole paragraph (a heading in a round-up of reactions), or None."""
    end = len(p.text.rstrip())
    if not 0 < end - lead <= 80 or p.quotes:
        return None
    start = lead + 4 if p.text.startswith(("The ", "the "), lead) else lead
    for m in p.mentions:
        if m.kind == "actor" and m.actor.type in ("body", "party") and m.start in (lead, start) and m.end == end:
            return _speaker_of(m.actor)
    return None


def _label_speaker(registry: Registry, who: str) -> _Speaker | None:
    """The speaker a transcript label names: a person or body of the registry (a label in capitals is read
    in title case), else a name of two to four words, placed nowhere (``other``); None for anything else
    (a heading such as "Background:")."""
    name = " ".join(w.capitalize() for w in who.split()) if who.isupper() else who
    actor = registry.actor(name) or registry.actor(who)
    if actor is not None:
        return _speaker_of(actor)
    words = name.split()
    if 2 <= len(words) <= 4 and all(w.replace("'", "").replace("’", "").replace("-", "").replace(".", "").isalpha()
                                    for w in words):
        return _Speaker(name, "other")
    return None


#: A person named with the initials a panel's answers will carry: "Dr Jo Reed (JR), chair of ...".
_INITIALS_DEFINED = re.compile(r"(?P<name>(?:(?:Dr|Prof|Professor|Sir|Dame|Lord|Baroness|Mr|Mrs|Ms|Miss)\.?\s+)?"
                               r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+\((?P<abbr>[A-Z]{2,4})\)")
#: ... and an answer opening with them, then a quotation: "JR 'We are ready.'"
_INITIALS_LABEL = re.compile(r"\s*([A-Z]{2,4})\s+(?=[\"“‘'])")
#: One signatory of a letter: an optional title, two to five capitalised words or initials (with "de", "van"
#: ...), and optional letters after the name ("Simon Burns MP", "Dr Jo Reed FRCGP", "Prof J. K. Bloggs").
_SIGNATORY = re.compile(r"(?:(?:Dr|Prof|Professor|Lord|Baroness|Lady|Sir|Dame|Rev|Cllr|Mr|Mrs|Ms|Miss)\.?\s+)?"
                        r"(?P<name>(?:(?:(?![A-Z]{2,}\b)[A-Z][\w'’-]*\.?|de|van|von|der|du|le|la)\s+){1,4}"
                        r"(?![A-Z]{2,}\b)[A-Z][\w'’-]+)"
                        r"(?:\s+[A-Z]{2,}(?:\s+[A-Z]{2,})*)?")
_SIGNATORIES = re.compile(r"\s*{0}(?:(?:,\s*|\s+and\s+){0})*\s*".format(_SIGNATORY.pattern.replace("?P<name>", "")))
#: What ends the prose of a letter before its signature: the end of a sentence or a quotation.
_LETTER_END = re.compile(r"[.!?\"”’')]\s*$")


def _signature(text: str) -> tuple[int, list[str], str] | None:
    """A letter's signature closing ``text``: where it starts, the signatories' names and the line after
    them (a place or an office), or None. A signature is two or three short last lines, the first naming
    only people and the next a place or an office, none ending a sentence (a name alone on its line may be a
    caption or a heading, so it signs nothing)."""
    lines = text.rstrip().split("\n")
    for k in (2, 3):
        if k > len(lines):
            break
        tail = lines[-k:]
        if any(len(line.split()) > 12 or not line.strip() or line.rstrip()[-1] in ".!?:;\"”’" for line in tail):
            break
        if _SIGNATORIES.fullmatch(tail[0]) is None:
            continue
        names = [m.group("name") for m in _SIGNATORY.finditer(tail[0])]
        start = len("\n".join(lines[:-k])) + (1 if len(lines) > k else 0)
        return start, names, " ".join(line.strip() for line in tail[1:])
    return None


def _letters(paragraphs: Sequence[str], registry: Registry) -> dict[int, tuple[_Speaker, int]]:
    """Signed letters: for each paragraph of a letter (1-based), its signatories and where the paragraph's
    own words end (before a signature on its last lines; 0 for a paragraph that is only a signature). A
    letter runs from the paragraph after the previous signature to its own; its prose must end a sentence
    before the signature. Letters to a newspaper are statements of those who sign them (batch-9 decision)."""
    found: dict[int, tuple[_Speaker, int]] = {}
    first = 1
    for index, text in enumerate(paragraphs, start=1):
        sig = _signature(text) if "\n" in text.strip() else None
        if sig is None:
            continue
        start, names, line = sig
        prose = text[:start].rstrip()
        before = [i for i in range(first, index) if paragraphs[i - 1].strip()]
        if (prose and not _LETTER_END.search(prose)) or (not prose and not before) or \
                (not prose and not _LETTER_END.search(paragraphs[before[-1] - 1].rstrip())):
            first = index + 1
            continue
        speaker = _signed_by(registry, names, line)
        for i in before:
            found[i] = (speaker, len(paragraphs[i - 1]))
        found[index] = (speaker, start if prose else 0)
        first = index + 1
    return found


def _signed_by(registry: Registry, names: list[str], line: str) -> _Speaker:
    """The speaker of a letter: its signatories, each a registry person or a name placed by the line under
    them ("Health minister", "Labour, House of Lords", "GP, Leeds"); several are one joint speaker."""
    placed = registry.place(line) if line else None
    people = []
    for name in names:
        actor = registry.actor(name)
        people.append(_speaker_of(actor) if actor is not None else
                      _Speaker(name, placed.camp if placed and placed.camp else "other", line))
    joint = _joint(people, line)
    return joint._replace(camp=placed.camp) if len(people) > 1 and placed and placed.camp else joint


#: A transcript line ("Bloggs: Why not?"): up to four capitalised words, a colon, and words that are not a quotation.
_TRANSCRIPT = re.compile(r"\s*(?P<who>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):[ \t]+(?=[^\s\"“‘'])")

#: Where the call of "a motion calling for ..." ends: a dash, or the verb of the sentence it is the subject of.
#: how far before a quotation an aside or another name is looked for (characters; keeps the work linear)
_ASIDE_REACH = 300
_MAIN_VERB = re.compile(r"\s+[–—-]\s+|,?\s+(?:was|were|is|are|has been|have been|had been|will be|would be)\s+"
                        r"(?:\w+ly\s+)?(?:also\s+)?(?:defeated|rejected|carried|passed|approved|backed|voted|"
                        r"signed|supported|debated|tabled|thrown out|lost|won|accepted|agreed|dropped|withdrawn|"
                        r"ignored|dismissed|rebuffed|heeded|echoed|welcomed|criticised|criticized)\b")

#: "responds to the minister's call", "replied to a letter": what follows is what the cue answers, not
#: its words (an infinitive, "pledged to scrap the Bill", is kept).
_ADDRESSEE = re.compile(r"to\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|[A-Z][\w'’-]*)\b")


def _articles(corpus: "pd.DataFrame | Iterable[Article]") -> Iterable[Article]:
    if hasattr(corpus, "columns"):
        return list(corpus["article"])
    return corpus


def statements(corpus: "pd.DataFrame | Iterable[Article]", actors: str | Path | Registry | None = None,
               debate: str | Path | Debate | None = None) -> "pd.DataFrame":
    """One row per statement in a corpus.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        The table from :func:`newslib.articles.load_corpus` (its ``article`` column is used), or articles.
    actors : path, Registry or None
        An actor registry CSV in the format of a pack's ``actors.csv``, used instead of the pack's; None
        for the pack's own.
    debate : path, Debate or None
        The debate pack (its camps, actors and descriptors; see :mod:`newslib.debate`); None for the
        packaged one, the Health and Social Care Bill.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`STATEMENT_COLUMNS`: ``article_id, paragraph`` (1-based body paragraph),
        ``speaker, role, camp, kind`` (direct, partial or reported), ``cue, text, start, end`` (so that
        ``paragraph_text[start:end] == text``), ``quote_id`` (shared by the paragraphs of one quotation;
        empty for reported speech) and ``turn`` (shared by consecutive statements of one speaker in one
        paragraph or adjacent ones: the context stance reads). Sorted by article, paragraph and start.

    Raises
    ------
    ActorRegistryError
        If ``actors`` names a malformed registry, or one with a camp the pack does not have.
    DebateFormatError
        If ``debate`` names a malformed pack (both are :class:`newslib.errors.InputError`).

    Examples
    --------
    >>> from newslib.articles import load_corpus
    >>> from newslib.paths import SEEDS
    >>> table = statements(load_corpus(SEEDS))
    >>> table.groupby("camp").size().to_dict()
    {'government': 17, 'health_professionals': 8, 'labour': 18, 'other': 3}
    """
    import pandas as pd

    registry = load_registry(actors, debate)
    row = attrgetter(*STATEMENT_COLUMNS)          # a tuple per statement: cheaper than a dict per row
    rows = [row(s) for a in _articles(corpus) for s in article_statements(a, registry)]
    frame = pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))
    frame = frame.astype({"paragraph": "int64", "start": "int64", "end": "int64"})
    return frame.sort_values(["article_id", "paragraph", "start"], kind="stable").reset_index(drop=True)


def compare_with_gold(pred: "pd.DataFrame", gold: "pd.DataFrame",
                      key: tuple[str, ...] = ("article_id", "paragraph", "speaker", "camp", "kind")) -> dict:
    """Precision and recall of predicted statements against hand-coded ones, matched as multisets on a key.

    Parameters
    ----------
    pred, gold : DataFrame
        Tables with the columns of ``key`` (e.g. :func:`statements` and ``seeds/statements_gold.csv``).
    key : tuple of str
        The columns that must agree for a match.

    Returns
    -------
    dict
        ``precision, recall, f1, true_positives, n_pred, n_gold`` and the unmatched keys as
        ``missed`` (in gold only) and ``spurious`` (predicted only), each a sorted list of tuples.

    Examples
    --------
    >>> import pandas as pd
    >>> g = pd.DataFrame({"a": [1, 1, 2]}); p = pd.DataFrame({"a": [1, 3]})
    >>> r = compare_with_gold(p, g, key=("a",)); r["precision"], round(r["recall"], 3), r["missed"]
    (0.5, 0.333, [('1',), ('2',)])
    """
    from collections import Counter

    def keys(frame: "pd.DataFrame") -> Counter:
        # as strings, so a CSV read back (paragraph "3") matches a fresh table (paragraph 3)
        return Counter(tuple(row) for row in frame[list(key)].astype(str).itertuples(index=False))

    p, g = keys(pred), keys(gold)
    hit = sum((p & g).values())
    n_pred, n_gold = sum(p.values()), sum(g.values())
    precision = hit / n_pred if n_pred else 1.0
    recall = hit / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_positives": hit, "n_pred": n_pred,
            "n_gold": n_gold, "missed": sorted((g - p).elements()), "spurious": sorted((p - g).elements())}
