# syntax=docker/dockerfile:1
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY frontend-assets frontend-assets
COPY src/main src/main
RUN ./mvnw -B -q -DskipTests package && cp target/cognito-self-service-password-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /app.jar /tmp/app.jar
COPY src/main/docker/train-aot-cache.sh /tmp/
# The jar unpacked (its classes load faster than from a jar of jars), then one training run that leaves the
# JVM's AOT cache in app.aot: the container starts from what that run loaded, linked and profiled. The cache
# holds only if the JVM and its flags are the same at run time, so the flags below appear twice.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app \
    && /tmp/train-aot-cache.sh /app/app.jar /app/app.aot -XX:+UseSerialGC -XX:MaxRAMPercentage=50 \
    && rm /tmp/app.jar /tmp/train-aot-cache.sh
USER app
# 8080: the pages; 8081: probes and metrics (/actuator/health/liveness, …/readiness, /actuator/prometheus).
EXPOSE 8080 8081
# Half the container's memory for the heap: in 512 MB that is 256 MB, and the rest holds metaspace, the code
# cache, thread stacks and the AOT cache's mapped file (docs/benchmarks.md has the measurements).
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=50", \
            "-jar", "/app/app.jar"]
