package org.marsad.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.store.Store;
import org.marsad.store.StoreReader;
import org.marsad.store.StoreWriter;
import org.marsad.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad serve}: the analyst's desk in a browser, and the JSON API, over the archive.
 * Listens on 127.0.0.1 and only reads, unless told otherwise; stops on Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves a web application and a JSON API over the archive (read-only; on 127.0.0.1 unless --host says).")
public final class ServeCommand implements Callable<Integer> {

  @Mixin
  ArchiveOptions.Where where;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0 for any free one)")
  int port;

  @Option(names = "--ingest-token", paramLabel = "TOKEN",
      description = "allow POST /api/ingest for requests that send 'Authorization: Bearer TOKEN' (16 characters or more)")
  String ingestToken;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port is between 0 and 65535, not " + port);
    }
    WebServer.Options options;
    try {
      options = new WebServer.Options(host, port, ingestToken);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Store store = where.store(spec);
    Optional<StoreWriter> writer = Optional.empty();
    if (ingestToken != null) {
      writer = Optional.of(store.openWriter()); // makes the archive when missing: ingest fills it
    }
    StoreReader reader = ArchiveOptions.open(store, spec);
    WebServer server;
    try {
      server = WebServer.start(reader, writer, options);
    } catch (RuntimeException e) {
      reader.close();
      if (writer.isPresent()) {
        writer.get().close();
      }
      System.err.println("serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Optional<StoreWriter> w = writer;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        reader.close();
        if (w.isPresent()) {
          w.get().close();
        }
      } catch (IOException e) {
        System.err.println("serve: closing the archive: " + e.getMessage());
      }
      stopped.countDown();
    }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    System.err.println("serve: the archive " + store + " (" + reader.size() + " articles) at http://" + shown + ":"
        + server.port() + "/ " + (writer.isPresent() ? "(POST /api/ingest open to the token)" : "(read-only)")
        + "; Ctrl-C stops");
    stopped.await();
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
