package cn.nhjc.province.it.browser;

import cn.nhjc.province.it.Api;
import cn.nhjc.province.it.PlatformServicesSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * Headless Debian chromium, driven by its chromedriver, for tests that use the platform's pages as
 * a user does: signing in on Keycloak's form, waiting for what a page shows, screenshots and
 * downloads.
 *
 * <p>As a JUnit extension, {@code @RegisterExtension final Browser browser = new Browser();}, it
 * starts a browser with a fresh profile before each test, keeps a screenshot and the page source
 * when the test fails ({@code target/screenshots/<TestClass>-<test>-failed.png}), and closes the
 * browser after the test. {@link #start(String)} gives one for a try-with-resources block.
 *
 * <p>The browser and the driver are Debian's, {@code /usr/bin/chromium} and {@code
 * /usr/bin/chromedriver} (or the environment's {@code CHROME_BIN} and {@code CHROMEDRIVER}); when
 * either is missing the test is skipped. Selenium Manager never runs: both paths are given.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
  /** The message of a test skipped for want of a browser. */
  public static final String NO_BROWSER =
      "no browser: install Debian's chromium and chromium-driver (.ci/run does)";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");

  /**
   * Selenium looks for a DevTools module of chromium's version at every start and warns when there
   * is none. None is on the class path: the one DevTools command used here goes through
   * chromedriver. Kept in a field, as java.util.logging holds its loggers weakly.
   */
  private static final Logger CDP_VERSION_FINDER =
      quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  /** Notes, on every page, what the page's Content-Security-Policy refused. */
  private static final String NOTE_CSP_VIOLATIONS =
      "window.__cspViolations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.__cspViolations.push(e.effectiveDirective + ' refused ' + e.blockedURI"
          + "    + ' at ' + e.sourceFile + ':' + e.lineNumber);"
          + "});";

  private String owner;
  private Path profile;
  private Path downloads;
  private ChromeDriver driver;

  /** A browser for each test of the class that registers it as an extension. */
  public Browser() {}

  /**
   * A started browser; screenshots and downloads are named after {@code owner} (a test class's
   * simple name). Skips the calling test when chromium or chromedriver is missing.
   */
  public static Browser start(String owner) {
    Browser browser = new Browser();
    browser.launch(owner);
    return browser;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    launch(context.getRequiredTestClass().getSimpleName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      context
          .getExecutionException()
          .filter(failure -> !(failure instanceof TestAbortedException))
          .ifPresent(failure -> keepFailedPage(context.getRequiredTestMethod().getName()));
    } finally {
      close();
    }
  }

  private void launch(String owner) {
    Path chromium = Path.of(setting("CHROME_BIN", "/usr/bin/chromium"));
    Path chromedriver = Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));
    List<String> missing = new ArrayList<>();
    for (Path binary : List.of(chromium, chromedriver)) {
      if (!Files.isExecutable(binary)) {
        missing.add(binary.toString());
      }
    }
    Assumptions.assumeTrue(missing.isEmpty(), () -> NO_BROWSER + "; missing " + missing);
    this.owner = owner;
    try {
      profile = Files.createTempDirectory("chromium-profile-");
      downloads = Files.createDirectories(TARGET.resolve("downloads").resolve(owner));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the driver's path is given: Selenium Manager, which would look for (and download) a driver
    // and a browser, is not asked
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1440,1000",
        "--lang=zh-CN",
        "--user-data-dir=" + profile,
        "--no-first-run",
        "--no-default-browser-check",
        // a closed network: no update, sync or metrics connections, each of which would fail
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("intl.accept_languages", "zh-CN,zh");
    prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("download.directory_upgrade", true);
    // a second download from the same page would wait for a permission nobody grants
    prefs.put("profile.default_content_setting_values.automatic_downloads", 1);
    options.setExperimentalOption("prefs", prefs);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(TIMEOUT);
    // headless chromium takes the download folder from the DevTools protocol
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    // every page notes what its Content-Security-Policy refused (a script the DevTools protocol
    // adds runs before the page's own and is not subject to the page's policy)
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", NOTE_CSP_VIOLATIONS));
  }

  /**
   * What the Content-Security-Policy of the page shown now refused so far (directive, what was
   * refused, where); empty when the page ran as written.
   */
  public List<String> contentSecurityPolicyViolations() {
    Object noted = driver.executeScript("return window.__cspViolations || [];");
    List<String> violations = new ArrayList<>();
    if (noted instanceof List<?> list) {
      list.forEach(violation -> violations.add(String.valueOf(violation)));
    }
    return violations;
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static String setting(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The WebDriver, for what the helpers here do not cover. */
  public WebDriver driver() {
    return driver;
  }

  /** The address of a platform path ({@code /gov/}); an absolute URL stays as it is. */
  public static String url(String path) {
    return path.startsWith("/") ? Api.BASE + path : path;
  }

  /** Opens a platform path (or an absolute URL) and waits until the page has loaded. */
  public void open(String path) {
    driver.get(url(path));
    waitUntilLoaded();
  }

  /**
   * Opens a platform page that needs a login, signs in on Keycloak's form the platform redirects
   * to, and waits until the browser is back on the platform with the page loaded.
   */
  public void loginAs(String user, String password, String path) {
    driver.get(url(path));
    try {
      patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no Keycloak login form after opening " + path + ": at " + driver.getCurrentUrl(), e);
    }
    WebElement name = driver.findElement(By.id("username"));
    name.clear();
    name.sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    try {
      patiently().until(page -> page.getCurrentUrl().startsWith(Api.BASE + "/"));
    } catch (TimeoutException e) {
      // Keycloak's form shows why it refused (input-error, input-error-username, ...)
      String refusal =
          driver.findElements(By.cssSelector("[id^='input-error']")).stream()
              .map(WebElement::getText)
              .collect(Collectors.joining(" "));
      throw new AssertionError(
          "not back on the platform as " + user + ": at " + driver.getCurrentUrl() + " " + refusal,
          e);
    }
    waitUntilLoaded();
  }

  /** Waits until an element is on the page and visible, and returns it. */
  public WebElement waitFor(By element) {
    return patiently().until(ExpectedConditions.visibilityOfElementLocated(element));
  }

  /** Waits until an element's text contains {@code text}, and returns the element. */
  public WebElement waitForText(By element, String text) {
    patiently().until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    return driver.findElement(element);
  }

  /**
   * The HTTP status of a GET of a platform path, asked from the current page with the browser's
   * session, which must be a platform page for the session cookie to go along (WebDriver does not
   * show the status of the page the browser shows).
   */
  public int status(String path) {
    Object status =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {headers: {Accept: '*/*'}, credentials: 'include'})"
                + ".then(answer => done(answer.status), failure => done(-1));",
            url(path));
    return ((Number) status).intValue();
  }

  /** Saves the visible part of the page as {@code target/screenshots/<owner>-<name>.png}. */
  public Path screenshot(String name) {
    Path file = TARGET.resolve("screenshots").resolve(owner + "-" + fileName(name) + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The folder chromium saves downloads in: {@code target/downloads/<owner>}. */
  public Path downloads() {
    return downloads;
  }

  /** Clicks an element that exports a file and returns the file once it is completely saved. */
  public Path download(By link) {
    return download(() -> waitFor(link).click());
  }

  /**
   * Runs {@code trigger} (a click on an export button, say), waits until a file in {@link
   * #downloads()} is new or newly written (chromium overwrites a file of the same name) and
   * completely saved, and returns it.
   */
  public Path download(Runnable trigger) {
    Map<Path, FileTime> before = files();
    trigger.run();
    return new FluentWait<>(this)
        .withTimeout(TIMEOUT)
        .pollingEvery(Duration.ofMillis(200))
        .withMessage("a new download in " + downloads)
        .until(
            browser -> {
              Map<Path, FileTime> now = files();
              if (now.keySet().stream().anyMatch(Browser::partial)) {
                return null;
              }
              return now.entrySet().stream()
                  .filter(file -> !file.getValue().equals(before.get(file.getKey())))
                  .map(Map.Entry::getKey)
                  .findFirst()
                  .orElse(null);
            });
  }

  private Map<Path, FileTime> files() {
    Map<Path, FileTime> files = new HashMap<>();
    try (Stream<Path> list = Files.list(downloads)) {
      for (Path file : list.filter(Files::isRegularFile).toList()) {
        files.put(file, Files.getLastModifiedTime(file));
      }
    } catch (NoSuchFileException e) {
      // a partial file renamed between listing and reading it: the next poll sees the result
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Chromium's files of a download in progress: {@code *.crdownload} and hidden temporary ones. */
  private static boolean partial(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".crdownload") || name.startsWith(".");
  }

  private WebDriverWait patiently() {
    return new WebDriverWait(driver, TIMEOUT);
  }

  private void waitUntilLoaded() {
    patiently()
        .until(page -> "complete".equals(driver.executeScript("return document.readyState")));
  }

  private void keepFailedPage(String test) {
    if (driver == null) {
      return;
    }
    try {
      screenshot(test + "-failed");
      Files.writeString(
          TARGET.resolve("screenshots").resolve(owner + "-" + fileName(test) + "-failed.html"),
          driver.getPageSource(),
          StandardCharsets.UTF_8);
    } catch (RuntimeException | IOException e) {
      System.err.println("no screenshot of the failed test " + test + ": " + e);
    }
  }

  private static String fileName(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Closes the browser and its driver and deletes the profile; downloads and screenshots stay. */
  @Override
  public void close() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      if (profile != null) {
        PlatformServicesSession.deleteTree(profile);
        profile = null;
      }
    }
  }
}
