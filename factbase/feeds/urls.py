"""/feeds/claims/ (with the claim list's parameters), /feeds/speakers/<slug>/, /feeds/topics/<slug>/."""
from django.urls import path

from .feeds import ClaimsFeed, SpeakerFeed, TopicFeed

urlpatterns = [
    path("claims/", ClaimsFeed(), name="feed-claims"),
    path("speakers/<slug:slug>/", SpeakerFeed(), name="feed-speaker"),
    path("topics/<slug:slug>/", TopicFeed(), name="feed-topic"),
]
