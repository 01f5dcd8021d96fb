package org.marsad;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} (the real seed articles, their gold and the scorer). Missing, a test
 * is skipped with a message on a user's fresh clone, and fails under CI ({@code CI=true}).
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder, or the test is skipped (or failed, under CI). */
  public static Path root() {
    Path p = Path.of(System.getProperty("marsad.shared", "../shared")).toAbsolutePath().normalize();
    boolean present = Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("gold/seeds.json"));
    if (!present) {
      String why = p + " with seeds/ and gold/seeds.json is missing";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why + " (CI=true: tests on the shared seeds must run)");
      }
      assumeTrue(false, why + ": skipping the tests on the real seed articles");
    }
    return p;
  }

  public static Path seeds() {
    return root().resolve("seeds");
  }

  public static Path gold() {
    return root().resolve("gold/seeds.json");
  }
}
