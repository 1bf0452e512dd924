package org.treatyportal.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.users.SecurityPolicyService;
import org.treatyportal.users.SignInThrottle;
import org.treatyportal.users.UserService;

/**
 * The one security filter chain: the public site is open, {@code /admin/**} needs an
 * editor or admin (users, countries, treaties and the audit log need an admin), sign-in
 * is a form with CSRF protection behind a throttle and an optional second factor, and
 * every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Parts of the admin area that editors may not enter. */
	static final String[] ADMIN_ONLY = { "/admin/users/**", "/admin/countries/**", "/admin/treaties/**",
			"/admin/audit/**" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Browser features the site never uses, switched off for it and anything it embeds.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, UserService users, SecurityPolicyService policy,
			SecurityContextRepository contextRepository, SignInSuccessHandler successHandler,
			ApplicationEventPublisher events, PortalProperties properties, Environment environment, Clock clock)
			throws Exception {
		ProviderManager signIn = new ProviderManager(
				new PortalAuthenticationProvider(userDetailsService, passwordEncoder, throttle, clock));
		DefaultAuthenticationEventPublisher signInEvents = new DefaultAuthenticationEventPublisher(events);
		signInEvents.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		signIn.setAuthenticationEventPublisher(signInEvents);
		http.authenticationManager(signIn)
			.securityContext((context) -> context.securityContextRepository(contextRepository))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(onManagementPort(environment))
				.permitAll()
				.requestMatchers(EndpointRequest.to("health", "info"))
				.permitAll()
				.requestMatchers(EndpointRequest.toAnyEndpoint())
				.hasRole("ADMIN")
				.requestMatchers(ADMIN_ONLY)
				.hasRole("ADMIN")
				.requestMatchers("/admin/**")
				.hasAnyRole("EDITOR", "ADMIN")
				.anyRequest()
				.permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(successHandler)
				.failureHandler(new SignInFailureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling(
					(exceptions) -> exceptions.accessDeniedHandler(new SignInAccessDeniedHandler(adminOnlyPaths())))
			.addFilterBefore(new SessionGuardFilter(users, policy, properties.security().idleTimeout(), clock),
					LogoutFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frame) -> frame.deny())
				.httpStrictTransportSecurity((hsts) -> {
					if (HttpsSiteConfiguration.isHttps(properties)) {
						hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
					}
				}));
		return http.build();
	}

	private static RequestMatcher adminOnlyPaths() {
		List<RequestMatcher> paths = Arrays.stream(ADMIN_ONLY)
			.map((path) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
			.toList();
		return new OrRequestMatcher(paths);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Where signed-in sessions are kept, shared by sign-in and the second-factor step.
	 */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SignInSuccessHandler signInSuccessHandler(PortalProperties properties, Clock clock) {
		return new SignInSuccessHandler(properties.security().idleTimeout(), clock);
	}

	/**
	 * Requests to a separate management port ({@code management.server.port}), which only
	 * the operators' network should reach: metrics are open there for a scraper.
	 */
	static RequestMatcher onManagementPort(Environment environment) {
		Integer managementPort = environment.getProperty("management.server.port", Integer.class);
		Integer serverPort = environment.getProperty("server.port", Integer.class, 8080);
		if (managementPort == null || managementPort <= 0 || managementPort.equals(serverPort)) {
			return (request) -> false;
		}
		return (request) -> request.getLocalPort() == managementPort;
	}

}
