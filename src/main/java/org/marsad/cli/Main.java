package org.marsad.cli;

import org.marsad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad}: reads Arabic news into searchable, sourced records. */
@Command(name = "marsad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Reads Arabic news and turns it into searchable, sourced knowledge.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, TimelineCommand.class,
        QuotesCommand.class, ExportCommand.class, StatsCommand.class, BenchCommand.class, TrainCommand.class,
        WatchCommand.class, ServeCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns its exit status (picocli gives 2 on a usage error). An
   * archive that cannot be used as asked is told in one line that says what to do, status 1.
   */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          if (e instanceof StoreException s) {
            cl.getErr().println(cl.getCommandName() + ": " + s.getMessage());
            return 1;
          }
          throw e;
        })
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: marsad analyze FILE");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"marsad " + (v == null ? "development build" : v)};
    }
  }
}
