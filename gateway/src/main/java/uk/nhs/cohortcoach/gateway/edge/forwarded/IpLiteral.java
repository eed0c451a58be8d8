package uk.nhs.cohortcoach.gateway.edge.forwarded;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads IP address literals, never looking a name up in DNS: dotted IPv4 ({@code 192.0.2.1}) and
 * IPv6 ({@code 2001:db8::1}); as written in {@code X-Forwarded-For} by some proxies, also with a
 * port ({@code 192.0.2.1:443}, {@code [2001:db8::1]:443}).
 */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3})(?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([^\\]]+)](?::\\d{1,5})?");

    private IpLiteral() {
    }

    /** The address written exactly (no brackets, no port), or empty. */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.trim();
        Matcher ipv4 = IPV4.matcher(literal);
        if (ipv4.matches()) {
            return ipv4(ipv4);
        }
        if (literal.indexOf(':') >= 0 && IPV6.matcher(literal).matches()) {
            try {
                // A string with a colon that starts with a hex digit or colon is parsed as an IPv6
                // literal or refused; InetAddress never looks it up.
                return Optional.of(InetAddress.getByName(literal));
            } catch (UnknownHostException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** One hop of {@code X-Forwarded-For}: an address, perhaps with a port (IPv6 then in brackets), or empty. */
    static Optional<InetAddress> parseHop(String hop) {
        if (hop == null) {
            return Optional.empty();
        }
        String text = hop.trim();
        Matcher bracketed = BRACKETED_IPV6.matcher(text);
        if (bracketed.matches()) {
            return bracketed.group(1).indexOf(':') >= 0 ? parse(bracketed.group(1)) : Optional.empty();
        }
        Matcher ipv4 = IPV4_WITH_PORT.matcher(text);
        if (ipv4.matches()) {
            return parse(ipv4.group(1));
        }
        return parse(text);
    }

    private static Optional<InetAddress> ipv4(Matcher octets) {
        byte[] address = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(octets.group(i + 1));
            if (octet > 255) {
                return Optional.empty();
            }
            address[i] = (byte) octet;
        }
        try {
            return Optional.of(InetAddress.getByAddress(address));
        } catch (UnknownHostException impossible) {
            return Optional.empty();
        }
    }
}
