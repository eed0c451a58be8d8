package uk.nhs.cohortcoach.gateway.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import uk.nhs.cohortcoach.gateway.edge.ClientAddress;
import uk.nhs.cohortcoach.gateway.token.IssuedToken;
import uk.nhs.cohortcoach.gateway.token.SessionCookie;
import uk.nhs.cohortcoach.gateway.token.SessionReader;
import uk.nhs.cohortcoach.gateway.token.SignedInPerson;
import uk.nhs.cohortcoach.gateway.token.SlidingSession;
import uk.nhs.cohortcoach.gateway.token.TokenIssuer;

/**
 * {@code POST /auth/login} with {@code {"username","password"}}: on success the platform token in
 * the body (for API clients) and in the session cookie (for the browser); wrong credentials are a
 * 401 that never says whether the username or the password was wrong; too many failures a 429 with
 * {@code Retry-After}; with demo accounts off (production) every attempt is a 401 problem of its own
 * kind saying that password sign-in is switched off. {@code POST /auth/logout} clears the session cookie.
 * {@code POST /auth/refresh} renews a valid session's token at once ("Stay signed in"); {@code GET /auth/me}
 * says who is signed in and until when; {@code GET /auth/options} lists the ways to sign in, for the web
 * module's sign-in page.
 */
@RestController
class SignInController {

    static final String WRONG_CREDENTIALS = "The username or password is not right.";
    static final String UNREADABLE = "Send JSON with a username and a password.";
    static final String NOT_SIGNED_IN = "You are not signed in.";
    static final String PASSWORD_SIGN_IN_OFF = "Signing in with a username and password is switched off here. "
            + "Sign in from the sign-in page with your organisation's account instead.";

    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final DemoAccounts accounts;
    private final FailedSignInThrottle throttle;
    private final TokenIssuer tokens;
    private final SessionCookie sessionCookie;

    private final SessionReader sessions;
    private final SlidingSession sliding;
    private final SignInOptions options;

    SignInController(DemoAccounts accounts, FailedSignInThrottle throttle, TokenIssuer tokens, SessionCookie sessionCookie,
            SessionReader sessions, SlidingSession sliding, SignInOptions options) {
        this.sessions = sessions;
        this.sliding = sliding;
        this.options = options;
        this.accounts = accounts;
        this.throttle = throttle;
        this.tokens = tokens;
        this.sessionCookie = sessionCookie;
    }

    @PostMapping("/auth/login")
    Mono<ResponseEntity<Object>> login(@RequestBody(required = false) Mono<LoginRequest> body, ServerWebExchange exchange) {
        if (!options.passwordSignIn()) {
            return Mono.just(SignInProblems.passwordSignInOff(exchange, PASSWORD_SIGN_IN_OFF));
        }
        return body
                .flatMap(request -> request.complete() ? attempt(request, exchange) : Mono.empty())
                .switchIfEmpty(Mono.fromSupplier(() -> SignInProblems.respond(exchange, HttpStatus.BAD_REQUEST, UNREADABLE)))
                .onErrorResume(ResponseStatusException.class, failure -> Mono.just(unreadable(failure, exchange)));
    }

    /** A body that is not JSON at all (415) or cannot be read (400) is answered as a problem too. */
    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Object> unreadable(ResponseStatusException failure, ServerWebExchange exchange) {
        return SignInProblems.respond(exchange, HttpStatus.valueOf(failure.getStatusCode().value()), UNREADABLE);
    }

    /**
     * Who the session cookie (or bearer token) belongs to: for the pages' navigation by role, and until when
     * ({@code expiresAt}: the idle limit unless renewed; {@code sessionEndsAt}: the maximum).
     */
    @GetMapping("/auth/me")
    Mono<ResponseEntity<Object>> me(ServerWebExchange exchange) {
        return sessions.read(exchange.getRequest())
                .map(session -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).<Object>body(session))
                .defaultIfEmpty(SignInProblems.respond(exchange, HttpStatus.UNAUTHORIZED, NOT_SIGNED_IN));
    }

    /**
     * "Stay signed in": a new token for the session of the cookie (or bearer token), in a new session cookie,
     * answering when it expires and when the session ends. 401 problem when the token is absent, expired or
     * not the gateway's, or the session has reached its maximum length.
     */
    @PostMapping("/auth/refresh")
    Mono<ResponseEntity<Object>> refresh(ServerWebExchange exchange) {
        return sliding.renew(sessions.token(exchange.getRequest()))
                .map(renewed -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.SET_COOKIE, sessionCookie.issue(renewed).toString())
                        .<Object>body(new SessionTimes(renewed.expiresAt(), renewed.sessionEndsAt())))
                .defaultIfEmpty(SignInProblems.respond(exchange, HttpStatus.UNAUTHORIZED, NOT_SIGNED_IN));
    }

    /** The ways to sign in here, for the web module's sign-in page; the same for everyone. */
    @GetMapping("/auth/options")
    ResponseEntity<Options> options() {
        List<Options.Provider> providers = options.providers().stream()
                .map(provider -> new Options.Provider(provider.registrationId(), provider.label(), provider.authorizationPath()))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Options(options.passwordSignIn(), providers));
    }

    /** Answer of {@code POST /auth/refresh}: when the new token expires unless renewed, and when the session ends. */
    record SessionTimes(Instant expiresAt, Instant sessionEndsAt) {
    }

    /**
     * Answer of {@code GET /auth/options}.
     *
     * @param passwordSignIn whether {@code POST /auth/login} accepts a username and password (demo accounts on)
     * @param providers      the OIDC providers, each with the path that starts signing in with it
     */
    record Options(boolean passwordSignIn, List<Provider> providers) {

        record Provider(String id, String label, String path) {
        }
    }

    @PostMapping("/auth/logout")
    ResponseEntity<Void> logout() {
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, sessionCookie.clear().toString()).build();
    }

    private Mono<ResponseEntity<Object>> attempt(LoginRequest request, ServerWebExchange exchange) {
        FailedSignInThrottle.Attempt key = new FailedSignInThrottle.Attempt(request.username(), ClientAddress.of(exchange.getRequest()));
        Duration retryAfter = throttle.tryAttempt(key).orElse(null);
        if (retryAfter != null) {
            log.warn("Sign-in refused: too many failures for the account, or from {}", key.clientAddress());
            long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            return Mono.just(SignInProblems.builder(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(SignInProblems.problem(exchange, HttpStatus.TOO_MANY_REQUESTS,
                            "Too many failed sign-in attempts. Try again later.")));
        }
        return Mono.fromCallable(() -> accounts.authenticate(request.username(), request.password()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(person -> person.map(signedIn -> {
                    throttle.succeeded(key);
                    return signedIn(signedIn);
                }).orElseGet(() -> SignInProblems.respond(exchange, HttpStatus.UNAUTHORIZED, WRONG_CREDENTIALS)));
    }

    private ResponseEntity<Object> signedIn(SignedInPerson person) {
        IssuedToken token = tokens.issue(person);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.SET_COOKIE, sessionCookie.issue(token).toString())
                .body(new LoginResponse(token.token(), token.expiresAt(), token.roles()));
    }
}
