package io.mewscontract.codegen.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, for golden test failures: a reviewer sees exactly which lines changed. Plain
 * longest-common-subsequence; generated files are small.
 */
public final class UnifiedDiff {
    private UnifiedDiff() {}

    private static final int CONTEXT = 3;

    public static String diff(String expectedName, String expected, String actualName, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Edit script: ' ' keep, '-' only in expected, '+' only in actual, with line numbers on both sides.
        List<String[]> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new String[] {" ", a.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                edits.add(new String[] {"+", b.get(j), String.valueOf(i), String.valueOf(j)});
                j++;
            } else {
                edits.add(new String[] {"-", a.get(i), String.valueOf(i), String.valueOf(j)});
                i++;
            }
        }
        StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        int k = 0;
        while (k < edits.size()) {
            if (edits.get(k)[0].equals(" ")) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
                if (!edits.get(end)[0].equals(" ")) {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            int aStart = Integer.parseInt(edits.get(start)[2]);
            int bStart = Integer.parseInt(edits.get(start)[3]);
            long aCount = edits.subList(start, end).stream()
                    .filter(e -> !e[0].equals("+"))
                    .count();
            long bCount = edits.subList(start, end).stream()
                    .filter(e -> !e[0].equals("-"))
                    .count();
            out.append("@@ -")
                    .append(aStart + 1)
                    .append(',')
                    .append(aCount)
                    .append(" +")
                    .append(bStart + 1)
                    .append(',')
                    .append(bCount)
                    .append(" @@\n");
            for (String[] edit : edits.subList(start, end)) {
                out.append(edit[0]).append(edit[1]).append('\n');
            }
            k = end;
        }
        return out.toString();
    }
}
