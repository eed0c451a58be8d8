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
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** A desktop-sized browser (1280 × 900). */
    public static Browser open(BrowserStack stack) throws IOException {
        return open(stack, 1280, 900);
    }

    /** A browser of the given window size, e.g. 360 wide for a phone. */
    public static Browser open(BrowserStack stack, int width, int height) throws IOException {
        return open(stack.baseUrl(), width, height);
    }

    /** A desktop-sized browser pointed at another platform than the shared {@link BrowserStack}. */
    public static Browser open(String baseUrl) throws IOException {
        return open(baseUrl, 1280, 900);
    }

    private static Browser open(String baseUrl, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, baseUrl);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the platform, e.g. {@code /admin/}. */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
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

    /** Signs in through the sign-in page with the demo password and waits to land on a page with navigation. */
    public Browser signIn(String username) {
        go("/");
        visible(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/admin"));
        visible(By.id("app-sign-out"));
        return this;
    }

    /** Writes a PNG of the viewport's page to target/screenshots/{name}.png. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** Runs axe-core on the current page: no serious or critical violation is allowed. */
    public void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe).as("serious or critical accessibility violations on %s:%n%s", page, describe(severe)).isEmpty();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
