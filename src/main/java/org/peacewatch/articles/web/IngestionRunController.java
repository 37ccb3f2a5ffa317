package org.peacewatch.articles.web;

import java.util.List;

import org.peacewatch.articles.BadParameterException;
import org.peacewatch.articles.ingestion.IngestionRuns;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operators see what each poll did: counts of discovered, fetched, stored, duplicate and failed pages, by status. */
@RestController
@RequestMapping("/api/v1/ingestion")
class IngestionRunController {

    private static final int MAX_LIMIT = 200;

    record RunPage(List<IngestionRuns.Run> items, String next) {
    }

    private final IngestionRuns runs;

    IngestionRunController(IngestionRuns runs) {
        this.runs = runs;
    }

    @GetMapping("/runs")
    RunPage runs(@RequestParam(name = "source", required = false) Long source,
            @RequestParam(name = "cursor", required = false) Long cursor,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<IngestionRuns.Run> items = runs.list(source, cursor, limit);
        String next = items.size() == limit ? String.valueOf(items.get(items.size() - 1).id()) : null;
        return new RunPage(items, next);
    }
}
