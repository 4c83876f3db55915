package dev.quire.account;

import dev.quire.mail.MailSender;
import dev.quire.system.RateLimiter;
import dev.quire.system.RateLimiters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sign-up, sign-in with throttling, sessions, email verification, password reset and change, and
 * roles: the rules of accounts, over {@link UserRepository} and {@link SessionRepository}. Links in
 * mail come from the configured base URL, never from a request.
 */
public final class Accounts {
  static final Duration SESSION_LIFETIME = Duration.ofDays(30);
  static final Duration VERIFY_LINK_LIFETIME = Duration.ofHours(48);
  static final Duration RESET_LINK_LIFETIME = Duration.ofHours(1);

  /** Sessions are remembered this long in memory, so a signed-in page costs no query. */
  static final Duration SESSION_CACHE_TTL = Duration.ofSeconds(10);

  /** Sign-ups and reset requests one client address may make per hour. */
  static final int MAIL_REQUESTS_PER_ADDRESS = 10;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{2,32}");
  private static final String VERIFY = "verify";
  private static final String RESET = "reset";

  private record Cached(AuthenticatedUser user, long atNanos) {}

  private final UserRepository users;
  private final SessionRepository sessions;
  private final ApiTokens tokens;
  private final PasswordHasher hasher;
  private final AccountMail mail;
  private final Clock clock;
  private final SignInThrottle throttle;
  private final RateLimiter mailRequestsPerAddress;
  private final Map<String, Cached> sessionCache = new ConcurrentHashMap<>();
  private volatile Runnable onSessionsChanged = () -> {};
  private volatile String dummyHash;

  public Accounts(
      UserRepository users,
      SessionRepository sessions,
      ApiTokens tokens,
      PasswordHasher hasher,
      MailSender mail,
      Supplier<String> links,
      Clock clock) {
    this(users, sessions, tokens, hasher, mail, links, RateLimiters.inMemory(clock));
  }

  /** As above, with sign-in, mail and reset limits counted by {@code limits} (several nodes). */
  public Accounts(
      UserRepository users,
      SessionRepository sessions,
      ApiTokens tokens,
      PasswordHasher hasher,
      MailSender mail,
      Supplier<String> links,
      RateLimiters limits) {
    Clock clock = limits.clock();
    this.users = users;
    this.sessions = sessions;
    this.tokens = tokens;
    this.hasher = hasher;
    this.mail = new AccountMail(mail, links, limits);
    this.clock = clock;
    this.throttle = new SignInThrottle(limits);
    this.mailRequestsPerAddress =
        limits.limiter("account-mail-requests", MAIL_REQUESTS_PER_ADDRESS, Duration.ofHours(1));
  }

  public UserRepository users() {
    return users;
  }

  /** Whether account mail reaches inboxes (SMTP) rather than files on this server. */
  public boolean mailReachesInboxes() {
    return mail.reachesInboxes();
  }

  /** How account mail is delivered, in words. */
  public String mailDescription() {
    return mail.describe();
  }

  /** Waits until queued account mail is written or sent. */
  public void awaitMail() {
    mail.drain();
  }

  /** Sign-up with no client address (commands and tests). */
  public User signUp(String email, String name, String password) {
    return signUp(email, name, password, null);
  }

  /**
   * Signs up: a new address gets an unverified account and a confirmation link; an address that
   * already has an account gets a mail saying so instead, and the caller learns nothing either way.
   *
   * @throws AccountException when a field is invalid or the name is taken
   * @param clientIp the client's address, null for commands (not limited)
   * @return the new account, or the one that already had this address
   * @throws ThrottledException when {@code clientIp} made too many requests this hour
   */
  public User signUp(String email, String name, String password, String clientIp) {
    String e = EmailAddresses.normalise(email);
    String n = name == null ? "" : name.strip();
    if (!NAME.matcher(n).matches()) {
      throw new AccountException(
          "a name has 2 to 32 letters, digits, '-' or '_'; '" + n + "' does not fit");
    }
    PasswordRules.check(password, e, n);
    limitMailRequests(clientIp);
    Optional<User> existing = users.findByEmail(e);
    if (existing.isPresent()) {
      hasher.hash(password); // as long as a real sign-up
      mail.send(
          e,
          "Someone tried to sign up with your address",
          "Hello "
              + existing.get().name()
              + ",\n\nsomeone (perhaps you) tried to create an account with this address, which"
              + " already has one. To sign in, open:\n\n"
              + mail.link("/signin")
              + "\n\nForgot the password? Set a new one at:\n\n"
              + mail.link("/forgot")
              + "\n\nIf it was not you, ignore this mail.\n");
      return existing.get();
    }
    if (users.nameTaken(n)) {
      throw new AccountException("the name '" + n + "' is taken; choose another");
    }
    User user = new User(Secrets.id(), e, n, false, false);
    if (!users.create(user, hasher.hash(password), clock.instant())) {
      throw new AccountException("the name '" + n + "' is taken; choose another");
    }
    sendVerification(user);
    return user;
  }

  private void limitMailRequests(String clientIp) {
    if (clientIp == null) {
      return;
    }
    RateLimiter.Decision d = mailRequestsPerAddress.acquire(clientIp);
    if (!d.allowed()) {
      throw new ThrottledException(
          "too many sign-up and reset requests from your address; try again in "
              + d.resetSeconds()
              + " seconds",
          d.resetSeconds());
    }
  }

  private void sendVerification(User user) {
    String token = mailToken(user, VERIFY, VERIFY_LINK_LIFETIME);
    mail.send(
        user.email(),
        "Confirm your email address",
        "Hello "
            + user.name()
            + ",\n\nconfirm your email address by opening this link within 48 hours:\n\n"
            + mail.link("/verify?token=" + token)
            + "\n\nIf you did not sign up, ignore this mail.\n");
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

  /** Sign-in from no particular client (commands and tests). */
  public NewSession signIn(String email, String password) {
    return signIn(email, password, "local", null);
  }

  /**
   * Signs in by email and password. Each attempt takes a slot per email address and per client
   * address before the password is checked; a right password gives it back. A browser holding a
   * device cookie of the account ({@link NewSession#deviceToken()}) gets through a locked address.
   *
   * @throws ThrottledException after too many failures
   * @throws AccountException when the credentials are wrong or the email is unconfirmed
   */
  public NewSession signIn(String email, String password, String clientIp, String deviceCookie) {
    String e = EmailAddresses.lenient(email);
    SignInThrottle.Attempt attempt =
        throttle.begin(e, clientIp == null ? "" : clientIp, deviceCookie != null);
    Optional<User> user = users.findByEmail(e);
    if (attempt.onlyAsKnownDevice()
        && (user.isEmpty() || !throttle.isDeviceOf(deviceCookie, user.get().id()))) {
      throw new ThrottledException(
          "too many failed sign-ins; try again later, or set a new password through"
              + " \"Forgot your password?\"",
          SignInThrottle.WINDOW.toSeconds());
    }
    String hash = user.flatMap(u -> users.passwordHash(u.id())).orElse(null);
    boolean ok = checkPassword(password, hash);
    if (!ok) {
      throw new AccountException("wrong email or password");
    }
    attempt.succeeded();
    User u = user.get();
    if (!u.verified()) {
      sendVerification(u);
      throw new AccountException(
          "confirm your email address first: we have sent you a new link to " + u.email());
    }
    return startSession(u);
  }

  /** Verifies a password, against a dummy hash when there is no account, so both take as long. */
  private boolean checkPassword(String password, String hash) {
    if (hash == null) {
      String dummy = dummyHash;
      if (dummy == null) {
        dummy = hasher.hash(Secrets.token());
        dummyHash = dummy;
      }
      hasher.verify(password == null ? "" : password, dummy);
      return false;
    }
    return password != null && hasher.verify(password, hash);
  }

  private NewSession startSession(User user) {
    String token = Secrets.token();
    Instant now = clock.instant();
    Instant expires = now.plus(SESSION_LIFETIME);
    sessions.create(Secrets.digest(token), user.id(), Secrets.token(), now, expires);
    return new NewSession(token, user, expires, throttle.deviceToken(user.id()));
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

  /**
   * Calls {@code listener} after sessions ended or users changed here (sign-out, password reset or
   * change, admin role), so other nodes can {@link #forgetRememberedSessions()}.
   */
  public void onSessionsChanged(Runnable listener) {
    this.onSessionsChanged = listener;
  }

  /** Drops the sessions this process remembers, so each is looked up again. */
  public void forgetRememberedSessions() {
    sessionCache.clear();
  }

  /** Ends a session. */
  public void signOut(String token) {
    if (token != null) {
      sessionCache.remove(token);
      sessions.delete(Secrets.digest(token));
      onSessionsChanged.run();
    }
  }

  /**
   * Mails a single-use password-reset link when an account has this email; says nothing either way,
   * so the form cannot be used to probe for accounts (the mail is written in the background).
   *
   * @throws ThrottledException when {@code clientIp} made too many requests this hour
   */
  public void requestReset(String email, String clientIp) {
    limitMailRequests(clientIp);
    String e = EmailAddresses.lenient(email);
    users
        .findByEmail(e)
        .ifPresent(
            u -> {
              String token = mailToken(u, RESET, RESET_LINK_LIFETIME);
              mail.send(
                  u.email(),
                  "Reset your password",
                  "Hello "
                      + u.name()
                      + ",\n\nset a new password by opening this link within one hour;"
                      + " it works once:\n\n"
                      + mail.link("/reset?token=" + token)
                      + "\n\nIf you did not ask for this, ignore this mail.\n");
            });
  }

  /** A reset request from no particular client (commands and tests). */
  public void requestReset(String email) {
    requestReset(email, null);
  }

  /**
   * Sets a new password by a mailed reset token: ends every session of the user and every other
   * reset link, and revokes the user's API tokens when {@code revokeTokens}.
   */
  public void resetPassword(String token, String password, boolean revokeTokens) {
    String digest = Secrets.digest(nonNull(token));
    Optional<User> holder =
        users.liveMailTokenUser(digest, RESET, clock.instant()).flatMap(users::find);
    if (holder.isPresent()) {
      PasswordRules.check(password, holder.get().email(), holder.get().name());
    }
    String userId =
        users
            .consumeMailToken(digest, RESET, clock.instant())
            .orElseThrow(
                () ->
                    new AccountException(
                        "this reset link is unknown, used or expired; ask for a new one"));
    users.setPassword(userId, hasher.hash(password));
    users.markVerified(userId, clock.instant()); // the link proved the address
    users.expireMailTokens(userId, RESET, clock.instant());
    sessions.deleteAllOf(userId);
    sessionCache.clear();
    onSessionsChanged.run();
    if (revokeTokens) {
      tokens.revokeAll(userId);
    }
  }

  /** {@link #resetPassword(String, String, boolean)} revoking API tokens. */
  public void resetPassword(String token, String password) {
    resetPassword(token, password, true);
  }

  /**
   * Changes the password of a signed-in user who knows the current one: ends the user's other
   * sessions (keeping {@code currentSessionToken}), and revokes API tokens when {@code
   * revokeTokens}. Wrong current passwords count as failed sign-ins.
   *
   * @throws AccountException when the current password is wrong or the new one is refused
   * @throws ThrottledException after too many wrong current passwords
   */
  public void changePassword(
      User user,
      String current,
      String password,
      String currentSessionToken,
      String clientIp,
      boolean revokeTokens) {
    SignInThrottle.Attempt attempt =
        throttle.begin(user.email(), clientIp == null ? "" : clientIp, false);
    if (!checkPassword(current, users.passwordHash(user.id()).orElse(null))) {
      throw new AccountException("the current password is wrong");
    }
    attempt.succeeded();
    PasswordRules.check(password, user.email(), user.name());
    users.setPassword(user.id(), hasher.hash(password));
    users.expireMailTokens(user.id(), RESET, clock.instant());
    sessions.deleteAllOfExcept(
        user.id(), currentSessionToken == null ? "" : Secrets.digest(currentSessionToken));
    sessionCache.clear();
    onSessionsChanged.run();
    if (revokeTokens) {
      tokens.revokeAll(user.id());
    }
  }

  /** Gives the admin role to the account with this email, or takes it away. */
  public void setAdmin(String email, boolean admin) {
    String e = EmailAddresses.lenient(email);
    if (!users.setAdmin(e, admin)) {
      throw new AccountException("no account has the email " + e);
    }
    sessionCache.clear();
    onSessionsChanged.run();
  }

  private String mailToken(User user, String purpose, Duration lifetime) {
    String token = Secrets.token();
    Instant now = clock.instant();
    users.createMailToken(Secrets.digest(token), user.id(), purpose, now, now.plus(lifetime));
    return token;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
