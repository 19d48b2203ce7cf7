# The API image for docker-compose.yml: built from this repository, run against a Neo4j server (NEO4J_URI).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY graph-model/pom.xml graph-model/
COPY seed-data/pom.xml seed-data/
COPY api/pom.xml api/
COPY graph-model/src graph-model/src
COPY seed-data/src seed-data/src
COPY api/src api/src
RUN mvn -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app civic
WORKDIR /app
COPY --from=build /src/api/target/civic-graph-api.jar /app/civic-graph-api.jar
USER civic
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/civic-graph-api.jar"]
