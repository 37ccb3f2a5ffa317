package org.peacewatch.sources;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class SourceNotFoundException extends ErrorResponseException {

    SourceNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No source with id " + id + "."), null);
    }
}
