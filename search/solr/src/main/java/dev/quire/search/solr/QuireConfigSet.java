package dev.quire.search.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Quire's Solr configset (schema and solrconfig), shipped in this module's resources. */
public final class QuireConfigSet {
  /** The schema's name, which is its version; must match the name in schema.xml. */
  public static final String SCHEMA = "quire-1";

  private static final String DIR = "configset/conf/";
  private static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

  private QuireConfigSet() {}

  /** The configset as the zip file Solr's configset API takes. */
  public static byte[] zip() {
    return zip(SCHEMA);
  }

  /** The configset with another schema name (tests of a version mismatch). */
  static byte[] zip(String schema) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String f : FILES) {
        zip.putNextEntry(new ZipEntry(f));
        byte[] content = file(f);
        if (f.equals("schema.xml")) {
          content =
              new String(content, java.nio.charset.StandardCharsets.UTF_8)
                  .replace("name=\"" + SCHEMA + "\"", "name=\"" + schema + "\"")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** One file of the configset. */
  static byte[] file(String name) {
    try (InputStream in = QuireConfigSet.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("configset file missing from the jar: " + DIR + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
