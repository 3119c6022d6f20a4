package dev.ndgrade.grader.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML or JSON file (chosen by its {@code .json} suffix) into a {@link DataNode} tree.
 *
 * <p>Every failure is a {@link DataFormatException} naming the file, line and column: syntax
 * errors, files or strings over the {@link DataLimits}, nesting too deep, duplicate keys,
 * non-string keys, and YAML aliases ({@code *name}), which are refused outright so that no
 * "billion laughs" file can expand. Instances are immutable and thread-safe.
 */
public final class DataReader {

  private final DataLimits limits;
  private final JsonFactory yaml;
  private final JsonFactory json;

  private DataReader(DataLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxStringLength(limits.maxScalarChars() + 1)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setNestingDepthLimit(limits.maxDepth() + 1);
    loader.setMaxAliasesForCollections(0);
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
    this.yaml = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  /** A reader with the default limits. */
  public static DataReader create() {
    return withLimits(DataLimits.DEFAULT);
  }

  /** A reader that refuses anything beyond {@code limits}. */
  public static DataReader withLimits(DataLimits limits) {
    return new DataReader(Objects.requireNonNull(limits, "limits must not be null"));
  }

  /**
   * Reads {@code file}; messages name it as {@code shownName} (the path as the user gave it).
   *
   * @return the file's root node, never {@code null}
   * @throws DataFormatException if the file cannot be read or is not acceptable data
   */
  public DataNode read(Path file, String shownName) throws DataFormatException {
    return parse(readText(file, shownName), shownName);
  }

  /**
   * The text of {@code file}, within the size limit and decoded as UTF-8, for a caller that reads
   * it piece by piece when it is not valid as a whole.
   *
   * @throws DataFormatException if the file is missing, unreadable, too large or not UTF-8
   */
  public String readText(Path file, String shownName) throws DataFormatException {
    Location whole = Location.ofFile(shownName);
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new DataFormatException(whole, "there is no such file");
    } catch (IOException e) {
      throw new DataFormatException(whole, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    if (size > limits.maxFileBytes()) {
      throw new DataFormatException(whole, "the file is " + size + " bytes; at most "
          + limits.maxFileBytes() + " are accepted");
    }
    try {
      return decode(Files.readAllBytes(file), whole);
    } catch (IOException e) {
      throw new DataFormatException(whole, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Reads {@code text} as if it were the content of a file named {@code shownName}. */
  public DataNode parse(String text, String shownName) throws DataFormatException {
    boolean isJson = shownName.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    try (JsonParser parser = (isJson ? json : yaml).createParser(text)) {
      TreeBuilder builder = new TreeBuilder(parser, shownName);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new DataFormatException(new Location(shownName, 1, 1), "the file is empty");
      }
      DataNode root = builder.node(first, 1);
      if (parser.nextToken() != null) {
        throw new DataFormatException(builder.here(), "expected one document, found more");
      }
      return root;
    } catch (JsonProcessingException e) {
      Location at = locate(e, shownName);
      String limit = exceededLimit(e);
      throw limit.isEmpty() ? new DataSyntaxException(at, describe(e)) : new DataFormatException(at, limit);
    } catch (IOException e) {
      throw new DataFormatException(Location.ofFile(shownName), "cannot read the data: " + e.getMessage());
    }
  }

  private static String decode(byte[] bytes, Location whole) throws DataFormatException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataFormatException(whole, "the file is not UTF-8 text");
    }
  }

  /** Where YAML saw the problem (SnakeYAML's problem mark), else where Jackson stopped. */
  private static Location locate(JsonProcessingException e, String shownName) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      return new Location(shownName, yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
    }
    return locate(e.getLocation(), shownName);
  }

  private static Location locate(JsonLocation at, String shownName) {
    if (at == null || at.getLineNr() <= 0) {
      return Location.ofFile(shownName);
    }
    return new Location(shownName, at.getLineNr(), Math.max(0, at.getColumnNr()));
  }

  /** The limit {@code e} reports as exceeded, in a message's words, or empty for a syntax error. */
  private String exceededLimit(JsonProcessingException e) {
    String firstLine = firstLine(e);
    if (firstLine.contains("nesting depth") || firstLine.contains("Nesting Depth")) {
      return "the data is nested more than " + limits.maxDepth() + " levels deep";
    }
    if (firstLine.contains("String value length") || firstLine.contains("code point limit")
        || firstLine.contains("exceeds the limit")) {
      return "a value is longer than " + limits.maxScalarChars() + " characters";
    }
    return "";
  }

  /** The parser's own words without Jackson's location and source echo. */
  private static String describe(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
      return yamlProblem(yaml);
    }
    String firstLine = firstLine(e);
    return firstLine.isEmpty() ? "not valid YAML or JSON" : firstLine;
  }

  private static String firstLine(JsonProcessingException e) {
    String message = Objects.requireNonNullElse(e.getOriginalMessage(), e.getClass().getSimpleName());
    int cut = message.indexOf("\n");
    return (cut < 0 ? message : message.substring(0, cut)).strip();
  }

  /** SnakeYAML's problem, with its context ("while parsing a block mapping") and where that began. */
  private static String yamlProblem(MarkedYAMLException yaml) {
    String problem = yaml.getProblem();
    if (yaml.getContext() == null) {
      return problem;
    }
    String since = yaml.getContextMark() == null ? "" : " that starts at line " + (yaml.getContextMark().getLine() + 1);
    return problem + " (" + yaml.getContext() + since + ")";
  }

  /** Builds the tree from the token stream, counting nodes and depth. */
  private final class TreeBuilder {
    private final JsonParser parser;
    private final String shownName;
    private int nodes;

    TreeBuilder(JsonParser parser, String shownName) {
      this.parser = parser;
      this.shownName = shownName;
    }

    Location here() {
      return locate(parser.currentTokenLocation(), shownName);
    }

    DataNode node(JsonToken token, int depth) throws IOException, DataFormatException {
      Location at = here();
      if (++nodes > limits.maxNodes()) {
        throw new DataFormatException(at, "the file has more than " + limits.maxNodes() + " values");
      }
      if (depth > limits.maxDepth()) {
        throw new DataFormatException(at, "the data is nested more than " + limits.maxDepth() + " levels deep");
      }
      refuseAlias(at);
      return switch (token) {
        case START_OBJECT -> mapping(at, depth);
        case START_ARRAY -> sequence(at, depth);
        case VALUE_STRING -> scalar(at, DataNode.ScalarType.STRING);
        case VALUE_NUMBER_INT -> scalar(at, DataNode.ScalarType.INTEGER);
        case VALUE_NUMBER_FLOAT -> scalar(at, DataNode.ScalarType.DECIMAL);
        case VALUE_TRUE, VALUE_FALSE -> scalar(at, DataNode.ScalarType.BOOLEAN);
        case VALUE_NULL -> scalar(at, DataNode.ScalarType.NULL);
        default -> throw new DataFormatException(at, "unexpected " + token.asString());
      };
    }

    private void refuseAlias(Location at) throws DataFormatException {
      if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
        throw new DataFormatException(at, "YAML aliases (*" + safeText() + ") are not accepted; write the value out");
      }
    }

    private String safeText() {
      try {
        String text = parser.getText();
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
      } catch (IOException e) {
        return "";
      }
    }

    private DataNode mapping(Location at, int depth) throws IOException, DataFormatException {
      Map<String, DataNode.Field> fields = new LinkedHashMap<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
        Location keyAt = here();
        if (token != JsonToken.FIELD_NAME) {
          throw new DataFormatException(keyAt, "expected a key, found " + token.asString());
        }
        String key = parser.currentName();
        if (fields.containsKey(key)) {
          throw new DataFormatException(keyAt, "duplicate key '" + key + "' (first at line "
              + fields.get(key).keyLocation().line() + ")");
        }
        fields.put(key, new DataNode.Field(keyAt, node(parser.nextToken(), depth + 1)));
      }
      return new DataNode.Mapping(at, fields);
    }

    private DataNode sequence(Location at, int depth) throws IOException, DataFormatException {
      List<DataNode> items = new ArrayList<>();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        items.add(node(token, depth + 1));
      }
      return new DataNode.Sequence(at, items);
    }

    private DataNode scalar(Location at, DataNode.ScalarType type) throws IOException, DataFormatException {
      String text = parser.getText();
      if (text.length() > limits.maxScalarChars()) {
        throw new DataFormatException(at, "a value of " + text.length() + " characters is longer than the "
            + limits.maxScalarChars() + " accepted");
      }
      return new DataNode.Scalar(at, text, type);
    }
  }
}
