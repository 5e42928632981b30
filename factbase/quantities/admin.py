from django.contrib import admin

from .models import Quantity


@admin.register(Quantity)
class QuantityAdmin(admin.ModelAdmin):
    """Read-only: quantities are derived from the claim text; correct the claim instead."""

    list_display = ["number", "counted", "value", "qualifier", "unit", "claim"]
    list_filter = ["qualifier", "unit"]
    search_fields = ["counted", "key", "number"]
    list_select_related = ["claim__speaker"]
    raw_id_fields = ["claim"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
