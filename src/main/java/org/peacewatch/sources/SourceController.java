package org.peacewatch.sources;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
class SourceController {

    private final SourceCatalog catalog;

    SourceController(SourceCatalog catalog) {
        this.catalog = catalog;
    }

    record SourceRequest(@NotBlank @Size(max = 200) String name,
                         @NotNull SourceKind kind,
                         @NotBlank @Size(max = 2000) String url,
                         @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en, uk, ru") String language,
                         Duration pollInterval,
                         @Size(max = 500) String linkSelector,
                         @Size(max = 500) String nextPageSelector,
                         @Min(1) @Max(50) Integer pageLimit) {
    }

    record SourcePatch(@Size(max = 200) String name,
                       @Size(max = 2000) String url,
                       @Pattern(regexp = "[a-z]{2}|", message = "must be an ISO 639-1 code such as en, uk, ru") String language,
                       Duration pollInterval,
                       Boolean enabled,
                       @Size(max = 500) String linkSelector,
                       @Size(max = 500) String nextPageSelector,
                       @Min(1) @Max(50) Integer pageLimit) {
    }

    record SourceView(long id, String name, SourceKind kind, String url, String language, Duration pollInterval,
                      Duration currentInterval, boolean enabled, String linkSelector, String nextPageSelector,
                      int pageLimit, Instant createdAt, Instant nextFetchAt, Instant lastAttemptAt,
                      Instant lastSuccessAt, int consecutiveFailures, String lastError, boolean paused,
                      String pauseReason, Long itemsLast24h, Boolean silent) {

        static SourceView of(Source s, SourceCatalog.Health health) {
            return new SourceView(s.getId(), s.getName(), s.getKind(), s.getUrl(), s.getLanguage(), s.pollInterval(),
                    s.currentInterval(), s.isEnabled(), s.getLinkSelector(), s.getNextPageSelector(), s.getPageLimit(),
                    s.getCreatedAt(), s.getNextFetchAt(), s.getLastAttemptAt(), s.getLastSuccessAt(),
                    s.getConsecutiveFailures(), s.getLastError(), s.isPaused(), s.getPauseReason(),
                    health == null ? null : health.itemsLast24h(), health == null ? null : health.silent());
        }
    }

    @PostMapping
    ResponseEntity<SourceView> create(@Valid @RequestBody SourceRequest request) {
        Duration interval = request.pollInterval() == null ? Duration.ofMinutes(30) : request.pollInterval();
        Source source = catalog.register(request.name().trim(), request.kind(), request.url(), request.language(), interval,
                request.linkSelector(), request.nextPageSelector(), request.pageLimit());
        return ResponseEntity.created(URI.create("/api/v1/sources/" + source.getId())).body(view(source));
    }

    @GetMapping
    List<SourceView> list() {
        return catalog.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    SourceView get(@PathVariable long id) {
        return catalog.find(id).map(this::view).orElseThrow(() -> new SourceNotFoundException(id));
    }

    @PatchMapping("/{id}")
    SourceView update(@PathVariable long id, @Valid @RequestBody SourcePatch patch) {
        catalog.update(id, new SourceCatalog.Changes(patch.name(), patch.url(), patch.language(), patch.pollInterval(),
                patch.enabled(), patch.linkSelector(), patch.nextPageSelector(), patch.pageLimit()));
        return get(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        catalog.delete(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/resume")
    SourceView resume(@PathVariable long id) {
        catalog.resume(id);
        return get(id);
    }

    @PostMapping("/{id}/fetch")
    ResponseEntity<Void> fetchNow(@PathVariable long id) {
        catalog.find(id).orElseThrow(() -> new SourceNotFoundException(id));
        catalog.requestFetch(id);
        return ResponseEntity.accepted().build();
    }

    private SourceView view(Source source) {
        return SourceView.of(source, catalog.health(source.getId()));
    }
}
