"""Statement extraction: direct quotes and reported speech, with cue, speaker and actor.

``extract_statements(doc)`` works on one parsed document and never parses again. The passes,
each linear in the document:

1. quotes (analysis/quotes.py) paired by context; every top-level quote looks for a tight
   attribution right after it ('"X," he said', '"X" — Commissioner Y', '"X," according to Y')
   or right before it ('Y said: "X"', 'From the ministry: "X"');
2. every reporting verb outside quotes (analysis/data/reporting_verbs.yaml) takes its content
   from the tree: a complement clause ("said that X"), an object ("described X as Y", "called
   X Y", "denied reports that X", "accused X of Y"), the clause it interrupts ("X, he said,
   Y"), with passives and participles ("was quoted as saying X", ", saying X");
   2b. a report closing its sentence after a comma ("X, health officials in Y said") when
   the parser hung the verb or its speaker inside X, and a subjectless report whose speaker
   the parser made an appositive ("In Lima, a spokesperson for Y said ...");
3. "according to X" / "per X", and headline "Speaker: claim";
4. a bare quote that opens a sentence continues the last speaker of its paragraph, or of the
   previous paragraph when its own paragraph names no one else;
5. speakers are resolved in text order (analysis/attribution/) and placed as actors.

A reported clause that contains quoted words is one ``mixed`` statement; content wholly inside
quote marks is ``direct``. Nested reports keep ``parent`` = the enclosing content span.
"""

from analysis.registry import load_registry
from analysis.reporting_verbs import FRAMES, VERBS_PATH, load_reporting_verbs
from analysis.statements.extract import extract_statements

__all__ = [
    "extract_statements",
    "FRAMES",
    "VERBS_PATH",
    "load_registry",
    "load_reporting_verbs",
]
