package dev.ndgrade.python.fuzz;

import dev.ndgrade.python.Eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs many snippet files in one JVM for fuzz_eval.py: prints a JSON list of their transcripts, in order.
 * A crash of the interpreter becomes the transcript "JAVA-CRASH: ..." so one bad program cannot stop the batch.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < args.length; i++) {
            Path file = Path.of(args[i]);
            String transcript;
            try {
                transcript = Eval.transcript(Files.readString(file), file.getFileName().toString());
            } catch (RuntimeException | StackOverflowError e) {
                transcript = "JAVA-CRASH: " + e;
            }
            json.append(i == 0 ? "" : ",").append(quote(transcript));
        }
        out.println(json.append(']'));
        out.flush();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
