package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the distribution's packages ({@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, which {@code .ci/run} installs), pointed at a {@link BrowserStack}.
 * Screenshots go to {@code local-stack/target/screenshots/}; {@link #assertAccessible} runs axe-core.
 *
 * <p>{@link Options} open it with JavaScript off (DevTools' script execution switch: the pages' scripts do not
 * run, while the test's own {@code executeScript} and axe-core still do) and at a phone's width (360 px, the
 * viewport emulated exactly: a headless window is never narrower than 500 px). With a test name, every
 * page opened with {@link #go} and every {@link #step} is screenshotted to
 * {@code target/screenshots/<test>/<step>-<width>[-nojs].png}; {@link #assertNoHorizontalScroll} checks the
 * page fits its width.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    /**
     * How to open the browser: window size, JavaScript on or off, and the test's name (the folder of its
     * screenshots; none: no automatic screenshots).
     */
    public record Options(int width, int height, boolean javascript, String test) {

        /** 1280 × 900, JavaScript on. */
        public static Options desktop() {
            return new Options(1280, 900, true, null);
        }

        /** 360 × 800 (a small phone), JavaScript on. */
        public static Options phone() {
            return new Options(360, 800, true, null);
        }

        public Options withoutJavaScript() {
            return new Options(width, height, false, test);
        }

        /** Screenshots of every page go to {@code target/screenshots/<test>/}, e.g. {@code "ManagerPagesBrowserIT.setUp"}. */
        public Options named(String testName) {
            return new Options(width, height, javascript, testName);
        }

        /** How a screenshot of this browser ends: {@code -360}, {@code -1280-nojs}. */
        String suffix() {
            return "-" + width + (javascript ? "" : "-nojs");
        }
    }

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Options options;
    private int pagesSeen;

    private Browser(ChromeDriver driver, String baseUrl, Options options) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.options = options;
    }

    /** A desktop-sized browser (1280 × 900). */
    public static Browser open(BrowserStack stack) throws IOException {
        return open(stack, 1280, 900);
    }

    /** A browser of the given window size, e.g. 360 wide for a phone. */
    public static Browser open(BrowserStack stack, int width, int height) throws IOException {
        return open(stack.baseUrl(), new Options(width, height, true, null));
    }

    /** A browser opened with these options (size, JavaScript, screenshots) at the shared {@link BrowserStack}. */
    public static Browser open(BrowserStack stack, Options options) throws IOException {
        return open(stack.baseUrl(), options);
    }

    /** A desktop-sized browser pointed at another platform than the shared {@link BrowserStack}. */
    public static Browser open(String baseUrl) throws IOException {
        return open(baseUrl, Options.desktop());
    }

    /** A browser opened with these options at another platform (or any site) than the shared {@link BrowserStack}. */
    public static Browser open(String baseUrl, Options wanted) throws IOException {
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + wanted.width() + "," + wanted.height(), "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(wanted.width(), wanted.height()));
        // the viewport exactly as wanted: headless windows do not go below 500 px wide
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", wanted.width(),
                "height", wanted.height(), "deviceScaleFactor", 1, "mobile", false));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (!wanted.javascript()) {
            // DevTools' "Disable JavaScript": the pages' scripts never run (from the first page on, and <noscript> shows);
            // WebDriver's executeScript still does, and assertAccessible lifts it for the moment of a scan
            pageScripts(driver, false);
        }
        return new Browser(driver, baseUrl, wanted);
    }

    public Options options() {
        return options;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the platform, e.g. {@code /dashboard}; screenshotted when the browser has a test name. */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        if (options.test() != null) {
            pagesSeen++;
            step(String.format("%02d%s", pagesSeen, path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "")));
        }
        return this;
    }

    /**
     * A screenshot of the page as it is now, to {@code target/screenshots/<test>/<step>-<width>[-nojs].png}
     * (to {@code target/screenshots/<step>-...} when the browser has no test name).
     */
    public Path step(String step) {
        Path folder = options.test() == null ? SCREENSHOTS : SCREENSHOTS.resolve(options.test());
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(step + options.suffix() + ".png");
            Files.move(screenshot().toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the screenshot of " + step, e);
        }
    }

    /** A screenshot, taken again once the page has settled if a navigation (a redirect, a script) aborted it. */
    private java.io.File screenshot() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.getScreenshotAs(OutputType.FILE);
            } catch (org.openqa.selenium.TimeoutException abortedByNavigation) {
                if (attempt == 3) {
                    throw abortedByNavigation;
                }
                waiting().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            }
        }
    }

    /**
     * The page is no wider than the viewport: nobody scrolls sideways (a wide table scrolls inside its own
     * region instead). On failure, names the elements that stick out.
     */
    public void assertNoHorizontalScroll(String page) {
        @SuppressWarnings("unchecked")
        List<Object> measured = (List<Object>) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const out = [];
                for (const element of document.body.querySelectorAll('*')) {
                  const box = element.getBoundingClientRect();
                  if (box.right > width + 1 && !element.closest('[role=region][tabindex="0"]')) {
                    out.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                        + (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
                        + ' right=' + Math.round(box.right));
                  }
                }
                return [document.documentElement.scrollWidth, width, out.slice(0, 10).join('\\n')];""");
        long scrollWidth = ((Number) measured.get(0)).longValue();
        long width = ((Number) measured.get(1)).longValue();
        assertThat(scrollWidth).as("%s scrolls sideways at %d px (content %d px wide); sticking out:%n%s", page, width,
                scrollWidth, measured.get(2)).isLessThanOrEqualTo(width);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public WebDriverWait waiting() {
        // an element read from a page that a navigation has just replaced is stale: look again, as for one not there yet
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Waits until the element is visible and answers it. */
    public WebElement visible(By by) {
        try {
            return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError(by + " never became visible on " + driver.getCurrentUrl() + "; the page said:\n"
                    + driver.findElement(By.tagName("body")).getText(), notThere);
        }
    }

    /** Waits until the page's text contains the given text. */
    public void waitForText(String text) {
        waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Signs in through the sign-in page with the demo password and waits to land on a signed-in page. */
    public Browser signIn(String username) {
        return signIn(username, true);
    }

    /**
     * Signs in with the demo password, from the start page ({@code fromStart}) or from the sign-in page the browser
     * is on (so that its {@code next} is kept), and waits to land on a signed-in page (one with the sign-out form;
     * at 360 px with JavaScript, GOV.UK's service navigation folds it behind the Menu button, so it need not be shown).
     */
    public Browser signIn(String username, boolean fromStart) {
        if (fromStart) {
            go("/");
        }
        visible(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/sign-in") && !d.findElements(By.cssSelector("#sign-out")).isEmpty());
        return this;
    }

    /**
     * Answers a survey through its pages as the member would: opens the link, on each step chooses for every
     * statement the stage {@code stageOnStep} gives for that step (0 "not yet started" to 4 "fully embedded"),
     * continues, then checks, submits and waits for the confirmation.
     */
    public void answerSurvey(String token, java.util.function.IntUnaryOperator stageOnStep) {
        go("/respond/" + token);
        visible(By.id("start")).click();
        for (int step = 0; driver.findElements(By.id("check-heading")).isEmpty(); step++) {
            String before = visible(By.id("progress-text")).getText();
            answerEveryStatement(stageOnStep.applyAsInt(step));
            driver.findElement(By.id("continue")).click();
            waiting().until(d -> !d.findElements(By.id("check-heading")).isEmpty()
                            || !d.findElement(By.id("progress-text")).getText().equals(before));
        }
        driver.findElement(By.id("submit-answers")).click();
        visible(By.id("confirmation-heading"));
    }

    /** On a survey step, chooses this stage (0 to 4) for every statement. */
    public void answerEveryStatement(int stage) {
        for (WebElement fieldset : driver.findElements(By.cssSelector("#step-form fieldset"))) {
            fieldset.findElements(By.cssSelector("label.govuk-radios__label")).get(stage).click();
        }
    }

    /** The labels of the service navigation's links, in order (whether or not folded behind the Menu button). */
    public List<String> navigationLinks() {
        return driver.findElements(By.cssSelector("#navigation a")).stream()
                .map(link -> link.getAttribute("textContent").strip()).toList();
    }

    /** Writes a PNG of the viewport's page to target/screenshots/{name}.png. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.move(screenshot().toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** Runs axe-core on the current page: no serious or critical violation is allowed. */
    public void assertAccessible(String page) {
        // axe.run() in the page itself (our pages have no frames), which spares opening a blank window to finish each
        // run. With JavaScript off it would never complete (its timers do not fire while the page's scripts are
        // disabled), so scripts are allowed for the scan alone: the page's own scripts were skipped when it loaded
        // and do not run afterwards, so axe sees the page as it is without JavaScript (BrowserOptionsIT checks)
        Results results;
        if (options.javascript()) {
            results = new AxeBuilder().setLegacyMode(true).analyze(driver);
        } else {
            pageScripts(driver, true);
            try {
                results = new AxeBuilder().setLegacyMode(true).analyze(driver);
            } finally {
                pageScripts(driver, false);
            }
        }
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .filter(rule -> !onlyGovukConditionalReveals(rule))
                .toList();
        assertThat(severe).as("serious or critical accessibility violations on %s:%n%s", page, describe(severe)).isEmpty();
    }

    /**
     * GOV.UK Frontend's radios and checkboxes with a conditional reveal carry {@code aria-expanded}, set by its
     * own JavaScript on purpose (the Design System's researched pattern, alphagov/govuk-frontend#979), which
     * axe's {@code aria-allowed-attr} reports for a radio or checkbox. That one rule is let through for those
     * inputs only; the same rule anywhere else, and every other rule on them, still fails.
     */
    private static boolean onlyGovukConditionalReveals(Rule rule) {
        return "aria-allowed-attr".equals(rule.getId()) && rule.getNodes().stream().allMatch(node -> {
            String html = String.valueOf(node.getHtml());
            return (html.contains("govuk-radios__input") || html.contains("govuk-checkboxes__input"))
                    && html.contains("aria-controls=") && html.contains("aria-expanded=");
        });
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    private static void pageScripts(ChromeDriver driver, boolean run) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !run));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
