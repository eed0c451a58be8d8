package uk.nhs.cohortcoach.gateway.signin;

/** Body of {@code POST /auth/login}. */
record LoginRequest(String username, String password) {

    /** Longest username or password accepted at all. */
    static final int MAX_LENGTH = 256;

    boolean complete() {
        return present(username) && present(password);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_LENGTH;
    }
}
