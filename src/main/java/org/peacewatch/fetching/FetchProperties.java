package org.peacewatch.fetching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param allowPrivateNetworks fetch loopback and private addresses too (tests and local sites only)
 * @param userAgent            names PeaceWatch and a contact URL so site owners can reach us
 * @param maxBodySize          bodies larger than this end as TOO_LARGE
 */
@ConfigurationProperties("peacewatch.fetch")
public record FetchProperties(@DefaultValue("false") boolean allowPrivateNetworks,
                              @DefaultValue("PeaceWatch/0.1 (+https://github.com/peacewatch/peacewatch)") String userAgent,
                              @DefaultValue("5s") Duration connectTimeout,
                              @DefaultValue("20s") Duration requestTimeout,
                              @DefaultValue("5MB") DataSize maxBodySize,
                              @DefaultValue("5") int maxRedirects) {
}
