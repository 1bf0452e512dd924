package org.treatyportal.config;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The site's identity per language, bound from environment variables as the README writes
 * them.
 */
class PortalPropertiesTests {

	@Test
	void defaultsNameTheSiteInEachOfTheDefaultLanguages() {
		PortalProperties properties = bind(Map.of());

		assertThat(properties.siteName("en")).isEqualTo("Cybercrime");
		assertThat(properties.organisation("en")).isEqualTo("Council of Europe");
		assertThat(properties.organisation("fr")).isEqualTo("Conseil de l’Europe");
		assertThat(properties.tagline("fr")).startsWith("Protéger les sociétés");
	}

	@Test
	void eachLanguageIsSetByItsOwnVariable() {
		PortalProperties properties = bind(Map.of("PORTAL_ORGANISATION_EN", "Example Union", "PORTAL_ORGANISATION_FR",
				"Union exemple", "PORTAL_SITENAME_EN", "Treaties"));

		assertThat(properties.organisation("en")).isEqualTo("Example Union");
		assertThat(properties.organisation("fr")).isEqualTo("Union exemple");
		assertThat(properties.siteName("en")).isEqualTo("Treaties");
	}

	@Test
	void aLanguageLeftOutShowsTheDefaultLanguagesTextNotTheDemosOne() {
		PortalProperties properties = bind(Map.of("PORTAL_SITENAME_EN", "Treaties", "PORTAL_LANGUAGES", "en,fr,de"));

		assertThat(properties.siteName("fr")).isEqualTo("Treaties");
		assertThat(properties.organisation("de")).isEqualTo("Council of Europe");
	}

	@Test
	void aBlankTextIsRefusedAtStartWithTheSettingsName() {
		assertThatThrownBy(() -> bind(Map.of("PORTAL_TAGLINE_FR", " "))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessage("portal.tagline.fr must not be blank");
	}

	private static PortalProperties bind(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					variables));
		return new Binder(ConfigurationPropertySources.from(environment.getPropertySources())).bindOrCreate("portal",
				PortalProperties.class);
	}

}
