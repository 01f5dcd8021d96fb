package org.marsad.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (packages
 * {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them). Missing, a
 * browser test is skipped with a message on a developer's machine and fails under CI
 * ({@code CI=true}). Started with a fresh profile and no background traffic: this machine's
 * network is closed. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final WebDriver driver;
  final Path downloads;
  private final Path profile;

  private Browser(WebDriver driver, Path downloads, Path profile) {
    this.driver = driver;
    this.downloads = downloads;
    this.profile = profile;
  }

  static Browser open() {
    String chromium = System.getenv().getOrDefault("MARSAD_CHROMIUM", "/usr/bin/chromium");
    String chromedriver = System.getenv().getOrDefault("MARSAD_CHROMEDRIVER", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
      String why = chromium + " or " + chromedriver + " is missing (Debian packages chromium and chromium-driver;"
          + " .ci/run installs them)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + ": under CI=true the browser tests must run");
      }
      System.err.println("browser tests: " + why + ": skipped");
      assumeTrue(false, why + ": skipping the browser tests");
    }
    try {
      Path profile = Files.createTempDirectory("marsad-chromium");
      Path downloads = Files.createTempDirectory("marsad-downloads");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chromium);
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US");
      options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
          "download.prompt_for_download", false, "intl.accept_languages", "en-US,en"));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      return new Browser(driver, downloads, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves what the window shows as {@code target/screenshots/NAME.png}. */
  Path shot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path out = SCREENSHOTS.resolve(name + ".png");
      Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the page wrote to the console since the last call: errors and policy violations among them. */
  List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
  }

  @Override
  public void close() {
    driver.quit();
    for (Path dir : List.of(profile, downloads)) {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary folder left behind is no test failure
      }
    }
  }
}
