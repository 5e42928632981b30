"""Storing what the extractor proposes: each proposal becomes a draft claim with its
appearance in the article, for a curator to accept, fix or reject."""
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from factbase.claims import services
from factbase.claims.history import records_history_user
from factbase.claims.models import Claim, Source, Speaker
from factbase.claims.text import claim_text_hash, fold

from .models import ArticleImport
from .proposals import Proposal
from .readers import Article

# Names of bodies rather than people ("US-Verteidigungsministerium", "Bundesregierung", "the Ministry of ...").
_ORGANISATION = re.compile(
    r"ministerium|ministry|regierung|government|behorde|agentur|agency|kommission|commission|"
    r"verband|partei|party\b|fraktion|bundestag|parlament|parliament|senat\b|gericht|court\b|"
    r"militarfuhrung|fuhrung\b|armee|army\b|streitkrafte|polizei|police\b|staatsanwaltschaft|"
    r"pentagon|kreml|kremlin|weisses haus|white house|\bnato\b|\buno?\b|\beu\b|vereinte nationen|"
    r"united nations|konzern|unternehmen|company\b|gmbh|\bag\b|inc\b|ltd\b|institut|universitat|university|"
    r"amt\b|\brat\b|council|stiftung|foundation|gewerkschaft|union\b|verein\b|bundeswehr"
)


def speaker_kind_guess(name: str) -> str:
    """Organisation for names like "Ministerium", "Regierung", "Pentagon"; person otherwise."""
    return Speaker.Kind.ORGANISATION if _ORGANISATION.search(fold(name)) else Speaker.Kind.PERSON


def speaker_resolve_or_propose(*, name: str, description: str, user=None) -> tuple[Speaker, bool]:
    """The speaker `name` refers to (Speaker.objects.resolve), else a new unconfirmed one under
    that name, its kind guessed, for a curator to check: (speaker, created). The one way the
    importer and the review page turn a name into a speaker. Raises ValidationError for a name
    the database would refuse."""
    name = " ".join(name.split())
    speaker = Speaker.objects.resolve(name)
    if speaker is not None:
        return speaker, False
    return services.speaker_create(name=name, kind=speaker_kind_guess(name), confirmed=False,
                                   description=description, user=user), True


@dataclass
class ArticleResult:
    """What importing one article did."""

    article: Article
    source: Source | None = None
    proposals: list[Proposal] = field(default_factory=list)
    claims_created: int = 0
    speakers_created: int = 0
    unattributed: int = 0
    duplicate: bool = False  # the article was imported before: nothing was added
    record: ArticleImport | None = None

    @property
    def claims_known(self) -> int:
        """Proposals that matched a claim already on file (they got an appearance only)."""
        return len(self.proposals) - self.unattributed - self.claims_created


def source_find(article: Article) -> Source | None:
    """The source already on file for this article: the same URL, or the same text."""
    if article.url:
        found = Source.objects.filter(url=article.url).first()
        if found:
            return found
    return Source.objects.filter(text_hash=claim_text_hash(article.text)).exclude(text="").first()


@records_history_user
def article_import(*, article: Article, user=None,
                   extract: Callable[[str, str], list[Proposal]] | None = None) -> ArticleResult:
    """Import one article in one transaction: its Source (with the full text), and a draft
    claim and appearance for each attributed proposal. Speakers are resolved with
    Speaker.objects.resolve; unknown ones are created unconfirmed.

    An article on file already (same URL, or same text) adds nothing, so a curator's
    changes are never overwritten and an interrupted run can simply be repeated.
    Raises ValidationError for data the database would refuse (nothing is written then).
    """
    if extract is None:
        from .pipeline import extract_claims as extract

    result = ArticleResult(article=article)
    with transaction.atomic():
        source = source_find(article)
        if source is not None and source.text:
            result.source, result.duplicate = source, True
            return result
        if source is None:  # else: a source known only by URL (e.g. from Quotebank) gets its text now
            source = Source(url=article.url or None)
        source.title = article.title[:500]
        source.outlet = article.outlet[:200]
        source.language = article.language[:10]
        source.text = article.text
        if article.published:
            source.published_on, source.published_on_precision = article.published.start, article.published.precision
        source.full_clean(validate_unique=False, validate_constraints=False)
        source.save()
        result.source = source

        result.proposals = list(extract(article.text, article.language))
        speakers: dict[str, Speaker] = {}
        unattributed = []
        for proposal in result.proposals:
            speaker = _speaker_for(proposal.speaker, speakers, result, user)
            if speaker is None:
                result.unattributed += 1
                unattributed.append({"text": proposal.text, "kind": proposal.kind, "start": proposal.start,
                                     "end": proposal.end, "confidence": proposal.confidence,
                                     "context": proposal.context, "role": proposal.role, "place": proposal.place})
                continue
            recorded = services.claim_record(
                speaker=speaker, text=proposal.text, kind=proposal.kind, source=source, said=article.published,
                role=proposal.role[:200], place=proposal.place[:200], language=article.language[:10],
                status=Claim.Status.DRAFT, context=proposal.context, start=proposal.start, end=proposal.end,
                confidence=proposal.confidence, user=user,
            )
            result.claims_created += recorded.created
        result.record = ArticleImport.objects.create(
            source=source, document=article.document[:1000], imported_by=user, proposed=len(result.proposals),
            claims_created=result.claims_created, speakers_created=result.speakers_created,
            unattributed=result.unattributed, unattributed_proposals=unattributed,
        )
    return result


def _speaker_for(name: str | None, known: dict[str, Speaker], result: ArticleResult, user) -> Speaker | None:
    name = " ".join((name or "").split())
    if not name or len(name) > 200:
        return None
    if name not in known:
        try:
            known[name], created = speaker_resolve_or_propose(
                name=name, description="Proposed by the article importer.", user=user)
        except ValidationError:
            return None
        result.speakers_created += created
    return known[name]
