"""Factbase settings: one module, every value read from the environment.

Development defaults are safe to run locally (SQLite, DEBUG on, a throwaway key);
production sets DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
"""
import copy
import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name, default):
    return os.getenv(name, str(default)).strip().lower() in ("1", "true", "yes", "on")


def envint(name, default):
    return int(os.getenv(name, default))


def envlist(name, default=""):
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", True)

SECRET_KEY = os.getenv("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off Factbase refuses to start without one: "
            "export SECRET_KEY to a long random string (python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production-0123456789"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "simple_history",
    "factbase.claims",
    "factbase.api",
    "factbase.ingest",
    "factbase.quantities",
    "factbase.feeds",
    "factbase.duplicates",
    "factbase.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "factbase.api.public_cache.PublicResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "factbase.routers.PrimaryForWritesMiddleware",
    "factbase.api.parameters.RejectControlCharactersMiddleware",
]

ROOT_URLCONF = "factbase.urls"
WSGI_APPLICATION = "factbase.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "factbase" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL=postgres://... switches to PostgreSQL (psycopg 3).
DATABASES = {
    "default": dj_database_url.parse(
        os.getenv("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL: the threaded dev server's readers do not wait for a writer.
    DATABASES["default"]["OPTIONS"] = {"init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    # A file, not Django's in-memory test database: with that, the live server's threads share the
    # test thread's connection, and a query calling one of Django's Python SQL functions (year
    # extraction) deadlocks against the test thread waiting for the connection (browser tests hung).
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(tempfile.gettempdir(), f"factbase-test-{os.getpid()}.sqlite3"),
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and envbool("DATABASE_POOL", False):
    # Django's psycopg pool replaces persistent connections: CONN_MAX_AGE must be 0.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # After a PostgreSQL restart every pooled connection is dead: with health checks on (CONN_HEALTH_CHECKS,
    # from dj_database_url above), Django has the pool check each one as it hands it out (an empty query)
    # and replace a dead one, rather than fail the request with it. While the database is away a request
    # waits at most `timeout` seconds for a connection, then gets a 503 (factbase/errors.py); the pool
    # retries connecting with growing pauses for `reconnect_timeout` seconds, then gives up until the next
    # request asks again, so it is back within seconds of the database however long the outage
    # (tests/reliability/test_postgres_restart.py).
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": envint("DATABASE_POOL_MIN", 2),
        "max_size": envint("DATABASE_POOL_MAX", 20),
        "timeout": float(os.getenv("DATABASE_POOL_TIMEOUT", 10)),
        "reconnect_timeout": float(os.getenv("DATABASE_POOL_RECONNECT_TIMEOUT", 5)),
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Web requests are short: starting parallel workers cost 50-80 ms per query on a busy 2-core
    # host, more than they save (bench/). Raise DATABASE_PARALLEL_WORKERS on large machines.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c max_parallel_workers_per_gather={envint('DATABASE_PARALLEL_WORKERS', 0)}"
    )
# Read replicas: DATABASE_REPLICA_URLS=postgres://...,postgres://... become replica_0, replica_1, ...
# with the primary's connection settings; factbase/routers.py sends reads there and keeps writes,
# migrations and the admin on the primary. Tests run against the primary only (MIRROR).
for _index, _url in enumerate(envlist("DATABASE_REPLICA_URLS")):
    DATABASES[f"replica_{_index}"] = {
        **dj_database_url.parse(_url),
        **{key: DATABASES["default"][key] for key in ("CONN_MAX_AGE", "CONN_HEALTH_CHECKS")},
        "OPTIONS": copy.deepcopy(DATABASES["default"].get("OPTIONS", {})),
        "TEST": {"MIRROR": "default"},
    }
DATABASE_ROUTERS = ["factbase.routers.PrimaryReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Static files and the public front end, both served by WhiteNoise: /static/ for the admin
# and API docs, the site root for frontend/ (index.html, speaker.html, ...).
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_ROOT = BASE_DIR / "frontend"
WHITENOISE_INDEX_FILE = True

# Redis answers in well under a millisecond: one that takes REDIS_TIMEOUT seconds is taken to be
# away, and the cache passes through until it answers (factbase/redis_cache.py).
CACHES = {
    "default": {"BACKEND": "factbase.redis_cache.SharedClientRedisCache", "LOCATION": os.getenv("REDIS_URL"),
                "OPTIONS": {"socket_timeout": float(os.getenv("REDIS_TIMEOUT", 0.5)),
                            "socket_connect_timeout": float(os.getenv("REDIS_TIMEOUT", 0.5))}}
    if os.getenv("REDIS_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"],
    # Writes take JSON only: the one body the schema can describe exactly (form encodings
    # cannot carry null, nested lists or an empty list); others are a 415.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "factbase.api.schema.FactbaseAutoSchema",
    "DEFAULT_PAGINATION_CLASS": "factbase.api.pagination.ListPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.getenv("API_ANON_THROTTLE", "10000/hour")},
    "EXCEPTION_HANDLER": "factbase.api.errors.exception_handler",
}
# Anonymous JSON reads of the hot endpoints through plain SQL (factbase/api/lean/); off, DRF serves them.
API_LEAN_READS = envbool("API_LEAN_READS", True)
# Cache-Control max-age (seconds) of anonymous API reads; authenticated reads are never stored.
API_CACHE_MAX_AGE = envint("API_CACHE_MAX_AGE", 60)
# Server-side cache of whole public API responses (factbase/api/public_cache.py): needs a
# cache shared by all workers, so on by default only with Redis.
API_RESPONSE_CACHE_SECONDS = envint("API_RESPONSE_CACHE_SECONDS", 300 if os.getenv("REDIS_URL") else 0)

SPECTACULAR_SETTINGS = {
    "TITLE": "Factbase API",
    "DESCRIPTION": "Quoted claims by public figures: who said what, when, where it appeared, and fact-check verdicts.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Request bodies as their own components: without read-only fields, with minLength where
    # blank is refused, so a client can tell a valid write from one the API will refuse.
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {"DatePrecisionEnum": "factbase.claims.dates.Precision"},
}

CORS_ALLOWED_ORIGINS = envlist("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"

# Production hardening: active whenever DEBUG is off, each switch overridable for a
# deployment behind a TLS-terminating proxy.
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", True)
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", True)
    if envbool("SECURE_PROXY_SSL_HEADER", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

DEMO_SUPERUSER = os.getenv("DEMO_SUPERUSER", "admin")
DEMO_SUPERUSER_PASSWORD = os.getenv("DEMO_SUPERUSER_PASSWORD", "factbase-demo")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.getenv("LOG_LEVEL", "INFO")},
}
