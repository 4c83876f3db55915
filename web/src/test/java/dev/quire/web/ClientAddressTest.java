package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientAddressTest {
  final ClientAddress behindProxies = new ClientAddress("10.0.0.0/8, 192.168.1.5 ,::1");

  @Test
  void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
    assertThat(new ClientAddress("").resolve("203.0.113.9", "198.51.100.1"))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aForwardedHeaderFromAnUntrustedPeerIsIgnored() {
    assertThat(behindProxies.resolve("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
  }

  @Test
  void fromATrustedPeerTheRightMostUntrustedAddressIsTheClient() {
    assertThat(behindProxies.resolve("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
    assertThat(behindProxies.resolve("10.1.2.3", "6.6.6.6, 198.51.100.1, 192.168.1.5"))
        .as("a client-written address left of the real one is not believed")
        .isEqualTo("198.51.100.1");
    assertThat(behindProxies.resolve("::1", "2001:db8::7")).isEqualTo("2001:db8::7");
  }

  @Test
  void garbageOrOnlyProxiesInTheHeaderLeaveTheLastKnownHop() {
    assertThat(behindProxies.resolve("10.1.2.3", "not-an-address")).isEqualTo("10.1.2.3");
    assertThat(behindProxies.resolve("10.1.2.3", "10.9.9.9")).isEqualTo("10.9.9.9");
    assertThat(behindProxies.resolve("10.1.2.3", null)).isEqualTo("10.1.2.3");
  }

  @Test
  void aBadTrustedProxyEntryIsNamed() {
    assertThatThrownBy(() -> new ClientAddress("10.0.0.0/8, proxy.example.org"))
        .hasMessageContaining("'proxy.example.org'");
    assertThatThrownBy(() -> new ClientAddress("10.0.0.0/99")).hasMessageContaining("10.0.0.0/99");
  }
}
