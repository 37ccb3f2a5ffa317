package org.peacewatch.sources;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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
                         Duration pollInterval) {
    }

    record SourceView(long id, String name, SourceKind kind, String url, String language, Duration pollInterval,
                      boolean enabled, Instant createdAt, Instant nextFetchAt, Instant lastAttemptAt, Instant lastSuccessAt,
                      int consecutiveFailures, String lastError) {

        static SourceView of(Source s) {
            return new SourceView(s.getId(), s.getName(), s.getKind(), s.getUrl(), s.getLanguage(), s.pollInterval(),
                    s.isEnabled(), s.getCreatedAt(), s.getNextFetchAt(), s.getLastAttemptAt(), s.getLastSuccessAt(),
                    s.getConsecutiveFailures(), s.getLastError());
        }
    }

    @PostMapping
    ResponseEntity<SourceView> create(@Valid @RequestBody SourceRequest request) {
        Duration interval = request.pollInterval() == null ? Duration.ofMinutes(30) : request.pollInterval();
        Source source = catalog.register(request.name().trim(), request.kind(), request.url(), request.language(), interval);
        return ResponseEntity.created(URI.create("/api/v1/sources/" + source.getId())).body(SourceView.of(source));
    }

    @GetMapping
    List<SourceView> list() {
        return catalog.all().stream().map(SourceView::of).toList();
    }

    @GetMapping("/{id}")
    SourceView get(@PathVariable long id) {
        return catalog.find(id).map(SourceView::of).orElseThrow(() -> new SourceNotFoundException(id));
    }

    @PostMapping("/{id}/fetch")
    ResponseEntity<Void> fetchNow(@PathVariable long id) {
        catalog.find(id).orElseThrow(() -> new SourceNotFoundException(id));
        catalog.requestFetch(id);
        return ResponseEntity.accepted().build();
    }
}
