package org.treatyportal.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.test.web.servlet.MockMvc;

import org.treatyportal.support.PortalIntegrationTest;
import org.treatyportal.users.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.treatyportal.users.TestUsers.as;

/**
 * Only health and info are public; health details and metrics are for admins.
 */
@PortalIntegrationTest
class ActuatorTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestUsers users;

	@Test
	void healthIsPublicWithoutDetails() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health").with(as(this.users.editor())))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void adminSeesHealthDetails() throws Exception {
		this.mvc.perform(get("/actuator/health").with(as(this.users.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void infoIsPublic() throws Exception {
		this.mvc.perform(get("/actuator/info")).andExpect(status().isOk());
	}

	@Test
	void prometheusMetricsAreForAdminsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/actuator/prometheus").with(as(this.users.editor()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(as(this.users.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void otherEndpointsAreNotExposed() throws Exception {
		for (String endpoint : new String[] { "env", "beans", "configprops", "heapdump", "loggers", "mappings" }) {
			this.mvc.perform(get("/actuator/" + endpoint).with(as(this.users.admin())))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void separateManagementPortIsOpenOnlyOnThatPort() {
		RequestMatcher none = SecurityConfiguration.onManagementPort(environment(Map.of()));
		RequestMatcher separate = SecurityConfiguration
			.onManagementPort(environment(Map.of("server.port", "8080", "management.server.port", "8081")));

		assertThat(none.matches(requestOnPort(8080))).isFalse();
		assertThat(separate.matches(requestOnPort(8081))).isTrue();
		assertThat(separate.matches(requestOnPort(8080))).isFalse();
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	private static MockHttpServletRequest requestOnPort(int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.setLocalPort(port);
		return request;
	}

}
