package org.treatyportal.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.treatyportal.config.PortalProperties;

/**
 * Makes the site's identity ({@code site.siteName}, {@code site.organisation}, ...)
 * available to every template, error pages included.
 */
@ControllerAdvice
class SiteModelAdvice {

	private final PortalProperties properties;

	SiteModelAdvice(PortalProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("site")
	PortalProperties site() {
		return this.properties;
	}

}
