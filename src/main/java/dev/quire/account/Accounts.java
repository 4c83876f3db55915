package dev.quire.account;

import dev.quire.mail.MailMessage;
import dev.quire.mail.MailSender;
import dev.quire.system.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sign-up, sign-in with throttling, sessions, email verification, password reset and roles: the
 * rules of accounts, over {@link UserRepository} and {@link SessionRepository}.
 */
public final class Accounts {
  static final Duration SESSION_LIFETIME = Duration.ofDays(30);
  static final Duration VERIFY_LINK_LIFETIME = Duration.ofHours(48);
  static final Duration RESET_LINK_LIFETIME = Duration.ofHours(1);

  /** Sessions are remembered this long in memory, so a signed-in page costs no query. */
  static final Duration SESSION_CACHE_TTL = Duration.ofSeconds(10);

  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 256;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{2,32}");
  private static final String VERIFY = "verify";
  private static final String RESET = "reset";

  private record Cached(AuthenticatedUser user, long atNanos) {}

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final MailSender mail;
  private final Clock clock;
  private final RateLimiter failuresPerEmail;
  private final RateLimiter failuresPerIp;
  private final Map<String, Cached> sessionCache = new ConcurrentHashMap<>();

  public Accounts(
      UserRepository users,
      SessionRepository sessions,
      PasswordHasher hasher,
      MailSender mail,
      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.mail = mail;
    this.clock = clock;
    this.failuresPerEmail = new RateLimiter(5, Duration.ofMinutes(15), clock);
    this.failuresPerIp = new RateLimiter(30, Duration.ofMinutes(15), clock);
  }

  public UserRepository users() {
    return users;
  }

  /**
   * Creates an unverified account and mails it a verification link under {@code baseUrl}.
   *
   * @throws AccountException when a field is invalid or the email or name is taken
   */
  public User signUp(String email, String name, String password, String baseUrl) {
    String e = normaliseEmail(email);
    String n = name == null ? "" : name.strip();
    if (!NAME.matcher(n).matches()) {
      throw new AccountException(
          "a name has 2 to 32 letters, digits, '-' or '_'; '" + n + "' does not fit");
    }
    checkPassword(password);
    if (users.taken(e, n)) {
      throw new AccountException("that email or name is already registered");
    }
    User user = new User(Secrets.id(), e, n, false, false);
    if (!users.create(user, hasher.hash(password), clock.instant())) {
      throw new AccountException("that email or name is already registered");
    }
    sendVerification(user, baseUrl);
    return user;
  }

  private void sendVerification(User user, String baseUrl) {
    String token = mailToken(user, VERIFY, VERIFY_LINK_LIFETIME);
    mail.send(
        MailMessage.text(
            user.email(),
            "Confirm your email address",
            "Hello "
                + user.name()
                + ",\n\nconfirm your email address by opening this link within 48 hours:\n\n"
                + baseUrl
                + "/verify?token="
                + token
                + "\n\nIf you did not sign up, ignore this mail.\n"));
  }

  /** Confirms an email address by a mailed token and signs the user in. */
  public NewSession verify(String token) {
    String userId =
        users
            .consumeMailToken(Secrets.digest(nonNull(token)), VERIFY, clock.instant())
            .orElseThrow(
                () ->
                    new AccountException(
                        "this confirmation link is unknown, used or expired; sign in to get a new one"));
    users.markVerified(userId, clock.instant());
    return startSession(users.find(userId).orElseThrow());
  }

  /**
   * Signs in by email and password. Failed attempts are limited per email address and per client
   * address.
   *
   * @throws ThrottledException after too many failures
   * @throws AccountException when the credentials are wrong or the email is unconfirmed
   */
  public NewSession signIn(String email, String password, String clientIp, String baseUrl) {
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    RateLimiter.Decision byEmail = failuresPerEmail.peek(e);
    RateLimiter.Decision byIp = failuresPerIp.peek(clientIp);
    if (!byEmail.allowed() || !byIp.allowed()) {
      long wait = Math.max(byEmail.allowed() ? 0 : byEmail.resetSeconds(), byIp.resetSeconds());
      throw new ThrottledException(
          "too many failed sign-ins; try again in " + wait + " seconds", wait);
    }
    Optional<User> user = users.findByEmail(e);
    String hash = user.flatMap(u -> users.passwordHash(u.id())).orElse(null);
    boolean ok = hash != null && password != null && hasher.verify(password, hash);
    if (!ok) {
      failuresPerEmail.acquire(e);
      failuresPerIp.acquire(clientIp);
      throw new AccountException("wrong email or password");
    }
    User u = user.get();
    if (!u.verified()) {
      sendVerification(u, baseUrl);
      throw new AccountException(
          "confirm your email address first: we have sent you a new link to " + u.email());
    }
    return startSession(u);
  }

  private NewSession startSession(User user) {
    String token = Secrets.token();
    Instant now = clock.instant();
    Instant expires = now.plus(SESSION_LIFETIME);
    sessions.create(Secrets.digest(token), user.id(), Secrets.token(), now, expires);
    return new NewSession(token, user, expires);
  }

  /** The user of a live session cookie, from a short-lived memory cache or the database. */
  public Optional<AuthenticatedUser> session(String token) {
    if (token == null || token.isEmpty() || token.length() > 100) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    Cached c = sessionCache.get(token);
    if (c != null && now - c.atNanos() < SESSION_CACHE_TTL.toNanos()) {
      return Optional.of(c.user());
    }
    Optional<AuthenticatedUser> found = sessions.find(Secrets.digest(token), clock.instant());
    if (sessionCache.size() > 50_000) {
      sessionCache.clear();
    }
    found.ifPresentOrElse(
        u -> sessionCache.put(token, new Cached(u, now)), () -> sessionCache.remove(token));
    return found;
  }

  /** Ends a session. */
  public void signOut(String token) {
    if (token != null) {
      sessionCache.remove(token);
      sessions.delete(Secrets.digest(token));
    }
  }

  /**
   * Mails a single-use password-reset link when an account has this email; says nothing either way,
   * so the form cannot be used to probe for accounts.
   */
  public void requestReset(String email, String baseUrl) {
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    users
        .findByEmail(e)
        .ifPresent(
            u -> {
              String token = mailToken(u, RESET, RESET_LINK_LIFETIME);
              mail.send(
                  MailMessage.text(
                      u.email(),
                      "Reset your password",
                      "Hello "
                          + u.name()
                          + ",\n\nset a new password by opening this link within one hour;"
                          + " it works once:\n\n"
                          + baseUrl
                          + "/reset?token="
                          + token
                          + "\n\nIf you did not ask for this, ignore this mail.\n"));
            });
  }

  /** Sets a new password by a mailed reset token, ending every session of the user. */
  public void resetPassword(String token, String password) {
    checkPassword(password);
    String userId =
        users
            .consumeMailToken(Secrets.digest(nonNull(token)), RESET, clock.instant())
            .orElseThrow(
                () ->
                    new AccountException(
                        "this reset link is unknown, used or expired; ask for a new one"));
    users.setPassword(userId, hasher.hash(password));
    users.markVerified(userId, clock.instant()); // the link proved the address
    sessions.deleteAllOf(userId);
    sessionCache.clear();
  }

  /** Gives the admin role to the account with this email, or takes it away. */
  public void setAdmin(String email, boolean admin) {
    String e = normaliseEmail(email);
    if (!users.setAdmin(e, admin)) {
      throw new AccountException("no account has the email " + e);
    }
    sessionCache.clear();
  }

  private String mailToken(User user, String purpose, Duration lifetime) {
    String token = Secrets.token();
    Instant now = clock.instant();
    users.createMailToken(Secrets.digest(token), user.id(), purpose, now, now.plus(lifetime));
    return token;
  }

  static String normaliseEmail(String email) {
    String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
      throw new AccountException("'" + e + "' is not an email address");
    }
    return e;
  }

  private static void checkPassword(String password) {
    int n = password == null ? 0 : password.length();
    if (n < MIN_PASSWORD || n > MAX_PASSWORD) {
      throw new AccountException(
          "a password needs "
              + MIN_PASSWORD
              + " to "
              + MAX_PASSWORD
              + " characters; this one has "
              + n);
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
