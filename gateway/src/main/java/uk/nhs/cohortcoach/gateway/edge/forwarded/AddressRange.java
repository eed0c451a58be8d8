package uk.nhs.cohortcoach.gateway.edge.forwarded;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A block of IP addresses in CIDR notation ({@code 10.42.0.0/16}, {@code fd00::/8}), or one address
 * ({@code 192.0.2.10}). Bound from configuration through {@link #valueOf(String)}; anything that is
 * not an address literal (a host name, a prefix out of range) is refused.
 */
final class AddressRange {

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses {@code address} or {@code address/prefix}; host bits below the prefix are ignored. */
    public static AddressRange valueOf(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = IpLiteral.parse(address).map(InetAddress::getAddress).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not an IP address or CIDR block (e.g. 10.42.0.0/16); host names are not allowed"));
        int bits = bytes.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String suffix = trimmed.substring(slash + 1);
            if (!suffix.matches("\\d{1,3}") || Integer.parseInt(suffix) > bits) {
                throw new IllegalArgumentException("'" + text + "' has a prefix length that is not 0 to " + bits);
            }
            prefix = Integer.parseInt(suffix);
        }
        return new AddressRange(mask(bytes, prefix), prefix);
    }

    int prefixLength() {
        return prefixLength;
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        return candidate.length == network.length && Arrays.equals(mask(candidate, prefixLength), network);
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (java.net.UnknownHostException impossible) {
            return Arrays.toString(network) + "/" + prefixLength;
        }
    }
}
