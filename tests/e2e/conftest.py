"""Browser tests: headless Chromium (Playwright) against Django's live server.

Django serves the API and, through WhiteNoise, the front end at /. The demo data
is the real seed article; anything else made here is synthetic ("Speaker 00042").
"""
import io
import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the ORM calls in the
# tests are still plain synchronous code.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-gpu",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}


def find_chromium():
    candidates = [os.getenv("CHROMIUM"), "/usr/bin/chromium",
                  shutil.which("chromium"), shutil.which("chromium-browser")]
    return next((path for path in candidates if path and Path(path).exists()), None)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    chromium = find_chromium()
    if not chromium:
        pytest.skip("No Chromium found (looked at $CHROMIUM and /usr/bin/chromium); "
                    "install it with apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's base URL, with the demo data loaded."""
    call_command("load_demo", stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def empty_site(live_server, transactional_db):
    """The live server's base URL over an empty database."""
    return live_server.url


def open_page(browser, base_url, *, locale="en-GB", viewport=DESKTOP):
    context = browser.new_context(viewport=viewport, locale=locale, base_url=base_url)
    page = context.new_page()
    page.js_errors = []
    page.failed_loads = []  # the site's own files (and its icon) that did not load; API errors are tested apart
    page.dialogs = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    page.on("response", lambda response: page.failed_loads.append(f"{response.status} {response.url}")
            if response.status >= 400 and "/api/" not in response.url else None)
    # A stylesheet or script that 404s is aborted by Chromium rather than reported as a response. Other
    # aborts are left out: leaving a page cuts off what it still fetches lazily, such as its icon.
    page.on("requestfailed", lambda request: page.failed_loads.append(f"{request.failure} {request.url}")
            if request.resource_type in ("document", "stylesheet", "script") else None)

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def page(browser, site):
    page = open_page(browser, site)
    yield page
    assert page.js_errors == [], f"JavaScript errors: {page.js_errors}"
    assert page.failed_loads == [], f"Failed to load: {page.failed_loads}"
    page.context.close()


@pytest.fixture
def german_page(browser, site):
    page = open_page(browser, site, locale="de-DE")
    yield page
    assert page.js_errors == [], f"JavaScript errors: {page.js_errors}"
    assert page.failed_loads == [], f"Failed to load: {page.failed_loads}"
    page.context.close()


def screenshot(page, name):
    """Save the page at desktop width and at 360px to tests/e2e/artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    original = page.viewport_size
    page.screenshot(path=ARTIFACTS / f"{name}-desktop.png", full_page=True)
    page.set_viewport_size(PHONE)
    page.wait_for_function(f"document.documentElement.clientWidth <= {PHONE['width']}")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], f"{name} scrolls sideways at 360px"
    page.screenshot(path=ARTIFACTS / f"{name}-360.png", full_page=True)
    page.set_viewport_size(original)
