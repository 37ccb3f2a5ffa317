package org.peacewatch.tagging;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tagging settings.
 *
 * @param retagOnChange  start a re-tagging job after every taxonomy change made over the API
 * @param retagBatchSize articles re-tagged per transaction (and per progress update)
 * @param jobPollEvery   how often the job runner looks for queued or abandoned jobs
 * @param jobLease       a RUNNING job whose heartbeat is older than this is taken over (its instance died)
 */
@Validated
@ConfigurationProperties("peacewatch.tagging")
record TaggingProperties(@DefaultValue("true") boolean retagOnChange,
                         @DefaultValue("200") @Min(1) @Max(10_000) int retagBatchSize,
                         @DefaultValue("5s") @NotNull Duration jobPollEvery,
                         @DefaultValue("2m") @NotNull Duration jobLease) {
}
