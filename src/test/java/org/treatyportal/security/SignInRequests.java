package org.treatyportal.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in form posts through MockMvc, from a chosen client address, so that tests of the
 * throttle do not share a count with each other.
 */
public final class SignInRequests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private SignInRequests() {
	}

	/** The sign-in form as a browser at that address sends it. */
	public static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with(from(address));
	}

	/** Signs in and returns the session, failing if the sign-in does not complete. */
	public static MockHttpSession signedIn(MockMvc mvc, String email, String password, String address)
			throws Exception {
		MvcResult result = mvc.perform(signIn(email, password, address)).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || location.startsWith("/login")) {
			throw new AssertionError("Sign-in of " + email + " ended at " + location);
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** Sets the client address of a request. */
	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A client address no other test uses, from the benchmarking range 198.18.0.0/15. */
	public static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "198.18." + (n / 250) + "." + (n % 250 + 1);
	}

}
