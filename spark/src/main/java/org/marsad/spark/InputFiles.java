package org.marsad.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.marsad.ingest.ArticleReader;

/**
 * The files a job reads, listed on the driver from paths on any Hadoop file system as
 * {@code marsad analyze} lists local ones: a file named on its own is read; a folder is read
 * recursively, sorted, passing over hidden files and those that never hold an article
 * ({@link ArticleReader#takenInFolder}); a glob's matches count as found in a folder.
 */
final class InputFiles {

  private InputFiles() {}

  /** The files found, as fully qualified Hadoop paths, and how many inputs named nothing. */
  record Listing(List<String> files, int missing) {}

  /** The files the inputs name; an input that names nothing gets a line on {@code problems}. */
  static Listing list(List<String> inputs, Configuration conf, PrintStream problems) throws IOException {
    List<String> out = new ArrayList<>();
    int missing = 0;
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        problems.println(input + ": no such file or folder");
        missing++;
        continue;
      }
      boolean glob = input.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
      for (FileStatus m : matched) {
        if (m.isDirectory()) {
          out.addAll(inFolder(fs, m.getPath()));
        } else if (!glob || ArticleReader.takenInFolder(m.getPath().getName())) {
          out.add(m.getPath().toString());
        }
      }
    }
    return new Listing(out, missing);
  }

  private static List<String> inFolder(FileSystem fs, Path folder) throws IOException {
    String root = folder.toUri().getPath();
    List<String> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
    while (files.hasNext()) {
      Path f = files.next().getPath();
      String relative = f.toUri().getPath().substring(root.length()).replaceFirst("^/", "");
      if (!relative.startsWith(".") && ArticleReader.takenInFolder(f.getName())) {
        found.add(f.toString());
      }
    }
    found.sort(null);
    return found;
  }
}
