package org.peacewatch.tagging;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The taxonomy's endpoints. The lists with article counts (GET /actors, /topics) live in the timeline module. */
@RestController
@RequestMapping("/api/v1")
class TaxonomyController {
}
