# Runtime image for the jar that `./mvnw -B package` builds.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/peacewatch.jar /app/peacewatch.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/peacewatch.jar"]
