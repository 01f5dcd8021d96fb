package org.marsad.entities.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/** A sorted table of strings, each with two counts, as the model file keeps it ({@link NameLetters}, {@link ArticleUse}). */
final class CountTable {

  private CountTable() {}

  static void write(TreeMap<String, int[]> table, DataOutputStream out) throws IOException {
    out.writeInt(table.size());
    for (var e : table.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue()[0]);
      out.writeInt(e.getValue()[1]);
    }
  }

  static TreeMap<String, int[]> read(DataInputStream in) throws IOException {
    int n = in.readInt();
    TreeMap<String, int[]> table = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      table.put(in.readUTF(), new int[] {in.readInt(), in.readInt()});
    }
    return table;
  }

  /** Whether both tables hold the same strings with the same counts. */
  static boolean same(TreeMap<String, int[]> a, TreeMap<String, int[]> b) {
    if (a == b) {
      return true;
    }
    if (a.size() != b.size()) {
      return false;
    }
    Iterator<Map.Entry<String, int[]>> i = a.entrySet().iterator();
    Iterator<Map.Entry<String, int[]>> j = b.entrySet().iterator();
    while (i.hasNext()) {
      var x = i.next();
      var y = j.next();
      if (!x.getKey().equals(y.getKey()) || !Arrays.equals(x.getValue(), y.getValue())) {
        return false;
      }
    }
    return true;
  }
}
