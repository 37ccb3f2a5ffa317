package org.peacewatch.tagging.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.peacewatch.tagging.RetagJobs;
import org.peacewatch.tagging.TaxonomyEditor;
import org.peacewatch.tagging.TaxonomyStore;
import org.peacewatch.tagging.matching.Tagging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tag preview (nothing stored), re-tagging on demand, and job progress. */
@RestController
@RequestMapping("/api/v1")
class TaggingController {

    record PreviewRequest(@Size(max = 10_000) String title, @Size(max = 2_000_000) String text) {
    }

    private final TaxonomyStore taxonomy;
    private final RetagJobs jobs;

    TaggingController(TaxonomyStore taxonomy, RetagJobs jobs) {
        this.taxonomy = taxonomy;
        this.jobs = jobs;
    }

    @PostMapping("/tagging/preview")
    Tagging preview(@Valid @RequestBody PreviewRequest request) {
        if (isBlank(request.title()) && isBlank(request.text())) {
            throw TaxonomyEditor.problem(HttpStatus.BAD_REQUEST, "Send a title or a text to tag.");
        }
        return taxonomy.tagger().tag(request.title(), request.text());
    }

    @PostMapping("/tagging/retag")
    ResponseEntity<RetagJobs.Job> retag() {
        RetagJobs.Job job = jobs.enqueue("requested over the API");
        jobs.kick();
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + job.id())).body(job);
    }

    @GetMapping("/jobs/{id}")
    RetagJobs.Job job(@PathVariable long id) {
        return jobs.find(id).orElseThrow(() -> TaxonomyEditor.problem(HttpStatus.NOT_FOUND, "No job with id " + id + "."));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
