package org.peacewatch.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminTokens bearer tokens allowed to write (create sources, edit the taxonomy, start jobs); reads are open
 */
@ConfigurationProperties("peacewatch.security")
record SecurityProperties(@DefaultValue List<String> adminTokens) {
}
