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
            return Optional.of("names a host that does not resolve: " + uri.getHost());
        }
        for (InetAddress address : addresses) {
            boolean loopback = address.isLoopbackAddress();
            if (loopback && allowLoopback) {
                continue;
            }
            if (address.isAnyLocalAddress() || address.isMulticastAddress() || address.isLinkLocalAddress()
                    || loopback || (publicOnly && (address.isSiteLocalAddress() || isUniqueLocal(address)))) {
                return Optional.of("leads to " + address.getHostAddress() + ", an address Ticketflow does not call");
            }
        }
        return Optional.empty();
    }

    /** IPv6 unique local addresses (fc00::/7), the private range of IPv6. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
