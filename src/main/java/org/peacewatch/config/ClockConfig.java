package org.peacewatch.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One UTC clock for the whole application; tests replace it to fix "now". */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** Ticks in microseconds, PostgreSQL's timestamptz precision, so an instant reads back as it was written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
