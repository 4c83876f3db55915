package dev.quire.search.solr;

import java.io.IOException;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * {@code quire solr init}: uploads Quire's configset and creates the collection; a collection that
 * already has this schema version is left as it is, one with another version is refused.
 */
public final class SolrCollections {
  private SolrCollections() {}

  /** A collection exists with a schema this Quire does not write. */
  public static final class SchemaMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SchemaMismatch(String message) {
      super(message);
    }
  }

  /**
   * Makes {@code collection} ready: returns what was done, one sentence for the user.
   *
   * @throws SchemaMismatch when the collection exists with another schema version
   */
  public static String init(CloudSolrClient client, String collection, int shards, int replicas)
      throws IOException, SolrServerException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException(
          "--shards and --replicas must be at least 1, were " + shards + " and " + replicas);
    }
    List<String> existing = CollectionAdminRequest.listCollections(client);
    if (existing.contains(collection)) {
      String schema = schemaName(client, collection);
      if (QuireConfigSet.SCHEMA.equals(schema)) {
        return "collection "
            + collection
            + " already exists with schema "
            + schema
            + "; nothing to do (shards and replicas are not changed)";
      }
      throw new SchemaMismatch(
          "collection "
              + collection
              + " has schema "
              + schema
              + " but this Quire writes schema "
              + QuireConfigSet.SCHEMA
              + ": create a new collection (solr.collection) and run quire reindex, or delete"
              + " this one first");
    }
    upload(client, QuireConfigSet.SCHEMA, QuireConfigSet.zip());
    var create =
        CollectionAdminRequest.createCollection(
            collection, QuireConfigSet.SCHEMA, shards, replicas);
    create.setWaitForFinalState(true);
    create.process(client);
    return "created collection "
        + collection
        + " (schema "
        + QuireConfigSet.SCHEMA
        + ", "
        + shards
        + " shards x "
        + replicas
        + " replicas)";
  }

  /** Uploads (replacing) the configset {@code name}. */
  static void upload(CloudSolrClient client, String name, byte[] zip)
      throws IOException, SolrServerException {
    ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
    upload.setConfigSetName(name);
    upload.setOverwrite(true);
    upload.setCleanup(true);
    upload.setUploadStream(
        new ContentStreamBase.ByteArrayStream(zip, name + ".zip", "application/octet-stream"));
    upload.process(client);
  }

  /** The schema name of {@code collection}: its version. */
  public static String schemaName(CloudSolrClient client, String collection)
      throws IOException, SolrServerException {
    return new SchemaRequest.SchemaName().process(client, collection).getSchemaName();
  }
}
