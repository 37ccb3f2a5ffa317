package org.peacewatch.fetching;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name for the SSRF guard; a bean so tests can make a name look public. */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
