from factbase.claims import services
from factbase.claims.models import Topic
from tests.factories import ClaimFactory, TopicFactory


def count(topic):
    return Topic.objects.get(pk=topic.pk).claim_count


def test_topic_counts_follow_tagging_publishing_and_deleting(db):
    topic, other = TopicFactory(), TopicFactory()
    claim = ClaimFactory(topics=[topic])
    draft = ClaimFactory(topics=[topic], status="draft")
    assert count(topic) == 1
    services.claim_publish(claim=draft)
    assert count(topic) == 2
    claim.topics.remove(topic)
    claim.topics.add(other)
    assert (count(topic), count(other)) == (1, 1)
    other.claims.clear()
    assert count(other) == 0
    draft.delete()
    assert count(topic) == 0


def test_the_demo_topics_carry_their_counts(demo):
    assert Topic.objects.get(slug="ukraine-krieg").claim_count == 14
    assert Topic.objects.get(slug="nato").claim_count == 5
