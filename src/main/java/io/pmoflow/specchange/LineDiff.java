package io.pmoflow.specchange;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line diff of two texts (longest common subsequence): unchanged lines start with two
 * spaces, removed lines with "- ", added lines with "+ ".
 */
final class LineDiff {

  private LineDiff() {}

  static List<String> of(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i].equals(b[j])) {
        out.add("  " + a[i++]);
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        out.add("- " + a[i++]);
      } else {
        out.add("+ " + b[j++]);
      }
    }
    while (i < a.length) {
      out.add("- " + a[i++]);
    }
    while (j < b.length) {
      out.add("+ " + b[j++]);
    }
    return out;
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\\R", -1);
  }
}
