package org.treatyportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of Treaty Portal: a server-rendered content management website for a
 * treaty-centred thematic portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TreatyPortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(TreatyPortalApplication.class, args);
	}

}
