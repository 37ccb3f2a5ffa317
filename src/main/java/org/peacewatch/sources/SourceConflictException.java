package org.peacewatch.sources;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A source with this URL is already registered; answers 409. */
class SourceConflictException extends ErrorResponseException {

    SourceConflictException(String url) {
        super(HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A source with url " + url + " already exists."), null);
    }
}
