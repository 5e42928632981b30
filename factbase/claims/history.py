"""Who made a change: the one way every write names the user django-simple-history records.

Inside a request HistoryRequestMiddleware already names request.user. A write done for a
given user elsewhere (a service called with user=, a management command, a test) runs
inside `history_user(user)`; the write functions take `user=` and do it through
`@records_history_user`, so no code sets `_history_user` on instances by hand.
"""
import functools
from contextlib import contextmanager
from types import SimpleNamespace

from simple_history.models import HistoricalRecords


@contextmanager
def history_user(user):
    """Record `user` as the author of every history row written inside the block (None: leave
    it to the request, if any)."""
    if user is None:
        yield
        return
    context = HistoricalRecords.context
    previous = getattr(context, "request", None)
    context.request = SimpleNamespace(user=user)  # what simple-history reads: request.user
    try:
        yield
    finally:
        if previous is None:
            del context.request
        else:
            context.request = previous


def records_history_user(write):
    """Run a write function that takes `user=` inside history_user(user)."""
    @functools.wraps(write)
    def wrapper(*args, user=None, **kwargs):
        with history_user(user):
            return write(*args, user=user, **kwargs)
    return wrapper
