# Builds the fat jar, then runs it on a small JRE image as an unprivileged user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY db db
COPY templates templates
COPY static static
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home portal
WORKDIR /app
COPY --from=build /src/target/treaty-portal-*-SNAPSHOT.jar /app/treaty-portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/treaty-portal.jar"]
