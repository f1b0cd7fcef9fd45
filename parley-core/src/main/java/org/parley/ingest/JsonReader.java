package org.parley.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.ingest.RecordMapper.Field;
import org.parley.ingest.RecordMapper.Hints;

/**
 * JSON Lines (one object per line) and JSON (an array of objects, a single object, or an object
 * holding an array of article objects), streamed record by record with Jackson's streaming parser.
 */
final class JsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReader() {}

  static void readLines(Path file, String source, ReadContext ctx) throws IOException {
    Decoding.Plan plan = Decoding.plan(file);
    if (plan.warning() != null) {
      ctx.report.warn(source, plan.warning());
    }
    Hints hints = hints(file);
    try (BufferedReader in = new BufferedReader(plan.open(file))) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String recordSource = source + "#" + lineNo;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          ctx.report.skip(recordSource, "malformed JSON: " + ReadContext.describe(e));
          continue;
        }
        if (node == null || !node.isObject()) {
          ctx.report.skip(recordSource, "not a JSON object");
          continue;
        }
        emitRecord(node, recordSource, hints, ctx);
      }
    }
  }

  static void readDocument(Path file, String source, ReadContext ctx) throws IOException {
    Decoding.Plan plan = Decoding.plan(file);
    if (plan.warning() != null) {
      ctx.report.warn(source, plan.warning());
    }
    Hints hints = hints(file);
    try (Reader reader = plan.open(file);
        JsonParser p = JSON.getFactory().createParser(reader)) {
      p.setCodec(JSON);
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          ctx.report.skip(source, "empty JSON file");
        } else if (first == JsonToken.START_ARRAY) {
          readArray(p, source, "", hints, ctx);
        } else if (first == JsonToken.START_OBJECT) {
          readTopObject(p, source, hints, ctx);
        } else {
          ctx.report.skip(source, "JSON is neither an object nor an array of objects");
        }
      } catch (JsonProcessingException e) {
        ctx.report.skip(
            source,
            "malformed JSON at line "
                + p.currentLocation().getLineNr()
                + ": "
                + ReadContext.describe(e));
      }
    }
  }

  /** Reads array elements up to END_ARRAY; objects become records {@code source#prefix N}. */
  private static void readArray(
      JsonParser p, String source, String prefix, Hints hints, ReadContext ctx) throws IOException {
    int index = 0;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
      index++;
      String recordSource = source + "#" + prefix + index;
      if (t == JsonToken.START_OBJECT) {
        JsonNode node = p.readValueAsTree();
        emitRecord(node, recordSource, hints, ctx);
      } else {
        p.skipChildren();
        ctx.report.skip(recordSource, "not a JSON object");
      }
    }
  }

  /**
   * A top-level object is either one article, or a container: arrays of objects and nested
   * objects with a text field inside it are records of their own.
   */
  private static void readTopObject(JsonParser p, String source, Hints hints, ReadContext ctx)
      throws IOException {
    Map<String, String> top = new LinkedHashMap<>();
    int nested = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String key = name.toLowerCase(Locale.ROOT);
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY) {
        // Scalars are a list value (authors); objects are records.
        List<String> scalars = new ArrayList<>();
        int index = 0;
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
          index++;
          if (e == JsonToken.START_OBJECT) {
            JsonNode node = p.readValueAsTree();
            emitRecord(node, source + "#" + name + "[" + index + "]", hints, ctx);
            nested++;
          } else if (e == JsonToken.START_ARRAY) {
            p.skipChildren();
          } else if (e != JsonToken.VALUE_NULL) {
            scalars.add(p.getValueAsString());
          }
        }
        if (!scalars.isEmpty()) {
          top.putIfAbsent(key, String.join("; ", scalars));
        }
      } else if (t == JsonToken.START_OBJECT) {
        JsonNode node = p.readValueAsTree();
        Map<String, String> fields = flatten(node);
        if (ctx.mapper.column(Field.TEXT, fields.keySet()) != null) {
          emitRecord(fields, source + "#" + name, hints, ctx);
          nested++;
        } else {
          putObject(top, key, node);
        }
      } else if (t != JsonToken.VALUE_NULL) {
        top.putIfAbsent(key, p.getValueAsString());
      }
    }
    String text = ctx.mapper.value(Field.TEXT, top);
    if (text != null || nested == 0) {
      ctx.emit(ctx.mapper.build(source, text, top, hints, ctx.report));
    }
  }

  private static void emitRecord(JsonNode node, String source, Hints hints, ReadContext ctx) {
    emitRecord(flatten(node), source, hints, ctx);
  }

  private static void emitRecord(
      Map<String, String> fields, String source, Hints hints, ReadContext ctx) {
    String text = ctx.mapper.value(Field.TEXT, fields);
    ctx.emit(ctx.mapper.build(source, text, fields, hints, ctx.report));
  }

  private static Hints hints(Path file) {
    return Hints.NONE.withOutlet(Outlets.fromFileName(file.getFileName().toString()));
  }

  /**
   * An object's fields as lower-cased name -> text: scalars as text, lists of scalars joined with
   * "; ", a nested object as its {@code name} (NewsAPI's {@code source: {name}}) plus {@code
   * key.sub} entries.
   */
  static Map<String, String> flatten(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      String key = e.getKey().toLowerCase(Locale.ROOT);
      JsonNode value = e.getValue();
      if (value.isValueNode()) {
        if (!value.isNull()) {
          out.putIfAbsent(key, value.asText());
        }
      } else if (value.isArray()) {
        List<String> parts = new ArrayList<>();
        for (JsonNode item : value) {
          if (item.isValueNode() && !item.isNull()) {
            parts.add(item.asText());
          } else if (item.isObject() && item.path("name").isValueNode()) {
            parts.add(item.path("name").asText());
          }
        }
        if (!parts.isEmpty()) {
          out.putIfAbsent(key, String.join("; ", parts));
        }
      } else if (value.isObject()) {
        putObject(out, key, value);
      }
    }
    return out;
  }

  private static void putObject(Map<String, String> out, String key, JsonNode value) {
    JsonNode name = value.path("name");
    if (name.isValueNode() && !name.isNull()) {
      out.putIfAbsent(key, name.asText());
    }
    Iterator<Map.Entry<String, JsonNode>> sub = value.fields();
    while (sub.hasNext()) {
      Map.Entry<String, JsonNode> s = sub.next();
      if (s.getValue().isValueNode() && !s.getValue().isNull()) {
        out.putIfAbsent(key + "." + s.getKey().toLowerCase(Locale.ROOT), s.getValue().asText());
      }
    }
  }
}
