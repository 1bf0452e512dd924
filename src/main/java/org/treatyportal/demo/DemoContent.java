package org.treatyportal.demo;

import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.database.EmbeddedPostgres;

/**
 * The demo content switch, decided in one place: on by default with the embedded
 * database, off with an external one, and {@code portal.demo-content} decides either way.
 * When on, Flyway also runs the idempotent repeatable migrations of {@code demo/} (news,
 * press releases, events, pages, treaties, countries), and {@link DemoDocuments} adds the
 * documents with their files once the site is up.
 */
@Configuration(proxyBeanMethods = false)
public class DemoContent {

	/** Where the demo content's repeatable migrations are. */
	public static final String LOCATION = "classpath:demo";

	private static final Logger logger = LoggerFactory.getLogger(DemoContent.class);

	private final boolean on;

	DemoContent(PortalProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
		this.on = (properties.demoContent() != null) ? properties.demoContent() : embedded.getIfAvailable() != null;
	}

	/** Whether the site loads the demo content. */
	public boolean isOn() {
		return this.on;
	}

	@Bean
	FlywayConfigurationCustomizer demoContentLocation() {
		return (configuration) -> {
			if (this.on) {
				List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
				locations.add(new Location(LOCATION));
				configuration.locations(locations.toArray(Location[]::new));
				logger.info("Demo content is on (portal.demo-content=false turns it off)");
			}
		};
	}

}
