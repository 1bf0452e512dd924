package org.treatyportal.web;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.treatyportal.config.PortalProperties;

/**
 * Makes the site's identity ({@code site.siteName}, {@code site.organisation}, ...) in
 * the page's language available to every template, error pages included.
 */
@ControllerAdvice
class SiteModelAdvice {

	private final PortalProperties properties;

	SiteModelAdvice(PortalProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("site")
	SiteIdentity site(Locale locale) {
		return SiteIdentity.of(this.properties, locale);
	}

}
