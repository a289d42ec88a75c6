package io.ticketflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses an integrator's webhook may lead to: the public internet only, however the address is spelt. */
class OutboundUrlsTest {

    private final OutboundUrls urls = new OutboundUrls(new NotificationSettings("x@y", "http://localhost", 8, 3,
            "en", Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(1), false, Duration.ofSeconds(5),
            Duration.ofSeconds(10)));

    @ParameterizedTest
    @ValueSource(strings = {"0.1.2.3", "10.0.0.8", "100.64.0.1", "100.100.100.200", "127.0.0.1", "169.254.169.254",
        "172.16.5.4", "172.31.255.255", "192.0.0.8", "192.168.1.1", "198.18.0.1", "224.0.0.1", "240.0.0.1",
        "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "ff02::1", "64:ff9b::a00:1", "2002:a00:1::",
        "::a00:1", "::ffff:10.0.0.1"})
    void privateReservedAndDisguisedAddressesAreNotPublic(String address) throws UnknownHostException {
        assertThat(OutboundUrls.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.32.0.1", "198.20.0.1",
        "2606:4700::1111", "64:ff9b::808:808", "2002:808:808::"})
    void publicAddressesArePublic(String address) throws UnknownHostException {
        assertThat(OutboundUrls.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.8/hook", "https://2130706433/hook", "https://0x7f000001/hook",
        "https://[::ffff:127.0.0.1]/hook", "https://localhost./hook", "https://100.100.100.200/hook",
        "http://8.8.8.8/hook", "ftp://8.8.8.8/hook", "https://user:pw@8.8.8.8/hook", "https://no-such-host.invalid/"})
    void anIntegratorsUrlIntoTheOperatorsNetworksOrNotHttpsIsRefused(String url) {
        assertThat(urls.problem(url, true)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://8.8.8.8/hook", "https://[2606:4700::1111]/events"})
    void anHttpsUrlOfAPublicAddressIsAllowed(String url) {
        assertThat(urls.problem(url, true)).isEmpty();
    }
}
