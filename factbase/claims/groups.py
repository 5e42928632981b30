"""The curators' groups and what each may do. Synced after every migrate (idempotent)."""
from django.contrib.auth.models import Group, Permission

GROUP_PERMISSIONS = {
    "Editor": [
        "claims.add_claim", "claims.change_claim", "claims.delete_claim", "claims.view_claim", "claims.publish_claim",
        "claims.add_speaker", "claims.change_speaker", "claims.delete_speaker", "claims.view_speaker",
        "claims.add_speakeralias", "claims.change_speakeralias", "claims.delete_speakeralias",
        "claims.view_speakeralias",
        "claims.add_source", "claims.change_source", "claims.view_source",
        "claims.add_topic", "claims.change_topic", "claims.view_topic",
        "claims.add_appearance", "claims.change_appearance", "claims.delete_appearance", "claims.view_appearance",
        "claims.view_review",
    ],
    "Reviewer": [
        "claims.view_claim", "claims.view_speaker", "claims.view_speakeralias", "claims.view_source",
        "claims.view_topic", "claims.view_appearance",
        "claims.add_review", "claims.change_review", "claims.view_review",
    ],
}


def groups_sync() -> None:
    """Create the groups if missing and set their permissions to exactly the list above."""
    for name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = []
        for dotted in codenames:
            app_label, codename = dotted.split(".")
            permissions.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        group.permissions.set(permissions)
