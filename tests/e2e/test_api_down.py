"""When the API is unreachable or fails, pages say so in words and Retry works."""


def test_an_unreachable_api_is_explained_and_retry_recovers(page):
    page.route("**/api/**", lambda route: route.abort())
    page.goto("/")
    error = page.locator("[data-error]")
    error.wait_for()
    assert "cannot be reached" in error.text_content()
    page.unroute("**/api/**")
    page.click("[data-retry]")
    page.wait_for_selector("[data-results] .claim")
    assert page.locator("[data-error]").count() == 0


def test_a_server_error_is_explained(page):
    page.route("**/api/claims/**", lambda route: route.fulfill(status=500, body="oops"))
    page.goto("/")
    page.wait_for_selector("[data-error]")
    assert "error (500)" in page.locator("[data-error]").text_content()


def test_every_page_explains_an_outage(page):
    from tests.e2e.conftest import screenshot

    page.route("**/api/**", lambda route: route.abort())
    pages = ("/speaker.html?slug=mark-rutte", "/compare.html?speakers=mark-rutte,vedant-patel", "/quiz.html?seed=3")
    for path in pages:
        page.goto(path)
        page.wait_for_selector("[data-retry]")
    screenshot(page, "api-down")


def test_a_slow_api_times_out_with_a_message(page):
    held = []
    page.add_init_script("window.FACTBASE_TIMEOUT_MS = 500")  # js/config.js; 8 s by default
    page.route("**/api/claims/**", lambda route: held.append(route))  # never answered
    page.goto("/")
    error = page.locator("[data-error=timeout]")
    error.wait_for()
    assert "taking too long" in error.text_content()
    page.unroute("**/api/claims/**")
    page.click("[data-retry]")
    page.wait_for_selector("[data-results] .claim")
