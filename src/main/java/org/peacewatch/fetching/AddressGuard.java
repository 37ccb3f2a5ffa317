package org.peacewatch.fetching;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses URLs a server-side fetcher must not reach (SSRF): anything but http/https, and hosts that resolve to
 * loopback, private, link-local (cloud metadata at 169.254.169.254), unique-local, wildcard or multicast addresses.
 */
final class AddressGuard {

    private final boolean allowPrivateNetworks;
    private final HostResolver resolver;

    AddressGuard(boolean allowPrivateNetworks, HostResolver resolver) {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.resolver = resolver;
    }

    /** Returns null when the URL may be fetched, else the reason it may not. */
    String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "scheme '" + scheme + "' is not allowed";
        }
        if (uri.getHost() == null) {
            return "URL has no host";
        }
        if (allowPrivateNetworks) {
            return null;
        }
        try {
            for (InetAddress address : resolver.resolve(uri.getHost())) {
                if (isNonPublic(address)) {
                    return "host " + uri.getHost() + " resolves to non-public address " + address.getHostAddress();
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return null; // Resolution fails again at connect time and is recorded as a network error.
        }
    }

    static boolean isNonPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7 unique-local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 // "this network"
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || first >= 240; // reserved and broadcast
    }
}
