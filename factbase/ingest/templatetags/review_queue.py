"""`{% review_queue_counts as counts %}`: the admin index's "N drafts to review, M unconfirmed
speakers" (two capped counts, one query each), for curators who may work the queue."""
from django import template

from ..review_queue import queue_counts
from ..review_queue_admin import VIEW_PERMISSION

register = template.Library()


@register.simple_tag(takes_context=True)
def review_queue_counts(context):
    request = context.get("request")
    if request is None or not request.user.has_perm(VIEW_PERMISSION):
        return None
    return queue_counts()
