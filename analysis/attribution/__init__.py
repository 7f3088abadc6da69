"""Who said it: speaker mentions, a light anaphora resolver, and actor/group placement.

Three steps, all linear in the document:

1. ``mention_at(head)`` turns a subject token into a :class:`Mention`: the noun phrase as
   written (cut before a comma, so relative clauses stay out), the person's name (a PERSON
   entity inside it or in an appositive) and the role phrase that places the person
   ("Jane Doe, a spokeswoman for the Kenyan interior ministry").
2. ``Attributor.resolve`` maps pronouns ("he", "they", "it", "one of them") and definite
   descriptions ("the ministry", "the general", "the officials") to the most recent compatible
   mention before them: gender from titles, role words and earlier pronouns; number from the
   tag; organisations answer to "it"/"they". Anything that does not resolve stays as written.
3. ``Attributor.actor`` places the resolved mention: the registry first (an alias anywhere in
   name or role), then rules: a country word (name, demonym, possessive, "Tehran-based", or
   the article's dateline) plus an institution noun gives ``<Adjective> government|military|
   media``; analysts give experts, residents give public. What cannot be placed is unknown.

Where the speaker's own words name no country: a state role takes the state named just before
it ("Iraq's foreign ministry ... Foreign ministry spokesman X"), else the dateline, else the
outlet's country (news copy gives no country word for its own officials), else the country the
story is about (named most, or the only one named); ordinary people take
a place named as a location just before them, else the story's country (dateline, the country
the text names most, the outlet). Vague voices ("a Western diplomat", "officials on both
sides", "a source close to the investigation", a generic official in a sentence that names
another country, "Western media", "people familiar with the talks") stay unknown. Unnamed
employers: "the hospital" is the institution just named as a subject, and stays so for every
later mention; its staff follow it. A role that names its employer by a common noun ("union
president X", "a hospital spokesman", "a spokeswoman for the company", "Its chief economist")
speaks for the institution the text names in full with that noun, or the one "its" refers to.

The people of the article come from one table (``analysis.entities.EntityTable``), built once
per document: every person name outside quotes merged by identity (full name, surname, a
family name first), with NER's label overruled by the article's own evidence ("X, who heads",
"X of the <body>" make a person; "X's revenue", "X, which", "X, the trust" make a body), and
the roles the article states in clauses of their own ("X is chief executive of Y"). A speaker
mention that places nobody asks the table (``_profile``); a body's bare name takes the
placement of its first described mention (``_as_named_before``).
"""

from analysis.attribution.attributor import Attributor
from analysis.attribution.home import default_country
from analysis.attribution.mention import DocTokens, Mention, Resolved
from analysis.attribution.spans import bisect_tok, np_token_range
from analysis.attribution.words import PRONOUNS_F, PRONOUNS_IT, PRONOUNS_M, PRONOUNS_PL, VENUE

__all__ = [
    "Attributor",
    "DocTokens",
    "Mention",
    "PRONOUNS_F",
    "PRONOUNS_IT",
    "PRONOUNS_M",
    "PRONOUNS_PL",
    "Resolved",
    "VENUE",
    "bisect_tok",
    "default_country",
    "np_token_range",
]
