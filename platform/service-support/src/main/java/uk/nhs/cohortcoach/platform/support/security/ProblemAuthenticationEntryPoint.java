package uk.nhs.cohortcoach.platform.support.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 for a request without a valid token, as RFC 6750 says: {@code WWW-Authenticate: Bearer}, with
 * {@code error="invalid_token"} when a token was sent but refused (400 {@code invalid_request} for a
 * malformed request), and a problem body with the correlation id. Why a token was refused (expired,
 * foreign key, wrong issuer) is logged by Spring Security at debug level, not told to the caller.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String INVALID_TOKEN_DESCRIPTION = "The token is expired, malformed or not issued by the platform";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        String challenge = "Bearer";
        if (failure instanceof OAuth2AuthenticationException oauth) {
            OAuth2Error error = oauth.getError();
            if (error instanceof BearerTokenError bearer) {
                status = bearer.getHttpStatus();
            }
            String description = BearerTokenErrorCodes.INVALID_TOKEN.equals(error.getErrorCode())
                    ? INVALID_TOKEN_DESCRIPTION
                    : error.getDescription();
            challenge = "Bearer error=\"" + error.getErrorCode() + "\""
                    + (description == null ? "" : ", error_description=\"" + description.replace("\"", "'") + "\"");
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        SecurityProblems.write(request, response, status,
                status == HttpStatus.UNAUTHORIZED ? SecurityProblems.UNAUTHORIZED_DETAIL : "The request is malformed.");
    }
}
