package org.marsad.store;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node inside the test JVM, started when a test first asks for it and stopped
 * when the JVM ends: every OpenSearch test class of a run shares it, each with indices of its own.
 */
final class OpenSearchNode {

  private static OpenSearchRunner runner;
  private static int port;

  private OpenSearchNode() {}

  /** Runs the node on its own until the process is stopped, for {@code marsad bench --store} against it. */
  public static void main(String[] args) throws InterruptedException {
    System.out.println(url());
    Thread.sleep(Long.MAX_VALUE);
  }

  /** The node, started when first asked for. */
  static synchronized OpenSearchRunner runner() {
    if (runner == null) {
      try {
        Path home = Files.createTempDirectory("marsad-opensearch");
        OpenSearchRunner r = new OpenSearchRunner();
        r.setMaxHttpPort(19299);
        r.onBuild((n, settings) -> {
          settings.put("discovery.type", "single-node");
          settings.put("network.host", "127.0.0.1");
          settings.put("transport.port", "19300-19399");
          // a nearly full disk must not turn the test index read-only
          settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        r.build(newConfigs().basePath(home.toString()).numOfNode(1).baseHttpPort(19200).clusterName("marsad-test")
            .disableESLogger().useLogger());
        r.ensureYellow();
        port = Integer.parseInt(r.node().settings().get("http.port"));
        runner = r;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            r.close();
          } catch (IOException e) {
            // the JVM is ending; nothing to tell
          }
          r.clean();
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return runner;
  }

  /** The address of the node's HTTP port. */
  static String url() {
    runner();
    return "http://127.0.0.1:" + port;
  }

  /** A store on a new index of the node. */
  static Store store(String index) {
    return Store.at(url() + "/" + index);
  }

  /** Stops the node, as a crash or an operator would. */
  static synchronized void stop() throws IOException {
    runner().getNode(0).close();
  }

  /** Starts the stopped node again, on its data and port, and waits until it serves. */
  static synchronized void start() {
    if (!runner().startNode(0)) {
      throw new IllegalStateException("the OpenSearch node did not start again");
    }
    runner.ensureYellow();
  }
}
