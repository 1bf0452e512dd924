package org.treatyportal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The one security filter chain: the public site is open, {@code /admin/**} needs an
 * editor or admin (users, countries, treaties and the audit log need an admin), sign-in
 * is a form with CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Parts of the admin area that editors may not enter. */
	static final String[] ADMIN_ONLY = { "/admin/users/**", "/admin/countries/**", "/admin/treaties/**",
			"/admin/audit/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(ADMIN_ONLY).hasRole("ADMIN")
			.requestMatchers("/admin/**").hasAnyRole("EDITOR", "ADMIN")
			.anyRequest().permitAll())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/admin").failureHandler(new SignInFailureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
