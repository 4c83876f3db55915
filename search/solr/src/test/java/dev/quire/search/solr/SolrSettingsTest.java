package dev.quire.search.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrSettingsTest {
  @Test
  void theEmbeddedEngineIsTheDefaultAndNeedsNoSolr() {
    SolrSettings s = SolrSettings.from(Map.of());
    assertThat(s.solr()).isFalse();
    assertThat(s.engine()).isEqualTo("lucene");
    assertThat(s.collection()).isEqualTo("quire");
  }

  @Test
  void solrWithoutZooKeeperOrUrlsStopsStartUpSayingWhatIsMissing() {
    assertThatThrownBy(() -> SolrSettings.from(Map.of("search.engine", "solr")))
        .hasMessageContaining("search.engine is solr")
        .hasMessageContaining("solr.zk-hosts")
        .hasMessageContaining("solr.urls");
  }

  @Test
  void badAddressesAndCollectionNamesAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> SolrSettings.from(Map.of("solr.zk-hosts", "zk1;2181")))
        .hasMessageContaining("solr.zk-hosts: 'zk1;2181'");
    assertThatThrownBy(() -> SolrSettings.from(Map.of("solr.urls", "solr1:8983")))
        .hasMessageContaining("solr.urls: 'solr1:8983'");
    assertThatThrownBy(() -> SolrSettings.from(Map.of("solr.collection", "my papers")))
        .hasMessageContaining("solr.collection: 'my papers'");
  }

  @Test
  void urlsAreSplitOnCommasWithoutTrailingSlashes() {
    SolrSettings s =
        SolrSettings.from(
            Map.of(
                "search.engine", "solr", "solr.urls", "http://a:8983/solr/, http://b:8983/solr"));
    assertThat(s.urls()).isEqualTo(List.of("http://a:8983/solr", "http://b:8983/solr"));
    assertThat(s.where()).isEqualTo("http://a:8983/solr,http://b:8983/solr");
    assertThat(SolrSettings.from(Map.of("solr.zk-hosts", "zk1:2181,zk2:2181/solr")).where())
        .isEqualTo("ZooKeeper zk1:2181,zk2:2181/solr");
  }
}
