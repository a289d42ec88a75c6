package io.ticketflow.notification;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where Ticketflow may send HTTP calls. Every URL is https with a host and no user info; plain http and this machine
 * only when {@code ticketflow.notification.allow-loopback} (tests, the demo). A URL an integrator gives (a webhook)
 * must also not lead into the operator's own networks — private, link-local (cloud metadata) or loopback
 * addresses — checked when it is given and again, with a fresh DNS answer, before each call. Redirects are never
 * followed.
 */
@Component
public class OutboundUrls {

    private static final String REFUSED = "is not an address Ticketflow may call: https to a public host";

    private final boolean allowLoopback;

    OutboundUrls(NotificationSettings settings) {
        this.allowLoopback = settings.allowLoopback();
    }

    /**
     * Why Ticketflow may not call this URL, or empty when it may.
     *
     * @param publicOnly the URL came from an integrator: no private or internal addresses
     */
    public Optional<String> problem(String url, boolean publicOnly) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
            return Optional.of("must be an absolute URL with a host, without user info or fragment");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopback)) {
            return Optional.of("must be https");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            // To an integrator, the same answer as a refused address: no map of the operator's DNS.
            return Optional.of(publicOnly ? REFUSED : "names a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            if (loopback && allowLoopback) {
                continue;
            }
            if (address.isAnyLocalAddress() || address.isMulticastAddress() || address.isLinkLocalAddress()
                    || loopback || (publicOnly && !isPublic(address))) {
                return Optional.of(publicOnly ? REFUSED
                        : "leads to " + address.getHostAddress() + ", an address Ticketflow does not call");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an address is on the public internet: not in a private, shared (carrier NAT), loopback, link-local,
     * benchmarking, reserved or multicast IPv4 range, nor an IPv6 address that is unique-local or carries such an
     * IPv4 address inside (NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}, IPv4-compatible {@code ::a.b.c.d}).
     */
    static boolean isPublic(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return isPublicV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if ((b[0] & 0xfe) == 0xfc || (b[0] & 0xff) == 0xff || ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80)) {
            return false; // unique local, multicast, link-local
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return isPublicV4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff); // 6to4
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (nat64 || allZero(b, 0, 12)) {
            return isPublicV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // NAT64, IPv4-compatible, ::, ::1
        }
        return true;
    }

    private static boolean isPublicV4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224 || (a == 100 && b >= 64 && b < 128)
                || (a == 169 && b == 254) || (a == 172 && b >= 16 && b < 32) || (a == 192 && b == 168)
                || (a == 192 && b == 0 && c == 0) || (a == 198 && (b == 18 || b == 19)));
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
