"""/api/schema/ is valid OpenAPI 3 documenting every filter; /api/docs/ serves Swagger UI
from our own static files."""
import yaml
from openapi_spec_validator import validate

from factbase.api.filters import ClaimFilter


def _schema(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_the_schema_validates_as_openapi_3(anonymous, db):
    schema = _schema(anonymous)
    assert schema["openapi"].startswith("3.")
    validate(schema)


def test_every_claim_filter_is_documented(anonymous, db):
    parameters = {p["name"]: p for p in _schema(anonymous)["paths"]["/api/claims/"]["get"]["parameters"]}
    for name in [*ClaimFilter.base_filters, "cursor", "page_size", "format"]:
        assert name in parameters, name
        assert parameters[name].get("description"), name


def test_every_field_of_every_resource_is_documented(anonymous, db):
    schemas = _schema(anonymous)["components"]["schemas"]
    undocumented = [
        f"{name}.{field}" for name, schema in schemas.items() if not name.startswith("Paginated")
        for field, spec in schema.get("properties", {}).items() if not spec.get("description")
    ]
    assert undocumented == []
    assert "appearances" in schemas["ClaimDetail"]["properties"]


def test_the_docs_page_loads_swagger_from_our_static_files(anonymous, db):
    response = anonymous.get("/api/docs/")
    assert response.status_code == 200
    assert b"/static/drf_spectacular_sidecar/swagger-ui-dist/" in response.content
