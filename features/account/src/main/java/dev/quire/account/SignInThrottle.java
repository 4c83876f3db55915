package dev.quire.account;

import dev.quire.system.RateLimiter;
import dev.quire.system.RateLimiters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Limits password attempts per email address (5 per 15 minutes) and per client address (30). An
 * attempt takes its slot <em>before</em> the password is checked, atomically, so parallel guesses
 * count too; a correct password gives the slot back. Once an address is locked, a correct password
 * still gets through from a device that signed in to that account before (a signed device cookie),
 * so a stranger's wrong guesses cannot lock the owner out; elsewhere the owner can use a reset
 * link.
 */
final class SignInThrottle {
  static final int PER_EMAIL = 5;
  static final int PER_ADDRESS = 30;
  static final Duration WINDOW = Duration.ofMinutes(15);

  /** One attempt's slots; give them back when the password was right. */
  final class Attempt {
    private final String email;
    private final String address;
    private final boolean emailSlot;

    private Attempt(String email, String address, boolean emailSlot) {
      this.email = email;
      this.address = address;
      this.emailSlot = emailSlot;
    }

    /** The password was right: the attempt does not count against anyone. */
    void succeeded() {
      if (emailSlot) {
        perEmail.release(email);
      }
      perAddress.release(address);
    }

    /** Whether this attempt is allowed only because it comes from a known device. */
    boolean onlyAsKnownDevice() {
      return !emailSlot;
    }
  }

  private final RateLimiter perEmail;
  private final RateLimiter perAddress;
  private final byte[] deviceKey = Secrets.bytes(32);

  SignInThrottle(RateLimiters limits) {
    this.perEmail = limits.limiter("sign-in-email", PER_EMAIL, WINDOW);
    this.perAddress = limits.limiter("sign-in-address", PER_ADDRESS, WINDOW);
  }

  /**
   * Takes a slot for one attempt for {@code email} from {@code address}.
   *
   * @param knownDevice whether the request carries a device cookie (checked against the account
   *     later, see {@link Attempt#onlyAsKnownDevice()})
   * @throws ThrottledException when no slot is left
   */
  Attempt begin(String email, String address, boolean knownDevice) {
    RateLimiter.Decision byAddress = perAddress.acquire(address);
    if (!byAddress.allowed()) {
      throw throttled(byAddress.resetSeconds());
    }
    RateLimiter.Decision byEmail = perEmail.acquire(email);
    if (!byEmail.allowed() && !knownDevice) {
      perAddress.release(address);
      throw throttled(byEmail.resetSeconds());
    }
    return new Attempt(email, address, byEmail.allowed());
  }

  private static ThrottledException throttled(long wait) {
    return new ThrottledException(
        "too many failed sign-ins; try again in "
            + wait
            + " seconds, or set a new password through \"Forgot your password?\"",
        wait);
  }

  /** The device cookie value for a browser that just signed in to {@code userId}. */
  String deviceToken(String userId) {
    return userId + "." + mac(userId);
  }

  /** Whether {@code token} is a device cookie of {@code userId}. */
  boolean isDeviceOf(String token, String userId) {
    return token != null && Secrets.same(token, deviceToken(userId));
  }

  private String mac(String userId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(deviceKey, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
