package dev.ndgrade.ndarray.print;

import dev.ndgrade.ndarray.NdArray;

/**
 * Lays formatted elements out in nested brackets (NumPy's {@code _formatArray}): rows wrap before the line width,
 * continuation lines hang under the first element, sub-arrays of an n-d array are separated by n-2 blank lines,
 * and summarized axes show {@code ...} between their leading and trailing items.
 */
final class NestedLayout {
    private final NdArray array;
    private final ElementFormat format;
    private final String separator;
    private final int trimmedSeparatorLength;
    private final int edgeItems;
    private final boolean summarize;

    private NestedLayout(NdArray array, ElementFormat format, String separator, int edgeItems, boolean summarize) {
        this.array = array;
        this.format = format;
        this.separator = separator;
        this.trimmedSeparatorLength = separator.stripTrailing().length();
        this.edgeItems = edgeItems;
        this.summarize = summarize;
    }

    /**
     * @param lineWidth   characters available per line (the line width less the closing suffix)
     * @param hangingIndent the indent of continuation lines: a space per character of the prefix, plus one for "["
     */
    static String render(NdArray array, ElementFormat format, int lineWidth, String hangingIndent, String separator,
                         int edgeItems, boolean summarize) {
        NestedLayout layout = new NestedLayout(array, format, separator, edgeItems, summarize);
        return layout.recurse(0, array.offset(), hangingIndent, lineWidth);
    }

    private String recurse(int axis, long offset, String hang, int width) {
        int axesLeft = array.ndim() - axis;
        if (axesLeft == 0) {
            return format.format(array.elementAt(offset));
        }
        String nextHang = hang + ' ';
        int nextWidth = width - 1;
        long n = array.dim(axis);
        long stride = array.stride(axis);
        boolean showSummary = summarize && 2L * edgeItems < n;
        long leading = showSummary ? edgeItems : 0;
        long trailing = showSummary ? edgeItems : n;

        StringBuilder s = new StringBuilder();
        if (axesLeft == 1) {
            int elementWidth = width - Math.max(trimmedSeparatorLength, 1);
            Line line = new Line(s, hang, elementWidth);
            for (long i = 0; i < leading; i++) {
                line.add(recurse(axis + 1, offset + i * stride, nextHang, nextWidth));
                line.append(separator);
            }
            if (showSummary) {
                line.add("...");
                line.append(separator);
            }
            for (long i = trailing; i > 1; i--) {
                line.add(recurse(axis + 1, offset + (n - i) * stride, nextHang, nextWidth));
                line.append(separator);
            }
            line.add(recurse(axis + 1, offset + (n - 1) * stride, nextHang, nextWidth));
            line.finish();
        } else {
            String lineSeparator = separator.stripTrailing() + "\n".repeat(axesLeft - 1);
            for (long i = 0; i < leading; i++) {
                s.append(hang).append(recurse(axis + 1, offset + i * stride, nextHang, nextWidth)).append(lineSeparator);
            }
            if (showSummary) {
                s.append(hang).append("...").append(lineSeparator);
            }
            for (long i = trailing; i > 1; i--) {
                s.append(hang).append(recurse(axis + 1, offset + (n - i) * stride, nextHang, nextWidth))
                        .append(lineSeparator);
            }
            s.append(hang).append(recurse(axis + 1, offset + (n - 1) * stride, nextHang, nextWidth));
        }
        return "[" + s.substring(hang.length()) + "]";
    }

    /** The row being filled; words go on it until the next would pass the width (NumPy's {@code _extendLine}). */
    private static final class Line {
        private final StringBuilder done;
        private final String hang;
        private final int width;
        private final StringBuilder current;

        Line(StringBuilder done, String hang, int width) {
            this.done = done;
            this.hang = hang;
            this.width = width;
            this.current = new StringBuilder(hang);
        }

        void add(String word) {
            // A line holding only the indent is never wrapped: that would not make the word fit.
            if (current.length() + word.length() > width && current.length() > hang.length()) {
                int end = current.length();
                while (end > 0 && Character.isWhitespace(current.charAt(end - 1))) {
                    end--;
                }
                done.append(current, 0, end).append('\n');
                current.setLength(0);
                current.append(hang);
            }
            current.append(word);
        }

        void append(String text) {
            current.append(text);
        }

        void finish() {
            done.append(current);
        }
    }
}
