package dev.quire.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  @Test
  void aHashIsAnArgon2idPhcStringThatVerifiesOnlyTheSamePassword() {
    String hash = PasswordHasher.OWASP.hash("correct horse battery");
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(PasswordHasher.OWASP.verify("correct horse battery", hash)).isTrue();
    assertThat(PasswordHasher.OWASP.verify("correct horse batterY", hash)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
    assertThat(PasswordHasher.OWASP.hash("same password"))
        .isNotEqualTo(PasswordHasher.OWASP.hash("same password"));
  }

  @Test
  void aHashKeepsItsOwnParametersSoCheaperOldHashesStillVerify() {
    String old = new PasswordHasher(1024, 1, 1).hash("legacy secret");
    assertThat(PasswordHasher.OWASP.verify("legacy secret", old)).isTrue();
    assertThat(PasswordHasher.OWASP.verify("legacy secret", "$2a$10$notargon")).isFalse();
  }
}
