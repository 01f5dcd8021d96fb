package org.marsad.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme ({@code elsewhere:/tmp/...}), so that a test reads through
 * the job's way for remote file systems (HDFS, S3) without one.
 */
public final class ElsewhereFileSystem extends RawLocalFileSystem {

  static final String SCHEME = "elsewhere";

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }
}
