"""factory_boy factories. Made-up data only: speakers are "Speaker 00042" and the like."""
import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from factbase.claims.models import Appearance, Claim, Review, Source, Speaker, SpeakerAlias, Topic


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Topic {n:03d}")
    slug = factory.Sequence(lambda n: f"topic-{n:03d}")


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker {n:05d}")
    slug = factory.Sequence(lambda n: f"speaker-{n:05d}")
    description = "Synthetic speaker for tests"


class SpeakerAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpeakerAlias

    speaker = factory.SubFactory(SpeakerFactory)
    name = factory.Sequence(lambda n: f"Alias {n:05d}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Synthetic article {n}")
    url = factory.Sequence(lambda n: f"https://news.example/synthetic/{n}")
    outlet = "Example News"
    language = "de"
    published_on = dt.date(2024, 11, 13)
    published_on_precision = "day"


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim
        skip_postgeneration_save = True

    speaker = factory.SubFactory(SpeakerFactory)
    text = factory.Sequence(lambda n: f"Synthetic claim number {n} about nothing in particular.")
    kind = Claim.Kind.DIRECT
    language = "de"
    said_on = dt.date(2024, 11, 13)
    said_on_precision = "day"
    status = Claim.Status.PUBLISHED

    @factory.post_generation
    def topics(self, create, topics, **kwargs):
        if create and topics:
            self.topics.add(*topics)


class AppearanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Appearance

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    context = factory.LazyAttribute(lambda a: a.claim.text)


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    claim = factory.SubFactory(ClaimFactory)
    rating = Review.Rating.FALSE
    attribution = Review.Attribution.VERIFIED
    explanation = "Synthetic review for tests."
    evidence_links = ["https://evidence.example/1"]
    reviewed_on = dt.date(2024, 11, 20)
    published = True
