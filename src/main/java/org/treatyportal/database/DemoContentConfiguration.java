package org.treatyportal.database;

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

/**
 * Adds the demo content ({@code db/demo}, idempotent repeatable migrations) to Flyway's
 * locations. It is on by default with the embedded database and off with an external one;
 * {@code portal.demo-content} decides either way.
 */
@Configuration(proxyBeanMethods = false)
class DemoContentConfiguration {

	static final String DEMO_LOCATION = "classpath:db/demo";

	private static final Logger logger = LoggerFactory.getLogger(DemoContentConfiguration.class);

	@Bean
	FlywayConfigurationCustomizer demoContentLocation(PortalProperties properties,
			ObjectProvider<EmbeddedPostgres> embedded) {
		boolean enabled = (properties.demoContent() != null) ? properties.demoContent()
				: embedded.getIfAvailable() != null;
		return (configuration) -> {
			if (enabled) {
				List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
				locations.add(new Location(DEMO_LOCATION));
				configuration.locations(locations.toArray(Location[]::new));
				logger.info("Demo content is on (portal.demo-content=false turns it off)");
			}
		};
	}

}
