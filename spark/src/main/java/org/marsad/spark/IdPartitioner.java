package org.marsad.spark;

import java.io.Serial;
import org.apache.spark.Partitioner;

/** Places a record by its article id alone, so that every copy of an article meets in one partition. */
final class IdPartitioner extends Partitioner {

  @Serial
  private static final long serialVersionUID = 1L;

  private final int partitions;

  IdPartitioner(int partitions) {
    this.partitions = partitions;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return Math.floorMod(((IdKey) key).id().hashCode(), partitions);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdPartitioner p && p.partitions == partitions;
  }

  @Override
  public int hashCode() {
    return partitions;
  }
}
