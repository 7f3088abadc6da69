"""Rules for parses the tagger gets wrong, tested on hand-built parses (the same sentence may
parse correctly with another model version, so the parse is fixed here, not left to chance).
Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc

from analysis.statements import extract_statements


def _doc(nlp, rows):
    """rows: (text, pos, tag, dep, head index, lemma, space after)."""
    words = [r[0] for r in rows]
    return Doc(nlp.vocab, words=words, spaces=[r[6] for r in rows], pos=[r[1] for r in rows],
               tags=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows],
               lemmas=[r[5] for r in rows], sent_starts=[True] + [False] * (len(rows) - 1))


def test_that_clause_parsed_as_an_adverbial_clause_is_the_content(nlp):
    rows = [
        ("Li", "PROPN", "NNP", "compound", 1, "Li", True),
        ("Wen", "PROPN", "NNP", "nsubj", 2, "Wen", True),
        ("wrote", "VERB", "VBD", "ROOT", 2, "write", True),
        ("on", "ADP", "IN", "prep", 2, "on", True),
        ("Twitter", "PROPN", "NNP", "pobj", 3, "Twitter", True),
        ("that", "SCONJ", "IN", "mark", 9, "that", True),
        ("Australian", "ADJ", "JJ", "amod", 7, "australian", True),
        ("ministers", "NOUN", "NNS", "nsubj", 9, "minister", True),
        ("were", "AUX", "VBD", "aux", 9, "be", True),
        ("inventing", "VERB", "VBG", "advcl", 2, "invent", True),
        ("grievances", "NOUN", "NNS", "dobj", 9, "grievance", False),
        (".", "PUNCT", ".", "punct", 2, ".", False),
    ]
    sts = extract_statements(_doc(nlp, rows))
    assert [s.content_text for s in sts] == ["Australian ministers were inventing grievances"]
    assert sts[0].speaker is not None and sts[0].speaker.text == "Li Wen"


def test_so_that_clause_is_not_a_content(nlp):
    rows = [
        ("He", "PRON", "PRP", "nsubj", 1, "he", True),
        ("wrote", "VERB", "VBD", "ROOT", 1, "write", True),
        ("early", "ADV", "RB", "advmod", 1, "early", True),
        ("so", "ADV", "RB", "advmod", 7, "so", True),
        ("that", "SCONJ", "IN", "mark", 7, "that", True),
        ("editors", "NOUN", "NNS", "nsubj", 7, "editor", True),
        ("could", "AUX", "MD", "aux", 7, "could", True),
        ("read", "VERB", "VB", "advcl", 1, "read", True),
        ("it", "PRON", "PRP", "dobj", 7, "it", False),
        (".", "PUNCT", ".", "punct", 1, ".", False),
    ]
    assert extract_statements(_doc(nlp, rows)) == []
