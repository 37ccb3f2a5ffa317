package org.peacewatch.articles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A parameter names something that does not exist (an actor slug, a source id): 404 problem+json naming it. */
public class UnknownValueException extends ErrorResponseException {

    public UnknownValueException(String parameter, Object value) {
        super(HttpStatus.NOT_FOUND, problem(parameter, value), null);
    }

    private static ProblemDetail problem(String parameter, Object value) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Parameter '%s' names '%s', which does not exist.".formatted(parameter, value));
        problem.setTitle("Unknown value");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
