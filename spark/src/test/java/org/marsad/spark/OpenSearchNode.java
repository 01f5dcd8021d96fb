package org.marsad.spark;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/** One OpenSearch node inside the test JVM, beside the Spark session, started when first asked for. */
final class OpenSearchNode {

  private OpenSearchNode() {}

  /** The address of the node's HTTP port. */
  static String url() {
    return Holder.URL;
  }

  private static final class Holder {
    static final String URL = start();

    private static String start() {
      // Spark's Netty has already fixed the processor count, which the node would set again
      System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
      try {
        Path home = Files.createTempDirectory("marsad-spark-opensearch");
        OpenSearchRunner r = new OpenSearchRunner();
        r.setMaxHttpPort(19499);
        r.onBuild((n, settings) -> {
          settings.put("discovery.type", "single-node");
          settings.put("network.host", "127.0.0.1");
          settings.put("transport.port", "19500-19599");
          settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        r.build(newConfigs().basePath(home.toString()).numOfNode(1).baseHttpPort(19400).clusterName("marsad-spark-test")
            .disableESLogger().useLogger());
        r.ensureYellow();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            r.close();
          } catch (IOException e) {
            // the JVM is ending
          }
          r.clean();
        }));
        return "http://127.0.0.1:" + r.node().settings().get("http.port");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
